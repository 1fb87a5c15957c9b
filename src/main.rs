//! The web app's entry point: set the panic hook and mount. Everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    skp_drafter::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("skp-drafter is the web app: build it with `trunk build --release`. The native tool is `skp`.");
    std::process::exit(2);
}
