//! Classifying one RHK phrase: capaian, aktivitas, kategori or samar.
//!
//! The head word decides the class (a result form, a task verb, a category noun); the rest
//! of the phrase only matters for noun heads, where a result state ("… diproses dengan
//! cepat") or a quality criterion ("… yang optimal") turns the noun phrase into a result.
//! An activity word later in the phrase never makes a result an activity.

use super::finding::Finding;
use super::lexicon::{self as lx, has};
use super::morphology::{analyse, Analysis, Prefix};
use super::phrase::{catch_all, first_content, lower_first, read_head, read_tail, Head};
use super::rules::*;
use super::suggest::{result_word, ResultWord};
use super::text::Phrase;
use super::{Kind, RhkClass};
use crate::core::huruf::besar_awal;

/// Classifies one RHK and lists what is wrong with it. Every suggestion has been
/// re-checked ([`super::vet`]); text that still holds a template gap gets none.
pub fn check_rhk(text: &str) -> (RhkClass, Vec<Finding>) {
    let p = Phrase::new(text);
    let (class, mut findings) = classify_rhk(&p);
    super::vet::vet_all(Kind::Rhk, &p, &mut findings);
    (class, findings)
}

/// [`check_rhk`] before its suggestions are vetted: the vetting itself calls this.
pub(super) fn classify_rhk(p: &Phrase) -> (RhkClass, Vec<Finding>) {
    let mut out = Vec::new();
    let Some(h) = first_content(p) else {
        let f = RHK_KOSONG.finding("RHK masih kosong.".into(), (0, 0), None);
        return (RhkClass::Samar, vec![f]);
    };
    let head = programme_head(p, h).unwrap_or_else(|| read_head(p, h));
    let head_span = p.span(h, h);
    // The head as the user wrote it, for messages (built only when a message needs it).
    let head_text = || p.original_span(h, h);
    let mut class = match head {
        Head::TaskVerb(a) => {
            let suggestion = activity_suggestion(p, h, &a);
            out.push(RHK_AKTIVITAS.finding(
                format!(
                    "RHK diawali kata kerja tugas \u{201c}{}\u{201d}: ini aktivitas, bukan hasil kerja.",
                    head_text()
                ),
                head_span,
                suggestion,
            ));
            RhkClass::Aktivitas
        }
        Head::State if grows_an_activity(p, h) => {
            // "Meningkatnya pembinaan …": what grows is the work itself, not a state.
            let rest = p.original_from(h + 1);
            out.push(RHK_TANPA_HASIL.finding(
                format!(
                    "Yang {} adalah kegiatannya (\u{201c}{}\u{201d}); sebutkan keadaan yang berubah, misalnya kualitas, cakupan atau kepuasan.",
                    lower_first(&head_text()),
                    p.original_span(h + 1, h + 1)
                ),
                p.whole(),
                Some(format!("{} kualitas {}", besar_awal(&head_text()), lower_first(&rest))),
            ));
            RhkClass::Samar
        }
        Head::State | Head::Outcome | Head::Negation => RhkClass::Capaian,
        Head::Result | Head::Output => {
            let tail = read_tail(p, h + 1);
            // "Terkendalinya risiko …": the head is a quality state itself (terkendali).
            let head_is_quality = p
                .word(h)
                .strip_suffix("nya")
                .is_some_and(|w| has(lx::QUALITY, w));
            if !tail.quality && !tail.manner && !tail.state && !head_is_quality {
                out.push(RHK_TANPA_KUALITAS.finding(
                    "Hasil sudah disebut, tetapi belum ada kriteria kualitasnya (mis. akurat, tepat waktu, sesuai standar).".into(),
                    p.whole(),
                    Some(format!("{} yang \u{2026}", p.original_from(h))),
                ));
            }
            RhkClass::Capaian
        }
        Head::Happened => {
            let rest = p.original_from(h + 1);
            out.push(RHK_SAMAR_TERLAKSANA.finding(
                format!(
                    "\u{201c}{}\u{201d} hanya menyatakan kegiatan terjadi; sebutkan produk atau keadaan yang berubah karenanya.",
                    head_text()
                ),
                head_span,
                Some(product_suggestion(&rest)),
            ));
            RhkClass::Samar
        }
        Head::Category(a) => {
            let tail = read_tail(p, h + 1);
            if tail.quality || tail.state {
                RhkClass::Capaian
            } else {
                out.push(RHK_KATEGORI.finding(
                    format!(
                        "\u{201c}{}\u{201d} hanya menamai jenis pekerjaan, tanpa keadaan hasil atau kriteria kualitas.",
                        head_text()
                    ),
                    head_span,
                    Some(category_suggestion(p, h, &a)),
                ));
                RhkClass::Kategori
            }
        }
        Head::Upaya => {
            // A quality inside ("… yang bermutu") describes the object; the phrase still
            // names a programme, not the state it reaches.
            let rest = p.original_from(h + 1);
            out.push(RHK_PENINGKATAN.finding(
                format!(
                    "\u{201c}{}\u{201d} menyebut upaya, bukan keadaan yang tercapai.",
                    head_text()
                ),
                head_span,
                Some(upaya_suggestion(p.word(h), &rest)),
            ));
            RhkClass::Samar
        }
        Head::Other => {
            let tail = read_tail(p, h + 1);
            if tail.quality || tail.manner || tail.state || tail.active {
                RhkClass::Capaian
            } else {
                out.push(RHK_TANPA_HASIL.finding(
                    "Tidak terbaca hasil, keadaan atau kriteria kualitas dalam RHK ini.".into(),
                    p.whole(),
                    Some(format!(
                        "Tersedianya {} yang \u{2026}",
                        lower_first(&p.original_from(h))
                    )),
                ));
                RhkClass::Samar
            }
        }
    };
    if let Some(span) = catch_all(p) {
        // No rewrite makes a catch-all a result: the assignment's product must be named.
        out.retain(|f| {
            ![RHK_TANPA_KUALITAS.id, RHK_TANPA_HASIL.id, RHK_KATEGORI.id].contains(&f.rule)
        });
        for f in &mut out {
            f.suggestion = None;
        }
        out.push(RHK_TUGAS_LAIN.finding(
            "Tugas lain dari atasan bukan hasil kerja yang bisa diukur; tuliskan hasil penugasannya.".into(),
            span,
            None,
        ));
        if matches!(class, RhkClass::Capaian | RhkClass::Kategori) {
            class = RhkClass::Samar;
        }
    }
    (class, out)
}

/// "Menyusun laporan X" → "Tersusunnya laporan X yang …"; "Menerima dan mencatat surat"
/// → "Diterima dan tercatatnya surat yang …".
fn activity_suggestion(p: &Phrase, h: usize, a: &Analysis) -> Option<String> {
    // "Mendorong terwujudnya …": the result is already named after the verb.
    if matches!(read_head(p, h + 1), Head::State | Head::Result) {
        return Some(besar_awal(&p.original_from(h + 1)));
    }
    // "Ikut serta dalam …": "serta" belongs to the verb.
    let skip = usize::from(a.stem_is("ikut") && p.word(h + 1) == "serta");
    let rest = p.original_from(h + 1 + skip);
    match result_word(a) {
        ResultWord::Word(w) if w.ends_with("nya") && !w.contains(' ') => {
            let (text, _) = rewrite_verb_list(p, h, &w)?;
            Some(with_quality(p, h, text))
        }
        ResultWord::Word(w) if starts_verb_list(p, h) => {
            // A multi-word result ("Tersusunnya laporan") cannot open a list of verbs.
            let _ = w;
            None
        }
        ResultWord::Word(w) => Some(with_quality(p, h, format!("{w} {rest}"))),
        ResultWord::NameProduct
            if LEARNING_STEMS.iter().any(|s| a.stem_is(s)) && !rest.is_empty() =>
        {
            Some(format!(
                "Meningkatnya kompetensi {} yang \u{2026}",
                lower_first(&rest)
            ))
        }
        ResultWord::NameProduct => {
            let first = p.word(h + 1 + skip);
            if rest.is_empty() || has(lx::QUALITY, first) {
                None
            } else {
                Some(product_suggestion(&rest))
            }
        }
    }
}

/// The verb at `h` is followed by "dan"/"serta" and another task verb.
fn starts_verb_list(p: &Phrase, h: usize) -> bool {
    matches!(p.word(h + 1), "dan" | "serta" | "atau")
        && matches!(read_head(p, h + 2), Head::TaskVerb(_))
        || matches!(read_head(p, h + 1), Head::TaskVerb(b) if b.known())
}

/// Rewrites the head verb and every task verb joined to the phrase by "dan", "serta",
/// "atau" or a comma into result forms; only the last of a leading list keeps -nya
/// ("Tersusun, terolah dan tersajikannya data"). `None` when a verb has no result form.
fn rewrite_verb_list(p: &Phrase, h: usize, head_word: &str) -> Option<(String, usize)> {
    // Leading list: verbs right after the head, joined by conjunctions or commas.
    let mut lead = vec![(h, head_word.to_string())];
    let mut k = h + 1;
    loop {
        let conj = matches!(p.word(k), "dan" | "serta" | "atau");
        let at = if conj { k + 1 } else { k };
        match read_head(p, at) {
            Head::TaskVerb(b) if b.known() => match result_word(&b) {
                ResultWord::Word(w) if w.ends_with("nya") && !w.contains(' ') => {
                    lead.push((at, w));
                    k = at + 1;
                }
                _ => return None,
            },
            _ => break,
        }
    }
    let last = lead.len() - 1;
    let mut out = String::new();
    let mut from = h;
    for (n, (at, w)) in lead.iter().enumerate() {
        // What stands between the previous verb and this one (", ", " dan ") as written.
        if n > 0 {
            let (_, prev_end) = p.span(from, from);
            let (start, _) = p.span(*at, *at);
            let between: String = p
                .original
                .chars()
                .skip(prev_end)
                .take(start.saturating_sub(prev_end))
                .collect();
            out.push_str(&crate::core::huruf::kecil(&between));
        }
        let word = if n == last {
            w.clone()
        } else {
            w.trim_end_matches("nya").to_string()
        };
        out.push_str(&if n == 0 { word } else { lower_first(&word) });
        from = *at;
    }
    // Verbs later in the phrase after "dan" ("… Poktan dan meningkatkan kelas …").
    let mut tail = String::new();
    let start = from + 1;
    let mut i = start;
    let mut copied_to = p.span(start, start).0;
    while i < p.len() {
        if matches!(p.word(i), "dan" | "serta") {
            if let Head::TaskVerb(b) = read_head(p, i + 1) {
                if b.known() {
                    let ResultWord::Word(w) = result_word(&b) else {
                        return None;
                    };
                    if !w.ends_with("nya") || w.contains(' ') {
                        return None;
                    }
                    let (vs, ve) = p.span(i + 1, i + 1);
                    tail.extend(p.original.chars().skip(copied_to).take(vs - copied_to));
                    tail.push_str(&lower_first(&w));
                    copied_to = ve;
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    if start < p.len() {
        tail.extend(p.original.chars().skip(copied_to));
    }
    let tail = tail.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    let text = if tail.is_empty() {
        out
    } else {
        format!("{out} {tail}")
    };
    Some((text, from))
}

/// Stems of teaching: the result is the learners' competence.
const LEARNING_STEMS: [&str; 4] = ["latih", "bimbing", "didik", "ajar"];

/// For an activity with no product of its own: name the product or the changed condition.
fn product_suggestion(rest: &str) -> String {
    let low = crate::core::huruf::kecil(rest);
    let learning = [
        "pelatihan",
        "diklat",
        "bimtek",
        "workshop",
        "seminar",
        "kursus",
        "webinar",
        "bimbingan",
    ];
    if learning.iter().any(|w| low.contains(w)) {
        format!(
            "Meningkatnya kompetensi \u{2026} melalui {}",
            lower_first(rest)
        )
    } else if rest.is_empty() {
        "Terwujudnya \u{2026}".to_string()
    } else {
        // The product of the activity is the user's to name: a report of it is not a result.
        format!("Terwujudnya \u{2026} melalui {}", lower_first(rest))
    }
}

/// "Meningkatnya pembinaan …", "Meningkatnya layanan …" with no quality: the head says
/// something grows, and what follows is an activity.
/// "Program Pengembangan …", "Program Pemberian …": a programme's name (from the
/// budget nomenclature) names work to be done, whatever follows; "Menjadi wali kelas"
/// names a role taken on, a task.
fn programme_head<'a>(p: &'a Phrase, h: usize) -> Option<Head<'a>> {
    match p.word(h) {
        "program" | "subkegiatan" => match read_head(p, h + 1) {
            Head::Category(a) => Some(Head::Category(a)),
            Head::Upaya => Some(Head::Category(analyse(p.word(h + 1)))),
            // The nomenclature names every programme by a pe-…-an process noun ("Program
            // Penyediaan …", "Program Peningkatan …"), whichever verb it comes from.
            _ if is_pe_an(p.word(h + 1)) => Some(Head::Category(analyse(p.word(h + 1)))),
            _ => None,
        },
        "menjadi" => Some(Head::TaskVerb(analyse("menjadi"))),
        _ => None,
    }
}

fn is_pe_an(w: &str) -> bool {
    w.len() > 6 && w.starts_with("pe") && w.ends_with("an")
}

fn grows_an_activity(p: &Phrase, h: usize) -> bool {
    let w = p.word(h);
    let grows = [
        "meningkatnya",
        "menurunnya",
        "bertambahnya",
        "berkurangnya",
        "menguatnya",
        "membaiknya",
        "meningkat",
    ];
    if !grows.contains(&w) {
        return false;
    }
    let next = p.word(h + 1);
    let activity = match read_head(p, h + 1) {
        _ if super::iki::public_visit(p, h + 1) => false,
        Head::Category(_) | Head::Happened | Head::Upaya => true,
        _ => has(lx::CATEGORY, next),
    };
    activity && {
        let t = read_tail(p, h + 1);
        !t.quality && !t.state
    }
}

/// "Pengawasan bangunan" → "Terawasinya bangunan yang …"; a meeting or training →
/// name its product; otherwise add a quality criterion.
fn category_suggestion(p: &Phrase, h: usize, a: &Analysis) -> String {
    let whole = p.original_from(h);
    let w = p.word(h);
    if has(lx::IKI_ACTIVITY, w) || w == "monev" || w == "bimbingan" {
        return product_suggestion(&whole);
    }
    // "Pengawasan terhadap bangunan" → "Terawasinya bangunan": the preposition went with
    // the noun; other function words leave no clean rewrite.
    let skip = usize::from(matches!(p.word(h + 1), "terhadap" | "atas"));
    if skip == 0 && has(lx::FUNCTION, p.word(h + 1)) {
        return format!("{whole} yang \u{2026}");
    }
    let rest = p.original_from(h + 1 + skip);
    let nominal = matches!(a.prefix, Prefix::PeN | Prefix::Per) && a.has(lx::TASK);
    let loan = a.prefix == Prefix::None && a.has(lx::TASK) && a.has(lx::NOUN);
    match result_word(a) {
        ResultWord::Word(r) if nominal || loan => {
            let rest = if rest.is_empty() {
                "\u{2026}".to_string()
            } else {
                rest
            };
            format!("{r} {rest} yang \u{2026}")
        }
        ResultWord::NameProduct if nominal || loan => product_suggestion(&whole),
        _ => format!("{whole} yang \u{2026}"),
    }
}

/// "Peningkatan kualitas layanan" → "Meningkatnya kualitas layanan".
fn upaya_suggestion(head: &str, rest: &str) -> String {
    let word = match head {
        "penurunan" | "pengurangan" => "Menurunnya",
        "penguatan" | "pemantapan" => "Menguatnya",
        "perbaikan" | "penyempurnaan" => "Membaiknya",
        "perluasan" => "Meluasnya",
        "penambahan" => "Bertambahnya",
        "percepatan" | "akselerasi" => "Meningkatnya kecepatan",
        "pengembangan" => "Berkembangnya",
        _ => "Meningkatnya",
    };
    if rest.is_empty() {
        format!("{word} \u{2026}")
    } else {
        format!("{word} {rest}")
    }
}

/// Adds " yang …" unless the phrase already has a quality criterion.
fn with_quality(p: &Phrase, h: usize, s: String) -> String {
    let s = besar_awal(s.trim());
    let t = read_tail(p, h + 1);
    if t.quality || t.manner {
        s
    } else {
        format!("{s} yang \u{2026}")
    }
}
