//! Everything that talks to the browser itself, in one place: local storage as the
//! workspace's key-value store, files in and out, the clock and fresh ids. The rest of the
//! app reaches the browser only through here.

pub mod files;
pub mod local_storage;

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

/// This year, by the browser's clock.
pub fn tahun_ini() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// The month (1–12), by the browser's clock.
pub fn bulan_ini() -> u32 {
    js_sys::Date::new_0().get_month() + 1
}
