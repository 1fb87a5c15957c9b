//! The browser's local storage, through gloo-storage, guarded so that no storage failure
//! can lose a draft or stop the app.
//!
//! Layout (version [`STORAGE_LAYOUT`]): `skp-drafter:layout` holds the layout version,
//! `skp-drafter:urutan` the order of the draft list, `skp-drafter:terbuka` the open draft,
//! and each draft sits alone under `skp-drafter:draf:<id>` as a [`StoredDraft`].
//! An entry that does not parse is never written or removed by the app.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use gloo_storage::{LocalStorage, Storage as _};

use crate::core::format::{StoredDraft, STORAGE_LAYOUT};
use crate::core::model::Draft;

pub const KEY_LAYOUT: &str = "skp-drafter:layout";
pub const KEY_URUTAN: &str = "skp-drafter:urutan";
pub const KEY_TERBUKA: &str = "skp-drafter:terbuka";
pub const PREFIX_DRAF: &str = "skp-drafter:draf:";

/// Why a save did not happen. The draft stays in memory in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Private mode, disabled by policy, or blocked: nothing can be saved this session.
    Unavailable,
    /// The quota is used up.
    Full,
    /// Another tab saved this draft since this tab last read it.
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
    pub quarantined: Vec<Quarantined>,
    pub terbuka: Option<String>,
}

/// The adapter's memory: which revision of each draft this tab last read or wrote, and
/// which version it last saved (by pointer, so unchanged drafts are not written again).
#[derive(Default)]
pub struct Store {
    pub available: bool,
    revs: HashMap<String, u64>,
    saved: HashMap<String, Arc<Draft>>,
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

fn key_of(id: &str) -> String {
    format!("{PREFIX_DRAF}{id}")
}

fn problem_of(err: gloo_storage::errors::StorageError) -> SaveProblem {
    let text = format!("{err:?}");
    if text.contains("QuotaExceeded") || text.contains("quota") {
        SaveProblem::Full
    } else {
        SaveProblem::Other(text)
    }
}

impl Store {
    /// Reads every stored draft. Entries that do not parse are set aside, untouched.
    pub fn load(&mut self) -> Loaded {
        let mut loaded = Loaded::default();
        self.available = is_available();
        if !self.available {
            return loaded;
        }
        let storage = LocalStorage::raw();
        let len = storage.length().unwrap_or(0);
        let mut found: Vec<(String, Draft)> = Vec::new();
        for i in 0..len {
            let Ok(Some(key)) = storage.key(i) else {
                continue;
            };
            let Some(id) = key.strip_prefix(PREFIX_DRAF) else {
                continue;
            };
            let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
            match StoredDraft::parse(&raw) {
                Ok((rev, draft)) if draft.id == id => {
                    self.revs.insert(draft.id.clone(), rev);
                    found.push((draft.id.clone(), draft));
                }
                Ok((_, draft)) => loaded.quarantined.push(Quarantined {
                    key: key.clone(),
                    raw,
                    error: format!(
                        "id di dalam data (\"{}\") tidak sama dengan kuncinya",
                        draft.id
                    ),
                }),
                Err(e) => loaded.quarantined.push(Quarantined {
                    key: key.clone(),
                    raw,
                    error: e.to_string(),
                }),
            }
        }
        for q in &loaded.quarantined {
            self.quarantined.insert(q.key.clone());
        }
        let urutan: Vec<String> = LocalStorage::get(KEY_URUTAN).unwrap_or_default();
        found.sort_by_key(|(id, d)| {
            (
                urutan.iter().position(|u| u == id).unwrap_or(usize::MAX),
                d.nama_draf.clone(),
            )
        });
        loaded.drafts = found.into_iter().map(|(_, d)| d).collect();
        loaded.terbuka = LocalStorage::get::<String>(KEY_TERBUKA).ok();
        loaded
    }

    /// Marks drafts as already saved (just loaded), so start-up writes nothing.
    pub fn mark_saved(&mut self, drafts: &[Arc<Draft>]) {
        for d in drafts {
            self.saved.insert(d.id.clone(), d.clone());
        }
    }

    /// True when this id belongs to an entry that could not be read.
    pub fn is_quarantined_id(&self, id: &str) -> bool {
        self.quarantined.contains(&key_of(id))
    }

    /// Writes what changed since the last save: changed drafts, removed drafts, the order.
    /// Returns the problems met; drafts that failed stay "unsaved" and are retried next time.
    pub fn save(&mut self, drafts: &[Arc<Draft>]) -> Vec<SaveProblem> {
        if !self.available {
            return vec![SaveProblem::Unavailable];
        }
        let mut problems = Vec::new();
        let storage = LocalStorage::raw();
        for d in drafts {
            if self.saved.get(&d.id).is_some_and(|s| Arc::ptr_eq(s, d)) {
                continue;
            }
            let key = key_of(&d.id);
            if self.quarantined.contains(&key) {
                continue; // never overwrite an entry we could not read
            }
            let stored_rev = storage
                .get_item(&key)
                .ok()
                .flatten()
                .and_then(|t| StoredDraft::parse_rev(&t));
            let known = self.revs.get(&d.id).copied();
            if stored_rev.is_some() && stored_rev != known {
                problems.push(SaveProblem::Conflict(d.id.clone()));
                continue;
            }
            let rev = known.unwrap_or(0) + 1;
            match LocalStorage::set(&key, StoredDraft::new(d, rev)) {
                Ok(()) => {
                    self.revs.insert(d.id.clone(), rev);
                    self.saved.insert(d.id.clone(), d.clone());
                }
                Err(e) => problems.push(problem_of(e)),
            }
        }
        let live: HashSet<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
        let gone: Vec<String> = self
            .saved
            .keys()
            .filter(|id| !live.contains(id.as_str()))
            .cloned()
            .collect();
        for id in gone {
            LocalStorage::delete(key_of(&id));
            self.saved.remove(&id);
            self.revs.remove(&id);
        }
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

    /// Another tab wrote `key`. Returns the new draft when this tab may take it as it is
    /// (its own copy has no unsaved change), or `Err(id)` when both changed it.
    pub fn external_change(&mut self, key: &str, current: Option<&Arc<Draft>>) -> ExternalChange {
        let Some(id) = key.strip_prefix(PREFIX_DRAF) else {
            return ExternalChange::Ignore;
        };
        if !self.available || self.quarantined.contains(key) {
            return ExternalChange::Ignore;
        }
        let raw = LocalStorage::raw().get_item(key).ok().flatten();
        let unchanged_here = match current {
            None => true,
            Some(d) => self.saved.get(id).is_some_and(|s| Arc::ptr_eq(s, d)),
        };
        match raw.map(|r| StoredDraft::parse(&r)) {
            None => {
                if unchanged_here {
                    self.saved.remove(id);
                    self.revs.remove(id);
                    ExternalChange::Removed(id.to_string())
                } else {
                    ExternalChange::Conflict(id.to_string())
                }
            }
            Some(Ok((rev, draft))) if draft.id == id => {
                if unchanged_here {
                    let draft = Arc::new(draft);
                    self.revs.insert(id.to_string(), rev);
                    self.saved.insert(id.to_string(), draft.clone());
                    ExternalChange::Updated(draft)
                } else {
                    ExternalChange::Conflict(id.to_string())
                }
            }
            Some(_) => ExternalChange::Ignore,
        }
    }

    /// Resolves a conflict by taking the stored version as the new base.
    pub fn reload(&mut self, id: &str) -> Option<Arc<Draft>> {
        if !self.available {
            return None;
        }
        let raw = LocalStorage::raw().get_item(&key_of(id)).ok().flatten()?;
        let (rev, draft) = StoredDraft::parse(&raw).ok()?;
        let draft = Arc::new(draft);
        self.revs.insert(id.to_string(), rev);
        self.saved.insert(id.to_string(), draft.clone());
        Some(draft)
    }
}

/// What another tab's write means for this tab.
pub enum ExternalChange {
    Ignore,
    Updated(Arc<Draft>),
    Removed(String),
    Conflict(String),
}
