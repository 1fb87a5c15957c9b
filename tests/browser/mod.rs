//! Helpers shared by the browser test binaries: mount the app into a fresh element, find
//! elements, and send the DOM events a person's typing and clicking send.
#![allow(dead_code)]

use leptos::prelude::*;
use skp_drafter::app::App;
use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Clears storage (tests share one page) and mounts the app into a fresh element.
pub fn mount_fresh() -> leptos::mount::UnmountHandle<impl Mountable> {
    storage().clear().unwrap();
    mount_keep_storage()
}

pub fn mount_keep_storage() -> leptos::mount::UnmountHandle<impl Mountable> {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("test-root") {
        old.remove();
    }
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    el.set_id("test-root");
    doc.body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el, App)
}

pub async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

pub fn q(selector: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into()
}

pub fn count(selector: &str) -> u32 {
    document().query_selector_all(selector).unwrap().length()
}

pub fn text(selector: &str) -> String {
    q(selector).text_content().unwrap_or_default()
}

pub fn value(selector: &str) -> String {
    js_sys::Reflect::get(&q(selector), &"value".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

/// Sets a field's value and fires `input` (or `change` for a select), as typing does.
pub fn set_value(selector: &str, v: &str) {
    set_el_value(&q(selector), v);
}

/// [`set_value`] on an element already found.
pub fn set_el_value(el: &web_sys::HtmlElement, v: &str) {
    js_sys::Reflect::set(el, &"value".into(), &v.into()).unwrap();
    let kind = if el.tag_name() == "SELECT" {
        "change"
    } else {
        "input"
    };
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

pub fn click(selector: &str) {
    q(selector).click();
}

/// Every element matching `selector`, in document order.
pub fn all(selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.unchecked_into())
        .collect()
}

/// A fresh app with one new draft open in the editor.
pub async fn mount_with_new_draft() -> leptos::mount::UnmountHandle<impl Mountable> {
    let handle = mount_fresh();
    tick().await;
    click("[data-testid=draf-baru]");
    tick().await;
    handle
}
