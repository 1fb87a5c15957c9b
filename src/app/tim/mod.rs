//! The team (MPPH) workspace: people, the level-1 and level-2 matrices, derivation into
//! each person's SKP, and the coverage checks.

mod actions;
mod hapus;
mod list;
mod matriks;
mod orang;
mod penilai;
mod periksa;
mod predikat;
mod turunan;

use std::sync::Arc;

use leptos::prelude::*;

pub use list::TeamList;

use crate::app::state::{use_app, AppState};
use crate::core::model::Draft;
use crate::core::mpph::{Peran, Tim, Tingkat};

/// What the parts of the team page share.
#[derive(Clone, Copy)]
pub struct TimCtx {
    pub app: AppState,
    pub id: StoredValue<String>,
    pub tim: Memo<Arc<Tim>>,
}

impl TimCtx {
    /// Changes the team as one undo step; `coalesce` merges typing in one field.
    pub fn change(&self, coalesce: Option<String>, f: impl FnOnce(&mut Tim, &[Arc<Draft>])) {
        self.app.team_change(&self.id.get_value(), coalesce, f);
    }

    /// The drafts a matrix needs: the leader's, and for level 2 that ketua's.
    pub fn drafts_for(&self, tingkat: &Tingkat) -> Vec<Draft> {
        let tim = self.tim.get();
        self.app.ws.with(|w| {
            let mut out: Vec<Draft> = w
                .get(&tim.pimpinan)
                .map(|d| (**d).clone())
                .into_iter()
                .collect();
            if let Tingkat::Dua(k) = tingkat {
                let draf = tim.orang_by_id(k).and_then(|o| o.draf.clone());
                out.extend(draf.and_then(|id| w.get(&id).map(|d| (**d).clone())));
            }
            out
        })
    }
}

pub fn use_tim() -> TimCtx {
    expect_context::<TimCtx>()
}

#[derive(Clone, Debug, PartialEq)]
enum Tab {
    Orang,
    Level1,
    Level2,
    Turunan,
    Periksa,
    Predikat,
}

/// One team's page.
#[component]
pub fn TimPage(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let found = Memo::new(move |_| app.ws.with(|w| w.team(&id.get_value()).cloned()));
    let tim = Memo::new(move |_| found.get().unwrap_or_default());
    let ctx = TimCtx { app, id, tim };
    provide_context(ctx);
    let tab = RwSignal::new(Tab::Orang);
    let drafts = Memo::new(move |_| {
        app.ws.with(|w| {
            w.drafts
                .iter()
                .map(|d| (d.id.clone(), d.nama_draf.clone()))
                .collect::<Vec<_>>()
        })
    });
    let ketua = Memo::new(move |_| {
        tim.with(|t| {
            t.ketua_tim()
                .map(|o| (o.id.clone(), o.nama.clone()))
                .collect::<Vec<_>>()
        })
    });
    let ketua_pilihan = RwSignal::new(None::<String>);
    let ketua_aktif = Memo::new(move |_| {
        let list = ketua.get();
        ketua_pilihan
            .get()
            .filter(|k| list.iter().any(|(id, _)| id == k))
            .or_else(|| list.first().map(|(id, _)| id.clone()))
    });
    let tab_button = move |t: Tab, label: &'static str, testid: &'static str| {
        let (t1, t2, t3) = (t.clone(), t.clone(), t);
        view! {
            <button class="tab" role="tab" data-testid=testid class:active=move || tab.get() == t1
                aria-selected=move || (tab.get() == t2).to_string() on:click=move |_| tab.set(t3.clone())>{label}</button>
        }
    };
    view! {
        <Show when=move || found.with(Option::is_some) fallback=|| view! { <p class="hint">"Tim ini tidak ada lagi."</p> }>
            <article class="editor tim" data-testid="tim">
                <div class="editor-actions">
                    <button class="btn" data-testid="ekspor-tim" on:click=move |_| app.export_team(&id.get_value())>"Ekspor tim (.tim.json)"</button>
                    <button class="btn" data-testid="ekspor-tim-xlsx" title="MPPH level 1, setiap level 2 dan SKP setiap anggota, satu lembar masing-masing" on:click=move |_| app.export_team_xlsx(&id.get_value())>"Unduh Excel (MPPH dan SKP)"</button>
                    <button class="btn danger" data-testid="hapus-tim" on:click=move |_| app.confirm_delete_team.set(Some(id.get_value()))>"Hapus tim"</button>
                </div>
                <hapus::HapusTim/>
                <h2>"Tim & MPPH"</h2>
                <PenilaiTim/>
                <div class="kop-grid">
                    <label class="field">
                        <span class="field-label">"Unit kerja"</span>
                        <input data-field="tim/nama_unit" prop:value=move || tim.with(|t| t.nama_unit.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); ctx.change(Some("nama_unit".into()), |t, _| t.nama_unit = v) }/>
                    </label>
                    <label class="field">
                        <span class="field-label">"SKP pimpinan (kolom MPPH level 1)"</span>
                        <select data-field="tim/pimpinan" on:change=move |ev| { let v = event_target_value(&ev); ctx.change(None, |t, _| t.pimpinan = v) }>
                            {move || drafts.get().into_iter().map(|(did, nama)| {
                                let sel = tim.with(|t| t.pimpinan == did);
                                view! { <option value=did selected=sel>{nama}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <div class="tabs" role="tablist">
                    {tab_button(Tab::Orang, "Orang", "tab-orang")}
                    {tab_button(Tab::Level1, "MPPH level 1", "tab-level1")}
                    {tab_button(Tab::Level2, "MPPH level 2", "tab-level2")}
                    {tab_button(Tab::Turunan, "Turunkan ke SKP", "tab-turunan")}
                    <button class="tab" role="tab" data-testid="tab-periksa" class:active=move || tab.get() == Tab::Periksa on:click=move |_| tab.set(Tab::Periksa)>
                        "Pemeriksaan"
                    </button>
                    {tab_button(Tab::Predikat, "Predikat (latihan)", "tab-predikat")}
                </div>
                {move || match tab.get() {
                    Tab::Orang => view! { <orang::OrangTable/> }.into_any(),
                    Tab::Level1 => view! { <matriks::Matriks tingkat=Tingkat::Satu/> }.into_any(),
                    Tab::Level2 => view! {
                        <label class="field inline">
                            <span class="field-label">"Ketua tim"</span>
                            <select data-testid="pilih-ketua" on:change=move |ev| ketua_pilihan.set(Some(event_target_value(&ev)))>
                                {move || ketua.get().into_iter().map(|(kid, nama)| {
                                    let sel = ketua_aktif.get().as_deref() == Some(kid.as_str());
                                    view! { <option value=kid selected=sel>{nama}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                        {move || match ketua_aktif.get() {
                            Some(k) => view! { <matriks::Matriks tingkat=Tingkat::Dua(k)/> }.into_any(),
                            None => view! { <p class="hint">{format!("Belum ada {}: tambahkan di tab Orang.", Peran::KetuaTim.label())}</p> }.into_any(),
                        }}
                    }.into_any(),
                    Tab::Turunan => view! { <turunan::Turunan/> }.into_any(),
                    Tab::Periksa => view! { <periksa::Periksa/> }.into_any(),
                    Tab::Predikat => view! { <predikat::PredikatLatihan/> }.into_any(),
                }}
            </article>
        </Show>
    }
}

/// Who appraises the team's derived SKPs: the leader (the default), or another official
/// named here (e.g. an eselon III head between the leader and the team).
#[component]
fn PenilaiTim() -> impl IntoView {
    let ctx = use_tim();
    let lain = Memo::new(move |_| ctx.tim.with(|t| t.penilai.is_some()));
    let set_lain = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        ctx.change(None, move |t, _| {
            t.penilai = on.then(crate::core::model::Identitas::default);
        });
    };
    // Off clears the setting; emptying every field turns it off too (the leader appraises).
    let fields = move || {
        penilai::penilai_fields(
            || "tim/penilai".to_string(),
            |t, _| t.penilai.is_some().then_some(&mut t.penilai),
            String::new,
            move |f| {
                ctx.tim.with(|t| {
                    t.penilai
                        .as_ref()
                        .map(|p| p.get(f).to_string())
                        .unwrap_or_default()
                })
            },
        )
    };
    view! {
        <section class="penilai-tim" aria-label="Pejabat penilai kinerja tim">
            <label class="check">
                <input type="checkbox" data-testid="penilai-lain" prop:checked=move || lain.get() on:change=set_lain/>
                " Pejabat Penilai Kinerja bukan pimpinan tim (mis. kepala bidang di antara pimpinan dan tim)"
            </label>
            <Show when=move || lain.get()>
                <div class="kop-grid">{fields()}</div>
            </Show>
        </section>
    }
}
