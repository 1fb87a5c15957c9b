use leptos::prelude::*;

use super::{use_editor, TextField};
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::BERAKHLAK;

/// PERILAKU KERJA: the seven BerAKHLAK values with their fixed behaviours and the leader's
/// Ekspektasi Khusus Pimpinan for each.
#[component]
pub fn PerilakuKerja() -> impl IntoView {
    let ctx = use_editor();
    let rows = BERAKHLAK.iter().enumerate().map(|(n, v)| {
        let nilai = v.nilai;
        view! {
            <div class="perilaku-row">
                <div class="col-no">{n + 1}</div>
                <div>
                    <strong>{v.label}</strong>
                    <ul>{v.perilaku.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                </div>
                <TextField label=format!("Ekspektasi khusus pimpinan: {}", v.label) hide_label=true multiline=true
                    field=FieldKey::Perilaku(nilai) placeholder="Ekspektasi khusus pimpinan (boleh kosong)"
                    value=Signal::derive(move || ctx.draft.with(|d| d.perilaku.ekspektasi(nilai).to_string()))
                    on_input=move |v| ctx.edit(DraftEdit::Perilaku(nilai, v))/>
            </div>
        }
    }).collect_view();
    view! {
        <section class="perilaku">
            <h2>"PERILAKU KERJA"</h2>
            <div class="tabel-head perilaku-head" aria-hidden="true"><span>"NO"</span><span>"PERILAKU KERJA"</span><span>"EKSPEKTASI KHUSUS PIMPINAN"</span></div>
            {rows}
        </section>
    }
}
