//! Classifying one IKI phrase: terukur, aktivitas (counts activities) or tidak-terukur
//! (no measure head).

use super::finding::Finding;
use super::lexicon::{self as lx, has};
use super::morphology::{analyse, Prefix, Suffix};
use super::phrase::{first_content, lower_first, read_head, read_tail, Head};
use super::rules::*;
use super::text::{Phrase, TokKind};
use super::{IkiClass, Kind};

/// What kind of quantity a measure head names; decides which satuan fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadKind {
    /// Jumlah, Banyaknya, Total: a count of things.
    Count,
    /// Persentase, Proporsi, Cakupan: a share of a whole.
    Percent,
    /// Waktu penyelesaian, Lama, Durasi, Rata-rata waktu: a duration.
    Time,
    /// Any other head (Nilai, Indeks, Tingkat, Ketepatan waktu …).
    Other,
}

/// The measure head of an IKI: its token index and kind.
struct MeasureHead {
    at: usize,
    kind: HeadKind,
    /// The whole phrase names a standard indicator (an acronym, an English name).
    named: bool,
}

/// Words that may come before the head: "Meningkatnya persentase …", "Target jumlah …".
fn is_lead(w: &str) -> bool {
    matches!(
        w,
        "meningkatnya" | "menurunnya" | "tercapainya" | "target" | "terwujudnya" | "capaian"
    )
}

/// Acronyms of standard indicators (APK, BOR, IKM, IPM, NTP …): they name a measure.
const INDICATOR_ACRONYMS: &[&str] = &[
    "ahh", "akaba", "akb", "aki", "akn", "alos", "apk", "apm", "aps", "avlos", "bor", "bto",
    "eprt", "gdr", "hls", "idg", "ihk", "ikd", "ikk", "iklh", "ikm", "ikp", "ikpa", "ipg", "ipkd",
    "ipkm", "ipm", "ipp", "los", "ndr", "ntn", "ntp", "pdrb", "rls", "sakip", "skm", "tkt", "toi",
    "tpt", "uhh",
];

/// English words that name a measure in indicators kept in English ("Bed Occupancy Rate").
fn english_measure(w: &str) -> bool {
    matches!(
        w,
        "rate" | "ratio" | "index" | "score" | "time" | "average" | "length" | "percentage"
    )
}

/// A measure head, or a misspelling of one ("Presentasi", "Perevalensi", "Rara-rata"):
/// one letter added, dropped or changed in a head of six letters or more.
fn is_measure_head(w: &str) -> bool {
    has(lx::MEASURE_HEAD, w)
        || (w.len() >= 6
            && lx::MEASURE_HEAD
                .iter()
                .any(|m| m.len() >= 6 && one_edit_apart(m.as_bytes(), w.as_bytes())))
}

fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let pre = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        pre < short.len() && short[pre + 1..] == long[pre + 1..]
    } else {
        short[pre..] == long[pre + 1..]
    }
}

fn find_head(p: &Phrase, h: usize) -> Option<MeasureHead> {
    // "Bed Occupancy Rate (BOR)", "Average Length of Stay": an English indicator name, or
    // a standard indicator's acronym anywhere.
    let verb = matches!(read_head(p, h), Head::TaskVerb(_));
    let named = !verb
        && (h..p.len()).any(|i| {
            let w = p.word(i);
            english_measure(w) || (p.is_acronym(i) && has(INDICATOR_ACRONYMS, w))
        });
    if named {
        let percent =
            (h..p.len()).any(|i| matches!(p.word(i), "apk" | "apm" | "aps" | "bor" | "tpt"));
        return Some(MeasureHead {
            at: h,
            kind: if percent {
                HeadKind::Percent
            } else {
                HeadKind::Other
            },
            named: true,
        });
    }
    let mut i = h;
    while i < p.len() && i < h + 3 {
        let w = p.word(i);
        if p.toks[i].kind == TokKind::Percent || is_measure_head(w) {
            let next = p.word(i + 1);
            let kind = if has(lx::COUNT_HEAD, w) {
                HeadKind::Count
            } else if has(lx::PERCENT_HEAD, w) || p.toks[i].kind == TokKind::Percent {
                HeadKind::Percent
            } else if has(lx::TIME_HEAD, w)
                || (is_average(w) && matches!(next, "waktu" | "lama" | "durasi"))
            {
                HeadKind::Time
            } else {
                HeadKind::Other
            };
            return Some(MeasureHead {
                at: i,
                kind,
                named: false,
            });
        }
        if !is_lead(w) {
            return None;
        }
        i += 1;
    }
    None
}

fn is_average(w: &str) -> bool {
    matches!(w, "rata-rata" | "ratarata" | "rerata")
}

/// The IKI measures growth ("Persentase peningkatan …"), which may exceed 100%.
pub fn measures_growth(text: &str) -> bool {
    let p = Phrase::new(text);
    (0..p.len()).any(|i| {
        matches!(
            p.word(i),
            "peningkatan" | "pertumbuhan" | "kenaikan" | "laju" | "penambahan" | "growth"
        )
    })
}

/// Classifies one IKI and lists what is wrong with it.
pub fn check_iki(text: &str) -> (IkiClass, Vec<Finding>) {
    let (class, findings, _) = check_iki_head(text);
    (class, findings)
}

/// [`check_iki`], also giving the kind of the measure head (for the satuan check), so a
/// draft check reads each IKI once. Suggestions are re-checked ([`super::vet`]).
pub fn check_iki_head(text: &str) -> (IkiClass, Vec<Finding>, Option<HeadKind>) {
    let p = Phrase::new(text);
    let (class, mut findings, head) = classify_iki_head(&p);
    super::vet::vet_all(Kind::Iki, &p, &mut findings);
    (class, findings, head)
}

/// [`check_iki`] before its suggestions are vetted: the vetting itself calls this.
pub(super) fn classify_iki(p: &Phrase) -> (IkiClass, Vec<Finding>) {
    let (class, findings, _) = classify_iki_head(p);
    (class, findings)
}

fn classify_iki_head(p: &Phrase) -> (IkiClass, Vec<Finding>, Option<HeadKind>) {
    let Some(h) = first_content(p) else {
        let f = IKI_KOSONG.finding("IKI masih kosong.".into(), (0, 0), None);
        return (IkiClass::TidakTerukur, vec![f], None);
    };
    let Some(head) = find_head(p, h) else {
        let w = p.word(h);
        if has(lx::DIMENSION, w) && w.starts_with("ke") && w.ends_with("an") {
            // "Kepatuhan terhadap Clinical Pathway", "Kelengkapan rekam medis": the
            // national quality indicators are written so; the measure word is a hint.
            return (IkiClass::Terukur, vec![no_measure(p, h)], None);
        }
        return (IkiClass::TidakTerukur, vec![no_measure(p, h)], None);
    };
    let (class, findings) = check_object(p, h, &head);
    (class, findings, Some(head.kind))
}

/// Checks what an IKI with a measure head measures.
fn check_object(p: &Phrase, h: usize, head: &MeasureHead) -> (IkiClass, Vec<Finding>) {
    let mut out = Vec::new();
    if head.named {
        return (IkiClass::Terukur, out);
    }
    // Skip what belongs to the head: "waktu" after Ketepatan, a second head
    // ("persentase jumlah"), dimensions ("kepuasan"), change nouns ("peningkatan"), "dari".
    let mut j = head.at + 1;
    let mut dimension = false;
    while j < p.len() {
        let w = p.word(j);
        let is_dimension = has(lx::DIMENSION, w) && w != "waktu" && w != "penyelesaian";
        dimension |= is_dimension;
        let part_of_head = is_dimension
            || has(lx::DIMENSION, w)
            || has(lx::CHANGE, w)
            || has(lx::MEASURE_HEAD, w)
            || matches!(w, "dari" | "rata-rata");
        if !part_of_head {
            break;
        }
        j += 1;
    }
    let obj = p.word(j);
    if j >= p.len() || has(lx::FUNCTION, obj) {
        out.push(IKI_TANPA_OBJEK.finding(
            "Setelah kata ukuran belum disebut apa yang diukur.".into(),
            p.span(head.at, j.saturating_sub(1)),
            None,
        ));
        return (IkiClass::Terukur, out);
    }
    // "Indeks efektivitas sosialisasi" measures an effect of the activity, not its count.
    let counted = if dimension {
        None
    } else {
        counts_activity(p, j, head.kind)
    };
    if let Some(end) = counted {
        let shown = p.original_span(j, end);
        out.push(IKI_HITUNG_AKTIVITAS.finding(
            format!(
                "IKI menghitung aktivitas (\u{201c}{shown}\u{201d}), bukan hasilnya; ukur produk atau akibat kegiatan itu."
            ),
            p.span(j, end),
            activity_suggestion(p, j),
        ));
        return (IkiClass::Aktivitas, out);
    }
    if head.kind == HeadKind::Percent && needs_criterion(obj) && !has_criterion(p, j + 1) {
        out.push(IKI_PERSENTASE_TANPA_KRITERIA.finding(
            format!(
                "Persentase \u{201c}{}\u{201d} belum menyebut kriteria yang dihitung (mis. yang lengkap, yang disahkan, yang tepat waktu).",
                p.original_span(j, j)
            ),
            p.span(j, p.len() - 1),
            Some(format!("{} yang \u{2026}", p.original_from(h))),
        ));
    }
    (IkiClass::Terukur, out)
}

/// A better measure for a counted activity: what the meeting or training produced.
fn activity_suggestion(p: &Phrase, j: usize) -> Option<String> {
    let rest = lower_first(&p.original_from(j));
    let learning = (j..p.len()).any(|k| {
        matches!(
            p.word(k),
            "sosialisasi"
                | "bimtek"
                | "diklat"
                | "pelatihan"
                | "workshop"
                | "seminar"
                | "webinar"
                | "penyuluhan"
        )
    });
    let w = p.word(j);
    if matches!(
        w,
        "kehadiran" | "absensi" | "presensi" | "keikutsertaan" | "partisipasi"
    ) || attends(p, j)
    {
        None
    } else if learning {
        Some(format!("Persentase peserta {rest} yang memahami materi"))
    } else if matches!(
        w,
        "kegiatan" | "pelaksanaan" | "penyelenggaraan" | "kali" | "apel"
    ) {
        Some(format!("Jumlah keluaran {rest} yang \u{2026}"))
    } else {
        Some(format!(
            "Persentase rekomendasi hasil {rest} yang ditindaklanjuti"
        ))
    }
}

/// The finding for an IKI without a measure head.
fn no_measure(p: &Phrase, h: usize) -> Finding {
    let w = p.word(h);
    let rest = p.original_from(h);
    if has(lx::DIMENSION, w) || matches!(w, "kepuasan" | "kualitas" | "mutu") {
        let measure = if w == "kepuasan" { "Indeks" } else { "Tingkat" };
        // A ke-…-an dimension is how national quality indicators are named; "Kualitas …"
        // or "Mutu …" alone is not.
        let rule = if w.starts_with("ke") && w.ends_with("an") {
            &IKI_DIMENSI_TANPA_UKURAN
        } else {
            &IKI_UKURAN_RAGU
        };
        return rule.finding(
            format!(
                "\u{201c}{}\u{201d} menyebut dimensi kualitas, tetapi belum ada kata ukurannya.",
                p.original_span(h, h)
            ),
            p.span(h, h),
            Some(format!("{measure} {}", lower_first(&rest))),
        );
    }
    let object = p.original_from(h + 1);
    let head = read_head(p, h);
    let suggestion = match head {
        Head::TaskVerb(_) if !object.is_empty() => {
            Some(format!("Jumlah {} yang \u{2026}", lower_first(&object)))
        }
        // "Tersedianya data X" → "Persentase data X yang tersedia".
        Head::Result if w.ends_with("nya") && !object.is_empty() => Some(format!(
            "Persentase {} yang {}",
            lower_first(&object),
            w.trim_end_matches("nya")
        )),
        Head::Result | Head::Happened | Head::State | Head::TaskVerb(_) | Head::Negation => None,
        _ if has(lx::QUALITY, w) => {
            Some(format!("Persentase \u{2026} yang {}", lower_first(&rest)))
        }
        _ => Some(format!("Persentase {} yang \u{2026}", lower_first(&rest))),
    };
    // Certain: a verb, a result or state form, a product noun, a bare quality or a kind
    // of work names no measure. Any other noun may be an agency's own measure.
    let certain = matches!(
        head,
        Head::TaskVerb(_)
            | Head::Result
            | Head::Happened
            | Head::State
            | Head::Output
            | Head::Category(_)
    ) || has(lx::QUALITY, w);
    let rule = if certain {
        &IKI_TANPA_UKURAN
    } else {
        &IKI_UKURAN_RAGU
    };
    rule.finding(
        if certain {
            "IKI tidak diawali kata ukuran (Persentase, Jumlah, Nilai, Indeks, Tingkat, Rata-rata, …).".into()
        } else {
            "Apakah ini ukuran? IKI tidak diawali kata ukuran yang dikenal (Persentase, Jumlah, Indeks, Angka, Cakupan, …).".into()
        },
        p.whole(),
        suggestion,
    )
}

/// Whether the object at `j` is an activity being counted; the last token of it if so.
fn counts_activity(p: &Phrase, j: usize, kind: HeadKind) -> Option<usize> {
    let w = p.word(j);
    let last = p.len() - 1;
    // A duration of a visit or a stay is an outcome ("Rata-rata lama kunjungan wisatawan").
    if kind == HeadKind::Time {
        return None;
    }
    // "Persentase partisipasi masyarakat": a share of people taking part is an outcome;
    // a count of participations is not.
    let share = kind != HeadKind::Count && w == "partisipasi";
    if public_visit(p, j) {
        return None;
    }
    if has(lx::IKI_ACTIVITY, w) && !share {
        return Some(j);
    }
    // "Jumlah laporan rapat koordinasi", "Jumlah laporan kegiatan …": a report per
    // activity still counts the activities.
    if matches!(w, "laporan" | "notulen" | "notula" | "dokumentasi")
        && has(lx::IKI_ACTIVITY, p.word(j + 1))
    {
        return Some(j + 1);
    }
    // "Jumlah jam tatap muka", "Rata-rata jumlah tatap muka dosen": teaching time.
    if let Some(k) =
        (j..p.len().saturating_sub(1)).find(|&k| p.word(k) == "tatap" && p.word(k + 1) == "muka")
    {
        return Some(k + 1);
    }
    // "… yang dilaksanakan", "… yang telah difasilitasi", "… yang melaksanakan …": the
    // objects received or carried out an activity; nothing says what it changed.
    if let Some(k) = receives_activity(p, j + 1) {
        return Some(k);
    }
    let a = analyse(w);
    let nominal = matches!(a.prefix, Prefix::PeN | Prefix::Per) && a.suffix == Suffix::An;
    // "Jumlah pelaksanaan kegiatan": what was carried out decides.
    if nominal && a.has(lx::SAMAR) && kind != HeadKind::Other {
        let mut k = j + 1;
        while matches!(p.word(k), "dan" | "serta") {
            k += 1;
        }
        let next = p.word(k);
        let activity_next = next.is_empty()
            || has(lx::IKI_ACTIVITY, next)
            || has(lx::CATEGORY, next)
            || is_task_nominal(next);
        return activity_next.then_some(k.min(p.len() - 1));
    }
    if attends(p, j) {
        return Some(last);
    }
    let soft = has(lx::CATEGORY, w) || (nominal && a.has(lx::TASK));
    if kind == HeadKind::Count && soft && !has_result_criterion(p, j + 1) {
        return Some(j);
    }
    // "Cakupan administrasi kepegawaian": a share of a kind of work done.
    if kind == HeadKind::Percent && has(lx::CATEGORY, w) && !has_result_criterion(p, j + 1) {
        return Some(j);
    }
    None
}

/// Stems whose passive only says the object received an activity: "yang dibina", "yang
/// difasilitasi", "yang disupervisi", "yang diujikan".
const RECEIVED: &[&str] = &[
    "audit",
    "bina",
    "damping",
    "fasilitasi",
    "kembang",
    "kunjung",
    "latih",
    "monitor",
    "pantau",
    "peta",
    "sosialisasi",
    "supervisi",
    "uji",
];

/// The token that ends "yang (telah) di<activity>" or "yang melaksanakan/melakukan …"
/// after `from`, if the phrase has one.
fn receives_activity(p: &Phrase, from: usize) -> Option<usize> {
    (from..p.len()).find_map(|i| {
        if p.word(i) != "yang" {
            return None;
        }
        let mut k = i + 1;
        while matches!(p.word(k), "telah" | "sudah" | "akan") {
            k += 1;
        }
        let w = p.word(k);
        let a = analyse(w);
        let received = matches!(a.prefix, Prefix::Di)
            && (a.has(lx::SAMAR) || RECEIVED.iter().any(|s| a.stem_is(s)));
        let doing = a.prefix == Prefix::MeN && a.has(lx::SAMAR);
        (received || doing).then_some(k)
    })
}

/// "kunjungan pasien", "kunjungan wisatawan": visits the public makes are what a service
/// achieves, not work done by the employee ("kunjungan rumah", "kunjungan kerja").
pub(super) fn public_visit(p: &Phrase, j: usize) -> bool {
    p.word(j) == "kunjungan"
        && (matches!(
            p.word(j + 1),
            "pasien"
                | "wisatawan"
                | "wisman"
                | "wisnus"
                | "pengunjung"
                | "masyarakat"
                | "neonatal"
                | "bayi"
                | "balita"
                | "ibu"
                | "antenatal"
        ) || (p.word(j + 1) == "rumah" && p.word(j + 2) == "sakit"))
}

fn is_task_nominal(w: &str) -> bool {
    let a = analyse(w);
    matches!(a.prefix, Prefix::PeN | Prefix::Per) && a.suffix == Suffix::An && a.has(lx::TASK)
}

/// "… yang (sudah) mengikuti/menghadiri …": participation, not a result.
fn attends(p: &Phrase, from: usize) -> bool {
    (from..p.len()).any(|i| {
        p.word(i) == "yang" && {
            let mut k = i + 1;
            while matches!(p.word(k), "sudah" | "telah" | "aktif") {
                k += 1;
            }
            has(lx::ATTEND, p.word(k))
        }
    })
}

/// A result criterion after the object: a quality word, a ter- state, a non-activity di-.
fn has_result_criterion(p: &Phrase, from: usize) -> bool {
    let t = read_tail(p, from);
    t.quality || t.state
}

/// Any criterion at all for a percentage: a relative clause, a quality, a state.
fn has_criterion(p: &Phrase, from: usize) -> bool {
    (from..p.len()).any(|i| matches!(p.word(i), "yang" | "sesuai" | "dengan" | "tepat"))
        || has_result_criterion(p, from)
}

/// Objects whose percentage needs a criterion: documents, reports, requests.
fn needs_criterion(w: &str) -> bool {
    has(lx::OUTPUT, w) || matches!(w, "permohonan" | "usulan" | "berkas" | "pengaduan")
}
