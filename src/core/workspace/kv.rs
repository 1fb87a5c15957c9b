//! The small key-value store the workspace protocol runs on: the browser's local storage in
//! the app, [`MemoryKv`] in tests (several "tabs" can share one).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why the store refused a write. The data stays in memory in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KvError {
    /// Private mode, disabled by policy, or blocked: nothing can be saved this session.
    Unavailable,
    /// The quota is used up.
    Full,
    /// The browser refused for another reason (its own words).
    Other(String),
}

/// A string-to-string store with the failures local storage really has.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&mut self, key: &str) -> Result<(), KvError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// One write that reached the store: what the key held before and after (tests check the
/// protocol against this log).
#[derive(Clone, Debug)]
pub struct Write {
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Default, Debug)]
struct Shared {
    map: BTreeMap<String, String>,
    /// Total bytes (keys and values) the store may hold; `None` for no limit.
    quota: Option<usize>,
    unavailable: bool,
    log: Vec<Write>,
}

/// An in-memory store. Clones share the same contents, like tabs of one browser profile.
#[derive(Clone, Default, Debug)]
pub struct MemoryKv(Rc<RefCell<Shared>>);

impl MemoryKv {
    pub fn new() -> Self {
        Self::default()
    }
    /// Limits the total size; `None` lifts the limit.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.0.borrow_mut().quota = bytes;
    }
    pub fn set_unavailable(&self, unavailable: bool) {
        self.0.borrow_mut().unavailable = unavailable;
    }
    /// Writes behind the protocol's back (another program, a corrupted entry).
    pub fn poke(&self, key: &str, value: &str) {
        self.0
            .borrow_mut()
            .map
            .insert(key.to_string(), value.to_string());
    }
    pub fn peek(&self, key: &str) -> Option<String> {
        self.0.borrow().map.get(key).cloned()
    }
    pub fn log(&self) -> Vec<Write> {
        self.0.borrow().log.clone()
    }
    pub fn size(&self) -> usize {
        let s = self.0.borrow();
        s.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        let s = self.0.borrow();
        if s.unavailable {
            return Err(KvError::Unavailable);
        }
        Ok(s.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        let mut s = self.0.borrow_mut();
        if s.unavailable {
            return Err(KvError::Unavailable);
        }
        if let Some(quota) = s.quota {
            let used: usize = s
                .map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if used + key.len() + value.len() > quota {
                return Err(KvError::Full);
            }
        }
        let before = s.map.insert(key.to_string(), value.to_string());
        s.log.push(Write {
            key: key.to_string(),
            before,
            after: Some(value.to_string()),
        });
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        let mut s = self.0.borrow_mut();
        if s.unavailable {
            return Err(KvError::Unavailable);
        }
        let before = s.map.remove(key);
        if before.is_some() {
            s.log.push(Write {
                key: key.to_string(),
                before,
                after: None,
            });
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let s = self.0.borrow();
        if s.unavailable {
            return Err(KvError::Unavailable);
        }
        Ok(s.map.keys().cloned().collect())
    }
}
