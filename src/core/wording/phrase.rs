//! Reading a phrase: where its head word is, what kind of word that head is, and whether
//! the words after it carry a result state or a quality criterion. Shared by the RHK and
//! IKI checks.

use super::lexicon::{self as lx, has};
use super::morphology::{analyse, Analysis, Prefix, Suffix};
use super::text::{Phrase, TokKind};

/// What the first word of a phrase tells about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head<'a> {
    /// A task verb (menyusun, melaksanakan, berkoordinasi) or an imperative (susun, siapkan).
    TaskVerb(Analysis<'a>),
    /// A state form: Meningkatnya, Berkurangnya, Terbitnya, Meningkat.
    State,
    /// A ter- or di- result form (Tersusunnya, Terkelola, Diterimanya).
    Result,
    /// A result form that only says an activity happened (Terlaksananya, Terselenggaranya).
    Happened,
    /// "Tidak ada …", "Tanpa …", "Nihil …": a problem that no longer occurs.
    Negation,
    /// A product noun (laporan, dokumen, data, draf).
    Output,
    /// An outcome noun (kepuasan, kualitas, kinerja).
    Outcome,
    /// A noun naming a kind of work (sosialisasi, pengawasan, layanan).
    Category(Analysis<'a>),
    /// An effort noun (peningkatan, optimalisasi).
    Upaya,
    /// Any other word, usually a noun that may be the subject of a result clause.
    Other,
}

/// Index of the first token that carries meaning: leading numbers and list letters
/// ("1.", "a)", "-") are skipped. `None` when there is no word at all.
pub fn first_content(p: &Phrase) -> Option<usize> {
    if p.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < p.len() {
        let t = p.toks[i];
        let w = p.word(i);
        let more = i + 1 < p.len();
        // "2. Tersusunnya …" and "a) Tersusunnya …": a list number or letter.
        let number = t.kind == TokKind::Number && more && p.toks[i + 1].kind == TokKind::Word;
        let letter =
            t.kind == TokKind::Word && w.len() == 1 && more && i == 0 && is_list_marker(p, i);
        if !(number || letter) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A single letter followed by "." or ")" at the start: "a. Tersusunnya …".
fn is_list_marker(p: &Phrase, i: usize) -> bool {
    matches!(p.gap_after(i).chars().next(), Some('.') | Some(')'))
}

/// Reads the head word `w` (lower case) at position `i` of `p`.
pub fn read_head<'a>(p: &'a Phrase, i: usize) -> Head<'a> {
    let w = p.word(i);
    if has(lx::NEGATION, w) {
        let next = p.word(i + 1);
        if w != "tidak" || matches!(next, "ada" | "terdapat" | "terjadi" | "ditemukan") {
            return Head::Negation;
        }
    }
    if has(lx::OUTPUT, w) {
        return Head::Output;
    }
    if has(lx::OUTCOME, w) {
        return Head::Outcome;
    }
    // An acronym (DTKS, SAKIP) or a fixed compound whose first word is a verb root
    // (rekam medis, tata kelola, uji kompetensi) is a noun, never a task verb.
    if p.is_acronym(i) || is_compound(w, p.word(i + 1)) {
        return Head::Other;
    }
    if has(lx::CATEGORY, w) {
        return Head::Category(analyse(w));
    }
    if has(lx::UPAYA, w) {
        return Head::Upaya;
    }
    if has(lx::FUNCTION, w) || has(lx::TER_NOT_RESULT, w) {
        return Head::Other;
    }
    // "Terlaksanya", "Terselenggarakannya": common spellings of the same grey-zone head.
    if ["terlaksan", "terselenggar", "dilaksan", "diselenggar"]
        .iter()
        .any(|s| w.starts_with(s))
    {
        return Head::Happened;
    }
    // "Meningkatnyaskor …": a missing space after a -nya head (a typing slip).
    if let Some(at) = w.as_bytes().windows(3).position(|x| x == b"nya") {
        let glued = &w[..at + 3];
        if at + 3 < w.len() && at > 3 {
            let g = analyse(glued);
            if g.nya && g.known() && g.prefix != Prefix::None {
                return if g.has(lx::SAMAR) {
                    Head::Happened
                } else if matches!(g.prefix, Prefix::Ter | Prefix::Di | Prefix::Diper) {
                    Head::Result
                } else {
                    Head::State
                };
            }
        }
    }
    let a = analyse(w);
    match a.prefix {
        Prefix::MeN | Prefix::Memper | Prefix::Ber => {
            if a.has(lx::SAMAR) && a.nya {
                Head::Happened
            } else if a.nya
                || (a.has(lx::STATE) && a.suffix == Suffix::None && a.prefix != Prefix::Memper)
            {
                Head::State
            } else {
                Head::TaskVerb(a)
            }
        }
        Prefix::Ter | Prefix::Di | Prefix::Diper => {
            if a.has(lx::SAMAR) {
                Head::Happened
            } else {
                Head::Result
            }
        }
        Prefix::Ke => {
            if a.nya {
                Head::State
            } else if a.suffix == Suffix::An {
                Head::Outcome
            } else {
                Head::Other
            }
        }
        Prefix::PeN | Prefix::Per => {
            if a.suffix == Suffix::An && a.has(lx::TASK) {
                Head::Category(a)
            } else {
                Head::Other
            }
        }
        Prefix::None => {
            if a.nya && (a.known() || has(lx::QUALITY, a.rest)) {
                // "Tertibnya …", "Kondusifnya situasi …": a state reached.
                Head::State
            } else if a.has(lx::TASK) && matches!(a.suffix, Suffix::Kan | Suffix::I) {
                // "Koordinasikan …", "Siapkan …": imperative.
                Head::TaskVerb(a)
            } else if a.has(lx::TASK) && a.suffix == Suffix::None && !a.has(lx::NOUN) {
                // "Susun laporan bulanan": a bare verb root as an order.
                Head::TaskVerb(a)
            } else {
                // "Bantuan sosial …", "Angkutan umum …": root + -an is a noun.
                Head::Other
            }
        }
    }
}

/// Fixed compounds whose first word is a verb root: together they name a thing.
fn is_compound(w: &str, next: &str) -> bool {
    match w {
        "rekam" => matches!(next, "medis" | "medik" | "jejak"),
        "tata" => true,
        "uji" => matches!(
            next,
            "kompetensi"
                | "coba"
                | "klinis"
                | "laboratorium"
                | "kir"
                | "petik"
                | "publik"
                | "kelayakan"
                | "mutu"
                | "emisi"
                | "berkala"
                | "tuntas"
        ),
        "gelar" => matches!(next, "perkara" | "karya" | "teknologi" | "budaya"),
        "serah" => matches!(next, "terima"),
        "tanggap" => matches!(next, "darurat" | "bencana"),
        "tindak" => matches!(next, "lanjut" | "pidana"),
        "rawat" => matches!(next, "inap" | "jalan" | "darurat"),
        "cetak" => matches!(next, "biru"),
        "bina" => matches!(next, "marga" | "graha" | "desa"),
        "jaga" => matches!(next, "malam"),
        "lapor" => matches!(next, "online"),
        _ => false,
    }
}

/// A quality word that is part of a fixed name, not a criterion: "ekonomi kreatif",
/// "Pelayanan Terpadu Satu Pintu", "rumah tidak layak huni", "Kota Sehat".
fn in_name(prev: &str, w: &str, next: &str) -> bool {
    matches!(
        (prev, w),
        ("ekonomi", "kreatif")
            | ("pelayanan" | "layanan" | "data" | "sistem", "terpadu")
            | (
                "kota" | "kabupaten" | "sekolah" | "desa" | "pasar" | "kampung",
                "sehat"
            )
            | ("keluarga", "sejahtera")
            | ("birokrasi", "bersih")
            | ("wilayah" | "kawasan", "bebas")
            | ("ruang", "terbuka")
    ) || matches!((w, next), ("terpadu", "satu") | ("layak", "huni" | "anak"))
}

/// What the words after the head carry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tail {
    /// A quality or criterion word (akurat, tepat waktu, yang disetujui, 100%).
    pub quality: bool,
    /// A manner adverbial (secara optimal, dengan baik, sesuai jadwal): it qualifies the
    /// doing, so after a category noun it does not make a result.
    pub manner: bool,
    /// A result state as predicate (diproses, terkelola, meningkat).
    pub state: bool,
    /// An active verb as predicate of the head noun ("Pemerintah Daerah menggunakan …").
    pub active: bool,
}

/// Words that may stand between a subject and its verb without hiding it.
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "dapat" | "mampu" | "telah" | "sudah" | "bisa" | "selalu" | "semakin" | "makin"
    )
}

/// Nouns glued to "di" by a common typo ("dibidang", "dikantor"): not passive verbs.
fn is_di_place(stem: &str) -> bool {
    matches!(
        stem,
        "bidang"
            | "kantor"
            | "wilayah"
            | "sekolah"
            | "desa"
            | "lingkungan"
            | "unit"
            | "daerah"
            | "kabupaten"
            | "kota"
            | "provinsi"
            | "pusat"
            | "bagian"
            | "tingkat"
            | "masing"
            | "luar"
            | "dalam"
            | "atas"
            | "bawah"
            | "antara"
            | "mana"
            | "setiap"
            | "seluruh"
            | "instansi"
            | "lapangan"
            | "bulan"
            | "tahun"
            | "akhir"
            | "awal"
    )
}

/// Scans tokens `from..` for result states and quality criteria.
pub fn read_tail(p: &Phrase, from: usize) -> Tail {
    let mut t = Tail::default();
    let n = p.len();
    let mut i = from;
    while i < n {
        let tok = p.toks[i];
        if tok.kind == TokKind::Percent {
            t.quality = true;
            i += 1;
            continue;
        }
        if tok.kind == TokKind::Number {
            i += 1;
            continue;
        }
        let w = p.word(i);
        if has(lx::QUALITY, w) && !tok.paren {
            // "baik … maupun …" is a conjunction, not a quality.
            let conj = w == "baik" && (i + 1..n.min(i + 6)).any(|k| p.word(k) == "maupun");
            let prev = if i > 0 { p.word(i - 1) } else { "" };
            if conj || in_name(prev, w, p.word(i + 1)) {
            } else if matches!(prev, "secara" | "dengan") || (w == "sesuai" && prev != "yang") {
                t.manner = true;
            } else {
                t.quality = true;
            }
            i += 1;
            continue;
        }
        if p.is_acronym(i) || tok.paren {
            i += 1;
            continue;
        }
        if has(lx::FUNCTION, w) || has(lx::TER_NOT_RESULT, w) || w.len() < 4 {
            i += 1;
            continue;
        }
        let b = w.as_bytes();
        let maybe_affixed = b.starts_with(b"ter")
            || b.starts_with(b"di")
            || b.starts_with(b"me")
            || b.starts_with(b"be");
        if maybe_affixed {
            let a = analyse(w);
            let prev = previous_word(p, i);
            match a.prefix {
                Prefix::Ter if !a.has(lx::SAMAR) => t.state = true,
                Prefix::Di | Prefix::Diper if !a.has(lx::SAMAR) => {
                    let s = a.stem();
                    if is_di_place(&s) {
                    } else if prev == "yang" {
                        if has(lx::CRITERION_DI, &s) {
                            t.quality = true;
                        }
                    } else if !has(lx::FUNCTION, prev) {
                        t.state = true;
                    }
                }
                Prefix::MeN | Prefix::Ber => {
                    let stative = a.nya || (a.has(lx::STATE) && a.suffix == Suffix::None);
                    if stative && !a.has(lx::SAMAR) {
                        t.state = true;
                    } else if i > 0 && !has(lx::FUNCTION, prev) && !prev.is_empty() {
                        t.active = true;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    t
}

/// The word before `i`, skipping modal words ("dapat", "telah").
fn previous_word<'a>(p: &'a Phrase, i: usize) -> &'a str {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = p.word(k);
        if !is_modal(w) {
            return w;
        }
    }
    ""
}

/// The span of a catch-all duty ("tugas kedinasan lain yang diberikan atasan"), if any.
pub fn catch_all(p: &Phrase) -> Option<(usize, usize)> {
    let n = p.len();
    for i in 0..n {
        let w = p.word(i);
        if w != "tugas" && w != "tugas-tugas" {
            continue;
        }
        // "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya": a programme's name.
        if p.word(i + 1) == "teknis" {
            continue;
        }
        for k in i + 1..n.min(i + 4) {
            if matches!(p.word(k), "lain" | "lainnya" | "lain-lain") {
                return Some(p.span(i, k));
            }
        }
        let boss = (i + 1..n).any(|k| matches!(p.word(k), "atasan" | "pimpinan"));
        let given = (i + 1..n).any(|k| {
            matches!(
                p.word(k),
                "diberikan" | "diperintahkan" | "ditugaskan" | "perintah" | "disposisi"
            )
        });
        if boss && given {
            return Some(p.span(i, i));
        }
    }
    None
}

/// Lower-cases the first letter of `s` (for putting a phrase after a new head word).
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            // Keep acronyms ("SOP", "ASN") as written.
            let second_upper = s.chars().nth(1).is_some_and(|x| x.is_uppercase());
            if second_upper {
                s.to_string()
            } else {
                std::iter::once(crate::core::huruf::kecil_char(f))
                    .chain(c)
                    .collect()
            }
        }
        None => String::new(),
    }
}
