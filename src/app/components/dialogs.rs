use leptos::prelude::*;

use crate::app::state::use_app;
use crate::core::workspace::import::{Choice, Incoming};

/// A modal question: a title, a sentence, and the answers as buttons.
#[component]
pub(crate) fn Modal(
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

/// "Delete this?": the question, a danger button that does it and "Batal".
#[component]
pub(crate) fn TanyaHapus(
    title: &'static str,
    /// The `data-testid` of the dialog, for tests.
    testid: &'static str,
    text: String,
    /// The danger button's label.
    ya: &'static str,
    on_ya: impl Fn() + Send + 'static,
    on_batal: impl Fn() + Send + 'static,
) -> impl IntoView {
    view! {
        <Modal title=title testid=testid text=text>
            <button class="btn danger" on:click=move |_| on_ya()>{ya}</button>
            <button class="btn" on:click=move |_| on_batal()>"Batal"</button>
        </Modal>
    }
}

/// Modal questions: confirm a draft's delete (a team's is asked on its page,
/// `tim::HapusTim`); an import that meets an existing draft or team.
#[component]
pub fn DialogLayer() -> impl IntoView {
    let app = use_app();
    let delete = move || {
        app.confirm_delete.get().map(|id| {
            let name = app.ws.with(|w| w.get(&id).map(|d| d.nama_draf.clone())).unwrap_or_default();
            let refs = app.references(&id);
            let text = format!("Draf \u{201c}{name}\u{201d} akan dihapus dari browser ini. {refs} Draf yang dihapus dapat dipulihkan dari Sampah selama 30 hari.");
            let yes = move || {
                app.confirm_delete.set(None);
                app.delete(&id);
            };
            view! {
                <TanyaHapus title="Hapus draf?" testid="dialog-hapus" text=text ya="Hapus" on_ya=yes
                    on_batal=move || app.confirm_delete.set(None)/>
            }
        })
    };
    // One question at a time, first asked first; the count says more are waiting.
    let import = move || {
        app.questions.with(|qs| qs.first().cloned().map(|q| (q, qs.len())))
            .map(|(q, waiting)| {
                let (title, testid, replace_id, both_id) = match &q.incoming {
                    Incoming::Draft(_) => ("Draf ini sudah ada", "dialog-impor", "impor-ganti", "impor-keduanya"),
                    Incoming::Tim(..) => ("Tim atau drafnya sudah ada", "dialog-impor-tim", "impor-tim-ganti", "impor-tim-keduanya"),
                };
                let more = if waiting > 1 {
                    format!(" ({} berkas lain menunggu jawaban.)", waiting - 1)
                } else {
                    String::new()
                };
                let text = format!(
                    "Berkas \u{201c}{}\u{201d} ({}) berisi data yang sudah ada di browser ini: {}. Ganti yang ada (versi lamanya disimpan di Sampah), atau simpan keduanya?{more}",
                    q.file, q.incoming.whose(), q.ada
                );
                view! {
                    <Modal title=title testid=testid text=text>
                        <button class="btn danger" data-testid=replace_id on:click=move |_| app.answer(Some(Choice::Replace))>"Ganti yang ada"</button>
                        <button class="btn primary" data-testid=both_id on:click=move |_| app.answer(Some(Choice::KeepBoth))>"Simpan keduanya"</button>
                        <button class="btn" on:click=move |_| app.answer(None)>"Batal"</button>
                    </Modal>
                }
            })
    };
    let pintasan = move || {
        app.pintasan.get().then(|| {
            view! {
                <div class="dialog-backdrop" on:click=move |_| app.pintasan.set(false)>
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="judul-pintasan" data-testid="dialog-pintasan"
                        on:click=|ev| ev.stop_propagation()>
                        <h2 id="judul-pintasan">"Pintasan papan ketik"</h2>
                        <table class="pintasan">
                            <tbody>
                                {crate::app::keys::PINTASAN.iter().map(|(k, what)| view! { <tr><th scope="row"><kbd>{*k}</kbd></th><td>{*what}</td></tr> }).collect_view()}
                            </tbody>
                        </table>
                        <div class="dialog-actions">
                            <button class="btn" data-testid="tutup-pintasan" on:click=move |_| app.pintasan.set(false)>"Tutup"</button>
                        </div>
                    </div>
                </div>
            }
        })
    };
    view! { {delete} {import} {pintasan} }
}
