//! What the app asks its export worker for. The workbook code lives in a separate wasm
//! module (`src/bin/xlsx-worker.rs`) that the browser fetches only when the user exports, so
//! the app sends the data it holds, as JSON, and gets the file's bytes back.

use serde::{Deserialize, Serialize};

use crate::core::model::Draft;
use crate::core::mpph::Tim;

/// One export job: a single SKP, or a team with the drafts it needs.
// One job is built per export and sent at once: the variants' sizes do not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Permintaan {
    Skp(Draft),
    Tim { tim: Tim, drafts: Vec<Draft> },
}

impl Permintaan {
    /// The workbook asked for (the same bytes `skp render --format xlsx` writes).
    pub fn workbook(&self) -> Vec<u8> {
        match self {
            Permintaan::Skp(d) => super::workbook_skp(d),
            Permintaan::Tim { tim, drafts } => super::workbook_tim(tim, drafts),
        }
    }

    /// Answers a job sent as JSON; a job that cannot be read is said in Indonesian.
    pub fn answer(json: &str) -> Result<Vec<u8>, String> {
        serde_json::from_str::<Permintaan>(json)
            .map(|p| p.workbook())
            .map_err(|e| format!("Permintaan ekspor tidak terbaca: {e}"))
    }
}
