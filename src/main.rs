//! The web app's entry point (the first load): set the panic hook and mount the editor.
//! The team workspace, Tinjau kelas and the guide come with `skp-lengkap` when first opened.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // Two performance marks around the app's own start (reading the workspace, checking the
    // draft, building the page): the load benchmark reports the time between them.
    let tanda = |nama: &str| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(nama);
        }
    };
    tanda("app:mulai");
    skp_drafter::app::mount_editor();
    tanda("app:siap");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("skp-drafter is the web app: build it with `trunk build --release`. The native tool is `skp`.");
    std::process::exit(2);
}
