use serde::{Deserialize, Serialize};

/// One identity block: PEGAWAI YANG DINILAI or PEJABAT PENILAI KINERJA.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identitas {
    pub nama: String,
    /// 18 digits for PNS and PPPK; may be empty for a penilai who is a Menteri or Kepala Daerah.
    pub nip: String,
    /// PANGKAT/GOL. RUANG, e.g. "Pembina (IV/a)".
    pub pangkat: String,
    pub jabatan: String,
    /// UNIT KERJA (INSTANSI on the JPT form).
    pub unit_kerja: String,
}

/// Which of the two identity blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pihak {
    Pegawai,
    Penilai,
}

impl Pihak {
    pub fn label(self) -> &'static str {
        match self {
            Pihak::Pegawai => "PEGAWAI YANG DINILAI",
            Pihak::Penilai => "PEJABAT PENILAI KINERJA",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Pihak::Pegawai => "pegawai",
            Pihak::Penilai => "penilai",
        }
    }
}

/// A field of an identity block, for edits and field-level messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentitasField {
    Nama,
    Nip,
    Pangkat,
    Jabatan,
    UnitKerja,
}

impl IdentitasField {
    pub const ALL: [IdentitasField; 5] = [
        IdentitasField::Nama,
        IdentitasField::Nip,
        IdentitasField::Pangkat,
        IdentitasField::Jabatan,
        IdentitasField::UnitKerja,
    ];
    pub fn label(self) -> &'static str {
        match self {
            IdentitasField::Nama => "NAMA",
            IdentitasField::Nip => "NIP / NI PPPK",
            IdentitasField::Pangkat => "PANGKAT/GOL. RUANG",
            IdentitasField::Jabatan => "JABATAN",
            IdentitasField::UnitKerja => "UNIT KERJA",
        }
    }

    /// The label on the form: the SKP JPT names UNIT KERJA "INSTANSI".
    pub fn label_for(self, jpt: bool) -> &'static str {
        match self {
            IdentitasField::UnitKerja if jpt => "INSTANSI",
            f => f.label(),
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            IdentitasField::Nama => "nama",
            IdentitasField::Nip => "nip",
            IdentitasField::Pangkat => "pangkat",
            IdentitasField::Jabatan => "jabatan",
            IdentitasField::UnitKerja => "unit_kerja",
        }
    }
}

impl Identitas {
    pub fn get(&self, field: IdentitasField) -> &str {
        match field {
            IdentitasField::Nama => &self.nama,
            IdentitasField::Nip => &self.nip,
            IdentitasField::Pangkat => &self.pangkat,
            IdentitasField::Jabatan => &self.jabatan,
            IdentitasField::UnitKerja => &self.unit_kerja,
        }
    }
    pub fn get_mut(&mut self, field: IdentitasField) -> &mut String {
        match field {
            IdentitasField::Nama => &mut self.nama,
            IdentitasField::Nip => &mut self.nip,
            IdentitasField::Pangkat => &mut self.pangkat,
            IdentitasField::Jabatan => &mut self.jabatan,
            IdentitasField::UnitKerja => &mut self.unit_kerja,
        }
    }
}
