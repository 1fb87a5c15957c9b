//! MPPH matrix in headless Chromium (wasm-bindgen-test): keyboard navigation, typing to
//! edit, and pasting a block copied from a spreadsheet.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn key(el: &web_sys::HtmlElement, k: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(
        &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
    )
    .unwrap();
}

fn active_cell() -> String {
    document()
        .active_element()
        .and_then(|e| e.get_attribute("data-cell"))
        .unwrap_or_default()
}

/// A team led by the example SKP JPT, with two JF under the leader, on the level-1 tab.
async fn team_on_level1() -> leptos::mount::UnmountHandle<impl leptos::prelude::Mountable> {
    let handle = mount_fresh();
    tick().await;
    click("[data-testid=buka-contoh]");
    tick().await;
    click("[data-testid=tim-baru]");
    tick().await;
    for nama in ["Bunga", "Dimas"] {
        click("[data-testid=tambah-orang]");
        tick().await;
        let row = all("[data-testid=orang-row]").pop().unwrap();
        let field = |sel: &str| row.query_selector(sel).unwrap().unwrap().unchecked_into();
        set_el_value(&field("input[aria-label=nama]"), nama);
        set_el_value(&field("select[aria-label=Peran]"), "jf_langsung");
        tick().await;
    }
    click("[data-testid=tab-level1]");
    tick().await;
    handle
}

#[wasm_bindgen_test]
async fn arrows_and_tab_move_typing_edits_enter_writes() {
    let _app = team_on_level1().await;
    // Six Utama columns on screen; the leader's Tambahan RHK is shown on request.
    assert_eq!(all("[data-testid=matriks] td.sel").len(), 2 * 6);
    click("[data-testid=tampil-tambahan]");
    tick().await;
    assert_eq!(all("[data-testid=matriks] td.sel").len(), 2 * 7);
    let first = q("[data-cell='0-0']");
    first.click();
    first.focus().unwrap();
    key(&first, "ArrowRight");
    tick().await;
    assert_eq!(active_cell(), "0-1");
    key(&q("[data-cell='0-1']"), "ArrowDown");
    tick().await;
    assert_eq!(active_cell(), "1-1");
    key(&q("[data-cell='1-1']"), "Tab");
    tick().await;
    assert_eq!(active_cell(), "1-2");
    key(&q("[data-cell='1-2']"), "ArrowDown"); // past the last row: stays
    tick().await;
    assert_eq!(active_cell(), "1-2");

    // Typing a letter starts editing with that letter; Enter writes and moves down.
    key(&q("[data-cell='1-2']"), "T");
    tick().await;
    let ta: web_sys::HtmlElement = q("[data-cell='1-2'] textarea");
    assert_eq!(
        js_sys::Reflect::get(&ta, &"value".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "T"
    );
    js_sys::Reflect::set(
        &ta,
        &"value".into(),
        &"Tersusunnya kajian yang disetujui".into(),
    )
    .unwrap();
    key(&ta, "Enter");
    tick().await;
    assert_eq!(
        q("[data-cell='1-2']").text_content().unwrap(),
        "Tersusunnya kajian yang disetujui"
    );
    // Delete clears; undo brings it back.
    let cell = q("[data-cell='1-2']");
    cell.focus().unwrap();
    key(&cell, "Delete");
    tick().await;
    assert_eq!(q("[data-cell='1-2']").text_content().unwrap(), "x");
    q("[data-testid=urungkan]").click();
    tick().await;
    assert_eq!(
        q("[data-cell='1-2']").text_content().unwrap(),
        "Tersusunnya kajian yang disetujui"
    );
}

#[wasm_bindgen_test]
async fn a_pasted_block_fills_several_cells() {
    let _app = team_on_level1().await;
    let cell = q("[data-cell='0-4']");
    cell.click();
    cell.focus().unwrap();
    tick().await;
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.set_data(
        "text/plain",
        "Satu\tDua\tTiga\n\"Empat\nbaris dua\"\tLima\r\nEnam\n",
    )
    .unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_clipboard_data(Some(&dt));
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    cell.dispatch_event(&ev).unwrap();
    tick().await;
    let text = |s: &str| q(&format!("[data-cell='{s}']")).text_content().unwrap();
    assert_eq!(text("0-4"), "Satu");
    assert_eq!(text("0-5"), "Dua");
    assert_eq!(text("1-4"), "Empat\nbaris dua");
    assert_eq!(text("1-5"), "Lima");
    // "Tiga" fell right of the last column on screen (the Tambahan group is hidden) and the
    // third row below the last: said, not lost silently.
    let info = q("[data-testid=notice-info]").text_content().unwrap();
    assert!(
        info.contains("4 sel diisi") && info.contains("1 baris dan 1 kolom"),
        "{info}"
    );
    // The hidden Tambahan column got nothing.
    click("[data-testid=tampil-tambahan]");
    tick().await;
    assert_eq!(text("0-6"), "x");
}

#[wasm_bindgen_test]
async fn a_new_team_without_an_open_draft_gets_a_leader_draft_for_the_same_year_as_new_drafts() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=tim-baru]");
    tick().await;
    let d = js_sys::Date::new_0();
    let expected =
        skp_drafter::core::model::Draft::tahun_baru(d.get_full_year() as i32, d.get_month() + 1);
    let meta = text("[data-testid=draf-item] .draft-meta");
    assert!(meta.contains(&expected.to_string()), "{meta} / {expected}");
}

#[wasm_bindgen_test]
async fn the_example_team_opens_from_the_welcome_page() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-contoh-tim]");
    tick().await;
    assert_eq!(count("[data-testid=orang-row]"), 7);
    assert!(text("[data-testid=tim-item]").contains("Badan Kepegawaian"));
    assert!(text("[data-testid=tim-item]").contains("(contoh)"));
}
