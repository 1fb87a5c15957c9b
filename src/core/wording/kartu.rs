//! The rule cards: each rule's explanation and its examples, for the writing guide, the
//! Mode Kelas "Sebelum → sesudah" and the tests (every bad example must trigger its rule, and
//! no good example may get an error).
//!
//! Apart from [`super::rules`] so that what checks a draft does not carry them: the editor
//! module needs a rule's id, title and severity; the cards come with the full module (some
//! 9 KB of the first load's gzip, measured).

use super::rules::*;

/// One rule's card.
#[derive(Debug)]
pub struct Kartu {
    pub aturan: &'static Rule,
    /// A few sentences in Indonesian: what the rule wants and why.
    pub explanation: &'static str,
    /// Examples that follow the rule.
    pub good: &'static [&'static str],
    /// Examples that break it.
    pub bad: &'static [&'static str],
}

/// The card of the rule with this id.
pub fn kartu(id: &str) -> Option<&'static Kartu> {
    KARTU.iter().find(|k| k.aturan.id == id)
}

/// Every rule's card, in the order of [`RULES`].
pub static KARTU: &[Kartu] = &[
    Kartu {
        aturan: &RHK_AKTIVITAS,
        explanation: "RHK ditulis dalam bahasa hasil kerja (capaian), bukan aktivitas. Kalimat yang \
            diawali kata kerja tugas seperti menyusun, melaksanakan, mengikuti atau memberikan \
            menyebut pekerjaan yang dilakukan, bukan keadaan yang ada setelah pekerjaan selesai. \
            Ubah kata kerjanya menjadi bentuk hasil (menyusun → tersusunnya) dan tambahkan \
            kriteria kualitasnya.",
        good: &[
            "Tersusunnya laporan keuangan yang akurat dan tepat waktu",
            "Terkelolanya data kepegawaian secara tertib dan akurat",
            "Meningkatnya kualitas layanan administrasi kepegawaian",
            "Tersusunnya laporan hasil monitoring program yang tepat waktu",
        ],
        bad: &[
            "Menyusun materi sosialisasi aplikasi SIMBG",
            "Memberikan bimbingan kinerja kepada pegawai di tim kerja",
            "Mengelola data kepegawaian",
            "Melaksanakan monitoring dan evaluasi program",
            "Mengikuti rapat koordinasi",
            "Berkoordinasi dengan unit kerja terkait",
            "Susun laporan bulanan",
        ],
    },
    Kartu {
        aturan: &RHK_KATEGORI,
        explanation: "Kata benda seperti Sosialisasi, Pengawasan, Fasilitasi, Layanan atau \
            Koordinasi hanya menamai jenis pekerjaan. Tanpa keadaan hasil atau kriteria kualitas, \
            pembaca tidak tahu apa yang dicapai. Tulis hasilnya (Terawasinya …, Terpenuhinya …) \
            atau tambahkan kualitasnya (… yang optimal, … yang tertib). Keterangan cara seperti \
            \"sesuai jadwal\", \"dengan baik\" atau \"secara optimal\" menerangkan kegiatannya, \
            bukan hasilnya.",
        good: &[
            "Pengelolaan anggaran Program Pembinaan dan Pengembangan Infrastruktur Permukiman yang optimal",
            "Layanan administrasi kepegawaian yang cepat dan akurat",
            "Pelayanan perizinan diselesaikan tepat waktu",
        ],
        bad: &[
            "Sosialisasi",
            "Monitoring dan supervisi",
            "Pengawasan",
            "Fasilitasi penyelenggaraan bangunan gedung",
            "Asistensi/ pendampingan terhadap Pemerintah Daerah terkait penggunaan SIMBG",
            "Layanan administrasi kepegawaian",
            "Koordinasi dengan instansi terkait",
            "Penyusunan rencana kerja",
            "Pelaksanaan rapat koordinasi sesuai jadwal",
            "Pembinaan ekonomi kreatif secara optimal",
        ],
    },
    Kartu {
        aturan: &RHK_SAMAR_TERLAKSANA,
        explanation: "Terlaksananya atau Terselenggaranya berbentuk hasil, tetapi isinya tetap \
            aktivitas: kegiatan itu terjadi. Sebutkan produk kegiatan atau keadaan yang berubah \
            karenanya, misalnya Tersusunnya laporan hasil monitoring atau Terkendalinya jumlah \
            tahanan setiap hari.",
        good: &[
            "Terkendalinya jumlah dan keberadaan tahanan/narapidana setiap hari",
            "Tersusunnya laporan hasil monitoring yang tepat waktu",
        ],
        bad: &[
            "Terlaksananya Apel Narapidana dan Tahanan",
            "Terlaksananya monitoring dan evaluasi program",
            "Terselenggaranya rapat koordinasi",
            "Dilaksanakannya sosialisasi aplikasi",
        ],
    },
    Kartu {
        aturan: &RHK_TUGAS_LAIN,
        explanation: "Baris sapu jagat seperti \"tugas kedinasan lain yang diberikan atasan\" tidak \
            menyebut produk, target maupun kualitas, sehingga tidak bisa dinilai. Tuliskan hasil \
            dari penugasan itu, atau masukkan sebagai RHK tambahan setelah penugasannya jelas.",
        good: &["Tersusunnya telaahan staf atas disposisi pimpinan secara tepat waktu"],
        bad: &[
            "Terlaksanakan tugas kedinasan lain yang diberikan oleh atasan baik secara lisan maupun tertulis",
            "Tugas lain dari pimpinan",
            "Melaksanakan tugas-tugas lain yang diberikan atasan",
        ],
    },
    Kartu {
        aturan: &RHK_PENINGKATAN,
        explanation: "Peningkatan, Penguatan atau Optimalisasi menamai upaya atau program, bukan \
            keadaan yang tercapai. Tulis keadaan akhirnya: Meningkatnya …, Menguatnya …, atau \
            kata benda dengan kriteria kualitas.",
        good: &[
            "Meningkatnya kualitas pelayanan publik",
            "Meningkatnya kapasitas aparatur desa dalam pengelolaan dana desa",
        ],
        bad: &[
            "Peningkatan kualitas pelayanan publik",
            "Optimalisasi pengelolaan aset daerah",
            "Penguatan kapasitas aparatur desa",
        ],
    },
    Kartu {
        aturan: &RHK_TANPA_HASIL,
        explanation: "Frasa ini tidak diawali bentuk hasil, tidak menyebut produk, dan tidak memuat \
            keadaan atau kriteria kualitas. Tulis apa yang ada atau berubah setelah pekerjaan \
            selesai, misalnya Tersedianya …, Meningkatnya …, atau subjek + keadaan (Permohonan … \
            diproses dengan cepat).",
        good: &[
            "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG/ IMB dan SLF",
            "Permohonan bantuan teknis diproses dengan cepat dan akurat",
            "Kepuasan instansi pengusul",
        ],
        bad: &[
            "Ide dan inovasi untuk mengembangkan fitur SIMBG",
            "Kerja sama dengan perguruan tinggi",
        ],
    },
    Kartu {
        aturan: &RHK_TANPA_KUALITAS,
        explanation: "RHK sudah berbentuk hasil, tetapi belum menyebut kualitasnya. Kriteria seperti \
            \"yang akurat\", \"tepat waktu\" atau \"sesuai standar\" membuat hasil itu bisa diukur \
            dan dinilai.",
        good: &[
            "Tersusunnya laporan keuangan yang akurat dan tepat waktu",
            "Dokumen rencana kerja tahunan yang disetujui pimpinan",
        ],
        bad: &[
            "Tersusunnya laporan keuangan",
            "Dokumen rencana kerja tahunan",
        ],
    },
    Kartu {
        aturan: &RHK_KOSONG,
        explanation: "Teks RHK belum diisi. Tuliskan hasil kerja yang direncanakan dalam bahasa \
            capaian, misalnya Tersusunnya … yang … atau Meningkatnya ….",
        good: &["Tersedianya data pegawai yang mutakhir"],
        bad: &["", "  "],
    },
    Kartu {
        aturan: &TEKS_BELUM_LENGKAP,
        explanation: "Teks masih memuat celah \u{2026} dari templat saran. Ganti celah itu dengan \
            isi yang sebenarnya, misalnya kriteria kualitas (yang akurat, tepat waktu) atau \
            produk yang dihasilkan, sebelum SKP dicetak atau dikirim.",
        good: &["Tersusunnya laporan keuangan bulanan yang akurat"],
        bad: &[
            "Tersusunnya laporan keuangan bulanan yang \u{2026}",
            "Meningkatnya kompetensi \u{2026} melalui diklat teknis",
            "Tersedianya data ... yang mutakhir",
        ],
    },
    Kartu {
        aturan: &IKI_TANPA_UKURAN,
        explanation: "Indikator harus menyebut ukurannya di depan: Persentase, Jumlah, Nilai, \
            Indeks, Tingkat, Rasio, Predikat, Rata-rata, atau Ketepatan waktu/Waktu penyelesaian. \
            Tanpa kata ukuran, target tidak bisa dibandingkan dengan realisasinya.",
        good: &[
            "Persentase laporan keuangan yang disampaikan tepat waktu",
            "Jumlah dokumen perencanaan yang ditetapkan",
            "Rata-rata waktu penyelesaian layanan",
            "Nilai Akuntabilitas Kinerja Direktorat Jenderal III",
        ],
        bad: &[
            "Terselesaikan dengan tepat waktu",
            "Akurat dan sesuai SOP",
            "Laporan keuangan",
            "Menyusun laporan bulanan",
        ],
    },
    Kartu {
        aturan: &IKI_UKURAN_RAGU,
        explanation: "Indikator ini tidak diawali kata ukuran yang dikenal (Persentase, Jumlah, \
            Indeks, Nilai, Tingkat, Rata-rata, Angka, Cakupan, Prevalensi, Predikat, Opini …). \
            Bisa jadi ini ukuran baku instansi Anda (misalnya singkatan indikator nasional); \
            bila bukan, awali dengan kata ukuran agar target dapat dibandingkan dengan realisasinya.",
        good: &[
            "Prevalensi stunting pada balita",
            "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
            "IKM pelayanan perizinan",
        ],
        bad: &[
            "Kondisi jalan kabupaten",
            "Kerja sama dengan perguruan tinggi",
        ],
    },
    Kartu {
        aturan: &IKI_DIMENSI_TANPA_UKURAN,
        explanation: "Kelengkapan, Kesesuaian atau Kepuasan menyebut apa yang diukur, tetapi belum \
            bagaimana mengukurnya. Indikator mutu nasional memang ditulis begitu (Kepatuhan \
            kebersihan tangan), tetapi kata ukuran membuatnya jelas: Persentase … yang lengkap, \
            Tingkat kesesuaian …, Indeks kepuasan ….",
        good: &[
            "Persentase dokumen usulan kenaikan pangkat yang lengkap",
            "Indeks kepuasan masyarakat terhadap layanan",
        ],
        bad: &[
            "Kelengkapan dokumen usulan kenaikan pangkat",
            "Kepuasan masyarakat terhadap layanan",
        ],
    },
    Kartu {
        aturan: &IKI_HITUNG_AKTIVITAS,
        explanation: "Menghitung kegiatan, rapat atau kehadiran mengukur usaha, bukan hasil: rapat \
            yang banyak belum tentu menghasilkan apa-apa. Ukur produk atau akibatnya, misalnya \
            jumlah rekomendasi rapat yang ditindaklanjuti atau indeks efektivitas sosialisasi.",
        good: &[
            "Jumlah rekomendasi hasil rapat yang ditindaklanjuti",
            "Indeks efektivitas sosialisasi",
            "Jumlah Laporan evaluasi hasil pelaksanaan dan penilaian pembelajaran",
        ],
        bad: &[
            "Jumlah rapat",
            "Jumlah pelaksanaan kegiatan",
            "Jumlah kegiatan SDM yang didukung secara administratif",
            "Jumlah pembaruan dan sinkronisasi data Dapodik per bulan/semester",
            "Persentase kehadiran peserta sosialisasi",
        ],
    },
    Kartu {
        aturan: &IKI_PERSENTASE_TANPA_KRITERIA,
        explanation: "Persentase dokumen atau laporan perlu menyebut kriteria yang dihitung: yang \
            lengkap, yang disahkan, yang tepat waktu. Tanpa itu tidak jelas bagian mana dari \
            keseluruhan yang dihitung.",
        good: &[
            "Persentase dokumen perangkat pembelajaran yang lengkap dan disahkan kepala sekolah",
            "Persentase realisasi anggaran",
        ],
        bad: &[
            "Persentase Dokumen Perangkat Pembelajaran",
            "Persentase laporan",
        ],
    },
    Kartu {
        aturan: &IKI_TANPA_OBJEK,
        explanation: "Setelah kata ukuran harus ada objek yang diukur, misalnya Tingkat kesesuaian \
            laporan dengan standar, bukan hanya Tingkat kesesuaian.",
        good: &[
            "Tingkat kesesuaian laporan dengan standar akuntansi pemerintahan",
            "indeks kepuasan aparatur",
        ],
        bad: &[
            "Tingkat kesesuaian dengan pelaksanaan kegiatan",
            "Persentase",
            "Indeks kepuasan",
        ],
    },
    Kartu {
        aturan: &IKI_KOSONG,
        explanation: "Teks indikator belum diisi. Tuliskan ukuran hasil kerjanya, misalnya \
            Persentase … yang … atau Jumlah … yang ….",
        good: &["Persentase data pegawai yang mutakhir"],
        bad: &[""],
    },
    Kartu {
        aturan: &IKI_SATUAN_TIDAK_COCOK,
        explanation: "Satuan target harus sesuai kata ukuran IKI: Jumlah dengan satuan benda \
            (Dokumen, Laporan), Persentase dengan %, tidak lebih dari 100, dan waktu dengan \
            hari atau bulan.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 4 Laporan",
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Persentase laporan keuangan yang tepat waktu | Target: 100 %",
            "RHK: Meningkatnya penerimaan pajak daerah | IKI: Persentase peningkatan penerimaan pajak daerah | Target: 120 %",
        ],
        bad: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 100 %",
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Persentase laporan keuangan yang tepat waktu | Target: 4 Dokumen",
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Persentase laporan keuangan yang tepat waktu | Target: 120 %",
            "RHK: Terlayaninya permohonan izin secara cepat | IKI: Rata-rata waktu penyelesaian permohonan | Target: 100 %",
        ],
    },
    Kartu {
        aturan: &IKI_TANPA_SATUAN,
        explanation: "Pada pendekatan kuantitatif setiap target terdiri atas angka dan satuan, \
            misalnya 4 Laporan, 100 % atau 12 Bulan.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan",
            "Pendekatan: kualitatif | RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12",
        ],
        bad: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12",
        ],
    },
    Kartu {
        aturan: &IKI_MENGULANG_RHK,
        explanation: "Indikator menyebut bagaimana RHK diukur. Bila isinya sama dengan RHK, tidak \
            ada ukuran yang bisa dibandingkan dengan target.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Persentase laporan keuangan yang akurat | Target: 100 %",
        ],
        bad: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Tersusunnya laporan keuangan yang akurat | Target: 1 Laporan",
            "RHK: Terkelolanya arsip secara tertib | IKI: arsip terkelola secara tertib | Target: 100 %",
        ],
    },
    Kartu {
        aturan: &RHK_TANPA_IKI,
        explanation: "Setiap RHK diukur dengan satu IKI atau lebih; untuk JA/JF biasanya minimal \
            aspek kuantitas dan kualitas.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan",
        ],
        bad: &["RHK: Tersusunnya laporan keuangan yang akurat"],
    },
    Kartu {
        aturan: &RHK_TANPA_ATASAN,
        explanation: "Pada SKP JA dan JF setiap RHK utama mengintervensi satu RHK atasan. Isi kolom \
            RHK atasan yang diintervensi agar hubungan hasil kerja terlihat.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
            "RHK tambahan: Tersusunnya notula rapat yang akurat | Atasan: (kosong) | IKI: Jumlah notula yang disahkan | Target: 12 Dokumen",
            "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
        ],
        bad: &[
            "Jabatan: JF | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: (kosong) | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
        ],
    },
    Kartu {
        aturan: &RHK_DUPLIKAT,
        explanation: "Dua RHK dengan teks yang sama (setelah huruf besar-kecil, spasi dan tanda baca \
            disamakan). Gabungkan keduanya atau bedakan hasilnya.",
        good: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan | Target: 12 Laporan | RHK: Tersedianya data aset yang mutakhir | IKI: Persentase data aset yang mutakhir | Target: 100 %",
        ],
        bad: &[
            "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan | Target: 12 Laporan | RHK: tersusunnya  laporan keuangan yang akurat. | IKI: Persentase laporan yang akurat | Target: 100 %",
        ],
    },
    Kartu {
        aturan: &JPT_PERSPEKTIF_KOSONG,
        explanation: "SKP JPT yang baik mencakup keempat perspektif: Penerima Layanan, Proses \
            Bisnis, Penguatan Internal dan Anggaran. Perjanjian Kinerja biasanya hanya membawa \
            Penerima Layanan; tiga lainnya perlu ditambahkan.",
        good: &[
            "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan | IKI: Persentase layanan yang diselesaikan sesuai SOP | Target: 95 % | Perspektif: Proses Bisnis | IKI: Indeks profesionalitas ASN | Target: 80 Indeks | Perspektif: Penguatan Internal | IKI: Persentase realisasi anggaran | Target: 95 % | Perspektif: Anggaran",
            "Jabatan: JA | RHK: Meningkatnya kualitas layanan publik | Atasan: Meningkatnya kepuasan masyarakat | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks",
        ],
        bad: &[
            "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
        ],
    },
    Kartu {
        aturan: &JPT_EKSPEKTASI_KOSONG,
        explanation: "Pada SKP JPT, pimpinan biasanya menuliskan ekspektasi khusus pada satu atau \
            lebih nilai BerAKHLAK (mis. pada Berorientasi Pelayanan: \u{201c}Memastikan setiap \
            pengaduan dijawab paling lambat 3 hari kerja\u{201d}). Boleh kosong, tetapi biasanya diisi.",
        good: &[
            "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan | Ekspektasi: Memastikan setiap pengaduan dijawab paling lambat 3 hari kerja",
            "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
        ],
        bad: &[
            "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
        ],
    },
    Kartu {
        aturan: &IKI_ASPEK_BERULANG,
        explanation: "Pada SKP JA/JF, IKI satu RHK biasanya mengukur aspek yang berbeda: \
            kuantitas, kualitas, waktu, atau biaya. Dua IKI dengan aspek yang sama sering berarti \
            salah pilih aspek (mis. \u{201c}Persentase \u{2026} tepat waktu\u{201d} adalah aspek waktu).",
        good: &[
            "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan | Aspek: kuantitas | IKI: Persentase laporan yang diterima tanpa koreksi | Target: 90 % | Aspek: kualitas",
        ],
        bad: &[
            "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan | Aspek: kuantitas | IKI: Jumlah laporan yang diterima tanpa koreksi | Target: 10 Laporan | Aspek: kuantitas",
        ],
    },
    Kartu {
        aturan: &LAMPIRAN_DUKUNGAN_TUGAS,
        explanation: "Dukungan Sumber Daya mencatat sumber daya yang dibutuhkan (anggaran, sarana, \
            tenaga), bukan tugas yang dikerjakan. Tugas ditulis sebagai hasil di RHK.",
        good: &[
            "Dukungan: Anggaran kegiatan monitoring",
            "Dukungan: Laptop dan akses internet",
            "Dukungan: Tenaga pendukung administrasi 2 orang",
        ],
        bad: &[
            "Dukungan: Menyusun jadwal rapat",
            "Dukungan: Melaksanakan koordinasi dengan bagian keuangan",
        ],
    },
    Kartu {
        aturan: &IDENTITAS_KOSONG,
        explanation: "Blok PEGAWAI YANG DINILAI diisi lengkap: nama, NIP, pangkat/golongan, jabatan \
            dan unit kerja. Untuk PEJABAT PENILAI KINERJA minimal nama dan jabatan; NIP boleh \
            kosong bila penilainya Menteri atau Kepala Daerah.",
        good: &["NIP penilai: (kosong)", "Nama pegawai: Siti Aminah"],
        bad: &[
            "Nama pegawai: (kosong)",
            "Jabatan penilai: (kosong)",
            "Unit kerja pegawai: (kosong)",
        ],
    },
    Kartu {
        aturan: &IDENTITAS_NIP,
        explanation: "NIP terdiri atas 18 angka: tanggal lahir (TTTTBBHH), tahun dan bulan \
            pengangkatan (TTTTBB), kode jenis kelamin (1 laki-laki, 2 perempuan) dan nomor urut \
            tiga angka. Spasi di antaranya boleh.",
        good: &[
            "NIP pegawai: 198503122010011001",
            "NIP pegawai: 19850312 201001 2 003",
        ],
        bad: &[
            "NIP pegawai: 12345",
            "NIP pegawai: 198513122010011001",
            "NIP pegawai: 198503122010013001",
            "NIP pegawai: 19850312 201013 1 001",
            "NIP pegawai: 19850312 201001 1 00A",
        ],
    },
];
