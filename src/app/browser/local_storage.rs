//! The browser's local storage as the workspace's [`KeyValue`] store. Every call is
//! guarded: `localStorage` itself can throw (a SecurityError when site data is blocked),
//! and a disabled store has no object at all.

use wasm_bindgen::JsCast;

use crate::core::workspace::kv::{KeyValue, KvError};

/// Local storage, or its absence.
pub struct LocalKv(Option<web_sys::Storage>);

impl LocalKv {
    pub fn open() -> Self {
        LocalKv(super::penyimpanan())
    }

    fn storage(&self) -> Result<&web_sys::Storage, KvError> {
        self.0.as_ref().ok_or(KvError::Unavailable)
    }
}

/// The browser's own refusal: a DOMException named QuotaExceededError when full.
fn problem(err: wasm_bindgen::JsValue) -> KvError {
    match err.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
        Some(name) if name == "QuotaExceededError" => KvError::Full,
        Some(name) if name == "SecurityError" => KvError::Unavailable,
        Some(name) => KvError::Other(name),
        None => KvError::Other(format!("{err:?}")),
    }
}

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage()?.get_item(key).map_err(problem)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage()?.set_item(key, value).map_err(problem)
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.storage()?.remove_item(key).map_err(problem)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let s = self.storage()?;
        let len = s.length().map_err(problem)?;
        Ok((0..len).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}
