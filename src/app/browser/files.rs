//! Files in and out of the browser: download an export, read a picked or dropped file.

use wasm_bindgen::{JsCast, JsValue};

/// Starts a download of a JSON `text` as `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    download_as(name, text, "application/json;charset=utf-8")
}

/// Starts a download of `text` as `name` with a MIME type (a Blob and a temporary link).
pub fn download_as(name: &str, text: &str, mime: &str) -> Result<(), String> {
    download_part(name, &JsValue::from_str(text), mime)
}

/// Starts a download of binary content (an XLSX workbook).
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    download_part(name, &js_sys::Uint8Array::from(bytes), mime)
}

fn download_part(name: &str, part: &JsValue, mime: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("tidak ada jendela")?;
    let document = window.document().ok_or("tidak ada dokumen")?;
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.style().set_property("display", "none").map_err(fail)?;
    let body = document.body().ok_or("tidak ada body")?;
    body.append_child(&a).map_err(fail)?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers: let it start first.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// Reads a file the user picked or dropped, as text. The limit is the larger one, a team
/// file's: each reader then applies its own (a draft file is smaller) with its own message.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let limit = crate::core::mpph::MAX_BUNDLE_BYTES;
    if file.size() > limit as f64 {
        return Err(format!(
            "Berkas terlalu besar ({:.1} MB; batasnya {} MB).",
            file.size() / 1_048_576.0,
            limit / 1_048_576
        ));
    }
    let value = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "Berkas tidak dapat dibaca oleh browser.".to_string())?;
    value
        .as_string()
        .ok_or_else(|| "Berkas bukan teks.".to_string())
}

/// Reads every file of a list (picker or drop), one after another, and hands each to
/// `each` with its name: the text, or why it could not be read.
pub fn read_files(
    files: web_sys::FileList,
    each: impl Fn(String, Result<String, String>) + 'static,
) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        for file in list {
            let text = read_text(&file).await;
            each(file.name(), text);
        }
    });
}

/// Prints a whole HTML document (the official SKP) through a hidden frame, so the app's
/// own screen never reaches the paper. The frame is removed after the print dialog.
pub fn print_document(html: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("tidak ada jendela")?;
    let document = window.document().ok_or("tidak ada dokumen")?;
    if let Some(old) = document.get_element_by_id("cetak-frame") {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .map_err(fail)?
        .unchecked_into();
    frame.set_id("cetak-frame");
    frame.set_title("Dokumen cetak SKP");
    let style = frame.style();
    for (k, v) in [
        ("position", "fixed"),
        ("right", "0"),
        ("bottom", "0"),
        ("width", "0"),
        ("height", "0"),
        ("border", "0"),
    ] {
        style.set_property(k, v).map_err(fail)?;
    }
    frame.set_srcdoc(html);
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("cetak-frame"))
            .and_then(|f| f.dyn_into::<web_sys::HtmlIFrameElement>().ok())
            .and_then(|f| f.content_window())
        {
            let _ = w.print();
        }
    });
    frame.set_onload(Some(onload.unchecked_ref()));
    document
        .body()
        .ok_or("tidak ada body")?
        .append_child(&frame)
        .map_err(fail)?;
    Ok(())
}

/// Fetches a file shipped with the app (an example) as text, by its path relative to the
/// page, so a copy served from a sub-folder finds it too. Offline, the service worker
/// answers from its cache.
pub async fn ambil_teks(path: &str) -> Result<String, String> {
    let gagal = |_| {
        "Berkas contoh tidak dapat diambil (periksa sambungan, atau buka aplikasi sekali saat daring agar contoh tersimpan).".to_string()
    };
    let window = web_sys::window().ok_or("tidak ada jendela")?;
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(gagal)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(gagal)?;
    if !resp.ok() {
        return Err(format!(
            "Berkas contoh tidak ditemukan (HTTP {}).",
            resp.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().map_err(gagal)?)
        .await
        .map_err(gagal)?;
    text.as_string()
        .ok_or_else(|| "Berkas contoh bukan teks.".to_string())
}

/// Hands the files a file input's change event picked to `pakai`, then clears the input so
/// that picking the same file again fires again. (Clearing empties the live list, so `pakai`
/// must take the files first: `read_files` does, at once.)
pub fn terpilih(ev: &web_sys::Event, pakai: impl FnOnce(web_sys::FileList)) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    if let Some(files) = input.files() {
        pakai(files);
    }
    input.set_value("");
}
