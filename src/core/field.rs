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
