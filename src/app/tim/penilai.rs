//! The five identity fields of a penilai kept in the team: the team's own Pejabat Penilai
//! Kinerja, or one person's.

use leptos::prelude::*;

use super::use_tim;
use crate::core::model::{Identitas, IdentitasField};
use crate::core::mpph::Tim;

/// NAMA, NIP / NI PPPK, PANGKAT, JABATAN and UNIT KERJA of the penilai that `slot` finds in
/// the team. `key` names the fields (`data-field`, and the undo step typing merges into).
/// Typing in a slot that holds nothing creates it; emptying every field clears it again.
pub fn penilai_fields(
    key: impl Fn() -> String + Copy + Send + Sync + 'static,
    slot: for<'a> fn(&'a mut Tim, &str) -> Option<&'a mut Option<Identitas>>,
    target: impl Fn() -> String + Copy + Send + Sync + 'static,
    read: impl Fn(IdentitasField) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_tim();
    IdentitasField::ALL.map(move |f| {
        let field = move || format!("{}/{}", key(), f.code());
        view! {
            <label class="field">
                <span class="field-label">{f.label()}</span>
                <input data-field=field prop:value=move || read(f)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let who = target();
                        ctx.change(Some(field()), move |t, _| {
                            if let Some(p) = slot(t, &who) {
                                let id = p.get_or_insert_with(Identitas::default);
                                *id.get_mut(f) = v;
                                if *id == Identitas::default() {
                                    *p = None;
                                }
                            }
                        })
                    }/>
            </label>
        }
    })
}
