//! `skp validate FILE...`: exit 0 when every file is a valid draft or team file, 2
//! otherwise, naming on stderr each bad file and where it is wrong.

use std::io::Write;

use crate::core::workspace::import::{read_incoming, Incoming};

pub fn run(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if files.is_empty() {
        let _ = writeln!(err, "skp validate: sebutkan satu berkas atau lebih.");
        return 2;
    }
    let mut code = 0;
    for file in files {
        match read_file_text(file) {
            Err(msg) => {
                let _ = writeln!(err, "{file}: {msg}");
                code = 2;
            }
            // The same reader as the app's import: a draft file, or a team file by its marker.
            Ok(text) => match read_incoming(&text) {
                Ok(Incoming::Draft(draft)) => {
                    let _ = writeln!(out, "{file}: sah ({} RHK)", draft.rhk.len());
                }
                Ok(Incoming::Tim(tim, drafts)) => {
                    let _ = writeln!(
                        out,
                        "{file}: sah (tim \u{201c}{}\u{201d}, {} orang, {} draf)",
                        tim.nama_unit,
                        tim.orang.len(),
                        drafts.len()
                    );
                }
                Err(e) => {
                    let _ = writeln!(err, "{file}: {e}");
                    code = 2;
                }
            },
        }
    }
    code
}

/// Reads a file as UTF-8 text, with an Indonesian reason when it cannot.
pub fn read_file_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("tidak dapat dibaca ({e})"))?;
    // The larger limit, a team file's; each reader then applies its own.
    if bytes.len() > crate::core::mpph::MAX_BUNDLE_BYTES {
        return Err(format!("berkas terlalu besar ({} byte)", bytes.len()));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "bukan teks UTF-8 (byte tidak sah di posisi {})",
            e.utf8_error().valid_up_to()
        )
    })
}
