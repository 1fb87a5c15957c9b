use leptos::prelude::*;

use super::{use_editor, TextField};
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::{IdentitasField, Pihak};

/// PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA, side by side as on the form.
#[component]
pub fn IdentitasBlocks() -> impl IntoView {
    view! {
        <section class="identitas">
            <IdentitasBlock pihak=Pihak::Pegawai/>
            <IdentitasBlock pihak=Pihak::Penilai/>
        </section>
    }
}

#[component]
fn IdentitasBlock(pihak: Pihak) -> impl IntoView {
    let ctx = use_editor();
    let jpt = Memo::new(move |_| ctx.draft.with(|d| d.header.jenis_jabatan.is_jpt()));
    let fields = IdentitasField::ALL.map(|f| {
        let value = Signal::derive(move || {
            ctx.draft.with(|d| match pihak {
                Pihak::Pegawai => d.pegawai.get(f).to_string(),
                Pihak::Penilai => d.penilai.get(f).to_string(),
            })
        });
        // The JPT form calls UNIT KERJA "INSTANSI": the label follows a switch of form.
        let label = Signal::derive(move || f.label_for(jpt.get()).to_string());
        let placeholder = match f {
            IdentitasField::Nip => "18 digit, mis. 19780512 200501 2 002",
            IdentitasField::Pangkat => "mis. Penata (III/c)",
            _ => "",
        };
        view! {
            <TextField label=label field=FieldKey::Identitas(pihak, f) value=value placeholder=placeholder
                on_input=move |v| ctx.edit(DraftEdit::Identitas(pihak, f, v))/>
        }
    });
    view! {
        <div class="identitas-block" data-testid=format!("identitas-{}", pihak.code())>
            <h3>{pihak.label()}</h3>
            {fields}
        </div>
    }
}
