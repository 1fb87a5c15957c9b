//! Predikat kinerja: the end-of-year rating a trainer role-plays in class.
//!
//! Each person gets a rating hasil kerja and a rating perilaku kerja; the two give the
//! predikat by the kuadran of PermenPANRB 6/2022. A unit's own predikat then bounds how its
//! people's predikat may spread (SE MenPANRB 3/2023). Those limits rest on one secondary
//! source, so they are defaults a trainer can edit, never hard rules (see `docs/domain.md`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::core::huruf::besar_awal;

/// Rating hasil kerja or rating perilaku kerja: how the result compares with what was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    DiatasEkspektasi,
    SesuaiEkspektasi,
    DibawahEkspektasi,
}

impl Rating {
    pub const ALL: [Rating; 3] = [
        Rating::DiatasEkspektasi,
        Rating::SesuaiEkspektasi,
        Rating::DibawahEkspektasi,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Rating::DiatasEkspektasi => "Di atas ekspektasi",
            Rating::SesuaiEkspektasi => "Sesuai ekspektasi",
            Rating::DibawahEkspektasi => "Di bawah ekspektasi",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Rating::DiatasEkspektasi => "diatas_ekspektasi",
            Rating::SesuaiEkspektasi => "sesuai_ekspektasi",
            Rating::DibawahEkspektasi => "dibawah_ekspektasi",
        }
    }
    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Predikat kinerja pegawai, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Predikat {
    SangatBaik,
    Baik,
    ButuhPerbaikan,
    /// Kurang, or Misconduct when behaviour is below expectation despite good results.
    Kurang,
    SangatKurang,
}

impl Predikat {
    pub const ALL: [Predikat; 5] = [
        Predikat::SangatBaik,
        Predikat::Baik,
        Predikat::ButuhPerbaikan,
        Predikat::Kurang,
        Predikat::SangatKurang,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "Sangat Baik",
            Predikat::Baik => "Baik",
            Predikat::ButuhPerbaikan => "Butuh Perbaikan",
            Predikat::Kurang => "Kurang/Misconduct",
            Predikat::SangatKurang => "Sangat Kurang",
        }
    }
}

/// The kuadran: rating hasil kerja (rows) against rating perilaku kerja (columns).
pub fn predikat(hasil_kerja: Rating, perilaku: Rating) -> Predikat {
    use Rating::*;
    match (hasil_kerja, perilaku) {
        (DibawahEkspektasi, DibawahEkspektasi) => Predikat::SangatKurang,
        (DibawahEkspektasi, _) => Predikat::ButuhPerbaikan,
        (_, DibawahEkspektasi) => Predikat::Kurang,
        (DiatasEkspektasi, DiatasEkspektasi) => Predikat::SangatBaik,
        _ => Predikat::Baik,
    }
}

/// The predikat of the unit (organisation) itself, which bounds its people's spread.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PredikatUnit {
    Istimewa,
    #[default]
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl PredikatUnit {
    pub const ALL: [PredikatUnit; 5] = [
        PredikatUnit::Istimewa,
        PredikatUnit::Baik,
        PredikatUnit::ButuhPerbaikan,
        PredikatUnit::Kurang,
        PredikatUnit::SangatKurang,
    ];
    pub fn label(self) -> &'static str {
        match self {
            PredikatUnit::Istimewa => "Istimewa",
            PredikatUnit::Baik => "Baik",
            PredikatUnit::ButuhPerbaikan => "Butuh Perbaikan/Cukup",
            PredikatUnit::Kurang => "Kurang",
            PredikatUnit::SangatKurang => "Sangat Kurang",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            PredikatUnit::Istimewa => "istimewa",
            PredikatUnit::Baik => "baik",
            PredikatUnit::ButuhPerbaikan => "butuh_perbaikan",
            PredikatUnit::Kurang => "kurang",
            PredikatUnit::SangatKurang => "sangat_kurang",
        }
    }
    pub fn from_code(code: &str) -> Option<PredikatUnit> {
        PredikatUnit::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The limits SE MenPANRB 3/2023 sets for a unit with this predikat, as one secondary
    /// source gives them.
    pub fn syarat_bawaan(self) -> Vec<Syarat> {
        use Batas::*;
        use Predikat as P;
        let s = |kelompok: &[Predikat], batas| Syarat {
            kelompok: kelompok.to_vec(),
            batas,
        };
        match self {
            PredikatUnit::Istimewa => vec![s(&[P::SangatBaik], PalingBanyak(70))],
            PredikatUnit::Baik => vec![
                s(&[P::Baik], PalingBanyak(70)),
                s(&[P::ButuhPerbaikan, P::Kurang], Ada),
            ],
            PredikatUnit::ButuhPerbaikan => vec![
                s(&[P::ButuhPerbaikan], PalingSedikit(60)),
                s(&[P::SangatBaik], PalingBanyak(10)),
            ],
            PredikatUnit::Kurang => vec![
                s(&[P::Kurang], PalingSedikit(60)),
                s(&[P::ButuhPerbaikan], PalingSedikit(10)),
                s(&[P::SangatBaik], PalingBanyak(10)),
            ],
            PredikatUnit::SangatKurang => vec![
                s(&[P::SangatKurang], PalingSedikit(60)),
                s(&[P::Kurang, P::ButuhPerbaikan], PalingSedikit(10)),
                s(&[P::SangatBaik], PalingBanyak(0)),
            ],
        }
    }
}

/// One limit on the spread: the share of people whose predikat is in `kelompok`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Syarat {
    pub kelompok: Vec<Predikat>,
    pub batas: Batas,
}

/// A bound in whole percent of the people rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Batas {
    PalingBanyak(u32),
    PalingSedikit(u32),
    /// At least one person.
    Ada,
}

impl Syarat {
    fn nama_kelompok(&self) -> String {
        let names: Vec<&str> = self.kelompok.iter().map(|p| p.label()).collect();
        names.join(" dan/atau ")
    }

    /// The limit in words: "paling banyak 70% Sangat Baik".
    pub fn teks(&self) -> String {
        match self.batas {
            Batas::PalingBanyak(0) => format!("tidak ada {}", self.nama_kelompok()),
            Batas::PalingBanyak(p) => format!("paling banyak {p}% {}", self.nama_kelompok()),
            Batas::PalingSedikit(p) => format!("paling sedikit {p}% {}", self.nama_kelompok()),
            Batas::Ada => format!("harus ada {}", self.nama_kelompok()),
        }
    }
}

/// How many people have each predikat.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sebaran {
    pub jumlah: BTreeMap<Predikat, usize>,
    pub total: usize,
}

impl Sebaran {
    pub fn dari(predikat: impl IntoIterator<Item = Predikat>) -> Sebaran {
        let mut s = Sebaran::default();
        for p in predikat {
            *s.jumlah.entry(p).or_insert(0) += 1;
            s.total += 1;
        }
        s
    }
    pub fn jumlah(&self, p: Predikat) -> usize {
        self.jumlah.get(&p).copied().unwrap_or(0)
    }
    /// Share of `p` in percent (0 when nobody is rated).
    pub fn persen(&self, p: Predikat) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.jumlah(p) as f64 / self.total as f64
        }
    }
    fn jumlah_kelompok(&self, kelompok: &[Predikat]) -> usize {
        kelompok.iter().map(|p| self.jumlah(*p)).sum()
    }
}

/// One limit checked against a spread.
#[derive(Clone, Debug, PartialEq)]
pub struct HasilSyarat {
    pub syarat: Syarat,
    pub jumlah: usize,
    pub persen: f64,
    pub terpenuhi: bool,
    /// What the trainer reads: the limit, the count and, when broken, by how many people.
    pub pesan: String,
}

/// Checks each limit; counts compare exactly (6 of 10 is 60%, which meets "paling sedikit
/// 60%"), so rounding never turns a met limit into a broken one.
pub fn periksa_sebaran(sebaran: &Sebaran, syarat: &[Syarat]) -> Vec<HasilSyarat> {
    syarat
        .iter()
        .map(|s| {
            let n = sebaran.jumlah_kelompok(&s.kelompok);
            let total = sebaran.total;
            let persen = if total == 0 {
                0.0
            } else {
                100.0 * n as f64 / total as f64
            };
            let (terpenuhi, kurang_lebih) = match s.batas {
                // n/total <= p/100  <=>  100n <= p*total
                Batas::PalingBanyak(p) => {
                    let maks = (p as usize * total) / 100;
                    (100 * n <= p as usize * total, n.saturating_sub(maks))
                }
                Batas::PalingSedikit(p) => {
                    let min = (p as usize * total).div_ceil(100);
                    (100 * n >= p as usize * total, min.saturating_sub(n))
                }
                Batas::Ada => (n > 0, usize::from(n == 0)),
            };
            let pesan = if total == 0 {
                format!("{}: belum ada pegawai yang dinilai.", besar_awal(&s.teks()))
            } else if terpenuhi {
                format!(
                    "{}: terpenuhi ({n} dari {total} orang, {}%).",
                    besar_awal(&s.teks()),
                    bulat(persen)
                )
            } else {
                let arah = match s.batas {
                    Batas::PalingBanyak(_) => "kelebihan",
                    _ => "kurang",
                };
                format!(
                    "{}: tidak terpenuhi ({n} dari {total} orang, {}%; {arah} {kurang_lebih} orang).",
                    besar_awal(&s.teks()),
                    bulat(persen)
                )
            };
            HasilSyarat {
                syarat: s.clone(),
                jumlah: n,
                persen,
                terpenuhi: total > 0 && terpenuhi,
                pesan,
            }
        })
        .collect()
}

/// The share each predikat may take under the limits that name it alone: (least, most) in
/// percent, for drawing the allowed band beside each bar.
pub fn rentang(syarat: &[Syarat], p: Predikat) -> (u32, u32) {
    let mut r = (0, 100);
    for s in syarat.iter().filter(|s| s.kelompok == [p]) {
        match s.batas {
            Batas::PalingBanyak(m) => r.1 = r.1.min(m),
            Batas::PalingSedikit(m) => r.0 = r.0.max(m),
            Batas::Ada => {}
        }
    }
    r
}

/// The role-play kept in a team: the unit's predikat, each person's two ratings and, when the
/// trainer changed them, the limits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LatihanPredikat {
    #[serde(default)]
    pub unit: PredikatUnit,
    /// By the person's row id in the team.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub penilaian: BTreeMap<String, Penilaian>,
    /// `None`: the defaults of the unit's predikat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syarat: Option<Vec<Syarat>>,
}

/// One person's two ratings; either may still be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Penilaian {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hasil_kerja: Option<Rating>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perilaku: Option<Rating>,
}

impl Penilaian {
    pub fn predikat(&self) -> Option<Predikat> {
        Some(predikat(self.hasil_kerja?, self.perilaku?))
    }
}

impl LatihanPredikat {
    /// The limits in force: the trainer's, or the defaults of the unit's predikat.
    pub fn syarat(&self) -> Vec<Syarat> {
        self.syarat
            .clone()
            .unwrap_or_else(|| self.unit.syarat_bawaan())
    }

    /// The spread over the given people (row ids), counting only those with both ratings.
    pub fn sebaran<'a>(&self, orang: impl IntoIterator<Item = &'a str>) -> Sebaran {
        Sebaran::dari(
            orang
                .into_iter()
                .filter_map(|id| self.penilaian.get(id).and_then(Penilaian::predikat)),
        )
    }
}

fn bulat(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}").replace('.', ",")
    }
}

/// The people a team's role-play rates: each person once, however many rows (roles) they
/// hold in the team (rows with one NIP are one person), in team order.
pub fn orang_dinilai(tim: &crate::core::mpph::Tim) -> Vec<&crate::core::mpph::Orang> {
    let mut seen = std::collections::HashSet::new();
    tim.orang
        .iter()
        .filter(|o| {
            let k = crate::core::mpph::kunci_nip(&o.nip);
            k.is_empty() || seen.insert(k)
        })
        .collect()
}
