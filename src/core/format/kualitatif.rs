//! Version 3 of the draft file: on a kualitatif draft each RHK lists `ukuran_keberhasilan`,
//! the narrative lines of the form's one kualitatif column ("ukuran keberhasilan / indikator
//! kinerja individu, target (dan perspektif)"), instead of `iki` with the aspek and target
//! columns that form does not have. A line is `{ "id", "teks" }` plus `perspektif` on an SKP
//! JPT; an aspek or target typed before the draft turned kualitatif is kept on its line, so
//! switching back loses nothing.
//!
//! In memory a line is an [`Iki`](crate::core::model::Iki) whose text is the whole line: the
//! editor, print, XLSX and e-Kinerja view already show it so. Only the file differs, here.

use serde_json::{Map, Value};

/// The key of a kualitatif RHK's lines in a version 3 file.
pub const UKURAN: &str = "ukuran_keberhasilan";

/// Writes a draft object (as serde gives it) in the version 3 layout: a kualitatif draft's
/// RHK get `ukuran_keberhasilan` in place of `iki`; a kuantitatif draft is left as it is.
pub fn tulis(draft: &mut Value) {
    if !is_kualitatif(draft) {
        return;
    }
    for rhk in rhk_list(draft) {
        let Some(iki) = rhk.remove("iki") else {
            continue;
        };
        let lines = match iki {
            Value::Array(list) => list.into_iter().map(baris).collect(),
            other => other,
        };
        rhk.insert(UKURAN.into(), lines);
    }
}

/// Reads `ukuran_keberhasilan` back into the model's `iki` (a line without a target gets an
/// empty one). An RHK holding both is refused with its path: which of the two is meant
/// cannot be guessed. Returns whether the draft used such lines (its error paths then name
/// `ukuran_keberhasilan` as the file does).
pub fn baca(draft: &mut Value) -> Result<bool, String> {
    let mut used = false;
    for (r, rhk) in rhk_list(draft).enumerate() {
        let Some(lines) = rhk.remove(UKURAN) else {
            continue;
        };
        if rhk.contains_key("iki") {
            return Err(format!("rhk[{r}]"));
        }
        used = true;
        let iki = match lines {
            Value::Array(list) => Value::Array(
                list.into_iter()
                    .map(|mut l| {
                        if let Some(o) = l.as_object_mut() {
                            o.entry("target")
                                .or_insert_with(|| Value::Object(Map::new()));
                        }
                        l
                    })
                    .collect(),
            ),
            other => other,
        };
        rhk.insert("iki".into(), iki);
    }
    Ok(used)
}

fn is_kualitatif(draft: &Value) -> bool {
    draft.pointer("/header/pendekatan").and_then(Value::as_str) == Some("kualitatif")
}

fn rhk_list(draft: &mut Value) -> impl Iterator<Item = &mut Map<String, Value>> {
    draft
        .get_mut("rhk")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}

/// One IKI as a line: its empty target dropped (a narrative line has none).
fn baris(mut iki: Value) -> Value {
    if let Some(o) = iki.as_object_mut() {
        let empty = o.get("target").and_then(Value::as_object).is_some_and(|t| {
            t.values()
                .all(|v| v.as_str().is_none_or(|s| s.trim().is_empty()))
        });
        if empty {
            o.remove("target");
        }
    }
    iki
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lines_round_trip_and_keep_a_typed_target() {
        let mut d = json!({"header": {"pendekatan": "kualitatif"}, "rhk": [{"id": "r1", "iki": [
            {"id": "i1", "teks": "Laporan diterima tepat waktu", "target": {"nilai": "", "nilai_maks": "", "satuan": ""}},
            {"id": "i2", "teks": "Sisa", "target": {"nilai": "2", "nilai_maks": "", "satuan": "Dokumen"}, "aspek": "kuantitas"}
        ]}]});
        let before = d.clone();
        tulis(&mut d);
        assert_eq!(d["rhk"][0].get("iki"), None);
        assert_eq!(
            d["rhk"][0][UKURAN][0],
            json!({"id": "i1", "teks": "Laporan diterima tepat waktu"})
        );
        assert_eq!(d["rhk"][0][UKURAN][1]["target"]["nilai"], "2");
        assert_eq!(baca(&mut d), Ok(true), "the draft used lines");
        // The empty target comes back as an empty object; serde fills its fields.
        assert_eq!(d["rhk"][0]["iki"][0]["target"], json!({}));
        assert_eq!(d["rhk"][0]["iki"][1], before["rhk"][0]["iki"][1]);
    }

    #[test]
    fn kuantitatif_is_untouched_and_both_keys_are_refused() {
        let mut d =
            json!({"header": {"pendekatan": "kuantitatif"}, "rhk": [{"id": "r1", "iki": []}]});
        let before = d.clone();
        tulis(&mut d);
        assert_eq!(d, before);
        let mut both = json!({"rhk": [{"id": "r1", "iki": [], UKURAN: []}]});
        assert_eq!(baca(&mut both), Err("rhk[0]".to_string()));
    }
}
