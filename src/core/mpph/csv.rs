//! CSV export of the matrices, for Excel and Google Sheets.
//!
//! The text starts with a UTF-8 byte order mark (without it Excel reads UTF-8 as the
//! Windows code page and "é" or "—" come out garbled), separates fields with "," and ends
//! lines with CRLF; a field holding a comma, quote or line break is quoted with its quotes
//! doubled (RFC 4180). There is deliberately no `sep=,` first line: Excel would honour it,
//! but Google Sheets and other tools would show it as data. Excel set to the Indonesian
//! locale (list separator ";") may then put a whole row in one column when the file is
//! double-clicked; Data → From Text/CSV, or Google Sheets' import, reads it correctly.
//!
//! Two guards keep cell text intact once a spreadsheet reads it:
//! - text starting with `=`, `+`, `-` or `@` (a bullet list "- …" is common) would be read
//!   as a formula (#NAME?, or worse, formula injection): it is prefixed with `'`;
//! - an 18-digit NIP would become a rounded number (1,97805E+17): it is written as the
//!   formula `="…"`, which both Excel and Google Sheets show as the digits.

use super::derive::draf_ketua_setelah_level1;
use super::kolom::{kolom_level1, kolom_yatim, KolomYatim};
use super::langsung::KolomLangsung;
use super::sync::{kolom_mpph2, kolom_yatim_mpph2};
use super::team::{teks_sel, Kolom, Orang, Sel, Tim};
use crate::core::model::Draft;

const JUDUL: &str = "MATRIKS PEMBAGIAN PERAN DAN HASIL";

/// Level 1 as rows of plain text: title lines, a header row with each column's RHK, a
/// second header row with each column's IKI (joined by "; "), then one row per ketua tim /
/// JF langsung. Orphan columns (RHK deleted from the leader's draft) come last, marked, so
/// no filled cell is lost in an export. The CSV and the XLSX are both written from these.
pub fn rows_mpph1(tim: &Tim, pimpinan: &Draft) -> Vec<Vec<String>> {
    let kolom = kolom_level1(tim, pimpinan);
    let yatim = kolom_yatim(tim, pimpinan);
    let mut out = vec![
        vec![JUDUL.to_string()],
        vec![format!(
            "Level 1 \u{2014} {} \u{2014} Pimpinan: {}",
            tim.nama_unit.trim(),
            pimpinan.pegawai.nama.trim()
        )],
        kepala(
            &kolom,
            &yatim,
            "Dihapus dari SKP pimpinan",
            &tim.mpph1.langsung,
        ),
    ];
    out.push(baris_iki(&kolom, &yatim, Some(pimpinan)));
    isi(&mut out, tim.baris_mpph1(), &tim.mpph1.sel, &kolom, &yatim);
    out
}

/// One ketua's level 2 as rows: title lines naming the ketua, a header row with the
/// ketua's RHK (see [`kolom_mpph2`]), their IKI as in level 1, then one row per anggota.
pub fn rows_mpph2(tim: &Tim, ketua: &str, drafts: &[Draft]) -> Vec<Vec<String>> {
    let kolom = kolom_mpph2(tim, ketua, drafts);
    let yatim = kolom_yatim_mpph2(tim, ketua, drafts);
    let nama_ketua = tim.orang_by_id(ketua).map_or("", |o| o.nama.trim());
    let mut out = vec![
        vec![JUDUL.to_string()],
        vec![format!(
            "Level 2 \u{2014} {} \u{2014} Ketua Tim: {nama_ketua}",
            tim.nama_unit.trim()
        )],
        kepala(
            &kolom,
            &yatim,
            "Dihapus dari SKP ketua tim",
            tim.mpph2_dari(ketua).map_or(&[][..], |m| &m.langsung),
        ),
    ];
    // The ketua's draft as level 1 leaves it: the draft the level-2 columns come from.
    let draf_ketua = tim
        .orang
        .iter()
        .position(|o| o.id == ketua)
        .and_then(|k| draf_ketua_setelah_level1(tim, k, drafts));
    out.push(baris_iki(&kolom, &yatim, draf_ketua.as_ref()));
    let kosong = Vec::new();
    let sel = tim.mpph2_dari(ketua).map_or(&kosong, |m| &m.sel);
    isi(&mut out, tim.anggota_dari(ketua), sel, &kolom, &yatim);
    out
}

/// The row under the header: each column's IKI (joined by "; "), read from the draft whose
/// RHK the columns are.
fn baris_iki(kolom: &[Kolom], yatim: &[KolomYatim], draf: Option<&Draft>) -> Vec<String> {
    let mut iki = vec![
        String::new(),
        String::new(),
        String::new(),
        "IKI".to_string(),
    ];
    for k in kolom {
        let daftar: Vec<&str> = draf
            .and_then(|d| d.rhk_by_id(&k.rhk))
            .map(|r| {
                r.iki
                    .iter()
                    .filter(|i| k.iki.as_ref().is_none_or(|x| *x == i.id))
                    .map(|i| i.teks.trim())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        iki.push(daftar.join("; "));
    }
    iki.extend(yatim.iter().map(|_| String::new()));
    iki
}

/// Level 1 as CSV (see [`rows_mpph1`]).
pub fn csv_mpph1(tim: &Tim, pimpinan: &Draft) -> String {
    csv(&rows_mpph1(tim, pimpinan))
}

/// One ketua's level 2 as CSV (see [`rows_mpph2`]).
pub fn csv_mpph2(tim: &Tim, ketua: &str, drafts: &[Draft]) -> String {
    csv(&rows_mpph2(tim, ketua, drafts))
}

/// Encodes rows as CSV; the third column holds NIP.
pub fn csv_rows(rows: &[Vec<String>]) -> String {
    csv(rows)
}

fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, f)| if i == 2 { nip(f) } else { teks(f) })
            .collect();
        baris_csv(&mut out, &fields);
    }
    out
}

fn kepala(
    kolom: &[Kolom],
    yatim: &[KolomYatim],
    tanda: &str,
    langsung: &[KolomLangsung],
) -> Vec<String> {
    let mut row: Vec<String> = ["No", "Nama", "NIP", "Jabatan"].map(String::from).to_vec();
    row.extend(
        kolom
            .iter()
            .map(|k| match langsung.iter().find(|l| l.kolom == k.id) {
                Some(l) => format!("{} [kaskade langsung: {}]", k.teks.trim(), l.basis.label()),
                None => k.teks.trim().to_string(),
            }),
    );
    row.extend(yatim.iter().map(|y| format!("[{tanda}] {}", y.label)));
    row
}

fn isi<'a>(
    out: &mut Vec<Vec<String>>,
    orang: impl Iterator<Item = &'a Orang>,
    sel: &[Sel],
    kolom: &[Kolom],
    yatim: &[KolomYatim],
) {
    for (n, o) in orang.enumerate() {
        let mut row = vec![
            (n + 1).to_string(),
            o.nama.trim().to_string(),
            o.nip.trim().to_string(),
            o.jabatan.trim().to_string(),
        ];
        let ids = kolom
            .iter()
            .map(|k| &k.id)
            .chain(yatim.iter().map(|y| &y.id));
        row.extend(ids.map(|id| teks_sel(sel, &o.id, id).trim().to_string()));
        out.push(row);
    }
}

/// Fields are already encoded; a row ends with CRLF.
fn baris_csv(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// A text field: formula-looking text defused, then quoted when needed.
fn teks(s: &str) -> String {
    let s = s.trim();
    if s.starts_with(['=', '+', '-', '@']) {
        kutip(&format!("'{s}"))
    } else {
        kutip(s)
    }
}

/// A NIP-like number (12 digits or more) as `="…"`, so it stays digits; other text as text.
fn nip(s: &str) -> String {
    let s = s.trim();
    if s.len() >= 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        kutip(&format!("=\"{s}\""))
    } else {
        teks(s)
    }
}

fn kutip(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n', ';', '\t']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(teks("a, b"), "\"a, b\"");
        assert_eq!(teks("kata \"kutip\""), "\"kata \"\"kutip\"\"\"");
        assert_eq!(teks("baris\nbaru"), "\"baris\nbaru\"");
        assert_eq!(teks("- poin satu"), "'- poin satu");
        assert_eq!(teks("=1+1"), "'=1+1");
        assert_eq!(teks("Tersusunnya — é"), "Tersusunnya — é");
        assert_eq!(nip("197805122005012002"), "\"=\"\"197805122005012002\"\"\"");
        assert_eq!(nip("-"), "'-");
    }
}
