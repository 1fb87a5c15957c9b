//! The export worker: a second, small wasm module that writes XLSX workbooks. The app starts
//! it only when the user asks for Excel, so the workbook code never weighs on the first load.
//! Protocol: the worker says "siap" once running; the app then posts one job (the JSON of a
//! `Permintaan`); the worker answers with the file's bytes, or a string starting "galat:".

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsValue;
    skp_drafter::app::browser::worker::layani(|job| {
        match skp_drafter::core::xlsx::Permintaan::answer(&job) {
            Ok(bytes) => JsValue::from(js_sys::Uint8Array::from(bytes.as_slice())),
            Err(msg) => JsValue::from_str(&format!("galat:{msg}")),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("xlsx-worker is the app's export worker (wasm); the native tool is `skp render --format xlsx`.");
    std::process::exit(2);
}
