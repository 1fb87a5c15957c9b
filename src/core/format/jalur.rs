//! Where in a file a value was refused, as a JSON path (`rhk[2].iki[0].teks`).
//!
//! The model is read from compact JSON text, so serde's error carries a byte position; a
//! small scan of the text up to that position names the path. This replaces a path-tracking
//! deserializer, which wrapped every type's deserializer a second time in the wasm.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{terjemah, FormatError};

/// Reads `T` from a JSON value. On failure: the path below the value ("" for the value
/// itself) and serde's message.
fn baca<T: DeserializeOwned>(v: &Value) -> Result<T, (String, String)> {
    // Compact text has one line: the column is the byte offset.
    let teks = v.to_string();
    serde_json::from_str(&teks).map_err(|e| {
        let pesan = e.to_string();
        let objek = pesan.starts_with("missing field");
        (jalur_di(&teks, e.column(), objek), pesan)
    })
}

/// [`baca`] for the part of a file at `akar` (`$.tim`): a refusal is the file's schema error,
/// with the full path and the message in Indonesian.
pub(crate) fn baca_di<T: DeserializeOwned>(akar: &str, v: &Value) -> Result<T, FormatError> {
    baca(v).map_err(|(inner, pesan)| FormatError::Schema {
        path: di_bawah(akar, &inner),
        detail: terjemah(&pesan),
    })
}

/// The path `inner` (`rhk[2].teks`, empty for the value itself) below `akar`.
fn di_bawah(akar: &str, inner: &str) -> String {
    if inner.is_empty() || inner.starts_with('[') {
        format!("{akar}{inner}")
    } else {
        format!("{akar}.{inner}")
    }
}

/// One level of nesting while scanning.
enum Tingkat {
    /// In an object: the last key read, if any.
    Objek(Option<String>),
    /// In an array: the index of the current element.
    Larik(usize),
}

/// The path of the value being read at byte `pos` of `teks` (compact JSON). `objek`: the
/// error is about the enclosing object itself (a missing field), not its last key.
pub(crate) fn jalur_di(teks: &str, pos: usize, objek: bool) -> String {
    let b = teks.as_bytes();
    let akhir = pos.min(b.len());
    let mut tumpuk: Vec<Tingkat> = Vec::new();
    // In an object, a string is a key until its colon is read.
    let mut harap_kunci = false;
    let mut i = 0;
    while i < akhir {
        match b[i] {
            b'{' => {
                tumpuk.push(Tingkat::Objek(None));
                harap_kunci = true;
            }
            b'[' => {
                tumpuk.push(Tingkat::Larik(0));
                harap_kunci = false;
            }
            b'}' | b']' => {
                tumpuk.pop();
                harap_kunci = false;
            }
            b',' => match tumpuk.last_mut() {
                Some(Tingkat::Larik(n)) => *n += 1,
                Some(Tingkat::Objek(_)) => harap_kunci = true,
                None => {}
            },
            b':' => harap_kunci = false,
            b'"' => {
                let mulai = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if harap_kunci {
                    if let Some(Tingkat::Objek(k)) = tumpuk.last_mut() {
                        let mentah = teks.get(mulai..i.min(b.len())).unwrap_or_default();
                        *k = Some(
                            serde_json::from_str::<String>(&format!("\"{mentah}\""))
                                .unwrap_or_else(|_| mentah.to_string()),
                        );
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if objek {
        if let Some(Tingkat::Objek(k)) = tumpuk.last_mut() {
            *k = None;
        }
    }
    let mut out = String::new();
    for t in &tumpuk {
        match t {
            Tingkat::Objek(Some(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Tingkat::Objek(None) => {}
            Tingkat::Larik(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_key_the_index_and_the_enclosing_object() {
        let t = r#"{"a":{"b":[1,{"c\"d":"x","e":2}]}}"#;
        let at = |s: &str| t.find(s).unwrap() + s.len();
        assert_eq!(jalur_di(t, at(r#""x""#), false), "a.b[1].c\"d");
        assert_eq!(jalur_di(t, at(r#""e":2"#), false), "a.b[1].e");
        assert_eq!(jalur_di(t, at(r#""e":2"#), true), "a.b[1]");
        assert_eq!(jalur_di(t, at("[1"), false), "a.b[0]");
        assert_eq!(jalur_di(t, 0, false), "");
        assert_eq!(jalur_di(t, t.len() + 9, false), "");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct A {
        #[allow(dead_code)]
        b: Vec<B>,
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct B {
        #[allow(dead_code)]
        c: String,
        #[allow(dead_code)]
        d: u8,
    }

    fn jalur(v: Value) -> String {
        baca::<A>(&v).map(|_| ()).unwrap_err().0
    }

    #[test]
    fn serde_errors_are_placed_where_they_are() {
        use serde_json::json;
        let ok = json!({ "b": [{ "c": "Tersusunnya laporan “triwulan” é", "d": 1 }] });
        assert!(baca::<A>(&ok).is_ok());
        // Multi-byte text before the error: the column counts bytes, as the scan does.
        let salah = json!({ "b": [{ "c": "“é”", "d": 1 }, { "c": "ü", "d": "x" }] });
        assert_eq!(jalur(salah), "b[1].d");
        assert_eq!(
            jalur(json!({ "b": [{ "c": "x", "d": 1 }, { "c": "y" }] })),
            "b[1]"
        );
        assert_eq!(
            jalur(json!({ "b": [{ "c": "x", "d": 1, "e\"f": 2 }] })),
            "b[0].e\"f"
        );
        assert_eq!(jalur(json!({ "b": 5 })), "b");
        assert_eq!(jalur(json!({})), "");
        assert_eq!(jalur(json!([])), "");
    }
}
