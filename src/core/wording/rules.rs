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
    pub severity: Severity,
    pub scope: Scope,
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
    severity: Severity::Error,
    scope: Scope::Rhk,
};

pub static RHK_KATEGORI: Rule = Rule {
    id: "rhk.kategori",
    title: "RHK hanya menyebut kategori pekerjaan",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static RHK_SAMAR_TERLAKSANA: Rule = Rule {
    id: "rhk.samar-terlaksana",
    title: "Terlaksananya kegiatan belum menyebut hasil",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static RHK_TUGAS_LAIN: Rule = Rule {
    id: "rhk.tugas-lain",
    title: "Tugas lain bukan hasil kerja",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static RHK_PENINGKATAN: Rule = Rule {
    id: "rhk.peningkatan",
    title: "RHK menyebut upaya, bukan keadaan",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static RHK_TANPA_HASIL: Rule = Rule {
    id: "rhk.tanpa-hasil",
    title: "Hasil RHK tidak terbaca",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static RHK_TANPA_KUALITAS: Rule = Rule {
    id: "rhk.tanpa-kualitas",
    title: "Tambahkan kriteria kualitas",
    severity: Severity::Info,
    scope: Scope::Rhk,
};

pub static RHK_KOSONG: Rule = Rule {
    id: "rhk.kosong",
    title: "RHK masih kosong",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static IKI_TANPA_UKURAN: Rule = Rule {
    id: "iki.tanpa-ukuran",
    title: "IKI tanpa ukuran",
    severity: Severity::Error,
    scope: Scope::Iki,
};

pub static IKI_UKURAN_RAGU: Rule = Rule {
    id: "iki.ukuran-ragu",
    title: "Apakah ini ukuran?",
    severity: Severity::Warning,
    scope: Scope::Iki,
};

pub static TEKS_BELUM_LENGKAP: Rule = Rule {
    id: "teks.belum-lengkap",
    title: "Teks belum lengkap",
    severity: Severity::Warning,
    scope: Scope::Rhk,
};

pub static IKI_DIMENSI_TANPA_UKURAN: Rule = Rule {
    id: "iki.dimensi-tanpa-ukuran",
    title: "Dimensi kualitas tanpa kata ukuran",
    severity: Severity::Info,
    scope: Scope::Iki,
};

pub static IKI_HITUNG_AKTIVITAS: Rule = Rule {
    id: "iki.hitung-aktivitas",
    title: "IKI menghitung aktivitas",
    severity: Severity::Warning,
    scope: Scope::Iki,
};

pub static IKI_PERSENTASE_TANPA_KRITERIA: Rule = Rule {
    id: "iki.persentase-tanpa-kriteria",
    title: "Persentase tanpa kriteria",
    severity: Severity::Warning,
    scope: Scope::Iki,
};

pub static IKI_TANPA_OBJEK: Rule = Rule {
    id: "iki.tanpa-objek",
    title: "IKI tidak menyebut apa yang diukur",
    severity: Severity::Warning,
    scope: Scope::Iki,
};

pub static IKI_KOSONG: Rule = Rule {
    id: "iki.kosong",
    title: "IKI masih kosong",
    severity: Severity::Warning,
    scope: Scope::Iki,
};

pub static IKI_SATUAN_TIDAK_COCOK: Rule = Rule {
    id: "iki.satuan-tidak-cocok",
    title: "Satuan target tidak cocok dengan ukuran",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static IKI_TANPA_SATUAN: Rule = Rule {
    id: "iki.tanpa-satuan",
    title: "Target tanpa satuan",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static IKI_MENGULANG_RHK: Rule = Rule {
    id: "iki.mengulang-rhk",
    title: "IKI hanya mengulang RHK",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static RHK_TANPA_IKI: Rule = Rule {
    id: "rhk.tanpa-iki",
    title: "RHK belum punya IKI",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static RHK_TANPA_ATASAN: Rule = Rule {
    id: "rhk.tanpa-atasan",
    title: "RHK utama tanpa RHK atasan",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static RHK_DUPLIKAT: Rule = Rule {
    id: "rhk.duplikat",
    title: "RHK ganda",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static JPT_PERSPEKTIF_KOSONG: Rule = Rule {
    id: "jpt.perspektif-kosong",
    title: "Perspektif belum terisi",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static JPT_EKSPEKTASI_KOSONG: Rule = Rule {
    id: "perilaku.ekspektasi-kosong",
    title: "Ekspektasi Khusus Pimpinan belum diisi",
    severity: Severity::Info,
    scope: Scope::Draft,
};

pub static IKI_ASPEK_BERULANG: Rule = Rule {
    id: "iki.aspek-berulang",
    title: "Aspek yang sama dipakai dua kali dalam satu RHK",
    severity: Severity::Info,
    scope: Scope::Draft,
};

pub static LAMPIRAN_DUKUNGAN_TUGAS: Rule = Rule {
    id: "lampiran.dukungan-berupa-tugas",
    title: "Dukungan sumber daya berisi tugas",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static IDENTITAS_KOSONG: Rule = Rule {
    id: "identitas.kosong",
    title: "Identitas belum lengkap",
    severity: Severity::Warning,
    scope: Scope::Draft,
};

pub static IDENTITAS_NIP: Rule = Rule {
    id: "identitas.nip-tidak-valid",
    title: "Bentuk NIP tidak sesuai",
    severity: Severity::Warning,
    scope: Scope::Draft,
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
