//! The Leptos user interface (browser only). Components show state and send intents to
//! [`state::AppState`]; the domain work happens in [`crate::core`].

#[cfg(feature = "bench")]
pub mod bench;
pub mod browser;
pub mod components;
pub mod editor;
pub mod kelas;
pub mod keys;
pub mod serah_terima;
pub mod state;
pub mod tim;

use leptos::prelude::*;

use components::{DialogLayer, DraftList, Notices, Panduan, TautanDialogs, Toolbar, Welcome};
use editor::DraftEditor;
use state::AppState;

/// Mounts the whole app on the page's body: the full module (`skp-lengkap`).
pub fn mount() {
    leptos::mount::mount_to_body(App);
    lepas_memuat();
}

/// Mounts the editor alone on the page's body: the first load (`skp-drafter`). Opening a
/// team, Tinjau kelas or the guide hands the page over to the full module.
pub fn mount_editor() {
    if let Some(body) = document().body() {
        serah_terima::simpan_aplikasi(leptos::mount::mount_to(body, AppEditor));
    }
    lepas_memuat();
}

/// The page's "Memuat SKP Drafter…" (index.html) gives way to the app once it is on the
/// page. Taken away last: if the start fails, index.html's script turns it into what to do.
fn lepas_memuat() {
    if let Some(el) = document().get_element_by_id("memuat") {
        el.remove();
    }
}

/// The screens and actions beyond the editor, as this module has them: drawn or done here,
/// or handed over to the full module. Function pointers rather than a flag, so that the
/// editor module does not contain what it never runs.
#[derive(Clone, Copy)]
pub(crate) struct Layar {
    tim: fn(String) -> AnyView,
    kelas: fn() -> AnyView,
    panduan: fn() -> AnyView,
    /// "Bagikan tautan" of a draft.
    pub(crate) bagikan: fn(AppState, String),
    /// A shared draft in the page's address (on start, and when a link opens in this tab).
    baca_tautan: fn(AppState),
    /// The dialogs of share links.
    tautan: fn() -> AnyView,
    /// "+ Tim baru" (the open draft leads it).
    pub(crate) tim_baru: fn(AppState),
    /// "Lihat contoh tim (MPPH)".
    pub(crate) contoh_tim: fn(AppState),
    /// Mode Kelas's "Sebelum → sesudah" (it shows the rule cards, `wording::KARTU`).
    pub(crate) peragaan: fn() -> AnyView,
}

impl Layar {
    const LENGKAP: Layar = Layar {
        tim: |id| view! { <tim::TimPage id=id/> }.into_any(),
        kelas: || view! { <kelas::TinjauKelas/> }.into_any(),
        panduan: || view! { <Panduan/> }.into_any(),
        bagikan: |app, id| app.bagikan_tautan(&id),
        baca_tautan: |app| app.baca_tautan_halaman(),
        tautan: || view! { <TautanDialogs/> }.into_any(),
        tim_baru: |app| app.create_team(),
        contoh_tim: |app| app.open_example_team(),
        peragaan: || view! { <editor::mode_kelas::SebelumSesudah/> }.into_any(),
    };
    const EDITOR: Layar = Layar {
        tim: |_| serah_terima::pindah("ruang kerja tim"),
        kelas: || serah_terima::pindah("Tinjau kelas"),
        panduan: || serah_terima::pindah("Panduan penulisan"),
        bagikan: serah_terima::bagikan,
        baca_tautan: serah_terima::buka_tautan,
        tautan: || ().into_any(),
        tim_baru: serah_terima::tim_baru,
        contoh_tim: serah_terima::contoh_tim,
        peragaan: || serah_terima::pindah("Sebelum \u{2192} sesudah"),
    };
}

/// The whole app: toolbar, notices, the draft list and the open draft, the team
/// workspace, Tinjau kelas and the guide.
#[component]
pub fn App() -> impl IntoView {
    let app = kerangka(Layar::LENGKAP);
    serah_terima::terima(app.0);
    app.1
}

/// The app of the first load: every screen of [`App`], the team workspace, Tinjau kelas,
/// the guide and Mode Kelas's "Sebelum → sesudah" being fetched when first opened.
#[component]
pub fn AppEditor() -> impl IntoView {
    kerangka(Layar::EDITOR).1
}

fn kerangka(layar: Layar) -> (AppState, impl IntoView) {
    let app = AppState::load();
    provide_context(app);
    provide_context(layar);
    keys::install_global_shortcuts();
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            app.on_storage_event(&key);
        }
    });
    // Saving runs right after each change; leaving the page saves whatever is still waiting.
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| app.persist());
    // The service worker and the storage grant, as index.html's script reports them (the
    // report may come before the app is up: read once now, then on each event).
    app.offer_new_version();
    let on_new = window_event_listener_untyped("skp-versi-baru", move |_| app.offer_new_version());
    let on_persist = window_event_listener_untyped("skp-persist", move |_| {
        app.persist.set(browser::offline::penyimpanan_dijamin())
    });
    // A shared draft in the address: on start, and when a link is opened in this same tab.
    (layar.baca_tautan)(app);
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| (layar.baca_tautan)(app));
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
        on_leave.remove();
        on_new.remove();
        on_persist.remove();
    });

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|dt| dt.files()) {
            app.import_files(files);
        }
    };
    Effect::new(move |_| browser::mode_kelas::terapkan(app.mode_kelas.get()));
    // Choosing a draft, a team or the guide from the drawer puts it away.
    Effect::new(move |prev: Option<()>| {
        app.open.track();
        app.open_tim.track();
        app.panduan.track();
        app.kelas.track();
        if prev.is_some() {
            app.laci.set(false);
        }
    });
    let on_laci_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && app.laci.get_untracked() {
            app.laci.set(false);
        }
    };
    let v = view! {
        <div class="app" on:dragover=move |ev| ev.prevent_default() on:drop=on_drop>
            <Toolbar/>
            <Notices/>
            <div class="layout">
                <div id="sidebar" class="sidebar" class:laci-terbuka=move || app.laci.get() on:keydown=on_laci_key>
                    <button class="btn laci-tutup" data-testid="tutup-laci" on:click=move |_| app.laci.set(false)>"✕ Tutup"</button>
                    <DraftList/>
                    <tim::TeamList/>
                </div>
                <div class="tirai tirai-laci" class:open=move || app.laci.get() aria-hidden="true" on:click=move |_| app.laci.set(false)></div>
                <main class="main" id="main">
                    {move || match (app.panduan.get(), app.open_tim.get(), app.open.get()) {
                        (true, _, _) => (layar.panduan)(),
                        _ if app.kelas.get() => (layar.kelas)(),
                        (false, Some(id), _) => (layar.tim)(id),
                        (false, None, Some(id)) => view! { <DraftEditor id=id/> }.into_any(),
                        (false, None, None) => view! { <Welcome/> }.into_any(),
                    }}
                </main>
            </div>
            <DialogLayer/>
            {(layar.tautan)()}
        </div>
    };
    (app, v)
}
