//! `skp kelas FILE|FOLDER... [--csv] [-o OUT]`: a class's drafts side by side, the same table
//! as the app's "Tinjau kelas". A folder stands for every `.json` file directly in it
//! except team files (`.tim.json`).

use std::io::Write;

use super::validate::read_file_text;
use crate::core::kelas::{aturan_kelas, baris, csv, sel, BarisKelas, KOLOM};

pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut as_csv = false;
    let mut output: Option<String> = None;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--csv" => as_csv = true,
            "-o" => match it.next() {
                Some(o) => output = Some(o.clone()),
                None => {
                    let _ = writeln!(err, "skp kelas: -o perlu nama berkas keluaran.");
                    return 2;
                }
            },
            _ => paths.push(a.clone()),
        }
    }
    let files = match expand(&paths) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            let _ = writeln!(
                err,
                "skp kelas: sebutkan berkas .skp.json atau folder yang berisi berkas itu."
            );
            return 2;
        }
        Err(e) => {
            let _ = writeln!(err, "skp kelas: {e}");
            return 2;
        }
    };
    let rows: Vec<BarisKelas> = files
        .iter()
        .map(|f| match read_file_text(f) {
            Ok(text) => baris(f, &text),
            Err(e) => BarisKelas {
                berkas: f.clone(),
                isi: Err(e),
            },
        })
        .collect();
    let text = if as_csv { csv(&rows) } else { teks(&rows) };
    let written = match &output {
        Some(o) => std::fs::write(o, text.as_bytes())
            .map_err(|e| format!("{o}: tidak dapat ditulis ({e})")),
        None => out.write_all(text.as_bytes()).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        let _ = writeln!(err, "skp kelas: {e}");
        return 2;
    }
    let bad = rows.iter().filter(|r| r.isi.is_err()).count();
    if bad > 0 {
        let _ = writeln!(
            err,
            "skp kelas: {bad} berkas tidak terbaca sebagai draf SKP."
        );
        return 2;
    }
    0
}

/// Files as given; a folder gives its `.json` files, sorted, so the order is stable.
fn expand(paths: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for p in paths {
        let path = std::path::Path::new(p);
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("{p}: folder tidak dapat dibaca ({e})"))?;
            let mut found: Vec<String> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                // A team file in the folder is not a participant's draft.
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "json"))
                .filter(|f| !f.to_string_lossy().ends_with(".tim.json"))
                .map(|f| f.to_string_lossy().into_owned())
                .collect();
            crate::core::urut::urutkan(&mut found);
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// The table for a terminal: one block per participant, then what the class got wrong most.
fn teks(rows: &[BarisKelas]) -> String {
    let mut s = String::new();
    for r in rows {
        let cells = sel(r);
        s.push_str(&format!("{}\n", cells[0]));
        for (k, v) in KOLOM.iter().zip(&cells).skip(1) {
            if !v.is_empty() {
                s.push_str(&format!("  {k}: {v}\n"));
            }
        }
    }
    let aturan = aturan_kelas(rows);
    if !aturan.is_empty() {
        s.push_str("\nAturan yang paling sering muncul di kelas ini:\n");
        for (id, title, n) in aturan.iter().take(8) {
            s.push_str(&format!("  {n:>3} × {id} — {title}\n"));
        }
    }
    s
}
