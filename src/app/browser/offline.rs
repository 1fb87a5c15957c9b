//! The page's service worker and storage persistence, as the inline script in index.html
//! reports them (window properties and events): the app only shows what they say.

use wasm_bindgen::JsCast;

fn window_get(name: &str) -> Option<wasm_bindgen::JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// A new version of the app is installed and waiting for the user's "muat ulang".
pub fn versi_baru_menunggu() -> bool {
    window_get("skpVersiBaru").is_some_and(|v| !v.is_null())
}

/// `Some(false)` when the browser refused to keep the drafts safe from eviction.
pub fn penyimpanan_dijamin() -> Option<bool> {
    window_get("skpPersist").and_then(|v| v.as_bool())
}

/// Switches to the waiting version: the page reloads once it has taken over.
pub fn pasang_versi_baru() {
    if let Some(f) = window_get("skpPasangVersiBaru") {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}
