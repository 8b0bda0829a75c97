import type { RefFramework } from './types';

/**
 * Kamus kompetensi manajerial dan sosial kultural ASN (PermenPAN-RB 38/2017).
 *
 * Codes, names and the short level titles follow the regulation's structure (domain-asn.md §1.2,
 * §1.3; codes M.04–M.08 and SK.01 are UNCONFIRMED). Definitions, level descriptions and
 * behavioural indicators are written for Kompeten and are not quotations of the regulation.
 * Level scope: L1 diri sendiri, L2 rekan kerja/kelompok kerja, L3 unit yang dipimpin,
 * L4 instansi, L5 nasional.
 */
export const NATIONAL_FRAMEWORK: RefFramework = {
  code: 'ASN-MSK',
  name: 'Kamus Kompetensi Manajerial dan Sosial Kultural ASN',
  description:
    'Kamus kompetensi manajerial dan sosial kultural bagi Aparatur Sipil Negara yang disusun mengikuti struktur ' +
    'Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara: ' +
    'delapan kompetensi manajerial dan satu kompetensi sosial kultural, masing-masing dengan lima level. ' +
    'Definisi, uraian level, dan indikator perilaku dirumuskan ulang untuk Kompeten dan dapat disesuaikan oleh instansi.',
  sourceUrl: null,
  groups: [
    {
      code: 'MANAJERIAL',
      name: 'Kompetensi Manajerial',
      kind: 'MANAJERIAL',
      competencies: [
        {
          code: 'M.01',
          name: 'Integritas',
          definition:
            'Bertindak secara konsisten sesuai nilai, norma, dan etika organisasi serta jujur kepada atasan, rekan kerja, ' +
            'bawahan, dan pemangku kepentingan. Berani bertanggung jawab atas tindakan dan keputusannya beserta risikonya, ' +
            'serta ikut membangun budaya kerja yang menjunjung tinggi etika.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi',
              description:
                'Menjaga perilakunya sendiri agar selaras dengan nilai, norma, dan kode etik organisasi dalam pelaksanaan tugas sehari-hari.',
              indicators: [
                'Hadir, bekerja, dan melaporkan hasil kerjanya sesuai ketentuan jam kerja dan disiplin pegawai.',
                'Menolak pemberian dalam bentuk apa pun yang berkaitan dengan tugasnya dan melaporkannya sesuai ketentuan gratifikasi.',
                'Mengakui kesalahan yang dibuatnya dan segera memperbaikinya tanpa menyalahkan orang lain.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Mengingatkan dan mengajak rekan kerja bertindak sesuai etika organisasi',
              description:
                'Tidak hanya menjaga diri sendiri, tetapi juga mendorong rekan kerja dalam kelompoknya untuk menaati nilai, norma, dan etika organisasi.',
              indicators: [
                'Menegur rekan kerja secara santun ketika melihat tindakan yang menyimpang dari kode etik atau aturan disiplin.',
                'Mengajak rekan kerja menyelesaikan pekerjaan sesuai prosedur meskipun ada jalan pintas yang lebih mudah.',
                'Menyampaikan informasi secara jujur dan apa adanya kepada rekan kerja dan atasan, termasuk kabar yang kurang menyenangkan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Memastikan anggota unit yang dipimpin bertindak sesuai etika organisasi',
              description:
                'Menanamkan keyakinan bersama di unit kerja yang dipimpinnya sehingga seluruh anggota bertindak sesuai nilai, norma, dan etika organisasi dalam lingkup formal.',
              indicators: [
                'Menyosialisasikan kode etik dan aturan disiplin secara berkala dalam rapat atau apel unit kerja.',
                'Memberikan teguran atau sanksi secara adil dan konsisten kepada anggota unit yang melanggar, tanpa pilih kasih.',
                'Mempertanggungjawabkan keputusan unitnya kepada atasan, termasuk ketika keputusan itu menimbulkan dampak yang tidak diharapkan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Menciptakan situasi kerja yang mendorong kepatuhan pada etika organisasi',
              description:
                'Membangun sistem dan iklim kerja di tingkat instansi yang menjadikan kepatuhan terhadap nilai, norma, dan etika sebagai kebiasaan bersama.',
              indicators: [
                'Menetapkan mekanisme pengendalian internal dan saluran pengaduan pelanggaran yang mudah diakses dan melindungi pelapor.',
                'Menjadikan rekam jejak integritas sebagai salah satu pertimbangan dalam penempatan dan promosi pegawai.',
                'Memimpin pembangunan zona integritas di lingkungan instansi dan memantau kemajuannya.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menjadi teladan penerapan standar keadilan dan etika di tingkat nasional',
              description:
                'Menjadi panutan dan rujukan dalam penegakan keadilan dan etika penyelenggaraan pemerintahan yang pengaruhnya melintasi instansi hingga tingkat nasional.',
              indicators: [
                'Merumuskan kebijakan atau pedoman etika yang diadopsi lintas instansi pemerintah.',
                'Mengambil sikap tegas dan terbuka atas pelanggaran etika berskala besar meskipun menghadapi tekanan dari pihak yang berkepentingan.',
                'Membagikan praktik integritas dan pencegahan korupsi sebagai narasumber dalam forum tingkat nasional.',
              ],
            },
          ],
        },
        {
          code: 'M.02',
          name: 'Kerja Sama',
          definition:
            'Kemampuan bekerja bersama orang lain, baik di dalam unit maupun lintas unit dan instansi, dengan membangun hubungan ' +
            'kerja yang saling menghargai dan memanfaatkan kekuatan setiap pihak untuk mencapai tujuan bersama.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Berpartisipasi dalam kelompok kerja',
              description:
                'Menjalankan perannya sebagai anggota kelompok kerja dengan menyelesaikan bagian tugasnya dan bersedia membantu anggota lain.',
              indicators: [
                'Menyelesaikan bagian pekerjaan yang menjadi tanggung jawabnya dalam tim tepat waktu.',
                'Menawarkan bantuan kepada rekan kerja yang kewalahan menyelesaikan tugas.',
                'Menerima keputusan kelompok dan menjalankannya meskipun berbeda dengan pendapat pribadinya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menumbuhkan tim kerja yang partisipatif dan efektif',
              description:
                'Mendorong keterlibatan seluruh anggota kelompok kerja sehingga setiap orang berkontribusi dan kelompok bekerja secara efektif.',
              indicators: [
                'Mengajak anggota tim yang pasif untuk menyampaikan gagasan dalam diskusi.',
                'Berbagi informasi, data, dan bahan kerja yang dimilikinya kepada anggota tim tanpa harus diminta.',
                'Membantu menengahi perbedaan pendapat antaranggota tim agar pekerjaan tetap berjalan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Membangun tim kerja untuk peningkatan kinerja organisasi',
              description:
                'Membentuk dan mengarahkan tim kerja di unit yang dipimpinnya agar saling mendukung dalam mencapai target kinerja unit.',
              indicators: [
                'Membagi peran dalam tim berdasarkan kekuatan dan keahlian masing-masing anggota.',
                'Menyelesaikan konflik di dalam unit secara terbuka dengan mencari titik temu yang dapat diterima semua pihak.',
                'Memberikan pengakuan atas keberhasilan tim secara bersama, bukan hanya kepada orang tertentu.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Membangun komitmen dan sinergi tim',
              description:
                'Membangun komitmen bersama dan sinergi antarunit di dalam instansi sehingga pekerjaan lintas bidang berjalan terpadu.',
              indicators: [
                'Memprakarsai kelompok kerja lintas bidang untuk menangani program yang melibatkan beberapa unit.',
                'Menyelaraskan target kinerja antarunit agar tidak terjadi tumpang tindih atau saling menghambat.',
                'Memastikan sumber daya, seperti data, sarana, dan tenaga ahli, dapat dipakai bersama antarunit untuk kepentingan instansi.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menciptakan kerja sama yang konsisten di dalam dan di luar instansi',
              description:
                'Membangun jejaring dan kemitraan strategis dengan instansi pusat dan daerah, dunia usaha, serta masyarakat dalam skala nasional.',
              indicators: [
                'Memprakarsai nota kesepahaman atau perjanjian kerja sama dengan kementerian, pemerintah daerah lain, atau mitra nonpemerintah.',
                'Memelihara jejaring kemitraan jangka panjang yang dimanfaatkan untuk program strategis nasional.',
                'Mengatasi hambatan koordinasi lintas instansi melalui forum bersama yang dipimpinnya.',
              ],
            },
          ],
        },
        {
          code: 'M.03',
          name: 'Komunikasi',
          definition:
            'Kemampuan menyampaikan dan menerima pesan, gagasan, serta informasi secara lisan maupun tertulis dengan jelas dan santun ' +
            'sehingga dipahami dengan makna yang sama oleh pihak yang dituju.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Menyampaikan informasi dengan jelas dan lengkap',
              description:
                'Menyampaikan informasi yang berkaitan dengan tugasnya secara jelas dan lengkap sehingga lawan bicara memiliki pemahaman yang sama.',
              indicators: [
                'Menjelaskan informasi kepada rekan kerja atau masyarakat dengan bahasa yang mudah dipahami.',
                'Memastikan pemahaman lawan bicara dengan mengajukan pertanyaan atau meminta tanggapan balik.',
                'Menyusun surat, nota dinas, atau laporan singkat sesuai tata naskah dinas.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Aktif berkomunikasi secara formal dan informal',
              description:
                'Aktif membangun komunikasi dengan rekan dan kelompok kerjanya melalui jalur formal maupun informal, mau mendengarkan, dan mampu menyusun bahan tertulis maupun paparan.',
              indicators: [
                'Mendengarkan pendapat orang lain sampai selesai sebelum menanggapinya.',
                'Menyusun bahan paparan, naskah sambutan, atau laporan kegiatan yang runtut dan sesuai kebutuhan pembaca.',
                'Memanfaatkan pertemuan informal untuk menampung masukan dan meluruskan kesalahpahaman dalam kelompok kerja.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Berkomunikasi secara asertif untuk informasi yang sensitif atau rumit',
              description:
                'Menyampaikan informasi yang sensitif, rumit, atau kompleks secara asertif, lisan maupun tertulis, kepada anggota unit yang dipimpinnya dan pihak terkait.',
              indicators: [
                'Menyampaikan keputusan yang tidak populer kepada anggota unit disertai alasan yang jelas.',
                'Menjelaskan regulasi atau data teknis yang rumit dengan contoh dan ilustrasi yang mudah dipahami.',
                'Menanggapi keberatan atau keluhan dengan tenang dan tegas tanpa menyinggung perasaan pihak lain.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Mengemukakan pemikiran multidimensi untuk mendorong kesepakatan',
              description:
                'Menyampaikan gagasan yang mempertimbangkan berbagai sudut pandang untuk membangun kesepakatan di tingkat instansi demi peningkatan kinerja secara keseluruhan.',
              indicators: [
                'Memaparkan usulan kebijakan dengan menguraikan dampaknya dari sisi anggaran, hukum, dan sosial.',
                'Memimpin rapat koordinasi antarunit hingga menghasilkan kesepakatan tertulis.',
                'Menyesuaikan gaya dan isi pesan dengan latar belakang pemangku kepentingan yang berbeda-beda.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menggagas sistem komunikasi yang terbuka dan strategis',
              description:
                'Merancang sistem komunikasi organisasi yang terbuka dan strategis sehingga informasi mengalir dengan baik antara pemerintah dan pemangku kepentingan di tingkat nasional.',
              indicators: [
                'Menetapkan kebijakan komunikasi publik dan keterbukaan informasi instansi.',
                'Membangun saluran dialog berkala dengan pemangku kepentingan nasional untuk mencari solusi atas persoalan strategis.',
                'Mewakili instansi dalam forum nasional dan media massa untuk menjelaskan isu-isu strategis.',
              ],
            },
          ],
        },
        {
          code: 'M.04',
          name: 'Orientasi pada Hasil',
          definition:
            'Kemampuan menjaga komitmen untuk menyelesaikan tugas dengan hasil terbaik, memenuhi bahkan melampaui standar kerja, ' +
            'serta terus mencari cara untuk meningkatkan kinerja diri dan organisasi.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Bertanggung jawab memenuhi standar kerja',
              description: 'Menyelesaikan tugas pribadinya sesuai standar mutu, waktu, dan prosedur yang telah ditetapkan.',
              indicators: [
                'Menyelesaikan pekerjaan sesuai target dalam Sasaran Kinerja Pegawai (SKP).',
                'Memeriksa kembali hasil kerjanya sebelum diserahkan untuk memastikan tidak ada kesalahan.',
                'Melaporkan kepada atasan sejak awal apabila ada kendala yang dapat menghambat penyelesaian tugas.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Meningkatkan hasil kerja pribadi melebihi standar',
              description:
                'Berupaya mencapai hasil kerja yang lebih tinggi dari standar yang ditetapkan dan menjadi penyemangat bagi rekan dalam kelompok kerjanya.',
              indicators: [
                'Menetapkan target pribadi yang lebih tinggi dari target minimal dalam SKP.',
                'Mencari cara kerja yang lebih cepat atau lebih cermat untuk tugas yang berulang.',
                'Memantau capaian kerjanya secara berkala dan melakukan perbaikan sebelum tenggat waktu.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menetapkan target kerja yang menantang bagi unit kerja',
              description:
                'Menetapkan target yang menantang bagi unit yang dipimpinnya dan mendorong pencapaiannya melalui apresiasi dan teguran.',
              indicators: [
                'Menjabarkan target unit menjadi target individu yang terukur bagi setiap anggota unit.',
                'Memberikan apresiasi kepada anggota yang mencapai target dan teguran yang membangun kepada anggota yang tertinggal.',
                'Memantau capaian unit setiap bulan dan mengambil langkah perbaikan bila capaian berada di bawah rencana.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Mendorong unit kerja mencapai atau melampaui target',
              description:
                'Mendorong unit-unit di instansinya mencapai target yang ditetapkan atau melampaui kinerja tahun sebelumnya.',
              indicators: [
                'Menyusun strategi pencapaian sasaran strategis instansi beserta indikator kinerja utamanya.',
                'Membandingkan kinerja instansi dengan instansi lain yang berkinerja baik untuk menentukan target peningkatan.',
                'Mengalihkan sumber daya ke program yang paling besar pengaruhnya terhadap capaian kinerja instansi.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Meningkatkan mutu pencapaian kerja organisasi',
              description:
                'Meningkatkan mutu pencapaian kinerja organisasi secara berkelanjutan sehingga berkontribusi nyata pada sasaran pembangunan nasional.',
              indicators: [
                'Menetapkan sistem manajemen kinerja yang mengaitkan kinerja instansi dengan sasaran pembangunan nasional.',
                'Mengevaluasi hasil dan manfaat program bagi masyarakat, tidak hanya penyerapan anggaran dan keluaran kegiatan.',
                'Mendorong penerapan standar mutu yang diakui secara nasional pada proses kerja organisasi.',
              ],
            },
          ],
        },
        {
          code: 'M.05',
          name: 'Pelayanan Publik',
          definition:
            'Kemampuan memberikan pelayanan yang bermutu, transparan, adil, dan tidak memihak kepada masyarakat dan pemangku kepentingan ' +
            'sesuai standar pelayanan, serta terus memperbaiki mutu pelayanan tersebut.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Menjalankan tugas mengikuti standar pelayanan',
              description: 'Melayani masyarakat dalam lingkup tugas pribadinya sesuai standar pelayanan yang berlaku.',
              indicators: [
                'Melayani pengguna layanan dengan ramah, sopan, dan tanpa membeda-bedakan.',
                'Menjelaskan persyaratan, prosedur, waktu, dan biaya layanan sesuai maklumat pelayanan.',
                'Menyelesaikan permohonan layanan dalam batas waktu yang ditetapkan dalam standar pelayanan.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menyelia dan menjelaskan proses pelayanan secara transparan',
              description:
                'Mengawasi pelaksanaan pelayanan di kelompok kerjanya dan menjelaskan prosesnya secara terbuka kepada pengguna layanan.',
              indicators: [
                'Memeriksa kelengkapan dan ketepatan layanan yang dikerjakan rekan kerja sebelum diserahkan kepada masyarakat.',
                'Menjelaskan status dan tahapan permohonan layanan kepada masyarakat yang menanyakannya.',
                'Mencatat keluhan pengguna layanan dan meneruskannya kepada pihak yang berwenang untuk ditindaklanjuti.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Memperbaiki standar pelayanan di lingkup unit kerja',
              description:
                'Memanfaatkan kekuatan tim untuk memperbaiki standar dan mutu pelayanan publik di unit yang dipimpinnya.',
              indicators: [
                'Menganalisis hasil survei kepuasan masyarakat dan menetapkan langkah perbaikan layanan unit.',
                'Memperbarui standar operasional prosedur layanan agar lebih sederhana dan cepat.',
                'Memastikan setiap pengaduan masyarakat kepada unitnya ditanggapi dan diselesaikan sesuai ketentuan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Memantau dan mengantisipasi dampak isu pelayanan jangka panjang',
              description:
                'Memantau, mengevaluasi, dan mengantisipasi dampak isu jangka panjang terhadap pelayanan instansi agar kebutuhan pemangku kepentingan terlayani secara transparan, objektif, dan profesional.',
              indicators: [
                'Menyusun peta jalan peningkatan kualitas pelayanan instansi untuk beberapa tahun ke depan.',
                'Memadukan layanan beberapa unit ke dalam layanan satu pintu atau layanan daring bersama.',
                'Menggunakan data pengaduan dan tren kebutuhan masyarakat sebagai dasar perencanaan layanan.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menjamin kebijakan pelayanan publik yang objektif dan tidak diskriminatif',
              description:
                'Merumuskan dan menjamin kebijakan pelayanan publik yang objektif, netral, tidak memihak, dan tidak diskriminatif dengan cakupan nasional.',
              indicators: [
                'Merumuskan kebijakan atau standar pelayanan yang berlaku lintas instansi atau lintas daerah.',
                'Memastikan kebijakan pelayanan menjangkau kelompok rentan, seperti penyandang disabilitas dan warga di daerah terpencil.',
                'Mengevaluasi kepatuhan penyelenggara layanan terhadap standar nasional dan menetapkan tindak lanjut atas pelanggarannya.',
              ],
            },
          ],
        },
        {
          code: 'M.06',
          name: 'Pengembangan Diri dan Orang Lain',
          definition:
            'Kemampuan terus meningkatkan pengetahuan dan keterampilan diri sendiri serta membantu orang lain dalam organisasi ' +
            'mengembangkan potensinya melalui pembelajaran, bimbingan, dan umpan balik.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Mengembangkan diri',
              description: 'Menyadari kekuatan dan kekurangan dirinya serta berupaya meningkatkan kemampuan pribadinya.',
              indicators: [
                'Mengikuti pelatihan, kursus daring, atau kegiatan pembelajaran lain paling sedikit 20 jam pelajaran setiap tahun.',
                'Meminta umpan balik dari atasan atau rekan kerja tentang hasil kerjanya.',
                'Menerapkan pengetahuan baru dari kegiatan pembelajaran dalam pekerjaan sehari-hari.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Meningkatkan kemampuan rekan dan bawahan melalui contoh',
              description:
                'Membantu rekan atau bawahan dalam kelompok kerjanya meningkatkan kemampuan dengan memberi contoh dan menjelaskan cara melaksanakan pekerjaan.',
              indicators: [
                'Memperagakan cara mengerjakan tugas kepada pegawai baru atau rekan yang belum menguasainya.',
                'Berbagi bahan bacaan, catatan pelatihan, atau pengalaman kerja kepada rekan dalam kelompoknya.',
                'Bersedia menjawab pertanyaan rekan kerja tentang prosedur dan teknis pekerjaan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Memberikan umpan balik dan membimbing',
              description:
                'Membimbing anggota unit yang dipimpinnya melalui umpan balik rutin, pembinaan, dan penugasan yang mengembangkan.',
              indicators: [
                'Memberikan umpan balik yang spesifik tentang kekuatan dan hal yang perlu diperbaiki kepada anggota unit setelah penilaian kinerja.',
                'Menyusun rencana pengembangan individu bersama setiap anggota unit berdasarkan kesenjangan kompetensinya.',
                'Memberikan penugasan yang menantang sebagai sarana belajar, disertai coaching secara berkala.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Menyusun program pengembangan jangka panjang',
              description:
                'Menyusun program pengembangan kompetensi jangka panjang di tingkat instansi untuk membangun manajemen pembelajaran yang terarah.',
              indicators: [
                'Menyusun rencana pengembangan kompetensi pegawai instansi berdasarkan analisis kesenjangan kompetensi dan kinerja.',
                'Menyiapkan program kaderisasi dan suksesi untuk jabatan-jabatan kunci.',
                'Mengalokasikan anggaran dan waktu bagi pegawai untuk mengikuti pendidikan dan pelatihan.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menciptakan situasi yang mendorong organisasi terus belajar',
              description:
                'Menciptakan budaya dan sistem yang mendorong organisasi belajar secara berkelanjutan untuk mendukung pencapaian hasil, dengan pengaruh hingga tingkat nasional.',
              indicators: [
                'Menetapkan kebijakan pembelajaran terintegrasi yang menghubungkan pengembangan kompetensi dengan kinerja dan karier.',
                'Membangun kemitraan dengan perguruan tinggi atau lembaga pelatihan untuk program pengembangan kompetensi berskala luas.',
                'Mendorong pertukaran pengetahuan lintas instansi melalui komunitas belajar dan forum berbagi praktik baik.',
              ],
            },
          ],
        },
        {
          code: 'M.07',
          name: 'Mengelola Perubahan',
          definition:
            'Kemampuan menyesuaikan diri dengan perubahan, mengantisipasinya, serta menggerakkan orang lain untuk menerima dan ' +
            'menjalankan perubahan sehingga organisasi tetap efektif.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Mengikuti perubahan dengan arahan',
              description:
                'Menyesuaikan cara kerjanya dengan perubahan aturan, sistem, atau prosedur setelah mendapatkan arahan.',
              indicators: [
                'Menjalankan prosedur atau aplikasi baru sesuai petunjuk yang diberikan.',
                'Mengikuti sosialisasi dan pelatihan tentang perubahan yang diberlakukan di tempat kerjanya.',
                'Menanyakan hal yang belum dipahaminya tentang perubahan, alih-alih menolaknya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Proaktif beradaptasi mengikuti perubahan',
              description:
                'Menyesuaikan diri dengan perubahan tanpa menunggu perintah dan membantu rekan dalam kelompok kerjanya beradaptasi.',
              indicators: [
                'Mempelajari aturan atau sistem baru sebelum diberlakukan sepenuhnya.',
                'Memberikan masukan tentang kendala penerapan perubahan berdasarkan pengalaman di lapangan.',
                'Membantu rekan kerja yang kesulitan menggunakan aplikasi atau prosedur baru.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Membantu orang lain mengikuti dan mengantisipasi perubahan',
              description:
                'Membantu anggota unit yang dipimpinnya memahami dan menjalankan perubahan, serta mengantisipasi perubahan dengan langkah yang tepat.',
              indicators: [
                'Menjelaskan alasan, manfaat, dan dampak perubahan kepada anggota unit sebelum perubahan diterapkan.',
                'Menyusun langkah peralihan bertahap agar layanan unit tidak terganggu selama perubahan.',
                'Mengenali anggota unit yang menolak perubahan dan mengajak mereka berdialog.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Memimpin perubahan pada unit kerja',
              description:
                'Memimpin dan mengelola perubahan di unit-unit kerja instansi, mulai dari perencanaan hingga evaluasi, sehingga perubahan berjalan efektif.',
              indicators: [
                'Menyusun rencana perubahan lengkap dengan tahapan, penanggung jawab, dan ukuran keberhasilan.',
                'Mengidentifikasi risiko dan penolakan terhadap perubahan serta menyiapkan langkah penanganannya.',
                'Mengevaluasi hasil perubahan secara berkala dan melakukan penyesuaian bila diperlukan.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menggerakkan dukungan pemangku kepentingan untuk perubahan berkelanjutan',
              description:
                'Memimpin, menggalang, dan menggerakkan dukungan pemangku kepentingan agar perubahan berjalan berkelanjutan di tingkat instansi maupun nasional.',
              indicators: [
                'Merumuskan agenda reformasi birokrasi yang selaras dengan arah kebijakan nasional.',
                'Menggalang dukungan pimpinan, lembaga legislatif, dan masyarakat bagi program perubahan.',
                'Melembagakan perubahan melalui peraturan, sistem, dan budaya kerja agar tidak bergantung pada figur tertentu.',
              ],
            },
          ],
        },
        {
          code: 'M.08',
          name: 'Pengambilan Keputusan',
          definition:
            'Kemampuan mengambil keputusan yang tepat waktu dan dapat dipertanggungjawabkan berdasarkan informasi yang memadai, ' +
            'perbandingan berbagai alternatif, dan pertimbangan risiko.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
              description:
                'Mengumpulkan informasi yang diperlukan dan mengambil tindakan atas masalah dalam tugasnya sesuai batas kewenangannya.',
              indicators: [
                'Mengumpulkan data dan dokumen yang relevan sebelum menyelesaikan suatu masalah pekerjaan.',
                'Memutuskan hal-hal rutin dalam tugasnya sesuai prosedur tanpa menunggu arahan berulang.',
                'Meneruskan masalah di luar kewenangannya kepada atasan disertai informasi pendukung.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menganalisis masalah secara mendalam',
              description:
                'Menganalisis masalah dalam kelompok kerjanya secara mendalam untuk menemukan akar penyebabnya sebelum memutuskan.',
              indicators: [
                'Menguraikan masalah menjadi bagian-bagian yang lebih kecil untuk menemukan akar penyebabnya.',
                'Memeriksa kebenaran data dari lebih dari satu sumber sebelum menarik kesimpulan.',
                'Menyampaikan beberapa pilihan penyelesaian masalah kepada atasan beserta pertimbangannya.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Membandingkan alternatif dan menyeimbangkan risiko',
              description:
                'Membandingkan berbagai alternatif penyelesaian bagi unit yang dipimpinnya dan memilih yang paling seimbang antara manfaat dan risiko pelaksanaannya.',
              indicators: [
                'Menilai setiap alternatif dengan kriteria yang jelas, seperti biaya, waktu, dan dampak bagi layanan.',
                'Memutuskan secara tepat waktu meskipun informasi belum sepenuhnya lengkap, dengan memperhitungkan risikonya.',
                'Menjelaskan dasar pertimbangan keputusannya kepada anggota unit.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Menyelesaikan masalah berisiko tinggi dan memitigasi risiko',
              description:
                'Mengambil keputusan atas masalah berisiko tinggi di tingkat instansi, mengantisipasi dampaknya, dan menyiapkan langkah pengamanan.',
              indicators: [
                'Menyusun analisis risiko dan rencana mitigasi sebelum menetapkan keputusan penting instansi.',
                'Menyiapkan rencana cadangan apabila keputusan tidak berjalan sesuai harapan.',
                'Melibatkan bagian hukum, keuangan, dan pengawas internal dalam mengkaji keputusan yang berdampak besar.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Memutuskan permasalahan strategis yang berdampak nasional',
              description:
                'Menghasilkan solusi dan mengambil keputusan atas permasalahan jangka panjang dan strategis yang berdampak nasional.',
              indicators: [
                'Menetapkan kebijakan jangka panjang berdasarkan kajian, data, dan proyeksi dampak nasional.',
                'Menimbang kepentingan lintas sektor dan lintas daerah sebelum mengambil keputusan strategis.',
                'Mempertanggungjawabkan keputusan strategis secara terbuka kepada publik dan lembaga pengawas.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'SOSIAL_KULTURAL',
      name: 'Kompetensi Sosial Kultural',
      kind: 'SOSIAL_KULTURAL',
      competencies: [
        {
          code: 'SK.01',
          name: 'Perekat Bangsa',
          definition:
            'Kemampuan menghargai dan bekerja bersama orang dari berbagai latar belakang agama, suku, budaya, dan pandangan, ' +
            'serta menjaga persatuan dan menjadikan keberagaman sebagai kekuatan dalam pelaksanaan tugas.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Peka memahami dan menerima kemajemukan',
              description:
                'Memahami dan menerima perbedaan latar belakang agama, suku, budaya, dan pandangan dalam interaksi pribadinya.',
              indicators: [
                'Bersikap sopan dan setara kepada rekan kerja dan masyarakat dari latar belakang apa pun.',
                'Menghindari ucapan, candaan, atau unggahan media sosial yang menyinggung suku, agama, ras, dan antargolongan.',
                'Menghormati rekan kerja yang menjalankan ibadah atau tradisi yang berbeda dengannya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Aktif mengembangkan sikap saling menghargai',
              description:
                'Aktif menumbuhkan sikap saling menghargai di antara rekan dalam kelompok kerjanya dengan menekankan persamaan dan persatuan.',
              indicators: [
                'Mengajak rekan kerja dari latar belakang berbeda untuk terlibat dalam kegiatan kelompok.',
                'Meluruskan prasangka atau stereotip tentang kelompok tertentu yang muncul dalam percakapan di tempat kerja.',
                'Menekankan tujuan bersama ketika terjadi perbedaan pandangan di dalam kelompok.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Mempromosikan dan mengembangkan sikap toleransi dan persatuan',
              description:
                'Mempromosikan dan mengembangkan sikap toleransi dan persatuan di unit kerja yang dipimpinnya.',
              indicators: [
                'Memastikan pembagian tugas dan kesempatan di unit kerja tidak didasarkan pada kesamaan suku, agama, atau golongan.',
                'Menyelenggarakan kegiatan unit yang mengangkat keberagaman budaya pegawai.',
                'Menangani konflik yang bernuansa perbedaan identitas secara adil dan cepat sebelum meluas.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Mendayagunakan perbedaan secara konstruktif dan kreatif',
              description:
                'Mendayagunakan keberagaman latar belakang pegawai dan masyarakat secara konstruktif dan kreatif untuk meningkatkan efektivitas instansi.',
              indicators: [
                'Membentuk tim dengan anggota dari beragam latar belakang untuk merancang layanan yang sesuai dengan kebutuhan masyarakat yang majemuk.',
                'Menetapkan kebijakan instansi yang menjamin kesetaraan kesempatan bagi seluruh pegawai.',
                'Melibatkan tokoh masyarakat, adat, dan agama dalam perencanaan program instansi.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Menjadi wakil pemerintah dalam membangun hubungan sosial psikologis',
              description:
                'Mewakili pemerintah dalam membangun hubungan sosial dan psikologis dengan masyarakat yang majemuk untuk memperkuat persatuan di tingkat nasional.',
              indicators: [
                'Memfasilitasi dialog antarkelompok masyarakat untuk mencegah atau menyelesaikan konflik sosial.',
                'Merumuskan kebijakan yang memperkuat wawasan kebangsaan dan kerukunan di tingkat nasional.',
                'Menyampaikan pesan persatuan atas nama pemerintah dalam situasi yang rawan memecah belah masyarakat.',
              ],
            },
          ],
        },
      ],
    },
  ],
};
