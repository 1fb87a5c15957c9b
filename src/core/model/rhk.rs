use serde::{Deserialize, Serialize};

/// Rencana Hasil Kerja: one planned work result, measured by one or more [`Iki`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rhk {
    /// Stable within a draft and across exports: links (RHK atasan, MPPH) point at it.
    pub id: String,
    pub jenis: JenisRhk,
    /// The result, in bahasa capaian.
    pub teks: String,
    /// JA/JF form: the atasan's RHK this one intervenes. Empty for JPT.
    #[serde(default)]
    pub rhk_atasan: RhkAtasan,
    pub iki: Vec<Iki>,
    /// Why this RHK needs the user's review, when it does (e.g. the MPPH cell it was derived
    /// from was cleared). Nothing is deleted behind the user's back; it is marked instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tinjau: Option<String>,
    /// Where an RHK derived from an MPPH cell came from (absent for RHK typed by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asal: Option<AsalMpph>,
}

/// The MPPH cell an RHK was derived from: the team, and the cell's text when last derived.
/// The text tells a person's own rewording (kept: the RHK is theirs) from a changed cell
/// (followed); the team keeps one team's derivation off the RHK another team gave.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AsalMpph {
    /// The team's id.
    pub tim: String,
    /// The cell's text at the last derivation.
    pub sel: String,
}

impl Rhk {
    /// The aspek a new IKI of this RHK gets (SKP JA/JF): the first of kuantitas, kualitas,
    /// waktu, biaya not used yet, so an RHK fills its aspek in the form's order; kualitas
    /// once all four are used.
    pub fn aspek_berikutnya(&self) -> Aspek {
        Aspek::ALL
            .into_iter()
            .find(|a| !self.iki.iter().any(|i| i.aspek == Some(*a)))
            .unwrap_or(Aspek::Kualitas)
    }
}

/// Utama (the main results) or Tambahan (additional ones).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisRhk {
    #[default]
    Utama,
    Tambahan,
}

impl JenisRhk {
    pub const ALL: [JenisRhk; 2] = [JenisRhk::Utama, JenisRhk::Tambahan];
    /// The group heading on the form.
    pub fn label(self) -> &'static str {
        match self {
            JenisRhk::Utama => "A. UTAMA",
            JenisRhk::Tambahan => "B. TAMBAHAN",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            JenisRhk::Utama => "utama",
            JenisRhk::Tambahan => "tambahan",
        }
    }
}

/// RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI: by id when the atasan's draft is known
/// (an MPPH derivation), by its text otherwise. Both empty: none given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RhkAtasan {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub teks: String,
}

impl RhkAtasan {
    pub fn is_empty(&self) -> bool {
        self.id.is_none() && self.teks.trim().is_empty()
    }
}

/// Indikator Kinerja Individu: how an RHK is measured.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Iki {
    pub id: String,
    pub teks: String,
    pub target: Target,
    /// SKP JPT: the Balanced Scorecard perspektif the indicator sits in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspektif: Option<Perspektif>,
    /// SKP JA/JF: kuantitas, kualitas, waktu or biaya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspek: Option<Aspek>,
}

/// TARGET: a number (or a min–max range) and its satuan, as typed. `nilai_maks` is empty
/// unless the target is a range. Decimal comma ("61,95") and dot are both accepted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Target {
    pub nilai: String,
    pub nilai_maks: String,
    pub satuan: String,
}

impl Target {
    pub fn is_range(&self) -> bool {
        !self.nilai_maks.trim().is_empty()
    }
    /// "2 Dokumen", "80–90 %": as the form prints it.
    pub fn display(&self) -> String {
        let nilai = if self.is_range() {
            format!("{}–{}", self.nilai.trim(), self.nilai_maks.trim())
        } else {
            self.nilai.trim().to_string()
        };
        format!("{} {}", nilai, self.satuan.trim())
            .trim()
            .to_string()
    }
}

/// The four perspektif of the SKP JPT, in Balanced Scorecard order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspektif {
    PenerimaLayanan,
    ProsesBisnis,
    PenguatanInternal,
    Anggaran,
}

impl Perspektif {
    pub const ALL: [Perspektif; 4] = [
        Perspektif::PenerimaLayanan,
        Perspektif::ProsesBisnis,
        Perspektif::PenguatanInternal,
        Perspektif::Anggaran,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Perspektif::PenerimaLayanan => "penerima_layanan",
            Perspektif::ProsesBisnis => "proses_bisnis",
            Perspektif::PenguatanInternal => "penguatan_internal",
            Perspektif::Anggaran => "anggaran",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Perspektif::PenerimaLayanan => "Perspektif Penerima Layanan",
            Perspektif::ProsesBisnis => "Perspektif Proses Bisnis",
            Perspektif::PenguatanInternal => "Perspektif Penguatan Internal",
            Perspektif::Anggaran => "Perspektif Anggaran",
        }
    }
    /// What the perspektif reflects, for the empty-section hint.
    pub fn keterangan(self) -> &'static str {
        match self {
            Perspektif::PenerimaLayanan => {
                "Memenuhi harapan penerima layanan/pemangku kepentingan; biasanya sudah ada di Perjanjian Kinerja."
            }
            Perspektif::ProsesBisnis => {
                "Perbaikan proses untuk menghasilkan keluaran yang bernilai tambah bagi pemangku kepentingan."
            }
            Perspektif::PenguatanInternal => {
                "Pengembangan sumber daya organisasi sendiri (SDM, sistem) sebagai pengungkit hasil."
            }
            Perspektif::Anggaran => "Penggunaan anggaran yang efektif dan efisien.",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// ASPEK of an IKI on the JA/JF form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspek {
    Kuantitas,
    Kualitas,
    Waktu,
    Biaya,
}

impl Aspek {
    pub const ALL: [Aspek; 4] = [
        Aspek::Kuantitas,
        Aspek::Kualitas,
        Aspek::Waktu,
        Aspek::Biaya,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "kuantitas",
            Aspek::Kualitas => "kualitas",
            Aspek::Waktu => "waktu",
            Aspek::Biaya => "biaya",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "Kuantitas",
            Aspek::Kualitas => "Kualitas",
            Aspek::Waktu => "Waktu",
            Aspek::Biaya => "Biaya",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Where an RHK row is shown (a *lajur*): the JA/JF table, or one perspektif section of the SKP JPT
/// (`None`: IKI without perspektif).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lajur {
    Ja,
    Jpt(Option<Perspektif>),
}

impl Lajur {
    /// Whether an IKI shows here: every IKI on the JA/JF form; on the SKP JPT, those of this
    /// section's perspektif.
    pub fn shows(self, iki: &Iki) -> bool {
        match self {
            Lajur::Ja => true,
            Lajur::Jpt(p) => iki.perspektif == p,
        }
    }

    /// Whether an RHK shows here: when one of its IKI does, and an RHK with no IKI in the
    /// no-perspektif section (so it is never hidden).
    pub fn shows_rhk(self, r: &Rhk) -> bool {
        match self {
            Lajur::Ja => true,
            Lajur::Jpt(None) if r.iki.is_empty() => true,
            _ => r.iki.iter().any(|i| self.shows(i)),
        }
    }
}

#[cfg(test)]
mod aspek_tests {
    use super::*;

    #[test]
    fn a_new_iki_takes_the_next_unused_aspek() {
        let mut r = Rhk::default();
        assert_eq!(r.aspek_berikutnya(), Aspek::Kuantitas);
        for a in [Aspek::Kuantitas, Aspek::Waktu] {
            r.iki.push(Iki {
                aspek: Some(a),
                ..Default::default()
            });
        }
        assert_eq!(r.aspek_berikutnya(), Aspek::Kualitas);
        r.iki.push(Iki {
            aspek: Some(Aspek::Kualitas),
            ..Default::default()
        });
        assert_eq!(r.aspek_berikutnya(), Aspek::Biaya);
        r.iki.push(Iki {
            aspek: Some(Aspek::Biaya),
            ..Default::default()
        });
        assert_eq!(r.aspek_berikutnya(), Aspek::Kualitas, "all four used");
    }
}
