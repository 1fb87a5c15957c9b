//! The QR worker: a small wasm module that draws a share link's QR code. The app starts it
//! only when the user asks for the code, so the encoder never weighs on the first load.
//! Protocol: the worker says "siap" once running; the app posts the link; the worker answers
//! with the SVG, or a string starting "galat:".

#[cfg(target_arch = "wasm32")]
fn main() {
    skp_drafter::app::browser::worker::layani(|link| {
        let answer = match skp_drafter::core::qr::kode_qr(&link) {
            Ok(q) => q.svg,
            Err(msg) => format!("galat:{msg}"),
        };
        wasm_bindgen::JsValue::from_str(&answer)
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "qr-worker is the app's QR worker (wasm), started by the app when a QR code is asked for."
    );
    std::process::exit(2);
}
