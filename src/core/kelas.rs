//! Reviewing a class's files: a trainer collects the participants' exported drafts and sees
//! them side by side, one row per file, to pick what to discuss. The app's "Tinjau kelas" and
//! `skp kelas` share this.

use std::collections::BTreeMap;

use crate::core::format::read_draft_file;
use crate::core::model::{Draft, JenisJabatan, JenisRhk, Perspektif};
use crate::core::validation::validate_draft;
use crate::core::wording::{check_draft, rule, DraftFinding, Severity};

/// One participant's file as a row of the class table.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisKelas {
    pub berkas: String,
    /// `Err`: the file could not be read as a draft, with the reader's message.
    pub isi: Result<Ringkasan, String>,
}

/// What the table shows of one readable draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Ringkasan {
    pub nama: String,
    pub nip: String,
    pub jabatan: String,
    pub jenis: JenisJabatan,
    pub jumlah_rhk: usize,
    /// Field errors (an impossible NIP or date, a malformed target) count as kesalahan.
    pub kesalahan: usize,
    pub peringatan: usize,
    pub saran: usize,
    /// SKP JPT only: the perspektif that have at least one IKI.
    pub perspektif: Option<Vec<Perspektif>>,
    /// SKP JA/JF only: Utama RHK that name no RHK atasan.
    pub tanpa_atasan: Option<usize>,
    /// Rules found, most frequent first (ties by rule id), with their counts.
    pub aturan: Vec<(&'static str, usize)>,
    /// The wording findings themselves, for the read-only view.
    pub temuan: Vec<DraftFinding>,
    pub draft: Draft,
}

impl Ringkasan {
    pub fn dari(draft: Draft) -> Ringkasan {
        let findings = check_draft(&draft);
        let errors = validate_draft(&draft).len();
        let count = |s: Severity| findings.iter().filter(|f| f.finding.severity == s).count();
        let mut per_rule: BTreeMap<&'static str, usize> = BTreeMap::new();
        for f in &findings {
            *per_rule.entry(f.finding.rule).or_insert(0) += 1;
        }
        let mut aturan: Vec<_> = per_rule.into_iter().collect();
        crate::core::urut::urutkan_dengan(&mut aturan, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let jpt = draft.header.jenis_jabatan == JenisJabatan::Jpt;
        let perspektif = jpt.then(|| {
            let kosong = draft.perspektif_kosong();
            Perspektif::ALL
                .into_iter()
                .filter(|p| !kosong.contains(p))
                .collect()
        });
        let tanpa_atasan = (!jpt).then(|| {
            draft
                .rhk
                .iter()
                .filter(|r| r.jenis == JenisRhk::Utama && r.rhk_atasan.teks.trim().is_empty())
                .count()
        });
        Ringkasan {
            nama: draft.pegawai.nama.trim().to_string(),
            nip: draft.pegawai.nip.trim().to_string(),
            jabatan: draft.pegawai.jabatan.trim().to_string(),
            jenis: draft.header.jenis_jabatan,
            jumlah_rhk: draft.rhk.len(),
            kesalahan: count(Severity::Error) + errors,
            peringatan: count(Severity::Warning),
            saran: count(Severity::Info),
            perspektif,
            tanpa_atasan,
            aturan,
            temuan: findings,
            draft,
        }
    }

    /// "3/4 (belum: Anggaran)" for a JPT; "—" otherwise.
    pub fn teks_perspektif(&self) -> String {
        match &self.perspektif {
            None => "—".into(),
            Some(ada) if ada.len() == 4 => "4/4".into(),
            Some(ada) => {
                let belum: Vec<&str> = Perspektif::ALL
                    .into_iter()
                    .filter(|p| !ada.contains(p))
                    .map(|p| p.label().trim_start_matches("Perspektif ").trim())
                    .collect();
                format!("{}/4 (belum: {})", ada.len(), belum.join(", "))
            }
        }
    }

    /// The three most frequent rules, with counts: "rhk.aktivitas ×3, iki.tugas ×2".
    pub fn teks_aturan(&self) -> String {
        self.aturan
            .iter()
            .take(3)
            .map(|(r, n)| format!("{r} ×{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Reads one file's text into its row; never fails, a bad file is a row that says why.
pub fn baris(berkas: &str, text: &str) -> BarisKelas {
    BarisKelas {
        berkas: berkas.to_string(),
        isi: read_draft_file(text)
            .map(Ringkasan::dari)
            .map_err(|e| e.to_string()),
    }
}

/// Rules found across the whole class, most frequent first, with their titles: what to
/// discuss first.
pub fn aturan_kelas(rows: &[BarisKelas]) -> Vec<(&'static str, &'static str, usize)> {
    let mut n: BTreeMap<&'static str, usize> = BTreeMap::new();
    for r in rows.iter().filter_map(|r| r.isi.as_ref().ok()) {
        for (rule, k) in &r.aturan {
            *n.entry(rule).or_insert(0) += k;
        }
    }
    let mut v: Vec<_> = n
        .into_iter()
        .map(|(r, k)| (r, rule(r).map(|x| x.title).unwrap_or(""), k))
        .collect();
    crate::core::urut::urutkan_dengan(&mut v, |a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    v
}

/// The header of the class table, as the CSV and the CLI print it.
pub const KOLOM: [&str; 12] = [
    "Berkas",
    "Nama",
    "NIP",
    "Jabatan",
    "Jenis",
    "RHK",
    "Kesalahan",
    "Peringatan",
    "Saran",
    "Perspektif (JPT)",
    "RHK Utama tanpa RHK atasan",
    "Aturan terbanyak",
];

/// One row's cells in [`KOLOM`] order.
pub fn sel(row: &BarisKelas) -> Vec<String> {
    match &row.isi {
        Ok(r) => vec![
            row.berkas.clone(),
            r.nama.clone(),
            r.nip.clone(),
            r.jabatan.clone(),
            r.jenis.label().to_string(),
            r.jumlah_rhk.to_string(),
            r.kesalahan.to_string(),
            r.peringatan.to_string(),
            r.saran.to_string(),
            r.teks_perspektif(),
            r.tanpa_atasan.map(|n| n.to_string()).unwrap_or("—".into()),
            r.teks_aturan(),
        ],
        Err(e) => {
            let mut v = vec![row.berkas.clone(), format!("Tidak terbaca: {e}")];
            v.resize(KOLOM.len(), String::new());
            v
        }
    }
}

/// The class table as CSV (semicolons would break in some spreadsheets; commas with quoting
/// are what both Excel and LibreOffice open; the BOM makes Excel read UTF-8).
pub fn csv(rows: &[BarisKelas]) -> String {
    let mut all = vec![KOLOM.map(String::from).to_vec()];
    all.extend(rows.iter().map(sel));
    crate::core::mpph::csv_rows(&all)
}
