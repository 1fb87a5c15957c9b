//! The browser's local storage, through gloo-storage, guarded so that no storage failure
//! can lose a draft or stop the app.
//!
//! Layout (version [`STORAGE_LAYOUT`]): `skp-drafter:layout` holds the layout version,
//! `skp-drafter:urutan` the order of the draft list, `skp-drafter:terbuka` the open draft,
//! each draft sits alone under `skp-drafter:draf:<id>` as a [`StoredDraft`], and each team
//! (MPPH) under `skp-drafter:tim:<id>` as `{ "layout", "rev", "tim" }`.
//! An entry that does not parse is never written or removed by the app.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use gloo_storage::{LocalStorage, Storage as _};
use serde::{Deserialize, Serialize};

use crate::core::format::{StoredDraft, STORAGE_LAYOUT};
use crate::core::model::Draft;
use crate::core::mpph::Tim;

pub const KEY_LAYOUT: &str = "skp-drafter:layout";
pub const KEY_URUTAN: &str = "skp-drafter:urutan";
pub const KEY_TERBUKA: &str = "skp-drafter:terbuka";
pub const PREFIX_DRAF: &str = "skp-drafter:draf:";
pub const PREFIX_TIM: &str = "skp-drafter:tim:";

/// Why a save did not happen. The data stays in memory in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Private mode, disabled by policy, or blocked: nothing can be saved this session.
    Unavailable,
    /// The quota is used up.
    Full,
    /// Another tab saved this draft (or team) since this tab last read it; the id.
    Conflict(String),
    /// The browser refused for another reason.
    Other(String),
}

/// A stored entry that could not be read: kept as it is, offered for raw export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub raw: String,
    pub error: String,
}

/// What was found in storage at start-up.
#[derive(Default)]
pub struct Loaded {
    pub drafts: Vec<Draft>,
    pub teams: Vec<Tim>,
    pub quarantined: Vec<Quarantined>,
    pub terbuka: Option<String>,
}

/// Something kept one per key: a draft or a team.
pub trait Item: Sized {
    const PREFIX: &'static str;
    fn id(&self) -> &str;
    fn to_stored(&self, rev: u64) -> String;
    /// The revision and the item, or why the text is not one.
    fn parse(text: &str) -> Result<(u64, Self), String>;
}

impl Item for Draft {
    const PREFIX: &'static str = PREFIX_DRAF;
    fn id(&self) -> &str {
        &self.id
    }
    fn to_stored(&self, rev: u64) -> String {
        StoredDraft::new(self, rev).to_json()
    }
    fn parse(text: &str) -> Result<(u64, Self), String> {
        StoredDraft::parse(text).map_err(|e| e.to_string())
    }
}

/// A stored team, with the same revision counter as a stored draft.
#[derive(Serialize, Deserialize)]
struct StoredTim {
    layout: u32,
    rev: u64,
    tim: Tim,
}

impl Item for Tim {
    const PREFIX: &'static str = PREFIX_TIM;
    fn id(&self) -> &str {
        &self.id
    }
    fn to_stored(&self, rev: u64) -> String {
        let stored = StoredTim {
            layout: STORAGE_LAYOUT,
            rev,
            tim: self.clone(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }
    fn parse(text: &str) -> Result<(u64, Self), String> {
        let s: StoredTim =
            serde_json::from_str(text).map_err(|e| format!("data tim tidak sah: {e}"))?;
        Ok((s.rev, s.tim))
    }
}

/// One kind of item: which revision this tab last read or wrote, and which version it last
/// saved (by pointer, so unchanged items are not written again).
struct Slot<T> {
    revs: HashMap<String, u64>,
    saved: HashMap<String, Arc<T>>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot {
            revs: HashMap::new(),
            saved: HashMap::new(),
        }
    }
}

/// The adapter's memory of what it read and wrote.
#[derive(Default)]
pub struct Store {
    pub available: bool,
    drafts: Slot<Draft>,
    teams: Slot<Tim>,
    quarantined: HashSet<String>,
}

/// Checks storage without letting gloo throw: `localStorage` itself can throw a
/// SecurityError, and a disabled store has no object at all.
pub fn is_available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    let probe = "skp-drafter:probe";
    let ok = storage.set_item(probe, "1").is_ok() || storage.length().is_ok();
    let _ = storage.remove_item(probe);
    ok
}

fn problem_of(err: gloo_storage::errors::StorageError) -> SaveProblem {
    let text = format!("{err:?}");
    if text.contains("QuotaExceeded") || text.contains("quota") {
        SaveProblem::Full
    } else {
        SaveProblem::Other(text)
    }
}

/// The browser's own refusal of a write: a DOMException named QuotaExceededError when full.
fn problem_of_js(err: &wasm_bindgen::JsValue) -> SaveProblem {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
        Some(name) if name == "QuotaExceededError" => SaveProblem::Full,
        Some(name) => SaveProblem::Other(name),
        None => SaveProblem::Other(format!("{err:?}")),
    }
}

/// Every stored item of one kind; unreadable entries go to `quarantined`.
fn load_all<T: Item>(slot: &mut Slot<T>, quarantined: &mut Vec<Quarantined>) -> Vec<T> {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    let mut found = Vec::new();
    for i in 0..len {
        let Ok(Some(key)) = storage.key(i) else {
            continue;
        };
        let Some(id) = key.strip_prefix(T::PREFIX) else {
            continue;
        };
        let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
        match T::parse(&raw) {
            Ok((rev, item)) if item.id() == id => {
                slot.revs.insert(id.to_string(), rev);
                found.push(item);
            }
            Ok((_, item)) => quarantined.push(Quarantined {
                key: key.clone(),
                raw,
                error: format!(
                    "id di dalam data (\"{}\") tidak sama dengan kuncinya",
                    item.id()
                ),
            }),
            Err(error) => quarantined.push(Quarantined {
                key: key.clone(),
                raw,
                error,
            }),
        }
    }
    found
}

/// Writes the items that changed and removes the ones that are gone.
fn save_all<T: Item>(
    slot: &mut Slot<T>,
    items: &[Arc<T>],
    quarantined: &HashSet<String>,
    problems: &mut Vec<SaveProblem>,
) {
    let storage = LocalStorage::raw();
    for item in items {
        let id = item.id();
        if slot.saved.get(id).is_some_and(|s| Arc::ptr_eq(s, item)) {
            continue;
        }
        let key = format!("{}{id}", T::PREFIX);
        if quarantined.contains(&key) {
            continue; // never overwrite an entry we could not read
        }
        let stored = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|t| StoredDraft::parse_rev(&t));
        let known = slot.revs.get(id).copied();
        if stored.is_some() && stored != known {
            problems.push(SaveProblem::Conflict(id.to_string()));
            continue;
        }
        let rev = known.unwrap_or(0) + 1;
        match storage.set_item(&key, &item.to_stored(rev)) {
            Ok(()) => {
                slot.revs.insert(id.to_string(), rev);
                slot.saved.insert(id.to_string(), item.clone());
            }
            Err(e) => problems.push(problem_of_js(&e)),
        }
    }
    let live: HashSet<&str> = items.iter().map(|d| d.id()).collect();
    let gone: Vec<String> = slot
        .saved
        .keys()
        .filter(|id| !live.contains(id.as_str()))
        .cloned()
        .collect();
    for id in gone {
        LocalStorage::delete(format!("{}{id}", T::PREFIX));
        slot.saved.remove(&id);
        slot.revs.remove(&id);
    }
}

/// Another tab wrote `key` of this kind: take its version when this tab's copy has no
/// unsaved change, else report a conflict.
fn external<T: Item>(
    slot: &mut Slot<T>,
    id: &str,
    raw: Option<String>,
    current: Option<&Arc<T>>,
) -> ExternalChange<T> {
    let unchanged_here = match current {
        None => true,
        Some(d) => slot.saved.get(id).is_some_and(|s| Arc::ptr_eq(s, d)),
    };
    match raw.map(|r| T::parse(&r)) {
        None if unchanged_here => {
            slot.saved.remove(id);
            slot.revs.remove(id);
            ExternalChange::Removed(id.to_string())
        }
        Some(Ok((rev, item))) if item.id() == id && unchanged_here => {
            let item = Arc::new(item);
            slot.revs.insert(id.to_string(), rev);
            slot.saved.insert(id.to_string(), item.clone());
            ExternalChange::Updated(item)
        }
        None | Some(Ok(_)) => ExternalChange::Conflict(id.to_string()),
        Some(Err(_)) => ExternalChange::Ignore,
    }
}

impl Store {
    /// Reads every stored draft and team. Entries that do not parse are set aside, untouched.
    pub fn load(&mut self) -> Loaded {
        let mut loaded = Loaded::default();
        self.available = is_available();
        if !self.available {
            return loaded;
        }
        let mut drafts = load_all(&mut self.drafts, &mut loaded.quarantined);
        loaded.teams = load_all(&mut self.teams, &mut loaded.quarantined);
        for q in &loaded.quarantined {
            self.quarantined.insert(q.key.clone());
        }
        let urutan: Vec<String> = LocalStorage::get(KEY_URUTAN).unwrap_or_default();
        drafts.sort_by_key(|d| {
            (
                urutan.iter().position(|u| *u == d.id).unwrap_or(usize::MAX),
                d.nama_draf.clone(),
            )
        });
        loaded.teams.sort_by(|a, b| a.nama_unit.cmp(&b.nama_unit));
        loaded.drafts = drafts;
        loaded.terbuka = LocalStorage::get::<String>(KEY_TERBUKA).ok();
        loaded
    }

    /// Marks what was just loaded as saved, so start-up writes nothing.
    pub fn mark_saved(&mut self, drafts: &[Arc<Draft>], teams: &[Arc<Tim>]) {
        for d in drafts {
            self.drafts.saved.insert(d.id.clone(), d.clone());
        }
        for t in teams {
            self.teams.saved.insert(t.id.clone(), t.clone());
        }
    }

    /// True when this draft id belongs to an entry that could not be read.
    pub fn is_quarantined_id(&self, id: &str) -> bool {
        self.quarantined.contains(&format!("{PREFIX_DRAF}{id}"))
            || self.quarantined.contains(&format!("{PREFIX_TIM}{id}"))
    }

    /// Writes what changed since the last save. Returns the problems met; what failed stays
    /// "unsaved" and is retried next time.
    pub fn save(&mut self, drafts: &[Arc<Draft>], teams: &[Arc<Tim>]) -> Vec<SaveProblem> {
        if !self.available {
            return vec![SaveProblem::Unavailable];
        }
        let mut problems = Vec::new();
        save_all(&mut self.drafts, drafts, &self.quarantined, &mut problems);
        save_all(&mut self.teams, teams, &self.quarantined, &mut problems);
        let urutan: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
        if let Err(e) = LocalStorage::set(KEY_URUTAN, &urutan) {
            problems.push(problem_of(e));
        }
        let _ = LocalStorage::set(KEY_LAYOUT, STORAGE_LAYOUT);
        problems.dedup();
        problems
    }

    pub fn save_terbuka(&self, id: Option<&str>) {
        if !self.available {
            return;
        }
        match id {
            Some(id) => {
                let _ = LocalStorage::set(KEY_TERBUKA, id);
            }
            None => LocalStorage::delete(KEY_TERBUKA),
        }
    }

    fn readable(&self, key: &str) -> Option<Option<String>> {
        (self.available && !self.quarantined.contains(key))
            .then(|| LocalStorage::raw().get_item(key).ok().flatten())
    }

    /// Another tab wrote a draft's key.
    pub fn external_draft(
        &mut self,
        key: &str,
        current: Option<&Arc<Draft>>,
    ) -> ExternalChange<Draft> {
        let (Some(id), Some(raw)) = (key.strip_prefix(PREFIX_DRAF), self.readable(key)) else {
            return ExternalChange::Ignore;
        };
        external(&mut self.drafts, id, raw, current)
    }

    /// Another tab wrote a team's key.
    pub fn external_team(&mut self, key: &str, current: Option<&Arc<Tim>>) -> ExternalChange<Tim> {
        let (Some(id), Some(raw)) = (key.strip_prefix(PREFIX_TIM), self.readable(key)) else {
            return ExternalChange::Ignore;
        };
        external(&mut self.teams, id, raw, current)
    }

    /// Resolves a draft conflict by taking the stored version as the new base.
    pub fn reload(&mut self, id: &str) -> Option<Arc<Draft>> {
        let raw = self.readable(&format!("{PREFIX_DRAF}{id}"))??;
        reload_slot(&mut self.drafts, id, &raw)
    }

    /// Resolves a team conflict the same way.
    pub fn reload_team(&mut self, id: &str) -> Option<Arc<Tim>> {
        let raw = self.readable(&format!("{PREFIX_TIM}{id}"))??;
        reload_slot(&mut self.teams, id, &raw)
    }
}

fn reload_slot<T: Item>(slot: &mut Slot<T>, id: &str, raw: &str) -> Option<Arc<T>> {
    let (rev, item) = T::parse(raw).ok()?;
    let item = Arc::new(item);
    slot.revs.insert(id.to_string(), rev);
    slot.saved.insert(id.to_string(), item.clone());
    Some(item)
}

/// What another tab's write means for this tab.
pub enum ExternalChange<T> {
    Ignore,
    Updated(Arc<T>),
    Removed(String),
    Conflict(String),
}
