//! The export worker, started on demand: the XLSX code is a separate wasm module
//! (`src/bin/xlsx-worker.rs`), fetched the first time the user exports to Excel.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::core::xlsx::Permintaan;

/// The worker's loader, next to index.html (relative, so a copy in a sub-folder works).
const LOADER: &str = "./xlsx-worker_loader.js";

/// Runs one export job in a fresh worker and returns the workbook's bytes.
pub async fn xlsx(job: &Permintaan) -> Result<Vec<u8>, String> {
    let json = serde_json::to_string(job).map_err(|e| e.to_string())?;
    let worker = Worker::new(LOADER).map_err(|_| unavailable())?;
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
    let data = answer.map_err(|e| e.as_string().unwrap_or_else(unavailable))?;
    if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(bytes.to_vec());
    }
    let text = data.as_string().unwrap_or_default();
    Err(text.strip_prefix("galat:").unwrap_or(&text).to_string())
}

fn unavailable() -> String {
    "modul Excel tidak dapat dimuat (muat ulang halaman saat tersambung ke jaringan, lalu coba lagi)".into()
}
