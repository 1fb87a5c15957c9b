use leptos::prelude::*;

use super::use_editor;
use crate::app::keys::focus_field_selecting;
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::TemuanDiabaikan;
use crate::core::wording::{gap_span, Finding, Severity};

/// One wording finding at its field: severity, reason, the part of the text it is about,
/// and the actions "Pakai saran" and "Abaikan".
#[component]
pub fn TemuanItem(field: FieldKey, finding: Finding) -> impl IntoView {
    let ctx = use_editor();
    let class = format!("temuan {}", finding.severity.code());
    let excerpt = excerpt(&ctx.text_of(&field), finding.span);
    let field_key = field.as_string();
    let apply = finding.suggestion.clone().and_then(|s| suggestion_edit(&field, s)).map(|edit| {
        let text = match &edit {
            DraftEdit::RhkTeks(_, s) | DraftEdit::IkiTeks(_, _, s) => s.clone(),
            _ => String::new(),
        };
        let gap = gap_span(&text);
        let field_key = field_key.clone();
        let label = match &edit {
            DraftEdit::RhkTeks(_, s) | DraftEdit::IkiTeks(_, _, s) => format!("Pakai saran: {s}"),
            _ => "Pakai saran".into(),
        };
        view! {
            <button class="btn tiny saran" data-testid="pakai-saran" title=label.clone() on:click=move |_| {
                ctx.edit_step(edit.clone());
                // Back in the field, with a template's gap selected so typing fills it.
                focus_field_selecting(field_key.clone(), gap.map(|(a, b)| (utf16_at(&text, a), utf16_at(&text, b))));
            }>"Pakai saran"</button>
        }
    });
    let suggestion_text = finding
        .suggestion
        .clone()
        .map(|s| view! { <span class="saran-teks">"Saran: " {s}</span> });
    let dismiss = TemuanDiabaikan {
        aturan: finding.rule.to_string(),
        field: field.as_string(),
    };
    view! {
        <div class=class data-testid="temuan" data-rule=finding.rule>
            <span class="temuan-label">{finding.severity.label()}</span>
            " " {finding.message.clone()}
            {excerpt.map(|e| view! { <span class="temuan-span">" (pada «" {e} "»)"</span> })}
            " " {suggestion_text}
            <span class="temuan-actions">
                {apply}
                <button class="btn tiny" data-testid="abaikan" title="Abaikan temuan ini untuk isian ini (tercatat di draf dan di berkas ekspor)"
                    on:click=move |_| ctx.edit(DraftEdit::Abaikan(dismiss.clone()))>"Abaikan"</button>
            </span>
        </div>
    }
}

/// The text a span points into, for an excerpt; `None` for whole-field findings.
fn excerpt(text: &str, (start, end): (usize, usize)) -> Option<String> {
    if end <= start {
        return None;
    }
    let part: String = text.chars().skip(start).take(end - start).collect();
    (!part.trim().is_empty() && part.chars().count() < text.chars().count()).then_some(part)
}

/// A suggestion is a whole new text for the field; only text fields can take it.
fn suggestion_edit(field: &FieldKey, s: String) -> Option<DraftEdit> {
    match field {
        FieldKey::RhkTeks(r) => Some(DraftEdit::RhkTeks(r.clone(), s)),
        FieldKey::IkiTeks(r, i) => Some(DraftEdit::IkiTeks(r.clone(), i.clone(), s)),
        _ => None,
    }
}

/// The UTF-16 offset of char `at` in `text` (the browser's selection counts UTF-16 units).
fn utf16_at(text: &str, at: usize) -> u32 {
    text.chars().take(at).map(char::len_utf16).sum::<usize>() as u32
}

/// Severity order for the summary.
pub const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];
