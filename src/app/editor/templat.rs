//! Rows the editor repeats by the dozen (an RHK and each of its IKI) are cloned from a
//! `<template>` parsed once, then wired by hand: a few effects that keep values in step
//! with the draft, and one listener per kind of event on the row, which reads what was
//! touched from the control's `data-isian` or the button's `data-aksi`.
//!
//! Why: built through the view layer, each RHK row with its IKI made some 60 elements, 100
//! marker comments and 70 attributes one call at a time, and a stored 40-RHK draft took
//! 1.7–1.9× as long to open as the TodoMVC reference with 200 todos (README, Benchmarks).
//! A clone is one call. A field's messages and the list of IKI are still ordinary views,
//! mounted into the clone; the "tertaut" badge, the "Perlu ditinjau" note and the empty-list
//! hint are in the template, put in and taken out by effects.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use super::{use_editor, FieldMessages};
use crate::core::field::FieldKey;

/// The kinds of row, each with its own template.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pola {
    RhkJa,
    RhkJpt,
    IkiJa,
    IkiJpt,
}

thread_local! {
    static TEMPLAT: RefCell<Vec<(Pola, web_sys::HtmlTemplateElement)>> = const { RefCell::new(Vec::new()) };
}

/// A fresh copy of a row's inside, from the template made at first use (`html`).
pub fn salin(pola: Pola, html: impl FnOnce() -> String) -> Option<web_sys::DocumentFragment> {
    TEMPLAT.with(|t| {
        let mut t = t.borrow_mut();
        if !t.iter().any(|(p, _)| *p == pola) {
            let tpl: web_sys::HtmlTemplateElement = document()
                .create_element("template")
                .ok()?
                .dyn_into()
                .ok()?;
            tpl.set_inner_html(&html());
            t.push((pola, tpl));
        }
        let (_, tpl) = t.iter().find(|(p, _)| *p == pola)?;
        tpl.content()
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into()
            .ok()
    })
}

/// What a row keeps alive while it is shown: its effects and the views mounted in it.
/// Stored in the row's owner, so all of it goes when the row does.
#[derive(Default)]
pub struct Isi {
    efek: Vec<RenderEffect<()>>,
    tampilan: Vec<leptos::tachys::view::any_view::AnyViewState>,
}

impl Isi {
    /// Runs `f` now and again whenever what it reads changes.
    pub fn efek(&mut self, f: impl Fn() + 'static) {
        self.efek.push(RenderEffect::new(move |_| f()));
    }

    /// Builds `view` and puts it at the end of `parent` (or before `sebelum`).
    pub fn pasang(
        &mut self,
        view: AnyView,
        parent: &web_sys::Element,
        sebelum: Option<&web_sys::Node>,
    ) {
        let mut state = view.build();
        state.mount(parent, sebelum);
        self.tampilan.push(state);
    }

    /// The messages of some fields, each mounted (in `parent`, before `sebelum`) the first
    /// time its field has something to say. Until then the row's fields cost one memo for
    /// all of them, not a view, a memo and an effect each: most fields of a draft never
    /// have a message.
    pub fn pesan(&mut self, fields: Vec<(FieldKey, web_sys::Element, Option<web_sys::Node>)>) {
        let ctx = use_editor();
        let keys: Vec<FieldKey> = fields.iter().map(|(k, _, _)| k.clone()).collect();
        let ada = Memo::new(move |_| {
            keys.iter().enumerate().fold(
                0u64,
                |m, (i, k)| if ctx.ada_pesan(k) { m | 1 << i } else { m },
            )
        });
        // Built in the row's owner, not the effect's, which is cleared on each run.
        let owner = Owner::current();
        let belum = RefCell::new(fields.into_iter().map(Some).collect::<Vec<_>>());
        let dipasang = RefCell::new(Vec::new());
        self.efek(move || {
            let m = ada.get();
            for (i, slot) in belum.borrow_mut().iter_mut().enumerate() {
                if m & (1 << i) == 0 {
                    continue;
                }
                if let Some((field, parent, sebelum)) = slot.take() {
                    let build =
                        || untrack(|| view! { <FieldMessages field=field/> }.into_any().build());
                    let mut state = match &owner {
                        Some(o) => o.with(build),
                        None => build(),
                    };
                    state.mount(&parent, sebelum.as_ref());
                    dipasang.borrow_mut().push(state);
                }
            }
        });
    }

    /// Shows `el` (put back before `sebelum` in `parent`) while `tampak` says so, and takes it
    /// out of the page otherwise.
    pub fn tampak(
        &mut self,
        el: web_sys::Element,
        parent: web_sys::Element,
        sebelum: Option<web_sys::Node>,
        tampak: impl Fn() -> bool + 'static,
    ) {
        self.efek(move || {
            if !tampak() {
                el.remove();
            } else if el.parent_node().is_none() {
                let _ = parent.insert_before(&el, sebelum.as_ref());
            }
        });
    }

    /// Keeps everything in the current owner (the row's component).
    pub fn simpan(self) {
        StoredValue::new_local(self);
    }
}

/// The first element under `root` matching `sel`.
pub fn cari(root: &web_sys::DocumentFragment, sel: &str) -> Option<web_sys::Element> {
    root.query_selector(sel).ok().flatten()
}

/// What kind of control a row's field is (known from the template, so no type check runs
/// in the page).
#[derive(Clone, Copy)]
pub enum Kendali {
    /// `<textarea>`
    Teks,
    /// `<input>`
    Masukan,
    /// `<select>`
    Pilihan,
}

/// A control of a cloned row and the value the row last knew it to hold.
///
/// Why: setting a row's values used to read each control's value back from the page first
/// (a call into the page and a string copied out of it, per control, per run). Here a value
/// equal to the one last known costs nothing; otherwise the page is read, and written only
/// when it differs, so the caret stays where the user is typing.
pub struct Isian {
    el: web_sys::Element,
    jenis: Kendali,
    /// The value last given or seen.
    terakhir: RefCell<String>,
    /// Still as the template made it: nothing typed or chosen yet.
    segar: std::cell::Cell<bool>,
}

impl Isian {
    /// `el`, a control fresh from the template, where it shows `awal` (a text control
    /// nothing, a select its first option).
    pub fn baru(el: web_sys::Element, jenis: Kendali, awal: &str) -> Isian {
        Isian {
            el,
            jenis,
            terakhir: RefCell::new(awal.to_string()),
            segar: std::cell::Cell::new(true),
        }
    }

    /// Gives the control `v` unless it already shows it.
    pub fn setel(&self, v: &str) {
        let mut t = self.terakhir.borrow_mut();
        if *t == v {
            return;
        }
        // A fresh control is known to show the template's value: no need to ask the page.
        let segar = self.segar.get();
        let el = &self.el;
        match self.jenis {
            Kendali::Teks => {
                let e = el.unchecked_ref::<web_sys::HtmlTextAreaElement>();
                if segar || e.value() != v {
                    e.set_value(v);
                }
            }
            Kendali::Masukan => {
                let e = el.unchecked_ref::<web_sys::HtmlInputElement>();
                if segar || e.value() != v {
                    e.set_value(v);
                }
            }
            Kendali::Pilihan => {
                let e = el.unchecked_ref::<web_sys::HtmlSelectElement>();
                if segar || e.value() != v {
                    e.set_value(v);
                }
            }
        }
        self.segar.set(false);
        v.clone_into(&mut t);
    }
}

/// The control or button an event on a row came from, and what it is
/// (`data-isian` of a control, `data-aksi` of a button).
pub fn asal(ev: &web_sys::Event, attr: &str) -> Option<(web_sys::Element, String)> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let el = el.closest(&format!("[{attr}]")).ok().flatten()?;
    let v = el.get_attribute(attr)?;
    Some((el, v))
}

/// What the control an event came from is (its `data-isian`).
pub fn isian_dari(ev: &web_sys::Event) -> Option<String> {
    asal(ev, "data-isian").map(|(_, i)| i)
}

/// What the button an event came from does (its `data-aksi`).
pub fn aksi_dari(ev: &web_sys::Event) -> Option<String> {
    asal(ev, "data-aksi").map(|(_, a)| a)
}

/// Focus left a control: if it is one of `isian`, its field counts as left from now on
/// (an empty field says so then).
pub fn tinggalkan(ctx: super::EditorCtx, ev: &web_sys::Event, isian: &[&str]) {
    if let Some((el, i)) = asal(ev, "data-isian") {
        if let Some(key) = el
            .get_attribute("data-field")
            .filter(|_| isian.contains(&i.as_str()))
        {
            ctx.tinggalkan(&key);
        }
    }
}

/// `<option>`s for a select: an empty "—" first when `kosong`.
pub fn pilihan(
    kosong: bool,
    items: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> String {
    let mut s = String::new();
    if kosong {
        s.push_str(r#"<option value="">—</option>"#);
    }
    for (code, label) in items {
        s.push_str(&format!(r#"<option value="{code}">{label}</option>"#));
    }
    s
}

/// A text field as the editor's `TextField` draws it (label, text area), without its
/// messages, which the row mounts after it.
pub fn isian(label: &str, placeholder: &str, isian: &str) -> String {
    format!(
        r#"<label class="field "><span class="field-label visually-hidden">{label}</span><textarea rows="2" aria-label="{label}" placeholder="{placeholder}" data-isian="{isian}"></textarea></label>"#
    )
}

/// A small row button.
pub fn tombol(
    class: &str,
    title: &str,
    aria: Option<&str>,
    aksi: &str,
    testid: Option<&str>,
    teks: &str,
) -> String {
    let aria = aria
        .map(|a| format!(r#" aria-label="{a}""#))
        .unwrap_or_default();
    let testid = testid
        .map(|t| format!(r#" data-testid="{t}""#))
        .unwrap_or_default();
    format!(
        r#"<button class="{class}" title="{title}"{aria}{testid} data-aksi="{aksi}">{teks}</button>"#
    )
}
