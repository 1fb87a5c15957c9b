//! The QR worker: a small wasm module that draws a share link's QR code. The app starts it
//! only when the user asks for the code, so the encoder never weighs on the first load.
//! Protocol: the worker says "siap" once running; the app posts the link; the worker answers
//! with the SVG, or a string starting "galat:".

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let link = e.data().as_string().unwrap_or_default();
        let answer = match skp_drafter::core::qr::kode_qr(&link) {
            Ok(q) => q.svg,
            Err(msg) => format!("galat:{msg}"),
        };
        let _ = reply.post_message(&JsValue::from_str(&answer));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker, which the app terminates after one job.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("siap"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "qr-worker is the app's QR worker (wasm), started by the app when a QR code is asked for."
    );
    std::process::exit(2);
}
