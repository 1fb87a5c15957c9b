//! The editor of one open draft, laid out like the official SKP form.

mod fields;
mod hasil_kerja;
mod identitas;
mod iki_row;
mod kop;
mod lampiran;
mod perilaku;
mod rhk_row;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::state::{use_app, AppState};
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::Draft;
use crate::core::validation::{validate_draft, FieldError};

pub use fields::{FieldMessages, TextField};

/// What every part of the editor needs: the draft (as a memo, so a part re-renders only
/// when what it reads changes), its field errors, and a way to send edits.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    pub app: AppState,
    pub id: StoredValue<String>,
    pub draft: Memo<Arc<Draft>>,
    pub errors: Memo<Vec<FieldError>>,
}

impl EditorCtx {
    pub fn edit(&self, edit: DraftEdit) {
        self.app.edit(&self.id.get_value(), edit);
    }

    /// The field-level error of one field, if any.
    pub fn error(&self, field: &FieldKey) -> Option<String> {
        self.errors.with(|e| {
            e.iter()
                .find(|e| &e.field == field)
                .map(|e| e.message.clone())
        })
    }
}

pub fn use_editor() -> EditorCtx {
    expect_context::<EditorCtx>()
}

/// The open draft: kop, identity blocks, hasil kerja, perilaku kerja and lampiran.
#[component]
pub fn DraftEditor(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let found = Memo::new(move |_| app.ws.with(|w| w.get(&id.get_value()).cloned()));
    let draft = Memo::new(move |_| found.get().unwrap_or_default());
    let errors = Memo::new(move |_| draft.with(|d| validate_draft(d)));
    provide_context(EditorCtx {
        app,
        id,
        draft,
        errors,
    });
    view! {
        <Show
            when=move || found.with(Option::is_some)
            fallback=|| view! { <p class="hint">"Draf ini tidak ada lagi (mungkin dihapus atau diurungkan)."</p> }
        >
            <article class="editor" data-testid="editor">
                <div class="editor-actions">
                    <button class="btn" data-testid="ekspor" on:click=move |_| app.export(&id.get_value())>"Ekspor berkas .skp.json"</button>
                    <button class="btn" on:click=move |_| app.open_draft(None)>"Tutup draf"</button>
                </div>
                <kop::Kop/>
                <identitas::IdentitasBlocks/>
                <hasil_kerja::HasilKerja/>
                <perilaku::PerilakuKerja/>
                <lampiran::LampiranSkp/>
            </article>
        </Show>
    }
}
