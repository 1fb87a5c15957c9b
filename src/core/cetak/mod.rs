//! The official SKP as a printable HTML document, rendered from a draft: the same document
//! for the app's "Cetak" and for `skp render --format html`. Only the form: no findings,
//! placeholders, buttons or other screen marks; A4, rows never split, the header row
//! repeated on each page, the LAMPIRAN on a page of its own.

mod html;
pub mod mpph;
mod tanggal;

pub use html::esc;
pub use tanggal::tanggal_indonesia;

use std::fmt::Write as _;

use html::cell;

use crate::core::model::{
    Draft, Identitas, IdentitasField, JenisRhk, LampiranKind, Pendekatan, Rhk, BERAKHLAK,
};

/// The print stylesheet (A4; the orientation is the user's choice in the print dialog).
pub const STYLE: &str = include_str!("style.css");

/// Footnote * of the form (JA/JF: the atasan's RHK column).
pub const CATATAN_ATASAN: &str = "Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat pimpinan tinggi, maka dituliskan rencana hasil kerja beserta indikator kinerja individu.";
/// Footnote ** of the form (Ekspektasi Khusus Pimpinan).
pub const CATATAN_EKSPEKTASI: &str =
    "Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku kerja Pegawai.";

/// The whole document: `<!DOCTYPE html>` to `</html>`.
pub fn html(d: &Draft) -> String {
    let mut o = String::with_capacity(16 * 1024);
    let judul = if d.pegawai.nama.trim().is_empty() {
        d.nama_draf.clone()
    } else {
        format!("SKP {}", d.pegawai.nama.trim())
    };
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        html::esc(&judul)
    );
    kop(&mut o, d);
    identitas(&mut o, d);
    hasil_kerja(&mut o, d);
    perilaku(&mut o, d);
    tanda_tangan(&mut o, d);
    lampiran(&mut o, d);
    o.push_str("</body></html>\n");
    o
}

fn kop(o: &mut String, d: &Draft) {
    let pendekatan = match d.header.pendekatan {
        Pendekatan::Kuantitatif => "PENDEKATAN HASIL KERJA KUANTITATIF",
        Pendekatan::Kualitatif => "PENDEKATAN HASIL KERJA KUALITATIF",
    };
    let _ = writeln!(
        o,
        "<header class=\"judul\"><p class=\"utama\">SASARAN KINERJA PEGAWAI</p><p>{pendekatan}</p><p>{}</p></header>",
        d.header.jenis_jabatan.judul_form()
    );
    let p = &d.header.periode;
    let periode = if p.mulai.trim().is_empty() && p.selesai.trim().is_empty() {
        "-".to_string()
    } else {
        format!(
            "{} s.d. {}",
            tanggal_indonesia(&p.mulai),
            tanggal_indonesia(&p.selesai)
        )
    };
    let instansi = if d.header.jenis_jabatan.is_jpt() {
        "INSTANSI"
    } else {
        "UNIT KERJA"
    };
    let _ = writeln!(
        o,
        "<table class=\"kop\"><tr><td>{instansi}</td><td>: {}</td></tr><tr><td>PERIODE PENILAIAN</td><td>: {}</td></tr></table>",
        cell(&d.header.instansi),
        html::esc(periode.trim())
    );
}

/// "NI PPPK" for a PPPK number (code 21 in digits 13–14), "NIP" otherwise.
fn label_nip(nip: &str) -> &'static str {
    let digits: String = nip.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 18 && &digits[12..14] == "21" {
        "NI PPPK"
    } else {
        "NIP"
    }
}

fn identitas(o: &mut String, d: &Draft) {
    let jpt = d.header.jenis_jabatan.is_jpt();
    o.push_str("<table class=\"identitas\"><thead><tr><th class=\"no\">NO</th><th colspan=\"2\">PEGAWAI YANG DINILAI</th><th class=\"no\">NO</th><th colspan=\"2\">PEJABAT PENILAI KINERJA</th></tr></thead><tbody>\n");
    let label = |who: &Identitas, f: IdentitasField| match f {
        IdentitasField::Nip => label_nip(&who.nip).to_string(),
        f => f.label_for(jpt).to_string(),
    };
    for (n, f) in IdentitasField::ALL.into_iter().enumerate() {
        let _ = writeln!(
            o,
            "<tr><td class=\"no\">{}</td><td class=\"label\">{}</td><td>{}</td><td class=\"no\">{}</td><td class=\"label\">{}</td><td>{}</td></tr>",
            n + 1,
            label(&d.pegawai, f),
            cell(d.pegawai.get(f)),
            n + 1,
            label(&d.penilai, f),
            cell(d.penilai.get(f)),
        );
    }
    o.push_str("</tbody></table>\n");
}

fn hasil_kerja(o: &mut String, d: &Draft) {
    let jpt = d.header.jenis_jabatan.is_jpt();
    let kualitatif = d.header.pendekatan == Pendekatan::Kualitatif;
    let head: &[&str] = match (jpt, kualitatif) {
        (true, false) => &[
            "NO",
            "RENCANA HASIL KERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "PERSPEKTIF",
        ],
        (true, true) => &[
            "NO",
            "RENCANA HASIL KERJA",
            "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, TARGET, DAN PERSPEKTIF",
        ],
        (false, false) => &[
            "NO",
            "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI*",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        (false, true) => &[
            "NO",
            "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI*",
            "RENCANA HASIL KERJA",
            "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET",
        ],
    };
    let cols = head.len();
    let _ = write!(
        o,
        "<table class=\"hasil-kerja\"><thead><tr><th colspan=\"{cols}\">HASIL KERJA</th></tr><tr>"
    );
    for h in head {
        let _ = write!(o, "<th>{h}</th>");
    }
    o.push_str("</tr></thead>\n");
    for jenis in JenisRhk::ALL {
        let _ = writeln!(
            o,
            "<tbody><tr><td class=\"grup\" colspan=\"{cols}\">{}</td></tr></tbody>",
            jenis.label()
        );
        let list: Vec<&Rhk> = d.rhk_jenis(jenis).collect();
        if list.is_empty() {
            let _ = writeln!(
                o,
                "<tbody><tr><td class=\"no\">-</td><td colspan=\"{}\">-</td></tr></tbody>",
                cols - 1
            );
        }
        // One number per RHK, in the draft's order: an RHK whose IKI sit in several
        // perspektif stays one row group.
        for (n, r) in list.into_iter().enumerate() {
            rhk_rows(o, r, n + 1, jpt, kualitatif);
        }
    }
    o.push_str("</table>\n");
}

fn rhk_rows(o: &mut String, r: &Rhk, no: usize, jpt: bool, kualitatif: bool) {
    let rows = r.iki.len().max(1);
    o.push_str("<tbody class=\"rhk\">");
    for k in 0..rows {
        o.push_str("<tr>");
        if k == 0 {
            let _ = write!(o, "<td class=\"no\" rowspan=\"{rows}\">{no}</td>");
            if !jpt {
                let _ = write!(
                    o,
                    "<td rowspan=\"{rows}\">{}</td>",
                    cell(&r.rhk_atasan.teks)
                );
            }
            let _ = write!(o, "<td rowspan=\"{rows}\">{}</td>", cell(&r.teks));
        }
        let iki = r.iki.get(k);
        let teks = iki.map_or("", |i| i.teks.as_str());
        let target = iki.map(|i| i.target.display()).unwrap_or_default();
        let perspektif = iki.and_then(|i| i.perspektif).map_or("", |p| p.label());
        match (jpt, kualitatif) {
            (true, false) => {
                let _ = write!(
                    o,
                    "<td>{}</td><td>{}</td><td>{}</td>",
                    cell(teks),
                    cell(&target),
                    cell(perspektif)
                );
            }
            (false, false) => {
                let aspek = iki.and_then(|i| i.aspek).map_or("", |a| a.label());
                let _ = write!(
                    o,
                    "<td>{}</td><td>{}</td><td>{}</td>",
                    cell(aspek),
                    cell(teks),
                    cell(&target)
                );
            }
            (_, true) => {
                let mut line = teks.trim().to_string();
                for extra in [target.as_str(), if jpt { perspektif } else { "" }] {
                    if !extra.trim().is_empty() {
                        line = format!("{line}; {}", extra.trim());
                    }
                }
                let _ = write!(o, "<td>{}</td>", cell(&line));
            }
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody>\n");
}

fn perilaku(o: &mut String, d: &Draft) {
    o.push_str("<table class=\"perilaku\"><thead><tr><th colspan=\"3\">PERILAKU KERJA</th></tr><tr><th>NO</th><th>PERILAKU KERJA</th><th>EKSPEKTASI KHUSUS PIMPINAN**</th></tr></thead><tbody>\n");
    for (n, v) in BERAKHLAK.iter().enumerate() {
        let _ = write!(
            o,
            "<tr><td class=\"no\">{}</td><td><strong>{}</strong><ul>",
            n + 1,
            v.label
        );
        for p in v.perilaku {
            let _ = write!(o, "<li>{}</li>", html::esc(p));
        }
        let _ = writeln!(
            o,
            "</ul></td><td>{}</td></tr>",
            cell(d.perilaku.ekspektasi(v.nilai))
        );
    }
    o.push_str("</tbody></table>\n");
    if !d.header.jenis_jabatan.is_jpt() {
        let _ = writeln!(o, "<p class=\"catatan\">* {CATATAN_ATASAN}</p>");
    }
    let _ = writeln!(o, "<p class=\"catatan\">** {CATATAN_EKSPEKTASI}</p>");
}

fn tanda_tangan(o: &mut String, d: &Draft) {
    let t = &d.header.penandatanganan;
    let tempat = t.tempat.trim();
    let tanggal = tanggal_indonesia(&t.tanggal);
    let baris = match (tempat.is_empty(), tanggal.is_empty()) {
        (true, true) => "……………, ……………………".to_string(),
        (false, true) => format!("{}, ……………………", html::esc(tempat)),
        (true, false) => format!("……………, {}", html::esc(&tanggal)),
        (false, false) => format!("{}, {}", html::esc(tempat), html::esc(&tanggal)),
    };
    let _ = writeln!(o, "<p class=\"tempat\">{baris}</p>");
    let sisi = |who: &Identitas| {
        let nama = if who.nama.trim().is_empty() {
            "(……………………………)".to_string()
        } else {
            html::esc(who.nama.trim())
        };
        format!(
            "<div class=\"ruang\"></div><div class=\"nama\">{nama}</div><div>{} {}</div>",
            label_nip(&who.nip),
            html::esc(who.nip.trim())
        )
    };
    let _ = writeln!(
        o,
        "<table class=\"ttd\"><tr><td>Pegawai yang Dinilai</td><td>Pejabat Penilai Kinerja</td></tr><tr><td>{}</td><td>{}</td></tr></table>",
        sisi(&d.pegawai),
        sisi(&d.penilai)
    );
}

fn lampiran(o: &mut String, d: &Draft) {
    o.push_str("<section class=\"lampiran\"><h2>LAMPIRAN SASARAN KINERJA PEGAWAI</h2>\n");
    for kind in [
        LampiranKind::DukunganSumberDaya,
        LampiranKind::SkemaPertanggungjawaban,
        LampiranKind::Konsekuensi,
    ] {
        let _ = write!(o, "<h3>{}</h3>", crate::core::huruf::besar(kind.label()));
        let items: Vec<&String> = d
            .lampiran
            .list(kind)
            .iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if items.is_empty() {
            o.push_str("<p>-</p>\n");
            continue;
        }
        o.push_str("<ol>");
        for i in items {
            let _ = write!(o, "<li>{}</li>", cell(i));
        }
        o.push_str("</ol>\n");
    }
    o.push_str("</section>\n");
}
