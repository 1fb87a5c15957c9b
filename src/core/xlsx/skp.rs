//! The SKP on one sheet, with the sections of the printed form; and the workbooks.

use super::sheet::{Cell, Gaya, Sheet};
use crate::core::cetak::tanggal_indonesia;
use crate::core::model::{Draft, IdentitasField, JenisRhk, LampiranKind, Pendekatan, BERAKHLAK};
use crate::core::mpph::{self, Tim};

fn c(text: &str, gaya: Gaya) -> Option<Cell> {
    Some(Cell {
        text: text.trim().to_string(),
        gaya,
    })
}

fn isi(text: &str) -> Option<Cell> {
    c(text, Gaya::Isi)
}

/// A row of six bordered cells where `spans` say which columns each value covers.
fn table_row(s: &mut Sheet, values: &[(&str, usize, usize)], gaya: Gaya) -> usize {
    let mut row: Vec<Option<Cell>> = vec![c("", gaya); 6];
    for (text, from, _) in values {
        row[*from] = c(text, gaya);
    }
    let r = s.row(row);
    for (_, from, to) in values {
        s.merge(r, *from, r, *to);
    }
    r
}

/// The sheet of one SKP.
pub fn skp_sheet(d: &Draft, name: &str) -> Sheet {
    let jpt = d.header.jenis_jabatan.is_jpt();
    let kualitatif = d.header.pendekatan == Pendekatan::Kualitatif;
    let mut s = Sheet::new(name, &[5.0, 30.0, 34.0, 14.0, 34.0, 18.0]);
    s.wide("SASARAN KINERJA PEGAWAI", Gaya::Judul);
    s.wide(
        match d.header.pendekatan {
            Pendekatan::Kuantitatif => "PENDEKATAN HASIL KERJA KUANTITATIF",
            Pendekatan::Kualitatif => "PENDEKATAN HASIL KERJA KUALITATIF",
        },
        Gaya::Judul,
    );
    s.wide(d.header.jenis_jabatan.judul_form(), Gaya::Judul);
    s.row(Vec::new());
    let unit = if jpt { "INSTANSI" } else { "UNIT KERJA" };
    let r = s.row(vec![
        c(unit, Gaya::Polos),
        c("", Gaya::Polos),
        c(&format!(": {}", d.header.instansi.trim()), Gaya::Polos),
    ]);
    s.merge(r, 0, r, 1);
    s.merge(r, 2, r, 5);
    let p = &d.header.periode;
    let periode = format!(
        "{} s.d. {}",
        tanggal_indonesia(&p.mulai),
        tanggal_indonesia(&p.selesai)
    );
    let r = s.row(vec![
        c("PERIODE PENILAIAN", Gaya::Polos),
        c("", Gaya::Polos),
        c(&format!(": {periode}"), Gaya::Polos),
    ]);
    s.merge(r, 0, r, 1);
    s.merge(r, 2, r, 5);
    s.row(Vec::new());

    // Identity blocks side by side.
    table_row(
        &mut s,
        &[
            ("NO", 0, 0),
            ("PEGAWAI YANG DINILAI", 1, 2),
            ("NO", 3, 3),
            ("PEJABAT PENILAI KINERJA", 4, 5),
        ],
        Gaya::Kepala,
    );
    for (n, f) in IdentitasField::ALL.into_iter().enumerate() {
        let no = (n + 1).to_string();
        s.row(vec![
            isi(&no),
            isi(f.label_for(jpt)),
            isi(d.pegawai.get(f)),
            isi(&no),
            isi(f.label_for(jpt)),
            isi(d.penilai.get(f)),
        ]);
    }
    s.row(Vec::new());

    // HASIL KERJA: one table.
    table_row(&mut s, &[("HASIL KERJA", 0, 5)], Gaya::Kepala);
    let head: Vec<(&str, usize, usize)> = match (jpt, kualitatif) {
        (false, false) => vec![
            ("NO", 0, 0),
            ("RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI*", 1, 1),
            ("RENCANA HASIL KERJA", 2, 2),
            ("ASPEK", 3, 3),
            ("INDIKATOR KINERJA INDIVIDU", 4, 4),
            ("TARGET", 5, 5),
        ],
        (true, false) => vec![
            ("NO", 0, 0),
            ("RENCANA HASIL KERJA", 1, 2),
            ("INDIKATOR KINERJA INDIVIDU", 3, 4),
            ("TARGET", 5, 5),
        ],
        (false, true) => vec![
            ("NO", 0, 0),
            ("RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI*", 1, 1),
            ("RENCANA HASIL KERJA", 2, 2),
            (
                "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET",
                3,
                5,
            ),
        ],
        (true, true) => vec![
            ("NO", 0, 0),
            ("RENCANA HASIL KERJA", 1, 2),
            (
                "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, TARGET, DAN PERSPEKTIF",
                3,
                5,
            ),
        ],
    };
    table_row(&mut s, &head, Gaya::Kepala);
    for jenis in JenisRhk::ALL {
        table_row(&mut s, &[(jenis.label(), 0, 5)], Gaya::Grup);
        for (n, r) in d.rhk_jenis(jenis).enumerate() {
            let first = s.rows.len();
            let rows = r.iki.len().max(1);
            for k in 0..rows {
                let iki = r.iki.get(k);
                let teks = iki.map_or("", |i| i.teks.as_str());
                let target = iki.map(|i| i.target.display()).unwrap_or_default();
                let perspektif = iki.and_then(|i| i.perspektif).map_or("", |p| p.label());
                let aspek = iki.and_then(|i| i.aspek).map_or("", |a| a.label());
                let no = if k == 0 {
                    (n + 1).to_string()
                } else {
                    String::new()
                };
                let (atasan, rhk) = if k == 0 {
                    (r.rhk_atasan.teks.as_str(), r.teks.as_str())
                } else {
                    ("", "")
                };
                let jpt_target = if jpt && !kualitatif {
                    // JPT: TARGET and PERSPEKTIF share the last column pair as "target (perspektif)".
                    if perspektif.is_empty() {
                        target.clone()
                    } else {
                        format!("{target}\n{perspektif}")
                    }
                } else {
                    target.clone()
                };
                let narrative = {
                    let mut line = teks.trim().to_string();
                    for extra in [target.as_str(), if jpt { perspektif } else { "" }] {
                        if !extra.trim().is_empty() {
                            line = format!("{line}; {}", extra.trim());
                        }
                    }
                    line
                };
                let vals: Vec<(&str, usize, usize)> = match (jpt, kualitatif) {
                    (false, false) => vec![
                        (&no, 0, 0),
                        (atasan, 1, 1),
                        (rhk, 2, 2),
                        (aspek, 3, 3),
                        (teks, 4, 4),
                        (&target, 5, 5),
                    ],
                    (true, false) => {
                        vec![(&no, 0, 0), (rhk, 1, 2), (teks, 3, 4), (&jpt_target, 5, 5)]
                    }
                    (false, true) => {
                        vec![(&no, 0, 0), (atasan, 1, 1), (rhk, 2, 2), (&narrative, 3, 5)]
                    }
                    (true, true) => vec![(&no, 0, 0), (rhk, 1, 2), (&narrative, 3, 5)],
                };
                table_row(&mut s, &vals, Gaya::Isi);
            }
            let last = s.rows.len() - 1;
            if last > first {
                // NO, RHK atasan and RHK span the RHK's IKI rows.
                let spans: &[(usize, usize)] = if jpt {
                    &[(0, 0), (1, 2)]
                } else {
                    &[(0, 0), (1, 1), (2, 2)]
                };
                for (c1, c2) in spans {
                    s.merges
                        .retain(|m| !(m.0 >= first && m.0 <= last && m.1 == *c1));
                    s.merge(first, *c1, last, *c2);
                }
            }
        }
    }
    s.row(Vec::new());

    // PERILAKU KERJA.
    table_row(&mut s, &[("PERILAKU KERJA", 0, 5)], Gaya::Kepala);
    table_row(
        &mut s,
        &[
            ("NO", 0, 0),
            ("PERILAKU KERJA", 1, 3),
            ("EKSPEKTASI KHUSUS PIMPINAN**", 4, 5),
        ],
        Gaya::Kepala,
    );
    for (n, v) in BERAKHLAK.iter().enumerate() {
        let perilaku = format!("{}\n- {}", v.label, v.perilaku.join("\n- "));
        table_row(
            &mut s,
            &[
                (&(n + 1).to_string(), 0, 0),
                (&perilaku, 1, 3),
                (d.perilaku.ekspektasi(v.nilai), 4, 5),
            ],
            Gaya::Isi,
        );
    }
    if !jpt {
        s.wide(
            &format!("* {}", crate::core::cetak::CATATAN_ATASAN),
            Gaya::Polos,
        );
    }
    s.wide(
        &format!("** {}", crate::core::cetak::CATATAN_EKSPEKTASI),
        Gaya::Polos,
    );
    s.row(Vec::new());

    // Signatures.
    let t = &d.header.penandatanganan;
    let tempat = format!("{}, {}", t.tempat.trim(), tanggal_indonesia(&t.tanggal));
    let r = s.row(vec![
        None,
        None,
        None,
        c(tempat.trim_matches([',', ' ']), Gaya::Polos),
    ]);
    s.merge(r, 3, r, 5);
    let pair = |s: &mut Sheet, a: &str, b: &str, g: Gaya| {
        let r = s.row(vec![c(a, g), None, None, c(b, g)]);
        s.merge(r, 0, r, 2);
        s.merge(r, 3, r, 5);
    };
    pair(
        &mut s,
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        Gaya::Judul,
    );
    for _ in 0..3 {
        s.row(Vec::new());
    }
    pair(&mut s, &d.pegawai.nama, &d.penilai.nama, Gaya::Judul);
    pair(
        &mut s,
        &format!("NIP {}", d.pegawai.nip.trim()),
        &format!("NIP {}", d.penilai.nip.trim()),
        Gaya::Judul,
    );
    s.row(Vec::new());

    // LAMPIRAN.
    s.wide("LAMPIRAN SASARAN KINERJA PEGAWAI", Gaya::Judul);
    for kind in [
        LampiranKind::DukunganSumberDaya,
        LampiranKind::SkemaPertanggungjawaban,
        LampiranKind::Konsekuensi,
    ] {
        table_row(&mut s, &[(kind.label(), 0, 5)], Gaya::Grup);
        let items: Vec<&String> = d
            .lampiran
            .list(kind)
            .iter()
            .filter(|x| !x.trim().is_empty())
            .collect();
        if items.is_empty() {
            table_row(&mut s, &[("-", 0, 0), ("-", 1, 5)], Gaya::Isi);
        }
        for (n, item) in items.into_iter().enumerate() {
            table_row(
                &mut s,
                &[(&(n + 1).to_string(), 0, 0), (item, 1, 5)],
                Gaya::Isi,
            );
        }
    }
    s
}

/// A workbook holding one SKP.
pub fn workbook_skp(d: &Draft) -> Vec<u8> {
    super::workbook(&[skp_sheet(d, "SKP")])
}

/// A team's workbook: MPPH level 1, each level 2, then every member's SKP (the leader's
/// first), one sheet each.
pub fn workbook_tim(tim: &Tim, drafts: &[Draft]) -> Vec<u8> {
    let mut sheets = Vec::new();
    if let Some(p) = drafts.iter().find(|d| d.id == tim.pimpinan) {
        sheets.push(matrix_sheet("MPPH Level 1", mpph::rows_mpph1(tim, p)));
    }
    for m in &tim.mpph2 {
        let nama = tim.orang_by_id(&m.ketua).map_or("", |o| o.nama.trim());
        sheets.push(matrix_sheet(
            &format!("Level 2 {nama}"),
            mpph::rows_mpph2(tim, &m.ketua, drafts),
        ));
    }
    let mut ids: Vec<&str> = vec![tim.pimpinan.as_str()];
    ids.extend(tim.orang.iter().filter_map(|o| o.draf.as_deref()));
    let mut seen = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        if let Some(d) = drafts.iter().find(|d| d.id == id) {
            let name = if d.pegawai.nama.trim().is_empty() {
                d.nama_draf.clone()
            } else {
                format!("SKP {}", d.pegawai.nama.trim())
            };
            sheets.push(skp_sheet(d, &name));
        }
    }
    if sheets.is_empty() {
        sheets.push(Sheet::new("Tim", &[20.0]));
    }
    super::workbook(&sheets)
}

/// A matrix (title rows, header rows, one row per person) as a sheet.
fn matrix_sheet(name: &str, rows: Vec<Vec<String>>) -> Sheet {
    let width = rows.iter().map(Vec::len).max().unwrap_or(1);
    let mut cols = vec![5.0, 24.0, 21.0, 24.0];
    cols.extend(std::iter::repeat_n(30.0, width.saturating_sub(4)));
    cols.truncate(width.max(1));
    let mut s = Sheet::new(name, &cols);
    let mut header = false;
    for row in rows {
        if row.len() == 1 {
            s.wide(&row[0], Gaya::Judul);
            continue;
        }
        // The header row starts with "No"; the IKI row under it (level 1) has no number.
        let first = row.first().map_or("", String::as_str);
        header = first == "No" || (header && first.is_empty());
        let gaya = if header { Gaya::Kepala } else { Gaya::Isi };
        s.row(row.iter().map(|t| c(t, gaya)).collect());
    }
    s
}
