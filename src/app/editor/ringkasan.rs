use leptos::prelude::*;

use super::temuan::SEVERITIES;
use super::use_editor;
use crate::app::keys::focus_field;
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::wording::rule;

/// The findings summary: counts by severity and a list that jumps to each field; and the
/// findings set aside, which can be brought back.
#[component]
pub fn Ringkasan() -> impl IntoView {
    let ctx = use_editor();
    let open = RwSignal::new(false);
    // One count of what is wrong: a value shown in red at its field (a target that is not a
    // number, an NIP) is a kesalahan like the checker's.
    let counts = Memo::new(move |_| {
        let field_errors = ctx.errors.with(Vec::len);
        let mut c = ctx
            .findings
            .with(|all| SEVERITIES.map(|s| all.iter().filter(|f| f.finding.severity == s).count()));
        c[0] += field_errors;
        c
    });
    let error_list = move || {
        ctx.errors.with(|all| {
            all.iter()
                .map(|e| {
                    let key = field_anchor(&e.field);
                    let where_ = ctx.field_label(&e.field);
                    view! {
                        <li class="temuan-link error">
                            <button class="link" on:click=move |_| focus_field(key.clone())>
                                <span class="temuan-label">"Kesalahan"</span>
                                " " {(!where_.is_empty()).then(|| format!("{where_}: "))} {e.message.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let dismissed = Memo::new(move |_| ctx.draft.with(|d| d.temuan_diabaikan.clone()));
    let list = move || {
        ctx.findings.with(|all| {
            let mut sorted: Vec<_> = all.iter().collect();
            crate::core::urut::urutkan_menurut(&mut sorted, |f| f.finding.severity);
            sorted
                .into_iter()
                .map(|f| {
                    let key = field_anchor(&f.field);
                    let where_ = ctx.field_label(&f.field);
                    view! {
                        <li class=format!("temuan-link {}", f.finding.severity.code())>
                            <button class="link" on:click=move |_| focus_field(key.clone())>
                                <span class="temuan-label">{f.finding.severity.label()}</span>
                                " " {(!where_.is_empty()).then(|| format!("{where_}: "))} {f.finding.message.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let dismissed_list = move || {
        dismissed.get().into_iter().map(|t| {
            let title = rule(&t.aturan).map_or(t.aturan.clone(), |r| r.title.to_string());
            // The field by its name on the form and its text, not its internal key.
            let place = FieldKey::parse(&t.field).map_or_else(
                || t.field.clone(),
                |k| {
                    let name = ctx.field_label(&k);
                    let text = ctx.text_of(&k);
                    let text = text.trim();
                    let short: String = text.chars().take(80).collect();
                    let short = if text.chars().count() > 80 { format!("{short}\u{2026}") } else { short };
                    match (name.is_empty(), short.is_empty()) {
                        (false, false) => format!("{name}: \u{ab}{short}\u{bb}"),
                        (false, true) => name,
                        (true, false) => format!("\u{ab}{short}\u{bb}"),
                        (true, true) => t.field.clone(),
                    }
                },
            );
            let t2 = t.clone();
            view! {
                <li data-testid="diabaikan">{title} " \u{2014} " {place} " "
                    <button class="btn tiny" on:click=move |_| ctx.edit(DraftEdit::BatalAbaikan(t2.clone()))>"Pulihkan"</button>
                </li>
            }
        }).collect_view()
    };
    view! {
        <aside class="ringkasan" data-testid="ringkasan" aria-label="Ringkasan pemeriksaan">
            <button class="ringkasan-counts" on:click=move |_| open.update(|o| *o = !*o) aria-expanded=move || open.get().to_string()>
                <strong>"Pemeriksaan: "</strong>
                {move || {
                    let [e, w, i] = counts.get();
                    view! {
                        <span class="count error" data-testid="jumlah-error">{e} " kesalahan"</span>
                        <span class="count warning" data-testid="jumlah-warning">{w} " peringatan"</span>
                        <span class="count info" data-testid="jumlah-info">{i} " saran"</span>
                    }
                }}
                <span class="toggle">{move || if open.get() { "▲ tutup" } else { "▼ lihat semua" }}</span>
            </button>
            // A new draft's empty fields are counted, not listed one by one, until the user
            // has left them or asks for the whole check.
            <Show when=move || { ctx.kosong_tertunda.get() > 0 }>
                <p class="kosong-tertunda" data-testid="kosong-tertunda">
                    {move || format!("{} isian masih kosong. ", ctx.kosong_tertunda.get())}
                    <button class="btn tiny" data-testid="periksa-semua" on:click=move |_| ctx.periksa_semua.set(true)>"Periksa semua"</button>
                </p>
            </Show>
            <Show when=move || open.get()>
                <ul class="temuan-list">{error_list} {list}</ul>
                <Show when=move || !dismissed.with(Vec::is_empty)>
                    <h4>"Diabaikan"</h4>
                    <ul class="temuan-list">{dismissed_list}</ul>
                </Show>
            </Show>
        </aside>
    }
}

/// The `data-field` to focus for a finding (target findings point at the target's value).
fn field_anchor(field: &FieldKey) -> String {
    match field {
        FieldKey::IkiTarget(..) => format!("{field}/nilai"),
        _ => field.as_string(),
    }
}
