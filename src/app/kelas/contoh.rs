//! Opening a shipped example (fetched when picked), and "Mulai ulang dari contoh": a
//! participant who has practised on an example gets it back as it was, as one undo step.

use leptos::prelude::*;

use crate::app::browser::{self, new_id, now_ms};
use crate::app::state::{use_app, AppState};
use crate::core::contoh::{cari, DAFTAR};
use crate::core::format::read_draft_file;
use crate::core::workspace::session::NoticeKind;
use crate::core::workspace::undo::ItemRef;

/// Which drafts came from which example: screen state of this browser, not part of the
/// draft (an exported copy is an ordinary draft). Entries are `draft-id=file`.
const KUNCI_ASAL: &str = "skp-drafter/asal-contoh";

pub fn asal_contoh(draft_id: &str) -> Option<&'static str> {
    let prefix = format!("{draft_id}=");
    browser::load_list(KUNCI_ASAL)
        .iter()
        .find_map(|e| e.strip_prefix(&prefix).and_then(cari))
        .map(|c| c.berkas)
}

fn catat_asal(draft_id: &str, berkas: &str) {
    let mut list = browser::load_list(KUNCI_ASAL);
    list.retain(|e| !e.starts_with(&format!("{draft_id}=")));
    list.push(format!("{draft_id}={berkas}"));
    browser::save_list(KUNCI_ASAL, &list);
}

/// The SKP JPT example is built in (the toolbar opens it, and it must work on the very first
/// visit offline, before the service worker has cached anything); the others are fetched.
fn bawaan(berkas: &str) -> Option<Result<crate::core::model::Draft, String>> {
    (berkas == "contoh-skp-jpt-2027.skp.json")
        .then(|| read_draft_file(crate::core::format::EXAMPLE_JPT).map_err(|e| e.to_string()))
}

async fn baca_contoh(berkas: &str) -> Result<crate::core::model::Draft, String> {
    if let Some(d) = bawaan(berkas) {
        return d;
    }
    let text = browser::files::ambil_teks(&format!("examples/{berkas}")).await?;
    read_draft_file(&text).map_err(|e| e.to_string())
}

impl AppState {
    /// Opens a copy of a shipped example as a new draft of the user's.
    pub fn buka_contoh(&self, berkas: &'static str) {
        let app = *self;
        let buka = move |r: Result<crate::core::model::Draft, String>| match r {
            Ok(d) => {
                let id = new_id();
                let nama = d.nama_draf.clone();
                catat_asal(&id, berkas);
                app.add_and_open(d.salinan(id, nama), None);
            }
            Err(e) => app.say(NoticeKind::Error, format!("Contoh tidak dapat dibuka. {e}")),
        };
        // The built-in one opens at once, in the same click.
        match bawaan(berkas) {
            Some(r) => buka(r),
            None => leptos::task::spawn_local(async move { buka(baca_contoh(berkas).await) }),
        }
    }

    /// Puts a draft opened from an example back as the example is, keeping its id and place
    /// in the list; Ctrl+Z brings the user's version back.
    pub fn mulai_ulang_contoh(&self, draft_id: String) {
        let Some(berkas) = asal_contoh(&draft_id) else {
            return;
        };
        let app = *self;
        leptos::task::spawn_local(async move {
            match baca_contoh(berkas).await {
                Ok(d) => {
                    let fresh = d.salinan(draft_id.clone(), d.nama_draf.clone());
                    app.session_mut(true, |s| {
                        s.change(ItemRef::Draft(draft_id.clone()), None, now_ms(), |ws| {
                            if let Some(i) = ws.index(&draft_id) {
                                ws.drafts[i] = std::sync::Arc::new(fresh);
                            }
                        })
                    });
                    app.say(NoticeKind::Info, "Draf dikembalikan seperti contoh aslinya. Tekan Urungkan (Ctrl+Z) untuk kembali ke isian Anda.");
                }
                Err(e) => app.say(
                    NoticeKind::Error,
                    format!("Contoh tidak dapat diambil; draf Anda tidak berubah. {e}"),
                ),
            }
        });
    }
}

/// The picker on the welcome page: every example, the latihan drafts apart.
#[component]
pub fn PilihContoh() -> impl IntoView {
    let app = use_app();
    let kartu = |latihan: bool| {
        DAFTAR
            .iter()
            .filter(move |c| c.latihan == latihan)
            .map(|c| {
                let berkas = c.berkas;
                view! {
                    <li class="kartu-contoh">
                        <button class="btn" data-testid="pilih-contoh" data-berkas=berkas on:click=move |_| app.buka_contoh(berkas)>
                            <strong>{c.judul}</strong>
                        </button>
                        <span class="hint">{c.keterangan}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="pilih-contoh" aria-labelledby="judul-contoh">
            <h3 id="judul-contoh">"Contoh SKP untuk setiap jabatan"</h3>
            <ul class="daftar-contoh">{kartu(false)}</ul>
            <h3>"Latihan: temukan dan perbaiki kesalahannya"</h3>
            <ul class="daftar-contoh">{kartu(true)}</ul>
            <p class="hint">"Setiap contoh dibuka sebagai salinan Anda sendiri; \u{201c}Mulai ulang dari contoh\u{201d} mengembalikannya seperti semula."</p>
        </section>
    }
}
