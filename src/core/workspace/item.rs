//! What the workspace keeps one per storage key: drafts and teams, behind one trait so the
//! save protocol, keep-both copies and the trash are written once for both.

use serde::{Deserialize, Serialize};

use crate::core::format::{read_draft_object, FormatError, StoredDraft, STORAGE_LAYOUT};
use crate::core::model::Draft;
use crate::core::mpph::{read_tim_value, Tim};

pub const PREFIX_DRAF: &str = "skp-drafter:draf:";
pub const PREFIX_TIM: &str = "skp-drafter:tim:";

/// A draft or a team, as the workspace stores, copies and deletes it.
pub trait Item: Clone + PartialEq + Serialize + Sized + 'static {
    const PREFIX: &'static str;
    /// How the UI names this kind of thing ("draf", "tim").
    const NOUN: &'static str;
    fn id(&self) -> &str;
    /// The name the user gave it (nama draf, nama unit).
    fn name(&self) -> &str;
    fn to_stored(&self, rev: u64) -> String;
    /// The revision and the item, or why the text is not one. A newer layout and broken
    /// internal links are refused: such an entry is set aside, never overwritten.
    fn parse(text: &str) -> Result<(u64, Self), String>;
    /// The same content under a new id and name (keep both, duplicate).
    fn copy_as(&self, id: String, name: String) -> Self;
    /// The item as JSON, for patches.
    fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
    /// Back from JSON after a patch; refused when the result is not a valid item.
    fn from_value(v: serde_json::Value) -> Result<Self, String>;
}

impl Item for Draft {
    const PREFIX: &'static str = PREFIX_DRAF;
    const NOUN: &'static str = "draf";
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.nama_draf
    }
    fn to_stored(&self, rev: u64) -> String {
        StoredDraft::new(self, rev).to_json()
    }
    fn parse(text: &str) -> Result<(u64, Self), String> {
        StoredDraft::parse(text).map_err(|e| e.to_string())
    }
    fn copy_as(&self, id: String, name: String) -> Self {
        self.salinan(id, name)
    }
    fn from_value(v: serde_json::Value) -> Result<Self, String> {
        read_draft_object(v).map_err(|e| e.to_string())
    }
}

/// A stored team, with the same layout number and revision counter as a stored draft; the
/// team is read by the team file's own reader.
#[derive(Deserialize)]
struct StoredTim {
    rev: u64,
    tim: serde_json::Value,
}

impl Item for Tim {
    const PREFIX: &'static str = PREFIX_TIM;
    const NOUN: &'static str = "tim";
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.nama_unit
    }
    fn to_stored(&self, rev: u64) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            layout: u32,
            rev: u64,
            tim: &'a serde_json::Value,
        }
        let tim = self.to_value();
        serde_json::to_string(&Out {
            layout: STORAGE_LAYOUT,
            rev,
            tim: &tim,
        })
        .unwrap_or_default()
    }
    fn parse(text: &str) -> Result<(u64, Self), String> {
        #[derive(Deserialize)]
        struct Layout {
            layout: u32,
        }
        if let Ok(l) = serde_json::from_str::<Layout>(text) {
            if l.layout > STORAGE_LAYOUT {
                return Err(FormatError::NewerVersion {
                    found: l.layout as u64,
                    supported: STORAGE_LAYOUT as u64,
                }
                .to_string());
            }
        }
        let s: StoredTim =
            serde_json::from_str(text).map_err(|e| format!("data tim tidak sah: {e}"))?;
        let tim = read_tim_value(s.tim).map_err(|e| e.to_string())?;
        Ok((s.rev, tim))
    }
    fn from_value(v: serde_json::Value) -> Result<Self, String> {
        read_tim_value(v).map_err(|e| e.to_string())
    }
    fn copy_as(&self, id: String, name: String) -> Self {
        Tim {
            id,
            nama_unit: name,
            ..self.clone()
        }
    }
}
