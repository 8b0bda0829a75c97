/** Indonesian name pools by origin: first names by gender, then second names or marga. */
export interface NamePool {
  origin: string;
  weight: number;
  male: string[];
  female: string[];
  /** Second names by gender (Javanese, Sundanese … have no family names). */
  last?: { L: string[]; P: string[] };
  /** Family names used by both genders (Batak marga, Minahasa fam, Chinese-Indonesian surnames). */
  marga?: string[];
  places: string[];
  /** Muslim majority: older staff may carry H./Hj. */
  hajj: boolean;
}

export const NAME_POOLS: NamePool[] = [
  {
    origin: 'Jawa', weight: 30, hajj: true,
    male: ['Budi', 'Agus', 'Joko', 'Bambang', 'Slamet', 'Wahyu', 'Eko', 'Dwi', 'Teguh', 'Sigit', 'Bayu', 'Adi', 'Prasetyo', 'Hendro', 'Sutrisno', 'Yudi', 'Heru', 'Bagus', 'Aris', 'Nugroho', 'Anton', 'Setyo'],
    female: ['Sri', 'Dewi', 'Endang', 'Rini', 'Wulan', 'Tri', 'Sulastri', 'Retno', 'Ayu', 'Puji', 'Lestari', 'Yuni', 'Indah', 'Ratna', 'Kartini', 'Wahyuningsih', 'Dyah', 'Nur', 'Siti', 'Rahayu'],
    last: { L: ['Santoso', 'Setiawan', 'Prasetyo', 'Wibowo', 'Susanto', 'Purnomo', 'Hartono', 'Suryadi', 'Kusuma', 'Utomo', 'Nugroho', 'Saputro', 'Widodo', 'Suharto'], P: ['Rahayu', 'Wahyuni', 'Lestari', 'Handayani', 'Pratiwi', 'Hidayati', 'Kusumawati', 'Susilowati', 'Rahmawati', 'Wulandari'] },
    places: ['Semarang', 'Yogyakarta', 'Surakarta', 'Malang', 'Kediri', 'Purworejo', 'Klaten', 'Jakarta', 'Surabaya', 'Madiun'],
  },
  {
    origin: 'Sunda', weight: 18, hajj: true,
    male: ['Asep', 'Dede', 'Ujang', 'Cecep', 'Dadang', 'Agus', 'Yayan', 'Deden', 'Iwan', 'Rudi', 'Ade', 'Jajang', 'Wawan', 'Dedi'],
    female: ['Euis', 'Neneng', 'Imas', 'Cucu', 'Yeni', 'Rina', 'Lilis', 'Nenden', 'Wida', 'Ai', 'Tati', 'Rika', 'Siti'],
    last: { L: ['Saepudin', 'Kurniawan', 'Hidayat', 'Sumarna', 'Permana', 'Suryana', 'Ruhiyat', 'Gunawan', 'Sopandi', 'Mulyana', 'Kusnadi'], P: ['Komariah', 'Rosita', 'Nurhayati', 'Rahmawati', 'Sumiati', 'Kurniasih', 'Setiawati'] },
    places: ['Bandung', 'Bogor', 'Garut', 'Tasikmalaya', 'Sukabumi', 'Cianjur', 'Sumedang', 'Jakarta'],
  },
  {
    origin: 'Betawi', weight: 16, hajj: true,
    male: ['Muhammad', 'Ahmad', 'Rohman', 'Syamsudin', 'Zainuddin', 'Abdul', 'Rizki', 'Fadli', 'Mahmud', 'Nasrul', 'Saiful', 'Ridwan', 'Ilham'],
    female: ['Nurhasanah', 'Siti', 'Aisyah', 'Fatimah', 'Maryam', 'Zubaedah', 'Rohimah', 'Nurlela', 'Halimah', 'Khadijah', 'Rosmalah'],
    last: { L: ['Rizki', 'Hakim', 'Syarif', 'Ramadhan', 'Maulana', 'Fauzi', 'Hamid', 'Rahman', 'Saleh', 'Marzuki', 'Sanusi'], P: ['Hasanah', 'Nurjanah', 'Zahra', 'Fitriani', 'Maesaroh', 'Rohayati'] },
    places: ['Jakarta'],
  },
  {
    origin: 'Batak', weight: 9, hajj: false,
    male: ['Hotman', 'Tigor', 'Lamhot', 'Maruli', 'Parlindungan', 'Togar', 'Jonner', 'Robert', 'Benny', 'Sahat', 'Poltak', 'Marihot'],
    female: ['Rosmawati', 'Dame', 'Tiurma', 'Lamria', 'Rotua', 'Ruth', 'Duma', 'Nurmala', 'Rugun', 'Sondang', 'Maria'],
    marga: ['Siregar', 'Simanjuntak', 'Nainggolan', 'Hutapea', 'Sitorus', 'Pardede', 'Simatupang', 'Lubis', 'Nasution', 'Harahap', 'Sinaga', 'Situmorang', 'Manurung', 'Panjaitan'],
    places: ['Medan', 'Pematangsiantar', 'Tarutung', 'Balige', 'Sibolga', 'Jakarta'],
  },
  {
    origin: 'Minang', weight: 9, hajj: true,
    male: ['Rahmat', 'Fauzan', 'Zulkifli', 'Irwan', 'Afrizal', 'Yusrizal', 'Hendri', 'Syafri', 'Novrizal', 'Andri', 'Arif'],
    female: ['Yulia', 'Elvira', 'Rahmi', 'Yusnita', 'Desmawati', 'Fitri', 'Nofrita', 'Silvia', 'Mardiah', 'Yenni'],
    last: { L: ['Hidayat', 'Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Putra', 'Syahputra', 'Jambak'], P: ['Syafitri', 'Putri', 'Yulianti', 'Marlina', 'Chaniago', 'Piliang', 'Tanjung'] },
    places: ['Padang', 'Bukittinggi', 'Payakumbuh', 'Solok', 'Pariaman', 'Jakarta'],
  },
  {
    origin: 'Bugis', weight: 7, hajj: true,
    male: ['Andi', 'Muh.', 'Hasanuddin', 'Arifuddin', 'Syahrir', 'Baharuddin', 'Amiruddin', 'Ismail', 'Irfan'],
    female: ['Andi', 'Nurul', 'Hasnah', 'Sitti', 'Rahmawati', 'Nurhayati', 'Haerani', 'Marlina'],
    last: { L: ['Arief', 'Yusuf', 'Mappanyukki', 'Latif', 'Rauf', 'Sulaiman', 'Amir', 'Sompa'], P: ['Rahmawati', 'Fadhilah', 'Tenri Ajeng', 'Nurfadillah', 'Mutmainnah'] },
    places: ['Makassar', 'Bone', 'Parepare', 'Sengkang', 'Sinjai', 'Jakarta'],
  },
  {
    origin: 'Bali', weight: 4, hajj: false,
    male: ['I Made', 'I Wayan', 'I Ketut', 'I Nyoman', 'I Gede', 'I Putu'],
    female: ['Ni Luh', 'Ni Made', 'Ni Wayan', 'Ni Ketut', 'Ni Putu', 'Ni Kadek'],
    last: { L: ['Suarjana', 'Sudiarta', 'Artawan', 'Suardana', 'Mahendra', 'Wirawan'], P: ['Widiastuti', 'Ariani', 'Astuti', 'Sukmawati', 'Purnamasari'] },
    places: ['Denpasar', 'Singaraja', 'Gianyar', 'Tabanan'],
  },
  {
    origin: 'Minahasa', weight: 4, hajj: false,
    male: ['Johny', 'Frans', 'Stevie', 'Ferry', 'Jefry', 'Hendrik', 'Ronald'],
    female: ['Meity', 'Olivia', 'Vonny', 'Grace', 'Feibe', 'Lenny', 'Christy'],
    marga: ['Lumentut', 'Rumondor', 'Wowor', 'Mandagi', 'Sondakh', 'Pangemanan', 'Tumbelaka', 'Kalalo', 'Rondonuwu'],
    places: ['Manado', 'Tomohon', 'Bitung', 'Jakarta'],
  },
  {
    origin: 'Tionghoa', weight: 3, hajj: false,
    male: ['Hendra', 'Budi', 'Wijaya', 'Kevin', 'Rudy', 'Hartono', 'Steven'],
    female: ['Linda', 'Susanti', 'Melinda', 'Lanny', 'Vivian', 'Yuliana', 'Meilani'],
    marga: ['Gunawan', 'Halim', 'Tanoto', 'Wijaya', 'Santoso', 'Kurniadi', 'Lim', 'Tanjaya', 'Salim'],
    places: ['Jakarta', 'Pontianak', 'Medan', 'Semarang', 'Singkawang'],
  },
];

/** Bachelor titles by field; pick one that suits the job. */
export const BACHELOR = {
  umum: ['S.E.', 'S.Sos.', 'S.H.', 'S.AP.', 'S.I.P.', 'S.Ak.', 'S.M.'],
  teknik: ['S.T.'],
  komputer: ['S.Kom.', 'S.T.'],
  kesehatan: ['S.K.M.', 'S.Kep., Ners', 'S.Farm.'],
  pendidikan: ['S.Pd.'],
  psikologi: ['S.Psi.'],
  statistik: ['S.Si.', 'S.Stat.'],
};
export const MASTER = {
  umum: ['M.Si.', 'M.M.', 'M.A.P.', 'M.H.', 'M.Ak.'],
  teknik: ['M.T.', 'M.Eng.'],
  komputer: ['M.Kom.', 'M.T.I.'],
  kesehatan: ['M.Kes.', 'M.K.M.', 'M.Epid.'],
  pendidikan: ['M.Pd.'],
  psikologi: ['M.Psi.'],
  statistik: ['M.Si.', 'M.Stat.'],
};
export type Field = keyof typeof BACHELOR;
