//! Older file versions, brought up to the current one before the draft is read.
//!
//! Version 2 differs from version 3 only on a kualitatif draft, whose RHK list their
//! narrative lines as `ukuran_keberhasilan` in version 3 (see `kualitatif.rs`).
//!
//! Version 1 (the first pre-release layout) differs from version 2 in two places:
//! - an RHK carried one `perspektif`; version 2 puts it on each IKI (an RHK's IKI may sit
//!   in different perspektif on the SKP JPT form);
//! - an IKI's `target` was one text, "2 Dokumen" or "80-90 %"; version 2 splits it into
//!   `nilai`, `nilai_maks` and `satuan`.

use serde_json::{json, Value};

use super::FormatError;

/// The first version whose draft object reads as the current one as it is, kualitatif
/// lines aside: `to_current` changes nothing from here on.
pub(super) const SAMA_SEJAK: u64 = 2;

/// Migrates `file` (the whole file object) from `version` to the current version in place.
pub fn to_current(file: &mut Value, version: u64) -> Result<(), FormatError> {
    if version == 1 {
        v1_to_v2(file)?;
    }
    // Version 2 to 3 needs no change here: a version 2 kualitatif draft's lines are `iki`,
    // which the reader takes as they are (it turns version 3's `ukuran_keberhasilan` into
    // the same `iki`).
    Ok(())
}

fn v1_to_v2(file: &mut Value) -> Result<(), FormatError> {
    let Some(rhk_list) = file.pointer_mut("/draft/rhk").and_then(Value::as_array_mut) else {
        return Ok(()); // missing or malformed: the schema check that follows reports it
    };
    for rhk in rhk_list.iter_mut().filter_map(Value::as_object_mut) {
        let perspektif = rhk.remove("perspektif");
        let Some(iki_list) = rhk.get_mut("iki").and_then(Value::as_array_mut) else {
            continue;
        };
        for iki in iki_list.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(p) = &perspektif {
                if !p.is_null() && !iki.contains_key("perspektif") {
                    iki.insert("perspektif".into(), p.clone());
                }
            }
            if let Some(Value::String(t)) = iki.get("target") {
                let split = split_target(t);
                iki.insert("target".into(), split);
            }
        }
    }
    if let Some(v) = file.get_mut("version") {
        *v = json!(2);
    }
    Ok(())
}

/// "2 Dokumen" → 2 / Dokumen; "80-90 %" → 80 / 90 / %; "100%" → 100 / %.
fn split_target(text: &str) -> Value {
    let t = text.trim();
    let end = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '–' | ' ')))
        .map_or(t.len(), |(i, _)| i);
    let (angka, satuan) = t.split_at(end);
    let angka = angka.trim();
    let (nilai, maks) = match angka.split_once(['-', '–']) {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (angka, ""),
    };
    json!({ "nilai": nilai, "nilai_maks": maks, "satuan": satuan.trim() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_v1_targets() {
        assert_eq!(
            split_target("2 Dokumen"),
            json!({"nilai": "2", "nilai_maks": "", "satuan": "Dokumen"})
        );
        assert_eq!(
            split_target("80-90 %"),
            json!({"nilai": "80", "nilai_maks": "90", "satuan": "%"})
        );
        assert_eq!(
            split_target("61,95%"),
            json!({"nilai": "61,95", "nilai_maks": "", "satuan": "%"})
        );
        assert_eq!(
            split_target("Dokumen"),
            json!({"nilai": "", "nilai_maks": "", "satuan": "Dokumen"})
        );
        assert_eq!(
            split_target(""),
            json!({"nilai": "", "nilai_maks": "", "satuan": ""})
        );
    }
}
