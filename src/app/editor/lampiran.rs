use leptos::prelude::*;

use super::{use_editor, TextField};
use crate::app::keys::focus_field;
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::LampiranKind;

/// LAMPIRAN SASARAN KINERJA PEGAWAI: three free lists.
#[component]
pub fn LampiranSkp() -> impl IntoView {
    view! {
        <section class="lampiran">
            <h2>"LAMPIRAN SASARAN KINERJA PEGAWAI"</h2>
            {LampiranKind::ALL.map(|k| view! { <LampiranList kind=k/> })}
        </section>
    }
}

#[component]
fn LampiranList(kind: LampiranKind) -> impl IntoView {
    let ctx = use_editor();
    let len = Memo::new(move |_| ctx.draft.with(|d| d.lampiran.list(kind).len()));
    let add = move || {
        let n = len.get_untracked();
        ctx.edit(DraftEdit::AddLampiran(kind));
        focus_field(FieldKey::Lampiran(kind, n).as_string());
    };
    view! {
        <div class="lampiran-list" data-testid=format!("lampiran-{}", kind.code())>
            <h3>{kind.label()}</h3>
            <ol>
                {move || (0..len.get()).map(|i| view! {
                    // A list pasted from a document becomes one item per line, not one long line.
                    <li on:paste=move |ev: leptos::ev::ClipboardEvent| {
                        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
                        if crate::core::edit::butir_tempelan(&text).len() > 1 {
                            ev.prevent_default();
                            ctx.edit(DraftEdit::TempelLampiran(kind, i, text));
                        }
                    }>
                        <TextField label=format!("{} {}", kind.label(), i + 1) hide_label=true field=FieldKey::Lampiran(kind, i)
                            value=Signal::derive(move || ctx.draft.with(|d| d.lampiran.list(kind).get(i).cloned().unwrap_or_default()))
                            on_keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add() }
                            on_input=move |v| ctx.edit(DraftEdit::Lampiran(kind, i, v))/>
                        <button class="btn tiny danger" aria-label="Hapus butir" on:click=move |_| ctx.edit(DraftEdit::RemoveLampiran(kind, i))>"✕"</button>
                    </li>
                }).collect_view()}
            </ol>
            <button class="btn add" on:click=move |_| add()>"+ Tambah butir"</button>
        </div>
    }
}
