use serde::{Deserialize, Serialize};

/// LAMPIRAN SASARAN KINERJA PEGAWAI: three free lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lampiran {
    /// Resources the work needs (tools, budget, people), not tasks.
    pub dukungan_sumber_daya: Vec<String>,
    /// How results are reported.
    pub skema_pertanggungjawaban: Vec<String>,
    /// What follows from meeting or missing targets.
    pub konsekuensi: Vec<String>,
}

/// One of the three lampiran lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LampiranKind {
    DukunganSumberDaya,
    SkemaPertanggungjawaban,
    Konsekuensi,
}

impl LampiranKind {
    pub const ALL: [LampiranKind; 3] = [
        LampiranKind::DukunganSumberDaya,
        LampiranKind::SkemaPertanggungjawaban,
        LampiranKind::Konsekuensi,
    ];
    pub fn label(self) -> &'static str {
        match self {
            LampiranKind::DukunganSumberDaya => "DUKUNGAN SUMBER DAYA",
            LampiranKind::SkemaPertanggungjawaban => "SKEMA PERTANGGUNGJAWABAN",
            LampiranKind::Konsekuensi => "KONSEKUENSI",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            LampiranKind::DukunganSumberDaya => "dukungan_sumber_daya",
            LampiranKind::SkemaPertanggungjawaban => "skema_pertanggungjawaban",
            LampiranKind::Konsekuensi => "konsekuensi",
        }
    }
}

impl Lampiran {
    pub fn list(&self, kind: LampiranKind) -> &Vec<String> {
        match kind {
            LampiranKind::DukunganSumberDaya => &self.dukungan_sumber_daya,
            LampiranKind::SkemaPertanggungjawaban => &self.skema_pertanggungjawaban,
            LampiranKind::Konsekuensi => &self.konsekuensi,
        }
    }
    pub fn list_mut(&mut self, kind: LampiranKind) -> &mut Vec<String> {
        match kind {
            LampiranKind::DukunganSumberDaya => &mut self.dukungan_sumber_daya,
            LampiranKind::SkemaPertanggungjawaban => &mut self.skema_pertanggungjawaban,
            LampiranKind::Konsekuensi => &mut self.konsekuensi,
        }
    }
}
