use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::state::use_app;

/// The top bar: new draft, example, import, undo and redo.
#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(files) = input.files() {
            app.import_files(files);
        }
        input.set_value(""); // picking the same file again must fire again
    };
    view! {
        <header class="toolbar">
            <h1 class="brand">"SKP Drafter"</h1>
            <button class="btn primary" data-testid="draf-baru" on:click=move |_| app.create_draft()>"+ Draf baru"</button>
            <button class="btn" data-testid="buka-contoh" on:click=move |_| app.open_example()>"Buka contoh SKP JPT"</button>
            <label class="btn" title="Pilih berkas .skp.json, atau jatuhkan berkas ke halaman ini">
                "Impor berkas…"
                <input type="file" accept=".json,application/json" multiple class="visually-hidden" data-testid="impor" on:change=on_pick/>
            </label>
            <button class="btn" data-testid="buka-panduan" class:active=move || app.panduan.get() on:click=move |_| { app.panduan.update(|p| *p = !*p); crate::app::browser::scroll_to_top() }>"Panduan penulisan"</button>
            <button class="btn" data-testid="buka-pintasan" title="Daftar pintasan papan ketik (tekan ?)" aria-label="Pintasan papan ketik" on:click=move |_| app.pintasan.update(|p| *p = !*p)>"?"</button>
            <span class="spacer"></span>
            <button class="btn" data-testid="urungkan" title="Urungkan (Ctrl+Z)" prop:disabled=move || !app.can_undo.get() on:click=move |_| app.undo()>"↶ Urungkan"</button>
            <button class="btn" data-testid="ulangi" title="Ulangi (Ctrl+Shift+Z)" prop:disabled=move || !app.can_redo.get() on:click=move |_| app.redo()>"↷ Ulangi"</button>
        </header>
    }
}
