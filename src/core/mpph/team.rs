use serde::{Deserialize, Serialize};

use super::langsung::{Basis, KolomLangsung};

/// A work unit's team: the leader, the people under them and the two MPPH levels.
/// Drafts stay ordinary drafts in the workspace; the team only points at them by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tim {
    pub id: String,
    /// The unit kerja; it becomes UNIT KERJA in every derived identity block.
    pub nama_unit: String,
    /// Draft id of the leader's SKP (usually an SKP JPT): its RHK are the level-1 columns.
    pub pimpinan: String,
    /// Everyone in the team, in the order the matrices list them.
    #[serde(default)]
    pub orang: Vec<Orang>,
    #[serde(default)]
    pub mpph1: Mpph1,
    /// One level-2 matrix per ketua tim that has one.
    #[serde(default)]
    pub mpph2: Vec<Mpph2>,
    /// The Pejabat Penilai Kinerja of every derived draft when it is not the leader (e.g.
    /// an eselon III head between them); `None`: the leader appraises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penilai: Option<crate::core::model::Identitas>,
    /// A class's role-play of the year-end predikat for this team's people (kept with the
    /// team so a trainer can export and reopen it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predikat: Option<crate::core::predikat::LatihanPredikat>,
}

/// One person of the team: a row in level 1 (ketua tim, JF) or in a level 2 (anggota).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Orang {
    pub id: String,
    pub nama: String,
    pub nip: String,
    pub pangkat: String,
    pub jabatan: String,
    pub peran: Peran,
    /// For an anggota: the id of their ketua tim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ketua: Option<String>,
    /// The id of this person's derived draft, once derived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draf: Option<String>,
    /// JA or JF, when the person says so; `None`: read from the jabatan's name ("… Ahli
    /// Muda" is a JF) when their draft is made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenis: Option<crate::core::model::JenisJabatan>,
    /// This person's own Pejabat Penilai Kinerja, when it is neither the team's setting nor
    /// the leader (a name at least).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penilai: Option<crate::core::model::Identitas>,
}

/// Where a person sits in the MPPH.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Peran {
    /// Ketua tim kerja: a row of level 1 and the owner of one level-2 matrix.
    KetuaTim,
    /// A JF directly under the leader who leads no team: a row of level 1 only.
    JfLangsung,
    /// A member of a ketua tim's team: a row of that ketua's level 2.
    #[default]
    Anggota,
}

impl Peran {
    /// Every peran, in the order a picker lists them.
    pub const ALL: [Peran; 3] = [Peran::KetuaTim, Peran::JfLangsung, Peran::Anggota];
    /// The code stored in files ("ketua_tim", "jf_langsung", "anggota").
    pub fn code(self) -> &'static str {
        match self {
            Peran::KetuaTim => "ketua_tim",
            Peran::JfLangsung => "jf_langsung",
            Peran::Anggota => "anggota",
        }
    }
    /// The Indonesian label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Peran::KetuaTim => "Ketua Tim",
            Peran::JfLangsung => "JF di bawah pimpinan",
            Peran::Anggota => "Anggota",
        }
    }
    /// The peran with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
    /// Ketua tim and JF langsung are the rows of level 1.
    pub fn di_level1(self) -> bool {
        matches!(self, Peran::KetuaTim | Peran::JfLangsung)
    }
}

/// MPPH level 1: leader → ketua tim and JF langsung. The columns are not stored: they are
/// the leader draft's RHK, read afresh each time, so a renamed RHK renames its column.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mpph1 {
    /// Filled cells only; a missing cell means no role ("x").
    #[serde(default)]
    pub sel: Vec<Sel>,
    /// Last known text of each leader RHK id, so a column whose RHK was deleted from the
    /// leader's draft can still be shown by name (see [`super::kolom_yatim`]).
    #[serde(default)]
    pub label_kolom: Vec<(String, String)>,
    /// Columns marked as direct cascading (see [`super::langsung`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub langsung: Vec<KolomLangsung>,
    /// Leader RHK shown as one column per IKI (when different ketua take different IKI of
    /// one RHK), by RHK id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_iki: Vec<String>,
}

/// MPPH level 2 of one ketua tim: columns = the ketua's RHK, rows = the ketua's anggota.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mpph2 {
    /// Orang id of the ketua tim.
    pub ketua: String,
    #[serde(default)]
    pub sel: Vec<Sel>,
    /// As [`Mpph1::label_kolom`], for the ketua's RHK.
    #[serde(default)]
    pub label_kolom: Vec<(String, String)>,
    /// As [`Mpph1::langsung`], for the ketua's columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub langsung: Vec<KolomLangsung>,
}

/// One filled cell: a person's peran-hasil (level 1) or output/layanan (level 2) for one
/// column. Text is kept as typed; text that is empty after trimming means no role.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sel {
    /// Orang id (the row).
    pub baris: String,
    /// RHK id (the column).
    pub kolom: String,
    pub teks: String,
}

/// A column of a matrix: one RHK of the leader (level 1) or of the ketua (level 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kolom {
    pub id: String,
    /// The RHK's text.
    pub teks: String,
    /// A Tambahan RHK: shown apart (collapsed), with no coverage warning.
    pub tambahan: bool,
    /// The id of the RHK the column belongs to (the column's own id unless it is one IKI of
    /// an RHK the team splits per IKI).
    pub rhk: String,
    /// For a column per IKI: that IKI's id.
    pub iki: Option<String>,
}

/// Which matrix: level 1, or the level 2 of one ketua tim (by orang id).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Tingkat {
    Satu,
    Dua(String),
}

impl Tim {
    /// An empty team for a unit whose leader's SKP is the draft `pimpinan`.
    pub fn new(
        id: impl Into<String>,
        nama_unit: impl Into<String>,
        pimpinan: impl Into<String>,
    ) -> Self {
        Tim {
            id: id.into(),
            nama_unit: nama_unit.into(),
            pimpinan: pimpinan.into(),
            ..Default::default()
        }
    }

    /// The person with this id.
    pub fn orang_by_id(&self, id: &str) -> Option<&Orang> {
        self.orang.iter().find(|o| o.id == id)
    }

    /// The rows of level 1: ketua tim and JF langsung, in team order.
    pub fn baris_mpph1(&self) -> impl Iterator<Item = &Orang> {
        self.orang.iter().filter(|o| o.peran.di_level1())
    }

    /// The rows of one ketua's level 2: the anggota who name that ketua, in team order.
    pub fn anggota_dari<'a>(&'a self, ketua: &'a str) -> impl Iterator<Item = &'a Orang> + 'a {
        self.orang
            .iter()
            .filter(move |o| o.peran == Peran::Anggota && o.ketua.as_deref() == Some(ketua))
    }

    /// The ketua tim, in team order.
    pub fn ketua_tim(&self) -> impl Iterator<Item = &Orang> {
        self.orang.iter().filter(|o| o.peran == Peran::KetuaTim)
    }

    /// The level-2 matrix of one ketua, if any cell was ever set in it.
    pub fn mpph2_dari(&self, ketua: &str) -> Option<&Mpph2> {
        self.mpph2.iter().find(|m| m.ketua == ketua)
    }

    /// The basis of a column marked as direct cascading, if it is one.
    pub fn langsung(&self, tingkat: &Tingkat, kolom: &str) -> Option<Basis> {
        let list = match tingkat {
            Tingkat::Satu => &self.mpph1.langsung,
            Tingkat::Dua(k) => self.mpph2_dari(k).map_or(&[][..], |m| &m.langsung),
        };
        list.iter().find(|l| l.kolom == kolom).map(|l| l.basis)
    }

    /// Marks a column as direct cascading with a basis, or (`None`) as not.
    pub fn set_langsung(&mut self, tingkat: &Tingkat, kolom: &str, basis: Option<Basis>) {
        let list = match tingkat {
            Tingkat::Satu => &mut self.mpph1.langsung,
            Tingkat::Dua(k) => {
                if self.mpph2_dari(k).is_none() {
                    if basis.is_none() {
                        return;
                    }
                    self.mpph2.push(Mpph2 {
                        ketua: k.clone(),
                        ..Default::default()
                    });
                }
                match self.mpph2.iter_mut().find(|m| &m.ketua == k) {
                    Some(m) => &mut m.langsung,
                    None => return,
                }
            }
        };
        list.retain(|l| l.kolom != kolom);
        if let Some(basis) = basis {
            list.push(KolomLangsung {
                kolom: kolom.to_string(),
                basis,
            });
        }
    }

    /// The cells of one matrix (empty for a level 2 that does not exist yet).
    pub fn sel_tingkat(&self, tingkat: &Tingkat) -> &[Sel] {
        match tingkat {
            Tingkat::Satu => &self.mpph1.sel,
            Tingkat::Dua(k) => self.mpph2_dari(k).map_or(&[], |m| &m.sel),
        }
    }
}

/// The text of one cell, trimmed; "" when the cell is empty or missing.
pub fn teks_sel<'a>(sel: &'a [Sel], baris: &str, kolom: &str) -> &'a str {
    sel.iter()
        .find(|s| s.baris == baris && s.kolom == kolom)
        .map_or("", |s| s.teks.trim())
}

/// Whether a cell holds a role (text other than spaces).
pub(crate) fn terisi(s: &Sel) -> bool {
    !s.teks.trim().is_empty()
}
