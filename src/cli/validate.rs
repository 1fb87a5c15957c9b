//! `skp validate FILE...`: exit 0 when every file is a valid draft file, 2 otherwise,
//! naming on stderr each bad file and where it is wrong.

use std::io::Write;

use crate::core::format::read_draft_file;

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
            Ok(text) => match read_draft_file(&text) {
                Ok(draft) => {
                    let _ = writeln!(out, "{file}: sah ({} RHK)", draft.rhk.len());
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
    if bytes.len() > crate::core::format::MAX_FILE_BYTES {
        return Err(format!("berkas terlalu besar ({} byte)", bytes.len()));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "bukan teks UTF-8 (byte tidak sah di posisi {})",
            e.utf8_error().valid_up_to()
        )
    })
}
