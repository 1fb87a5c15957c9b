use leptos::prelude::*;

use crate::app::state::use_app;
use crate::app::storage::SaveProblem;

/// Banners: storage problems, unreadable stored drafts, conflicts with another tab,
/// import errors and short confirmations. Each says what happened and what to do.
#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let storage = move || {
        app.save_problems.get().into_iter().next().map(|p| {
            let text = match p {
                SaveProblem::Unavailable => "Penyimpanan browser tidak tersedia (mode privat atau dinonaktifkan). Anda tetap dapat bekerja, tetapi draf hilang ketika tab ditutup: ekspor draf Anda sebelum menutup.".to_string(),
                SaveProblem::Full => "Penyimpanan browser penuh: perubahan terakhir belum tersimpan, tetapi masih aman di tab ini. Ekspor draf Anda sekarang, lalu hapus draf yang tidak dipakai agar penyimpanan kembali berjalan.".to_string(),
                SaveProblem::Other(e) => format!("Draf tidak dapat disimpan ke browser ({e}). Perubahan masih aman di tab ini; ekspor draf Anda."),
                SaveProblem::Conflict(_) => String::new(),
            };
            view! { <div class="notice warning" role="alert" data-testid="notice-storage">{text}</div> }
        })
    };
    let quarantined = move || {
        app.quarantined.get().into_iter().map(|q| {
            let q2 = q.clone();
            view! {
                <div class="notice error" role="alert" data-testid="notice-quarantine">
                    "Satu draf tersimpan tidak dapat dibaca (" {q.error.clone()} "). Datanya dibiarkan apa adanya dan tidak akan ditimpa. "
                    <button class="btn small" on:click=move |_| app.export_raw(&q2)>"Unduh data mentah"</button>
                </div>
            }
        }).collect_view()
    };
    let conflicts = move || {
        app.conflicts.get().into_iter().map(|id| {
            let name = app
                .ws
                .with(|w| w.get(&id).map(|d| d.nama_draf.clone()).or_else(|| w.team(&id).map(|t| t.nama_unit.clone())))
                .unwrap_or_else(|| id.clone());
            let id2 = id.clone();
            view! {
                <div class="notice warning" role="alert" data-testid="notice-conflict">
                    "\"" {name} "\" juga diubah di tab lain. Perubahan di tab ini belum disimpan agar tidak menimpanya. "
                    <button class="btn small" on:click=move |_| app.conflict_keep_both(&id2)>"Muat versi tab lain, simpan versi tab ini sebagai salinan"</button>
                </div>
            }
        }).collect_view()
    };
    let import_error = move || {
        app.import_error.get().map(|e| view! {
            <div class="notice error" role="alert" data-testid="notice-import">
                {e} " "
                <button class="btn small" on:click=move |_| app.import_error.set(None)>"Tutup"</button>
            </div>
        })
    };
    let info =
        move || {
            app.info.get().map(|m| view! {
            <div class="notice info" role="status" data-testid="notice-info">
                {m} " "
                <button class="btn small" on:click=move |_| app.info.set(None)>"Tutup"</button>
            </div>
        })
        };
    view! { <div class="notices">{storage} {quarantined} {conflicts} {import_error} {info}</div> }
}
