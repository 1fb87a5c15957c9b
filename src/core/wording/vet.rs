//! Re-checking a suggestion before it is offered, and the template gap.
//!
//! A rewrite is offered only if it is itself a result (RHK) or a measure (IKI) with no
//! error, keeps every content word of the original after the head, and reads as
//! Indonesian (no function word straight after the new head, no stacked -nya heads, no
//! second verb of a list left in its active form). Text that still holds a gap ("…")
//! gets a "belum lengkap" finding and no suggestion at all: a suggestion on top of a
//! template would stack template on template.

use super::finding::Finding;
use super::iki::classify_iki;
use super::lexicon::{self as lx, has};
use super::morphology::stem;
use super::phrase::{read_head, Head};
use super::rhk::classify_rhk;
use super::rules::TEKS_BELUM_LENGKAP;
use super::text::Phrase;
use super::{IkiClass, Kind, RhkClass, Severity, GAP};

/// The char span of the first template gap ("…" or "...") in `text`.
pub fn gap_span(text: &str) -> Option<(usize, usize)> {
    let (b, dots) = match (
        text.find('\u{2026}'),
        text.as_bytes().windows(3).position(|x| x == b"..."),
    ) {
        (Some(e), Some(d)) if d < e => (d, true),
        (Some(e), _) => (e, false),
        (None, Some(d)) => (d, true),
        (None, None) => return None,
    };
    let i = text[..b].chars().count();
    let len = if dots {
        text[b..].chars().take_while(|&c| c == '.').count()
    } else {
        1
    };
    Some((i, i + len))
}

/// Drops every suggestion that fails [`rewrite_problem`]; on text with a gap, drops them
/// all and says the text is unfinished.
pub(super) fn vet_all(kind: Kind, original: &Phrase, findings: &mut Vec<Finding>) {
    if let Some(span) = gap_span(original.original) {
        for f in findings.iter_mut() {
            f.suggestion = None;
        }
        findings.push(TEKS_BELUM_LENGKAP.finding(
            format!("Teks masih memuat celah {GAP}: isi dengan keterangan yang sebenarnya."),
            span,
            None,
        ));
        return;
    }
    if findings.iter().all(|f| f.suggestion.is_none()) {
        return;
    }
    for f in findings.iter_mut() {
        let bad = f
            .suggestion
            .as_deref()
            .is_some_and(|s| problem(kind, original, s).is_some());
        if bad {
            f.suggestion = None;
        }
    }
}

/// Why `suggestion` is not an acceptable rewrite of `original`, or `None` when it is.
pub fn rewrite_problem(kind: Kind, original: &str, suggestion: &str) -> Option<String> {
    problem(kind, &Phrase::new(original), suggestion)
}

fn problem(kind: Kind, o: &Phrase, suggestion: &str) -> Option<String> {
    let s = Phrase::new(suggestion);
    let (result, findings) = match kind {
        Kind::Rhk => {
            let (c, f) = classify_rhk(&s);
            (c == RhkClass::Capaian, f)
        }
        Kind::Iki => {
            let (c, f) = classify_iki(&s);
            (c == IkiClass::Terukur, f)
        }
    };
    if !result {
        return Some("saran itu sendiri belum berbentuk hasil/ukuran".into());
    }
    if let Some(f) = findings.iter().find(|f| f.severity == Severity::Error) {
        return Some(format!("saran itu sendiri mendapat kesalahan {}", f.rule));
    }
    let kept: Vec<&str> = (0..s.len()).map(|i| s.word(i)).collect();
    // Every content word after the head survives (the head itself is rewritten).
    let first = (0..o.len()).find(|&i| o.word(i).chars().any(char::is_alphabetic));
    if let Some(first) = first {
        for i in first + 1..o.len() {
            let w = o.word(i);
            let content = w.chars().count() >= 3 && !has(lx::FUNCTION, w);
            // A verb of a list comes back in its result form (mencatat → tercatatnya).
            let rewritten = || {
                let st = stem(w);
                (0..s.len()).any(|k| stem(s.word(k)) == st)
            };
            if content && !kept.contains(&w) && !rewritten() {
                return Some(format!("kata \u{201c}{w}\u{201d} hilang"));
            }
        }
    }
    let second = s.word(1);
    // "Terwujudnya … melalui …": the gap stands between head and function word.
    let gap_after_head = s.len() > 1 && s.gap_after(0).contains('\u{2026}');
    // "Diterima dan tercatatnya …": a list of result forms.
    let list = matches!(second, "dan" | "serta" | "atau")
        && matches!(read_head(&s, 2), Head::Result | Head::State);
    if has(lx::FUNCTION, second) && !gap_after_head && !list && second != "para" {
        return Some(format!(
            "kata tugas \u{201c}{second}\u{201d} langsung setelah kata hasil"
        ));
    }
    let nya = |w: &str| w.len() > 5 && w.ends_with("nya");
    for i in 0..s.len().saturating_sub(1) {
        let (a, b) = (s.word(i), s.word(i + 1));
        if nya(a) && nya(b) {
            return Some(format!("dua kata -nya bertumpuk: {a} {b}"));
        }
        if a == "yang" && nya(b) && matches!(read_head(&s, i + 1), Head::Result | Head::State) {
            return Some(format!("\u{201c}yang {b}\u{201d}"));
        }
        if matches!(a, "dan" | "serta") {
            if let Head::TaskVerb(v) = read_head(&s, i + 1) {
                if v.known() && i + 1 > 0 {
                    return Some(format!(
                        "\u{201c}{a} {b}\u{201d}: kata kerja kedua tidak ikut diubah"
                    ));
                }
            }
        }
    }
    if suggestion.matches(GAP).count() > 2 {
        return Some("terlalu banyak celah".into());
    }
    None
}
