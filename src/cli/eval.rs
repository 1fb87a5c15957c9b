//! Evaluating the wording checker on a labelled corpus of real phrases
//! (`tests/data/corpus/*.jsonl`): accuracy per kind and class, the confusion table, every
//! error on a good phrase, and every offered rewrite that fails a re-check.
//!
//! Rewrites are judged by the same re-check the checker applies before it offers one
//! ([`rewrite_problem`]): a broken rewrite here means a suggestion slipped past it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::core::wording::{check, rewrite_problem, Finding, Kind, Severity};

/// One labelled phrase of the corpus.
#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub text: String,
    /// "rhk" or "iki".
    pub kind: String,
    /// The class a careful reader gives it: capaian/aktivitas/kategori/samar for an RHK,
    /// terukur/aktivitas/tidak-terukur for an IKI.
    pub label: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub agency: String,
    #[serde(default)]
    pub jabatan: String,
    #[serde(default)]
    pub doc: String,
    #[serde(default)]
    pub source: String,
}

impl Entry {
    /// The checker's kind, or `None` for an unknown kind.
    pub fn kind(&self) -> Option<Kind> {
        match self.kind.as_str() {
            "rhk" => Some(Kind::Rhk),
            "iki" => Some(Kind::Iki),
            _ => None,
        }
    }

    /// A result (RHK) or a measure (IKI): the checker must never call it an error.
    pub fn good(&self) -> bool {
        matches!(self.label.as_str(), "capaian" | "terukur")
    }
}

/// Reads a JSON Lines corpus; the error names the line.
pub fn parse_corpus(text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let e: Entry = serde_json::from_str(line).map_err(|e| format!("baris {}: {e}", n + 1))?;
        if e.kind().is_none() {
            return Err(format!("baris {}: kind {:?} tidak dikenal", n + 1, e.kind));
        }
        let labels: &[&str] = if e.kind == "rhk" {
            &["capaian", "aktivitas", "kategori", "samar"]
        } else {
            &["terukur", "aktivitas", "tidak-terukur"]
        };
        if !labels.contains(&e.label.as_str()) {
            return Err(format!(
                "baris {}: label {:?} tidak dikenal",
                n + 1,
                e.label
            ));
        }
        out.push(e);
    }
    Ok(out)
}

/// An offered rewrite that does not read as finished, correct result language.
#[derive(Clone, Debug)]
pub struct BrokenRewrite {
    pub text: String,
    pub suggestion: String,
    pub why: String,
}

/// What the checker did on a corpus.
#[derive(Default, Debug)]
pub struct Report {
    /// (kind, label, predicted) → count.
    pub confusion: BTreeMap<(String, String, String), usize>,
    /// Good phrases that got a finding of severity error.
    pub false_errors: Vec<(Entry, Finding)>,
    pub broken_rewrites: Vec<BrokenRewrite>,
    /// Rewrites offered in all.
    pub rewrites: usize,
}

impl Report {
    /// (right, total) for one kind, or for all when `kind` is `None`.
    pub fn accuracy(&self, kind: Option<&str>) -> (usize, usize) {
        let mut right = 0;
        let mut total = 0;
        for ((k, label, pred), n) in &self.confusion {
            if kind.is_some_and(|want| want != k) {
                continue;
            }
            total += n;
            if label == pred {
                right += n;
            }
        }
        (right, total)
    }

    /// Agreement on good/not good alone (the verdict a user sees first).
    pub fn verdict_accuracy(&self) -> (usize, usize) {
        let good = |c: &str| matches!(c, "capaian" | "terukur");
        let mut right = 0;
        let mut total = 0;
        for ((_, label, pred), n) in &self.confusion {
            total += n;
            if good(label) == good(pred) {
                right += n;
            }
        }
        (right, total)
    }
}

/// Runs the checker on every entry.
pub fn evaluate(entries: &[Entry]) -> Report {
    let mut r = Report::default();
    for e in entries {
        let Some(kind) = e.kind() else { continue };
        let (class, findings) = check(kind, &e.text);
        *r.confusion
            .entry((e.kind.clone(), e.label.clone(), class.to_string()))
            .or_default() += 1;
        if e.good() {
            if let Some(f) = findings.iter().find(|f| f.severity == Severity::Error) {
                r.false_errors.push((e.clone(), f.clone()));
            }
        }
        for f in &findings {
            if let Some(s) = &f.suggestion {
                r.rewrites += 1;
                if let Some(why) = rewrite_problem(kind, &e.text, s) {
                    r.broken_rewrites.push(BrokenRewrite {
                        text: e.text.clone(),
                        suggestion: s.clone(),
                        why,
                    });
                }
            }
        }
    }
    r
}

/// The report as text: the command's output.
pub fn render(name: &str, r: &Report) -> String {
    let mut s = String::new();
    let pct = |(a, b): (usize, usize)| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    let _ = writeln!(s, "== {name}");
    for kind in ["rhk", "iki"] {
        let acc = r.accuracy(Some(kind));
        let _ = writeln!(s, "{kind}: {}/{} benar ({:.1}%)", acc.0, acc.1, pct(acc));
        // Per-class recall, then the confusion table (rows: label, columns: predicted).
        let classes: &[&str] = if kind == "rhk" {
            &["capaian", "aktivitas", "kategori", "samar"]
        } else {
            &["terukur", "aktivitas", "tidak-terukur"]
        };
        let _ = write!(s, "  {:<14}", "label \\ hasil");
        for c in classes {
            let _ = write!(s, "{c:>14}");
        }
        let _ = writeln!(s, "{:>10}", "benar");
        for label in classes {
            let _ = write!(s, "  {label:<14}");
            let mut row_total = 0;
            let mut right = 0;
            for pred in classes {
                let n = r
                    .confusion
                    .get(&(kind.to_string(), label.to_string(), pred.to_string()))
                    .copied()
                    .unwrap_or(0);
                row_total += n;
                if label == pred {
                    right = n;
                }
                let _ = write!(s, "{n:>14}");
            }
            let _ = writeln!(s, "{:>9.1}%", pct((right, row_total)));
        }
    }
    let all = r.accuracy(None);
    let _ = writeln!(s, "semua: {}/{} benar ({:.1}%)", all.0, all.1, pct(all));
    let v = r.verdict_accuracy();
    let _ = writeln!(s, "baik/tidak baik: {}/{} sama ({:.1}%)", v.0, v.1, pct(v));
    let _ = writeln!(s, "kesalahan pada frasa baik: {}", r.false_errors.len());
    for (e, f) in &r.false_errors {
        let _ = writeln!(
            s,
            "  [{}] {:?} → {} ({})",
            e.kind, e.text, f.rule, f.message
        );
    }
    let _ = writeln!(
        s,
        "saran rusak: {} dari {} saran",
        r.broken_rewrites.len(),
        r.rewrites
    );
    for b in &r.broken_rewrites {
        let _ = writeln!(s, "  {:?} → {:?}: {}", b.text, b.suggestion, b.why);
    }
    s
}

/// Lines for every misclassified entry (for tuning on the tuning file only).
pub fn misses(entries: &[Entry]) -> String {
    let mut s = String::new();
    for e in entries {
        let Some(kind) = e.kind() else { continue };
        let (class, findings) = check(kind, &e.text);
        if class != e.label {
            let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
            let _ = writeln!(
                s,
                "  [{} {} → {}] {:?} {:?}",
                e.kind, e.label, class, e.text, rules
            );
        }
    }
    s
}
