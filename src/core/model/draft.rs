use serde::{Deserialize, Serialize};

use super::{Header, Identitas, JenisRhk, Lampiran, Perilaku, Perspektif, Rhk};

/// One draft = one SKP (Sasaran Kinerja Pegawai) for one employee and one period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Stable identity: an import with the same id is the same draft (replace or keep both).
    pub id: String,
    /// The name in the draft list; the user can rename it.
    pub nama_draf: String,
    pub header: Header,
    pub pegawai: Identitas,
    pub penilai: Identitas,
    /// HASIL KERJA: Utama and Tambahan RHK, each group in this order.
    pub rhk: Vec<Rhk>,
    pub perilaku: Perilaku,
    pub lampiran: Lampiran,
    /// Wording findings the user chose to set aside, per field.
    #[serde(default)]
    pub temuan_diabaikan: Vec<TemuanDiabaikan>,
}

/// A wording finding dismissed for one field: the rule id and the field's key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemuanDiabaikan {
    pub aturan: String,
    pub field: String,
}

impl Draft {
    /// An empty draft with the given id, for one calendar year.
    pub fn new(id: impl Into<String>, tahun: i32) -> Self {
        let mut d = Draft {
            id: id.into(),
            ..Default::default()
        };
        d.header.periode = super::Periode::tahun(tahun);
        d.nama_draf = format!("SKP {tahun}");
        d
    }

    /// The year a new SKP is most likely for: next year from November on, when people
    /// draft next year's SKP (used for every new draft, a team leader's included).
    pub fn tahun_baru(tahun_ini: i32, bulan: u32) -> i32 {
        if bulan >= 11 {
            tahun_ini + 1
        } else {
            tahun_ini
        }
    }

    pub fn rhk_by_id(&self, id: &str) -> Option<&Rhk> {
        self.rhk.iter().find(|r| r.id == id)
    }

    pub fn rhk_index(&self, id: &str) -> Option<usize> {
        self.rhk.iter().position(|r| r.id == id)
    }

    /// RHK of one group, in order.
    pub fn rhk_jenis(&self, jenis: JenisRhk) -> impl Iterator<Item = &Rhk> {
        self.rhk.iter().filter(move |r| r.jenis == jenis)
    }

    /// Perspektif with no IKI at all (SKP JPT): a gap the form should show.
    pub fn perspektif_kosong(&self) -> Vec<Perspektif> {
        Perspektif::ALL
            .into_iter()
            .filter(|p| {
                !self
                    .rhk
                    .iter()
                    .flat_map(|r| &r.iki)
                    .any(|i| i.perspektif == Some(*p))
            })
            .collect()
    }

    /// The file name for an export: `<nama-pegawai>-<tahun>.skp.json`.
    pub fn nama_berkas(&self) -> String {
        let nama = slug(&self.pegawai.nama);
        let nama = if nama.is_empty() {
            "draf-skp".to_string()
        } else {
            nama
        };
        match self.header.periode.tahun_mulai() {
            Some(t) => format!("{nama}-{t}.skp.json"),
            None => format!("{nama}.skp.json"),
        }
    }
}

/// Lower-case ASCII words joined by '-': safe as a file name on every system.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl Draft {
    /// A copy under a new id, e.g. to keep both when an import meets an existing draft.
    pub fn salinan(&self, new_id: impl Into<String>, nama: impl Into<String>) -> Draft {
        Draft {
            id: new_id.into(),
            nama_draf: nama.into(),
            ..self.clone()
        }
    }

    /// "Salin ke tahun berikutnya": the same SKP one year later, as a start for next year.
    pub fn salin_ke_tahun_berikutnya(&self, new_id: impl Into<String>) -> Draft {
        let mut d = self.salinan(new_id, self.nama_draf.clone());
        let p = &mut d.header.periode;
        p.mulai = geser_tahun(&p.mulai);
        p.selesai = geser_tahun(&p.selesai);
        d.nama_draf = match (
            self.header.periode.tahun_mulai(),
            d.header.periode.tahun_mulai(),
        ) {
            (Some(lama), Some(baru)) if self.nama_draf.contains(&lama.to_string()) => {
                self.nama_draf.replace(&lama.to_string(), &baru.to_string())
            }
            (_, Some(baru)) => format!("{} ({baru})", self.nama_draf),
            _ => format!("{} (tahun berikutnya)", self.nama_draf),
        };
        d
    }
}

/// "2027-03-01" → "2028-03-01"; 29 February becomes 28 February. Other text is kept.
fn geser_tahun(tanggal: &str) -> String {
    match crate::core::validation::parse_tanggal(tanggal) {
        Some((y, m, d)) => {
            let d = if m == 2 && d == 29 { 28 } else { d };
            format!("{:04}-{m:02}-{d:02}", y + 1)
        }
        None => tanggal.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_year_copy_shifts_period_and_name() {
        let mut d = Draft::new("a", 2028);
        d.header.periode.selesai = "2028-02-29".into();
        let n = d.salin_ke_tahun_berikutnya("b");
        assert_eq!(n.id, "b");
        assert_eq!(n.nama_draf, "SKP 2029");
        assert_eq!(n.header.periode.mulai, "2029-01-01");
        assert_eq!(n.header.periode.selesai, "2029-02-28");
    }

    #[test]
    fn file_name_from_pegawai_and_year() {
        let mut d = Draft::new("a", 2027);
        d.pegawai.nama = "Dr. Siti Nurhaliza, S.E., M.Si.".into();
        assert_eq!(d.nama_berkas(), "dr-siti-nurhaliza-s-e-m-si-2027.skp.json");
        d.pegawai.nama.clear();
        assert_eq!(d.nama_berkas(), "draf-skp-2027.skp.json");
    }
}
