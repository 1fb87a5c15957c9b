use leptos::prelude::*;

use super::rhk_row::Lajur;
use super::{use_editor, FieldMessages, TextField};
use crate::app::browser::new_id;
use crate::app::keys::{focus_field, row_key, RowKey};
use crate::core::edit::{Arah, DraftEdit};
use crate::core::field::FieldKey;
use crate::core::model::{Aspek, Perspektif};

/// One IKI: aspek (JA/JF) or perspektif (JPT), the indicator, and its target.
#[component]
pub fn IkiRow(
    rhk_id: String,
    iki_id: String,
    lajur: Lajur,
    siblings: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = use_editor();
    let rid = StoredValue::new(rhk_id);
    let iid = StoredValue::new(iki_id);
    let iki = Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.rhk_by_id(&rid.get_value())
                .and_then(|r| r.iki.iter().find(|i| i.id == iid.get_value()).cloned())
        })
    });
    let get = move |f: fn(&crate::core::model::Iki) -> String| {
        Signal::derive(move || iki.with(|i| i.as_ref().map(f).unwrap_or_default()))
    };
    let aspek = Memo::new(move |_| iki.with(|i| i.as_ref().and_then(|i| i.aspek)));
    let perspektif = Memo::new(move |_| iki.with(|i| i.as_ref().and_then(|i| i.perspektif)));
    let (r, i) = (move || rid.get_value(), move || iid.get_value());
    let move_iki = move |arah| {
        ctx.edit(DraftEdit::MoveIki(r(), i(), arah, lajur));
        focus_field(FieldKey::IkiTeks(r(), i()).as_string());
    };
    let remove = move || {
        let next = siblings.with_untracked(|s| {
            let k = s.iter().position(|x| *x == i())?;
            if k > 0 {
                s.get(k - 1).cloned()
            } else {
                s.get(k + 1).cloned()
            }
        });
        ctx.edit(DraftEdit::RemoveIki(r(), i()));
        match next {
            Some(n) => focus_field(FieldKey::IkiTeks(r(), n).as_string()),
            None => focus_field(FieldKey::RhkTeks(r()).as_string()),
        }
    };
    let add_below = move || {
        let id = new_id();
        // The next unused aspek, as the "+ IKI" button gives (an SKP JPT's IKI has none).
        let next = ctx
            .draft
            .with_untracked(|d| d.rhk_by_id(&r()).map(|r| r.aspek_berikutnya()));
        let (p, a) = (perspektif.get_untracked(), aspek.get_untracked().and(next));
        ctx.edit(DraftEdit::AddIki {
            rhk: r(),
            id: id.clone(),
            perspektif: p,
            aspek: a,
        });
        focus_field(FieldKey::IkiTeks(r(), id).as_string());
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(k) = row_key(&ev) else { return };
        ev.prevent_default();
        match k {
            RowKey::Add => add_below(),
            RowKey::Up => move_iki(Arah::Naik),
            RowKey::Down => move_iki(Arah::Turun),
            RowKey::Remove => remove(),
        }
    };
    // Pendekatan kualitatif: one narrative line per IKI ("ukuran keberhasilan … dan target");
    // the aspek and the numeric target are not part of that form. A target typed earlier
    // stays visible (and printed) rather than being hidden.
    let kualitatif = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.header.pendekatan == crate::core::model::Pendekatan::Kualitatif)
    });
    let show_target = move || {
        !kualitatif.get()
            || iki.with(|i| {
                i.as_ref()
                    .is_some_and(|i| !i.target.nilai.trim().is_empty())
            })
    };
    let teks_label = Signal::derive(move || {
        if kualitatif.get() {
            "Ukuran keberhasilan / indikator kinerja individu, dan target".to_string()
        } else {
            "Indikator kinerja individu".to_string()
        }
    });
    let classifier = match lajur {
        Lajur::Ja => view! {
            <Show when=move || !kualitatif.get()>
            <select class="col-aspek" aria-label="Aspek" data-field=FieldKey::IkiAspek(r(), i()).as_string() on:change=move |ev| {
                ctx.edit(DraftEdit::IkiAspek(r(), i(), Aspek::from_code(&event_target_value(&ev))));
            }>
                <option value="" selected=move || aspek.get().is_none()>"—"</option>
                {Aspek::ALL.map(|a| view! { <option value=a.code() selected=move || aspek.get() == Some(a)>{a.label()}</option> })}
            </select>
            </Show>
        }
        .into_any(),
        Lajur::Jpt(_) => ().into_any(),
    };
    let perspektif_select = match lajur {
        Lajur::Jpt(_) => Some(view! {
            <select class="col-perspektif" aria-label="Perspektif" on:change=move |ev| {
                ctx.edit(DraftEdit::IkiPerspektif(r(), i(), Perspektif::from_code(&event_target_value(&ev))));
                focus_field(FieldKey::IkiTeks(r(), i()).as_string());
            }>
                <option value="" selected=move || perspektif.get().is_none()>"—"</option>
                {Perspektif::ALL.map(|p| view! { <option value=p.code() selected=move || perspektif.get() == Some(p)>{p.label().trim_start_matches("Perspektif ")}</option> })}
            </select>
        }),
        Lajur::Ja => None,
    };
    view! {
        <div class="iki-row" data-testid="iki-row">
            {classifier}
            <div class="col-iki-teks">
                <TextField label=teks_label hide_label=true multiline=true field=FieldKey::IkiTeks(r(), i())
                    placeholder="mis. Jumlah laporan … yang …" value=get(|i| i.teks.clone()) on_keydown=on_key
                    on_input=move |v| ctx.edit(DraftEdit::IkiTeks(r(), i(), v))/>
                <div class="row-tools">
                    <button class="btn tiny" title="Naikkan IKI (Alt+↑)" aria-label="Naikkan IKI" on:click=move |_| move_iki(Arah::Naik)>"↑"</button>
                    <button class="btn tiny" title="Turunkan IKI (Alt+↓)" aria-label="Turunkan IKI" on:click=move |_| move_iki(Arah::Turun)>"↓"</button>
                    <button class="btn tiny danger" title="Hapus IKI (Ctrl+Shift+Backspace)" aria-label="Hapus IKI" on:click=move |_| remove()>"✕"</button>
                </div>
            </div>
            <div class="col-target" class:tanpa-target=move || !show_target()>
                // Shown only where the column heads are hidden (narrow screens).
                <span class="field-label label-sempit" aria-hidden="true">"Target (nilai, s.d. maks, satuan)"</span>
                <div class="target-inputs">
                    <input class="nilai" aria-label="Target" placeholder="nilai" data-field=format!("{}/nilai", FieldKey::IkiTarget(r(), i()))
                        prop:value=get(|i| i.target.nilai.clone()) inputmode="decimal"
                        on:input=move |ev| ctx.edit(DraftEdit::IkiNilai(r(), i(), event_target_value(&ev)))/>
                    <span class="sd">"s.d."</span>
                    <input class="nilai" aria-label="Target maksimum (untuk rentang)" placeholder="(maks)" inputmode="decimal"
                        prop:value=get(|i| i.target.nilai_maks.clone())
                        on:input=move |ev| ctx.edit(DraftEdit::IkiNilaiMaks(r(), i(), event_target_value(&ev)))/>
                    <input class="satuan" aria-label="Satuan" placeholder="satuan" list="satuan-umum"
                        data-field=format!("{}/satuan", FieldKey::IkiTarget(r(), i()))
                        prop:value=get(|i| i.target.satuan.clone())
                        on:input=move |ev| ctx.edit(DraftEdit::IkiSatuan(r(), i(), event_target_value(&ev)))/>
                </div>
                <FieldMessages field=FieldKey::IkiTarget(r(), i())/>
            </div>
            {perspektif_select}
        </div>
    }
}
