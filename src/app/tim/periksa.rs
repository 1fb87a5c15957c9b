use leptos::prelude::*;

use super::{use_tim, TimCtx};
use crate::core::model::Draft;
use crate::core::mpph::{self, TemuanTim};

/// The team's coverage findings, from the whole workspace.
pub fn temuan(ctx: TimCtx) -> Vec<TemuanTim> {
    let tim = ctx.tim.get();
    ctx.app.ws.with(|w| {
        let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
        mpph::periksa(&tim, &drafts)
    })
}

/// Coverage: a leader RHK nobody contributes to, a person with no role, an empty level-2
/// column, and the like.
#[component]
pub fn Periksa() -> impl IntoView {
    let ctx = use_tim();
    let list = Memo::new(move |_| temuan(ctx));
    view! {
        <section class="periksa" data-testid="periksa-tim">
            <Show when=move || list.with(Vec::is_empty) fallback=move || view! {
                <ul class="temuan-list">
                    {move || list.get().into_iter().map(|t| view! { <li class="temuan warning" data-jenis=t.jenis>{t.pesan}</li> }).collect_view()}
                </ul>
            }>
                <p class="notice info">"Tidak ada temuan: setiap RHK pimpinan punya kontributor dan setiap orang punya peran."</p>
            </Show>
        </section>
    }
}
