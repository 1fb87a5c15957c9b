//! The derivation plan: what [`super::terapkan`] will change, shown before anything changes.

use crate::core::model::{Identitas, IdentitasField, Pihak, RhkAtasan};

/// Everything a derivation will change, per person. Empty when the drafts already match
/// the matrices (derivation is idempotent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rencana {
    /// Only people whose draft is created or changed, in team order.
    pub per_orang: Vec<RencanaOrang>,
}

/// What happens to one person's draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RencanaOrang {
    /// Orang id.
    pub orang: String,
    /// A new draft will be created for this person (its RHK are listed as [`Perubahan::RhkBaru`]).
    pub draf_baru: bool,
    pub perubahan: Vec<Perubahan>,
}

/// One change to one draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Perubahan {
    /// A filled cell becomes a new Utama RHK.
    RhkBaru {
        rhk_id: String,
        teks: String,
        atasan_teks: String,
    },
    /// The cell's text changed: the RHK's text follows it.
    TeksBerubah {
        rhk_id: String,
        lama: String,
        baru: String,
    },
    /// The column's RHK was renamed (or the link was edited by hand): the link follows it.
    AtasanBerubah {
        rhk_id: String,
        teks: String,
        lama: RhkAtasan,
        baru: RhkAtasan,
    },
    /// The cell was cleared: the RHK is kept and marked for review, not deleted.
    SelDikosongkan { rhk_id: String, teks: String },
    /// The column's RHK is gone from the atasan's draft: the RHK is kept and marked.
    AtasanDihapus { rhk_id: String, teks: String },
    /// The person is no longer on the row the RHK came from (peran or ketua changed):
    /// the RHK is kept and marked.
    PeranBerubah { rhk_id: String, teks: String },
    /// A cleared cell was filled again: the review mark is removed.
    SelDiisiLagi { rhk_id: String, teks: String },
    /// The person reworded the RHK and the cell then changed: their wording is kept, the
    /// RHK is marked for review.
    SelBerubahRumusanTetap {
        rhk_id: String,
        teks: String,
        sel: String,
    },
    /// A direct-cascading column's IKI: added (`lama` none) or its target follows the cell.
    IkiLangsung {
        rhk_id: String,
        teks: String,
        lama: Option<String>,
        baru: String,
    },
    /// The person's jenis jabatan, as set on the team page, changes the draft's.
    JenisBerubah {
        lama: crate::core::model::JenisJabatan,
        baru: crate::core::model::JenisJabatan,
    },
    /// The identity block follows the team list (pegawai) or the row's leader (penilai).
    IdentitasBerubah {
        bagian: Pihak,
        lama: Identitas,
        baru: Identitas,
    },
}

impl Rencana {
    /// Nothing to do.
    pub fn kosong(&self) -> bool {
        self.per_orang.is_empty()
    }
    /// The number of changes, new drafts not counted separately.
    pub fn jumlah_perubahan(&self) -> usize {
        self.per_orang.iter().map(|o| o.perubahan.len()).sum()
    }
    /// The number of drafts that will be created.
    pub fn jumlah_draf_baru(&self) -> usize {
        self.per_orang.iter().filter(|o| o.draf_baru).count()
    }
    /// The plan for one person, if anything changes for them.
    pub fn untuk(&self, orang: &str) -> Option<&RencanaOrang> {
        self.per_orang.iter().find(|o| o.orang == orang)
    }
}

impl Perubahan {
    /// The RHK the change is about, if it is about one.
    pub fn rhk_id(&self) -> Option<&str> {
        match self {
            Perubahan::RhkBaru { rhk_id, .. }
            | Perubahan::TeksBerubah { rhk_id, .. }
            | Perubahan::AtasanBerubah { rhk_id, .. }
            | Perubahan::SelDikosongkan { rhk_id, .. }
            | Perubahan::AtasanDihapus { rhk_id, .. }
            | Perubahan::PeranBerubah { rhk_id, .. }
            | Perubahan::SelDiisiLagi { rhk_id, .. }
            | Perubahan::SelBerubahRumusanTetap { rhk_id, .. }
            | Perubahan::IkiLangsung { rhk_id, .. } => Some(rhk_id),
            Perubahan::IdentitasBerubah { .. } | Perubahan::JenisBerubah { .. } => None,
        }
    }

    /// One line in Indonesian for the plan dialog.
    pub fn deskripsi(&self) -> String {
        match self {
            Perubahan::RhkBaru {
                teks, atasan_teks, ..
            } => format!(
                "RHK Utama baru {} (mengintervensi {})",
                kutip(teks),
                kutip(atasan_teks)
            ),
            Perubahan::TeksBerubah { lama, baru, .. } => {
                format!("Teks RHK diubah: {} → {}", kutip(lama), kutip(baru))
            }
            Perubahan::AtasanBerubah {
                teks, lama, baru, ..
            } => format!(
                "RHK atasan dari {} diubah: {} → {}",
                kutip(teks),
                kutip(&lama.teks),
                kutip(&baru.teks)
            ),
            Perubahan::SelDikosongkan { teks, .. } => format!(
                "Sel MPPH asal RHK {} dikosongkan: RHK tetap ada dan ditandai perlu ditinjau",
                kutip(teks)
            ),
            Perubahan::AtasanDihapus { teks, .. } => format!(
                "RHK atasan dari RHK {} sudah dihapus: RHK tetap ada dan ditandai perlu ditinjau",
                kutip(teks)
            ),
            Perubahan::PeranBerubah { teks, .. } => format!(
                "RHK {} tidak lagi berasal dari baris MPPH orang ini: RHK tetap ada dan ditandai perlu ditinjau",
                kutip(teks)
            ),
            Perubahan::SelDiisiLagi { teks, .. } => format!(
                "Sel MPPH asal RHK {} diisi lagi: tanda perlu ditinjau dicabut",
                kutip(teks)
            ),
            Perubahan::SelBerubahRumusanTetap { teks, sel, .. } => format!(
                "Sel MPPH berubah menjadi {}; rumusan Anda {} dipertahankan dan ditandai perlu ditinjau",
                kutip(sel),
                kutip(teks)
            ),
            Perubahan::IkiLangsung {
                teks,
                lama: None,
                baru,
                ..
            } => format!("IKI pimpinan {} dengan target bagian {}", kutip(teks), kutip(baru)),
            Perubahan::IkiLangsung {
                teks,
                lama: Some(lama),
                baru,
                ..
            } => format!("Target IKI {} mengikuti sel: {} → {}", kutip(teks), kutip(lama), kutip(baru)),
            Perubahan::JenisBerubah { lama, baru } => {
                format!("Jenis jabatan diubah: {} → {}", lama.code(), baru.code())
            }
            Perubahan::IdentitasBerubah { bagian, lama, baru } => {
                let beda: Vec<String> = IdentitasField::ALL
                    .into_iter()
                    .filter(|f| lama.get(*f) != baru.get(*f))
                    .map(|f| {
                        format!("{} {} → {}", f.label(), kutip(lama.get(f)), kutip(baru.get(f)))
                    })
                    .collect();
                let bagian = match bagian {
                    Pihak::Pegawai => "pegawai yang dinilai",
                    Pihak::Penilai => "pejabat penilai",
                };
                format!("Identitas {bagian} diperbarui: {}", beda.join("; "))
            }
        }
    }
}

/// Text in quotes on one line: cells may hold line breaks, a plan line must not.
fn kutip(teks: &str) -> String {
    let satu_baris: Vec<&str> = teks.split_whitespace().collect();
    format!("\"{}\"", satu_baris.join(" "))
}
