//! Hand-over from the editor module to the full module.
//!
//! A first visit loads the editor alone (`skp-drafter`, [`super::mount_editor`]): the draft
//! list, the editor, files and the wording checks. The team (MPPH) workspace (opening,
//! making or trying a team), Tinjau kelas, the writing guide with the rule cards (and so
//! Mode Kelas's "Sebelum → sesudah") and share links (making one, opening one) are in the
//! full module (`skp-lengkap`, [`super::mount`]), fetched the first time one of them is
//! used and kept by the service worker for offline use.
//! Both modules keep the workspace in the same local storage, so the editor saves, steps
//! aside and the full module starts with the same drafts, takes over the undo histories and
//! opens the screen asked for.
//! Nothing is handed over unless everything this tab holds is saved: a draft that lives
//! only in memory (storage full or blocked, a conflict waiting) stays with the editor.

use std::any::Any;
use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::browser::modul;
use super::state::{use_app, AppState};
use crate::core::workspace::session::NoticeKind;

/// What the full module opens or does.
#[derive(Debug, Serialize, Deserialize)]
enum Tujuan {
    Tim(String),
    Kelas,
    Panduan,
    /// Mode Kelas at "Sebelum → sesudah" (its section of the open draft).
    Peragaan,
    /// The page's address holds a shared draft: the full module reads it on start.
    Tautan,
    /// "Bagikan tautan" of this draft.
    Bagikan(String),
    /// A new team, led by the open draft.
    TimBaru,
    /// The shipped example team.
    ContohTim,
}

/// Mode Kelas's section "Sebelum → sesudah", the last of `state::BAGIAN`.
const BAGIAN_PERAGAAN: usize = super::state::BAGIAN.len() - 1;

/// Said while the full module loads for an action (never handed over with the other
/// messages: the full module says what happens next).
const MEMUAT_TAUTAN: &str = "Membuka draf dari tautan\u{2026}";
const MEMUAT_BAGIKAN: &str = "Menyiapkan tautan\u{2026}";
const MEMUAT_TIM: &str = "Memuat ruang kerja tim\u{2026}";
const STATUS: [&str; 3] = [MEMUAT_TAUTAN, MEMUAT_BAGIKAN, MEMUAT_TIM];

/// What the editor module leaves for the full module: where to go, the messages that were
/// on screen (an import's report should not vanish with the editor) and the undo histories.
#[derive(Debug, Serialize, Deserialize)]
struct Catatan {
    tujuan: Tujuan,
    pesan: Vec<(bool, String)>,
    /// The undo histories: Ctrl+Z still reaches the edits made in the editor module.
    riwayat: serde_json::Value,
}

thread_local! {
    /// The editor module's mounted app, dropped (unmounted) when the full module takes over.
    static APLIKASI: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
    static BERJALAN: Cell<bool> = const { Cell::new(false) };
    /// An action asked for while the module loads (the last one asked wins; a screen asked
    /// after it wins over it).
    static TINDAKAN: RefCell<Option<Tujuan>> = const { RefCell::new(None) };
}

/// Keeps the mounted editor app so that it can step aside later.
pub fn simpan_aplikasi(handle: impl Any) {
    APLIKASI.with(|a| *a.borrow_mut() = Some(Box::new(handle)));
}

/// Shown by the editor module where the full module's screen would be (`apa` names it):
/// starts the hand-over (once) and says what is loading.
pub fn pindah(apa: &'static str) -> AnyView {
    TINDAKAN.with(|t| t.borrow_mut().take());
    mulai(use_app());
    view! {
        <p class="hint memuat-modul" data-testid="memuat-modul" role="status">{format!("Memuat {apa}…")}</p>
    }
    .into_any()
}

/// In the editor module: a shared draft in the page's address (on start, or a link opened
/// in this tab) is opened by the full module, which has the link reader and its dialog.
pub fn buka_tautan(app: AppState) {
    let hash = super::browser::tautan::fragmen();
    if hash.trim_start_matches('#').starts_with("bagikan=") {
        pindah_untuk(app, Tujuan::Tautan, MEMUAT_TAUTAN);
    }
}

/// In the editor module: "Bagikan tautan" is made by the full module.
pub fn bagikan(app: AppState, draft_id: String) {
    pindah_untuk(app, Tujuan::Bagikan(draft_id), MEMUAT_BAGIKAN);
}

/// In the editor module: "+ Tim baru" and the example team are made by the full module,
/// which has the team workspace.
pub fn tim_baru(app: AppState) {
    pindah_untuk(app, Tujuan::TimBaru, MEMUAT_TIM);
}

pub fn contoh_tim(app: AppState) {
    pindah_untuk(app, Tujuan::ContohTim, MEMUAT_TIM);
}

fn pindah_untuk(app: AppState, tujuan: Tujuan, status: &'static str) {
    TINDAKAN.with(|t| *t.borrow_mut() = Some(tujuan));
    app.lepas_pesan(status);
    app.say(NoticeKind::Info, status);
    mulai(app);
}

/// Starts the hand-over, once: a second ask while the module loads only changes where it
/// goes (`TINDAKAN`, or the screen on by then).
fn mulai(app: AppState) {
    if !BERJALAN.with(|b| b.replace(true)) {
        leptos::task::spawn_local(serahkan(app));
    }
}

/// The full module's screen the user asks for now, in the app's own order (the guide, then
/// Tinjau kelas, then a team, then Mode Kelas's "Sebelum → sesudah"); none when the editor's
/// own screens are on.
fn tujuan_sekarang(app: AppState) -> Option<Tujuan> {
    if app.panduan.get_untracked() {
        Some(Tujuan::Panduan)
    } else if app.kelas.get_untracked() {
        Some(Tujuan::Kelas)
    } else if let Some(tim) = app.open_tim.get_untracked() {
        Some(Tujuan::Tim(tim))
    } else if app.mode_kelas.get_untracked()
        && app.bagian.get_untracked() >= BAGIAN_PERAGAAN
        && app.open.get_untracked().is_some()
    {
        Some(Tujuan::Peragaan)
    } else {
        None
    }
}

/// Back to the editor's own screens, with a message.
fn batal(app: AppState, pesan: String) {
    BERJALAN.with(|b| b.set(false));
    TINDAKAN.with(|t| t.borrow_mut().take());
    for status in STATUS {
        app.lepas_pesan(status);
    }
    app.open_tim.set(None);
    app.kelas.set(false);
    app.panduan.set(false);
    if app.bagian.get_untracked() >= BAGIAN_PERAGAAN {
        app.bagian.set(BAGIAN_PERAGAAN - 1);
    }
    app.say(NoticeKind::Error, pesan);
}

/// Saves, and says whether everything this tab holds is now in storage; if not, the
/// hand-over is called off with a message.
fn semua_tersimpan(app: AppState) -> bool {
    app.persist();
    let tersimpan = app.save_problems.get_untracked().is_empty()
        && app.conflicts.get_untracked().is_empty()
        && app.questions.get_untracked().is_empty();
    if !tersimpan {
        batal(app, "Bagian ini baru dapat dibuka setelah semua draf tersimpan di browser. Selesaikan dulu pesan penyimpanan di atas (atau ekspor draf Anda), lalu coba lagi.".into());
    }
    tersimpan
}

/// Hands the page over once the full module is here: to the action asked for, else to the
/// screen the user is on by then.
async fn serahkan(app: AppState) {
    if !semua_tersimpan(app) {
        return;
    }
    let mulai = match modul::muat().await {
        Ok(f) => f,
        Err(e) => {
            // The browser's own words go to the console, for a bug report.
            web_sys::console::warn_1(&format!("skp-lengkap: {e}").into());
            let pesan = TINDAKAN.with(|t| match *t.borrow() {
                // The link stays in the address: a reload once online opens it.
                Some(Tujuan::Tautan) => "Draf dari tautan belum dapat dibuka: bagian aplikasi yang membaca tautan belum termuat. Sambungkan ke jaringan, lalu muat ulang halaman ini; draf Anda tetap aman.",
                Some(Tujuan::Bagikan(_)) => "Tautan belum dapat dibuat: bagian aplikasi yang membuatnya belum termuat. Sambungkan ke jaringan sekali lalu coba lagi, atau kirim berkasnya dengan Ekspor; draf Anda tetap aman.",
                _ => "Bagian ini belum dapat dimuat. Sambungkan ke jaringan sekali lalu coba lagi; draf Anda tetap aman.",
            });
            batal(app, pesan.into());
            return;
        }
    };
    // The user may have gone elsewhere while the module loaded: to the editor (then nothing
    // happens now) or to another of the full module's screens (then that one opens).
    let Some(tujuan) = TINDAKAN
        .with(|t| t.borrow_mut().take())
        .or_else(|| tujuan_sekarang(app))
    else {
        BERJALAN.with(|b| b.set(false));
        return;
    };
    // The user may have typed while the module loaded.
    if !semua_tersimpan(app) {
        return;
    }
    let pesan = app
        .notices
        .get_untracked()
        .into_iter()
        .filter(|n| n.action.is_none() && !STATUS.contains(&n.text.as_str()))
        .map(|n| (n.kind == NoticeKind::Error, n.text))
        .collect();
    let catatan = Catatan {
        tujuan,
        pesan,
        riwayat: app.riwayat(),
    };
    modul::titip(&serde_json::to_string(&catatan).unwrap_or_default());
    // Unmounting runs the editor's cleanups: its window listeners go with it.
    APLIKASI.with(|a| a.borrow_mut().take());
    if modul::mulai(&mulai).await.is_err() {
        // Nothing of the editor is left to fall back to; the drafts are saved.
        if let Some(body) = document().body() {
            body.set_text_content(Some(
                "SKP Drafter tidak dapat dimulai. Muat ulang halaman ini; draf Anda sudah tersimpan.",
            ));
        }
    }
}

/// In the full module, on start: opens what the editor module asked for and shows its
/// messages again.
pub fn terima(app: AppState) {
    let Some(catatan) = modul::ambil().and_then(|s| serde_json::from_str::<Catatan>(&s).ok())
    else {
        return;
    };
    app.pasang_riwayat(&catatan.riwayat);
    for (galat, teks) in catatan.pesan {
        app.say(
            if galat {
                NoticeKind::Error
            } else {
                NoticeKind::Info
            },
            teks,
        );
    }
    match catatan.tujuan {
        Tujuan::Tim(id) => app.open_team(Some(id)),
        Tujuan::Kelas => app.kelas.set(true),
        Tujuan::Panduan => app.panduan.set(true),
        Tujuan::Peragaan => {
            app.mode_kelas.set(true);
            app.bagian.set(BAGIAN_PERAGAAN);
        }
        // Read by the app's start, as on any page opened with a link.
        Tujuan::Tautan => {}
        Tujuan::Bagikan(id) => app.bagikan_tautan(&id),
        Tujuan::TimBaru => app.create_team(),
        Tujuan::ContohTim => app.open_example_team(),
    }
}
