//! Everything that talks to the browser itself, in one place: local storage as the
//! workspace's key-value store, files in and out, the clock and fresh ids. The rest of the
//! app reaches the browser only through here.

pub mod files;
pub mod local_storage;
pub mod mode_kelas;
pub mod modul;
pub mod offline;
pub mod tautan;
pub mod worker;

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A fresh id: time plus randomness, unique enough for one person's drafts.
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 16f64.powi(8)) as u64;
    format!("{t:x}{r:08x}")
}

/// Scrolls the page to its top (a newly opened draft, team or guide starts there).
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// This year, by the browser's clock.
pub fn tahun_ini() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// The month (1–12), by the browser's clock.
pub fn bulan_ini() -> u32 {
    js_sys::Date::new_0().get_month() + 1
}

/// Copies text to the clipboard (asynchronously; a refusal is ignored: the value is on
/// screen to select by hand).
pub fn copy_text(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(navigator) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return;
    };
    if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&write) {
        let _ = f.call1(&clipboard, &text.into());
    }
}

/// The browser's local storage; `None` when the browser blocks it. Drafts go through
/// [`local_storage::LocalKv`]; small screen state (settings, ticks) uses it directly.
pub fn penyimpanan() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A small piece of screen state kept in local storage (not part of any draft): the list
/// of values already copied to e-Kinerja, per draft. Missing or unreadable: empty.
pub fn load_list(key: &str) -> Vec<String> {
    penyimpanan()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Saves such a list; a full or blocked storage only loses the ticks.
pub fn save_list(key: &str, list: &[String]) {
    if let Some(s) = penyimpanan() {
        if let Ok(t) = serde_json::to_string(list) {
            let _ = s.set_item(key, &t);
        }
    }
}
