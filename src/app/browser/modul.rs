//! The browser's side of loading the full module (`skp-lengkap`, see `app::serah_terima`):
//! its JavaScript glue by a dynamic `import()`, its wasm compiled before the editor steps
//! aside, and the hand-over note the full module reads when it starts.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// Paths relative to the page, so a copy served from a sub-folder finds them too. The wasm
// is compiled here, while the editor is still on screen: what can fail (no network, a
// damaged file) fails before anything is taken down. It is compiled as it downloads when the
// server says what it is, alongside the fetch of its JavaScript glue.
#[wasm_bindgen(inline_js = r#"
export function muat_lengkap() {
  const url = (f) => new URL(f, document.baseURI).href;
  const wasm = fetch(url('skp-lengkap_bg.wasm')).then((r) => {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return WebAssembly.compileStreaming && (r.headers.get('content-type') || '').startsWith('application/wasm')
      ? WebAssembly.compileStreaming(r)
      : r.arrayBuffer().then((b) => WebAssembly.compile(b));
  });
  return Promise.all([import(url('skp-lengkap.js')), wasm])
    .then(([m, w]) => () => m.default({ module_or_path: w }));
}
export function titip(s) { window.skpSerahTerima = s; }
export function ambil() {
  const s = window.skpSerahTerima;
  delete window.skpSerahTerima;
  return typeof s === 'string' ? s : undefined;
}
"#)]
extern "C" {
    fn muat_lengkap() -> js_sys::Promise;
    /// Leaves the note the full module reads on start: what to open, what to say.
    pub fn titip(catatan: &str);
    /// The note left by the editor module, once (`None` on a page that started here).
    pub fn ambil() -> Option<String>;
}

/// Fetches and compiles the full module; the answer starts it (a promise of its start).
pub async fn muat() -> Result<js_sys::Function, String> {
    let mulai = JsFuture::from(muat_lengkap()).await.map_err(|e| {
        e.as_string()
            .or_else(|| {
                js_sys::Reflect::get(&e, &"message".into())
                    .ok()?
                    .as_string()
            })
            .unwrap_or_default()
    })?;
    mulai
        .dyn_into::<js_sys::Function>()
        .map_err(|_| "modul tidak lengkap".to_string())
}

/// Starts the full module (it mounts itself on the page).
pub async fn mulai(f: &js_sys::Function) -> Result<(), JsValue> {
    let janji: js_sys::Promise = f.call0(&JsValue::NULL)?.into();
    JsFuture::from(janji).await.map(|_| ())
}
