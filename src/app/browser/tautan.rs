//! The browser's side of a share link: compression with the browser's own
//! CompressionStream (deflate-raw, so no compressor in the wasm), and the page's fragment.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// The Compression Streams API is stable in every browser we support, but web-sys keeps it
// behind its unstable-API switch, which would rebuild web-sys for two constructors.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

fn pesan(_: JsValue) -> String {
    "Browser ini tidak dapat memampatkan data (CompressionStream tidak tersedia).".into()
}

/// Compresses (`true`) or decompresses (`false`) bytes, deflate-raw.
pub async fn mampatkan(bytes: &[u8], mampat: bool) -> Result<Vec<u8>, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(pesan)?;
    let pair = if mampat {
        let cs = CompressionStream::new("deflate-raw").map_err(pesan)?;
        web_sys::ReadableWritablePair::new(&cs.readable(), &cs.writable())
    } else {
        let ds = DecompressionStream::new("deflate-raw").map_err(pesan)?;
        web_sys::ReadableWritablePair::new(&ds.readable(), &ds.writable())
    };
    let stream = blob.stream().pipe_through(&pair);
    let resp = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).map_err(pesan)?;
    let promise = resp.array_buffer().map_err(pesan)?;
    // A damaged payload fails here, when the decompressor meets it.
    let buf = JsFuture::from(promise)
        .await
        .map_err(|_| "Isi tautan rusak: data terpotong atau bukan draf SKP.".to_string())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's fragment, with its `#` ("" when none).
pub fn fragmen() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment: where a shared link points.
pub fn alamat() -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Takes the fragment out of the address bar without reloading, so a reload does not offer
/// the same draft again and the long link does not linger in the tab.
pub fn hapus_fragmen() {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&alamat()));
    }
}

/// Selects the text of an input so a long link can be copied by hand when the clipboard is
/// refused.
pub fn pilih_isi(el: &web_sys::Element) {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.select();
    }
}
