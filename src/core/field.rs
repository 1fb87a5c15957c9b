//! Field keys: one stable name for every editable field of a draft, used by field-level
//! messages, wording findings, dismissals and the editor's focus. Keys use ids, not
//! positions, so they survive reordering; [`json_path`] turns one into a position in a file.

use super::model::{Draft, IdentitasField, LampiranKind, Pihak};

/// A field of a draft.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldKey {
    NamaDraf,
    Instansi,
    PeriodeMulai,
    PeriodeSelesai,
    TempatTtd,
    TanggalTtd,
    Identitas(Pihak, IdentitasField),
    RhkTeks(String),
    RhkAtasan(String),
    /// The RHK as a whole (e.g. "has no IKI", "duplicate").
    Rhk(String),
    IkiTeks(String, String),
    IkiTarget(String, String),
    IkiAspek(String, String),
    Perspektif(crate::core::model::Perspektif),
    Perilaku(crate::core::model::PerilakuNilai),
    Lampiran(LampiranKind, usize),
}

impl FieldKey {
    /// The key as text, as saved in a dismissal: `rhk/<id>/teks`, `pegawai/nip`, …
    pub fn as_string(&self) -> String {
        match self {
            FieldKey::NamaDraf => "nama_draf".into(),
            FieldKey::Instansi => "header/instansi".into(),
            FieldKey::PeriodeMulai => "header/periode/mulai".into(),
            FieldKey::PeriodeSelesai => "header/periode/selesai".into(),
            FieldKey::TempatTtd => "header/penandatanganan/tempat".into(),
            FieldKey::TanggalTtd => "header/penandatanganan/tanggal".into(),
            FieldKey::Identitas(p, f) => format!("{}/{}", p.code(), f.code()),
            FieldKey::RhkTeks(r) => format!("rhk/{r}/teks"),
            FieldKey::RhkAtasan(r) => format!("rhk/{r}/rhk_atasan"),
            FieldKey::Rhk(r) => format!("rhk/{r}"),
            FieldKey::IkiTeks(r, i) => format!("rhk/{r}/iki/{i}/teks"),
            FieldKey::IkiTarget(r, i) => format!("rhk/{r}/iki/{i}/target"),
            FieldKey::IkiAspek(r, i) => format!("rhk/{r}/iki/{i}/aspek"),
            FieldKey::Perspektif(p) => format!("perspektif/{}", p.code()),
            FieldKey::Perilaku(n) => format!("perilaku/{}", n.code()),
            FieldKey::Lampiran(k, i) => format!("lampiran/{}/{i}", k.code()),
        }
    }
}

impl FieldKey {
    /// The key a text names (the inverse of [`FieldKey::as_string`]), to show a saved
    /// dismissal by the field's name and text; `None` for a text that names no field.
    pub fn parse(s: &str) -> Option<FieldKey> {
        use crate::core::model::{Perspektif, BERAKHLAK};
        let parts: Vec<&str> = s.split('/').collect();
        Some(match parts.as_slice() {
            ["nama_draf"] => FieldKey::NamaDraf,
            ["header", "instansi"] => FieldKey::Instansi,
            ["header", "periode", "mulai"] => FieldKey::PeriodeMulai,
            ["header", "periode", "selesai"] => FieldKey::PeriodeSelesai,
            ["header", "penandatanganan", "tempat"] => FieldKey::TempatTtd,
            ["header", "penandatanganan", "tanggal"] => FieldKey::TanggalTtd,
            ["rhk", r] => FieldKey::Rhk(r.to_string()),
            ["rhk", r, "teks"] => FieldKey::RhkTeks(r.to_string()),
            ["rhk", r, "rhk_atasan"] => FieldKey::RhkAtasan(r.to_string()),
            ["rhk", r, "iki", i, "teks"] => FieldKey::IkiTeks(r.to_string(), i.to_string()),
            ["rhk", r, "iki", i, "target"] => FieldKey::IkiTarget(r.to_string(), i.to_string()),
            ["rhk", r, "iki", i, "aspek"] => FieldKey::IkiAspek(r.to_string(), i.to_string()),
            ["perspektif", p] => FieldKey::Perspektif(Perspektif::from_code(p)?),
            ["perilaku", n] => {
                FieldKey::Perilaku(BERAKHLAK.iter().find(|b| b.nilai.code() == *n)?.nilai)
            }
            ["lampiran", k, i] => FieldKey::Lampiran(
                LampiranKind::ALL.into_iter().find(|x| x.code() == *k)?,
                i.parse().ok()?,
            ),
            [p, f] => {
                let pihak = [Pihak::Pegawai, Pihak::Penilai]
                    .into_iter()
                    .find(|x| x.code() == *p)?;
                let field = IdentitasField::ALL.into_iter().find(|x| x.code() == *f)?;
                FieldKey::Identitas(pihak, field)
            }
            _ => return None,
        })
    }
}

impl std::fmt::Display for FieldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.as_string())
    }
}

/// Where the field sits in an exported draft file, as a JSON path (`$.draft.rhk[2].iki[0].teks`).
/// `None` when the key names an RHK or IKI the draft no longer has.
pub fn json_path(draft: &Draft, key: &FieldKey) -> Option<String> {
    let rhk_pos = |id: &str| draft.rhk.iter().position(|r| r.id == id);
    let iki_pos = |r: usize, id: &str| draft.rhk[r].iki.iter().position(|i| i.id == id);
    Some(match key {
        FieldKey::NamaDraf => "$.draft.nama_draf".into(),
        FieldKey::Instansi => "$.draft.header.instansi".into(),
        FieldKey::PeriodeMulai => "$.draft.header.periode.mulai".into(),
        FieldKey::PeriodeSelesai => "$.draft.header.periode.selesai".into(),
        FieldKey::TempatTtd => "$.draft.header.penandatanganan.tempat".into(),
        FieldKey::TanggalTtd => "$.draft.header.penandatanganan.tanggal".into(),
        FieldKey::Identitas(p, f) => format!("$.draft.{}.{}", p.code(), f.code()),
        FieldKey::RhkTeks(r) => format!("$.draft.rhk[{}].teks", rhk_pos(r)?),
        FieldKey::RhkAtasan(r) => format!("$.draft.rhk[{}].rhk_atasan", rhk_pos(r)?),
        FieldKey::Rhk(r) => format!("$.draft.rhk[{}]", rhk_pos(r)?),
        FieldKey::IkiTeks(r, i) => {
            let rp = rhk_pos(r)?;
            format!("$.draft.rhk[{rp}].iki[{}].teks", iki_pos(rp, i)?)
        }
        FieldKey::IkiTarget(r, i) => {
            let rp = rhk_pos(r)?;
            format!("$.draft.rhk[{rp}].iki[{}].target", iki_pos(rp, i)?)
        }
        FieldKey::IkiAspek(r, i) => {
            let rp = rhk_pos(r)?;
            format!("$.draft.rhk[{rp}].iki[{}].aspek", iki_pos(rp, i)?)
        }
        FieldKey::Perspektif(_) => "$.draft.rhk".into(),
        FieldKey::Perilaku(n) => format!("$.draft.perilaku.{}", n.code()),
        FieldKey::Lampiran(k, i) => format!("$.draft.lampiran.{}[{i}]", k.code()),
    })
}

/// The current text of a text field ("" for a field that is not text or no longer exists):
/// a finding's excerpt, the phrase a rewrite replaces.
pub fn teks_isian(d: &Draft, field: &FieldKey) -> String {
    let rhk = |r: &str| d.rhk_by_id(r);
    match field {
        FieldKey::RhkTeks(r) => rhk(r).map(|r| r.teks.clone()),
        FieldKey::RhkAtasan(r) => rhk(r).map(|r| r.rhk_atasan.teks.clone()),
        FieldKey::IkiTeks(r, i) => rhk(r)
            .and_then(|r| r.iki.iter().find(|x| &x.id == i))
            .map(|x| x.teks.clone()),
        FieldKey::Lampiran(k, i) => d.lampiran.list(*k).get(*i).cloned(),
        _ => None,
    }
    .unwrap_or_default()
}

/// Where a field is, in words: "RHK 2 · IKI 1 · target", for lists of findings.
pub fn label_isian(d: &Draft, field: &FieldKey) -> String {
    let no = |r: &str| {
        d.rhk_index(r)
            .map_or(String::from("?"), |i| (i + 1).to_string())
    };
    let iki_no = |r: &str, i: &str| {
        d.rhk_by_id(r)
            .and_then(|r| r.iki.iter().position(|x| x.id == i))
            .map_or(String::from("?"), |k| (k + 1).to_string())
    };
    match field {
        FieldKey::NamaDraf => "Nama draf".into(),
        FieldKey::Instansi => "Instansi".into(),
        FieldKey::PeriodeMulai | FieldKey::PeriodeSelesai => "Periode".into(),
        FieldKey::TempatTtd | FieldKey::TanggalTtd => "Penandatanganan".into(),
        // The identity findings name their field and block themselves.
        FieldKey::Identitas(..) => String::new(),
        FieldKey::RhkTeks(r) | FieldKey::Rhk(r) => format!("RHK {}", no(r)),
        FieldKey::RhkAtasan(r) => format!("RHK {} · RHK atasan", no(r)),
        FieldKey::IkiTeks(r, i) | FieldKey::IkiAspek(r, i) => {
            format!("RHK {} · IKI {}", no(r), iki_no(r, i))
        }
        FieldKey::IkiTarget(r, i) => {
            format!("RHK {} · IKI {} · target", no(r), iki_no(r, i))
        }
        FieldKey::Perspektif(p) => p.label().to_string(),
        FieldKey::Perilaku(n) => format!("Perilaku {}", n.code()),
        FieldKey::Lampiran(k, i) => format!("{} {}", k.label(), i + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{PerilakuNilai, Perspektif};

    #[test]
    fn every_key_reads_back_from_its_text() {
        let keys = [
            FieldKey::NamaDraf,
            FieldKey::Instansi,
            FieldKey::PeriodeMulai,
            FieldKey::PeriodeSelesai,
            FieldKey::TempatTtd,
            FieldKey::TanggalTtd,
            FieldKey::Identitas(Pihak::Penilai, IdentitasField::Nip),
            FieldKey::RhkTeks("r1".into()),
            FieldKey::RhkAtasan("r1".into()),
            FieldKey::Rhk("r1".into()),
            FieldKey::IkiTeks("r1".into(), "i1".into()),
            FieldKey::IkiTarget("r1".into(), "i1".into()),
            FieldKey::IkiAspek("r1".into(), "i1".into()),
            FieldKey::Perspektif(Perspektif::Anggaran),
            FieldKey::Perilaku(PerilakuNilai::Kolaboratif),
            FieldKey::Lampiran(LampiranKind::Konsekuensi, 2),
        ];
        for k in keys {
            assert_eq!(FieldKey::parse(&k.as_string()), Some(k.clone()), "{k}");
        }
        for bad in [
            "",
            "rhk",
            "lampiran/x/1",
            "perilaku/x",
            "pegawai/x",
            "a/b/c/d/e/f",
        ] {
            assert_eq!(FieldKey::parse(bad), None, "{bad}");
        }
    }
}
