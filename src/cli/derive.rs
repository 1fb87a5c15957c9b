//! `skp derive TIM.tim.json -o FOLDER`: derives every person's SKP from the team's MPPH
//! with the app's own code, and writes each as `<nama>-<tahun>.skp.json`. The same input
//! always gives the same bytes: new drafts get ids from the team and the person.

use std::io::Write;

use super::validate::read_file_text;
use crate::core::format::write_draft_file;
use crate::core::mpph::{read_bundle, rencana_turunan, terapkan};

/// Runs `skp derive` with `args` (after the word "derive"); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut file = None;
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => dir = it.next().cloned(),
            f if file.is_none() && !f.starts_with('-') => file = Some(f.to_string()),
            other => {
                let _ = writeln!(
                    err,
                    "skp derive: argumen tidak dikenal: {other}\n\n{}",
                    super::USAGE
                );
                return 2;
            }
        }
    }
    let (Some(file), Some(dir)) = (file, dir) else {
        let _ = writeln!(
            err,
            "skp derive: sebutkan BERKAS.tim.json dan -o FOLDER.\n\n{}",
            super::USAGE
        );
        return 2;
    };
    let text = match read_file_text(&file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "{file}: {e}");
            return 2;
        }
    };
    let (mut tim, mut drafts) = match read_bundle(&text) {
        Ok(x) => x,
        Err(e) => {
            let _ = writeln!(err, "{file}: {e}");
            return 2;
        }
    };
    let plan = match rencana_turunan(&tim, &drafts) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "{file}: {e}");
            return 2;
        }
    };
    let mut n = 0u32;
    let base = tim.id.clone();
    let mut new_id = move || {
        n += 1;
        format!("{base}-turunan-{n}")
    };
    if let Err(e) = terapkan(&mut tim, &mut drafts, &plan, &mut new_id) {
        let _ = writeln!(err, "{file}: {e}");
        return 2;
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        let _ = writeln!(err, "{dir}: tidak dapat dibuat: {e}");
        return 2;
    }
    // Every person with a draft after derivation, in the team's order; names made unique.
    let mut used: Vec<String> = Vec::new();
    for o in &tim.orang {
        let Some(d) = o
            .draf
            .as_ref()
            .and_then(|id| drafts.iter().find(|d| &d.id == id))
        else {
            continue;
        };
        let mut name = d.nama_berkas();
        let mut k = 2;
        while used.contains(&name) {
            name = d
                .nama_berkas()
                .replace(".skp.json", &format!("-{k}.skp.json"));
            k += 1;
        }
        used.push(name.clone());
        let path = std::path::Path::new(&dir).join(&name);
        if let Err(e) = std::fs::write(&path, write_draft_file(d)) {
            let _ = writeln!(err, "{}: tidak dapat ditulis: {e}", path.display());
            return 2;
        }
        let _ = writeln!(out, "{}", path.display());
    }
    0
}
