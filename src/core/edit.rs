//! Every change a user can make to a draft, as a value. The editor sends these; applying
//! one is a plain function, so editing is tested natively and undo works on whole states.

use super::model::{
    Aspek, Draft, IdentitasField, Iki, JenisJabatan, JenisRhk, Lajur, LampiranKind, Pendekatan,
    PerilakuNilai, Perspektif, Pihak, Rhk, RhkAtasan, TemuanDiabaikan,
};

/// Up or down in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arah {
    Naik,
    Turun,
}

/// One change to one draft. Ids of new RHK and IKI are chosen by the caller, so applying
/// the same edit twice gives the same result (undo/redo, tests).
#[derive(Clone, Debug, PartialEq)]
pub enum DraftEdit {
    NamaDraf(String),
    Instansi(String),
    PeriodeMulai(String),
    TempatTtd(String),
    TanggalTtd(String),
    PeriodeSelesai(String),
    Pendekatan(Pendekatan),
    JenisJabatan(JenisJabatan),
    Identitas(Pihak, IdentitasField, String),
    /// A new RHK with one empty IKI, placed after `after` (or at the end of its group).
    AddRhk {
        id: String,
        iki_id: String,
        jenis: JenisRhk,
        perspektif: Option<Perspektif>,
        after: Option<String>,
    },
    RhkTeks(String, String),
    RhkJenis(String, JenisRhk),
    RhkAtasan(String, RhkAtasan),
    /// The user has reviewed an RHK marked for review (see [`Rhk::tinjau`]).
    SelesaiTinjau(String),
    /// Moves an RHK past its nearest neighbour of the same jenis *shown in the same lajur*
    /// (on the SKP JPT a section shows only some RHK; a hidden one is never swapped).
    MoveRhk(String, Arah, Lajur),
    RemoveRhk(String),
    AddIki {
        rhk: String,
        id: String,
        perspektif: Option<Perspektif>,
        aspek: Option<Aspek>,
    },
    IkiTeks(String, String, String),
    IkiNilai(String, String, String),
    IkiNilaiMaks(String, String, String),
    IkiSatuan(String, String, String),
    IkiPerspektif(String, String, Option<Perspektif>),
    IkiAspek(String, String, Option<Aspek>),
    /// Moves an IKI past its nearest neighbour shown in the same lajur.
    MoveIki(String, String, Arah, Lajur),
    RemoveIki(String, String),
    Perilaku(PerilakuNilai, String),
    AddLampiran(LampiranKind),
    Lampiran(LampiranKind, usize, String),
    RemoveLampiran(LampiranKind, usize),
    /// A multi-line paste into item `usize`: one item per non-empty line (list marks such
    /// as "-", "•", "1." dropped); the first line fills the item when it is empty.
    TempelLampiran(LampiranKind, usize, String),
    Abaikan(TemuanDiabaikan),
    BatalAbaikan(TemuanDiabaikan),
}

/// An edit that names an RHK, IKI or item the draft no longer has (e.g. removed in
/// another tab). Nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Bagian yang diubah sudah tidak ada di draf ini.")]
pub struct StaleEdit;

impl DraftEdit {
    /// Edits of the same text field in a row merge into one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        Some(match self {
            DraftEdit::NamaDraf(_) => "nama_draf".into(),
            DraftEdit::Instansi(_) => "instansi".into(),
            DraftEdit::TempatTtd(_) => "ttd/tempat".into(),
            DraftEdit::Identitas(p, f, _) => format!("{}/{}", p.code(), f.code()),
            DraftEdit::RhkTeks(r, _) => format!("rhk/{r}/teks"),
            DraftEdit::RhkAtasan(r, _) => format!("rhk/{r}/atasan"),
            DraftEdit::IkiTeks(r, i, _) => format!("iki/{r}/{i}/teks"),
            DraftEdit::IkiNilai(r, i, _) => format!("iki/{r}/{i}/nilai"),
            DraftEdit::IkiNilaiMaks(r, i, _) => format!("iki/{r}/{i}/maks"),
            DraftEdit::IkiSatuan(r, i, _) => format!("iki/{r}/{i}/satuan"),
            DraftEdit::Perilaku(n, _) => format!("perilaku/{}", n.code()),
            DraftEdit::Lampiran(k, i, _) => format!("lampiran/{}/{i}", k.code()),
            _ => return None,
        })
    }
}

/// The items of a pasted list: one per non-empty line, list marks and spacing trimmed.
pub fn butir_tempelan(teks: &str) -> Vec<String> {
    teks.lines()
        .map(|l| {
            let l = l.trim();
            let l = l.trim_start_matches(['-', '\u{2022}', '*', '\u{2013}', '\u{b7}']);
            // "1." / "1)" / "a." at the start of a numbered list.
            let l = match l.split_once(['.', ')']) {
                Some((n, rest))
                    if rest.starts_with(char::is_whitespace)
                        && !n.is_empty()
                        && n.len() <= 3
                        && (n.chars().all(|c| c.is_ascii_digit())
                            || (n.len() == 1 && n.chars().all(|c| c.is_ascii_lowercase()))) =>
                {
                    rest
                }
                _ => l,
            };
            l.trim().to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn rhk_mut<'a>(d: &'a mut Draft, id: &str) -> Result<&'a mut Rhk, StaleEdit> {
    d.rhk.iter_mut().find(|r| r.id == id).ok_or(StaleEdit)
}

fn iki_mut<'a>(d: &'a mut Draft, rhk: &str, id: &str) -> Result<&'a mut Iki, StaleEdit> {
    rhk_mut(d, rhk)?
        .iki
        .iter_mut()
        .find(|i| i.id == id)
        .ok_or(StaleEdit)
}

/// Applies one edit. On [`StaleEdit`] the draft is unchanged.
pub fn apply(d: &mut Draft, edit: &DraftEdit) -> Result<(), StaleEdit> {
    match edit {
        DraftEdit::NamaDraf(v) => d.nama_draf = v.clone(),
        DraftEdit::Instansi(v) => d.header.instansi = v.clone(),
        DraftEdit::PeriodeMulai(v) => d.header.periode.mulai = v.clone(),
        DraftEdit::TempatTtd(v) => d.header.penandatanganan.tempat = v.clone(),
        DraftEdit::TanggalTtd(v) => d.header.penandatanganan.tanggal = v.clone(),
        DraftEdit::PeriodeSelesai(v) => d.header.periode.selesai = v.clone(),
        DraftEdit::Pendekatan(v) => d.header.pendekatan = *v,
        DraftEdit::JenisJabatan(v) => d.header.jenis_jabatan = *v,
        DraftEdit::Identitas(p, f, v) => {
            let ident = match p {
                Pihak::Pegawai => &mut d.pegawai,
                Pihak::Penilai => &mut d.penilai,
            };
            *ident.get_mut(*f) = v.clone();
        }
        DraftEdit::AddRhk {
            id,
            iki_id,
            jenis,
            perspektif,
            after,
        } => {
            let iki = Iki {
                id: iki_id.clone(),
                perspektif: *perspektif,
                aspek: (!d.header.jenis_jabatan.is_jpt()).then_some(Aspek::Kuantitas),
                ..Default::default()
            };
            let rhk = Rhk {
                id: id.clone(),
                jenis: *jenis,
                iki: vec![iki],
                ..Default::default()
            };
            let pos = match after.as_deref().and_then(|a| d.rhk_index(a)) {
                Some(i) => i + 1,
                None => d.rhk.iter().rposition(|r| r.jenis == *jenis).map_or(
                    // Utama before Tambahan, so a first Utama goes to the top.
                    if *jenis == JenisRhk::Utama {
                        0
                    } else {
                        d.rhk.len()
                    },
                    |i| i + 1,
                ),
            };
            d.rhk.insert(pos, rhk);
        }
        DraftEdit::RhkTeks(r, v) => rhk_mut(d, r)?.teks = v.clone(),
        DraftEdit::RhkJenis(r, v) => rhk_mut(d, r)?.jenis = *v,
        DraftEdit::RhkAtasan(r, v) => rhk_mut(d, r)?.rhk_atasan = v.clone(),
        DraftEdit::SelesaiTinjau(r) => rhk_mut(d, r)?.tinjau = None,
        DraftEdit::MoveRhk(r, arah, lajur) => {
            let i = d.rhk_index(r).ok_or(StaleEdit)?;
            let jenis = d.rhk[i].jenis;
            let peer = |x: &Rhk| x.jenis == jenis && lajur.shows_rhk(x);
            let j = match arah {
                Arah::Naik => d.rhk[..i].iter().rposition(peer),
                Arah::Turun => d.rhk[i + 1..].iter().position(peer).map(|k| i + 1 + k),
            };
            if let Some(j) = j {
                d.rhk.swap(i, j);
            }
        }
        DraftEdit::RemoveRhk(r) => {
            let i = d.rhk_index(r).ok_or(StaleEdit)?;
            d.rhk.remove(i);
        }
        DraftEdit::AddIki {
            rhk,
            id,
            perspektif,
            aspek,
        } => {
            let iki = Iki {
                id: id.clone(),
                perspektif: *perspektif,
                aspek: *aspek,
                ..Default::default()
            };
            rhk_mut(d, rhk)?.iki.push(iki);
        }
        DraftEdit::IkiTeks(r, i, v) => iki_mut(d, r, i)?.teks = v.clone(),
        DraftEdit::IkiNilai(r, i, v) => iki_mut(d, r, i)?.target.nilai = v.clone(),
        DraftEdit::IkiNilaiMaks(r, i, v) => iki_mut(d, r, i)?.target.nilai_maks = v.clone(),
        DraftEdit::IkiSatuan(r, i, v) => iki_mut(d, r, i)?.target.satuan = v.clone(),
        DraftEdit::IkiPerspektif(r, i, v) => iki_mut(d, r, i)?.perspektif = *v,
        DraftEdit::IkiAspek(r, i, v) => iki_mut(d, r, i)?.aspek = *v,
        DraftEdit::MoveIki(r, i, arah, lajur) => {
            let list = &mut rhk_mut(d, r)?.iki;
            let k = list.iter().position(|x| x.id == *i).ok_or(StaleEdit)?;
            let j = match arah {
                Arah::Naik => list[..k].iter().rposition(|x| lajur.shows(x)),
                Arah::Turun => list[k + 1..]
                    .iter()
                    .position(|x| lajur.shows(x))
                    .map(|n| k + 1 + n),
            };
            if let Some(j) = j {
                list.swap(k, j);
            }
        }
        DraftEdit::RemoveIki(r, i) => {
            let list = &mut rhk_mut(d, r)?.iki;
            let k = list.iter().position(|x| x.id == *i).ok_or(StaleEdit)?;
            list.remove(k);
        }
        DraftEdit::Perilaku(n, v) => *d.perilaku.ekspektasi_mut(*n) = v.clone(),
        DraftEdit::AddLampiran(k) => d.lampiran.list_mut(*k).push(String::new()),
        DraftEdit::Lampiran(k, i, v) => {
            *d.lampiran.list_mut(*k).get_mut(*i).ok_or(StaleEdit)? = v.clone()
        }
        DraftEdit::RemoveLampiran(k, i) => {
            let list = d.lampiran.list_mut(*k);
            if *i >= list.len() {
                return Err(StaleEdit);
            }
            list.remove(*i);
            // Dismissed findings are keyed by position: they follow the items they were
            // about, and the removed item's go with it.
            let prefix = format!("lampiran/{}/", k.code());
            d.temuan_diabaikan.retain_mut(|t| {
                let Some(n) = t
                    .field
                    .strip_prefix(&prefix)
                    .and_then(|n| n.parse::<usize>().ok())
                else {
                    return true;
                };
                match n.cmp(i) {
                    std::cmp::Ordering::Less => true,
                    std::cmp::Ordering::Equal => false,
                    std::cmp::Ordering::Greater => {
                        t.field = format!("{prefix}{}", n - 1);
                        true
                    }
                }
            });
        }
        DraftEdit::TempelLampiran(k, i, teks) => {
            let butir = butir_tempelan(teks);
            let list = d.lampiran.list_mut(*k);
            let slot = list.get_mut(*i).ok_or(StaleEdit)?;
            let mut rest = butir.as_slice();
            if slot.trim().is_empty() {
                if let Some((first, tail)) = rest.split_first() {
                    *slot = first.clone();
                    rest = tail;
                }
            }
            let n = rest.len();
            for (j, b) in rest.iter().enumerate() {
                list.insert(i + 1 + j, b.clone());
            }
            // Dismissals are keyed by position: those of later items move down with them.
            let prefix = format!("lampiran/{}/", k.code());
            for t in &mut d.temuan_diabaikan {
                if let Some(p) = t
                    .field
                    .strip_prefix(&prefix)
                    .and_then(|p| p.parse::<usize>().ok())
                {
                    if p > *i {
                        t.field = format!("{prefix}{}", p + n);
                    }
                }
            }
        }
        DraftEdit::Abaikan(t) => {
            if !d.temuan_diabaikan.contains(t) {
                d.temuan_diabaikan.push(t.clone());
            }
        }
        DraftEdit::BatalAbaikan(t) => d.temuan_diabaikan.retain(|x| x != t),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(d: &mut Draft, id: &str, jenis: JenisRhk) {
        let e = DraftEdit::AddRhk {
            id: id.into(),
            iki_id: format!("{id}-i"),
            jenis,
            perspektif: None,
            after: None,
        };
        apply(d, &e).unwrap();
    }

    #[test]
    fn utama_stays_above_tambahan() {
        let mut d = Draft::new("d", 2027);
        add(&mut d, "t1", JenisRhk::Tambahan);
        add(&mut d, "u1", JenisRhk::Utama);
        add(&mut d, "u2", JenisRhk::Utama);
        add(&mut d, "t2", JenisRhk::Tambahan);
        let ids: Vec<_> = d.rhk.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["u1", "u2", "t1", "t2"]);
    }

    #[test]
    fn move_swaps_within_the_group_only() {
        let mut d = Draft::new("d", 2027);
        add(&mut d, "u1", JenisRhk::Utama);
        add(&mut d, "t1", JenisRhk::Tambahan);
        apply(
            &mut d,
            &DraftEdit::MoveRhk("t1".into(), Arah::Naik, Lajur::Ja),
        )
        .unwrap();
        assert_eq!(d.rhk[0].id, "u1");
        add(&mut d, "u2", JenisRhk::Utama);
        apply(
            &mut d,
            &DraftEdit::MoveRhk("u2".into(), Arah::Naik, Lajur::Ja),
        )
        .unwrap();
        let ids: Vec<_> = d.rhk.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["u2", "u1", "t1"]);
    }

    #[test]
    fn jpt_moves_never_swap_with_a_row_hidden_in_another_perspektif() {
        let mut d = Draft::new("d", 2027);
        d.header.jenis_jabatan = JenisJabatan::Jpt;
        let p1 = Some(Perspektif::PenerimaLayanan);
        let p2 = Some(Perspektif::ProsesBisnis);
        for (id, p) in [("a", p1), ("b", p2), ("c", p1)] {
            let e = DraftEdit::AddRhk {
                id: id.into(),
                iki_id: format!("{id}-i"),
                jenis: JenisRhk::Utama,
                perspektif: p,
                after: None,
            };
            apply(&mut d, &e).unwrap();
        }
        // In the first perspektif's section "c" sits right under "a"; "b" is not shown.
        let lajur = Lajur::Jpt(p1);
        apply(&mut d, &DraftEdit::MoveRhk("c".into(), Arah::Naik, lajur)).unwrap();
        let ids: Vec<_> = d.rhk.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["c", "b", "a"]);
        // IKI the same way: two IKI of p1 around one of p2 in one RHK.
        for (id, p) in [("x", p2), ("y", p1)] {
            let e = DraftEdit::AddIki {
                rhk: "c".into(),
                id: id.into(),
                perspektif: p,
                aspek: None,
            };
            apply(&mut d, &e).unwrap();
        }
        apply(
            &mut d,
            &DraftEdit::MoveIki("c".into(), "y".into(), Arah::Naik, lajur),
        )
        .unwrap();
        let iki: Vec<_> = d.rhk[0].iki.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(iki, ["y", "x", "c-i"]);
    }

    #[test]
    fn stale_edit_changes_nothing() {
        let mut d = Draft::new("d", 2027);
        add(&mut d, "u1", JenisRhk::Utama);
        let before = d.clone();
        assert_eq!(
            apply(&mut d, &DraftEdit::RhkTeks("nope".into(), "x".into())),
            Err(StaleEdit)
        );
        assert_eq!(
            apply(
                &mut d,
                &DraftEdit::RemoveLampiran(LampiranKind::Konsekuensi, 3)
            ),
            Err(StaleEdit)
        );
        assert_eq!(d, before);
    }

    #[test]
    fn a_dismissed_lampiran_finding_follows_its_item_when_one_above_is_removed() {
        let k = LampiranKind::DukunganSumberDaya;
        let mut d = Draft::new("d", 2027);
        for t in ["a", "b", "c"] {
            d.lampiran.list_mut(k).push(t.into());
        }
        let dismissed = |i: usize| TemuanDiabaikan {
            aturan: "lampiran.tugas".into(),
            field: format!("lampiran/{}/{i}", k.code()),
        };
        d.temuan_diabaikan = vec![dismissed(0), dismissed(2)];
        apply(&mut d, &DraftEdit::RemoveLampiran(k, 0)).unwrap();
        // "c" is now item 1 and keeps its dismissal; "b" (now 0) never had one.
        assert_eq!(d.temuan_diabaikan, vec![dismissed(1)]);
    }

    #[test]
    fn new_iki_of_ja_gets_kuantitas_and_jpt_gets_perspektif() {
        let mut d = Draft::new("d", 2027);
        add(&mut d, "u1", JenisRhk::Utama);
        assert_eq!(d.rhk[0].iki[0].aspek, Some(Aspek::Kuantitas));
        d.header.jenis_jabatan = JenisJabatan::Jpt;
        let e = DraftEdit::AddRhk {
            id: "u2".into(),
            iki_id: "i".into(),
            jenis: JenisRhk::Utama,
            perspektif: Some(Perspektif::Anggaran),
            after: None,
        };
        apply(&mut d, &e).unwrap();
        assert_eq!(d.rhk[1].iki[0].perspektif, Some(Perspektif::Anggaran));
        assert_eq!(d.rhk[1].iki[0].aspek, None);
    }

    #[test]
    fn a_pasted_list_becomes_items_and_dismissals_follow() {
        let k = LampiranKind::DukunganSumberDaya;
        let mut d = Draft::new("d", 2027);
        d.lampiran.dukungan_sumber_daya = vec![String::new(), "Laptop".into()];
        d.temuan_diabaikan
            .push(crate::core::model::TemuanDiabaikan {
                aturan: "x".into(),
                field: "lampiran/dukungan_sumber_daya/1".into(),
            });
        let e = DraftEdit::TempelLampiran(
            k,
            0,
            "- Anggaran kegiatan\r\n\n\u{2022} Tenaga pendukung 2 orang\n3) Ruang rapat\n".into(),
        );
        apply(&mut d, &e).unwrap();
        assert_eq!(
            d.lampiran.dukungan_sumber_daya,
            [
                "Anggaran kegiatan",
                "Tenaga pendukung 2 orang",
                "Ruang rapat",
                "Laptop"
            ]
        );
        assert_eq!(
            d.temuan_diabaikan[0].field, "lampiran/dukungan_sumber_daya/3",
            "follows Laptop"
        );
        assert_eq!(
            butir_tempelan("Rp 1.500.000 untuk ATK"),
            ["Rp 1.500.000 untuk ATK"],
            "a number inside is kept"
        );
        assert_eq!(
            butir_tempelan("1.500.000 rupiah\n2. Laptop"),
            ["1.500.000 rupiah", "Laptop"]
        );
        assert!(apply(&mut d, &DraftEdit::TempelLampiran(k, 9, "a\nb".into())).is_err());
    }
}
