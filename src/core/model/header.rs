use serde::{Deserialize, Serialize};

/// Kop SKP: instansi/unit, periode penilaian, pendekatan and jenis jabatan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Instansi or unit kerja named at the top of the form.
    pub instansi: String,
    pub periode: Periode,
    pub pendekatan: Pendekatan,
    pub jenis_jabatan: JenisJabatan,
    /// Place and date of signing, printed above the signatures. Written only when filled,
    /// so a file without them reads the same in every version of the app.
    #[serde(default, skip_serializing_if = "Penandatanganan::is_empty")]
    pub penandatanganan: Penandatanganan,
}

/// "<tempat>, <tanggal>" above the two signatures; the date as `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Penandatanganan {
    pub tempat: String,
    pub tanggal: String,
}

impl Penandatanganan {
    pub fn is_empty(&self) -> bool {
        self.tempat.trim().is_empty() && self.tanggal.trim().is_empty()
    }
}

/// PERIODE PENILAIAN, as ISO dates (`YYYY-MM-DD`) typed by the user; checked, not coerced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    pub mulai: String,
    pub selesai: String,
}

impl Periode {
    /// One calendar year, 1 January to 31 December: the normal annual SKP.
    pub fn tahun(tahun: i32) -> Self {
        Periode {
            mulai: format!("{tahun:04}-01-01"),
            selesai: format!("{tahun:04}-12-31"),
        }
    }

    /// The year the period starts in, when the start date has one.
    pub fn tahun_mulai(&self) -> Option<i32> {
        self.mulai.get(0..4).and_then(|y| y.parse().ok())
    }
}

/// Pendekatan hasil kerja: kuantitatif (aspek + target per IKI) or kualitatif (narrative).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pendekatan {
    #[default]
    Kuantitatif,
    Kualitatif,
}

impl Pendekatan {
    pub const ALL: [Pendekatan; 2] = [Pendekatan::Kuantitatif, Pendekatan::Kualitatif];
    pub fn code(self) -> &'static str {
        match self {
            Pendekatan::Kuantitatif => "kuantitatif",
            Pendekatan::Kualitatif => "kualitatif",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Pendekatan::Kuantitatif => "Kuantitatif",
            Pendekatan::Kualitatif => "Kualitatif",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// Jenis jabatan: decides which form the SKP takes (JPT: four perspektif; JA/JF: RHK atasan + aspek).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum JenisJabatan {
    /// Jabatan Pimpinan Tinggi (and pimpinan unit kerja mandiri).
    #[serde(rename = "JPT")]
    Jpt,
    /// Jabatan Administrasi.
    #[default]
    #[serde(rename = "JA")]
    Ja,
    /// Jabatan Fungsional.
    #[serde(rename = "JF")]
    Jf,
}

impl JenisJabatan {
    pub const ALL: [JenisJabatan; 3] = [JenisJabatan::Jpt, JenisJabatan::Ja, JenisJabatan::Jf];
    pub fn code(self) -> &'static str {
        match self {
            JenisJabatan::Jpt => "JPT",
            JenisJabatan::Ja => "JA",
            JenisJabatan::Jf => "JF",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            JenisJabatan::Jpt => "JPT / Pimpinan Unit Kerja Mandiri",
            JenisJabatan::Ja => "JA — Jabatan Administrasi",
            JenisJabatan::Jf => "JF — Jabatan Fungsional",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|j| j.code() == code)
    }
    /// A functional post named by its level (docs/domain.md: "Pekerja Sosial Ahli Muda", "Pranata
    /// Komputer Terampil", "Auditor Penyelia"): JF. Anything else is not decided by the name.
    pub fn dari_nama_jabatan(jabatan: &str) -> Option<Self> {
        let j = crate::core::huruf::kecil(jabatan);
        let jenjang = ["ahli", "terampil", "mahir", "penyelia", "pemula"];
        j.split(|c: char| !c.is_alphanumeric())
            .any(|w| jenjang.contains(&w))
            .then_some(JenisJabatan::Jf)
    }

    pub fn is_jpt(self) -> bool {
        self == JenisJabatan::Jpt
    }
    /// The form's subtitle line.
    pub fn judul_form(self) -> &'static str {
        match self {
            JenisJabatan::Jpt => "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
            _ => "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_functional_post_is_known_by_its_level() {
        for jf in [
            "Pekerja Sosial Ahli Muda",
            "Pranata Komputer Terampil",
            "Perawat Mahir",
            "Auditor Penyelia",
            "analis kebijakan ahli pertama",
        ] {
            assert_eq!(
                JenisJabatan::dari_nama_jabatan(jf),
                Some(JenisJabatan::Jf),
                "{jf}"
            );
        }
        for other in [
            "Kepala Seksi Pelayanan",
            "Pengadministrasi Umum",
            "Penata Layanan Operasional",
            "",
        ] {
            assert_eq!(JenisJabatan::dari_nama_jabatan(other), None, "{other}");
        }
    }
}
