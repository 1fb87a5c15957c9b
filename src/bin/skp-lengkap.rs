//! The full module: the whole app, the team (MPPH) workspace, Tinjau kelas and the writing
//! guide included. The editor module (`src/main.rs`) fetches it the first time one of those
//! is opened and hands the page over to it (see `app::serah_terima`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    skp_drafter::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("skp-lengkap is part of the web app: build it with `trunk build --release`.");
    std::process::exit(2);
}
