//! The save protocol over a [`KeyValue`] store: one key per draft and per team, a revision
//! counter in each, and a tab never overwriting what it did not read.
//!
//! - A save writes only items that changed since this tab last saved them.
//! - Before writing, the stored text is compared with what this tab last read or wrote.
//!   The same: write. Another tab saved since: the two versions are merged when they
//!   changed different fields ([`super::patch`]), otherwise the save is held back and a
//!   conflict reported. Not readable: the entry is set aside (quarantined), never written.
//! - An entry that cannot be read at start-up is quarantined the same way.
//! - Every failure leaves the data in memory; what failed is retried at the next save.
//!
//! Layout (version [`STORAGE_LAYOUT`]): `skp-drafter:layout` holds the layout version,
//! `skp-drafter:urutan` the order of the draft list, `skp-drafter:terbuka` the open draft,
//! `skp-drafter:draf:<id>` a draft as a [`crate::core::format::StoredDraft`],
//! `skp-drafter:tim:<id>` a team as `{ "layout", "rev", "tim" }`, and
//! `skp-drafter:sampah:<id>` a deleted draft or team kept for [`TRASH_DAYS`] days.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::item::{Item, PREFIX_DRAF, PREFIX_TIM};
use super::kv::{KeyValue, KvError};
use super::patch::diff;
use super::trash::Deleted;
use super::Workspace;
use crate::core::format::STORAGE_LAYOUT;
use crate::core::model::Draft;
use crate::core::mpph::Tim;

pub const KEY_LAYOUT: &str = "skp-drafter:layout";
pub const KEY_URUTAN: &str = "skp-drafter:urutan";
pub const KEY_TERBUKA: &str = "skp-drafter:terbuka";
pub const PREFIX_SAMPAH: &str = "skp-drafter:sampah:";
/// Deleted drafts and teams can be restored for this long, across reloads.
pub const TRASH_DAYS: f64 = 30.0;
const DAY_MS: f64 = 86_400_000.0;

/// Why a save did not happen. The data stays in memory in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Private mode, disabled by policy, or blocked: nothing can be saved this session.
    Unavailable,
    /// The quota is used up.
    Full,
    /// Another tab changed the same fields of this draft (or team); the id.
    Conflict(String),
    /// The browser refused for another reason.
    Other(String),
}

impl From<KvError> for SaveProblem {
    fn from(e: KvError) -> Self {
        match e {
            KvError::Unavailable => SaveProblem::Unavailable,
            KvError::Full => SaveProblem::Full,
            KvError::Other(s) => SaveProblem::Other(s),
        }
    }
}

/// A stored entry that could not be read: kept as it is, offered for raw export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub raw: String,
    pub error: String,
}

/// What a save did besides writing.
#[derive(Clone, Debug, Default)]
pub struct Saved {
    pub problems: Vec<SaveProblem>,
    /// Drafts and teams merged with another tab's save: the workspace must take these.
    pub merged_drafts: Vec<Arc<Draft>>,
    pub merged_teams: Vec<Arc<Tim>>,
    /// Entries found unreadable while saving (written by something else meanwhile).
    pub quarantined: Vec<Quarantined>,
}

/// What was found in storage at start-up.
#[derive(Default)]
pub struct Loaded {
    pub workspace: Workspace,
    pub quarantined: Vec<Quarantined>,
    pub terbuka: Option<String>,
    pub trash: Vec<Deleted>,
}

/// What another tab's write means for this tab.
#[derive(Debug)]
pub enum ExternalChange<T> {
    Ignore,
    Updated(Arc<T>),
    Removed(String),
    Conflict(String),
    Quarantined(Quarantined),
}

/// What this tab last read or wrote for one key.
struct Seen<T> {
    rev: u64,
    hash: u64,
    item: Arc<T>,
}

struct Slot<T> {
    seen: HashMap<String, Seen<T>>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot {
            seen: HashMap::new(),
        }
    }
}

fn hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// The protocol's memory of what this tab read and wrote, over a key-value store.
pub struct Store<K: KeyValue> {
    kv: K,
    pub available: bool,
    drafts: Slot<Draft>,
    teams: Slot<Tim>,
    quarantined: HashSet<String>,
}

impl<K: KeyValue> Store<K> {
    pub fn new(kv: K) -> Self {
        Store {
            kv,
            available: false,
            drafts: Slot::default(),
            teams: Slot::default(),
            quarantined: HashSet::new(),
        }
    }

    /// Reads every stored draft, team and trash entry. Entries that do not parse are set
    /// aside, untouched. Trash older than [`TRASH_DAYS`] is emptied.
    pub fn load(&mut self, now_ms: f64) -> Loaded {
        let mut loaded = Loaded::default();
        let keys = match self.kv.keys() {
            Ok(k) => k,
            Err(_) => {
                self.available = false;
                return loaded;
            }
        };
        self.available = self.kv.set(KEY_LAYOUT, &STORAGE_LAYOUT.to_string()).is_ok()
            || self.kv.get(KEY_LAYOUT).is_ok();
        let mut drafts = self.load_all::<Draft>(&keys, &mut loaded.quarantined);
        let mut teams = self.load_all::<Tim>(&keys, &mut loaded.quarantined);
        for q in &loaded.quarantined {
            self.quarantined.insert(q.key.clone());
        }
        let urutan: Vec<String> = self
            .kv
            .get(KEY_URUTAN)
            .ok()
            .flatten()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        crate::core::urut::urutkan_menurut(&mut drafts, |d| {
            (
                urutan.iter().position(|u| *u == d.id).unwrap_or(usize::MAX),
                d.nama_draf.clone(),
            )
        });
        crate::core::urut::urutkan_dengan(&mut teams, |a, b| a.nama_unit.cmp(&b.nama_unit));
        loaded.workspace = Workspace {
            drafts: drafts.into_iter().map(Arc::new).collect(),
            teams: teams.into_iter().map(Arc::new).collect(),
        };
        for d in &loaded.workspace.drafts {
            if let Some(s) = self.drafts.seen.get_mut(&d.id) {
                s.item = d.clone();
            }
        }
        for t in &loaded.workspace.teams {
            if let Some(s) = self.teams.seen.get_mut(&t.id) {
                s.item = t.clone();
            }
        }
        loaded.terbuka = self
            .kv
            .get(KEY_TERBUKA)
            .ok()
            .flatten()
            .map(|t| serde_json::from_str::<String>(&t).unwrap_or(t));
        for key in keys.iter().filter(|k| k.starts_with(PREFIX_SAMPAH)) {
            let Ok(Some(raw)) = self.kv.get(key) else {
                continue;
            };
            match serde_json::from_str::<Deleted>(&raw) {
                Ok(d) if now_ms - d.dihapus_ms > TRASH_DAYS * DAY_MS => {
                    let _ = self.kv.remove(key);
                }
                Ok(d) => loaded.trash.push(d),
                Err(_) => {} // not ours to judge: left as it is
            }
        }
        crate::core::urut::urutkan_dengan(&mut loaded.trash, |a, b| {
            b.dihapus_ms.total_cmp(&a.dihapus_ms)
        });
        loaded
    }

    fn load_all<T: Item>(&mut self, keys: &[String], quarantined: &mut Vec<Quarantined>) -> Vec<T> {
        let mut found = Vec::new();
        for key in keys {
            let Some(id) = key.strip_prefix(T::PREFIX) else {
                continue;
            };
            let raw = self.kv.get(key).ok().flatten().unwrap_or_default();
            match T::parse(&raw) {
                Ok((rev, item)) if item.id() == id => {
                    let item = Arc::new(item);
                    slot_of::<T>(&mut self.drafts, &mut self.teams).seen.insert(
                        id.to_string(),
                        Seen {
                            rev,
                            hash: hash(&raw),
                            item: item.clone(),
                        },
                    );
                    found.push((*item).clone());
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

    /// True when this id belongs to an entry that could not be read.
    pub fn is_quarantined_id(&self, id: &str) -> bool {
        self.quarantined.contains(&format!("{PREFIX_DRAF}{id}"))
            || self.quarantined.contains(&format!("{PREFIX_TIM}{id}"))
    }

    /// Writes what changed since the last save and removes what is gone.
    pub fn save(&mut self, ws: &Workspace) -> Saved {
        let mut out = Saved::default();
        if !self.available {
            out.problems.push(SaveProblem::Unavailable);
            return out;
        }
        let merged = save_all(
            &mut self.kv,
            &mut self.drafts,
            &ws.drafts,
            &mut self.quarantined,
            &mut out,
        );
        out.merged_drafts = merged;
        let merged = save_all(
            &mut self.kv,
            &mut self.teams,
            &ws.teams,
            &mut self.quarantined,
            &mut out,
        );
        out.merged_teams = merged;
        let urutan: Vec<&str> = ws.drafts.iter().map(|d| d.id.as_str()).collect();
        let text = serde_json::to_string(&urutan).unwrap_or_default();
        if self.kv.get(KEY_URUTAN).ok().flatten().as_deref() != Some(text.as_str()) {
            if let Err(e) = self.kv.set(KEY_URUTAN, &text) {
                out.problems.push(e.into());
            }
        }
        out.problems.dedup();
        out
    }

    /// Remembers which draft is open; false when the store refused (full or unavailable).
    pub fn save_terbuka(&mut self, id: Option<&str>) -> bool {
        if !self.available {
            return false;
        }
        match id {
            Some(id) => self
                .kv
                .set(KEY_TERBUKA, &serde_json::to_string(id).unwrap_or_default()),
            None => self.kv.remove(KEY_TERBUKA),
        }
        .is_ok()
    }

    /// Puts a deleted draft or team in the trash, so it can be restored after a reload.
    pub fn trash_put(&mut self, d: &Deleted) -> Result<(), SaveProblem> {
        if !self.available {
            return Err(SaveProblem::Unavailable);
        }
        let text = serde_json::to_string(d).map_err(|e| SaveProblem::Other(e.to_string()))?;
        self.kv
            .set(&format!("{PREFIX_SAMPAH}{}", d.id()), &text)
            .map_err(SaveProblem::from)
    }

    /// Takes an entry out of the trash (restored, or emptied by the user).
    pub fn trash_remove(&mut self, id: &str) {
        if self.available {
            let _ = self.kv.remove(&format!("{PREFIX_SAMPAH}{id}"));
        }
    }

    fn readable(&self, key: &str) -> Option<Option<String>> {
        (self.available && !self.quarantined.contains(key)).then(|| self.kv.get(key).ok().flatten())
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
        external(
            &mut self.drafts,
            &mut self.quarantined,
            key,
            id,
            raw,
            current,
        )
    }

    /// Another tab wrote a team's key.
    pub fn external_team(&mut self, key: &str, current: Option<&Arc<Tim>>) -> ExternalChange<Tim> {
        let (Some(id), Some(raw)) = (key.strip_prefix(PREFIX_TIM), self.readable(key)) else {
            return ExternalChange::Ignore;
        };
        external(
            &mut self.teams,
            &mut self.quarantined,
            key,
            id,
            raw,
            current,
        )
    }

    /// Takes the stored version of a draft as this tab's new base (conflict resolution).
    pub fn reload_draft(&mut self, id: &str) -> Option<Arc<Draft>> {
        let raw = self.readable(&format!("{PREFIX_DRAF}{id}"))??;
        reload_slot(&mut self.drafts, id, &raw)
    }

    /// The same for a team.
    pub fn reload_team(&mut self, id: &str) -> Option<Arc<Tim>> {
        let raw = self.readable(&format!("{PREFIX_TIM}{id}"))??;
        reload_slot(&mut self.teams, id, &raw)
    }
}

/// The slot of `T`'s kind (drafts or teams).
fn slot_of<'a, T: Item>(drafts: &'a mut Slot<Draft>, teams: &'a mut Slot<Tim>) -> &'a mut Slot<T> {
    use std::any::Any;
    let d: &mut dyn Any = drafts;
    if let Some(s) = d.downcast_mut::<Slot<T>>() {
        return s;
    }
    let t: &mut dyn Any = teams;
    match t.downcast_mut::<Slot<T>>() {
        Some(s) => s,
        None => unreachable!("Item is implemented for Draft and Tim only"),
    }
}

/// Writes the items of one kind that changed, and removes those that are gone.
fn save_all<T: Item, K: KeyValue>(
    kv: &mut K,
    slot: &mut Slot<T>,
    items: &[Arc<T>],
    quarantined: &mut HashSet<String>,
    out: &mut Saved,
) -> Vec<Arc<T>> {
    let mut merged = Vec::new();
    for item in items {
        let id = item.id();
        let seen = slot.seen.get(id);
        if seen.is_some_and(|s| Arc::ptr_eq(&s.item, item)) {
            continue;
        }
        let key = format!("{}{id}", T::PREFIX);
        if quarantined.contains(&key) {
            continue; // never overwrite an entry that could not be read
        }
        let stored = match kv.get(&key) {
            Ok(s) => s,
            Err(e) => {
                out.problems.push(e.into());
                continue;
            }
        };
        let (rev, to_write) = match (&stored, seen) {
            (None, s) => (s.map_or(0, |s| s.rev) + 1, item.clone()),
            (Some(raw), Some(s)) if hash(raw) == s.hash => (s.rev + 1, item.clone()),
            (Some(raw), s) => match T::parse(raw) {
                Err(error) => {
                    quarantined.insert(key.clone());
                    out.quarantined.push(Quarantined {
                        key,
                        raw: raw.clone(),
                        error,
                    });
                    continue;
                }
                Ok((their_rev, theirs)) => {
                    // Another tab saved since this tab last read it: merge when the two
                    // changed different fields.
                    let base = s.map(|s| s.item.to_value());
                    let mine = base.map(|b| diff(&b, &item.to_value()));
                    match mine.and_then(|p| p.apply(&theirs.to_value()).ok()) {
                        Some(v) => match T::from_value(v) {
                            Ok(m) => {
                                let m = Arc::new(m);
                                merged.push(m.clone());
                                (their_rev + 1, m)
                            }
                            Err(_) => {
                                out.problems.push(SaveProblem::Conflict(id.to_string()));
                                continue;
                            }
                        },
                        None => {
                            out.problems.push(SaveProblem::Conflict(id.to_string()));
                            continue;
                        }
                    }
                }
            },
        };
        let text = to_write.to_stored(rev);
        match kv.set(&key, &text) {
            Ok(()) => {
                slot.seen.insert(
                    id.to_string(),
                    Seen {
                        rev,
                        hash: hash(&text),
                        item: to_write,
                    },
                );
            }
            Err(e) => {
                out.problems.push(e.into());
                // A merge that could not be written is not taken: the tab keeps its own.
                merged.retain(|m| m.id() != id);
            }
        }
    }
    let live: HashSet<&str> = items.iter().map(|d| d.id()).collect();
    let gone: Vec<String> = slot
        .seen
        .keys()
        .filter(|id| !live.contains(id.as_str()))
        .cloned()
        .collect();
    for id in gone {
        let key = format!("{}{id}", T::PREFIX);
        let Some(s) = slot.seen.get(&id) else {
            continue;
        };
        // Removed only if it still holds what this tab last saw: never another tab's
        // newer save, never an entry that cannot be read.
        match kv.get(&key) {
            Ok(Some(raw)) if hash(&raw) != s.hash => {
                slot.seen.remove(&id);
            }
            Ok(_) => {
                if kv.remove(&key).is_ok() {
                    slot.seen.remove(&id);
                }
            }
            Err(e) => out.problems.push(e.into()),
        }
    }
    merged
}

/// Another tab wrote `key`: take its version when this tab's copy has no unsaved change.
fn external<T: Item>(
    slot: &mut Slot<T>,
    quarantined: &mut HashSet<String>,
    key: &str,
    id: &str,
    raw: Option<String>,
    current: Option<&Arc<T>>,
) -> ExternalChange<T> {
    let unchanged_here = match (current, slot.seen.get(id)) {
        (None, None) => true,
        (None, Some(_)) => true, // deleted here and saved: nothing of this tab's is lost
        (Some(d), Some(s)) => Arc::ptr_eq(&s.item, d),
        (Some(_), None) => false,
    };
    match raw {
        None if unchanged_here => {
            slot.seen.remove(id);
            ExternalChange::Removed(id.to_string())
        }
        None => ExternalChange::Conflict(id.to_string()),
        Some(r) => match T::parse(&r) {
            Ok((rev, item)) if item.id() == id && unchanged_here => {
                let item = Arc::new(item);
                slot.seen.insert(
                    id.to_string(),
                    Seen {
                        rev,
                        hash: hash(&r),
                        item: item.clone(),
                    },
                );
                ExternalChange::Updated(item)
            }
            // Unsaved work here: the next save merges or reports the conflict.
            Ok(_) => ExternalChange::Ignore,
            Err(error) => {
                quarantined.insert(key.to_string());
                ExternalChange::Quarantined(Quarantined {
                    key: key.to_string(),
                    raw: r,
                    error,
                })
            }
        },
    }
}

fn reload_slot<T: Item>(slot: &mut Slot<T>, id: &str, raw: &str) -> Option<Arc<T>> {
    let (rev, item) = T::parse(raw).ok()?;
    let item = Arc::new(item);
    slot.seen.insert(
        id.to_string(),
        Seen {
            rev,
            hash: hash(raw),
            item: item.clone(),
        },
    );
    Some(item)
}
