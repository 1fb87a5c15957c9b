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
    let end = p.toks[i].end;
    matches!(p.original.chars().nth(end), Some('.') | Some(')'))
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
    if has(lx::CATEGORY, w) {
        return Head::Category(analyse(w));
    }
    if has(lx::UPAYA, w) {
        return Head::Upaya;
    }
    if has(lx::FUNCTION, w) || has(lx::TER_NOT_RESULT, w) {
        return Head::Other;
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
            if a.nya && a.known() {
                Head::State
            } else if a.has(lx::TASK) && !a.has(lx::NOUN) {
                Head::TaskVerb(a)
            } else if a.has(lx::TASK) && a.suffix != Suffix::None {
                // "Koordinasikan …", "Evaluasi" with -kan: imperative.
                Head::TaskVerb(a)
            } else {
                Head::Other
            }
        }
    }
}

/// What the words after the head carry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tail {
    /// A quality or criterion word (akurat, tepat waktu, sesuai SOP, yang disetujui, 100%).
    pub quality: bool,
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
        if has(lx::QUALITY, w) {
            // "baik … maupun …" is a conjunction, not a quality.
            let conj = w == "baik" && (i + 1..n.min(i + 6)).any(|k| p.word(k) == "maupun");
            if !conj {
                t.quality = true;
            }
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
                f.to_lowercase().chain(c).collect()
            }
        }
        None => String::new(),
    }
}

/// Upper-cases the first letter of `s`.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
