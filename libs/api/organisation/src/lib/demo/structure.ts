import type { FunctionalLevel, UnitKind } from '@kompeten/shared/contract';
import type { Field } from './names';

/** A jabatan fungsional: name without jenjang, and the jenjang used in this OPD. */
export type Jf = [name: string, level: FunctionalLevel, field?: Field];

export interface OpdDef {
  code: string;
  name: string;
  kind: UnitKind;
  head: string;
  field: Field;
  /** Bidang (or Inspektur Pembantu); each gets two seksi, named here or derived from the bidang. */
  bidang: { name: string; seksi?: string[] }[];
  uptd?: string[];
  jf: Jf[];
  /** Badan call their sections "Subbidang". */
  sub?: 'Seksi' | 'Subbidang';
}

/** Pelaksana jobs (kelas jabatan) used in every OPD. */
export const PELAKSANA: [string, number][] = [
  ['Pengadministrasi Umum', 5], ['Pengelola Data', 6], ['Pengolah Data dan Informasi', 7], ['Pengadministrasi Perkantoran', 6],
  ['Pengelola Layanan Operasional', 7], ['Penata Laporan Keuangan', 7], ['Pengelola Barang Milik Negara', 6], ['Bendahara', 8],
];

export const SEKRETARIAT_SUBBAGIAN = ['Subbagian Umum dan Kepegawaian', 'Subbagian Keuangan', 'Subbagian Perencanaan dan Pelaporan'];

const GENERIC_JF: Jf[] = [['Analis Kebijakan', 'AHLI_PERTAMA'], ['Arsiparis', 'TERAMPIL'], ['Pranata Komputer', 'AHLI_PERTAMA', 'komputer'], ['Perencana', 'AHLI_MUDA']];

export const SETDA = {
  code: 'SETDA',
  name: 'Sekretariat Daerah',
  head: 'Sekretaris Daerah',
  biro: [
    { code: 'ORB', name: 'Biro Organisasi dan Reformasi Birokrasi', bagian: [['Bagian Kelembagaan dan Analisis Jabatan', ['Subbagian Kelembagaan', 'Subbagian Analisis Jabatan']], ['Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja', ['Subbagian Reformasi Birokrasi', 'Subbagian Akuntabilitas Kinerja']]] },
    { code: 'UMUM', name: 'Biro Umum dan Administrasi Pimpinan', bagian: [['Bagian Tata Usaha Pimpinan', ['Subbagian Tata Usaha Gubernur', 'Subbagian Tata Usaha Sekretaris Daerah']], ['Bagian Rumah Tangga', ['Subbagian Perlengkapan', 'Subbagian Pemeliharaan']]] },
    { code: 'HUKUM', name: 'Biro Hukum', bagian: [['Bagian Peraturan Perundang-undangan', ['Subbagian Perancangan Peraturan Daerah', 'Subbagian Perancangan Peraturan Gubernur']], ['Bagian Bantuan Hukum', ['Subbagian Litigasi', 'Subbagian Nonlitigasi']]] },
  ] as { code: string; name: string; bagian: [string, string[]][] }[],
  jf: [['Analis Kebijakan', 'AHLI_MUDA'], ['Perancang Peraturan Perundang-undangan', 'AHLI_PERTAMA', 'umum'], ['Analis Hukum', 'AHLI_PERTAMA']] as Jf[],
};

export const OPDS: OpdDef[] = [
  {
    code: 'BKD', name: 'Badan Kepegawaian Daerah', kind: 'badan', head: 'Kepala Badan Kepegawaian Daerah', field: 'umum', sub: 'Subbidang',
    bidang: [
      { name: 'Bidang Pengadaan, Pemberhentian dan Informasi', seksi: ['Subbidang Pengadaan dan Pemberhentian', 'Subbidang Data dan Sistem Informasi Kepegawaian'] },
      { name: 'Bidang Pengembangan Kompetensi dan Penilaian Kinerja', seksi: ['Subbidang Penilaian Kompetensi', 'Subbidang Penilaian Kinerja'] },
      { name: 'Bidang Mutasi dan Promosi', seksi: ['Subbidang Mutasi', 'Subbidang Kepangkatan dan Promosi'] },
    ],
    jf: [['Analis SDM Aparatur', 'AHLI_MUDA', 'psikologi'], ['Analis SDM Aparatur', 'AHLI_PERTAMA'], ['Asesor SDM Aparatur', 'AHLI_MUDA', 'psikologi'], ['Pranata Komputer', 'AHLI_PERTAMA', 'komputer']],
  },
  {
    code: 'BPSDM', name: 'Badan Pengembangan Sumber Daya Manusia', kind: 'badan', head: 'Kepala Badan Pengembangan Sumber Daya Manusia', field: 'pendidikan', sub: 'Subbidang',
    bidang: [
      { name: 'Bidang Pengembangan Kompetensi Manajerial', seksi: ['Subbidang Kepemimpinan', 'Subbidang Manajerial dan Sosial Kultural'] },
      { name: 'Bidang Pengembangan Kompetensi Teknis', seksi: ['Subbidang Teknis Umum', 'Subbidang Teknis Fungsional'] },
      { name: 'Bidang Sertifikasi Kompetensi dan Pengelolaan Pembelajaran', seksi: ['Subbidang Sertifikasi', 'Subbidang Pembelajaran Digital'] },
    ],
    jf: [['Widyaiswara', 'AHLI_MADYA', 'pendidikan'], ['Widyaiswara', 'AHLI_MUDA', 'pendidikan'], ['Pengembang Teknologi Pembelajaran', 'AHLI_PERTAMA', 'komputer']],
  },
  {
    code: 'DUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'dinas', head: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', field: 'umum',
    bidang: [{ name: 'Bidang Pelayanan Pendaftaran Penduduk' }, { name: 'Bidang Pelayanan Pencatatan Sipil' }, { name: 'Bidang Pengelolaan Informasi Administrasi Kependudukan' }],
    jf: [['Administrator Database Kependudukan', 'AHLI_PERTAMA', 'komputer'], ['Pranata Komputer', 'TERAMPIL', 'komputer']],
  },
  {
    code: 'DISHUB', name: 'Dinas Perhubungan', kind: 'dinas', head: 'Kepala Dinas Perhubungan', field: 'teknik',
    bidang: [
      { name: 'Bidang Lalu Lintas', seksi: ['Seksi Manajemen dan Rekayasa Lalu Lintas', 'Seksi Pengendalian Lalu Lintas'] },
      { name: 'Bidang Angkutan Jalan', seksi: ['Seksi Angkutan Orang', 'Seksi Angkutan Barang'] },
      { name: 'Bidang Prasarana dan Sarana', seksi: ['Seksi Prasarana Jalan', 'Seksi Sarana Angkutan'] },
    ],
    uptd: ['UPTD Pengujian Kendaraan Bermotor'],
    jf: [['Penguji Kendaraan Bermotor', 'TERAMPIL', 'teknik'], ['Analis Transportasi', 'AHLI_PERTAMA', 'teknik']],
  },
  {
    code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'dinas', head: 'Kepala Dinas Pendidikan', field: 'pendidikan',
    bidang: [{ name: 'Bidang Sekolah Menengah Atas' }, { name: 'Bidang Sekolah Menengah Kejuruan' }, { name: 'Bidang Guru dan Tenaga Kependidikan' }],
    uptd: ['UPTD Pusat Data dan Teknologi Informasi Pendidikan'],
    jf: [['Guru', 'AHLI_PERTAMA', 'pendidikan'], ['Guru', 'AHLI_MUDA', 'pendidikan'], ['Pengawas Sekolah', 'AHLI_MADYA', 'pendidikan']],
  },
  {
    code: 'DINKES', name: 'Dinas Kesehatan', kind: 'dinas', head: 'Kepala Dinas Kesehatan', field: 'kesehatan',
    bidang: [
      { name: 'Bidang Kesehatan Masyarakat', seksi: ['Seksi Kesehatan Keluarga dan Gizi', 'Seksi Kesehatan Lingkungan'] },
      { name: 'Bidang Pencegahan dan Pengendalian Penyakit', seksi: ['Seksi Surveilans dan Imunisasi', 'Seksi Pengendalian Penyakit Menular'] },
      { name: 'Bidang Pelayanan dan Sumber Daya Kesehatan', seksi: ['Seksi Pelayanan Kesehatan Rujukan', 'Seksi Kefarmasian dan Alat Kesehatan'] },
    ],
    uptd: ['UPTD Laboratorium Kesehatan Daerah'],
    jf: [['Perawat', 'TERAMPIL', 'kesehatan'], ['Perawat', 'AHLI_PERTAMA', 'kesehatan'], ['Epidemiolog Kesehatan', 'AHLI_MUDA', 'kesehatan'], ['Apoteker', 'AHLI_PERTAMA', 'kesehatan'], ['Pranata Laboratorium Kesehatan', 'TERAMPIL', 'kesehatan']],
  },
  {
    code: 'DISKOMINFOTIK', name: 'Dinas Komunikasi, Informatika dan Statistik', kind: 'dinas', head: 'Kepala Dinas Komunikasi, Informatika dan Statistik', field: 'komputer',
    bidang: [
      { name: 'Bidang Aplikasi Informatika', seksi: ['Seksi Pengembangan Aplikasi', 'Seksi Tata Kelola Sistem Pemerintahan Berbasis Elektronik'] },
      { name: 'Bidang Infrastruktur Teknologi Informasi dan Komunikasi', seksi: ['Seksi Pusat Data', 'Seksi Jaringan dan Keamanan Informasi'] },
      { name: 'Bidang Statistik', seksi: ['Seksi Statistik Sektoral', 'Seksi Satu Data'] },
    ],
    uptd: ['UPTD Jakarta Smart City'],
    jf: [['Pranata Komputer', 'AHLI_PERTAMA', 'komputer'], ['Pranata Komputer', 'AHLI_MUDA', 'komputer'], ['Statistisi', 'AHLI_PERTAMA', 'statistik'], ['Sandiman', 'AHLI_PERTAMA', 'komputer']],
  },
  {
    code: 'BINAMARGA', name: 'Dinas Bina Marga', kind: 'dinas', head: 'Kepala Dinas Bina Marga', field: 'teknik',
    bidang: [{ name: 'Bidang Perencanaan Jalan dan Jembatan' }, { name: 'Bidang Pembangunan dan Peningkatan Jalan' }, { name: 'Bidang Pemeliharaan Jalan dan Jembatan' }],
    uptd: ['UPTD Peralatan dan Perbekalan'],
    jf: [['Teknik Jalan dan Jembatan', 'AHLI_PERTAMA', 'teknik'], ['Teknik Jalan dan Jembatan', 'AHLI_MUDA', 'teknik']],
  },
  {
    code: 'DSDA', name: 'Dinas Sumber Daya Air', kind: 'dinas', head: 'Kepala Dinas Sumber Daya Air', field: 'teknik',
    bidang: [{ name: 'Bidang Pengendalian Banjir dan Drainase' }, { name: 'Bidang Pengelolaan Air Bersih dan Air Limbah' }, { name: 'Bidang Pantai dan Pengamanan Pesisir' }],
    jf: [['Teknik Pengairan', 'AHLI_PERTAMA', 'teknik'], ['Teknik Pengairan', 'AHLI_MUDA', 'teknik']],
  },
  {
    code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'dinas', head: 'Kepala Dinas Lingkungan Hidup', field: 'teknik',
    bidang: [{ name: 'Bidang Pengelolaan Sampah' }, { name: 'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan' }, { name: 'Bidang Penataan dan Peningkatan Kapasitas Lingkungan Hidup' }],
    uptd: ['UPTD Tempat Pengolahan Sampah Terpadu'],
    jf: [['Pengendali Dampak Lingkungan', 'AHLI_PERTAMA', 'teknik'], ['Pengawas Lingkungan Hidup', 'AHLI_MUDA', 'teknik']],
  },
  {
    code: 'DINSOS', name: 'Dinas Sosial', kind: 'dinas', head: 'Kepala Dinas Sosial', field: 'umum',
    bidang: [{ name: 'Bidang Rehabilitasi Sosial' }, { name: 'Bidang Perlindungan dan Jaminan Sosial' }, { name: 'Bidang Pemberdayaan Sosial' }],
    uptd: ['UPTD Panti Sosial Tresna Werdha'],
    jf: [['Pekerja Sosial', 'AHLI_PERTAMA'], ['Penyuluh Sosial', 'AHLI_MUDA']],
  },
  {
    code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'dinas', head: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', field: 'umum',
    bidang: [{ name: 'Bidang Penanaman Modal' }, { name: 'Bidang Pelayanan Perizinan dan Nonperizinan' }],
    jf: [['Analis Kebijakan', 'AHLI_PERTAMA'], ['Penata Perizinan', 'AHLI_PERTAMA']],
  },
  {
    code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', kind: 'badan', head: 'Kepala Badan Perencanaan Pembangunan Daerah', field: 'umum', sub: 'Subbidang',
    bidang: [{ name: 'Bidang Perencanaan Makro dan Evaluasi' }, { name: 'Bidang Perekonomian dan Sumber Daya Alam' }, { name: 'Bidang Pemerintahan dan Pembangunan Manusia' }],
    jf: [['Perencana', 'AHLI_PERTAMA'], ['Perencana', 'AHLI_MUDA'], ['Perencana', 'AHLI_MADYA']],
  },
  {
    code: 'BPKD', name: 'Badan Pengelola Keuangan Daerah', kind: 'badan', head: 'Kepala Badan Pengelola Keuangan Daerah', field: 'umum', sub: 'Subbidang',
    bidang: [{ name: 'Bidang Anggaran' }, { name: 'Bidang Perbendaharaan dan Kas Daerah' }, { name: 'Bidang Akuntansi dan Pelaporan' }],
    jf: [['Analis Keuangan Pusat dan Daerah', 'AHLI_MUDA'], ['Analis Keuangan Pusat dan Daerah', 'AHLI_PERTAMA'], ['Pranata Keuangan APBN', 'TERAMPIL']],
  },
  {
    code: 'BAPENDA', name: 'Badan Pendapatan Daerah', kind: 'badan', head: 'Kepala Badan Pendapatan Daerah', field: 'umum', sub: 'Subbidang',
    bidang: [{ name: 'Bidang Perencanaan dan Pengembangan Pendapatan' }, { name: 'Bidang Pengendalian dan Penagihan' }, { name: 'Bidang Peraturan dan Penyuluhan' }],
    jf: [['Penilai Pajak Daerah', 'AHLI_PERTAMA'], ['Pemeriksa Pajak Daerah', 'AHLI_MUDA']],
  },
  {
    code: 'INSPEKTORAT', name: 'Inspektorat', kind: 'lainnya', head: 'Inspektur', field: 'umum',
    bidang: [{ name: 'Inspektur Pembantu Wilayah I', seksi: [] }, { name: 'Inspektur Pembantu Wilayah II', seksi: [] }, { name: 'Inspektur Pembantu Investigasi', seksi: [] }],
    jf: [['Auditor', 'AHLI_PERTAMA'], ['Auditor', 'AHLI_MUDA'], ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'AHLI_MUDA']],
  },
  {
    code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', kind: 'lainnya', head: 'Kepala Satuan Polisi Pamong Praja', field: 'umum',
    bidang: [{ name: 'Bidang Penegakan Peraturan Daerah' }, { name: 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat' }, { name: 'Bidang Perlindungan Masyarakat' }],
    jf: [['Polisi Pamong Praja', 'TERAMPIL'], ['Polisi Pamong Praja', 'MAHIR'], ['Polisi Pamong Praja', 'AHLI_PERTAMA']],
  },
  {
    code: 'DISPAREKRAF', name: 'Dinas Pariwisata dan Ekonomi Kreatif', kind: 'dinas', head: 'Kepala Dinas Pariwisata dan Ekonomi Kreatif', field: 'umum',
    bidang: [{ name: 'Bidang Destinasi Pariwisata' }, { name: 'Bidang Industri Pariwisata dan Ekonomi Kreatif' }],
    jf: [['Adyatama Kepariwisataan dan Ekonomi Kreatif', 'AHLI_PERTAMA']],
  },
  {
    code: 'DPRKP', name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', kind: 'dinas', head: 'Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman', field: 'teknik',
    bidang: [{ name: 'Bidang Perumahan' }, { name: 'Bidang Kawasan Permukiman' }, { name: 'Bidang Pertanahan' }],
    jf: [['Teknik Tata Bangunan dan Perumahan', 'AHLI_PERTAMA', 'teknik'], ['Penata Kelola Sistem dan Teknologi Informasi', 'AHLI_PERTAMA', 'komputer']],
  },
  {
    code: 'DPPAPP', name: 'Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk', kind: 'dinas', head: 'Kepala Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk', field: 'umum',
    bidang: [{ name: 'Bidang Perlindungan Perempuan dan Anak' }, { name: 'Bidang Pengendalian Penduduk dan Keluarga Berencana' }],
    jf: [['Penyuluh Keluarga Berencana', 'AHLI_PERTAMA'], ['Analis Kebijakan', 'AHLI_PERTAMA']],
  },
  {
    code: 'DKPKP', name: 'Dinas Ketahanan Pangan, Kelautan dan Pertanian', kind: 'dinas', head: 'Kepala Dinas Ketahanan Pangan, Kelautan dan Pertanian', field: 'umum',
    bidang: [{ name: 'Bidang Ketahanan Pangan' }, { name: 'Bidang Kelautan dan Perikanan' }, { name: 'Bidang Pertanian dan Peternakan' }],
    uptd: ['UPTD Pusat Kesehatan Hewan dan Peternakan'],
    jf: [['Penyuluh Pertanian', 'AHLI_PERTAMA'], ['Medik Veteriner', 'AHLI_PERTAMA', 'kesehatan'], ['Pengawas Mutu Hasil Pertanian', 'TERAMPIL']],
  },
];

export { GENERIC_JF };
