//! The first-load floor, part two: part one (`inti.rs`) plus the wording checker run over
//! the open draft, as the editor does at start. `bench/lantai.sh` prints its size.

#[cfg(target_arch = "wasm32")]
fn main() {
    use skp_drafter::app::browser::{local_storage::LocalKv, now_ms};
    use skp_drafter::core::workspace::session::Session;
    let mut s = Session::open(LocalKv::open(), now_ms());
    let mut out = String::new();
    if let Some(d) = s.terbuka.clone().and_then(|id| s.ws.get(&id).cloned()) {
        let salah = skp_drafter::core::validation::validate_draft(&d);
        let temuan = skp_drafter::core::wording::check_draft(&d);
        out = format!("{} {} {}", d.rhk.len(), salah.len(), temuan.len());
    }
    s.save();
    if let Some(b) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        b.set_inner_html(&out);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
