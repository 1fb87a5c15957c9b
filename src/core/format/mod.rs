//! The draft file (`*.skp.json`) and the stored form of a draft: versioned JSON.
//!
//! ```json
//! { "format": "skp-drafter/draf", "version": 3, "draft": { ... } }
//! ```
//! A file is read whole and checked whole before anything uses it; a newer version is
//! refused, older versions are migrated (see [`migrate`]).

mod error;
pub(crate) mod jalur;
mod kualitatif;
mod migrate;
mod read;
mod stored;
pub mod tautan;

pub(crate) use error::terjemah;
pub use error::FormatError;
pub(crate) use read::{check_marker, parse_json};
pub use read::{
    draft_json, draft_json_ekspor, read_draft_file, read_draft_object, read_draft_value,
    write_draft_file,
};
pub use stored::{StoredDraft, STORAGE_LAYOUT};

/// The `format` marker of a draft file.
pub const FORMAT_DRAF: &str = "skp-drafter/draf";
/// The draft file version this build writes. Versions 1 and 2 are migrated on import.
pub const VERSION: u64 = 3;
/// The complete SKP JPT example shipped in `public/examples/`, built in so it opens offline.
pub const EXAMPLE_JPT: &str = include_str!("../../../public/examples/contoh-skp-jpt-2027.skp.json");
/// Larger files are refused before parsing: a real SKP is a few tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
