//! Level-1 columns: read from the leader's draft each time, never stored, so a renamed RHK
//! renames its column. A column whose RHK is gone but whose cells are still filled is an
//! orphan: it is reported, never dropped. (Level-2 columns depend on derivation: see
//! [`super::sync`].)

use std::collections::HashSet;

use super::team::{terisi, Kolom, Sel, Tim};
use crate::core::model::{Draft, JenisRhk};

/// A column whose RHK no longer exists, with filled cells still under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KolomYatim {
    /// The RHK id the cells point at.
    pub id: String,
    /// The RHK's last known text (or a stand-in when it was never recorded).
    pub label: String,
    /// How many filled cells the column still has.
    pub sel_terisi: usize,
}

/// Level-1 columns: the leader draft's RHK, Utama then Tambahan, each in draft order.
/// An RHK id seen twice (only possible in a hand-edited file) is one column.
pub fn kolom_mpph1(pimpinan: &Draft) -> Vec<Kolom> {
    let mut seen = HashSet::new();
    JenisRhk::ALL
        .into_iter()
        .flat_map(|j| pimpinan.rhk_jenis(j))
        .filter(|r| !r.id.is_empty() && seen.insert(r.id.as_str()))
        .map(|r| Kolom {
            id: r.id.clone(),
            teks: r.teks.clone(),
            tambahan: r.jenis == JenisRhk::Tambahan,
            rhk: r.id.clone(),
            iki: None,
        })
        .collect()
}

/// Level-2 columns from a ketua's draft: all of the ketua's RHK, those from level 1 first
/// (the derived ones, in column order), then their own, then their Tambahan.
pub fn kolom_level2(draf_ketua: &Draft) -> Vec<Kolom> {
    let mut k = kolom_mpph1(draf_ketua);
    crate::core::urut::urutkan_menurut(&mut k, |k| (k.tambahan, !k.id.starts_with("mpph1-")));
    k
}

/// The id of the level-1 column of one IKI of a leader RHK split per IKI.
pub fn id_kolom_iki(rhk: &str, iki: &str) -> String {
    format!("{rhk}~{iki}")
}

/// Level-1 columns as the team shows them: the leader's RHK, and for an RHK the team splits
/// per IKI ([`super::Mpph1::per_iki`]) one column per IKI instead.
pub fn kolom_level1(tim: &Tim, pimpinan: &Draft) -> Vec<Kolom> {
    let mut out = Vec::new();
    for k in kolom_mpph1(pimpinan) {
        let rhk = pimpinan.rhk_by_id(&k.id);
        let iki: Vec<&str> = rhk
            .map(|r| r.iki.iter().map(|i| i.id.as_str()).collect())
            .unwrap_or_default();
        if !tim.mpph1.per_iki.contains(&k.id) || iki.is_empty() {
            out.push(k);
            continue;
        }
        for i in iki {
            out.push(Kolom {
                id: id_kolom_iki(&k.id, i),
                iki: Some(i.to_string()),
                ..k.clone()
            });
        }
    }
    out
}

/// Level-1 orphan columns, in the order their first cell was set.
pub fn kolom_yatim(tim: &Tim, pimpinan: &Draft) -> Vec<KolomYatim> {
    yatim(
        &tim.mpph1.sel,
        &tim.mpph1.label_kolom,
        &kolom_level1(tim, pimpinan),
    )
}

/// Records the current text of every leader RHK; labels of orphan columns that still have
/// filled cells are kept, so they can be shown by name. Call it whenever the leader's
/// draft may have changed (opening the team, after an edit): a label is only known if it
/// was recorded before the RHK was deleted.
pub fn sync_label_kolom(tim: &mut Tim, pimpinan: &Draft) {
    let kolom = kolom_level1(tim, pimpinan);
    let baru = label_baru(&tim.mpph1.sel, &tim.mpph1.label_kolom, &kolom);
    if baru != tim.mpph1.label_kolom {
        tim.mpph1.label_kolom = baru;
    }
}

/// The label of a column id: the recorded text, or a stand-in naming the id.
pub(crate) fn label_kolom(label: &[(String, String)], id: &str) -> String {
    label.iter().find(|(k, _)| k == id).map_or_else(
        || format!("RHK yang sudah dihapus (id {id})"),
        |(_, t)| t.clone(),
    )
}

pub(crate) fn yatim(sel: &[Sel], label: &[(String, String)], kolom: &[Kolom]) -> Vec<KolomYatim> {
    let hidup: HashSet<&str> = kolom.iter().map(|k| k.id.as_str()).collect();
    let mut out: Vec<KolomYatim> = Vec::new();
    for s in sel
        .iter()
        .filter(|s| terisi(s) && !hidup.contains(s.kolom.as_str()))
    {
        match out.iter_mut().find(|y| y.id == s.kolom) {
            Some(y) => y.sel_terisi += 1,
            None => out.push(KolomYatim {
                id: s.kolom.clone(),
                label: label_kolom(label, &s.kolom),
                sel_terisi: 1,
            }),
        }
    }
    out
}

pub(crate) fn label_baru(
    sel: &[Sel],
    lama: &[(String, String)],
    kolom: &[Kolom],
) -> Vec<(String, String)> {
    let mut baru: Vec<(String, String)> = kolom
        .iter()
        .map(|k| (k.id.clone(), k.teks.clone()))
        .collect();
    for (id, teks) in lama {
        let hidup = kolom.iter().any(|k| &k.id == id);
        let masih_terisi = sel.iter().any(|s| &s.kolom == id && terisi(s));
        if !hidup && masih_terisi && !baru.iter().any(|(k, _)| k == id) {
            baru.push((id.clone(), teks.clone()));
        }
    }
    baru
}
