//! "Hapus tim": the question before a team is deleted (asked from the team page).

use leptos::prelude::*;

use crate::app::components::dialogs::TanyaHapus;
use crate::app::state::use_app;

/// The team-delete question, while one is asked.
#[component]
pub fn HapusTim() -> impl IntoView {
    let app = use_app();
    move || {
        app.confirm_delete_team.get().map(|id| {
            let (name, drafts) = app
                .ws
                .with(|w| {
                    w.team(&id).map(|t| {
                        // Distinct drafts: one person in two roles has one draft.
                        let mut ids: Vec<&String> = t.orang.iter().filter_map(|o| o.draf.as_ref()).filter(|d| w.get(d).is_some()).collect();
                        crate::core::urut::urutkan(&mut ids);
                        ids.dedup();
                        let n = ids.len();
                        (t.nama_unit.clone(), n)
                    })
                })
                .unwrap_or_default();
            let text = format!("Tim \u{201c}{name}\u{201d} akan dihapus: matriks MPPH dan daftar orangnya. {drafts} draf anggota beserta RHK turunannya tetap ada. Tim yang dihapus dapat dipulihkan dari Sampah selama 30 hari.");
            let yes = move || {
                app.confirm_delete_team.set(None);
                app.delete_team(&id);
            };
            view! {
                <TanyaHapus title="Hapus tim?" testid="dialog-hapus-tim" text=text ya="Hapus tim" on_ya=yes
                    on_batal=move || app.confirm_delete_team.set(None)/>
            }
        })
    }
}
