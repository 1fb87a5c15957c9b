//! The two grids and the operations on their cells, as plain functions on a [`Tim`].

use super::paste::parse_tsv;
use super::sync::kolom;
use super::team::{teks_sel, terisi, Kolom, Mpph2, Orang, Peran, Sel, Tim, Tingkat};
use crate::core::model::Draft;

/// A matrix as the screen (or an export) shows it: rows, columns and every cell's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Orang ids, top to bottom.
    pub baris: Vec<String>,
    pub kolom: Vec<Kolom>,
    /// `sel[row][column]`, trimmed; "" where the person has no role.
    pub sel: Vec<Vec<String>>,
}

/// What a paste did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HasilTempel {
    /// Cells whose text changed.
    pub diubah: usize,
    /// Pasted rows below the last row of the grid, left out.
    pub baris_terabaikan: usize,
    /// Pasted columns right of the last column, left out (counted once per column).
    pub kolom_terabaikan: usize,
}

/// The rows of a matrix: level 1 = ketua tim and JF langsung; level 2 = that ketua's anggota.
pub fn baris<'a>(tim: &'a Tim, tingkat: &Tingkat) -> Vec<&'a Orang> {
    match tingkat {
        Tingkat::Satu => tim.baris_mpph1().collect(),
        Tingkat::Dua(k) => tim
            .orang
            .iter()
            .filter(|o| o.peran == Peran::Anggota && o.ketua.as_ref() == Some(k))
            .collect(),
    }
}

/// Rows, columns and cells of a matrix.
pub fn grid(tim: &Tim, tingkat: &Tingkat, drafts: &[Draft]) -> Grid {
    let baris: Vec<String> = baris(tim, tingkat).iter().map(|o| o.id.clone()).collect();
    let kolom = kolom(tim, tingkat, drafts);
    let indeks = super::derive::indeks_sel(tim.sel_tingkat(tingkat));
    let sel = baris
        .iter()
        .map(|b| {
            kolom
                .iter()
                .map(|k| {
                    indeks
                        .get(&(b.as_str(), k.id.as_str()))
                        .map_or_else(String::new, |t| t.to_string())
                })
                .collect()
        })
        .collect();
    Grid { baris, kolom, sel }
}

/// The text of one cell, trimmed ("" = no role).
pub fn sel<'a>(tim: &'a Tim, tingkat: &Tingkat, baris: &str, kolom: &str) -> &'a str {
    teks_sel(tim.sel_tingkat(tingkat), baris, kolom)
}

/// Sets one cell; text that is empty after trimming clears it. Returns whether anything
/// changed. A row that is not a team member, an empty column id, or a level 2 of an
/// unknown ketua changes nothing: ids come from the grid, so this only guards stale ones.
pub fn set_sel(tim: &mut Tim, tingkat: &Tingkat, baris: &str, kolom: &str, teks: &str) -> bool {
    if kolom.is_empty() || tim.orang_by_id(baris).is_none() {
        return false;
    }
    let list = match tingkat {
        Tingkat::Satu => &mut tim.mpph1.sel,
        Tingkat::Dua(k) => {
            if tim.orang_by_id(k).is_none() {
                return false;
            }
            let i = match tim.mpph2.iter().position(|m| &m.ketua == k) {
                Some(i) => i,
                None if teks.trim().is_empty() => return false,
                None => {
                    tim.mpph2.push(Mpph2 {
                        ketua: k.clone(),
                        ..Default::default()
                    });
                    tim.mpph2.len() - 1
                }
            };
            &mut tim.mpph2[i].sel
        }
    };
    tulis(list, baris, kolom, teks)
}

/// Splits a leader RHK's level-1 column into one column per IKI (`per_iki`), or joins them
/// back. Cells follow: a whole-RHK cell goes to the first IKI's column; joining, each IKI
/// column's cells go back to the RHK's column unless that cell is taken (those stay, as a
/// column to move or clear, never lost). A direct-cascading mark follows the columns too.
pub fn set_per_iki(tim: &mut Tim, pimpinan: &Draft, rhk: &str, per_iki: bool) {
    let Some(r) = pimpinan.rhk_by_id(rhk) else {
        return;
    };
    let iki: Vec<String> = r
        .iki
        .iter()
        .map(|i| super::kolom::id_kolom_iki(rhk, &i.id))
        .collect();
    let satu = super::Tingkat::Satu;
    if per_iki {
        if tim.mpph1.per_iki.iter().any(|x| x == rhk) || iki.is_empty() {
            return;
        }
        tim.mpph1.per_iki.push(rhk.to_string());
        pindah_kolom(tim, &satu, rhk, &iki[0]);
        if let Some(b) = tim.langsung(&satu, rhk) {
            for k in &iki {
                tim.set_langsung(&satu, k, Some(b));
            }
            tim.set_langsung(&satu, rhk, None);
        }
    } else {
        if !tim.mpph1.per_iki.iter().any(|x| x == rhk) {
            return;
        }
        tim.mpph1.per_iki.retain(|x| x != rhk);
        let basis = iki.iter().find_map(|k| tim.langsung(&satu, k));
        for k in &iki {
            pindah_kolom(tim, &satu, k, rhk);
            tim.set_langsung(&satu, k, None);
        }
        if basis.is_some() {
            tim.set_langsung(&satu, rhk, basis);
        }
    }
}

/// Moves the cells of column `dari` (one whose RHK was deleted, say) to column `ke`, in one
/// step. A cell whose target already holds text is not moved (nothing is written over):
/// returns (moved, left where they were).
pub fn pindah_kolom(tim: &mut Tim, tingkat: &Tingkat, dari: &str, ke: &str) -> (usize, usize) {
    if dari == ke || ke.is_empty() {
        return (0, 0);
    }
    let list = match tingkat {
        Tingkat::Satu => &mut tim.mpph1.sel,
        Tingkat::Dua(k) => match tim.mpph2.iter_mut().find(|m| &m.ketua == k) {
            Some(m) => &mut m.sel,
            None => return (0, 0),
        },
    };
    let (mut pindah, mut tetap) = (0, 0);
    let asal: Vec<(String, String)> = list
        .iter()
        .filter(|s| s.kolom == dari && terisi(s))
        .map(|s| (s.baris.clone(), s.teks.clone()))
        .collect();
    for (baris, teks) in asal {
        if list
            .iter()
            .any(|s| s.baris == baris && s.kolom == ke && terisi(s))
        {
            tetap += 1;
            continue;
        }
        tulis(list, &baris, ke, &teks);
        tulis(list, &baris, dari, "");
        pindah += 1;
    }
    (pindah, tetap)
}

fn tulis(list: &mut Vec<Sel>, baris: &str, kolom: &str, teks: &str) -> bool {
    let cocok = |s: &Sel| s.baris == baris && s.kolom == kolom;
    if teks.trim().is_empty() {
        // A cell holding only spaces was no role already: removing it changes nothing seen.
        let had_text = list.iter().any(|s| cocok(s) && terisi(s));
        list.retain(|s| !cocok(s));
        return had_text;
    }
    match list.iter_mut().find(|s| cocok(s)) {
        Some(s) if s.teks == teks => false,
        Some(s) => {
            s.teks = teks.to_string();
            true
        }
        None => {
            list.push(Sel {
                baris: baris.to_string(),
                kolom: kolom.to_string(),
                teks: teks.to_string(),
            });
            true
        }
    }
}

/// Fills a rectangle from a block copied out of a spreadsheet (see [`parse_tsv`]), its
/// top-left cell at `anchor` = (row index, column index) of the grid. Empty pasted cells
/// clear their target, as a spreadsheet paste does. What falls outside the grid is left
/// out and counted, so the screen can say so.
pub fn paste_block(
    tim: &mut Tim,
    tingkat: &Tingkat,
    drafts: &[Draft],
    anchor: (usize, usize),
    text: &str,
) -> HasilTempel {
    paste_block_tampak(tim, tingkat, drafts, anchor, text, usize::MAX)
}

/// As [`paste_block`], into the first `kolom_tampak` columns only: the columns on screen
/// (the Tambahan group, last, may be hidden, and a paste never fills what cannot be seen).
pub fn paste_block_tampak(
    tim: &mut Tim,
    tingkat: &Tingkat,
    drafts: &[Draft],
    anchor: (usize, usize),
    text: &str,
    kolom_tampak: usize,
) -> HasilTempel {
    let rows = parse_tsv(text);
    let baris: Vec<String> = baris(tim, tingkat).iter().map(|o| o.id.clone()).collect();
    let mut kolom = kolom(tim, tingkat, drafts);
    kolom.truncate(kolom_tampak);
    let mut hasil = HasilTempel::default();
    let lebar = rows.iter().map(Vec::len).max().unwrap_or(0);
    hasil.kolom_terabaikan = anchor
        .1
        .saturating_add(lebar)
        .saturating_sub(kolom.len().max(anchor.1));
    for (r, row) in rows.iter().enumerate() {
        let Some(b) = baris.get(anchor.0.saturating_add(r)) else {
            hasil.baris_terabaikan += 1;
            continue;
        };
        for (c, teks) in row.iter().enumerate() {
            if let Some(k) = kolom.get(anchor.1.saturating_add(c)) {
                if set_sel(tim, tingkat, b, &k.id, teks) {
                    hasil.diubah += 1;
                }
            }
        }
    }
    hasil
}

/// How many filled cells removing a person would lose: their own row in every matrix and,
/// for a ketua tim, their whole level 2. For the confirmation before [`hapus_orang`].
pub fn sel_terisi_orang(tim: &Tim, id: &str) -> usize {
    let sendiri = tim
        .mpph1
        .sel
        .iter()
        .chain(tim.mpph2.iter().flat_map(|m| &m.sel))
        .filter(|s| s.baris == id && terisi(s))
        .count();
    let matriks = tim.mpph2_dari(id).map_or(0, |m| {
        m.sel.iter().filter(|s| s.baris != id && terisi(s)).count()
    });
    sendiri + matriks
}

/// Removes a person from the team with their cells and, for a ketua, their level 2; their
/// anggota are left without a ketua (the coverage check names them). Their draft stays in
/// the workspace. Returns whether the person existed.
pub fn hapus_orang(tim: &mut Tim, id: &str) -> bool {
    let Some(i) = tim.orang.iter().position(|o| o.id == id) else {
        return false;
    };
    tim.orang.remove(i);
    tim.mpph1.sel.retain(|s| s.baris != id);
    tim.mpph2.retain(|m| m.ketua != id);
    for m in &mut tim.mpph2 {
        m.sel.retain(|s| s.baris != id);
    }
    for o in &mut tim.orang {
        if o.ketua.as_deref() == Some(id) {
            o.ketua = None;
        }
    }
    true
}
