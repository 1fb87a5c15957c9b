use serde_json::Value;

use super::{kualitatif, migrate, FormatError, FORMAT_DRAF, MAX_FILE_BYTES, VERSION};
use crate::core::model::Draft;

/// Reads a whole draft file. Nothing is returned unless every part of it is valid.
pub fn read_draft_file(text: &str) -> Result<Draft, FormatError> {
    read_draft_value(parse_json(text, MAX_FILE_BYTES)?)
}

/// Parses a file's text as JSON: too large is refused first, a syntax error names its line
/// and column.
pub(crate) fn parse_json(text: &str, max_bytes: usize) -> Result<Value, FormatError> {
    if text.len() > max_bytes {
        return Err(FormatError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| FormatError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: super::error::terjemah(&e.to_string()),
    })
}

/// Checks a file's `format` marker and `version`; returns the version. `not_this` makes
/// the error for a file of another kind.
pub(crate) fn check_marker(
    value: &Value,
    marker: &str,
    supported: u64,
    not_this: fn(String) -> FormatError,
) -> Result<u64, FormatError> {
    let Some(obj) = value.as_object() else {
        return Err(not_this(String::new()));
    };
    match obj.get("format") {
        Some(Value::String(f)) if f == marker => {}
        Some(other) => return Err(not_this(format!(": {other}"))),
        None => return Err(not_this(String::new())),
    }
    let version = match obj.get("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1),
        _ => None,
    };
    let Some(version) = version else {
        let found = obj
            .get("version")
            .map_or("tidak ada".to_string(), Value::to_string);
        return Err(FormatError::BadVersion { found });
    };
    if version > supported {
        return Err(FormatError::NewerVersion {
            found: version,
            supported,
        });
    }
    Ok(version)
}

/// Reads a draft file already parsed as JSON (e.g. inside a team bundle).
pub fn read_draft_value(mut value: Value) -> Result<Draft, FormatError> {
    let version = check_marker(&value, FORMAT_DRAF, VERSION, |found| {
        FormatError::NotDraftFile { found }
    })?;
    migrate::to_current(&mut value, version)?;
    let mut draft_value =
        value
            .get_mut("draft")
            .map(Value::take)
            .ok_or_else(|| FormatError::Schema {
                path: "$".into(),
                detail: "kolom wajib `draft` tidak ada".into(),
            })?;
    let lines = kualitatif::baca(&mut draft_value).map_err(|rhk| FormatError::Schema {
        path: format!("$.draft.{rhk}"),
        detail: format!(
            "RHK memuat `iki` dan `{}` sekaligus; pakai salah satu",
            kualitatif::UKURAN
        ),
    })?;
    let draft: Draft = super::jalur::baca_di("$.draft", &draft_value).map_err(|e| match e {
        // The file said ukuran_keberhasilan where the model says iki.
        FormatError::Schema { path, detail } if lines => {
            let mut path = path.replace(".iki[", &format!(".{}[", kualitatif::UKURAN));
            if let Some(rhk) = path.strip_suffix(".iki") {
                path = format!("{rhk}.{}", kualitatif::UKURAN);
            }
            FormatError::Schema { path, detail }
        }
        e => e,
    })?;
    check_ids(&draft, if lines { kualitatif::UKURAN } else { "iki" })?;
    Ok(draft)
}

/// Reads a draft given as the bare `draft` object (of the current version), with the same
/// checks as a file: used where the workspace rebuilds a draft from JSON (undo, merge,
/// trash), so the one reader's code is shared rather than compiled twice.
pub fn read_draft_object(draft: Value) -> Result<Draft, FormatError> {
    read_draft_value(
        serde_json::json!({ "format": FORMAT_DRAF, "version": VERSION, "draft": draft }),
    )
}

/// A draft as the `draft` object of the current version (kualitatif RHK with their lines).
pub fn draft_json(draft: &Draft) -> Value {
    let mut v = serde_json::to_value(draft).unwrap_or(Value::Null);
    kualitatif::tulis(&mut v);
    v
}

/// A draft as a file carries it to someone else: empty lampiran items (an added line left
/// blank) are left out, their dismissals following the items that stay.
pub fn draft_json_ekspor(draft: &Draft) -> Value {
    let kosong = |d: &Draft| {
        crate::core::model::LampiranKind::ALL
            .into_iter()
            .find_map(|k| {
                d.lampiran
                    .list(k)
                    .iter()
                    .rposition(|s| s.trim().is_empty())
                    .map(|i| (k, i))
            })
    };
    if kosong(draft).is_none() {
        return draft_json(draft);
    }
    let mut d = draft.clone();
    while let Some((k, i)) = kosong(&d) {
        if crate::core::edit::apply(&mut d, &crate::core::edit::DraftEdit::RemoveLampiran(k, i))
            .is_err()
        {
            break;
        }
    }
    draft_json(&d)
}

/// Writes the current version, pretty-printed so a person can read and diff it.
pub fn write_draft_file(draft: &Draft) -> String {
    let file = serde_json::json!({ "format": FORMAT_DRAF, "version": VERSION, "draft": draft_json_ekspor(draft) });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Ids are what links point at, so they must be present and unique.
pub(super) fn check_ids(draft: &Draft, kunci_iki: &str) -> Result<(), FormatError> {
    let bad = |path: String, detail: &str| {
        Err(FormatError::Schema {
            path,
            detail: detail.into(),
        })
    };
    if draft.id.trim().is_empty() {
        return bad("$.draft.id".into(), "id draf kosong");
    }
    let mut rhk_ids = std::collections::HashSet::new();
    let mut iki_ids = std::collections::HashSet::new();
    for (r, rhk) in draft.rhk.iter().enumerate() {
        if rhk.id.trim().is_empty() {
            return bad(format!("$.draft.rhk[{r}].id"), "id RHK kosong");
        }
        if !rhk_ids.insert(rhk.id.as_str()) {
            return bad(
                format!("$.draft.rhk[{r}].id"),
                &format!("id RHK \"{}\" dipakai dua kali", rhk.id),
            );
        }
        for (i, iki) in rhk.iki.iter().enumerate() {
            if iki.id.trim().is_empty() {
                return bad(
                    format!("$.draft.rhk[{r}].{kunci_iki}[{i}].id"),
                    "id IKI kosong",
                );
            }
            if !iki_ids.insert(iki.id.as_str()) {
                return bad(
                    format!("$.draft.rhk[{r}].{kunci_iki}[{i}].id"),
                    &format!("id IKI \"{}\" dipakai dua kali", iki.id),
                );
            }
        }
    }
    Ok(())
}
