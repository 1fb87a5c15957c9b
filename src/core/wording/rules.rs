//! The rules as data. The app's "Panduan penulisan" page and the tests are generated from
//! [`RULES`]: every bad example must trigger its rule, and no good example may get an error.
//!
//! Examples of [`Scope::Rhk`] and [`Scope::Iki`] rules are plain phrases. Examples of
//! [`Scope::Draft`] rules describe a small draft as `Kunci: nilai` parts joined by " | "
//! (see [`super::example`]), e.g. `RHK: … | IKI: … | Target: 100 %`.
//!
//! Severity policy: an error means "certainly wrong": an RHK that opens with a task verb
//! (meN-/ber-, or an imperative), an IKI that certainly names no measure (a verb, a result
//! form, a product noun, a bare quality). Whatever the analyser is unsure of (a category
//! noun, an unknown head that may be an agency's own measure) is a warning, and so is
//! what is incomplete while drafting or rests on a [soft] point of the domain notes (docs/domain.md);
//! hints that make good text better are infos.

use super::finding::{Finding, Severity};

/// What a rule's examples are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One RHK phrase.
    Rhk,
    /// One IKI phrase.
    Iki,
    /// A small draft, written as `Kunci: nilai | …`.
    Draft,
}

/// One wording rule.
#[derive(Debug)]
pub struct Rule {
    /// Stable id, used in findings, dismissals and the CLI's JSON.
    pub id: &'static str,
    /// Short title in Indonesian.
    pub title: &'static str,
    /// A few sentences in Indonesian: what the rule wants and why.
    pub explanation: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// Examples that follow the rule.
    pub good: &'static [&'static str],
    /// Examples that break it.
    pub bad: &'static [&'static str],
}

impl Rule {
    /// A finding of this rule.
    pub fn finding(
        &'static self,
        message: String,
        span: (usize, usize),
        suggestion: Option<String>,
    ) -> Finding {
        Finding {
            rule: self.id,
            severity: self.severity,
            message,
            span,
            suggestion,
        }
    }
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

pub static RHK_AKTIVITAS: Rule = Rule {
    id: "rhk.aktivitas",
    title: "RHK ditulis sebagai aktivitas",
    explanation: "RHK ditulis dalam bahasa hasil kerja (capaian), bukan aktivitas. Kalimat yang \
        diawali kata kerja tugas seperti menyusun, melaksanakan, mengikuti atau memberikan \
        menyebut pekerjaan yang dilakukan, bukan keadaan yang ada setelah pekerjaan selesai. \
        Ubah kata kerjanya menjadi bentuk hasil (menyusun → tersusunnya) dan tambahkan \
        kriteria kualitasnya.",
    severity: Severity::Error,
    scope: Scope::Rhk,
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
};

pub static RHK_KATEGORI: Rule = Rule {
    id: "rhk.kategori",
    title: "RHK hanya menyebut kategori pekerjaan",
    explanation: "Kata benda seperti Sosialisasi, Pengawasan, Fasilitasi, Layanan atau \
        Koordinasi hanya menamai jenis pekerjaan. Tanpa keadaan hasil atau kriteria kualitas, \
        pembaca tidak tahu apa yang dicapai. Tulis hasilnya (Terawasinya …, Terpenuhinya …) \
        atau tambahkan kualitasnya (… yang optimal, … yang tertib). Keterangan cara seperti \
        \"sesuai jadwal\", \"dengan baik\" atau \"secara optimal\" menerangkan kegiatannya, \
        bukan hasilnya.",
    severity: Severity::Warning,
    scope: Scope::Rhk,
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
};

pub static RHK_SAMAR_TERLAKSANA: Rule = Rule {
    id: "rhk.samar-terlaksana",
    title: "Terlaksananya kegiatan belum menyebut hasil",
    explanation: "Terlaksananya atau Terselenggaranya berbentuk hasil, tetapi isinya tetap \
        aktivitas: kegiatan itu terjadi. Sebutkan produk kegiatan atau keadaan yang berubah \
        karenanya, misalnya Tersusunnya laporan hasil monitoring atau Terkendalinya jumlah \
        tahanan setiap hari.",
    severity: Severity::Warning,
    scope: Scope::Rhk,
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
};

pub static RHK_TUGAS_LAIN: Rule = Rule {
    id: "rhk.tugas-lain",
    title: "Tugas lain bukan hasil kerja",
    explanation: "Baris sapu jagat seperti \"tugas kedinasan lain yang diberikan atasan\" tidak \
        menyebut produk, target maupun kualitas, sehingga tidak bisa dinilai. Tuliskan hasil \
        dari penugasan itu, atau masukkan sebagai RHK tambahan setelah penugasannya jelas.",
    severity: Severity::Warning,
    scope: Scope::Rhk,
    good: &["Tersusunnya telaahan staf atas disposisi pimpinan secara tepat waktu"],
    bad: &[
        "Terlaksanakan tugas kedinasan lain yang diberikan oleh atasan baik secara lisan maupun tertulis",
        "Tugas lain dari pimpinan",
        "Melaksanakan tugas-tugas lain yang diberikan atasan",
    ],
};

pub static RHK_PENINGKATAN: Rule = Rule {
    id: "rhk.peningkatan",
    title: "RHK menyebut upaya, bukan keadaan",
    explanation: "Peningkatan, Penguatan atau Optimalisasi menamai upaya atau program, bukan \
        keadaan yang tercapai. Tulis keadaan akhirnya: Meningkatnya …, Menguatnya …, atau \
        kata benda dengan kriteria kualitas.",
    severity: Severity::Warning,
    scope: Scope::Rhk,
    good: &[
        "Meningkatnya kualitas pelayanan publik",
        "Meningkatnya kapasitas aparatur desa dalam pengelolaan dana desa",
    ],
    bad: &[
        "Peningkatan kualitas pelayanan publik",
        "Optimalisasi pengelolaan aset daerah",
        "Penguatan kapasitas aparatur desa",
    ],
};

pub static RHK_TANPA_HASIL: Rule = Rule {
    id: "rhk.tanpa-hasil",
    title: "Hasil RHK tidak terbaca",
    explanation: "Frasa ini tidak diawali bentuk hasil, tidak menyebut produk, dan tidak memuat \
        keadaan atau kriteria kualitas. Tulis apa yang ada atau berubah setelah pekerjaan \
        selesai, misalnya Tersedianya …, Meningkatnya …, atau subjek + keadaan (Permohonan … \
        diproses dengan cepat).",
    severity: Severity::Warning,
    scope: Scope::Rhk,
    good: &[
        "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG/ IMB dan SLF",
        "Permohonan bantuan teknis diproses dengan cepat dan akurat",
        "Kepuasan instansi pengusul",
    ],
    bad: &[
        "Ide dan inovasi untuk mengembangkan fitur SIMBG",
        "Kerja sama dengan perguruan tinggi",
    ],
};

pub static RHK_TANPA_KUALITAS: Rule = Rule {
    id: "rhk.tanpa-kualitas",
    title: "Tambahkan kriteria kualitas",
    explanation: "RHK sudah berbentuk hasil, tetapi belum menyebut kualitasnya. Kriteria seperti \
        \"yang akurat\", \"tepat waktu\" atau \"sesuai standar\" membuat hasil itu bisa diukur \
        dan dinilai.",
    severity: Severity::Info,
    scope: Scope::Rhk,
    good: &[
        "Tersusunnya laporan keuangan yang akurat dan tepat waktu",
        "Dokumen rencana kerja tahunan yang disetujui pimpinan",
    ],
    bad: &[
        "Tersusunnya laporan keuangan",
        "Dokumen rencana kerja tahunan",
    ],
};

pub static RHK_KOSONG: Rule = Rule {
    id: "rhk.kosong",
    title: "RHK masih kosong",
    explanation: "Teks RHK belum diisi. Tuliskan hasil kerja yang direncanakan dalam bahasa \
        capaian, misalnya Tersusunnya … yang … atau Meningkatnya ….",
    severity: Severity::Warning,
    scope: Scope::Rhk,
    good: &["Tersedianya data pegawai yang mutakhir"],
    bad: &["", "  "],
};

pub static IKI_TANPA_UKURAN: Rule = Rule {
    id: "iki.tanpa-ukuran",
    title: "IKI tanpa ukuran",
    explanation: "Indikator harus menyebut ukurannya di depan: Persentase, Jumlah, Nilai, \
        Indeks, Tingkat, Rasio, Predikat, Rata-rata, atau Ketepatan waktu/Waktu penyelesaian. \
        Tanpa kata ukuran, target tidak bisa dibandingkan dengan realisasinya.",
    severity: Severity::Error,
    scope: Scope::Iki,
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
};

pub static IKI_UKURAN_RAGU: Rule = Rule {
    id: "iki.ukuran-ragu",
    title: "Apakah ini ukuran?",
    explanation: "Indikator ini tidak diawali kata ukuran yang dikenal (Persentase, Jumlah, \
        Indeks, Nilai, Tingkat, Rata-rata, Angka, Cakupan, Prevalensi, Predikat, Opini …). \
        Bisa jadi ini ukuran baku instansi Anda (misalnya singkatan indikator nasional); \
        bila bukan, awali dengan kata ukuran agar target dapat dibandingkan dengan realisasinya.",
    severity: Severity::Warning,
    scope: Scope::Iki,
    good: &[
        "Prevalensi stunting pada balita",
        "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
        "IKM pelayanan perizinan",
    ],
    bad: &[
        "Kondisi jalan kabupaten",
        "Kerja sama dengan perguruan tinggi",
    ],
};

pub static TEKS_BELUM_LENGKAP: Rule = Rule {
    id: "teks.belum-lengkap",
    title: "Teks belum lengkap",
    explanation: "Teks masih memuat celah \u{2026} dari templat saran. Ganti celah itu dengan \
        isi yang sebenarnya, misalnya kriteria kualitas (yang akurat, tepat waktu) atau \
        produk yang dihasilkan, sebelum SKP dicetak atau dikirim.",
    severity: Severity::Warning,
    scope: Scope::Rhk,
    good: &["Tersusunnya laporan keuangan bulanan yang akurat"],
    bad: &[
        "Tersusunnya laporan keuangan bulanan yang \u{2026}",
        "Meningkatnya kompetensi \u{2026} melalui diklat teknis",
        "Tersedianya data ... yang mutakhir",
    ],
};

pub static IKI_DIMENSI_TANPA_UKURAN: Rule = Rule {
    id: "iki.dimensi-tanpa-ukuran",
    title: "Dimensi kualitas tanpa kata ukuran",
    explanation: "Kelengkapan, Kesesuaian atau Kepuasan menyebut apa yang diukur, tetapi belum \
        bagaimana mengukurnya. Indikator mutu nasional memang ditulis begitu (Kepatuhan \
        kebersihan tangan), tetapi kata ukuran membuatnya jelas: Persentase … yang lengkap, \
        Tingkat kesesuaian …, Indeks kepuasan ….",
    severity: Severity::Info,
    scope: Scope::Iki,
    good: &[
        "Persentase dokumen usulan kenaikan pangkat yang lengkap",
        "Indeks kepuasan masyarakat terhadap layanan",
    ],
    bad: &[
        "Kelengkapan dokumen usulan kenaikan pangkat",
        "Kepuasan masyarakat terhadap layanan",
    ],
};

pub static IKI_HITUNG_AKTIVITAS: Rule = Rule {
    id: "iki.hitung-aktivitas",
    title: "IKI menghitung aktivitas",
    explanation: "Menghitung kegiatan, rapat atau kehadiran mengukur usaha, bukan hasil: rapat \
        yang banyak belum tentu menghasilkan apa-apa. Ukur produk atau akibatnya, misalnya \
        jumlah rekomendasi rapat yang ditindaklanjuti atau indeks efektivitas sosialisasi.",
    severity: Severity::Warning,
    scope: Scope::Iki,
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
};

pub static IKI_PERSENTASE_TANPA_KRITERIA: Rule = Rule {
    id: "iki.persentase-tanpa-kriteria",
    title: "Persentase tanpa kriteria",
    explanation: "Persentase dokumen atau laporan perlu menyebut kriteria yang dihitung: yang \
        lengkap, yang disahkan, yang tepat waktu. Tanpa itu tidak jelas bagian mana dari \
        keseluruhan yang dihitung.",
    severity: Severity::Warning,
    scope: Scope::Iki,
    good: &[
        "Persentase dokumen perangkat pembelajaran yang lengkap dan disahkan kepala sekolah",
        "Persentase realisasi anggaran",
    ],
    bad: &[
        "Persentase Dokumen Perangkat Pembelajaran",
        "Persentase laporan",
    ],
};

pub static IKI_TANPA_OBJEK: Rule = Rule {
    id: "iki.tanpa-objek",
    title: "IKI tidak menyebut apa yang diukur",
    explanation: "Setelah kata ukuran harus ada objek yang diukur, misalnya Tingkat kesesuaian \
        laporan dengan standar, bukan hanya Tingkat kesesuaian.",
    severity: Severity::Warning,
    scope: Scope::Iki,
    good: &[
        "Tingkat kesesuaian laporan dengan standar akuntansi pemerintahan",
        "indeks kepuasan aparatur",
    ],
    bad: &[
        "Tingkat kesesuaian dengan pelaksanaan kegiatan",
        "Persentase",
        "Indeks kepuasan",
    ],
};

pub static IKI_KOSONG: Rule = Rule {
    id: "iki.kosong",
    title: "IKI masih kosong",
    explanation: "Teks indikator belum diisi. Tuliskan ukuran hasil kerjanya, misalnya \
        Persentase … yang … atau Jumlah … yang ….",
    severity: Severity::Warning,
    scope: Scope::Iki,
    good: &["Persentase data pegawai yang mutakhir"],
    bad: &[""],
};

pub static IKI_SATUAN_TIDAK_COCOK: Rule = Rule {
    id: "iki.satuan-tidak-cocok",
    title: "Satuan target tidak cocok dengan ukuran",
    explanation: "Satuan target harus sesuai kata ukuran IKI: Jumlah dengan satuan benda \
        (Dokumen, Laporan), Persentase dengan %, tidak lebih dari 100, dan waktu dengan \
        hari atau bulan.",
    severity: Severity::Warning,
    scope: Scope::Draft,
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
};

pub static IKI_TANPA_SATUAN: Rule = Rule {
    id: "iki.tanpa-satuan",
    title: "Target tanpa satuan",
    explanation: "Pada pendekatan kuantitatif setiap target terdiri atas angka dan satuan, \
        misalnya 4 Laporan, 100 % atau 12 Bulan.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan",
        "Pendekatan: kualitatif | RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12",
    ],
    bad: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12",
    ],
};

pub static IKI_MENGULANG_RHK: Rule = Rule {
    id: "iki.mengulang-rhk",
    title: "IKI hanya mengulang RHK",
    explanation: "Indikator menyebut bagaimana RHK diukur. Bila isinya sama dengan RHK, tidak \
        ada ukuran yang bisa dibandingkan dengan target.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Persentase laporan keuangan yang akurat | Target: 100 %",
    ],
    bad: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Tersusunnya laporan keuangan yang akurat | Target: 1 Laporan",
        "RHK: Terkelolanya arsip secara tertib | IKI: arsip terkelola secara tertib | Target: 100 %",
    ],
};

pub static RHK_TANPA_IKI: Rule = Rule {
    id: "rhk.tanpa-iki",
    title: "RHK belum punya IKI",
    explanation: "Setiap RHK diukur dengan satu IKI atau lebih; untuk JA/JF biasanya minimal \
        aspek kuantitas dan kualitas.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan",
    ],
    bad: &["RHK: Tersusunnya laporan keuangan yang akurat"],
};

pub static RHK_TANPA_ATASAN: Rule = Rule {
    id: "rhk.tanpa-atasan",
    title: "RHK utama tanpa RHK atasan",
    explanation: "Pada SKP JA dan JF setiap RHK utama mengintervensi satu RHK atasan. Isi kolom \
        RHK atasan yang diintervensi agar hubungan hasil kerja terlihat.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
        "RHK tambahan: Tersusunnya notula rapat yang akurat | Atasan: (kosong) | IKI: Jumlah notula yang disahkan | Target: 12 Dokumen",
        "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
    ],
    bad: &[
        "Jabatan: JF | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: (kosong) | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
    ],
};

pub static RHK_DUPLIKAT: Rule = Rule {
    id: "rhk.duplikat",
    title: "RHK ganda",
    explanation: "Dua RHK dengan teks yang sama (setelah huruf besar-kecil, spasi dan tanda baca \
        disamakan). Gabungkan keduanya atau bedakan hasilnya.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan | Target: 12 Laporan | RHK: Tersedianya data aset yang mutakhir | IKI: Persentase data aset yang mutakhir | Target: 100 %",
    ],
    bad: &[
        "RHK: Tersusunnya laporan keuangan yang akurat | IKI: Jumlah laporan | Target: 12 Laporan | RHK: tersusunnya  laporan keuangan yang akurat. | IKI: Persentase laporan yang akurat | Target: 100 %",
    ],
};

pub static JPT_PERSPEKTIF_KOSONG: Rule = Rule {
    id: "jpt.perspektif-kosong",
    title: "Perspektif belum terisi",
    explanation: "SKP JPT yang baik mencakup keempat perspektif: Penerima Layanan, Proses \
        Bisnis, Penguatan Internal dan Anggaran. Perjanjian Kinerja biasanya hanya membawa \
        Penerima Layanan; tiga lainnya perlu ditambahkan.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan | IKI: Persentase layanan yang diselesaikan sesuai SOP | Target: 95 % | Perspektif: Proses Bisnis | IKI: Indeks profesionalitas ASN | Target: 80 Indeks | Perspektif: Penguatan Internal | IKI: Persentase realisasi anggaran | Target: 95 % | Perspektif: Anggaran",
        "Jabatan: JA | RHK: Meningkatnya kualitas layanan publik | Atasan: Meningkatnya kepuasan masyarakat | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks",
    ],
    bad: &[
        "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
    ],
};

pub static JPT_EKSPEKTASI_KOSONG: Rule = Rule {
    id: "perilaku.ekspektasi-kosong",
    title: "Ekspektasi Khusus Pimpinan belum diisi",
    explanation: "Pada SKP JPT, pimpinan biasanya menuliskan ekspektasi khusus pada satu atau \
        lebih nilai BerAKHLAK (mis. pada Berorientasi Pelayanan: \u{201c}Memastikan setiap \
        pengaduan dijawab paling lambat 3 hari kerja\u{201d}). Boleh kosong, tetapi biasanya diisi.",
    severity: Severity::Info,
    scope: Scope::Draft,
    good: &[
        "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan | Ekspektasi: Memastikan setiap pengaduan dijawab paling lambat 3 hari kerja",
        "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan | Target: 12 Laporan",
    ],
    bad: &[
        "Jabatan: JPT | RHK: Meningkatnya kualitas layanan publik | IKI: Indeks kepuasan masyarakat | Target: 85 Indeks | Perspektif: Penerima Layanan",
    ],
};

pub static IKI_ASPEK_BERULANG: Rule = Rule {
    id: "iki.aspek-berulang",
    title: "Aspek yang sama dipakai dua kali dalam satu RHK",
    explanation: "Pada SKP JA/JF, IKI satu RHK biasanya mengukur aspek yang berbeda: \
        kuantitas, kualitas, waktu, atau biaya. Dua IKI dengan aspek yang sama sering berarti \
        salah pilih aspek (mis. \u{201c}Persentase \u{2026} tepat waktu\u{201d} adalah aspek waktu).",
    severity: Severity::Info,
    scope: Scope::Draft,
    good: &[
        "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan | Aspek: kuantitas | IKI: Persentase laporan yang diterima tanpa koreksi | Target: 90 % | Aspek: kualitas",
    ],
    bad: &[
        "Jabatan: JA | RHK: Tersusunnya laporan keuangan yang akurat | Atasan: Meningkatnya akuntabilitas keuangan | IKI: Jumlah laporan keuangan yang disusun | Target: 12 Laporan | Aspek: kuantitas | IKI: Jumlah laporan yang diterima tanpa koreksi | Target: 10 Laporan | Aspek: kuantitas",
    ],
};

pub static LAMPIRAN_DUKUNGAN_TUGAS: Rule = Rule {
    id: "lampiran.dukungan-berupa-tugas",
    title: "Dukungan sumber daya berisi tugas",
    explanation: "Dukungan Sumber Daya mencatat sumber daya yang dibutuhkan (anggaran, sarana, \
        tenaga), bukan tugas yang dikerjakan. Tugas ditulis sebagai hasil di RHK.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &[
        "Dukungan: Anggaran kegiatan monitoring",
        "Dukungan: Laptop dan akses internet",
        "Dukungan: Tenaga pendukung administrasi 2 orang",
    ],
    bad: &[
        "Dukungan: Menyusun jadwal rapat",
        "Dukungan: Melaksanakan koordinasi dengan bagian keuangan",
    ],
};

pub static IDENTITAS_KOSONG: Rule = Rule {
    id: "identitas.kosong",
    title: "Identitas belum lengkap",
    explanation: "Blok PEGAWAI YANG DINILAI diisi lengkap: nama, NIP, pangkat/golongan, jabatan \
        dan unit kerja. Untuk PEJABAT PENILAI KINERJA minimal nama dan jabatan; NIP boleh \
        kosong bila penilainya Menteri atau Kepala Daerah.",
    severity: Severity::Warning,
    scope: Scope::Draft,
    good: &["NIP penilai: (kosong)", "Nama pegawai: Siti Aminah"],
    bad: &[
        "Nama pegawai: (kosong)",
        "Jabatan penilai: (kosong)",
        "Unit kerja pegawai: (kosong)",
    ],
};

pub static IDENTITAS_NIP: Rule = Rule {
    id: "identitas.nip-tidak-valid",
    title: "Bentuk NIP tidak sesuai",
    explanation: "NIP terdiri atas 18 angka: tanggal lahir (TTTTBBHH), tahun dan bulan \
        pengangkatan (TTTTBB), kode jenis kelamin (1 laki-laki, 2 perempuan) dan nomor urut \
        tiga angka. Spasi di antaranya boleh.",
    severity: Severity::Warning,
    scope: Scope::Draft,
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
};

/// A phrase from a real public document (Perjanjian Kinerja, Renstra, SKP), shown in the
/// guide under its rule with where it came from. Bad ones trigger the rule; good ones get
/// no error (a test holds both).
#[derive(Debug)]
pub struct Contoh {
    pub rule: &'static str,
    pub text: &'static str,
    pub good: bool,
    /// The agency whose document holds it.
    pub source: &'static str,
}

const fn c(rule: &'static str, text: &'static str, good: bool, source: &'static str) -> Contoh {
    Contoh {
        rule,
        text,
        good,
        source,
    }
}

/// Real, sourced examples for the guide (from `tests/data/corpus/tuning.jsonl`).
pub static REAL_EXAMPLES: &[Contoh] = &[
    c(
        "rhk.aktivitas",
        "Terwujudnya masyarakat yang tangguh bencana",
        true,
        "BPBD Kabupaten Kepulauan Meranti",
    ),
    c(
        "rhk.aktivitas",
        "Tersusunnya KTSP yang sesuai prosedur dan tepat waktu",
        true,
        "SMP Negeri 20 Semarang",
    ),
    c(
        "rhk.aktivitas",
        "Menyusun KTSP sesuai prosedur tepat waktu",
        false,
        "SMP Negeri 20 Semarang",
    ),
    c(
        "rhk.aktivitas",
        "Menyelenggarakan Makanan sesuai standar kebutuhan gizi dan aman dikonsumsi",
        false,
        "Instalasi Gizi RSUD Kota Bengkulu",
    ),
    c(
        "rhk.kategori",
        "Pengelolaan Sampah Kota yang Kolaboratif dan Berkelanjutan",
        true,
        "Dinas Lingkungan Hidup Provinsi DKI Jakarta",
    ),
    c(
        "rhk.kategori",
        "Penyelenggaraan Diklat Kepemimpinan",
        false,
        "Badan Pendidikan dan Pelatihan Provinsi Jawa Timur",
    ),
    c(
        "rhk.kategori",
        "Administrasi Keuangan Perangkat Daerah",
        false,
        "UPTD Puskesmas Mananggu, Kabupaten Boalemo",
    ),
    c(
        "rhk.samar-terlaksana",
        "Terlaksananya pembelajaran berdasarkan rencana",
        false,
        "SMP Negeri 20 Semarang",
    ),
    c(
        "rhk.peningkatan",
        "Peningkatan kualitas guru dan tenaga kependidikan",
        false,
        "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan",
    ),
    c(
        "rhk.peningkatan",
        "Meningkatnya investasi penanaman modal di Kab.HSS",
        true,
        "DPMPTSP Kabupaten Hulu Sungai Selatan",
    ),
    c(
        "rhk.tanpa-hasil",
        "Meningkatnya pembinaan penyelenggaraan pemerintahan desa",
        false,
        "Kecamatan Sidemen, Kabupaten Karangasem",
    ),
    c(
        "rhk.tanpa-hasil",
        "Meningkatnya Layanan Komunikasi Publik",
        false,
        "Diskominfo Kabupaten Sumedang",
    ),
    c(
        "rhk.tugas-lain",
        "Melaksanaka tugas lain yang diberikan oleh atasan.",
        false,
        "Dinas Pertanian Kabupaten Kaur",
    ),
    c(
        "iki.tanpa-ukuran",
        "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar",
        true,
        "Puskesmas (contoh SKP Kepala Puskesmas, PermenPANRB)",
    ),
    c(
        "iki.tanpa-ukuran",
        "Buku KIA yang dicetak dan didistribusikan",
        false,
        "Direktorat Kesehatan Keluarga, Kemenkes",
    ),
    c(
        "iki.ukuran-ragu",
        "NTP Tanaman Pangan",
        true,
        "Dinas Pertanian",
    ),
    c(
        "iki.ukuran-ragu",
        "indeks kepuasan masyarakat (IKM)",
        true,
        "BPBD Kabupaten Kepulauan Meranti",
    ),
    c(
        "iki.ukuran-ragu",
        "Ujian dimulai sesuai jadwal",
        false,
        "Universitas Muhammadiyah Sidoarjo",
    ),
    c(
        "iki.hitung-aktivitas",
        "Tingkat Waktu Tanggap",
        true,
        "BPBD Kabupaten Kepulauan Meranti",
    ),
    c(
        "iki.hitung-aktivitas",
        "Jumlah jam tatap muka efektif",
        false,
        "Contoh SKP guru kelas SD",
    ),
    c(
        "iki.hitung-aktivitas",
        "Cakupan patroli siaga ketertiban umum dan ketentraman masyarakat",
        false,
        "Satpol PP Kota Tegal",
    ),
    c(
        "iki.hitung-aktivitas",
        "Persentase perangkat kurikulum yang dikembangkan",
        false,
        "Dinas Pendidikan Kabupaten Banyuwangi",
    ),
];

/// The real examples of one rule.
pub fn real_examples(rule: &str) -> impl Iterator<Item = &'static Contoh> + '_ {
    REAL_EXAMPLES.iter().filter(move |e| e.rule == rule)
}

/// Every rule, in the order the guide shows them.
pub static RULES: &[&Rule] = &[
    &RHK_AKTIVITAS,
    &RHK_KATEGORI,
    &RHK_SAMAR_TERLAKSANA,
    &RHK_TUGAS_LAIN,
    &RHK_PENINGKATAN,
    &RHK_TANPA_HASIL,
    &RHK_TANPA_KUALITAS,
    &RHK_KOSONG,
    &TEKS_BELUM_LENGKAP,
    &IKI_TANPA_UKURAN,
    &IKI_UKURAN_RAGU,
    &IKI_DIMENSI_TANPA_UKURAN,
    &IKI_HITUNG_AKTIVITAS,
    &IKI_PERSENTASE_TANPA_KRITERIA,
    &IKI_TANPA_OBJEK,
    &IKI_KOSONG,
    &IKI_SATUAN_TIDAK_COCOK,
    &IKI_TANPA_SATUAN,
    &IKI_MENGULANG_RHK,
    &RHK_TANPA_IKI,
    &RHK_TANPA_ATASAN,
    &RHK_DUPLIKAT,
    &JPT_PERSPEKTIF_KOSONG,
    &JPT_EKSPEKTASI_KOSONG,
    &IKI_ASPEK_BERULANG,
    &LAMPIRAN_DUKUNGAN_TUGAS,
    &IDENTITAS_KOSONG,
    &IDENTITAS_NIP,
];
