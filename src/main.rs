//! The web app's entry point (the first load): set the panic hook and mount the editor.
//! The team workspace, Tinjau kelas and the guide come with `skp-lengkap` when first opened.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    skp_drafter::app::mount_editor();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("skp-drafter is the web app: build it with `trunk build --release`. The native tool is `skp`.");
    std::process::exit(2);
}
