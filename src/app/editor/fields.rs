use leptos::prelude::*;

use super::use_editor;
use crate::core::field::FieldKey;

/// One text input bound to a draft field, with its messages beneath.
#[component]
pub fn TextField(
    /// The visible (or, with `hide_label`, screen-reader) label.
    #[prop(into)]
    label: Signal<String>,
    /// The field's key: its messages, its `data-field` for focus and tests.
    field: FieldKey,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// A growing text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] placeholder: String,
    #[prop(optional, into)] input_type: Option<String>,
    /// The id of a `<datalist>` with suggestions.
    #[prop(optional, into)]
    list: Option<String>,
    #[prop(optional, into)] on_keydown: Option<Callback<web_sys::KeyboardEvent>>,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let key = field.as_string();
    let ctx = use_editor();
    let left_key = key.clone();
    let left = move |_: leptos::ev::FocusEvent| ctx.tinggalkan(&left_key);
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if let Some(cb) = on_keydown {
            cb.run(ev);
        }
    };
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea rows="2" aria-label=label placeholder=placeholder.clone() data-field=key.clone()
                prop:value=value on:input=input on:keydown=keydown on:blur=left.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type=input_type.unwrap_or_else(|| "text".into()) aria-label=label placeholder=placeholder.clone()
                data-field=key.clone() list=list prop:value=value on:input=input on:keydown=keydown on:blur=left/>
        }
        .into_any()
    };
    view! {
        <label class=format!("field {class}")>
            <span class="field-label" class:visually-hidden=hide_label>{label}</span>
            {control}
            <FieldMessages field=field/>
        </label>
    }
}

/// The messages about one field: its shape error, then its wording findings, each with
/// the suggested rewrite one click away and a way to set it aside for this field.
/// Most fields have none: until one comes, a field has only the memo that says so (no
/// views, no effects), which keeps a long draft quick to open.
#[component]
pub fn FieldMessages(field: FieldKey) -> impl IntoView {
    let ctx = use_editor();
    let field = StoredValue::new(field);
    let ada = Memo::new(move |_| field.with_value(|f| ctx.ada_pesan(f)));
    move || {
        ada.get()
            .then(|| view! { <Pesan field=field.get_value()/> })
    }
}

#[component]
fn Pesan(field: FieldKey) -> impl IntoView {
    let ctx = use_editor();
    let field = StoredValue::new(field);
    let error = Memo::new(move |_| ctx.error(&field.get_value()));
    let findings = Memo::new(move |_| ctx.findings_for(&field.get_value()));
    view! {
        {move || error.get().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
        {move || findings.get().into_iter().map(|f| view! { <super::temuan::TemuanItem field=field.get_value() finding=f/> }).collect_view()}
    }
}
