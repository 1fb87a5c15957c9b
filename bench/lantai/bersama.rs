//! What both probes of the first-load floor run: the editor's start without its page.

use skp_drafter::core::model::Draft;

/// Opens the stored workspace (the file format, the workspace protocol), validates the open
/// draft, runs `periksa` on it, saves, and writes the counts into the page: no view layer.
#[cfg(target_arch = "wasm32")]
pub fn jalankan(periksa: fn(&Draft) -> usize) {
    use skp_drafter::app::browser::{local_storage::LocalKv, now_ms};
    use skp_drafter::core::workspace::session::Session;
    let mut s = Session::open(LocalKv::open(), now_ms());
    let mut out = String::new();
    if let Some(d) = s.terbuka.clone().and_then(|id| s.ws.get(&id).cloned()) {
        let salah = skp_drafter::core::validation::validate_draft(&d);
        out = format!("{} {} {}", d.rhk.len(), salah.len(), periksa(&d));
    }
    s.save();
    if let Some(b) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        b.set_inner_html(&out);
    }
}

/// The probes are web modules; natively they do nothing.
#[cfg(not(target_arch = "wasm32"))]
pub fn jalankan(_periksa: fn(&Draft) -> usize) {}
