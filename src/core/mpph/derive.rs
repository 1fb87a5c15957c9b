//! Derivation: every filled cell becomes one Utama RHK in that person's draft, linked by id
//! to the column's RHK (SKP.md §2). Level 1 is derived first, then each level 2 against the
//! ketua's draft as level 1 leaves it, so one plan covers both.
//!
//! The plan and the change come from one computation ([`hitung`]): [`rencana_turunan`] runs
//! it on nothing but copies and keeps the list of changes; [`terapkan`] runs it again and
//! writes the result only if that list is still the plan the user saw.
//!
//! What the derivation owns in a person's draft: the pegawai and penilai blocks (filled from
//! the team list and the row's leader; an empty field in the team list never clears what the
//! draft has) and, of each derived RHK, its text, its RHK atasan and its review mark.
//! Everything else (IKI, targets, jenis, Tambahan RHK, RHK added by hand, perilaku,
//! lampiran, kop) stays as the person left it. A derived RHK is never deleted: when its
//! cell is cleared it is marked for review instead.

use std::collections::HashMap;

use super::kolom::{kolom_mpph1, sync_label_kolom};
use super::rencana::{Perubahan, Rencana, RencanaOrang};
use super::team::{terisi, Kolom, Orang, Peran, Sel, Tim};
use crate::core::model::{
    Aspek, Draft, Header, Identitas, IdentitasField, Iki, JenisJabatan, JenisRhk, Pihak, Rhk,
    RhkAtasan,
};

/// Review mark of a derived RHK whose cell was cleared.
pub const TINJAU_SEL_KOSONG: &str =
    "Sel MPPH asal RHK ini dikosongkan; hapus RHK ini bila memang tidak lagi menjadi peran Anda.";
/// Review mark of a derived RHK whose column's RHK was deleted from the atasan's draft.
pub const TINJAU_ATASAN_HILANG: &str = "RHK atasan asal RHK ini sudah dihapus dari SKP atasan; pilih RHK atasan lain atau hapus RHK ini.";
/// Review mark of a derived RHK whose atasan's RHK was reworded (beyond spacing and case).
pub const TINJAU_ATASAN_BERUBAH: &str = "Rumusan RHK atasan yang diintervensi berubah; periksa apakah RHK ini masih sesuai, lalu tandai sudah ditinjau.";
/// Review mark of a derived RHK whose person left the row it came from.
pub const TINJAU_BUKAN_BARIS: &str = "Anda tidak lagi tercantum pada baris MPPH asal RHK ini (peran atau ketua tim berubah); hapus RHK ini bila memang tidak lagi menjadi peran Anda.";

const AWALAN_MPPH1: &str = "mpph1-";
const AWALAN_MPPH2: &str = "mpph2-";

/// The id of the RHK derived from a level-1 cell under the leader's RHK `rhk_pimpinan`.
/// Deterministic, so a repeated derivation finds the RHK it made before; unique within one
/// draft because a person has one cell per column.
pub fn id_turunan_mpph1(rhk_pimpinan: &str) -> String {
    format!("{AWALAN_MPPH1}{rhk_pimpinan}")
}

/// The id of the RHK derived from a level-2 cell under the ketua's RHK `rhk_ketua`.
pub fn id_turunan_mpph2(rhk_ketua: &str) -> String {
    format!("{AWALAN_MPPH2}{rhk_ketua}")
}

/// Why a derivation cannot run or be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GagalTurunan {
    #[error("Draf SKP pimpinan tim (id \"{0}\") tidak ada di ruang kerja; buka atau impor draf pimpinan lebih dulu.")]
    PimpinanTidakAda(String),
    #[error("MPPH atau draf berubah sejak rencana turunan dibuat; periksa rencana yang baru sebelum menerapkannya.")]
    RencanaUsang,
}

/// What a derivation would change, without changing anything.
pub fn rencana_turunan(tim: &Tim, drafts: &[Draft]) -> Result<Rencana, GagalTurunan> {
    Ok(hitung(tim, drafts, &mut || String::from("baru"))?.rencana)
}

/// Applies the derivation the user saw as `rencana`: creates the missing drafts (ids from
/// `new_id`, recorded in [`Orang::draf`]) and updates the others. If the matrices or drafts
/// changed since the plan was made, nothing is changed and [`GagalTurunan::RencanaUsang`]
/// is returned. Refreshes the level-1 column labels ([`sync_label_kolom`]); level-2 labels
/// are refreshed by [`super::terapkan`], which calls this.
pub(crate) fn terapkan_level(
    tim: &mut Tim,
    drafts: &mut Vec<Draft>,
    rencana: &Rencana,
    new_id: &mut dyn FnMut() -> String,
) -> Result<(), GagalTurunan> {
    let hasil = hitung(tim, drafts, new_id)?;
    if hasil.rencana != *rencana {
        return Err(GagalTurunan::RencanaUsang);
    }
    for h in hasil.draf {
        match h.asal {
            Some(i) => drafts[i] = h.draf,
            None => {
                tim.orang[h.orang].draf = Some(h.draf.id.clone());
                drafts.push(h.draf);
            }
        }
    }
    if let Some(pimpinan) = drafts.iter().find(|d| d.id == tim.pimpinan) {
        sync_label_kolom(tim, pimpinan);
    }
    Ok(())
}

/// A changed or new draft, and whose it is.
struct DrafHasil {
    orang: usize,
    /// Index in the workspace of the draft it replaces; `None` for a new draft.
    asal: Option<usize>,
    draf: Draft,
}

struct Hasil {
    rencana: Rencana,
    draf: Vec<DrafHasil>,
}

/// One person's draft after derivation.
struct Turunan {
    draf: Draft,
    asal: Option<usize>,
    perubahan: Vec<Perubahan>,
}

fn hitung(
    tim: &Tim,
    drafts: &[Draft],
    new_id: &mut dyn FnMut() -> String,
) -> Result<Hasil, GagalTurunan> {
    let pimpinan = drafts
        .iter()
        .find(|d| d.id == tim.pimpinan)
        .ok_or_else(|| GagalTurunan::PimpinanTidakAda(tim.pimpinan.clone()))?;
    let level1 = Level1::new(tim, pimpinan);
    let mut hasil: Vec<Option<Turunan>> = tim.orang.iter().map(|_| None).collect();
    // Level 1 first: a ketua's draft as level 1 leaves it gives that ketua's level-2 columns.
    for (i, o) in tim.orang.iter().enumerate() {
        if o.peran.di_level1() {
            let asal = draf_milik(tim, i, drafts);
            hasil[i] = turunkan_orang(tim, o, asal, drafts, pimpinan, &level1.konteks(o), new_id);
        }
    }
    for (i, o) in tim.orang.iter().enumerate() {
        if o.peran.di_level1() {
            continue;
        }
        let konteks = match ketua_sah(tim, o) {
            Some(k) => konteks_level2(
                tim,
                &tim.orang[k],
                hasil[k].as_ref().map(|t| &t.draf),
                Some(pimpinan),
                o,
            ),
            None => Konteks::tanpa_baris(),
        };
        let asal = draf_milik(tim, i, drafts);
        hasil[i] = turunkan_orang(tim, o, asal, drafts, pimpinan, &konteks, new_id);
    }
    let mut rencana = Rencana::default();
    let mut draf = Vec::new();
    for (i, t) in hasil.into_iter().enumerate() {
        let Some(t) = t else { continue };
        if t.asal.is_some() && t.perubahan.is_empty() {
            continue;
        }
        rencana.per_orang.push(RencanaOrang {
            orang: tim.orang[i].id.clone(),
            draf_baru: t.asal.is_none(),
            perubahan: t.perubahan,
        });
        draf.push(DrafHasil {
            orang: i,
            asal: t.asal,
            draf: t.draf,
        });
    }
    Ok(Hasil { rencana, draf })
}

/// A ketua's draft as a derivation of level 1 would leave it (`None`: no draft and no
/// filled cell). Level-2 columns are read from it, so they show what derivation will use.
pub(crate) fn draf_ketua_setelah_level1(
    tim: &Tim,
    ketua: usize,
    drafts: &[Draft],
) -> Option<Draft> {
    let o = tim.orang.get(ketua)?;
    let asal = draf_milik(tim, ketua, drafts);
    let pimpinan = drafts.iter().find(|d| d.id == tim.pimpinan);
    match pimpinan {
        Some(p) if o.peran.di_level1() => {
            let konteks = Level1::new(tim, p).konteks(o);
            turunkan_orang(tim, o, asal, drafts, p, &konteks, &mut String::new).map(|t| t.draf)
        }
        _ => asal.map(|i| drafts[i].clone()),
    }
}

/// The workspace index of a person's draft. A draft id that is the leader's, or that an
/// earlier person already claims, does not count: derivation never writes into the
/// leader's draft, nor two people into one draft.
pub(crate) fn draf_milik(tim: &Tim, orang: usize, drafts: &[Draft]) -> Option<usize> {
    let id = tim.orang.get(orang)?.draf.as_deref()?;
    if id == tim.pimpinan
        || tim.orang[..orang]
            .iter()
            .any(|o| o.draf.as_deref() == Some(id))
    {
        return None;
    }
    drafts.iter().position(|d| d.id == id)
}

/// The index of an anggota's ketua when that person exists and is a ketua tim.
pub(crate) fn ketua_sah(tim: &Tim, anggota: &Orang) -> Option<usize> {
    if anggota.peran != Peran::Anggota {
        return None;
    }
    let k = anggota.ketua.as_deref()?;
    tim.orang
        .iter()
        .position(|o| o.id == k && o.peran == Peran::KetuaTim)
}

/// The identity block of a team member as the team list gives it.
pub(crate) fn identitas_orang(o: &Orang, nama_unit: &str) -> Identitas {
    Identitas {
        nama: o.nama.trim().to_string(),
        nip: o.nip.trim().to_string(),
        pangkat: o.pangkat.trim().to_string(),
        jabatan: o.jabatan.trim().to_string(),
        unit_kerja: nama_unit.trim().to_string(),
    }
}

/// Filled cells by (row, column); the first of duplicates wins, as in [`super::teks_sel`].
pub(crate) fn indeks_sel(sel: &[Sel]) -> HashMap<(&str, &str), &str> {
    let mut map = HashMap::with_capacity(sel.len());
    for s in sel.iter().filter(|s| terisi(s)) {
        map.entry((s.baris.as_str(), s.kolom.as_str()))
            .or_insert(s.teks.trim());
    }
    map
}

/// One RHK a person's row asks for.
struct Sasaran {
    id: String,
    teks: String,
    atasan: RhkAtasan,
}

/// What one person's row gives: the RHK to derive, the live columns of that level (to tell
/// a cleared cell from a deleted column), and the penilai (the unit's leader).
struct Konteks {
    /// The id prefix of the RHK this row derives; `None` when the person is on no row.
    awalan: Option<&'static str>,
    sasaran: Vec<Sasaran>,
    kolom_hidup: Vec<String>,
    penilai: Option<Identitas>,
}

impl Konteks {
    fn tanpa_baris() -> Self {
        Konteks {
            awalan: None,
            sasaran: Vec::new(),
            kolom_hidup: Vec::new(),
            penilai: None,
        }
    }
}

struct Level1<'a> {
    /// The team's penilai: its own setting, or the leader.
    penilai: Identitas,
    kolom: Vec<Kolom>,
    sel: HashMap<(&'a str, &'a str), &'a str>,
}

impl<'a> Level1<'a> {
    fn new(tim: &'a Tim, pimpinan: &'a Draft) -> Self {
        Level1 {
            penilai: penilai_tim(tim, pimpinan),
            kolom: kolom_mpph1(pimpinan),
            sel: indeks_sel(&tim.mpph1.sel),
        }
    }

    fn konteks(&self, o: &Orang) -> Konteks {
        Konteks {
            awalan: Some(AWALAN_MPPH1),
            sasaran: sasaran(&self.kolom, &self.sel, &o.id, id_turunan_mpph1),
            kolom_hidup: self.kolom.iter().map(|k| k.id.clone()).collect(),
            penilai: Some(self.penilai.clone()),
        }
    }
}

/// Level 2: the anggota's RHK link to the ketua's RHK, but their Pejabat Penilai Kinerja is
/// the unit's leader (after penyederhanaan birokrasi a ketua tim coordinates; the pimpinan
/// unit kerja appraises), the same as for level 1.
fn konteks_level2(
    tim: &Tim,
    ketua: &Orang,
    draf_ketua: Option<&Draft>,
    pimpinan: Option<&Draft>,
    o: &Orang,
) -> Konteks {
    let kolom = draf_ketua.map(kolom_mpph1).unwrap_or_default();
    let sel = tim
        .mpph2_dari(&ketua.id)
        .map(|m| indeks_sel(&m.sel))
        .unwrap_or_default();
    Konteks {
        awalan: Some(AWALAN_MPPH2),
        sasaran: sasaran(&kolom, &sel, &o.id, id_turunan_mpph2),
        kolom_hidup: kolom.into_iter().map(|k| k.id).collect(),
        penilai: pimpinan.map(|p| penilai_tim(tim, p)),
    }
}

/// Who appraises the team's people: the team's own setting when one is given (a name at
/// least), else the leader.
fn penilai_tim(tim: &Tim, pimpinan: &Draft) -> Identitas {
    match &tim.penilai {
        Some(p) if !p.nama.trim().is_empty() => p.clone(),
        _ => pimpinan.pegawai.clone(),
    }
}

fn sasaran(
    kolom: &[Kolom],
    sel: &HashMap<(&str, &str), &str>,
    baris: &str,
    id_turunan: fn(&str) -> String,
) -> Vec<Sasaran> {
    kolom
        .iter()
        .filter_map(|k| {
            let teks = sel.get(&(baris, k.id.as_str()))?;
            Some(Sasaran {
                id: id_turunan(&k.id),
                teks: teks.to_string(),
                atasan: RhkAtasan {
                    id: Some(k.id.clone()),
                    teks: k.teks.trim().to_string(),
                },
            })
        })
        .collect()
}

fn turunkan_orang(
    tim: &Tim,
    o: &Orang,
    asal: Option<usize>,
    drafts: &[Draft],
    pimpinan: &Draft,
    konteks: &Konteks,
    new_id: &mut dyn FnMut() -> String,
) -> Option<Turunan> {
    let pegawai = identitas_orang(o, &tim.nama_unit);
    let Some(i) = asal else {
        if konteks.sasaran.is_empty() {
            return None;
        }
        let mut draf = draf_baru(new_id(), o, pimpinan, pegawai, konteks);
        let mut perubahan = Vec::new();
        for s in &konteks.sasaran {
            sisipkan_rhk(&mut draf, s);
            perubahan.push(rhk_baru(s));
        }
        return Some(Turunan {
            draf,
            asal: None,
            perubahan,
        });
    };
    let mut draf = drafts[i].clone();
    let mut perubahan = Vec::new();
    gabung_identitas(&mut draf, Pihak::Pegawai, &pegawai, &mut perubahan);
    if let Some(p) = &konteks.penilai {
        gabung_identitas(&mut draf, Pihak::Penilai, p, &mut perubahan);
    }
    for s in &konteks.sasaran {
        let Some(rhk) = draf.rhk.iter_mut().find(|r| r.id == s.id) else {
            sisipkan_rhk(&mut draf, s);
            perubahan.push(rhk_baru(s));
            continue;
        };
        if rhk.teks != s.teks {
            perubahan.push(Perubahan::TeksBerubah {
                rhk_id: s.id.clone(),
                lama: std::mem::replace(&mut rhk.teks, s.teks.clone()),
                baru: s.teks.clone(),
            });
        }
        // The same atasan RHK, reworded: what this RHK contributes to may have changed.
        let reworded = rhk.rhk_atasan.id.is_some()
            && rhk.rhk_atasan.id == s.atasan.id
            && rumusan(&rhk.rhk_atasan.teks) != rumusan(&s.atasan.teks);
        if rhk.rhk_atasan != s.atasan {
            perubahan.push(Perubahan::AtasanBerubah {
                rhk_id: s.id.clone(),
                teks: s.teks.clone(),
                lama: std::mem::replace(&mut rhk.rhk_atasan, s.atasan.clone()),
                baru: s.atasan.clone(),
            });
        }
        // A mark for a cleared cell goes when the cell is filled again; a rewording mark
        // stays until the person says they reviewed it.
        if rhk.tinjau.is_some() && rhk.tinjau.as_deref() != Some(TINJAU_ATASAN_BERUBAH) {
            rhk.tinjau = None;
            perubahan.push(Perubahan::SelDiisiLagi {
                rhk_id: s.id.clone(),
                teks: s.teks.clone(),
            });
        }
        if reworded {
            rhk.tinjau = Some(TINJAU_ATASAN_BERUBAH.to_string());
        }
    }
    tandai_yatim(&mut draf, konteks, &mut perubahan);
    Some(Turunan {
        draf,
        asal: Some(i),
        perubahan,
    })
}

/// A wording compared without case and spacing: "Meningkatnya  Kualitas" = "meningkatnya kualitas".
fn rumusan(teks: &str) -> String {
    teks.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Derived RHK no cell asks for any more: kept, and marked for review with the reason.
fn tandai_yatim(draf: &mut Draft, konteks: &Konteks, perubahan: &mut Vec<Perubahan>) {
    for rhk in draf.rhk.iter_mut() {
        let awalan = [AWALAN_MPPH1, AWALAN_MPPH2]
            .into_iter()
            .find(|a| rhk.id.starts_with(a));
        let Some(awalan) = awalan else { continue };
        if konteks.sasaran.iter().any(|s| s.id == rhk.id) {
            continue;
        }
        let kolom = &rhk.id[awalan.len()..];
        let sebab = if konteks.awalan != Some(awalan) {
            TINJAU_BUKAN_BARIS
        } else if konteks.kolom_hidup.iter().any(|k| k == kolom) {
            TINJAU_SEL_KOSONG
        } else {
            TINJAU_ATASAN_HILANG
        };
        if rhk.tinjau.as_deref() == Some(sebab) {
            continue;
        }
        rhk.tinjau = Some(sebab.to_string());
        let (rhk_id, teks) = (rhk.id.clone(), rhk.teks.clone());
        perubahan.push(match sebab {
            TINJAU_SEL_KOSONG => Perubahan::SelDikosongkan { rhk_id, teks },
            TINJAU_ATASAN_HILANG => Perubahan::AtasanDihapus { rhk_id, teks },
            _ => Perubahan::PeranBerubah { rhk_id, teks },
        });
    }
}

/// Fills the team's values into one identity block; an empty value never clears a field.
fn gabung_identitas(
    draf: &mut Draft,
    bagian: Pihak,
    dari: &Identitas,
    perubahan: &mut Vec<Perubahan>,
) {
    let blok = match bagian {
        Pihak::Pegawai => &mut draf.pegawai,
        Pihak::Penilai => &mut draf.penilai,
    };
    let mut baru = blok.clone();
    for f in IdentitasField::ALL {
        if !dari.get(f).is_empty() {
            *baru.get_mut(f) = dari.get(f).to_string();
        }
    }
    if baru != *blok {
        let lama = std::mem::replace(blok, baru.clone());
        perubahan.push(Perubahan::IdentitasBerubah { bagian, lama, baru });
    }
}

fn draf_baru(
    id: String,
    o: &Orang,
    pimpinan: &Draft,
    pegawai: Identitas,
    konteks: &Konteks,
) -> Draft {
    let periode = pimpinan.header.periode.clone();
    let nama = if o.nama.trim().is_empty() {
        "tanpa nama"
    } else {
        o.nama.trim()
    };
    let nama_draf = match periode.tahun_mulai() {
        Some(t) => format!("SKP {t} — {nama}"),
        None => format!("SKP — {nama}"),
    };
    Draft {
        id,
        nama_draf,
        header: Header {
            instansi: pimpinan.header.instansi.clone(),
            periode,
            // A jabatan named by its JF level ("… Ahli Muda") and a JF langsung hold a
            // functional post; others are taken as JA until the person says otherwise (the
            // field is theirs to change).
            jenis_jabatan: match (JenisJabatan::dari_nama_jabatan(&o.jabatan), o.peran) {
                (Some(j), _) => j,
                (None, Peran::JfLangsung) => JenisJabatan::Jf,
                (None, _) => JenisJabatan::Ja,
            },
            ..Default::default()
        },
        pegawai,
        penilai: konteks.penilai.clone().unwrap_or_default(),
        ..Default::default()
    }
}

/// A new derived RHK goes after the last Utama RHK, so the derived ones keep column order
/// and the person's Tambahan group stays below.
fn sisipkan_rhk(draf: &mut Draft, s: &Sasaran) {
    let iki_id = iki_id_bebas(draf, &format!("{}-iki", s.id));
    let rhk = Rhk {
        id: s.id.clone(),
        jenis: JenisRhk::Utama,
        teks: s.teks.clone(),
        rhk_atasan: s.atasan.clone(),
        // One empty IKI, as a new RHK in the editor gets: the person fills it in.
        iki: vec![Iki {
            id: iki_id,
            aspek: (!draf.header.jenis_jabatan.is_jpt()).then_some(Aspek::Kuantitas),
            ..Default::default()
        }],
        tinjau: None,
    };
    let pos = draf
        .rhk
        .iter()
        .rposition(|r| r.jenis == JenisRhk::Utama)
        .map_or(0, |i| i + 1);
    draf.rhk.insert(pos, rhk);
}

/// `base`, or `base-2`, `base-3`, … when a hand-edited file already uses it.
fn iki_id_bebas(draf: &Draft, base: &str) -> String {
    let dipakai = |id: &str| draf.rhk.iter().flat_map(|r| &r.iki).any(|i| i.id == id);
    if !dipakai(base) {
        return base.to_string();
    }
    // Among n + 1 candidates at least one is free when the draft has n IKI.
    let n = draf.rhk.iter().map(|r| r.iki.len()).sum::<usize>();
    (2..=n + 2)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !dipakai(id))
        .unwrap_or_default()
}

fn rhk_baru(s: &Sasaran) -> Perubahan {
    Perubahan::RhkBaru {
        rhk_id: s.id.clone(),
        teks: s.teks.clone(),
        atasan_teks: s.atasan.teks.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_and_free_iki_ids() {
        assert_eq!(id_turunan_mpph1("R1"), "mpph1-R1");
        assert_eq!(id_turunan_mpph2("mpph1-R1"), "mpph2-mpph1-R1");
        let mut d = Draft::new("d", 2027);
        assert_eq!(iki_id_bebas(&d, "x-iki"), "x-iki");
        d.rhk.push(Rhk {
            id: "r".into(),
            iki: ["x-iki", "x-iki-2"]
                .map(|id| Iki {
                    id: id.into(),
                    ..Default::default()
                })
                .to_vec(),
            ..Default::default()
        });
        assert_eq!(iki_id_bebas(&d, "x-iki"), "x-iki-3");
    }

    #[test]
    fn identity_merge_never_clears_a_field() {
        let mut d = Draft::new("d", 2027);
        d.pegawai.nip = "199001012015011001".into();
        let dari = Identitas {
            nama: "Budi".into(),
            ..Default::default()
        };
        let mut p = Vec::new();
        gabung_identitas(&mut d, Pihak::Pegawai, &dari, &mut p);
        assert_eq!(d.pegawai.nama, "Budi");
        assert_eq!(d.pegawai.nip, "199001012015011001");
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].deskripsi(),
            "Identitas pegawai yang dinilai diperbarui: NAMA \"\" → \"Budi\""
        );
        gabung_identitas(&mut d, Pihak::Pegawai, &dari, &mut p);
        assert_eq!(p.len(), 1, "a second merge changes nothing");
    }
}
