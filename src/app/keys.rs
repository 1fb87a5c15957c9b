//! Keyboard: app-wide shortcuts, and moving focus to a field by its key.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_app;

/// Every keyboard shortcut, for the "Pintasan" help (`?`): keys, then what they do.
pub const PINTASAN: &[(&str, &str)] = &[
    (
        "Ctrl+Z",
        "Urungkan perubahan terakhir (draf atau tim yang sedang dibuka)",
    ),
    ("Ctrl+Shift+Z / Ctrl+Y", "Ulangi"),
    (
        "Ctrl+Enter",
        "Tambah baris di bawah (RHK, atau IKI dengan aspek berikutnya yang belum dipakai)",
    ),
    (
        "Alt+\u{2191} / Alt+\u{2193}",
        "Pindahkan baris RHK atau IKI ke atas / ke bawah",
    ),
    ("Ctrl+Shift+Backspace", "Hapus baris RHK atau IKI"),
    (
        "PageDown / PageUp (Mode Kelas, di luar isian)",
        "Bagian formulir berikutnya / sebelumnya (juga tombol clicker presentasi)",
    ),
    ("Enter (di butir lampiran)", "Tambah butir berikutnya"),
    ("Matriks MPPH: panah, Tab, Home, End", "Pindah sel"),
    (
        "Matriks MPPH: Enter atau F2, atau langsung mengetik",
        "Ubah isi sel; Enter menyimpan dan turun, Esc membatalkan",
    ),
    ("Matriks MPPH: Delete", "Kosongkan sel"),
    (
        "Matriks MPPH: Ctrl+V",
        "Tempel blok dari Google Sheets atau Excel",
    ),
    ("?", "Tampilkan atau tutup daftar pintasan ini"),
    ("Esc", "Tutup daftar pintasan"),
];

/// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, everywhere in the app: the fields
/// are bound to the draft, so the browser's own per-field undo would fight the draft's.
/// `?` outside a text field shows the list of shortcuts; Esc closes it.
pub fn install_global_shortcuts() {
    let app = use_app();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_text = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| {
                matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || e.has_attribute("contenteditable")
            });
        if !in_text && ev.key() == "?" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            app.pintasan.update(|p| *p = !*p);
            return;
        }
        if !in_text
            && app.mode_kelas.get_untracked()
            && matches!(ev.key().as_str(), "PageDown" | "PageUp")
        {
            ev.prevent_default();
            app.geser_bagian(ev.key() == "PageDown");
            return;
        }
        if ev.key() == "Escape" && app.pintasan.get_untracked() {
            app.pintasan.set(false);
            return;
        }
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        match ev.key().to_ascii_lowercase().as_str() {
            "z" if ev.shift_key() => {
                ev.prevent_default();
                app.redo();
            }
            "z" => {
                ev.prevent_default();
                app.undo();
            }
            "y" => {
                ev.prevent_default();
                app.redo();
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// Focuses the field with `data-field=key` once the screen has caught up with the change.
pub fn focus_field(key: String) {
    focus_field_selecting(key, None);
}

/// [`focus_field`], then selects `range` (UTF-16 offsets, as the browser counts) in a text
/// field: the gap of an applied template, so typing replaces it.
pub fn focus_field_selecting(key: String, range: Option<(u32, u32)>) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let selector = format!("[data-field=\"{}\"]", key.replace('"', "\\\""));
        if let Ok(Some(el)) = doc.query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
                if let Some((a, b)) = range {
                    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                        let _ = t.set_selection_range(a, b);
                    } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                        let _ = i.set_selection_range(a, b);
                    }
                }
            }
        }
    });
}

/// A key press in a row: which row command it is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKey {
    /// Ctrl+Enter: a new row below.
    Add,
    /// Alt+↑
    Up,
    /// Alt+↓
    Down,
    /// Ctrl+Shift+Backspace
    Remove,
}

pub fn row_key(ev: &web_sys::KeyboardEvent) -> Option<RowKey> {
    let ctrl = ev.ctrl_key() || ev.meta_key();
    match ev.key().as_str() {
        "Enter" if ctrl && !ev.shift_key() => Some(RowKey::Add),
        "ArrowUp" if ev.alt_key() => Some(RowKey::Up),
        "ArrowDown" if ev.alt_key() => Some(RowKey::Down),
        "Backspace" if ctrl && ev.shift_key() => Some(RowKey::Remove),
        _ => None,
    }
}
