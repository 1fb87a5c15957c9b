//! How a draft sits in local storage: one key per draft, so a corrupt entry costs only
//! that draft and a save writes only what changed.

use serde::{Deserialize, Serialize};

use super::{read_draft_value, FormatError};
use crate::core::model::Draft;

/// The storage layout version; a later release migrates by reading this.
pub const STORAGE_LAYOUT: u32 = 1;

/// A stored draft: the draft file plus a revision counter. The revision lets a tab see that
/// another tab saved the same draft since it last read it, instead of overwriting it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredDraft {
    pub layout: u32,
    pub rev: u64,
    /// The draft in the file format (format marker and version included).
    pub file: serde_json::Value,
}

impl StoredDraft {
    pub fn new(draft: &Draft, rev: u64) -> Self {
        let file = serde_json::json!({
            "format": super::FORMAT_DRAF,
            "version": super::VERSION,
            "draft": super::draft_json(draft),
        });
        StoredDraft {
            layout: STORAGE_LAYOUT,
            rev,
            file,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses a stored entry: the revision and the draft, or why it cannot be read.
    pub fn parse(text: &str) -> Result<(u64, Draft), FormatError> {
        if let Some(cepat) = Cepat::baca(text) {
            return Ok(cepat);
        }
        let stored: StoredDraft = serde_json::from_str(text).map_err(|e| FormatError::Syntax {
            line: e.line(),
            column: e.column(),
            detail: super::error::terjemah(&e.to_string()),
        })?;
        if stored.layout > STORAGE_LAYOUT {
            return Err(FormatError::NewerVersion {
                found: stored.layout as u64,
                supported: STORAGE_LAYOUT as u64,
            });
        }
        Ok((stored.rev, read_draft_value(stored.file)?))
    }
}

/// A stored draft as this version writes it (or as an earlier one did, where the draft
/// object has not changed since), read in one pass: the common case, on every
/// start and every change another tab makes. The full reader goes through a JSON value
/// (migrations, kualitatif lines) and names what is wrong; this one only says yes or no,
/// and anything it does not take goes to the full reader.
#[derive(Deserialize)]
struct Cepat {
    layout: u32,
    rev: u64,
    file: BerkasCepat,
}

#[derive(Deserialize)]
struct BerkasCepat {
    format: String,
    version: u64,
    draft: Draft,
}

impl Cepat {
    fn baca(text: &str) -> Option<(u64, Draft)> {
        // Kualitatif lines are stored under their own key and need the full reader.
        if text.contains(super::kualitatif::UKURAN) {
            return None;
        }
        let c: Cepat = serde_json::from_str(text).ok()?;
        let berkas = c.file;
        (c.layout <= STORAGE_LAYOUT
            && berkas.format == super::FORMAT_DRAF
            && (super::migrate::SAMA_SEJAK..=super::VERSION).contains(&berkas.version)
            && super::read::check_ids(&berkas.draft, "iki").is_ok())
        .then_some((c.rev, berkas.draft))
    }
}
