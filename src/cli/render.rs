//! `skp render BERKAS --format html|xlsx [-o KELUARAN]`: the printable SKP (the same
//! document the app's "Cetak" prints), or the XLSX workbook of a draft or of a team file.

use std::io::Write;

use crate::core::cetak;
use crate::core::format::read_draft_file;

/// Runs `skp render` with `args` (after the word "render"); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut file = None;
    let mut format = "html".to_string();
    let mut output = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next() {
                Some(f) => format = f.clone(),
                None => return usage(err, "--format perlu nilai (html)."),
            },
            "-o" | "--output" => match it.next() {
                Some(o) => output = Some(o.clone()),
                None => return usage(err, "-o perlu nama berkas keluaran."),
            },
            f if file.is_none() && !f.starts_with('-') => file = Some(f.to_string()),
            other => return usage(err, &format!("argumen tidak dikenal: {other}")),
        }
    }
    if format != "html" && format != "xlsx" {
        return usage(
            err,
            &format!("format \"{format}\" tidak dikenal; gunakan html atau xlsx."),
        );
    }
    if format == "xlsx" && output.is_none() {
        return usage(err, "xlsx perlu -o BERKAS.xlsx.");
    }
    let Some(file) = file else {
        return usage(err, "sebutkan satu berkas .skp.json.");
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "{file}: tidak dapat dibaca: {e}");
            return 2;
        }
    };
    // A team file gives the team's workbook (MPPH and every member's SKP), or in HTML its
    // matrices (level 1, then each level 2).
    if let Ok((tim, drafts)) = crate::core::mpph::read_bundle(&text) {
        if format == "xlsx" {
            return write_file(
                output.as_deref().unwrap_or_default(),
                &crate::core::xlsx::workbook_tim(&tim, &drafts),
                err,
            );
        }
        let doc = cetak::mpph::html_tim(&tim, &drafts);
        return match output {
            Some(path) => write_file(&path, doc.as_bytes(), err),
            None => {
                let _ = out.write_all(doc.as_bytes());
                0
            }
        };
    }
    let draft = match read_draft_file(&text) {
        Ok(d) => d,
        Err(e) => {
            let _ = writeln!(err, "{file}: {e}");
            return 2;
        }
    };
    if format == "xlsx" {
        return write_file(
            output.as_deref().unwrap_or_default(),
            &crate::core::xlsx::workbook_skp(&draft),
            err,
        );
    }
    let doc = cetak::html(&draft);
    match output {
        Some(path) => match std::fs::write(&path, doc) {
            Ok(()) => 0,
            Err(e) => {
                let _ = writeln!(err, "{path}: tidak dapat ditulis: {e}");
                2
            }
        },
        None => match out.write_all(doc.as_bytes()) {
            Ok(()) => 0,
            Err(_) => 2,
        },
    }
}

fn write_file(path: &str, bytes: &[u8], err: &mut dyn Write) -> i32 {
    match std::fs::write(path, bytes) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "{path}: tidak dapat ditulis: {e}");
            2
        }
    }
}

fn usage(err: &mut dyn Write, why: &str) -> i32 {
    let _ = writeln!(err, "skp render: {why}\n\n{}", super::USAGE);
    2
}
