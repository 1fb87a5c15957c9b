//! Coverage checks on a team's MPPH (docs/domain.md, "MPPH"). Findings are advice:
//! none of them stops a derivation. Wording of the cells themselves is the wording
//! checker's job (`crate::core::wording`), run on each cell like on an RHK.

use super::derive::{indeks_sel, ketua_sah};
use super::kolom::{kolom_level1, kolom_yatim};
use super::sync::{kolom_mpph2, kolom_yatim_mpph2};
use super::team::{terisi, Kolom, Peran, Sel, Tim};
use crate::core::model::Draft;

/// One finding about the team's matrices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemuanTim {
    /// Stable rule id, e.g. `mpph.kolom-tanpa-peran`.
    pub jenis: &'static str,
    /// One sentence in Indonesian.
    pub pesan: String,
    /// The person (orang id) the finding is about, if one.
    pub baris: Option<String>,
    /// The column (RHK id) the finding is about, if one.
    pub kolom: Option<String>,
    /// The level-2 matrix (ketua's orang id) the finding sits in; `None` for level 1 or
    /// the team as a whole.
    pub ketua: Option<String>,
}

fn temuan(
    jenis: &'static str,
    pesan: String,
    baris: Option<&str>,
    kolom: Option<&str>,
    ketua: Option<&str>,
) -> TemuanTim {
    TemuanTim {
        jenis,
        pesan,
        baris: baris.map(str::to_string),
        kolom: kolom.map(str::to_string),
        ketua: ketua.map(str::to_string),
    }
}

/// All findings: level 1 first, then each ketua's level 2, then the team list.
pub fn periksa(tim: &Tim, drafts: &[Draft]) -> Vec<TemuanTim> {
    let mut out = Vec::new();
    match drafts.iter().find(|d| d.id == tim.pimpinan) {
        Some(p) => periksa_level1(tim, p, &mut out),
        None => out.push(temuan(
            "mpph.pimpinan-tidak-ada",
            "Draf SKP pimpinan tim tidak ada di ruang kerja, sehingga kolom MPPH level 1 tidak dapat ditampilkan.".into(),
            None,
            None,
            None,
        )),
    }
    for k in tim.ketua_tim() {
        periksa_level2(tim, &k.id, drafts, &mut out);
    }
    periksa_langsung(tim, &super::Tingkat::Satu, drafts, &mut out);
    for k in tim.ketua_tim() {
        periksa_langsung(tim, &super::Tingkat::Dua(k.id.clone()), drafts, &mut out);
    }
    for m in &tim.mpph2 {
        let sah = tim
            .orang_by_id(&m.ketua)
            .is_some_and(|o| o.peran == Peran::KetuaTim);
        let n = m.sel.iter().filter(|s| terisi(s)).count();
        if !sah && n > 0 {
            out.push(temuan(
                "mpph2.ketua-tidak-ada",
                format!("Ada MPPH level 2 dengan {n} sel terisi yang ketuanya sudah tidak menjadi ketua tim (orang dihapus atau perannya berubah); sel itu tidak diturunkan."),
                None,
                None,
                Some(&m.ketua),
            ));
        }
    }
    // Rows with one NIP are one person with one SKP (derivation's own grouping): two names
    // on one NIP is likely a typo that would merge two people's drafts. Said in row order.
    let mut sama_nip: Vec<(usize, TemuanTim)> = Vec::new();
    for g in super::derive::kelompok_orang(tim) {
        for (k, &i) in g.iter().enumerate() {
            let o = &tim.orang[i];
            let lain = g[..k]
                .iter()
                .map(|&j| &tim.orang[j])
                .find(|p| nama_pokok(&p.nama) != nama_pokok(&o.nama));
            if let Some(p) = lain {
                sama_nip.push((i, temuan(
                    "mpph.nip-sama-nama-beda",
                    format!("{} dan {} ber-NIP sama ({}), jadi diperlakukan sebagai satu orang dengan satu SKP. Periksa NIP-nya bila mereka dua orang berbeda.", nama(&p.nama), nama(&o.nama), o.nip.trim()),
                    Some(&o.id),
                    None,
                    None,
                )));
            }
        }
    }
    crate::core::urut::urutkan_menurut(&mut sama_nip, |(i, _)| *i);
    out.extend(sama_nip.into_iter().map(|(_, t)| t));
    for o in &tim.orang {
        if o.peran == Peran::Anggota {
            match o.ketua.as_deref().map(|k| tim.orang_by_id(k)) {
                None | Some(None) => out.push(temuan(
                    "mpph.anggota-tanpa-ketua",
                    format!("{} belum punya ketua tim; pilih ketua timnya agar ia muncul di MPPH level 2.", nama(&o.nama)),
                    Some(&o.id),
                    None,
                    None,
                )),
                Some(Some(k)) if k.peran != Peran::KetuaTim => out.push(temuan(
                    "mpph.ketua-bukan-ketua-tim",
                    format!("Ketua tim {} ({}) berperan sebagai {}, bukan Ketua Tim.", nama(&o.nama), nama(&k.nama), k.peran.label()),
                    Some(&o.id),
                    None,
                    None,
                )),
                _ => {}
            }
        }
        if let Some(d) = &o.draf {
            if !drafts.iter().any(|x| &x.id == d) {
                out.push(temuan(
                    "mpph.draf-tidak-ada",
                    format!("Draf turunan {} tidak ada lagi di ruang kerja; turunkan ulang untuk membuat draf baru.", nama(&o.nama)),
                    Some(&o.id),
                    None,
                    None,
                ));
            }
        }
    }
    out
}

/// The sum of every direct column of a matrix that can be summed, by column id: the rows
/// are the matrix's people (anggota of other ketua, or people off the matrix, do not count).
pub fn jumlah_matriks(
    tim: &super::Tim,
    tingkat: &super::Tingkat,
    drafts: &[crate::core::model::Draft],
) -> Vec<(String, super::langsung::Jumlah)> {
    let list = match tingkat {
        super::Tingkat::Satu => &tim.mpph1.langsung,
        super::Tingkat::Dua(k) => match tim.mpph2_dari(k) {
            Some(m) => &m.langsung,
            None => return Vec::new(),
        },
    };
    if list.is_empty() {
        return Vec::new();
    }
    let Some(sumber) = super::sync::draf_kolom(tim, tingkat, drafts) else {
        return Vec::new();
    };
    let baris: Vec<String> = super::matrix::baris(tim, tingkat)
        .into_iter()
        .map(|o| o.id.clone())
        .collect();
    let sel = tim.sel_tingkat(tingkat);
    list.iter()
        .filter_map(|l| {
            let rhk = sumber.rhk_by_id(&l.kolom)?;
            let isi = sel
                .iter()
                .filter(|s| s.kolom == l.kolom && baris.contains(&s.baris))
                .map(|s| s.teks.as_str());
            Some((l.kolom.clone(), super::langsung::jumlah_kolom(rhk, isi)?))
        })
        .collect()
}

/// Direct columns whose parts do not add up to the leader's target (countable targets only:
/// a %, an indeks or a nilai is never summed), or whose cells hold no amount.
fn periksa_langsung(
    tim: &Tim,
    tingkat: &super::Tingkat,
    drafts: &[Draft],
    out: &mut Vec<TemuanTim>,
) {
    let ketua = match tingkat {
        super::Tingkat::Satu => None,
        super::Tingkat::Dua(k) => Some(k.as_str()),
    };
    for (kolom, j) in jumlah_matriks(tim, tingkat, drafts) {
        if j.cocok() {
            continue;
        }
        let pesan = if j.tanpa_angka > 0 {
            format!("Kolom kaskade langsung: {} sel belum memuat angka bagian target; jumlah bagian sekarang {}.", j.tanpa_angka, j.ringkas())
        } else {
            format!(
                "Kolom kaskade langsung: jumlah bagian {}; samakan dengan target pimpinan.",
                j.ringkas()
            )
        };
        out.push(temuan(
            "mpph.langsung-jumlah",
            pesan,
            None,
            Some(&kolom),
            ketua,
        ));
    }
}

/// A name without case, spacing or punctuation: "Rina Marlina, S.Psi." = "rina marlina s psi".
fn nama_pokok(n: &str) -> String {
    n.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn periksa_level1(tim: &Tim, pimpinan: &Draft, out: &mut Vec<TemuanTim>) {
    let kolom = kolom_level1(tim, pimpinan);
    let sel = indeks_sel(&tim.mpph1.sel);
    let baris: Vec<&str> = tim.baris_mpph1().map(|o| o.id.as_str()).collect();
    // A Tambahan RHK need not be shared out: no warning for it.
    for k in kolom.iter().filter(|k| !k.tambahan) {
        if !baris.iter().any(|b| sel.contains_key(&(*b, k.id.as_str()))) {
            out.push(temuan(
                "mpph.kolom-tanpa-peran",
                format!(
                    "Belum ada yang berperan pada RHK pimpinan {}.",
                    kutip(&k.teks)
                ),
                None,
                Some(&k.id),
                None,
            ));
        }
    }
    for o in tim.baris_mpph1() {
        if !kolom
            .iter()
            .any(|k| sel.contains_key(&(o.id.as_str(), k.id.as_str())))
        {
            out.push(temuan(
                "mpph.orang-tanpa-peran",
                format!("{} belum mendapat peran di MPPH level 1.", nama(&o.nama)),
                Some(&o.id),
                None,
                None,
            ));
        }
    }
    for y in kolom_yatim(tim, pimpinan) {
        out.push(temuan(
            "mpph.kolom-yatim",
            format!("RHK {} sudah tidak ada di SKP pimpinan, tetapi kolomnya masih berisi {} sel; pindahkan isinya ke kolom lain atau kosongkan.", kutip(&y.label), y.sel_terisi),
            None,
            Some(&y.id),
            None,
        ));
    }
    luar_baris(tim, &tim.mpph1.sel, &baris, None, out);
}

fn periksa_level2(tim: &Tim, ketua: &str, drafts: &[Draft], out: &mut Vec<TemuanTim>) {
    let nama_ketua = tim.orang_by_id(ketua).map_or("", |o| o.nama.as_str());
    let kolom: Vec<Kolom> = kolom_mpph2(tim, ketua, drafts);
    let kosong = Vec::new();
    let sel_list = tim.mpph2_dari(ketua).map_or(&kosong, |m| &m.sel);
    let sel = indeks_sel(sel_list);
    let anggota: Vec<&str> = tim
        .orang
        .iter()
        .filter(|o| ketua_sah(tim, o).is_some_and(|k| tim.orang[k].id == ketua))
        .map(|o| o.id.as_str())
        .collect();
    if anggota.is_empty() {
        if !kolom.is_empty() {
            out.push(temuan(
                "mpph2.ketua-tanpa-anggota",
                format!(
                    "Ketua tim {} belum punya anggota, sehingga MPPH level 2-nya kosong.",
                    nama(nama_ketua)
                ),
                Some(ketua),
                None,
                Some(ketua),
            ));
        }
    } else {
        for k in kolom.iter().filter(|k| !k.tambahan) {
            if !anggota
                .iter()
                .any(|a| sel.contains_key(&(*a, k.id.as_str())))
            {
                out.push(temuan(
                    "mpph2.kolom-tanpa-anggota",
                    format!(
                        "Belum ada anggota tim {} yang berperan pada RHK {}.",
                        nama(nama_ketua),
                        kutip(&k.teks)
                    ),
                    None,
                    Some(&k.id),
                    Some(ketua),
                ));
            }
        }
        for a in &anggota {
            if !kolom.iter().any(|k| sel.contains_key(&(*a, k.id.as_str()))) {
                let n = tim.orang_by_id(a).map_or("", |o| o.nama.as_str());
                out.push(temuan(
                    "mpph.orang-tanpa-peran",
                    format!(
                        "{} belum mendapat peran di MPPH level 2 tim {}.",
                        nama(n),
                        nama(nama_ketua)
                    ),
                    Some(a),
                    None,
                    Some(ketua),
                ));
            }
        }
    }
    for y in kolom_yatim_mpph2(tim, ketua, drafts) {
        out.push(temuan(
            "mpph2.kolom-yatim",
            format!("RHK {} sudah tidak ada di SKP ketua tim {}, tetapi kolomnya masih berisi {} sel; pindahkan isinya ke kolom lain atau kosongkan.", kutip(&y.label), nama(nama_ketua), y.sel_terisi),
            None,
            Some(&y.id),
            Some(ketua),
        ));
    }
    luar_baris(tim, sel_list, &anggota, Some(ketua), out);
}

/// Filled cells on the row of someone who is no longer a row of that matrix (removed from
/// the team's rows, peran or ketua changed): kept, but not derived.
fn luar_baris(
    tim: &Tim,
    sel: &[Sel],
    baris: &[&str],
    ketua: Option<&str>,
    out: &mut Vec<TemuanTim>,
) {
    let mut orang: Vec<(&str, usize)> = Vec::new();
    for s in sel
        .iter()
        .filter(|s| terisi(s) && !baris.contains(&s.baris.as_str()))
    {
        match orang.iter_mut().find(|(b, _)| *b == s.baris) {
            Some((_, n)) => *n += 1,
            None => orang.push((&s.baris, 1)),
        }
    }
    let (jenis, level) = match ketua {
        None => ("mpph.sel-di-luar-baris", "level 1"),
        Some(_) => ("mpph2.sel-di-luar-baris", "level 2 ini"),
    };
    for (b, n) in orang {
        let nm = tim
            .orang_by_id(b)
            .map_or("Orang yang sudah dihapus", |o| o.nama.as_str());
        out.push(temuan(
            jenis,
            format!("{} tidak lagi menjadi baris MPPH {level}, tetapi masih punya {n} sel terisi di sana; sel itu tidak diturunkan.", nama(nm)),
            Some(b),
            None,
            ketua,
        ));
    }
}

fn nama(n: &str) -> String {
    if n.trim().is_empty() {
        "(tanpa nama)".to_string()
    } else {
        n.trim().to_string()
    }
}

fn kutip(teks: &str) -> String {
    let t: Vec<&str> = teks.split_whitespace().collect();
    if t.is_empty() {
        "(tanpa teks)".to_string()
    } else {
        format!("\"{}\"", t.join(" "))
    }
}
