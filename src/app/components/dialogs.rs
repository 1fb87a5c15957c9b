use leptos::prelude::*;

use crate::app::state::use_app;

/// A modal question: a title, a sentence, and the answers as buttons.
#[component]
fn Modal(
    #[prop(into)] title: String,
    /// The `data-testid` of the dialog, for tests.
    testid: &'static str,
    /// The question, one or two sentences.
    #[prop(into)]
    text: String,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" data-testid=testid>
                <h2>{title}</h2>
                <p>{text}</p>
                <div class="dialog-actions">{children()}</div>
            </div>
        </div>
    }
}

/// Modal questions: confirm a delete; an import that meets an existing draft or team.
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
                <Modal title="Hapus draf?" testid="dialog-hapus" text=format!("Draf \"{name}\" akan dihapus dari browser ini.")>
                    <button class="btn danger" on:click=yes>"Hapus"</button>
                    <button class="btn" on:click=move |_| app.confirm_delete.set(None)>"Batal"</button>
                </Modal>
            }
        })
    };
    let import = move || {
        app.pending_import.get().map(|p| {
            let text = format!(
                "Berkas berisi draf \"{}\", yang sama dengan draf \"{}\" di browser ini. Apa yang ingin dilakukan?",
                p.draft.nama_draf, p.existing_name
            );
            view! {
                <Modal title="Draf ini sudah ada" testid="dialog-impor" text=text>
                    <button class="btn danger" data-testid="impor-ganti" on:click=move |_| app.resolve_import(true)>"Ganti draf yang ada"</button>
                    <button class="btn primary" data-testid="impor-keduanya" on:click=move |_| app.resolve_import(false)>"Simpan keduanya"</button>
                    <button class="btn" on:click=move |_| app.pending_import.set(None)>"Batal"</button>
                </Modal>
            }
        })
    };
    let team = move || {
        app.pending_team.get().map(|p| {
            let text = format!(
                "Berkas berisi tim \"{}\" yang tim atau drafnya sudah ada di browser ini ({}). Apa yang ingin dilakukan?",
                p.tim.nama_unit, p.existing_name
            );
            view! {
                <Modal title="Tim atau drafnya sudah ada" testid="dialog-impor-tim" text=text>
                    <button class="btn danger" on:click=move |_| app.resolve_team_import(true)>"Ganti yang ada"</button>
                    <button class="btn primary" data-testid="impor-tim-keduanya" on:click=move |_| app.resolve_team_import(false)>"Simpan keduanya"</button>
                    <button class="btn" on:click=move |_| app.pending_team.set(None)>"Batal"</button>
                </Modal>
            }
        })
    };
    view! { {delete} {import} {team} }
}
