use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::state::use_app;

/// The top bar: new draft, example, import, guide, undo and redo.
///
/// On a phone it stays one row: the draft list is behind "Draf" (a drawer) and the less
/// frequent actions behind "Lainnya" (a menu); on wider screens every action is in the row and
/// neither button shows. The CSS decides which, so nothing changes when a window is resized.
#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let menu = RwSignal::new(false);
    let on_pick = move |ev: leptos::ev::Event| {
        crate::app::browser::files::terpilih(&ev, |files| app.import_files(files));
    };
    let on_menu_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu.get_untracked() {
            menu.set(false);
            focus_menu_toggle();
        }
    };
    view! {
        <header class="toolbar">
            <button class="btn laci-toggle" data-testid="buka-laci" aria-controls="sidebar"
                aria-expanded=move || app.laci.get().to_string()
                on:click=move |_| app.laci.update(|l| *l = !*l)>
                "☰ Draf"
            </button>
            <h1 class="brand">"SKP Drafter"</h1>
            <button class="btn primary" data-testid="draf-baru" on:click=move |_| app.create_draft()>"+ Draf baru"</button>
            <button class="btn menu-toggle" data-testid="menu-lainnya" aria-haspopup="true" aria-controls="toolbar-lainnya"
                aria-expanded=move || menu.get().to_string()
                on:click=move |_| menu.update(|m| *m = !*m)>
                "Lainnya ▾"
            </button>
            // Any click on an item closes the menu (it bubbles here); on wide screens it is
            // never open, so closing does nothing there.
            <div id="toolbar-lainnya" class="toolbar-lainnya" class:open=move || menu.get()
                on:click=move |_| menu.set(false) on:keydown=on_menu_key>
                <button class="btn" data-testid="buka-contoh" on:click=move |_| app.buka_contoh("contoh-skp-jpt-2027.skp.json") title="Buka salinan contoh SKP JPT lengkap (contoh jabatan lain ada di halaman awal)">"Contoh SKP JPT"</button>
                <label class="btn" title="Pilih berkas .skp.json, atau jatuhkan berkas ke halaman ini">
                    "Impor berkas…"
                    <input type="file" accept=".json,application/json" multiple class="visually-hidden" data-testid="impor" on:change=on_pick/>
                </label>
                <button class="btn" data-testid="buka-panduan" class:active=move || app.panduan.get() title="Panduan penulisan: setiap aturan bahasa capaian dengan contohnya"
                    on:click=move |_| { app.panduan.update(|p| *p = !*p); crate::app::browser::scroll_to_top() }>"Panduan"</button>
                <button class="btn" data-testid="buka-kelas" class:active=move || app.kelas.get() && !app.panduan.get()
                    title="Untuk widyaiswara: tinjau berkas draf seluruh peserta dalam satu tabel"
                    on:click=move |_| { app.panduan.set(false); app.kelas.update(|k| *k = !*k); crate::app::browser::scroll_to_top() }>"Tinjau kelas"</button>
                <button class="btn" data-testid="mode-kelas" class:active=move || app.mode_kelas.get() aria-pressed=move || app.mode_kelas.get().to_string()
                    title="Tampilan proyektor: huruf besar, satu bagian formulir sekaligus (PageDown / PageUp)"
                    on:click=move |_| app.mode_kelas.update(|m| *m = !*m)>"Mode Kelas"</button>
                <button class="btn" data-testid="buka-pintasan" title="Daftar pintasan papan ketik (tekan ?)" aria-label="Pintasan papan ketik" on:click=move |_| app.pintasan.update(|p| *p = !*p)>"?"</button>
            </div>
            <div class="tirai tirai-menu" class:open=move || menu.get() aria-hidden="true" on:click=move |_| menu.set(false)></div>
            <span class="spacer"></span>
            <button class="btn" data-testid="urungkan" title="Urungkan (Ctrl+Z)" aria-label="Urungkan" prop:disabled=move || !app.can_undo.get() on:click=move |_| app.undo()>"↶"<span class="label-lebar">" Urungkan"</span></button>
            <button class="btn" data-testid="ulangi" title="Ulangi (Ctrl+Shift+Z)" aria-label="Ulangi" prop:disabled=move || !app.can_redo.get() on:click=move |_| app.redo()>"↷"<span class="label-lebar">" Ulangi"</span></button>
        </header>
    }
}

fn focus_menu_toggle() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".menu-toggle").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
