//! Rule examples as small drafts. A draft example is `Kunci: nilai` parts joined by " | ":
//!
//! - `Jabatan: JPT|JA|JF`, `Pendekatan: kuantitatif|kualitatif`
//! - `RHK: teks` (utama) or `RHK tambahan: teks` starts an RHK; `Atasan: teks` sets its RHK
//!   atasan (JA/JF RHK get a filled one unless given)
//! - `IKI: teks` adds an IKI to the last RHK; `Target: 100 %` and `Perspektif: Anggaran`
//!   apply to the last IKI
//! - `Nama pegawai: …`, `NIP penilai: …` (any identity field and block) override the
//!   example's complete, valid identity
//! - `Dukungan: teks` adds a Dukungan Sumber Daya item
//!
//! `(kosong)` stands for an empty value.

use super::finding::Finding;
use super::rules::{Rule, Scope};
use super::{check_draft, check_iki, check_rhk};
use crate::core::model::{
    Draft, Identitas, IdentitasField, Iki, JenisJabatan, JenisRhk, Pendekatan, Perspektif, Pihak,
    Rhk, Target,
};

/// The findings an example of `rule` produces: phrase findings for RHK and IKI rules,
/// all draft findings for draft rules.
pub fn example_findings(rule: &Rule, example: &str) -> Vec<Finding> {
    match rule.scope {
        Scope::Rhk => check_rhk(example).1,
        Scope::Iki => check_iki(example).1,
        Scope::Draft => check_draft(&example_draft(example))
            .into_iter()
            .map(|d| d.finding)
            .collect(),
    }
}

fn identitas(nama: &str, nip: &str, pangkat: &str, jabatan: &str, unit: &str) -> Identitas {
    Identitas {
        nama: nama.into(),
        nip: nip.into(),
        pangkat: pangkat.into(),
        jabatan: jabatan.into(),
        unit_kerja: unit.into(),
    }
}

/// Builds the draft an example describes (unknown keys are ignored).
pub fn example_draft(example: &str) -> Draft {
    let mut d = Draft::new("contoh", 2025);
    d.pegawai = identitas(
        "Siti Aminah",
        "198503122010012001",
        "Penata (III/c)",
        "Analis SDM Aparatur Ahli Muda",
        "Bagian Kepegawaian",
    );
    d.penilai = identitas(
        "Budi Santoso",
        "197801052003121002",
        "Pembina (IV/a)",
        "Kepala Bagian Kepegawaian",
        "Sekretariat Daerah",
    );
    let mut atasan_given: Vec<bool> = Vec::new();
    for part in example.split(" | ") {
        let Some((key, value)) = part.split_once(':') else {
            continue;
        };
        let key = crate::core::huruf::kecil(key.trim());
        let value = value.trim();
        let value = if value == "(kosong)" { "" } else { value };
        match key.as_str() {
            "jabatan" => {
                d.header.jenis_jabatan = JenisJabatan::from_code(value).unwrap_or_default()
            }
            "pendekatan" => d.header.pendekatan = Pendekatan::from_code(value).unwrap_or_default(),
            "rhk" | "rhk tambahan" => {
                let jenis = if key == "rhk" {
                    JenisRhk::Utama
                } else {
                    JenisRhk::Tambahan
                };
                let id = format!("r{}", d.rhk.len() + 1);
                d.rhk.push(Rhk {
                    id,
                    jenis,
                    teks: value.into(),
                    ..Default::default()
                });
                atasan_given.push(false);
            }
            "atasan" => {
                if let (Some(r), Some(g)) = (d.rhk.last_mut(), atasan_given.last_mut()) {
                    r.rhk_atasan.teks = value.into();
                    *g = true;
                }
            }
            "iki" => {
                if let Some(r) = d.rhk.last_mut() {
                    let id = format!("i{}", r.iki.len() + 1);
                    r.iki.push(Iki {
                        id,
                        teks: value.into(),
                        ..Default::default()
                    });
                }
            }
            "target" => {
                if let Some(i) = d.rhk.last_mut().and_then(|r| r.iki.last_mut()) {
                    let (nilai, satuan) = value.split_once(' ').unwrap_or((value, ""));
                    i.target = Target {
                        nilai: nilai.into(),
                        satuan: satuan.trim().into(),
                        ..Default::default()
                    };
                }
            }
            "aspek" => {
                if let Some(i) = d.rhk.last_mut().and_then(|r| r.iki.last_mut()) {
                    i.aspek =
                        crate::core::model::Aspek::from_code(&crate::core::huruf::kecil(value));
                }
            }
            "perspektif" => {
                if let Some(i) = d.rhk.last_mut().and_then(|r| r.iki.last_mut()) {
                    i.perspektif = Perspektif::ALL.into_iter().find(|p| {
                        p.label()
                            .eq_ignore_ascii_case(&format!("Perspektif {value}"))
                            || p.code() == value
                    });
                }
            }
            "dukungan" => d.lampiran.dukungan_sumber_daya.push(value.into()),
            "ekspektasi" => d.perilaku.berorientasi_pelayanan = value.into(),
            _ => identity_part(&mut d, &key, value),
        }
    }
    if !d.header.jenis_jabatan.is_jpt() {
        for (r, given) in d.rhk.iter_mut().zip(atasan_given) {
            if !given {
                r.rhk_atasan.teks = "Meningkatnya kualitas layanan unit kerja".into();
            }
        }
    }
    d
}

/// `Nama pegawai: …`, `NIP penilai: …`, `Unit kerja pegawai: …`.
fn identity_part(d: &mut Draft, key: &str, value: &str) {
    let (field, pihak) = match key.rsplit_once(' ') {
        Some((f, "pegawai")) => (f, Pihak::Pegawai),
        Some((f, "penilai")) => (f, Pihak::Penilai),
        _ => return,
    };
    let field = match field {
        "nama" => IdentitasField::Nama,
        "nip" => IdentitasField::Nip,
        "pangkat" => IdentitasField::Pangkat,
        "jabatan" => IdentitasField::Jabatan,
        "unit kerja" => IdentitasField::UnitKerja,
        _ => return,
    };
    let who = match pihak {
        Pihak::Pegawai => &mut d.pegawai,
        Pihak::Penilai => &mut d.penilai,
    };
    *who.get_mut(field) = value.into();
}
