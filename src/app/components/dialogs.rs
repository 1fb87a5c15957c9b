use leptos::prelude::*;

use crate::app::state::use_app;

/// Modal questions: confirm a delete; an import that meets an existing draft.
#[component]
pub fn DialogLayer() -> impl IntoView {
    let app = use_app();
    let delete = move || {
        app.confirm_delete.get().map(|id| {
            let name = app.ws.with(|w| w.get(&id).map(|d| d.nama_draf.clone())).unwrap_or_default();
            let yes = move |_| {
                app.confirm_delete.set(None);
                app.delete(&id);
            };
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" data-testid="dialog-hapus">
                        <h2>"Hapus draf?"</h2>
                        <p>"Draf \"" {name} "\" akan dihapus dari browser ini."</p>
                        <div class="dialog-actions">
                            <button class="btn danger" on:click=yes>"Hapus"</button>
                            <button class="btn" on:click=move |_| app.confirm_delete.set(None)>"Batal"</button>
                        </div>
                    </div>
                </div>
            }
        })
    };
    let import = move || {
        app.pending_import.get().map(|p| view! {
            <div class="dialog-backdrop">
                <div class="dialog" role="dialog" aria-modal="true" data-testid="dialog-impor">
                    <h2>"Draf ini sudah ada"</h2>
                    <p>"Berkas berisi draf \"" {p.draft.nama_draf.clone()} "\", yang sama dengan draf \"" {p.existing_name.clone()} "\" di browser ini. Apa yang ingin dilakukan?"</p>
                    <div class="dialog-actions">
                        <button class="btn danger" data-testid="impor-ganti" on:click=move |_| app.resolve_import(true)>"Ganti draf yang ada"</button>
                        <button class="btn primary" data-testid="impor-keduanya" on:click=move |_| app.resolve_import(false)>"Simpan keduanya"</button>
                        <button class="btn" on:click=move |_| app.pending_import.set(None)>"Batal"</button>
                    </div>
                </div>
            </div>
        })
    };
    let team = move || {
        app.pending_team.get().map(|p| view! {
            <div class="dialog-backdrop">
                <div class="dialog" role="dialog" aria-modal="true" data-testid="dialog-impor-tim">
                    <h2>"Tim atau drafnya sudah ada"</h2>
                    <p>"Berkas berisi tim \"" {p.tim.nama_unit.clone()} "\" yang tim atau drafnya sudah ada di browser ini (" {p.existing_name.clone()} "). Apa yang ingin dilakukan?"</p>
                    <div class="dialog-actions">
                        <button class="btn danger" on:click=move |_| app.resolve_team_import(true)>"Ganti yang ada"</button>
                        <button class="btn primary" data-testid="impor-tim-keduanya" on:click=move |_| app.resolve_team_import(false)>"Simpan keduanya"</button>
                        <button class="btn" on:click=move |_| app.pending_team.set(None)>"Batal"</button>
                    </div>
                </div>
            </div>
        })
    };
    view! { {delete} {import} {team} }
}
