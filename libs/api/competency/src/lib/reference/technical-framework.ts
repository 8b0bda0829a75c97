import type { RefFramework } from './types';

/**
 * Demonstration technical competency dictionary (kamus kompetensi teknis) for a provincial
 * government, grouped by service area. Written for Kompeten as sample data: it is NOT an official
 * dictionary of Pemprov DKI Jakarta or of any instansi pembina.
 *
 * Technical ladder (domain-asn.md §1.3): L1 knows the basics, L2 applies with supervision,
 * L3 analyses and works independently, L4 improves efficiency/effectiveness, L5 develops new
 * concepts and techniques. Some competencies leave L1 or L5 undefined on purpose, as real
 * technical dictionaries do.
 */
export const DEMO_TECHNICAL_FRAMEWORK: RefFramework = {
  code: 'TEKNIS-DKI',
  name: 'Kamus Kompetensi Teknis Pemprov DKI Jakarta',
  description:
    'Contoh kamus kompetensi teknis perangkat daerah provinsi yang dikelompokkan menurut urusan layanan: administrasi ' +
    'kependudukan, perhubungan, pendidikan, kesehatan, teknologi informasi, manajemen SDM aparatur, dan keuangan daerah. ' +
    'Disusun sebagai data demonstrasi Kompeten, bukan kamus resmi; instansi menyesuaikannya dengan kamus dari instansi pembina.',
  sourceUrl: null,
  groups: [
    {
      code: 'T.ADK',
      name: 'Administrasi Kependudukan',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.ADK.01',
          name: 'Pelayanan Administrasi Kependudukan',
          definition:
            'Kemampuan melayani pendaftaran penduduk dan pencatatan sipil, seperti penerbitan KTP-el, Kartu Keluarga, akta ' +
            'kelahiran, akta kematian, dan surat pindah, sesuai ketentuan administrasi kependudukan.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami jenis dan persyaratan layanan adminduk',
              description:
                'Mengetahui jenis dokumen kependudukan, persyaratan, dan alur dasar layanan pendaftaran penduduk dan pencatatan sipil.',
              indicators: [
                'Menyebutkan persyaratan penerbitan KTP-el, Kartu Keluarga, dan akta kelahiran sesuai ketentuan yang berlaku.',
                'Memeriksa kelengkapan berkas permohonan menggunakan daftar periksa yang tersedia.',
                'Mengarahkan pemohon ke loket atau kanal layanan daring yang sesuai dengan kebutuhannya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Memproses layanan adminduk dengan supervisi',
              description:
                'Memproses permohonan dokumen kependudukan sesuai prosedur dengan bimbingan dan pemeriksaan petugas yang lebih senior.',
              indicators: [
                'Memverifikasi keabsahan dokumen pendukung permohonan dan mencocokkannya dengan data kependudukan yang tersimpan.',
                'Melakukan perekaman data KTP-el (foto, sidik jari, iris mata, dan tanda tangan) sesuai prosedur.',
                'Menyiapkan konsep dokumen kependudukan untuk diperiksa dan ditandatangani pejabat yang berwenang.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis dan menyelesaikan kasus layanan secara mandiri',
              description:
                'Menangani secara mandiri permohonan yang tidak lazim atau bermasalah dengan menganalisis ketentuan dan data yang tersedia.',
              indicators: [
                'Menyelesaikan kasus data ganda, perbedaan elemen data, atau perubahan status penduduk berdasarkan ketentuan yang berlaku.',
                'Menentukan dokumen pengganti yang sah bagi pemohon yang tidak memiliki dokumen asal, misalnya surat pernyataan tanggung jawab mutlak.',
                'Menganalisis penyebab permohonan yang tertunda atau ditolak dan menjelaskan jalan keluarnya kepada pemohon.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efisiensi dan efektivitas layanan adminduk',
              description:
                'Menyederhanakan alur dan memperbaiki mutu layanan administrasi kependudukan sehingga lebih cepat, mudah, dan akurat.',
              indicators: [
                'Merancang ulang alur layanan untuk memangkas tahapan dan waktu penyelesaian dokumen.',
                'Mengembangkan layanan jemput bola bagi penduduk rentan, seperti lansia, penyandang disabilitas, dan warga panti sosial.',
                'Menetapkan ukuran kinerja layanan, seperti waktu penyelesaian dan tingkat kesalahan dokumen, serta memantaunya secara berkala.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan konsep baru pelayanan adminduk',
              description:
                'Mengembangkan konsep, model, dan teknik baru pelayanan administrasi kependudukan yang dapat diterapkan lintas wilayah.',
              indicators: [
                'Merumuskan model layanan terpadu, misalnya penerbitan akta kelahiran sekaligus Kartu Keluarga baru dan Kartu Identitas Anak.',
                'Menyusun pedoman teknis layanan baru yang dapat direplikasi oleh pemerintah daerah lain.',
                'Mengkaji penerapan identitas kependudukan digital dan merumuskan tahapan penerapannya.',
              ],
            },
          ],
        },
        {
          code: 'T.ADK.02',
          name: 'Pengelolaan Data Kependudukan (SIAK)',
          definition:
            'Kemampuan mengelola basis data kependudukan melalui Sistem Informasi Administrasi Kependudukan (SIAK), meliputi ' +
            'pemutakhiran, konsolidasi, pengamanan, dan pemanfaatan data kependudukan.',
          levels: [
            { level: 1, defined: false, title: '', description: '', indicators: [] },
            {
              level: 2,
              defined: true,
              title: 'Mengoperasikan SIAK dengan supervisi',
              description:
                'Mengoperasikan SIAK untuk memasukkan, memutakhirkan, dan mencetak data kependudukan sesuai petunjuk teknis dengan pengawasan.',
              indicators: [
                'Memasukkan dan memutakhirkan biodata penduduk dan data Kartu Keluarga di SIAK sesuai dokumen sumber.',
                'Mencetak dokumen kependudukan dari SIAK dan memeriksa kesesuaiannya dengan data yang tersimpan.',
                'Melaporkan galat aplikasi atau data yang tidak wajar kepada administrator basis data.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis kualitas data kependudukan',
              description:
                'Menganalisis kualitas data kependudukan secara mandiri, menemukan anomali, dan melakukan perbaikan sesuai kewenangannya.',
              indicators: [
                'Menjalankan pemeriksaan data ganda dan data tidak valid, lalu menyusun daftar perbaikannya.',
                'Merekonsiliasi data SIAK daerah dengan hasil konsolidasi data kependudukan nasional.',
                'Menyusun data agregat kependudukan per kelurahan dan kecamatan untuk keperluan perencanaan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan keandalan dan pemanfaatan data kependudukan',
              description:
                'Meningkatkan keandalan, keamanan, dan pemanfaatan basis data kependudukan bagi perangkat daerah dan lembaga pengguna.',
              indicators: [
                'Menetapkan prosedur pemutakhiran data berkala yang menurunkan jumlah data ganda dan data tidak valid.',
                'Mengatur hak akses pemanfaatan data kependudukan bagi lembaga pengguna sesuai perjanjian kerja sama.',
                'Memantau catatan akses basis data untuk mendeteksi penggunaan data yang tidak sah.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan konsep baru tata kelola data kependudukan',
              description:
                'Mengembangkan konsep dan teknik baru tata kelola data kependudukan, termasuk integrasi dan pemanfaatan data lintas sektor.',
              indicators: [
                'Merancang arsitektur integrasi data kependudukan dengan layanan pendidikan, kesehatan, dan bantuan sosial.',
                'Merumuskan kebijakan pelindungan data pribadi penduduk dalam pemanfaatan data lintas instansi.',
                'Mengembangkan metode pemadanan data baru yang meningkatkan ketepatan identifikasi penduduk.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'T.HUB',
      name: 'Perhubungan dan Perizinan Angkutan',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.HUB.01',
          name: 'Perizinan Angkutan Umum',
          definition:
            'Kemampuan memproses, menilai, dan mengawasi izin penyelenggaraan angkutan orang dan barang, termasuk izin trayek ' +
            'dan izin operasi, sesuai ketentuan lalu lintas dan angkutan jalan.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami jenis dan persyaratan izin angkutan',
              description: 'Mengetahui jenis izin angkutan umum, persyaratannya, dan alur pengajuannya.',
              indicators: [
                'Membedakan izin angkutan dalam trayek dan angkutan tidak dalam trayek beserta persyaratannya.',
                'Menjelaskan persyaratan dan alur permohonan izin kepada pemohon sesuai standar pelayanan.',
                'Memeriksa kelengkapan berkas permohonan izin menggunakan daftar periksa.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Memproses permohonan izin dengan supervisi',
              description:
                'Memproses permohonan izin angkutan melalui sistem perizinan sesuai prosedur dengan pengawasan atasan.',
              indicators: [
                'Memverifikasi dokumen kendaraan, seperti STNK dan bukti lulus uji berkala, terhadap data permohonan.',
                'Memasukkan dan memproses permohonan izin pada sistem perizinan daring.',
                'Menyiapkan konsep surat keputusan izin dan kartu pengawasan untuk diperiksa atasan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis kelayakan permohonan izin',
              description:
                'Menganalisis secara mandiri kelayakan permohonan izin berdasarkan kebutuhan angkutan, kapasitas trayek, dan kinerja operator.',
              indicators: [
                'Menghitung kebutuhan armada pada suatu trayek berdasarkan data permintaan penumpang dan faktor muat.',
                'Menilai rekam jejak kepatuhan operator sebelum merekomendasikan perpanjangan izin.',
                'Menyusun rekomendasi persetujuan atau penolakan izin beserta dasar pertimbangannya.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas layanan dan pengawasan perizinan',
              description:
                'Memperbaiki proses perizinan dan pengawasan angkutan umum agar lebih cepat, transparan, dan berdampak pada mutu layanan angkutan.',
              indicators: [
                'Menyederhanakan persyaratan dan tahapan perizinan tanpa mengurangi aspek keselamatan.',
                'Memadukan data izin dengan hasil uji berkala dan hasil penindakan di lapangan.',
                'Menyusun indikator kepatuhan operator dan menggunakannya sebagai dasar evaluasi izin.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan model perizinan angkutan baru',
              description:
                'Mengembangkan konsep baru pengaturan dan perizinan angkutan umum, termasuk model layanan angkutan yang terintegrasi.',
              indicators: [
                'Merumuskan skema perizinan untuk moda atau model usaha angkutan baru, seperti angkutan berbasis aplikasi.',
                'Merancang skema pembelian layanan angkutan dengan standar pelayanan minimal yang mengikat operator.',
                'Menyusun kajian penataan jaringan trayek yang terintegrasi antarmoda di wilayah perkotaan.',
              ],
            },
          ],
        },
        {
          code: 'T.HUB.02',
          name: 'Manajemen Lalu Lintas',
          definition:
            'Kemampuan merencanakan, mengatur, dan mengendalikan arus lalu lintas serta perlengkapan jalan untuk mewujudkan ' +
            'lalu lintas yang aman, tertib, dan lancar.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami dasar manajemen lalu lintas',
              description:
                'Mengetahui prinsip dasar pengaturan lalu lintas, rambu, marka, dan alat pemberi isyarat lalu lintas.',
              indicators: [
                'Mengenali jenis dan arti rambu, marka jalan, dan alat pemberi isyarat lalu lintas.',
                'Mencatat kondisi perlengkapan jalan yang rusak atau hilang saat pemantauan lapangan.',
                'Melaksanakan pengaturan lalu lintas di lapangan sesuai arahan petugas senior.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan rekayasa lalu lintas dengan supervisi',
              description: 'Melaksanakan survei dan kegiatan rekayasa lalu lintas sesuai prosedur dengan bimbingan.',
              indicators: [
                'Melaksanakan survei pencacahan lalu lintas dan kecepatan kendaraan sesuai metode yang ditetapkan.',
                'Mengatur waktu siklus lampu lalu lintas sesuai rencana yang telah disetujui.',
                'Mengawasi pemasangan rambu dan marka jalan agar sesuai dengan gambar rencana.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis kinerja lalu lintas',
              description:
                'Menganalisis kinerja ruas jalan dan persimpangan secara mandiri serta merumuskan penanganannya.',
              indicators: [
                'Menghitung derajat kejenuhan dan tingkat pelayanan ruas jalan atau persimpangan dari data survei.',
                'Menganalisis lokasi rawan kecelakaan dan mengusulkan penanganan teknisnya.',
                'Menilai dampak lalu lintas dari rencana pembangunan gedung atau kawasan baru.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas pengendalian lalu lintas',
              description:
                'Meningkatkan efektivitas pengendalian lalu lintas pada cakupan wilayah yang lebih luas melalui koordinasi dan pemanfaatan teknologi.',
              indicators: [
                'Mengoptimalkan koordinasi lampu lalu lintas pada satu koridor untuk mengurangi waktu tempuh.',
                'Memanfaatkan data kamera dan sensor lalu lintas untuk mengambil tindakan pengaturan secara seketika.',
                'Mengevaluasi kebijakan pembatasan kendaraan, seperti ganjil-genap, dan mengusulkan penyempurnaannya.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan konsep baru manajemen lalu lintas perkotaan',
              description:
                'Mengembangkan konsep dan teknik baru manajemen lalu lintas dan kebutuhan perjalanan untuk kota besar.',
              indicators: [
                'Merancang kebijakan manajemen kebutuhan lalu lintas, seperti jalan berbayar elektronik atau pembatasan kawasan.',
                'Mengembangkan model simulasi lalu lintas untuk menguji skenario kebijakan sebelum diterapkan.',
                'Merumuskan sistem lalu lintas cerdas yang terpadu dengan layanan angkutan umum.',
              ],
            },
          ],
        },
        {
          code: 'T.HUB.03',
          name: 'Pengujian Berkala Kendaraan Bermotor',
          definition:
            'Kemampuan melaksanakan dan mengelola uji berkala kendaraan bermotor untuk memastikan kendaraan angkutan ' +
            'memenuhi persyaratan teknis dan laik jalan.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami persyaratan teknis dan laik jalan',
              description:
                'Mengetahui komponen kendaraan yang diuji serta ambang batas persyaratan teknis dan laik jalan.',
              indicators: [
                'Menyebutkan komponen kendaraan yang wajib diuji, seperti rem, lampu, emisi gas buang, dan kebisingan.',
                'Mencocokkan identitas kendaraan, yaitu nomor rangka dan nomor mesin, dengan dokumennya.',
                'Menjelaskan alur dan persyaratan uji berkala kepada pemilik kendaraan.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan pengujian dengan supervisi',
              description:
                'Mengoperasikan peralatan uji dan mencatat hasil pengujian sesuai prosedur dengan pengawasan penguji senior.',
              indicators: [
                'Mengoperasikan alat uji rem, lampu utama, dan emisi sesuai petunjuk pengoperasian.',
                'Mencatat hasil pengujian secara lengkap pada sistem informasi pengujian.',
                'Melakukan pemeriksaan visual bagian bawah kendaraan menggunakan daftar periksa.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis hasil uji dan menetapkan kelulusan',
              description:
                'Menganalisis hasil pengujian secara mandiri dan menetapkan kendaraan lulus atau tidak lulus beserta alasannya.',
              indicators: [
                'Menentukan kelulusan kendaraan dengan membandingkan hasil uji terhadap ambang batas yang berlaku.',
                'Menjelaskan kepada pemilik kendaraan penyebab ketidaklulusan dan perbaikan yang diperlukan.',
                'Menganalisis pola kegagalan uji pada jenis kendaraan tertentu dan melaporkannya kepada atasan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas layanan pengujian',
              description: 'Meningkatkan mutu dan efisiensi layanan pengujian di unit pelaksana uji berkala.',
              indicators: [
                'Menyusun jadwal kalibrasi peralatan uji dan memastikan pelaksanaannya tepat waktu.',
                'Menata alur antrean dan jalur uji sehingga waktu layanan per kendaraan berkurang.',
                'Menerapkan mekanisme pengendalian mutu untuk mencegah kecurangan hasil uji.',
              ],
            },
            { level: 5, defined: false, title: '', description: '', indicators: [] },
          ],
        },
      ],
    },
    {
      code: 'T.PDD',
      name: 'Pendidikan',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.PDD.01',
          name: 'Perencanaan Pembelajaran',
          definition:
            'Kemampuan merancang pembelajaran yang sesuai dengan kurikulum dan kebutuhan peserta didik, meliputi tujuan, ' +
            'materi, metode, media, dan asesmen pembelajaran.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami kurikulum dan perangkat pembelajaran',
              description: 'Mengetahui struktur kurikulum yang berlaku dan komponen perangkat pembelajaran.',
              indicators: [
                'Menjelaskan capaian pembelajaran dan struktur kurikulum pada mata pelajaran yang diampu.',
                'Menyebutkan komponen modul ajar atau rencana pelaksanaan pembelajaran.',
                'Menggunakan perangkat pembelajaran yang telah disusun guru lain sesuai petunjuknya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menyusun rencana pembelajaran dengan bimbingan',
              description:
                'Menyusun perangkat pembelajaran untuk kelas yang diampu dengan bimbingan guru senior atau kepala sekolah.',
              indicators: [
                'Merumuskan tujuan pembelajaran dari capaian pembelajaran yang ditetapkan.',
                'Menyusun modul ajar yang memuat kegiatan pembuka, inti, dan penutup.',
                'Memperbaiki rencana pembelajaran berdasarkan masukan pembimbing.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Merancang pembelajaran berdasarkan analisis kebutuhan peserta didik',
              description:
                'Merancang pembelajaran secara mandiri berdasarkan analisis karakteristik, kemampuan awal, dan kebutuhan belajar peserta didik.',
              indicators: [
                'Melakukan asesmen awal untuk memetakan kemampuan dan kesiapan belajar peserta didik.',
                'Menyusun pembelajaran berdiferensiasi bagi kelompok peserta didik dengan kemampuan yang berbeda.',
                'Memilih metode dan media pembelajaran yang sesuai dengan tujuan dan kondisi kelas.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan mutu perencanaan pembelajaran di sekolah',
              description:
                'Meningkatkan efektivitas perencanaan pembelajaran di tingkat sekolah atau kelompok guru mata pelajaran.',
              indicators: [
                'Memimpin penyusunan kurikulum operasional satuan pendidikan bersama tim sekolah.',
                'Mendampingi guru lain menyusun perangkat pembelajaran melalui kelompok kerja guru.',
                'Mengevaluasi keterlaksanaan rencana pembelajaran dan menggunakan hasilnya untuk perbaikan.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan model pembelajaran baru',
              description:
                'Mengembangkan model, pendekatan, atau perangkat pembelajaran baru yang teruji dan dapat diterapkan oleh sekolah lain.',
              indicators: [
                'Mengembangkan model pembelajaran inovatif berdasarkan hasil penelitian tindakan kelas.',
                'Menyusun bahan ajar atau panduan pembelajaran yang digunakan secara luas oleh guru di sekolah lain.',
                'Menyebarluaskan praktik baik perencanaan pembelajaran melalui publikasi ilmiah atau forum guru tingkat nasional.',
              ],
            },
          ],
        },
        {
          code: 'T.PDD.02',
          name: 'Penilaian Hasil Belajar',
          definition:
            'Kemampuan merancang, melaksanakan, mengolah, dan memanfaatkan penilaian untuk mengetahui capaian belajar ' +
            'peserta didik dan memperbaiki pembelajaran.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami prinsip dan jenis penilaian',
              description:
                'Mengetahui prinsip penilaian, jenis asesmen formatif dan sumatif, serta teknik penilaian dasar.',
              indicators: [
                'Membedakan tujuan asesmen formatif dan asesmen sumatif.',
                'Menjelaskan teknik penilaian, seperti tes tertulis, observasi, penugasan, dan portofolio.',
                'Memeriksa jawaban peserta didik menggunakan kunci jawaban dan pedoman penskoran yang tersedia.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan penilaian dengan bimbingan',
              description: 'Menyusun instrumen dan melaksanakan penilaian di kelas yang diampu dengan bimbingan.',
              indicators: [
                'Menyusun kisi-kisi dan butir soal sesuai tujuan pembelajaran.',
                'Menyusun rubrik penilaian untuk tugas kinerja atau proyek.',
                'Mengolah nilai dan memasukkannya ke rapor sesuai ketentuan sekolah.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis hasil penilaian',
              description:
                'Menganalisis hasil penilaian secara mandiri dan menggunakannya untuk menindaklanjuti pembelajaran.',
              indicators: [
                'Melakukan analisis butir soal untuk mengetahui tingkat kesukaran dan daya pembeda.',
                'Mengidentifikasi peserta didik yang belum mencapai tujuan pembelajaran dan merancang program remedial.',
                'Memberikan umpan balik tertulis yang spesifik kepada peserta didik tentang hasil belajarnya.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan mutu sistem penilaian sekolah',
              description:
                'Meningkatkan mutu dan konsistensi penilaian di tingkat sekolah atau kelompok guru mata pelajaran.',
              indicators: [
                'Menyusun pedoman penilaian sekolah yang menjamin keadilan dan konsistensi antarguru.',
                'Memimpin penelaahan bersama butir soal oleh guru mata pelajaran sebelum ujian sekolah.',
                'Memanfaatkan hasil Asesmen Nasional dan Rapor Pendidikan untuk merumuskan program perbaikan sekolah.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan instrumen dan metode penilaian baru',
              description:
                'Mengembangkan konsep, instrumen, atau metode penilaian baru yang sahih dan dapat diterapkan secara luas.',
              indicators: [
                'Mengembangkan instrumen asesmen yang telah diuji validitas dan reliabilitasnya.',
                'Merancang bank soal terstandar untuk digunakan lintas sekolah.',
                'Merumuskan model penilaian autentik baru dan menyebarluaskannya melalui pelatihan guru.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'T.KES',
      name: 'Kesehatan',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.KES.01',
          name: 'Pelayanan Kesehatan Masyarakat',
          definition:
            'Kemampuan menyelenggarakan upaya kesehatan masyarakat, meliputi promosi kesehatan, pencegahan penyakit, kesehatan ' +
            'ibu dan anak, gizi, serta kesehatan lingkungan, terutama di wilayah kerja puskesmas.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami program kesehatan masyarakat',
              description:
                'Mengetahui jenis program upaya kesehatan masyarakat dan standar pelayanan minimal bidang kesehatan.',
              indicators: [
                'Menjelaskan program pokok puskesmas, seperti imunisasi, gizi, kesehatan ibu dan anak, serta kesehatan lingkungan.',
                'Mencatat data kegiatan pelayanan kesehatan sesuai format pelaporan yang berlaku.',
                'Membantu pelaksanaan kegiatan posyandu sesuai arahan petugas pemegang program.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan kegiatan program dengan supervisi',
              description:
                'Melaksanakan kegiatan program kesehatan masyarakat di wilayah kerja puskesmas sesuai pedoman dengan pengawasan.',
              indicators: [
                'Memberikan penyuluhan kesehatan kepada kelompok masyarakat menggunakan materi yang tersedia.',
                'Melakukan kunjungan rumah untuk pendataan keluarga dan pemantauan kesehatan sasaran program.',
                'Melakukan pengukuran antropometri balita dan mencatat status gizinya.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis masalah kesehatan wilayah kerja',
              description:
                'Menganalisis data kesehatan wilayah kerja secara mandiri untuk menentukan prioritas masalah dan intervensinya.',
              indicators: [
                'Membandingkan cakupan program dengan target standar pelayanan minimal dan menandai wilayah yang tertinggal.',
                'Menyusun rencana usulan kegiatan puskesmas berdasarkan prioritas masalah kesehatan.',
                'Menggerakkan kader dan tokoh masyarakat untuk menindaklanjuti masalah kesehatan di wilayahnya.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas program kesehatan masyarakat',
              description:
                'Meningkatkan efektivitas dan efisiensi program kesehatan masyarakat lintas puskesmas atau lintas wilayah.',
              indicators: [
                'Mengevaluasi efektivitas intervensi program, seperti percepatan penurunan stunting, dan mengusulkan penyempurnaannya.',
                'Membangun koordinasi lintas sektor dengan kelurahan, sekolah, dan organisasi kemasyarakatan untuk mendukung program kesehatan.',
                'Menyusun prosedur dan alat pemantauan program yang digunakan bersama oleh beberapa puskesmas.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan model baru upaya kesehatan masyarakat',
              description:
                'Mengembangkan konsep dan model baru upaya kesehatan masyarakat yang berbasis bukti dan dapat direplikasi.',
              indicators: [
                'Merancang model intervensi kesehatan masyarakat baru berdasarkan bukti ilmiah dan data setempat.',
                'Menyusun rancangan kebijakan daerah di bidang kesehatan masyarakat bersama pemangku kepentingan.',
                'Mengkaji hasil uji coba model baru dan menyusun panduan replikasinya bagi daerah lain.',
              ],
            },
          ],
        },
        {
          code: 'T.KES.02',
          name: 'Surveilans Epidemiologi',
          definition:
            'Kemampuan mengumpulkan, mengolah, menganalisis, dan menyebarluaskan data penyakit dan faktor risikonya secara ' +
            'terus-menerus sebagai dasar kewaspadaan dini dan penanggulangan.',
          levels: [
            { level: 1, defined: false, title: '', description: '', indicators: [] },
            {
              level: 2,
              defined: true,
              title: 'Mengumpulkan data surveilans dengan supervisi',
              description:
                'Mengumpulkan dan merekap data penyakit dari fasilitas kesehatan sesuai format dan jadwal pelaporan dengan bimbingan.',
              indicators: [
                'Merekap laporan mingguan penyakit berpotensi wabah dari fasilitas kesehatan tepat waktu.',
                'Memeriksa kelengkapan dan ketepatan waktu laporan dari setiap unit pelapor.',
                'Melakukan penyelidikan kasus di lapangan bersama tim menggunakan formulir yang ditetapkan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis data epidemiologi',
              description:
                'Menganalisis data surveilans secara mandiri untuk mengenali pola penyakit, peningkatan kasus, dan faktor risikonya.',
              indicators: [
                'Menyusun grafik tren kasus dan peta sebaran penyakit menurut waktu, tempat, dan orang.',
                'Mengenali sinyal peningkatan kasus yang melampaui ambang batas kewaspadaan dini.',
                'Menyusun laporan penyelidikan epidemiologi beserta rekomendasi penanggulangannya.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas sistem surveilans',
              description:
                'Meningkatkan kelengkapan, ketepatan, dan kecepatan sistem surveilans sehingga respons terhadap kejadian luar biasa lebih efektif.',
              indicators: [
                'Memperkuat jejaring pelaporan dengan rumah sakit, klinik, dan laboratorium di wilayah kerjanya.',
                'Mengevaluasi kinerja sistem surveilans dengan indikator kelengkapan dan ketepatan waktu laporan.',
                'Mengoordinasikan tim gerak cepat dalam penanggulangan kejadian luar biasa.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan metode surveilans baru',
              description:
                'Mengembangkan konsep, metode, dan sistem surveilans baru untuk mendeteksi ancaman kesehatan lebih dini.',
              indicators: [
                'Merancang sistem surveilans digital yang memadukan data dari berbagai sumber.',
                'Mengembangkan model prakiraan peningkatan kasus penyakit menggunakan data iklim dan mobilitas penduduk.',
                'Merumuskan pedoman surveilans untuk penyakit atau ancaman kesehatan yang baru muncul.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'T.TIK',
      name: 'Teknologi Informasi dan Komunikasi',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.TIK.01',
          name: 'Pengembangan Aplikasi',
          definition:
            'Kemampuan menganalisis kebutuhan, merancang, membangun, menguji, dan memelihara aplikasi untuk mendukung layanan ' +
            'dan administrasi pemerintahan berbasis elektronik.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami dasar pengembangan perangkat lunak',
              description:
                'Mengetahui tahapan siklus pengembangan perangkat lunak serta dasar-dasar pemrograman dan basis data.',
              indicators: [
                'Menjelaskan tahapan analisis, perancangan, pembangunan, pengujian, dan pemeliharaan aplikasi.',
                'Menulis kode program sederhana dan kueri basis data dasar.',
                'Menjalankan skenario uji yang telah disiapkan dan mencatat hasilnya.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Membangun fitur aplikasi dengan supervisi',
              description:
                'Membangun dan memperbaiki fitur aplikasi sesuai spesifikasi dengan arahan dan tinjauan pengembang senior.',
              indicators: [
                'Membangun fitur aplikasi sesuai rancangan dan standar penulisan kode yang ditetapkan.',
                'Memperbaiki kesalahan program yang dilaporkan pengguna dan menguji ulang hasil perbaikannya.',
                'Menyimpan perubahan kode pada sistem pengendali versi dan mengajukannya untuk ditinjau.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis kebutuhan dan merancang aplikasi',
              description:
                'Menganalisis kebutuhan pengguna dan merancang aplikasi secara mandiri, termasuk basis data dan antarmukanya.',
              indicators: [
                'Menyusun dokumen kebutuhan sistem dari hasil wawancara dengan unit pengguna.',
                'Merancang struktur basis data dan antarmuka pemrograman aplikasi (API) sesuai kebutuhan.',
                'Meninjau kode yang ditulis pengembang lain dan memberikan masukan perbaikan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas proses pengembangan aplikasi',
              description:
                'Meningkatkan efisiensi proses pengembangan dan mutu aplikasi di tingkat instansi.',
              indicators: [
                'Menerapkan pengujian otomatis dan rilis berkelanjutan untuk mempercepat penyampaian fitur kepada pengguna.',
                'Menetapkan standar arsitektur aplikasi dan komponen bersama yang dapat dipakai ulang antaraplikasi.',
                'Mengintegrasikan aplikasi antarperangkat daerah sesuai arsitektur Sistem Pemerintahan Berbasis Elektronik (SPBE).',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan konsep dan teknik aplikasi baru',
              description:
                'Mengembangkan konsep, arsitektur, atau teknik baru pengembangan aplikasi pemerintahan yang dapat diterapkan lintas instansi.',
              indicators: [
                'Merancang platform bersama yang dapat dipakai oleh banyak perangkat daerah atau pemerintah daerah lain.',
                'Mengkaji dan menerapkan teknologi baru untuk menyelesaikan masalah layanan publik.',
                'Menyusun kerangka pengembangan aplikasi yang ditetapkan sebagai standar instansi.',
              ],
            },
          ],
        },
        {
          code: 'T.TIK.02',
          name: 'Keamanan Informasi',
          definition:
            'Kemampuan melindungi kerahasiaan, keutuhan, dan ketersediaan informasi serta sistem elektronik pemerintah dari ' +
            'ancaman dan insiden keamanan.',
          levels: [
            { level: 1, defined: false, title: '', description: '', indicators: [] },
            {
              level: 2,
              defined: true,
              title: 'Menerapkan kontrol keamanan dengan supervisi',
              description:
                'Menerapkan kontrol keamanan informasi dasar pada sistem dan perangkat sesuai prosedur dengan pengawasan.',
              indicators: [
                'Memasang pembaruan keamanan pada server dan perangkat kerja sesuai jadwal.',
                'Mengelola akun dan hak akses pengguna sesuai prinsip hak akses seminimal mungkin.',
                'Memantau peringatan keamanan dan meneruskan kejadian mencurigakan kepada penanggung jawab insiden.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis kerentanan dan insiden keamanan',
              description:
                'Menganalisis kerentanan sistem dan insiden keamanan secara mandiri serta menentukan langkah penanganannya.',
              indicators: [
                'Melakukan pemindaian kerentanan dan menyusun prioritas perbaikannya.',
                'Menelusuri catatan log sistem untuk menemukan penyebab dan dampak insiden keamanan.',
                'Menyusun laporan insiden lengkap dengan kronologi, dampak, dan rekomendasi.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas manajemen keamanan informasi',
              description:
                'Meningkatkan efektivitas pengelolaan keamanan informasi di tingkat instansi melalui kebijakan, standar, dan pemantauan berkelanjutan.',
              indicators: [
                'Menyusun kebijakan dan prosedur keamanan informasi instansi yang mengacu pada standar SNI ISO/IEC 27001.',
                'Mengoordinasikan penilaian risiko keamanan informasi pada sistem elektronik prioritas.',
                'Menyelenggarakan latihan penanganan insiden dan kegiatan peningkatan kesadaran keamanan bagi pegawai.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan kerangka dan teknik keamanan baru',
              description:
                'Mengembangkan kerangka, arsitektur, atau teknik pengamanan baru untuk menghadapi ancaman siber yang terus berkembang.',
              indicators: [
                'Merancang arsitektur keamanan terpadu untuk seluruh layanan elektronik pemerintah daerah.',
                'Mengembangkan metode deteksi ancaman baru berdasarkan analisis pola serangan.',
                'Menyusun kebijakan keamanan siber daerah bersama Badan Siber dan Sandi Negara serta instansi terkait.',
              ],
            },
          ],
        },
        {
          code: 'T.TIK.03',
          name: 'Pengelolaan Data dan Statistik',
          definition:
            'Kemampuan mengumpulkan, mengolah, menganalisis, menyajikan, dan membagipakaikan data serta statistik sektoral ' +
            'sesuai prinsip Satu Data Indonesia.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami dasar data dan statistik',
              description: 'Mengetahui konsep dasar data, metadata, dan statistik deskriptif.',
              indicators: [
                'Menjelaskan perbedaan data mentah, data olahan, dan metadata.',
                'Menghitung ukuran statistik sederhana, seperti jumlah, rata-rata, dan persentase.',
                'Memasukkan data ke dalam format tabel standar yang ditetapkan.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Mengolah dan menyajikan data dengan supervisi',
              description:
                'Mengumpulkan, membersihkan, dan menyajikan data sesuai standar data dengan bimbingan.',
              indicators: [
                'Mengumpulkan data dari unit kerja sesuai jadwal dan format yang ditetapkan.',
                'Membersihkan data dari duplikasi, nilai kosong, dan kesalahan penulisan.',
                'Menyajikan data dalam bentuk tabel dan grafik yang mudah dibaca.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis data untuk mendukung keputusan',
              description:
                'Menganalisis data secara mandiri dan menyusun informasi yang mendukung perencanaan dan pengambilan keputusan.',
              indicators: [
                'Menganalisis tren dan perbandingan antarwilayah atau antarperiode.',
                'Menyusun metadata dan kamus data untuk setiap kumpulan data yang dikelola.',
                'Menyusun dasbor atau ringkasan analisis untuk pimpinan unit.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas tata kelola data',
              description: 'Meningkatkan mutu, keterpaduan, dan pemanfaatan data di tingkat instansi.',
              indicators: [
                'Menerapkan standar data dan kode referensi yang sama antarperangkat daerah.',
                'Menyusun mekanisme pemeriksaan kualitas data sebelum data dipublikasikan.',
                'Mengelola portal data terbuka agar data mudah ditemukan dan digunakan masyarakat.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan metode dan kebijakan data baru',
              description:
                'Mengembangkan konsep, metode analisis, dan kebijakan data baru yang memperluas pemanfaatan data bagi pembangunan.',
              indicators: [
                'Mengembangkan model analisis lanjutan, seperti prakiraan atau analisis spasial, untuk perumusan kebijakan.',
                'Merumuskan kebijakan tata kelola data daerah yang selaras dengan Satu Data Indonesia.',
                'Merancang pemanfaatan sumber data baru, seperti data sensor dan mahadata, secara aman dan bertanggung jawab.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'T.SDM',
      name: 'Manajemen Sumber Daya Manusia Aparatur',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.SDM.01',
          name: 'Analisis Jabatan dan Beban Kerja',
          definition:
            'Kemampuan menganalisis jabatan dan beban kerja untuk menghasilkan informasi jabatan, kebutuhan pegawai, dan peta ' +
            'jabatan sebagai dasar manajemen ASN.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami konsep analisis jabatan dan beban kerja',
              description:
                'Mengetahui konsep, istilah, dan tahapan dasar analisis jabatan serta analisis beban kerja.',
              indicators: [
                'Menjelaskan unsur informasi jabatan, seperti ikhtisar jabatan, uraian tugas, dan syarat jabatan.',
                'Menjelaskan konsep volume kerja, norma waktu, dan jam kerja efektif.',
                'Mengumpulkan data jabatan dari unit kerja menggunakan formulir yang tersedia.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menyusun informasi jabatan dengan supervisi',
              description:
                'Menyusun informasi jabatan dan menghitung beban kerja sesuai pedoman dengan bimbingan analis yang lebih senior.',
              indicators: [
                'Mewawancarai dan mengamati pemegang jabatan untuk menggali uraian tugasnya.',
                'Menyusun konsep informasi jabatan sesuai format yang ditetapkan.',
                'Menghitung kebutuhan pegawai untuk satu jabatan berdasarkan volume kerja dan norma waktu.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis jabatan dan kebutuhan pegawai secara mandiri',
              description:
                'Menganalisis jabatan dan beban kerja unit organisasi secara mandiri serta menyusun peta jabatan dan kebutuhan pegawai.',
              indicators: [
                'Menyusun peta jabatan unit organisasi beserta kelas jabatannya.',
                'Menganalisis kelebihan dan kekurangan pegawai per jabatan berdasarkan hasil perhitungan beban kerja.',
                'Menguji kewajaran norma waktu penyelesaian tugas dengan membandingkan data beberapa pemegang jabatan.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas penataan jabatan dan pegawai',
              description:
                'Menggunakan hasil analisis jabatan dan beban kerja untuk meningkatkan efektivitas penataan organisasi dan pegawai di tingkat instansi.',
              indicators: [
                'Merekomendasikan redistribusi pegawai antarunit berdasarkan hasil analisis beban kerja.',
                'Menyelaraskan informasi jabatan dengan standar kompetensi jabatan dan kebutuhan formasi.',
                'Menyederhanakan pengumpulan data beban kerja melalui aplikasi sehingga pemutakhiran lebih cepat.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan metode analisis jabatan baru',
              description:
                'Mengembangkan konsep dan metode baru analisis jabatan dan beban kerja yang dapat diterapkan lintas instansi.',
              indicators: [
                'Merancang metode pengukuran beban kerja untuk jabatan yang hasil kerjanya sulit dihitung.',
                'Mengembangkan model proyeksi kebutuhan pegawai jangka menengah berdasarkan rencana strategis dan tren layanan.',
                'Menyusun pedoman teknis analisis jabatan yang diadopsi oleh instansi lain.',
              ],
            },
          ],
        },
        {
          code: 'T.SDM.02',
          name: 'Manajemen Talenta ASN',
          definition:
            'Kemampuan mengidentifikasi, mengembangkan, mempertahankan, dan menempatkan ASN bertalenta pada jabatan yang ' +
            'tepat berdasarkan sistem merit.',
          levels: [
            { level: 1, defined: false, title: '', description: '', indicators: [] },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan tahapan manajemen talenta dengan supervisi',
              description:
                'Melaksanakan tahapan teknis manajemen talenta, seperti pengumpulan data kinerja dan potensi, sesuai pedoman dengan pengawasan.',
              indicators: [
                'Mengumpulkan dan memverifikasi data kinerja, potensi, dan rekam jejak pegawai.',
                'Memetakan pegawai ke dalam kotak manajemen talenta sesuai pedoman.',
                'Menyiapkan bahan sidang talenta untuk ditinjau atasan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis profil talenta dan kebutuhan pengembangan',
              description:
                'Menganalisis profil talenta secara mandiri dan menyusun rekomendasi pengembangan serta penempatan.',
              indicators: [
                'Menganalisis kesenjangan kompetensi calon suksesor terhadap standar kompetensi jabatan sasaran.',
                'Menyusun rekomendasi rencana pengembangan bagi setiap kelompok talenta.',
                'Menyusun daftar calon suksesor jabatan kritikal beserta tingkat kesiapannya.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas sistem manajemen talenta',
              description:
                'Meningkatkan efektivitas penyelenggaraan manajemen talenta di tingkat instansi sehingga pengisian jabatan lebih cepat dan objektif.',
              indicators: [
                'Menyelenggarakan sidang talenta yang objektif dan terdokumentasi untuk jabatan pimpinan tinggi dan administrator.',
                'Memadukan hasil manajemen talenta dengan perencanaan pengembangan kompetensi dan pola karier.',
                'Mengevaluasi keberhasilan penempatan talenta dan memperbaiki kriteria seleksinya.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan kebijakan dan model manajemen talenta baru',
              description:
                'Mengembangkan konsep, model, dan kebijakan manajemen talenta baru, termasuk pertukaran talenta lintas instansi.',
              indicators: [
                'Merumuskan kebijakan manajemen talenta daerah yang selaras dengan manajemen talenta nasional.',
                'Merancang mekanisme mobilitas talenta antarinstansi dan antardaerah.',
                'Mengembangkan model penilaian potensi yang lebih akurat dalam memprediksi keberhasilan pada jabatan.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'T.KEU',
      name: 'Keuangan Daerah',
      kind: 'TEKNIS',
      competencies: [
        {
          code: 'T.KEU.01',
          name: 'Pengelolaan Keuangan Daerah',
          definition:
            'Kemampuan merencanakan, menatausahakan, melaporkan, dan mempertanggungjawabkan keuangan daerah sesuai peraturan ' +
            'perundang-undangan dan prinsip tata kelola yang baik.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami siklus dan ketentuan keuangan daerah',
              description:
                'Mengetahui siklus pengelolaan keuangan daerah dan ketentuan dasar penatausahaannya.',
              indicators: [
                'Menjelaskan siklus APBD mulai dari perencanaan hingga pertanggungjawaban.',
                'Mengenali kode rekening dan klasifikasi anggaran yang berlaku.',
                'Mengarsipkan bukti transaksi keuangan secara tertib sesuai ketentuan.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Menatausahakan keuangan dengan supervisi',
              description:
                'Melaksanakan penatausahaan keuangan unit kerja sesuai prosedur dengan pemeriksaan atasan.',
              indicators: [
                'Menyiapkan dokumen permintaan dan pencairan dana beserta kelengkapan buktinya.',
                'Mencatat transaksi penerimaan dan pengeluaran pada aplikasi keuangan daerah.',
                'Menyusun laporan pertanggungjawaban bendahara secara berkala.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Menganalisis anggaran dan laporan keuangan',
              description:
                'Menganalisis anggaran, realisasi, dan laporan keuangan secara mandiri serta menyusun rekomendasi.',
              indicators: [
                'Menganalisis realisasi anggaran terhadap rencana dan menjelaskan penyebab penyimpangannya.',
                'Menyusun laporan keuangan perangkat daerah sesuai standar akuntansi pemerintahan.',
                'Menelaah kewajaran usulan anggaran berdasarkan standar harga satuan dan analisis standar belanja.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efisiensi dan efektivitas pengelolaan keuangan',
              description:
                'Meningkatkan efisiensi belanja dan mutu pengelolaan keuangan di tingkat instansi.',
              indicators: [
                'Merancang perbaikan proses penganggaran yang mengaitkan anggaran dengan capaian kinerja.',
                'Memastikan temuan pemeriksaan Badan Pemeriksa Keuangan ditindaklanjuti hingga tuntas.',
                'Menerapkan pengendalian internal yang mencegah kesalahan pencatatan dan penyalahgunaan anggaran.',
              ],
            },
            {
              level: 5,
              defined: true,
              title: 'Mengembangkan kebijakan dan inovasi keuangan daerah',
              description:
                'Mengembangkan konsep dan kebijakan baru pengelolaan keuangan daerah untuk meningkatkan kemandirian fiskal dan akuntabilitas.',
              indicators: [
                'Merumuskan strategi peningkatan pendapatan asli daerah berdasarkan kajian potensi.',
                'Mengembangkan skema pembiayaan inovatif, seperti kerja sama pemerintah dengan badan usaha.',
                'Merancang sistem informasi keuangan daerah yang terpadu dari perencanaan hingga pelaporan.',
              ],
            },
          ],
        },
        {
          code: 'T.KEU.02',
          name: 'Pengadaan Barang/Jasa',
          definition:
            'Kemampuan melaksanakan pengadaan barang/jasa pemerintah mulai dari perencanaan, pemilihan penyedia, hingga ' +
            'pengelolaan kontrak secara efisien, transparan, dan akuntabel.',
          levels: [
            {
              level: 1,
              defined: true,
              title: 'Memahami prinsip dan tahapan pengadaan',
              description: 'Mengetahui prinsip, etika, dan tahapan pengadaan barang/jasa pemerintah.',
              indicators: [
                'Menjelaskan prinsip efisien, efektif, transparan, terbuka, bersaing, adil, dan akuntabel dalam pengadaan.',
                'Membedakan metode pemilihan penyedia, seperti pengadaan langsung, tender, dan e-purchasing melalui katalog elektronik.',
                'Mengumpulkan informasi harga pasar sebagai bahan penyusunan harga perkiraan sendiri.',
              ],
            },
            {
              level: 2,
              defined: true,
              title: 'Melaksanakan pengadaan sederhana dengan supervisi',
              description:
                'Melaksanakan pengadaan bernilai kecil dan menyiapkan dokumen pengadaan dengan bimbingan.',
              indicators: [
                'Menyusun spesifikasi teknis dan kerangka acuan kerja untuk pengadaan sederhana.',
                'Melaksanakan pengadaan langsung atau pembelian melalui katalog elektronik sesuai ketentuan.',
                'Menyiapkan dokumen serah terima dan pembayaran hasil pekerjaan.',
              ],
            },
            {
              level: 3,
              defined: true,
              title: 'Memilih penyedia secara mandiri berdasarkan analisis',
              description:
                'Melaksanakan pemilihan penyedia secara mandiri melalui analisis pasar dan evaluasi penawaran.',
              indicators: [
                'Menyusun harga perkiraan sendiri berdasarkan survei harga dan analisis biaya.',
                'Mengevaluasi dokumen penawaran dari aspek administrasi, teknis, dan harga sesuai dokumen pemilihan.',
                'Menjawab sanggahan peserta pemilihan berdasarkan ketentuan dan bukti hasil evaluasi.',
              ],
            },
            {
              level: 4,
              defined: true,
              title: 'Meningkatkan efektivitas proses pengadaan',
              description:
                'Meningkatkan efisiensi, nilai manfaat, dan akuntabilitas pengadaan di tingkat instansi.',
              indicators: [
                'Menyusun strategi pengadaan, seperti konsolidasi paket, untuk memperoleh harga dan mutu yang lebih baik.',
                'Menerapkan pengendalian kontrak untuk mencegah keterlambatan dan perubahan pekerjaan yang tidak perlu.',
                'Menganalisis data pengadaan untuk mendeteksi indikasi persekongkolan atau harga yang tidak wajar.',
              ],
            },
            { level: 5, defined: false, title: '', description: '', indicators: [] },
          ],
        },
      ],
    },
  ],
};
