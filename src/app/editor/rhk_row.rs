use leptos::prelude::*;

use super::iki_row::IkiRow;
use super::{use_editor, TextField};
use crate::app::browser::new_id;
use crate::app::keys::{focus_field, row_key, RowKey};
use crate::core::edit::{Arah, DraftEdit};
use crate::core::field::FieldKey;
pub use crate::core::model::Lajur;
use crate::core::model::{JenisRhk, RhkAtasan};

/// One RHK with its IKI (those of this lajur), its controls and its keyboard commands.
#[component]
pub fn RhkRow(
    rhk_id: String,
    lajur: Lajur,
    /// Its number within the group.
    no: Signal<usize>,
    /// The ids shown in the same group, to move focus after a removal.
    siblings: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = use_editor();
    let rid = StoredValue::new(rhk_id);
    let rhk = Memo::new(move |_| ctx.draft.with(|d| d.rhk_by_id(&rid.get_value()).cloned()));
    let teks = Signal::derive(move || {
        rhk.with(|r| r.as_ref().map(|r| r.teks.clone()).unwrap_or_default())
    });
    let atasan = Signal::derive(move || {
        rhk.with(|r| {
            r.as_ref()
                .map(|r| r.rhk_atasan.teks.clone())
                .unwrap_or_default()
        })
    });
    let atasan_linked =
        Memo::new(move |_| rhk.with(|r| r.as_ref().and_then(|r| r.rhk_atasan.id.clone())));
    let jenis = Memo::new(move |_| rhk.with(|r| r.as_ref().map(|r| r.jenis).unwrap_or_default()));
    let iki_ids = Memo::new(move |_| {
        rhk.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.iki
                        .iter()
                        .filter(|i| lajur.shows(i))
                        .map(|i| i.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let perspektif = match lajur {
        Lajur::Jpt(p) => p,
        Lajur::Ja => None,
    };
    let add_iki = move || {
        let id = new_id();
        let aspek = match lajur {
            Lajur::Ja => rhk.with_untracked(|r| r.as_ref().map(|r| r.aspek_berikutnya())),
            Lajur::Jpt(_) => None,
        };
        ctx.edit(DraftEdit::AddIki {
            rhk: rid.get_value(),
            id: id.clone(),
            perspektif,
            aspek,
        });
        focus_field(FieldKey::IkiTeks(rid.get_value(), id).as_string());
    };
    let move_rhk = move |arah| {
        ctx.edit(DraftEdit::MoveRhk(rid.get_value(), arah, lajur));
        focus_field(FieldKey::RhkTeks(rid.get_value()).as_string());
    };
    let remove = move || {
        let next_focus = siblings.with_untracked(|s| {
            let i = s.iter().position(|x| *x == rid.get_value())?;
            if i > 0 {
                s.get(i - 1).cloned()
            } else {
                s.get(i + 1).cloned()
            }
        });
        ctx.edit(DraftEdit::RemoveRhk(rid.get_value()));
        if let Some(n) = next_focus {
            focus_field(FieldKey::RhkTeks(n).as_string());
        }
    };
    let add_below = move || {
        let id = new_id();
        ctx.edit(DraftEdit::AddRhk {
            id: id.clone(),
            iki_id: new_id(),
            jenis: jenis.get_untracked(),
            perspektif,
            after: Some(rid.get_value()),
        });
        focus_field(FieldKey::RhkTeks(id).as_string());
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(k) = row_key(&ev) else { return };
        ev.prevent_default();
        match k {
            RowKey::Add => add_below(),
            RowKey::Up => move_rhk(Arah::Naik),
            RowKey::Down => move_rhk(Arah::Turun),
            RowKey::Remove => remove(),
        }
    };
    view! {
        <div class="rhk-row" data-testid="rhk-row" data-rhk=move || rid.get_value()>
            <div class="col-no">{no}</div>
            {(lajur == Lajur::Ja).then(|| view! {
                <div class="col-atasan">
                    <TextField label="RHK atasan yang diintervensi" hide_label=true multiline=true
                        field=FieldKey::RhkAtasan(rid.get_value()) value=atasan
                        placeholder="RHK atasan yang diintervensi"
                        on_input=move |v: String| ctx.edit(DraftEdit::RhkAtasan(rid.get_value(), RhkAtasan { id: atasan_linked.get_untracked(), teks: v }))/>
                    <Show when=move || atasan_linked.with(Option::is_some)>
                        <span class="badge info" title="Tertaut ke RHK atasan lewat MPPH">"tertaut"</span>
                    </Show>
                </div>
            })}
            <div class="col-rhk">
                <TextField label="Rencana hasil kerja" hide_label=true multiline=true
                    field=FieldKey::RhkTeks(rid.get_value()) value=teks on_keydown=on_key
                    placeholder="mis. Tersusunnya laporan … yang …"
                    on_input=move |v| ctx.edit(DraftEdit::RhkTeks(rid.get_value(), v))/>
                <FieldMessagesRhk rid=rid.get_value()/>
                {move || rhk.with(|r| r.as_ref().and_then(|r| r.tinjau.clone())).map(|why| view! {
                    <div class="temuan warning" data-testid="tinjau">
                        <span class="temuan-label">"Perlu ditinjau"</span> " " {why} " "
                        <button class="btn tiny" on:click=move |_| ctx.edit_step(DraftEdit::SelesaiTinjau(rid.get_value()))>"Sudah ditinjau"</button>
                    </div>
                })}
                <div class="row-tools">
                    <select aria-label="Jenis RHK" on:change=move |ev| {
                        let j = if event_target_value(&ev) == "tambahan" { JenisRhk::Tambahan } else { JenisRhk::Utama };
                        ctx.edit(DraftEdit::RhkJenis(rid.get_value(), j));
                    }>
                        {JenisRhk::ALL.map(|j| view! { <option value=j.code() selected=move || jenis.get() == j>{if j == JenisRhk::Utama { "Utama" } else { "Tambahan" }}</option> })}
                    </select>
                    <button class="btn tiny" title="Naikkan (Alt+↑)" aria-label="Naikkan RHK" on:click=move |_| move_rhk(Arah::Naik)>"↑"</button>
                    <button class="btn tiny" title="Turunkan (Alt+↓)" aria-label="Turunkan RHK" on:click=move |_| move_rhk(Arah::Turun)>"↓"</button>
                    <button class="btn tiny" title="Tambah IKI" data-testid="tambah-iki" on:click=move |_| add_iki()>"+ IKI"</button>
                    <button class="btn tiny danger" title="Hapus RHK (Ctrl+Shift+Backspace)" aria-label="Hapus RHK" data-testid="hapus-rhk" on:click=move |_| remove()>"✕"</button>
                </div>
            </div>
            <div class="col-iki">
                <For each=move || iki_ids.get() key=|id| id.clone() let:iki_id>
                    <IkiRow rhk_id=rid.get_value() iki_id=iki_id lajur=lajur siblings=iki_ids/>
                </For>
                <Show when=move || iki_ids.with(Vec::is_empty)>
                    <p class="hint">"Belum ada IKI di sini. " <button class="btn tiny" on:click=move |_| add_iki()>"+ Tambah IKI"</button></p>
                </Show>
            </div>
        </div>
    }
}

/// Messages about the RHK as a whole (no IKI, duplicate …).
#[component]
fn FieldMessagesRhk(rid: String) -> impl IntoView {
    view! { <super::FieldMessages field=FieldKey::Rhk(rid)/> }
}
