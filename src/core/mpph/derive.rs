//! Derivation: every filled cell becomes one Utama RHK in that person's draft, linked by id
//! to the column's RHK (docs/domain.md). Level 1 is derived first, then each level 2 against the
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

use super::kolom::{kolom_level1, sync_label_kolom};
use super::langsung::{self, KolomLangsung};
use super::rencana::{Perubahan, Rencana, RencanaOrang};
use super::team::{terisi, Kolom, Orang, Peran, Sel, Tim};
use crate::core::model::{
    AsalMpph, Aspek, Draft, Header, Identitas, IdentitasField, Iki, JenisJabatan, JenisRhk, Pihak,
    Rhk, RhkAtasan,
};

/// Review mark of a derived RHK whose cell was cleared.
pub const TINJAU_SEL_KOSONG: &str =
    "Sel MPPH asal RHK ini dikosongkan; hapus RHK ini bila memang tidak lagi menjadi peran Anda.";
/// Review mark of a derived RHK whose column's RHK was deleted from the atasan's draft.
pub const TINJAU_ATASAN_HILANG: &str = "RHK atasan asal RHK ini sudah dihapus dari SKP atasan; pilih RHK atasan lain atau hapus RHK ini.";
/// Review mark of a derived RHK whose atasan's RHK was reworded (beyond spacing and case).
pub const TINJAU_ATASAN_BERUBAH: &str = "Rumusan RHK atasan yang diintervensi berubah; periksa apakah RHK ini masih sesuai, lalu tandai sudah ditinjau.";
/// Review mark of a derived RHK the person reworded, whose MPPH cell then changed: their
/// wording is kept, and they decide.
pub const TINJAU_SEL_BERUBAH: &str = "Isi sel MPPH asal RHK ini berubah sejak RHK diturunkan; rumusan Anda dipertahankan. Bandingkan dengan isi sel yang baru, lalu tandai sudah ditinjau.";
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
/// `new_id`, recorded in [`Orang::draf`] of every row of that person) and updates the
/// others. If the matrices or drafts changed since the plan was made, nothing is changed and
/// [`GagalTurunan::RencanaUsang`] is returned. Refreshes the level-1 column labels
/// ([`sync_label_kolom`]); level-2 labels are refreshed by [`super::terapkan`], which calls
/// this.
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
        for &i in &h.orang {
            tim.orang[i].draf = Some(h.draf.id.clone());
        }
        match h.asal {
            Some(i) => drafts[i] = h.draf,
            None => drafts.push(h.draf),
        }
    }
    // A person's draft found by NIP (made by another team) is recorded even when nothing
    // else changed, so the matrices show it.
    for (rows, id) in hasil.ditemukan {
        for i in rows {
            tim.orang[i].draf = Some(id.clone());
        }
    }
    if let Some(pimpinan) = drafts.iter().find(|d| d.id == tim.pimpinan) {
        sync_label_kolom(tim, pimpinan);
    }
    Ok(())
}

/// A changed or new draft, and whose it is.
struct DrafHasil {
    /// The rows (team entries) of the person.
    orang: Vec<usize>,
    /// Index in the workspace of the draft it replaces; `None` for a new draft.
    asal: Option<usize>,
    draf: Draft,
}

struct Hasil {
    rencana: Rencana,
    draf: Vec<DrafHasil>,
    /// Unchanged drafts found by NIP for rows that named none: (rows, draft id).
    ditemukan: Vec<(Vec<usize>, String)>,
}

/// One person's draft after derivation.
struct Turunan {
    draf: Draft,
    asal: Option<usize>,
    perubahan: Vec<Perubahan>,
}

/// The team's people: the rows that are one person, in team order. Rows with the same NIP
/// are one person in several roles (a JF who is ketua of one team and anggota of another):
/// their one draft collects the RHK of every row.
pub(crate) fn kelompok_orang(tim: &Tim) -> Vec<Vec<usize>> {
    // Each row's NIP digits once, not once per pair of rows.
    let kunci: Vec<String> = tim.orang.iter().map(|o| kunci_nip(&o.nip)).collect();
    let sama = |a: usize, b: usize| {
        tim.orang[a].id == tim.orang[b].id || (!kunci[a].is_empty() && kunci[a] == kunci[b])
    };
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in 0..tim.orang.len() {
        match out.iter_mut().find(|g| sama(g[0], i)) {
            Some(g) => g.push(i),
            None => out.push(vec![i]),
        }
    }
    out
}

/// The rows of the person on row `i` (see [`kelompok_orang`]), without grouping the whole
/// team: the matrices ask this for each ketua on every change.
fn kelompok_dari(tim: &Tim, i: usize) -> Vec<usize> {
    let o = &tim.orang[i];
    (0..tim.orang.len())
        .filter(|&j| orang_sama(o, &tim.orang[j]))
        .collect()
}

/// The digits of an NIP: the key that makes two rows (or two teams' rows) one person.
pub fn kunci_nip(nip: &str) -> String {
    nip.chars().filter(char::is_ascii_digit).collect()
}

fn orang_sama(a: &Orang, b: &Orang) -> bool {
    a.id == b.id || {
        let k = kunci_nip(&a.nip);
        !k.is_empty() && k == kunci_nip(&b.nip)
    }
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
    let kelompok = kelompok_orang(tim);
    // Each ketua's draft as level 1 leaves it: their level-2 columns come from it.
    let mut setelah1: Vec<Option<Draft>> = tim.orang.iter().map(|_| None).collect();
    for g in &kelompok {
        if !g.iter().any(|&i| tim.orang[i].peran == Peran::KetuaTim) {
            continue;
        }
        let asal = draf_kelompok(tim, g, drafts);
        let konteks = level1.konteks_kelompok(tim, g);
        let d = turunkan_orang(tim, g, asal, drafts, pimpinan, &konteks, &mut String::new)
            .map(|t| t.draf);
        for &i in g {
            setelah1[i] = d.clone();
        }
    }
    let mut rencana = Rencana::default();
    let mut draf = Vec::new();
    let mut ditemukan = Vec::new();
    for g in &kelompok {
        let mut konteks = level1.konteks_kelompok(tim, g);
        for &i in g {
            let o = &tim.orang[i];
            if o.peran != Peran::Anggota {
                continue;
            }
            if let Some(k) = ketua_sah(tim, o) {
                konteks.gabung(konteks_level2(
                    tim,
                    &tim.orang[k],
                    setelah1[k].as_ref(),
                    pimpinan,
                    o,
                ));
            }
        }
        let milik = draf_kelompok(tim, g, drafts);
        let asal = milik.or_else(|| draf_dari_nip(tim, g, drafts, pimpinan));
        if let (None, Some(i)) = (milik, asal) {
            ditemukan.push((g.clone(), drafts[i].id.clone()));
        }
        let Some(t) = turunkan_orang(tim, g, asal, drafts, pimpinan, &konteks, new_id) else {
            continue;
        };
        if t.asal.is_some() && t.perubahan.is_empty() {
            continue;
        }
        if t.asal.is_some() && milik.is_none() {
            ditemukan.pop();
        }
        rencana.per_orang.push(RencanaOrang {
            orang: tim.orang[g[0]].id.clone(),
            draf_baru: t.asal.is_none(),
            perubahan: t.perubahan,
        });
        draf.push(DrafHasil {
            orang: g.clone(),
            asal: t.asal,
            draf: t.draf,
        });
    }
    Ok(Hasil {
        rencana,
        draf,
        ditemukan,
    })
}

/// A ketua's draft as a derivation of level 1 would leave it (`None`: no draft and no
/// filled cell). Level-2 columns are read from it, so they show what derivation will use.
pub(crate) fn draf_ketua_setelah_level1(
    tim: &Tim,
    ketua: usize,
    drafts: &[Draft],
) -> Option<Draft> {
    let o = tim.orang.get(ketua)?;
    let g = kelompok_dari(tim, ketua);
    let asal = draf_kelompok(tim, &g, drafts);
    let pimpinan = drafts.iter().find(|d| d.id == tim.pimpinan);
    match pimpinan {
        Some(p) if o.peran.di_level1() => {
            let konteks = Level1::new(tim, p).konteks_kelompok(tim, &g);
            turunkan_orang(tim, &g, asal, drafts, p, &konteks, &mut String::new).map(|t| t.draf)
        }
        _ => asal.map(|i| drafts[i].clone()),
    }
}

/// The workspace index of a person's draft: the first of their rows naming one. A draft id
/// that is the leader's, or that a row of another person claims first, does not count:
/// derivation never writes into the leader's draft, nor two people into one draft.
fn draf_kelompok(tim: &Tim, kelompok: &[usize], drafts: &[Draft]) -> Option<usize> {
    kelompok.iter().find_map(|&i| draf_milik(tim, i, drafts))
}

/// The workspace index of the draft one row names (see [`draf_kelompok`]).
pub(crate) fn draf_milik(tim: &Tim, orang: usize, drafts: &[Draft]) -> Option<usize> {
    let o = tim.orang.get(orang)?;
    let id = o.draf.as_deref()?;
    if id == tim.pimpinan
        || tim.orang[..orang]
            .iter()
            .any(|p| p.draf.as_deref() == Some(id) && !orang_sama(p, o))
    {
        return None;
    }
    drafts.iter().position(|d| d.id == id)
}

/// A person with no draft of their own in this team may already have one: made by another
/// team they are in. Found by NIP and the leader's year; never the leader's draft nor one
/// another row claims.
fn draf_dari_nip(
    tim: &Tim,
    kelompok: &[usize],
    drafts: &[Draft],
    pimpinan: &Draft,
) -> Option<usize> {
    let kunci = kunci_nip(&tim.orang[kelompok[0]].nip);
    if kunci.is_empty() {
        return None;
    }
    let tahun = pimpinan.header.periode.tahun_mulai();
    drafts.iter().position(|d| {
        d.id != tim.pimpinan
            && d.header.periode.tahun_mulai() == tahun
            && kunci_nip(&d.pegawai.nip) == kunci
            && !tim
                .orang
                .iter()
                .any(|o| o.draf.as_deref() == Some(d.id.as_str()))
    })
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
    /// A direct-cascading column's share: the leader's IKI with the person's part as target.
    /// Derivation owns these IKI (by id); the person's other IKI stay theirs.
    iki: Option<Vec<Iki>>,
}

/// What one person's rows give: the RHK to derive, the derived ids of the live columns of
/// those rows (to tell a cleared cell from a deleted column), and the penilai.
struct Konteks {
    /// The id prefixes of the RHK these rows derive; empty when the person is on no row.
    awalan: Vec<&'static str>,
    sasaran: Vec<Sasaran>,
    kolom_hidup: Vec<String>,
    penilai: Option<Identitas>,
}

impl Konteks {
    fn tanpa_baris() -> Self {
        Konteks {
            awalan: Vec::new(),
            sasaran: Vec::new(),
            kolom_hidup: Vec::new(),
            penilai: None,
        }
    }

    /// Adds another row's context (the same person in another role).
    fn gabung(&mut self, lain: Konteks) {
        for a in lain.awalan {
            if !self.awalan.contains(&a) {
                self.awalan.push(a);
            }
        }
        for s in lain.sasaran {
            if !self.sasaran.iter().any(|x| x.id == s.id) {
                self.sasaran.push(s);
            }
        }
        self.kolom_hidup.extend(lain.kolom_hidup);
        if self.penilai.is_none() {
            self.penilai = lain.penilai;
        }
    }
}

struct Level1<'a> {
    pimpinan: &'a Draft,
    langsung: &'a [KolomLangsung],
    /// The team's penilai: its own setting, or the leader.
    penilai: Identitas,
    kolom: Vec<Kolom>,
    sel: HashMap<(&'a str, &'a str), &'a str>,
}

impl<'a> Level1<'a> {
    fn new(tim: &'a Tim, pimpinan: &'a Draft) -> Self {
        Level1 {
            pimpinan,
            langsung: &tim.mpph1.langsung,
            penilai: penilai_tim(tim, pimpinan),
            kolom: kolom_level1(tim, pimpinan),
            sel: indeks_sel(&tim.mpph1.sel),
        }
    }

    fn konteks(&self, o: &Orang) -> Konteks {
        Konteks {
            awalan: vec![AWALAN_MPPH1],
            sasaran: sasaran(
                &self.kolom,
                &self.sel,
                &o.id,
                id_turunan_mpph1,
                Some((self.pimpinan, self.langsung)),
            ),
            kolom_hidup: self.kolom.iter().map(|k| id_turunan_mpph1(&k.id)).collect(),
            penilai: Some(self.penilai.clone()),
        }
    }

    /// The level-1 rows of one person, merged; the penilai as [`penilai_orang`] says.
    fn konteks_kelompok(&self, tim: &Tim, kelompok: &[usize]) -> Konteks {
        let mut k = Konteks::tanpa_baris();
        for &i in kelompok {
            let o = &tim.orang[i];
            if o.peran.di_level1() {
                k.gabung(self.konteks(o));
            }
        }
        if let Some(p) = penilai_orang(tim, kelompok) {
            k.penilai = Some(p);
        }
        k
    }
}

/// A person's own penilai (set on one of their rows, a name at least), if any.
fn penilai_orang(tim: &Tim, kelompok: &[usize]) -> Option<Identitas> {
    kelompok
        .iter()
        .filter_map(|&i| tim.orang[i].penilai.as_ref())
        .find(|p| !p.nama.trim().is_empty())
        .cloned()
}

/// Level 2: the anggota's RHK link to the ketua's RHK, but their Pejabat Penilai Kinerja is
/// the unit's leader (after penyederhanaan birokrasi a ketua tim coordinates; the pimpinan
/// unit kerja appraises), the same as for level 1.
fn konteks_level2(
    tim: &Tim,
    ketua: &Orang,
    draf_ketua: Option<&Draft>,
    pimpinan: &Draft,
    o: &Orang,
) -> Konteks {
    let kolom = draf_ketua
        .map(super::kolom::kolom_level2)
        .unwrap_or_default();
    let m = tim.mpph2_dari(&ketua.id);
    let sel = m.map(|m| indeks_sel(&m.sel)).unwrap_or_default();
    let langsung = m.map_or(&[][..], |m| &m.langsung);
    Konteks {
        awalan: vec![AWALAN_MPPH2],
        sasaran: sasaran(
            &kolom,
            &sel,
            &o.id,
            id_turunan_mpph2,
            draf_ketua.map(|d| (d, langsung)),
        ),
        kolom_hidup: kolom.iter().map(|k| id_turunan_mpph2(&k.id)).collect(),
        penilai: Some(penilai_tim(tim, pimpinan)),
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

/// The RHK one row asks for. `sumber`: the draft the columns are the RHK of, with the
/// matrix's direct columns, whose cells are shares of that RHK rather than RHK of their own.
fn sasaran(
    kolom: &[Kolom],
    sel: &HashMap<(&str, &str), &str>,
    baris: &str,
    id_turunan: fn(&str) -> String,
    sumber: Option<(&Draft, &[KolomLangsung])>,
) -> Vec<Sasaran> {
    kolom
        .iter()
        .filter_map(|k| {
            let teks = sel.get(&(baris, k.id.as_str()))?;
            let id = id_turunan(&k.id);
            let langsung = sumber.is_some_and(|(_, l)| l.iter().any(|l| l.kolom == k.id));
            // The column's RHK, narrowed to its IKI when the column is one IKI of it (read
            // only for a direct column or a column per IKI).
            let rhk = sumber
                .filter(|_| langsung || k.iki.is_some())
                .and_then(|(d, _)| d.rhk_by_id(&k.rhk))
                .map(|r| {
                    let mut r = r.clone();
                    if let Some(i) = &k.iki {
                        r.iki.retain(|x| &x.id == i);
                    }
                    r
                });
            let (teks, iki) = match rhk.as_ref().filter(|_| langsung) {
                Some(rhk) => {
                    let bagian = langsung::baca_bagian(teks);
                    (
                        langsung::teks_rhk(rhk, &bagian),
                        Some(langsung::iki_bagian(rhk, &bagian, &id)),
                    )
                }
                None => (teks.to_string(), None),
            };
            // An RHK split per IKI: the link names the IKI taken, as the form's footnote asks
            // for a JPT's RHK ("rencana hasil kerja beserta indikator kinerja individu").
            let atasan_teks = match (&k.iki, rhk.as_ref().and_then(|r| r.iki.first())) {
                (Some(_), Some(i)) => format!("{} (IKI: {})", k.teks.trim(), i.teks.trim()),
                _ => k.teks.trim().to_string(),
            };
            Some(Sasaran {
                id,
                teks,
                atasan: RhkAtasan {
                    id: Some(k.rhk.clone()),
                    teks: atasan_teks,
                },
                iki,
            })
        })
        .collect()
}

/// A direct column's IKI as they sit in a draft of this kind: perspektif on an SKP JPT,
/// aspek (kuantitas unless the leader's says otherwise) on an SKP JA/JF.
fn iki_untuk(jpt: bool, iki: &[Iki]) -> Vec<Iki> {
    iki.iter()
        .map(|i| Iki {
            perspektif: if jpt { i.perspektif } else { None },
            aspek: if jpt {
                None
            } else {
                Some(i.aspek.unwrap_or(Aspek::Kuantitas))
            },
            ..i.clone()
        })
        .collect()
}

/// Brings a derived RHK's direct-cascading IKI up to the column: a missing one is added,
/// one whose text or target changed follows it; the person's other IKI are not touched.
fn samakan_iki(rhk: &mut Rhk, iki: Vec<Iki>, perubahan: &mut Vec<Perubahan>) {
    for baru in iki {
        match rhk.iki.iter_mut().find(|i| i.id == baru.id) {
            None => {
                perubahan.push(Perubahan::IkiLangsung {
                    rhk_id: rhk.id.clone(),
                    teks: baru.teks.clone(),
                    lama: None,
                    baru: baru.target.display(),
                });
                rhk.iki.push(baru);
            }
            Some(i) if i.teks != baru.teks || i.target != baru.target => {
                perubahan.push(Perubahan::IkiLangsung {
                    rhk_id: rhk.id.clone(),
                    teks: baru.teks.clone(),
                    lama: Some(i.target.display()),
                    baru: baru.target.display(),
                });
                i.teks = baru.teks;
                i.target = baru.target;
            }
            Some(_) => {}
        }
    }
}

/// Whether an RHK was derived by another team (its RHK are that team's to manage).
fn dari_tim_lain(rhk: &Rhk, tim: &Tim) -> bool {
    rhk.asal.as_ref().is_some_and(|a| a.tim != tim.id)
}

fn turunkan_orang(
    tim: &Tim,
    kelompok: &[usize],
    asal: Option<usize>,
    drafts: &[Draft],
    pimpinan: &Draft,
    konteks: &Konteks,
    new_id: &mut dyn FnMut() -> String,
) -> Option<Turunan> {
    let o = &tim.orang[kelompok[0]];
    let pegawai = identitas_orang(o, &tim.nama_unit);
    let jenis = kelompok.iter().find_map(|&i| tim.orang[i].jenis);
    let Some(i) = asal else {
        if konteks.sasaran.is_empty() {
            return None;
        }
        let mut draf = draf_baru(new_id(), tim, kelompok, pimpinan, pegawai, konteks);
        let mut perubahan = Vec::new();
        for s in &konteks.sasaran {
            sisipkan_rhk(&mut draf, s, &tim.id);
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
    // A draft another team also derives into keeps the identity that team gave it: this
    // team only fills what is empty (the unit kerja, the penilai may differ per team).
    let bersama = draf.rhk.iter().any(|r| dari_tim_lain(r, tim));
    gabung_identitas(&mut draf, Pihak::Pegawai, &pegawai, bersama, &mut perubahan);
    if let Some(p) = &konteks.penilai {
        gabung_identitas(&mut draf, Pihak::Penilai, p, bersama, &mut perubahan);
    }
    if let Some(j) = jenis.filter(|j| *j != draf.header.jenis_jabatan) {
        perubahan.push(Perubahan::JenisBerubah {
            lama: std::mem::replace(&mut draf.header.jenis_jabatan, j),
            baru: j,
        });
    }
    let jpt = draf.header.jenis_jabatan.is_jpt();
    for s in &konteks.sasaran {
        let Some(rhk) = draf.rhk.iter_mut().find(|r| r.id == s.id) else {
            sisipkan_rhk(&mut draf, s, &tim.id);
            perubahan.push(rhk_baru(s));
            continue;
        };
        // The person reworded the RHK since it was derived: the wording is theirs. A cell
        // that changed meanwhile is said, with a review mark, never written over theirs.
        let sel_lama = rhk.asal.as_ref().map(|a| a.sel.trim().to_string());
        let milik_sendiri = sel_lama.as_deref().is_some_and(|l| l != rhk.teks.trim());
        if rhk.teks != s.teks && !milik_sendiri {
            perubahan.push(Perubahan::TeksBerubah {
                rhk_id: s.id.clone(),
                lama: std::mem::replace(&mut rhk.teks, s.teks.clone()),
                baru: s.teks.clone(),
            });
        }
        let sel_berubah =
            milik_sendiri && sel_lama.as_deref() != Some(s.teks.trim()) && rhk.teks != s.teks;
        rhk.asal = Some(AsalMpph {
            tim: tim.id.clone(),
            sel: s.teks.clone(),
        });
        // The same atasan RHK, reworded: what this RHK contributes to may have changed.
        let reworded = rhk.rhk_atasan.id.is_some()
            && rhk.rhk_atasan.id == s.atasan.id
            && rumusan(&rhk.rhk_atasan.teks) != rumusan(&s.atasan.teks);
        if rhk.rhk_atasan != s.atasan {
            perubahan.push(Perubahan::AtasanBerubah {
                rhk_id: s.id.clone(),
                teks: rhk.teks.clone(),
                lama: std::mem::replace(&mut rhk.rhk_atasan, s.atasan.clone()),
                baru: s.atasan.clone(),
            });
        }
        // A mark for a cleared cell goes when the cell is filled again; a rewording mark
        // stays until the person says they reviewed it.
        let tetap = [TINJAU_ATASAN_BERUBAH, TINJAU_SEL_BERUBAH];
        if rhk.tinjau.as_deref().is_some_and(|t| !tetap.contains(&t)) {
            rhk.tinjau = None;
            perubahan.push(Perubahan::SelDiisiLagi {
                rhk_id: s.id.clone(),
                teks: rhk.teks.clone(),
            });
        }
        if reworded {
            rhk.tinjau = Some(TINJAU_ATASAN_BERUBAH.to_string());
        }
        if let Some(iki) = &s.iki {
            samakan_iki(rhk, iki_untuk(jpt, iki), &mut perubahan);
        }
        if sel_berubah {
            rhk.tinjau = Some(TINJAU_SEL_BERUBAH.to_string());
            perubahan.push(Perubahan::SelBerubahRumusanTetap {
                rhk_id: s.id.clone(),
                teks: rhk.teks.clone(),
                sel: s.teks.clone(),
            });
        }
    }
    tandai_yatim(&mut draf, tim, konteks, &mut perubahan);
    Some(Turunan {
        draf,
        asal: Some(i),
        perubahan,
    })
}

/// A wording compared without case and spacing: "Meningkatnya  Kualitas" = "meningkatnya kualitas".
fn rumusan(teks: &str) -> String {
    teks.split_whitespace()
        .map(crate::core::huruf::kecil)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Derived RHK no cell asks for any more: kept, and marked for review with the reason.
/// RHK another team derived are that team's: left alone.
fn tandai_yatim(draf: &mut Draft, tim: &Tim, konteks: &Konteks, perubahan: &mut Vec<Perubahan>) {
    for rhk in draf.rhk.iter_mut() {
        let awalan = [AWALAN_MPPH1, AWALAN_MPPH2]
            .into_iter()
            .find(|a| rhk.id.starts_with(a));
        let Some(awalan) = awalan else { continue };
        if dari_tim_lain(rhk, tim) || konteks.sasaran.iter().any(|s| s.id == rhk.id) {
            continue;
        }
        let sebab = if !konteks.awalan.contains(&awalan) {
            TINJAU_BUKAN_BARIS
        } else if konteks.kolom_hidup.contains(&rhk.id) {
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
/// `hanya_kosong`: fill only the fields that are empty (another team set the rest).
fn gabung_identitas(
    draf: &mut Draft,
    bagian: Pihak,
    dari: &Identitas,
    hanya_kosong: bool,
    perubahan: &mut Vec<Perubahan>,
) {
    let blok = match bagian {
        Pihak::Pegawai => &mut draf.pegawai,
        Pihak::Penilai => &mut draf.penilai,
    };
    let mut baru = blok.clone();
    for f in IdentitasField::ALL {
        let kosong = baru.get(f).trim().is_empty();
        if !dari.get(f).is_empty() && (kosong || !hanya_kosong) {
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
    tim: &Tim,
    kelompok: &[usize],
    pimpinan: &Draft,
    pegawai: Identitas,
    konteks: &Konteks,
) -> Draft {
    let o = &tim.orang[kelompok[0]];
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
    let rows = || kelompok.iter().map(|&i| &tim.orang[i]);
    // What the person said, else a jabatan named by its JF level ("… Ahli Muda") or a JF
    // langsung row holds a functional post; others are taken as JA until the person says
    // otherwise (the field is theirs to change).
    let jenis_jabatan = rows()
        .find_map(|o| o.jenis)
        .or_else(|| rows().find_map(|o| JenisJabatan::dari_nama_jabatan(&o.jabatan)))
        .unwrap_or(if rows().any(|o| o.peran == Peran::JfLangsung) {
            JenisJabatan::Jf
        } else {
            JenisJabatan::Ja
        });
    Draft {
        id,
        nama_draf,
        header: Header {
            instansi: pimpinan.header.instansi.clone(),
            periode,
            jenis_jabatan,
            ..Default::default()
        },
        pegawai,
        penilai: konteks.penilai.clone().unwrap_or_default(),
        ..Default::default()
    }
}

/// A new derived RHK goes after the last Utama RHK, so the derived ones keep column order
/// and the person's Tambahan group stays below.
fn sisipkan_rhk(draf: &mut Draft, s: &Sasaran, tim: &str) {
    let iki = match &s.iki {
        Some(iki) => iki_untuk(draf.header.jenis_jabatan.is_jpt(), iki),
        // One empty IKI, as a new RHK in the editor gets: the person fills it in.
        None => vec![Iki {
            id: iki_id_bebas(draf, &format!("{}-iki", s.id)),
            aspek: (!draf.header.jenis_jabatan.is_jpt()).then_some(Aspek::Kuantitas),
            ..Default::default()
        }],
    };
    let rhk = Rhk {
        id: s.id.clone(),
        jenis: JenisRhk::Utama,
        teks: s.teks.clone(),
        rhk_atasan: s.atasan.clone(),
        iki,
        tinjau: None,
        asal: Some(AsalMpph {
            tim: tim.to_string(),
            sel: s.teks.clone(),
        }),
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
        gabung_identitas(&mut d, Pihak::Pegawai, &dari, false, &mut p);
        assert_eq!(d.pegawai.nama, "Budi");
        assert_eq!(d.pegawai.nip, "199001012015011001");
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].deskripsi(),
            "Identitas pegawai yang dinilai diperbarui: NAMA \"\" → \"Budi\""
        );
        gabung_identitas(&mut d, Pihak::Pegawai, &dari, false, &mut p);
        assert_eq!(p.len(), 1, "a second merge changes nothing");
    }
}
