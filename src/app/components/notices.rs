use leptos::prelude::*;

use crate::app::state::use_app;
use crate::core::workspace::session::{NoticeAction, NoticeKind};
use crate::core::workspace::store::SaveProblem;

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
    // Newest first: the message about what the user just did is at the top.
    let messages = move || {
        app.notices.get().into_iter().rev().map(|n| {
            let (class, role, testid) = match n.kind {
                NoticeKind::Error => ("notice error", "alert", "notice-import"),
                NoticeKind::Info => ("notice info", "status", "notice-info"),
            };
            let id = n.id;
            let action = n.action.clone().map(|a| {
                let label = match &a {
                    NoticeAction::Restore(_) => "Batalkan hapus",
                    NoticeAction::UndoDerivation(_) => "Batalkan penurunan",
                    NoticeAction::MuatUlang => "Muat ulang",
                };
                view! { <button class="btn small" data-testid="notice-action" on:click=move |_| app.notice_action(&a)>{label}</button> " " }
            });
            view! {
                <div class=class role=role data-testid=testid>
                    {n.text.clone()} " " {action}
                    <button class="btn small" on:click=move |_| app.dismiss(id)>"Tutup"</button>
                </div>
            }
        }).collect_view()
    };
    view! { <div class="notices">{storage} {quarantined} {conflicts} {messages}</div> }
}
