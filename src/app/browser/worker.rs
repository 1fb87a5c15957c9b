//! The on-demand workers: code the first load does not need lives in separate wasm modules,
//! fetched the first time it is used: the XLSX writer (`src/bin/xlsx-worker.rs`) and the QR
//! encoder (`src/bin/qr-worker.rs`). Each job runs in a fresh worker that is then closed.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::core::xlsx::Permintaan;

/// The workers' loaders, next to index.html (relative, so a copy in a sub-folder works).
const LOADER_XLSX: &str = "./xlsx-worker_loader.js";
const LOADER_QR: &str = "./qr-worker_loader.js";

/// Runs one export job in a fresh worker and returns the workbook's bytes.
pub async fn xlsx(job: &Permintaan) -> Result<Vec<u8>, String> {
    let json = serde_json::to_string(job).map_err(|e| e.to_string())?;
    let data = jalankan(LOADER_XLSX, json, unavailable).await?;
    if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(bytes.to_vec());
    }
    let text = data.as_string().unwrap_or_default();
    Err(text.strip_prefix("galat:").unwrap_or(&text).to_string())
}

/// The QR code of a link, as an SVG document.
pub async fn qr(link: &str) -> Result<String, String> {
    let data = jalankan(LOADER_QR, link.to_string(), qr_unavailable).await?;
    let text = data.as_string().unwrap_or_default();
    match text.strip_prefix("galat:") {
        Some(msg) => Err(msg.to_string()),
        None if text.starts_with("<svg") => Ok(text),
        None => Err(qr_unavailable()),
    }
}

/// Starts a worker, sends it one message once it says "siap", and returns its answer.
async fn jalankan(
    loader: &str,
    message: String,
    unavailable: fn() -> String,
) -> Result<JsValue, String> {
    let json = message;
    let worker = Worker::new(loader).map_err(|_| unavailable())?;
    let (mut resolve, mut reject) = (None, None);
    let promise = js_sys::Promise::new(&mut |ok, fail| {
        resolve = Some(ok);
        reject = Some(fail);
    });
    let (Some(resolve), Some(reject)) = (resolve, reject) else {
        return Err(unavailable());
    };
    let w = worker.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        if data.as_string().as_deref() == Some("siap") {
            let _ = w.post_message(&JsValue::from_str(&json));
        } else {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&unavailable()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.terminate();
    drop((on_message, on_error));
    answer.map_err(|e| e.as_string().unwrap_or_else(unavailable))
}

fn unavailable() -> String {
    "modul Excel tidak dapat dimuat (muat ulang halaman saat tersambung ke jaringan, lalu coba lagi)".into()
}

fn qr_unavailable() -> String {
    "Modul kode QR tidak dapat dimuat (muat ulang halaman saat tersambung ke jaringan, lalu coba lagi).".into()
}

/// The worker side of the protocol, for a worker module's `main`: says "siap", then answers
/// each message (the job, as text) with `jawab`'s value. The app terminates the worker after
/// one job, so the handler lives as long as the worker.
pub fn layani(jawab: impl Fn(String) -> JsValue + 'static) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let _ = reply.post_message(&jawab(e.data().as_string().unwrap_or_default()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("siap"));
}
