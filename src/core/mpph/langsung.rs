//! Direct cascading (kaskade langsung): a column whose cells share out the leader's own
//! indicator instead of naming another result. The leader's IKI is split by target amount
//! (10 ton → 6 + 4), by wilayah (Kecamatan A, Kecamatan B) or by tahapan / aspek; each cell
//! holds one person's part, and derivation gives that person the leader's RHK and IKI with
//! their part as the target. The parts of a countable target add up to the leader's; a %,
//! an indeks or a nilai is never summed.

use serde::{Deserialize, Serialize};

use crate::core::model::{Iki, Rhk, Target};
use crate::core::wording::satuan::{leading_number, unit_kind, UnitKind};

/// How a direct column shares the leader's indicator out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// By target amount: each cell is a number (10 ton → 6 + 4).
    #[default]
    BebanTarget,
    /// By wilayah: each cell names an area, with its amount if the target is split too.
    Wilayah,
    /// By tahapan or aspek (komponen) of the work.
    Tahapan,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::BebanTarget, Basis::Wilayah, Basis::Tahapan];
    /// The code stored in team files.
    pub fn code(self) -> &'static str {
        match self {
            Basis::BebanTarget => "beban_target",
            Basis::Wilayah => "wilayah",
            Basis::Tahapan => "tahapan",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Basis::BebanTarget => "beban target",
            Basis::Wilayah => "wilayah",
            Basis::Tahapan => "tahapan / aspek",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }
    /// What a cell of such a column should hold, for its placeholder and hints.
    pub fn contoh_sel(self) -> &'static str {
        match self {
            Basis::BebanTarget => "bagian target, mis. 6",
            Basis::Wilayah => "wilayah, mis. Kecamatan A: 6",
            Basis::Tahapan => "tahapan, mis. Verifikasi: 40",
        }
    }
}

/// A column marked as direct cascading, and its basis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KolomLangsung {
    /// The column's RHK id.
    pub kolom: String,
    pub basis: Basis,
}

/// A cell of a direct column, read: "6", "Kecamatan A", "Kecamatan A: 6", "6 ton".
#[derive(Clone, Debug, PartialEq)]
pub struct Bagian {
    /// The wilayah or tahapan the part names ("" for a bare amount).
    pub label: String,
    /// The amount as typed ("6", "1.250"), when the cell has one.
    pub jumlah_teks: String,
    pub jumlah: Option<f64>,
}

/// Reads a cell of a direct column.
pub fn baca_bagian(teks: &str) -> Bagian {
    let t = teks.trim();
    let (label, angka) = match t.rsplit_once(':') {
        Some((l, a)) => (l.trim(), a.trim()),
        None if t.starts_with(|c: char| c.is_ascii_digit()) => ("", t),
        None => (t, ""),
    };
    let jumlah = leading_number(angka);
    let jumlah_teks = if jumlah.is_some() {
        angka
            .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .next()
            .unwrap_or("")
            .to_string()
    } else {
        String::new()
    };
    // "Kecamatan A: semua" keeps its words in the label rather than losing them.
    let label = if jumlah.is_none() && !angka.is_empty() {
        t.to_string()
    } else {
        label.to_string()
    };
    Bagian {
        label,
        jumlah_teks,
        jumlah,
    }
}

/// The leader's IKI whose target the parts share: the first with a countable number (not
/// %, indeks, nilai, time), or failing that the first IKI.
pub fn iki_dibagi(rhk: &Rhk) -> Option<usize> {
    rhk.iki
        .iter()
        .position(|i| dapat_dijumlah(&i.target))
        .or((!rhk.iki.is_empty()).then_some(0))
}

/// A target whose parts add up: a number counted in things (ton, dokumen, orang).
pub fn dapat_dijumlah(t: &Target) -> bool {
    !t.is_range()
        && crate::core::validation::parse_angka(&t.nilai).is_some()
        && matches!(unit_kind(&t.satuan), UnitKind::Count)
}

/// The RHK text a person's part gets: the leader's, with the wilayah or tahapan named.
pub fn teks_rhk(rhk: &Rhk, bagian: &Bagian) -> String {
    if bagian.label.is_empty() {
        rhk.teks.trim().to_string()
    } else {
        format!("{} ({})", rhk.teks.trim(), bagian.label)
    }
}

/// The IKI a person's part gets: every IKI of the leader's RHK, the shared one with the
/// part's amount as its target (when the cell has one), ids made from `rhk_id`.
pub fn iki_bagian(rhk: &Rhk, bagian: &Bagian, rhk_id: &str) -> Vec<Iki> {
    let dibagi = iki_dibagi(rhk);
    rhk.iki
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let mut target = i.target.clone();
            if Some(n) == dibagi && bagian.jumlah.is_some() {
                target = Target {
                    nilai: bagian.jumlah_teks.clone(),
                    nilai_maks: String::new(),
                    satuan: i.target.satuan.clone(),
                };
            }
            Iki {
                id: format!("{rhk_id}-{}", i.id),
                teks: i.teks.clone(),
                target,
                perspektif: i.perspektif,
                aspek: i.aspek,
            }
        })
        .collect()
}

/// The sum of a beban-target column against the leader's target, when it can be summed.
#[derive(Clone, Debug, PartialEq)]
pub struct Jumlah {
    pub jumlah: f64,
    pub target: f64,
    pub satuan: String,
    /// Cells that hold no amount.
    pub tanpa_angka: usize,
}

impl Jumlah {
    pub fn cocok(&self) -> bool {
        (self.jumlah - self.target).abs() < 1e-9 && self.tanpa_angka == 0
    }
    /// "9 dari 10 ton".
    pub fn ringkas(&self) -> String {
        format!(
            "{} dari {} {}",
            angka(self.jumlah),
            angka(self.target),
            self.satuan.trim()
        )
        .trim()
        .to_string()
    }
}

/// Sums the cells' amounts of a direct column against the leader's shared IKI; `None` when
/// that target is not countable (never sum %, indeks, nilai) or no cell is filled.
pub fn jumlah_kolom<'a>(rhk: &Rhk, sel: impl Iterator<Item = &'a str>) -> Option<Jumlah> {
    let i = iki_dibagi(rhk)?;
    let t = &rhk.iki[i].target;
    if !dapat_dijumlah(t) {
        return None;
    }
    let target = crate::core::validation::parse_angka(&t.nilai)?;
    let (mut jumlah, mut tanpa_angka, mut terisi) = (0.0, 0, 0);
    for s in sel.filter(|s| !s.trim().is_empty()) {
        terisi += 1;
        match baca_bagian(s).jumlah {
            Some(n) => jumlah += n,
            None => tanpa_angka += 1,
        }
    }
    (terisi > 0).then(|| Jumlah {
        jumlah,
        target,
        satuan: t.satuan.clone(),
        tanpa_angka,
    })
}

/// A number as Indonesians write it: "6", "2,5".
fn angka(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_read_as_parts() {
        let b = baca_bagian("Kecamatan A: 6");
        assert_eq!(
            (b.label.as_str(), b.jumlah_teks.as_str(), b.jumlah),
            ("Kecamatan A", "6", Some(6.0))
        );
        let b = baca_bagian("6 ton");
        assert_eq!((b.label.as_str(), b.jumlah), ("", Some(6.0)));
        assert_eq!(baca_bagian("1.250").jumlah, Some(1250.0));
        assert_eq!(baca_bagian("2,5").jumlah_teks, "2,5");
        let b = baca_bagian("Kecamatan B");
        assert_eq!((b.label.as_str(), b.jumlah), ("Kecamatan B", None));
        assert_eq!(
            baca_bagian("Tahap akhir: semua").label,
            "Tahap akhir: semua"
        );
    }
}
