//! The MPPH matrices as a printable document (A4 landscape), written from the same rows as
//! the CSV and the XLSX (`mpph::rows_mpph1`, `rows_mpph2`). A matrix wider than a page never
//! loses a column: it goes on in parts, each on its own page, with NO, NAMA / NIP and JABATAN
//! repeated so every row can still be read by name.

use std::fmt::Write as _;

use super::html::esc;
use crate::core::model::Draft;
use crate::core::mpph::{rows_mpph1, rows_mpph2, Tim};

/// RHK columns per printed part. At 9 pt on A4 landscape, four columns of about 50 mm beside
/// the name and jabatan keep a typical RHK and its IKI to a few lines.
pub const KOLOM_PER_BAGIAN: usize = 4;

/// The fixed columns at the start of every matrix row: No, Nama, NIP, Jabatan.
const TETAP: usize = 4;

const STYLE: &str = r#"@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 9pt; color: #000; margin: 0; }
.matriks-cetak + .matriks-cetak { break-before: page; page-break-before: always; }
h1 { font-size: 12pt; text-align: center; margin: 0; }
h2 { font-size: 10pt; text-align: center; margin: 2pt 0 0; font-weight: normal; }
.bagian { text-align: center; margin: 2pt 0 6pt; font-style: italic; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left;
  overflow-wrap: break-word; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.nomor { font-weight: bold; }
.iki { font-weight: normal; font-size: 8pt; margin-top: 2pt; }
.nip { font-size: 8pt; }
col.no { width: 8mm; } col.nama { width: 42mm; } col.jabatan { width: 36mm; }
td.no { text-align: center; }
@media screen { body { max-width: 297mm; margin: 12pt auto; padding: 0 12pt; } }
"#;

/// One matrix, as the team page shows it, as a whole document.
pub fn html(rows: &[Vec<String>]) -> String {
    dokumen(&[rows])
}

/// Level 1 and every level 2 of a team, each matrix from a new page (`skp render` of a team
/// file). A team whose leader draft is missing prints its level 2 only.
pub fn html_tim(tim: &Tim, drafts: &[Draft]) -> String {
    let mut all = Vec::new();
    if let Some(p) = drafts.iter().find(|d| d.id == tim.pimpinan) {
        all.push(rows_mpph1(tim, p));
    }
    for m in &tim.mpph2 {
        all.push(rows_mpph2(tim, &m.ketua, drafts));
    }
    let refs: Vec<&[Vec<String>]> = all.iter().map(Vec::as_slice).collect();
    dokumen(&refs)
}

fn dokumen(matrices: &[&[Vec<String>]]) -> String {
    let mut o = String::with_capacity(8 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>MATRIKS PEMBAGIAN PERAN DAN HASIL</title><style>{STYLE}</style></head><body>\n"
    );
    for rows in matrices {
        matriks(&mut o, rows);
    }
    o.push_str("</body></html>\n");
    o
}

/// Splits the rows (title lines, header, IKI row, people) and writes every part.
fn matriks(o: &mut String, rows: &[Vec<String>]) {
    let judul: Vec<&str> = rows
        .iter()
        .take_while(|r| r.len() == 1)
        .map(|r| r[0].as_str())
        .collect();
    let rest = &rows[judul.len()..];
    let Some((kepala, rest)) = rest.split_first() else {
        return;
    };
    // The IKI row has no number and says "IKI" where the jabatan goes.
    let (iki, orang) = match rest.split_first() {
        Some((r, tail)) if r.first().is_some_and(String::is_empty) => (Some(r), tail),
        _ => (None, rest),
    };
    let kolom = kepala.len().saturating_sub(TETAP);
    let bagian: Vec<(usize, usize)> = if kolom == 0 {
        vec![(TETAP, TETAP)]
    } else {
        (TETAP..kepala.len())
            .step_by(KOLOM_PER_BAGIAN)
            .map(|a| (a, (a + KOLOM_PER_BAGIAN).min(kepala.len())))
            .collect()
    };
    for (n, &(a, b)) in bagian.iter().enumerate() {
        o.push_str("<section class=\"matriks-cetak\">");
        if let Some((first, sub)) = judul.split_first() {
            let _ = write!(o, "<h1>{}</h1>", esc(first));
            for s in sub {
                let _ = write!(o, "<h2>{}</h2>", esc(s));
            }
        }
        if bagian.len() > 1 {
            let _ = write!(
                o,
                "<p class=\"bagian\">Bagian {} dari {} (kolom {}\u{2013}{} dari {kolom})</p>",
                n + 1,
                bagian.len(),
                a - TETAP + 1,
                b - TETAP
            );
        }
        o.push_str(
            "<table><colgroup><col class=\"no\"><col class=\"nama\"><col class=\"jabatan\">",
        );
        for _ in a..b {
            o.push_str("<col>");
        }
        o.push_str("</colgroup><thead><tr><th>NO</th><th>NAMA / NIP</th><th>JABATAN</th>");
        for c in a..b {
            let _ = write!(
                o,
                "<th><span class=\"nomor\">({})</span> {}",
                c - TETAP + 1,
                teks(kepala.get(c))
            );
            if let Some(i) = iki.and_then(|r| r.get(c)).filter(|t| !t.trim().is_empty()) {
                let _ = write!(o, "<div class=\"iki\">IKI: {}</div>", teks(Some(i)));
            }
            o.push_str("</th>");
        }
        o.push_str("</tr></thead><tbody>\n");
        for r in orang {
            let _ = write!(
                o,
                "<tr><td class=\"no\">{}</td><td>{}",
                teks(r.first()),
                teks(r.get(1))
            );
            if let Some(nip) = r.get(2).filter(|t| !t.trim().is_empty()) {
                let _ = write!(o, "<div class=\"nip\">NIP {}</div>", teks(Some(nip)));
            }
            let _ = write!(o, "</td><td>{}</td>", teks(r.get(3)));
            for c in a..b {
                let _ = write!(o, "<td>{}</td>", teks(r.get(c)));
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</tbody></table></section>\n");
    }
}

/// A cell's text: escaped, line breaks kept; an empty cell stays empty (no role there).
fn teks(s: Option<&String>) -> String {
    s.map_or(String::new(), |t| esc(t.trim()).replace('\n', "<br>"))
}
