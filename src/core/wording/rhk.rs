//! Classifying one RHK phrase: capaian, aktivitas, kategori or samar.
//!
//! The head word decides the class (a result form, a task verb, a category noun); the rest
//! of the phrase only matters for noun heads, where a result state ("… diproses dengan
//! cepat") or a quality criterion ("… yang optimal") turns the noun phrase into a result.
//! An activity word later in the phrase never makes a result an activity.

use super::finding::Finding;
use super::lexicon::{self as lx, has};
use super::morphology::{Analysis, Prefix};
use super::phrase::{
    catch_all, first_content, lower_first, read_head, read_tail, upper_first, Head,
};
use super::rules::*;
use super::suggest::{result_word, ResultWord};
use super::text::Phrase;
use super::RhkClass;

/// Classifies one RHK and lists what is wrong with it.
pub fn check_rhk(text: &str) -> (RhkClass, Vec<Finding>) {
    let p = Phrase::new(text);
    let mut out = Vec::new();
    let Some(h) = first_content(&p) else {
        let f = RHK_KOSONG.finding("RHK masih kosong.".into(), (0, 0), None);
        return (RhkClass::Samar, vec![f]);
    };
    let head = read_head(&p, h);
    let head_span = p.span(h, h);
    // The head as the user wrote it, for messages (built only when a message needs it).
    let head_text = || p.original_span(h, h);
    let mut class = match head {
        Head::TaskVerb(a) => {
            let suggestion = activity_suggestion(&p, h, &a);
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
        Head::State | Head::Outcome | Head::Negation => RhkClass::Capaian,
        Head::Result | Head::Output => {
            let tail = read_tail(&p, h + 1);
            if !tail.quality && !tail.state {
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
            let tail = read_tail(&p, h + 1);
            if tail.quality || tail.state {
                RhkClass::Capaian
            } else {
                out.push(RHK_KATEGORI.finding(
                    format!(
                        "\u{201c}{}\u{201d} hanya menamai jenis pekerjaan, tanpa keadaan hasil atau kriteria kualitas.",
                        head_text()
                    ),
                    head_span,
                    Some(category_suggestion(&p, h, &a)),
                ));
                RhkClass::Kategori
            }
        }
        Head::Upaya => {
            let tail = read_tail(&p, h + 1);
            if tail.quality || tail.state {
                RhkClass::Capaian
            } else {
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
        }
        Head::Other => {
            let tail = read_tail(&p, h + 1);
            if tail.quality || tail.state || tail.active {
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
    if let Some(span) = catch_all(&p) {
        out.retain(|f| f.rule != RHK_TANPA_KUALITAS.id && f.rule != RHK_TANPA_HASIL.id);
        out.push(RHK_TUGAS_LAIN.finding(
            "Tugas lain dari atasan bukan hasil kerja yang bisa diukur; tuliskan hasil penugasannya.".into(),
            span,
            None,
        ));
        if class == RhkClass::Capaian {
            class = RhkClass::Samar;
        }
    }
    (class, out)
}

/// "Menyusun laporan X" → "Tersusunnya laporan X yang …".
fn activity_suggestion(p: &Phrase, h: usize, a: &Analysis) -> Option<String> {
    // "Ikut serta dalam …": "serta" belongs to the verb.
    let skip = usize::from(a.stem_is("ikut") && p.word(h + 1) == "serta");
    let rest = p.original_from(h + 1 + skip);
    match result_word(a) {
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

/// Stems of teaching: the result is the learners' competence.
const LEARNING_STEMS: [&str; 4] = ["latih", "bimbing", "didik", "ajar"];

/// For an activity with no product of its own: name the product or the changed condition.
fn product_suggestion(rest: &str) -> String {
    let low = rest.to_lowercase();
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
        "Tersusunnya laporan hasil \u{2026} yang \u{2026}".to_string()
    } else {
        format!(
            "Tersusunnya laporan hasil {} yang \u{2026}",
            lower_first(rest)
        )
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
    let rest = p.original_from(h + 1);
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
    let s = upper_first(s.trim());
    if read_tail(p, h + 1).quality {
        s
    } else {
        format!("{s} yang \u{2026}")
    }
}
