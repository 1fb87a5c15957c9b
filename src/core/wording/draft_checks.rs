//! Checks over a whole draft: every RHK and IKI phrase, plus what needs more than one
//! phrase (targets, repeats, duplicates, perspektif, identity, lampiran).

use super::check_rhk;
use super::finding::{DraftFinding, Finding};
use super::iki::{check_iki_head, measures_growth, HeadKind};
use super::lexicon::{self as lx, has};
use super::morphology::analyse;
use super::phrase::{first_content, read_head, Head};
use super::rules::*;
use super::satuan::{inline_unit, leading_number, unit_kind, UnitKind};
use super::text::Phrase;
use super::IkiClass;
use std::collections::HashSet;

use crate::core::field::FieldKey;
use crate::core::model::{
    Draft, IdentitasField, Iki, JenisJabatan, JenisRhk, LampiranKind, Pendekatan, Pihak, Rhk,
};

/// All findings for a draft, in form order, without those the user dismissed.
pub fn check_draft(draft: &Draft) -> Vec<DraftFinding> {
    let mut out = Vec::new();
    identity(draft, &mut out);
    let mut seen: HashSet<String> = HashSet::with_capacity(draft.rhk.len());
    for rhk in &draft.rhk {
        rhk_checks(draft, rhk, &mut seen, &mut out);
    }
    if draft.header.jenis_jabatan == JenisJabatan::Jpt {
        for p in draft.perspektif_kosong() {
            let f = JPT_PERSPEKTIF_KOSONG.finding(
                format!("Belum ada IKI pada {}.", p.label()),
                (0, 0),
                None,
            );
            out.push(DraftFinding {
                field: FieldKey::Perspektif(p),
                finding: f,
            });
        }
    }
    if draft.header.jenis_jabatan == JenisJabatan::Jpt
        && crate::core::model::BERAKHLAK
            .iter()
            .all(|v| draft.perilaku.ekspektasi(v.nilai).trim().is_empty())
    {
        let f = JPT_EKSPEKTASI_KOSONG.finding(
            "Ekspektasi Khusus Pimpinan belum diisi pada satu pun nilai BerAKHLAK.".into(),
            (0, 0),
            None,
        );
        out.push(DraftFinding {
            field: FieldKey::Perilaku(crate::core::model::PerilakuNilai::BerorientasiPelayanan),
            finding: f,
        });
    }
    for (i, item) in draft.lampiran.dukungan_sumber_daya.iter().enumerate() {
        if let Some(f) = task_in_dukungan(item) {
            out.push(DraftFinding {
                field: FieldKey::Lampiran(LampiranKind::DukunganSumberDaya, i),
                finding: f,
            });
        }
    }
    if !draft.temuan_diabaikan.is_empty() {
        out.retain(|df| {
            let key = df.field.as_string();
            !draft
                .temuan_diabaikan
                .iter()
                .any(|t| t.aturan == df.finding.rule && t.field == key)
        });
    }
    out
}

fn push(out: &mut Vec<DraftFinding>, field: FieldKey, finding: Finding) {
    out.push(DraftFinding { field, finding });
}

fn identity(draft: &Draft, out: &mut Vec<DraftFinding>) {
    for (pihak, who) in [
        (Pihak::Pegawai, &draft.pegawai),
        (Pihak::Penilai, &draft.penilai),
    ] {
        for field in IdentitasField::ALL {
            let value = who.get(field);
            let required = pihak == Pihak::Pegawai
                || matches!(field, IdentitasField::Nama | IdentitasField::Jabatan);
            let key = FieldKey::Identitas(pihak, field);
            if value.trim().is_empty() {
                if required {
                    let msg = format!("{} pada blok {} belum diisi.", field.label(), pihak.label());
                    push(out, key, IDENTITAS_KOSONG.finding(msg, (0, 0), None));
                }
            } else if field == IdentitasField::Nip {
                if let Some(why) = crate::core::validation::check_nip(value) {
                    let span = (0, value.chars().count());
                    push(out, key, IDENTITAS_NIP.finding(why, span, None));
                }
            }
        }
    }
}

fn rhk_checks(draft: &Draft, rhk: &Rhk, seen: &mut HashSet<String>, out: &mut Vec<DraftFinding>) {
    let (_, findings) = check_rhk(&rhk.teks);
    for f in findings {
        push(out, FieldKey::RhkTeks(rhk.id.clone()), f);
    }
    let is_jpt = draft.header.jenis_jabatan == JenisJabatan::Jpt;
    if !is_jpt && rhk.jenis == JenisRhk::Utama && rhk.rhk_atasan.is_empty() {
        let msg = "RHK utama ini belum menyebut RHK atasan yang diintervensi.".to_string();
        push(
            out,
            FieldKey::RhkAtasan(rhk.id.clone()),
            RHK_TANPA_ATASAN.finding(msg, (0, 0), None),
        );
    }
    if rhk.iki.is_empty() {
        let msg = "RHK ini belum punya IKI.".to_string();
        push(
            out,
            FieldKey::Rhk(rhk.id.clone()),
            RHK_TANPA_IKI.finding(msg, (0, 0), None),
        );
    }
    let norm = normalise(&rhk.teks);
    if !norm.is_empty() && seen.contains(&norm) {
        let msg = "Teks RHK ini sama dengan RHK lain di draf ini.".to_string();
        push(
            out,
            FieldKey::Rhk(rhk.id.clone()),
            RHK_DUPLIKAT.finding(msg, (0, 0), None),
        );
    }
    // Stems are compared only for IKI without a measure head (the only ones that can
    // merely repeat an RHK), so the RHK's stems are computed lazily, once.
    let mut rhk_stems: Option<Vec<String>> = None;
    for iki in &rhk.iki {
        iki_checks(draft, rhk, &norm, iki, &mut rhk_stems, out);
    }
    // SKP JA/JF kuantitatif: an aspek a second time, said at the later IKI's aspek.
    if !is_jpt && draft.header.pendekatan == Pendekatan::Kuantitatif {
        for (k, iki) in rhk.iki.iter().enumerate() {
            let Some(a) = iki.aspek else { continue };
            if rhk.iki[..k].iter().any(|x| x.aspek == Some(a)) {
                let msg = format!("Aspek {} sudah dipakai IKI lain pada RHK ini.", a.label());
                push(
                    out,
                    FieldKey::IkiAspek(rhk.id.clone(), iki.id.clone()),
                    IKI_ASPEK_BERULANG.finding(msg, (0, 0), None),
                );
            }
        }
    }
    seen.insert(norm);
}

fn iki_checks(
    draft: &Draft,
    rhk: &Rhk,
    rhk_norm: &str,
    iki: &Iki,
    rhk_stems: &mut Option<Vec<String>>,
    out: &mut Vec<DraftFinding>,
) {
    let text_key = || FieldKey::IkiTeks(rhk.id.clone(), iki.id.clone());
    let target_key = || FieldKey::IkiTarget(rhk.id.clone(), iki.id.clone());
    let (class, findings, head) = check_iki_head(&iki.teks);
    // Pendekatan kualitatif: the line is a narrative "ukuran keberhasilan", so the
    // measure-word rules do not apply; an empty or unfinished line still counts.
    let kualitatif = draft.header.pendekatan == Pendekatan::Kualitatif;
    for f in findings {
        if !kualitatif || [IKI_KOSONG.id, TEKS_BELUM_LENGKAP.id].contains(&f.rule) {
            push(out, text_key(), f);
        }
    }
    let repeats = !kualitatif
        && class == IkiClass::TidakTerukur
        && shares_most_words(&iki.teks, rhk_norm)
        && {
            let stems = rhk_stems.get_or_insert_with(|| content_stems(&rhk.teks));
            !stems.is_empty() && content_stems(&iki.teks) == *stems
        };
    if repeats {
        let msg = "IKI ini hanya mengulang RHK-nya; sebutkan ukurannya.".to_string();
        let span = (0, iki.teks.chars().count());
        push(out, text_key(), IKI_MENGULANG_RHK.finding(msg, span, None));
    }
    let shown = iki.target.display();
    let span = (0, shown.chars().count());
    let value = iki.target.nilai.trim();
    let satuan = iki.target.satuan.trim();
    // A category (WTP, BB, Paripurna) has no satuan and no unit to match.
    if crate::core::validation::target_kategori(value) {
        return;
    }
    let inline = inline_unit(value);
    if draft.header.pendekatan == Pendekatan::Kuantitatif && !value.is_empty() && satuan.is_empty()
    {
        let (msg, suggestion) = match inline {
            Some(u) => (format!("Satuan \u{201c}{u}\u{201d} tertulis di kolom nilai; pindahkan ke kolom satuan."), None),
            None => ("Target belum punya satuan (mis. Dokumen, %, Bulan).".to_string(), None),
        };
        push(
            out,
            target_key(),
            IKI_TANPA_SATUAN.finding(msg, span, suggestion),
        );
    }
    let unit = if satuan.is_empty() {
        inline.unwrap_or("")
    } else {
        satuan
    };
    let mismatch = head
        .filter(|_| !kualitatif)
        .and_then(|h| unit_mismatch(h, &iki.teks, value, &iki.target.nilai_maks, unit));
    if let Some(msg) = mismatch {
        push(
            out,
            target_key(),
            IKI_SATUAN_TIDAK_COCOK.finding(msg, span, None),
        );
    }
}

/// Why the target's unit does not fit the IKI's measure head, if it does not.
fn unit_mismatch(kind: HeadKind, teks: &str, value: &str, max: &str, unit: &str) -> Option<String> {
    let unit_kind = unit_kind(unit);
    match (kind, unit_kind) {
        (HeadKind::Count, UnitKind::Percent) => Some(
            "IKI \u{201c}Jumlah \u{2026}\u{201d} menghitung benda, tetapi targetnya dalam %; gunakan satuan benda atau ubah menjadi Persentase."
                .to_string(),
        ),
        (HeadKind::Percent, UnitKind::Count | UnitKind::Time) => Some(format!(
            "IKI \u{201c}Persentase \u{2026}\u{201d} seharusnya bertarget %, bukan \u{201c}{unit}\u{201d}."
        )),
        (HeadKind::Percent, UnitKind::Percent) => {
            let over = [value, max].iter().filter_map(|v| leading_number(v)).any(|n| n > 100.0);
            (over && !measures_growth(teks)).then(|| {
                "Target persentase lebih dari 100 %, padahal IKI ini menghitung bagian dari keseluruhan.".to_string()
            })
        }
        (HeadKind::Time, UnitKind::Percent | UnitKind::Count) => Some(format!(
            "IKI waktu seharusnya bertarget satuan waktu (hari, bulan), bukan \u{201c}{unit}\u{201d}."
        )),
        _ => None,
    }
}

/// Lower-case words joined by single spaces: equal texts compare equal.
fn normalise(text: &str) -> String {
    let p = Phrase::new(text);
    let mut s = String::with_capacity(text.len());
    for i in 0..p.len() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(p.word(i));
    }
    s
}

/// Most content words of `text` occur in the normalised `other`: a cheap filter before
/// comparing stems.
fn shares_most_words(text: &str, other: &str) -> bool {
    let p = Phrase::new(text);
    let (mut total, mut shared) = (0, 0);
    for i in 0..p.len() {
        let w = p.word(i);
        if has(lx::FUNCTION, w) {
            continue;
        }
        total += 1;
        if other.split(' ').any(|o| o == w) {
            shared += 1;
        }
    }
    total > 0 && shared * 2 >= total
}

/// Sorted stems of the content words: "Tersusunnya laporan" and "laporan tersusun" match.
fn content_stems(text: &str) -> Vec<String> {
    let p = Phrase::new(text);
    let mut v: Vec<String> = (0..p.len())
        .map(|i| p.word(i))
        .filter(|w| !has(lx::FUNCTION, w))
        .map(|w| analyse(w).stem())
        .collect();
    crate::core::urut::urutkan(&mut v);
    v.dedup();
    v
}

/// A Dukungan Sumber Daya item that is a task (starts with a task verb).
fn task_in_dukungan(item: &str) -> Option<Finding> {
    let p = Phrase::new(item);
    let h = first_content(&p)?;
    match read_head(&p, h) {
        Head::TaskVerb(_) => Some(LAMPIRAN_DUKUNGAN_TUGAS.finding(
            format!(
                "\u{201c}{}\u{201d} adalah tugas; Dukungan Sumber Daya berisi sumber daya (anggaran, sarana, tenaga).",
                p.original_span(h, h)
            ),
            p.span(h, h),
            None,
        )),
        _ => None,
    }
}
