use leptos::prelude::*;

use crate::app::state::use_app;

/// The teams (MPPH) in this browser, in the sidebar.
#[component]
pub fn TeamList() -> impl IntoView {
    let app = use_app();
    // Made here or by the full module (see `app::Layar`).
    let tim_baru = use_context::<crate::app::Layar>().map(|l| l.tim_baru);
    let teams = Memo::new(move |_| {
        app.ws.with(|w| {
            w.teams
                .iter()
                .map(|t| (t.id.clone(), t.nama_unit.clone(), t.orang.len()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <nav class="draft-list team-list" aria-label="Daftar tim">
            <h2>"Tim (MPPH)"</h2>
            <p class="hint">"Bagi RHK pimpinan ke ketua tim dan anggota, lalu turunkan ke SKP masing-masing."</p>
            <ul>
                <For each=move || teams.get() key=|t| t.clone() let:t>
                    {
                        let id = t.0.clone();
                        let is_open = move || app.open_tim.get().as_deref() == Some(id.as_str());
                        let id2 = t.0.clone();
                        view! {
                            <li class="draft-item" class:open=is_open data-testid="tim-item">
                                <button class="draft-open" on:click=move |_| app.open_team(Some(id2.clone()))>
                                    <span class="draft-name">{t.1.clone()}</span>
                                    <span class="draft-meta">{format!("{} orang", t.2)}</span>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button class="btn add" data-testid="tim-baru" title="Pimpinan tim = draf yang sedang dibuka (atau draf SKP JPT baru)" on:click=move |_| if let Some(f) = tim_baru { f(app) }>"+ Tim baru"</button>
        </nav>
    }
}
