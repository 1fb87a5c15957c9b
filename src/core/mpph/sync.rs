//! Level-2 columns: a ketua's RHK as a derivation of level 1 would leave them, so they
//! depend on [`super::derive`]; level 1 is [`super::kolom`], which derivation itself uses.

use super::derive::draf_ketua_setelah_level1;
use super::kolom::{label_baru, yatim, KolomYatim};
use super::team::{Kolom, Tim, Tingkat};
use crate::core::model::Draft;

/// Level-2 columns of one ketua tim: all RHK of the ketua's draft as a derivation of
/// level 1 would leave it — so before the ketua's draft exists (or before new level-1
/// cells are derived) they are the ketua's filled level-1 cells, under the RHK ids
/// derivation will give them ([`super::id_turunan_mpph1`]). Empty for an unknown ketua.
pub fn kolom_mpph2(tim: &Tim, ketua: &str, drafts: &[Draft]) -> Vec<Kolom> {
    let Some(k) = tim.orang.iter().position(|o| o.id == ketua) else {
        return Vec::new();
    };
    draf_ketua_setelah_level1(tim, k, drafts)
        .map(|d| super::kolom::kolom_level2(&d))
        .unwrap_or_default()
}

/// The draft whose RHK are a matrix's columns: the leader's for level 1, the ketua's as
/// level 1 leaves it for a level 2.
pub fn draf_kolom(tim: &Tim, tingkat: &Tingkat, drafts: &[Draft]) -> Option<Draft> {
    match tingkat {
        Tingkat::Satu => drafts.iter().find(|d| d.id == tim.pimpinan).cloned(),
        Tingkat::Dua(k) => {
            let k = tim.orang.iter().position(|o| &o.id == k)?;
            draf_ketua_setelah_level1(tim, k, drafts)
        }
    }
}

/// The columns of either matrix (level 1 is empty when the leader's draft is missing).
pub fn kolom(tim: &Tim, tingkat: &Tingkat, drafts: &[Draft]) -> Vec<Kolom> {
    match tingkat {
        Tingkat::Satu => drafts
            .iter()
            .find(|d| d.id == tim.pimpinan)
            .map(|p| super::kolom::kolom_level1(tim, p))
            .unwrap_or_default(),
        Tingkat::Dua(k) => kolom_mpph2(tim, k, drafts),
    }
}

/// Orphan columns of one ketua's level 2 (cells under an RHK the ketua's draft lost).
pub fn kolom_yatim_mpph2(tim: &Tim, ketua: &str, drafts: &[Draft]) -> Vec<KolomYatim> {
    match tim.mpph2_dari(ketua) {
        Some(m) => yatim(&m.sel, &m.label_kolom, &kolom_mpph2(tim, ketua, drafts)),
        None => Vec::new(),
    }
}

/// As [`super::sync_label_kolom`], for every level-2 matrix.
pub fn sync_label_mpph2(tim: &mut Tim, drafts: &[Draft]) {
    let baru: Vec<_> = tim
        .mpph2
        .iter()
        .map(|m| label_baru(&m.sel, &m.label_kolom, &kolom_mpph2(tim, &m.ketua, drafts)))
        .collect();
    for (m, label) in tim.mpph2.iter_mut().zip(baru) {
        if m.label_kolom != label {
            m.label_kolom = label;
        }
    }
}
