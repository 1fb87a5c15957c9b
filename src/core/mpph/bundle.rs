//! The team bundle (`*.tim.json`): a team and every draft it references, in one file.
//!
//! ```json
//! { "format": "skp-drafter/tim", "version": 2, "tim": { ... }, "draf": [ { ... }, ... ] }
//! ```
//! Each element of `draf` is a draft exactly as the `draft` field of a draft file. The
//! bundle is read with the draft file's guarantees: a size limit, syntax errors with line
//! and column, the format marker and version checked, schema errors with their JSON path
//! (`$.tim.orang[2].peran`, `$.draf[1].rhk[0].teks`), and then every reference checked.
//!
//! Each draft is read by the draft file's own reader ([`read_draft_value`]), wrapped as a
//! draft file of the draft version this bundle version holds: so the drafts get the same
//! id checks and, when the draft format moves on, the same migration, with no second copy
//! of those rules here.

use std::collections::HashSet;

use serde_json::{json, Value};

use super::team::{Sel, Tim};
use crate::core::format::{check_marker, jalur, parse_json};
use crate::core::format::{draft_json_ekspor, read_draft_value, FormatError, FORMAT_DRAF};
use crate::core::model::Draft;

/// The `format` marker of a team bundle.
pub const FORMAT_TIM: &str = "skp-drafter/tim";
/// The bundle version this build writes and reads (version 1 is read too).
pub const VERSION_TIM: u64 = 2;
/// Larger bundles are refused before parsing: sixty drafts of a few tens of kilobytes
/// each stay far below it.
pub const MAX_BUNDLE_BYTES: usize = 20 * 1024 * 1024;

/// The draft file version of the drafts inside a bundle of each version: version 1 holds
/// version-2 drafts, version 2 the version-3 drafts (kualitatif RHK with
/// `ukuran_keberhasilan`).
fn versi_draf(versi_tim: u64) -> u64 {
    match versi_tim {
        1 => 2,
        _ => 3,
    }
}

// A bundle declares its draft layout only through its own version. When the draft file
// version changes, raise VERSION_TIM and map each bundle version to its draft version.
const _: () = assert!(crate::core::format::VERSION == 3 && VERSION_TIM == 2);

/// Writes the team and the drafts it references (the leader's first, then each person's,
/// each once), pretty-printed. A person's `draf` naming a draft that is not in `drafts`
/// (deleted from the workspace) is written as none: derivation treats both alike.
pub fn write_bundle(tim: &Tim, drafts: &[Draft]) -> String {
    let mut tim = tim.clone();
    let mut isi: Vec<&Draft> = Vec::new();
    ambil(drafts, &tim.pimpinan, &mut isi);
    for o in &mut tim.orang {
        if let Some(id) = &o.draf {
            if !ambil(drafts, id, &mut isi) {
                o.draf = None;
            }
        }
    }
    let isi: Vec<Value> = isi.into_iter().map(draft_json_ekspor).collect();
    let file = json!({ "format": FORMAT_TIM, "version": VERSION_TIM, "tim": tim, "draf": isi });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The team file to download, read back before it is offered: the app never exports a
/// file it would itself refuse to import (a team whose leader draft is gone, say).
pub fn export_bundle(tim: &Tim, drafts: &[Draft]) -> Result<String, FormatError> {
    let text = write_bundle(tim, drafts);
    read_bundle(&text)?;
    Ok(text)
}

/// Reads a team object (the `tim` of a team file) and checks its own links.
pub fn read_tim_value(v: Value) -> Result<Tim, FormatError> {
    let tim: Tim = jalur::baca_di("$.tim", &v)?;
    periksa_tim(&tim)?;
    Ok(tim)
}

/// Adds the draft `id` to `isi` once; false when the workspace has no such draft.
fn ambil<'a>(drafts: &'a [Draft], id: &str, isi: &mut Vec<&'a Draft>) -> bool {
    let Some(d) = drafts.iter().find(|d| d.id == id) else {
        return false;
    };
    if !isi.iter().any(|x| x.id == id) {
        isi.push(d);
    }
    true
}

/// Reads a whole bundle. Nothing is returned unless every part of it is valid.
pub fn read_bundle(text: &str) -> Result<(Tim, Vec<Draft>), FormatError> {
    let mut value = parse_json(text, MAX_BUNDLE_BYTES)?;
    let versi = check_marker(&value, FORMAT_TIM, VERSION_TIM, |found| {
        FormatError::NotTeamFile { found }
    })?;
    let Some(obj) = value.as_object_mut() else {
        return Err(FormatError::NotTeamFile {
            found: String::new(),
        });
    };
    let mut wajib = |kunci: &str| {
        obj.remove(kunci).ok_or_else(|| FormatError::Schema {
            path: "$".into(),
            detail: format!("kolom wajib `{kunci}` tidak ada"),
        })
    };
    let (tim_value, draf_value) = (wajib("tim")?, wajib("draf")?);
    let tim: Tim = jalur::baca_di("$.tim", &tim_value)?;
    // (its own links are checked with the drafts' below)
    let Value::Array(list) = draf_value else {
        return Err(FormatError::Schema {
            path: "$.draf".into(),
            detail: "jenis nilai salah: seharusnya daftar draf".into(),
        });
    };
    let mut drafts = Vec::with_capacity(list.len());
    for (i, v) in list.into_iter().enumerate() {
        let file = json!({ "format": FORMAT_DRAF, "version": versi_draf(versi), "draft": v });
        drafts.push(read_draft_value(file).map_err(|e| di_bundel(e, i))?);
    }
    periksa_rujukan(&tim, &drafts)?;
    Ok((tim, drafts))
}

/// `$.draft…` of the wrapped draft file is `$.draf[i]…` in the bundle.
fn di_bundel(e: FormatError, i: usize) -> FormatError {
    match e {
        FormatError::Schema { path, detail } => FormatError::Schema {
            path: match path.strip_prefix("$.draft") {
                Some(rest) => format!("$.draf[{i}]{rest}"),
                None => format!("$.draf[{i}]"),
            },
            detail,
        },
        other => other,
    }
}

fn salah(path: String, detail: String) -> Result<(), FormatError> {
    Err(FormatError::Schema { path, detail })
}

/// Every id the team points at must exist, and ids must be unique: a bundle whose links
/// dangle is refused whole rather than half-imported.
fn periksa_rujukan(tim: &Tim, drafts: &[Draft]) -> Result<(), FormatError> {
    let mut draf_ids = HashSet::new();
    for (i, d) in drafts.iter().enumerate() {
        if !draf_ids.insert(d.id.as_str()) {
            return salah(
                format!("$.draf[{i}].id"),
                format!("id draf \"{}\" dipakai dua kali", d.id),
            );
        }
    }
    if !draf_ids.contains(tim.pimpinan.as_str()) {
        return salah(
            "$.tim.pimpinan".into(),
            format!("draf pimpinan \"{}\" tidak ada di berkas", tim.pimpinan),
        );
    }
    for (i, o) in tim.orang.iter().enumerate() {
        if let Some(d) = &o.draf {
            if !draf_ids.contains(d.as_str()) {
                return salah(
                    format!("$.tim.orang[{i}].draf"),
                    format!("draf \"{d}\" tidak ada di berkas"),
                );
            }
        }
    }
    periksa_tim(tim)
}

/// The team's own links (people, ketua, cells): checked on a file and on a stored team
/// alike, so a team the app holds is always one it could export and import again.
pub fn periksa_tim(tim: &Tim) -> Result<(), FormatError> {
    if tim.id.trim().is_empty() {
        return salah("$.tim.id".into(), "id tim kosong".into());
    }
    let mut orang_ids = HashSet::new();
    for (i, o) in tim.orang.iter().enumerate() {
        if o.id.trim().is_empty() {
            return salah(format!("$.tim.orang[{i}].id"), "id orang kosong".into());
        }
        if !orang_ids.insert(o.id.as_str()) {
            return salah(
                format!("$.tim.orang[{i}].id"),
                format!("id orang \"{}\" dipakai dua kali", o.id),
            );
        }
    }
    for (i, o) in tim.orang.iter().enumerate() {
        if let Some(k) = &o.ketua {
            if !orang_ids.contains(k.as_str()) {
                return salah(
                    format!("$.tim.orang[{i}].ketua"),
                    format!("ketua \"{k}\" tidak ada di daftar orang"),
                );
            }
        }
    }
    periksa_sel(&tim.mpph1.sel, "$.tim.mpph1", &orang_ids)?;
    let mut ketua_ids = HashSet::new();
    for (j, m) in tim.mpph2.iter().enumerate() {
        if !orang_ids.contains(m.ketua.as_str()) {
            return salah(
                format!("$.tim.mpph2[{j}].ketua"),
                format!("ketua \"{}\" tidak ada di daftar orang", m.ketua),
            );
        }
        if !ketua_ids.insert(m.ketua.as_str()) {
            return salah(
                format!("$.tim.mpph2[{j}].ketua"),
                format!("MPPH level 2 ketua \"{}\" tertulis dua kali", m.ketua),
            );
        }
        periksa_sel(&m.sel, &format!("$.tim.mpph2[{j}]"), &orang_ids)?;
    }
    Ok(())
}

fn periksa_sel(sel: &[Sel], akar: &str, orang_ids: &HashSet<&str>) -> Result<(), FormatError> {
    let mut posisi = HashSet::new();
    for (i, s) in sel.iter().enumerate() {
        if !orang_ids.contains(s.baris.as_str()) {
            return salah(
                format!("{akar}.sel[{i}].baris"),
                format!("orang \"{}\" tidak ada di daftar orang", s.baris),
            );
        }
        if s.kolom.trim().is_empty() {
            return salah(format!("{akar}.sel[{i}].kolom"), "id kolom kosong".into());
        }
        if !posisi.insert((s.baris.as_str(), s.kolom.as_str())) {
            return salah(
                format!("{akar}.sel[{i}]"),
                format!(
                    "sel baris \"{}\" kolom \"{}\" tertulis dua kali",
                    s.baris, s.kolom
                ),
            );
        }
    }
    Ok(())
}
