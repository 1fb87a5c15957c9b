//! Component tests in headless Chromium (wasm-bindgen-test): the app mounted into a fresh
//! element, driven by real DOM events, with the browser's real local storage.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn empty_app_invites_a_first_draft() {
    let _app = mount_fresh();
    tick().await;
    assert!(text(".welcome").contains("Selamat datang"));
    assert!(text(".draft-list").contains("Belum ada draf"));
    click("[data-testid=draf-baru]");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 1);
    assert_eq!(count("[data-testid=editor]"), 1);
}

#[wasm_bindgen_test]
async fn invalid_values_are_shown_at_the_field_and_kept() {
    let _app = mount_with_new_draft().await;
    set_value("[data-field='pegawai/nip']", "1987031520100110");
    set_value("[data-field='header/periode/mulai']", "2027-06-01");
    set_value("[data-field='header/periode/selesai']", "2027-01-31");
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    set_value("[data-testid=iki-row] input.nilai", "dua");
    tick().await;
    let errors = text("[data-testid=editor]");
    assert!(
        errors.contains("NIP harus 18 digit; yang tertulis 16 digit."),
        "{errors}"
    );
    assert!(
        errors.contains("Tanggal selesai lebih awal daripada tanggal mulai."),
        "{errors}"
    );
    assert!(errors.contains("Target \"dua\" bukan angka."), "{errors}");
    // Kept as typed, not dropped.
    assert_eq!(value("[data-field='pegawai/nip']"), "1987031520100110");
    assert_eq!(value("[data-testid=iki-row] input.nilai"), "dua");
}

#[wasm_bindgen_test]
async fn jpt_form_has_four_perspektif_and_marks_empty_ones() {
    let _app = mount_with_new_draft().await;
    // JA/JF by default: the official columns.
    let head = text(".tabel-head");
    assert!(
        head.contains("RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI") && head.contains("ASPEK"),
        "{head}"
    );
    set_value("[data-field='header/jenis_jabatan']", "JPT");
    tick().await;
    assert_eq!(count(".perspektif"), 4);
    assert_eq!(count("[data-testid=badge-kosong]"), 4);
    click("[data-testid=perspektif-anggaran] [data-testid=tambah-rhk-utama]");
    tick().await;
    assert_eq!(count("[data-testid=badge-kosong]"), 3);
    assert_eq!(
        count("[data-testid=perspektif-anggaran] [data-testid=rhk-row]"),
        1
    );
    assert!(text("[data-testid=perspektif-kosong]").contains("Perspektif Penerima Layanan"));
}

#[wasm_bindgen_test]
async fn example_opens_complete() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-contoh]");
    tick().await;
    assert_eq!(count(".perspektif"), 4);
    assert_eq!(count("[data-testid=badge-kosong]"), 0);
    assert_eq!(count("[data-testid=rhk-row]"), 7);
}

#[wasm_bindgen_test]
async fn undo_and_redo_buttons_cover_edits() {
    let _app = mount_with_new_draft().await;
    set_value("[data-field='pegawai/nama']", "Sari");
    tick().await;
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    assert_eq!(count("[data-testid=rhk-row]"), 1);
    click("[data-testid=urungkan]");
    tick().await;
    assert_eq!(count("[data-testid=rhk-row]"), 0);
    assert_eq!(value("[data-field='pegawai/nama']"), "Sari");
    click("[data-testid=urungkan]");
    tick().await;
    assert_eq!(value("[data-field='pegawai/nama']"), "");
    click("[data-testid=ulangi]");
    click("[data-testid=ulangi]");
    tick().await;
    assert_eq!(value("[data-field='pegawai/nama']"), "Sari");
    assert_eq!(count("[data-testid=rhk-row]"), 1);
}

#[wasm_bindgen_test]
async fn delete_asks_first_and_its_notice_or_the_trash_restores_it() {
    let _app = mount_with_new_draft().await;
    click("[data-testid=draf-item] .btn.danger");
    tick().await;
    assert_eq!(count("[data-testid=dialog-hapus]"), 1);
    click("[data-testid=dialog-hapus] .btn:not(.danger)");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 1);
    click("[data-testid=draf-item] .btn.danger");
    tick().await;
    click("[data-testid=dialog-hapus] .btn.danger");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 0);
    assert!(
        storage()
            .get_item("skp-drafter:urutan")
            .unwrap()
            .unwrap_or_default()
            == "[]"
    );
    // Ctrl+Z does not bring a deletion back; its notice does, and so does the trash.
    click("[data-testid=urungkan]");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 0);
    assert!(text("[data-testid=notice-info]").contains("dihapus"));
    assert!(count("[data-testid=sampah]") == 1);
    click("[data-testid=notice-action]");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 1);
    assert_eq!(count("[data-testid=sampah]"), 0);
    click("[data-testid=draf-item] .btn.danger");
    tick().await;
    click("[data-testid=dialog-hapus] .btn.danger");
    tick().await;
    // After a reload the trash still has it.
    let _again = mount_keep_storage();
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 0);
    click("[data-testid=sampah] summary");
    click("[data-testid=pulihkan]");
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 1);
}

#[wasm_bindgen_test]
async fn the_unit_kerja_label_follows_a_switch_to_the_jpt_form() {
    let _app = mount_with_new_draft().await;
    let label = || text("[data-testid=identitas-pegawai] label:last-of-type .field-label");
    assert_eq!(label(), "UNIT KERJA");
    set_value("[data-field='header/jenis_jabatan']", "JPT");
    tick().await;
    assert_eq!(label(), "INSTANSI");
    set_value("[data-field='header/jenis_jabatan']", "JA");
    tick().await;
    assert_eq!(label(), "UNIT KERJA");
}

#[wasm_bindgen_test]
async fn next_year_copy_and_duplicate() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-contoh]");
    tick().await;
    let buttons = document()
        .query_selector_all("[data-testid=draf-item] .draft-actions .btn")
        .unwrap();
    let next_year: web_sys::HtmlElement = (0..buttons.length())
        .filter_map(|i| buttons.get(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default() == "Salin ke tahun berikutnya")
        .unwrap();
    next_year.click();
    tick().await;
    assert_eq!(count("[data-testid=draf-item]"), 2);
    assert_eq!(value("[data-field='header/periode/mulai']"), "2028-01-01");
    assert!(value("[data-field='nama_draf']").contains("2028"));
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_draft_is_reported_and_left_untouched() {
    storage().clear().unwrap();
    storage()
        .set_item("skp-drafter:draf:abc", "{ bukan json")
        .unwrap();
    let _app = mount_keep_storage();
    tick().await;
    assert!(text("[data-testid=notice-quarantine]").contains("tidak dapat dibaca"));
    click("[data-testid=draf-baru]");
    tick().await;
    set_value("[data-field='pegawai/nama']", "Sari");
    tick().await;
    assert_eq!(
        storage()
            .get_item("skp-drafter:draf:abc")
            .unwrap()
            .as_deref(),
        Some("{ bukan json")
    );
}

#[wasm_bindgen_test]
async fn every_edit_is_saved_and_a_remount_restores_it() {
    let app = mount_fresh();
    tick().await;
    click("[data-testid=draf-baru]");
    tick().await;
    set_value("[data-field='header/instansi']", "Dinas Pendidikan");
    tick().await;
    drop(app);
    let _again = mount_keep_storage();
    tick().await;
    assert_eq!(value("[data-field='header/instansi']"), "Dinas Pendidikan");
    assert_eq!(
        storage().get_item("skp-drafter:layout").unwrap().as_deref(),
        Some("1")
    );
}

#[wasm_bindgen_test]
async fn a_template_suggestion_selects_its_gap_and_stays_unfinished_until_filled() {
    let _app = mount_with_new_draft().await;
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    set_value(
        "[data-testid=rhk-row] .col-rhk textarea",
        "Mengikuti diklat teknis",
    );
    tick().await;
    click("[data-testid=rhk-row] .col-rhk [data-rule='rhk.aktivitas'] [data-testid=pakai-saran]");
    tick().await;
    tick().await;
    let teks = value("[data-testid=rhk-row] .col-rhk textarea");
    assert!(teks.contains('\u{2026}'), "{teks}");
    // Focus is back in the field with the gap selected: typing replaces it.
    let area: web_sys::HtmlTextAreaElement = q("[data-testid=rhk-row] .col-rhk textarea")
        .dyn_into()
        .unwrap();
    let active = document().active_element().unwrap();
    assert!(active.is_same_node(Some(&area)), "focus left the field");
    let start = area.selection_start().unwrap().unwrap() as usize;
    let end = area.selection_end().unwrap().unwrap() as usize;
    let units: Vec<u16> = teks.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[start..end]).unwrap(), "\u{2026}");
    // Unfinished text is a finding, and no suggestion is stacked on a template.
    assert_eq!(
        count("[data-testid=rhk-row] [data-rule='teks.belum-lengkap']"),
        1
    );
    assert_eq!(
        count("[data-testid=rhk-row] .col-rhk [data-testid=pakai-saran]"),
        0
    );
    set_value(
        "[data-testid=rhk-row] .col-rhk textarea",
        &teks.replace('\u{2026}', "teknis pegawai"),
    );
    tick().await;
    assert_eq!(
        count("[data-testid=rhk-row] [data-rule='teks.belum-lengkap']"),
        0
    );
}

#[wasm_bindgen_test]
async fn wording_findings_show_at_the_field_with_a_one_click_rewrite() {
    let _app = mount_with_new_draft().await;
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    set_value(
        "[data-testid=rhk-row] .col-rhk textarea",
        "Menyusun laporan keuangan bulanan",
    );
    tick().await;
    let finding = q("[data-testid=rhk-row] .col-rhk [data-rule='rhk.aktivitas']");
    assert!(finding.text_content().unwrap().contains("Menyusun"));
    assert!(text("[data-testid=jumlah-error]").starts_with('1'));
    click("[data-testid=rhk-row] .col-rhk [data-rule='rhk.aktivitas'] [data-testid=pakai-saran]");
    tick().await;
    let teks = value("[data-testid=rhk-row] .col-rhk textarea");
    assert!(
        teks.starts_with("Tersusunnya laporan keuangan bulanan"),
        "{teks}"
    );
    assert_eq!(count("[data-rule='rhk.aktivitas']"), 0);
    assert!(text("[data-testid=jumlah-error]").starts_with('0'));
    // The rewrite is one undo step away from the original.
    click("[data-testid=urungkan]");
    tick().await;
    assert_eq!(
        value("[data-testid=rhk-row] .col-rhk textarea"),
        "Menyusun laporan keuangan bulanan"
    );
}

#[wasm_bindgen_test]
async fn a_dismissed_finding_is_saved_in_the_draft() {
    let _app = mount_with_new_draft().await;
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    set_value("[data-testid=rhk-row] .col-rhk textarea", "Sosialisasi");
    tick().await;
    assert_eq!(count("[data-rule='rhk.kategori']"), 1);
    click("[data-rule='rhk.kategori'] [data-testid=abaikan]");
    tick().await;
    assert_eq!(count("[data-rule='rhk.kategori']"), 0);
    let key = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .find(|k| k.starts_with("skp-drafter:draf:"))
        .unwrap();
    let stored = storage().get_item(&key).unwrap().unwrap();
    assert!(
        stored.contains("\"temuan_diabaikan\":[{\"aturan\":\"rhk.kategori\",\"field\":\"rhk/"),
        "{stored}"
    );
    // The Diabaikan list names the field as the form does, with its text, not its key.
    click(".ringkasan-counts");
    tick().await;
    let item = text("[data-testid=diabaikan]");
    assert!(
        item.contains("\u{ab}Sosialisasi\u{bb}") && !item.contains("rhk/"),
        "{item}"
    );
}

#[wasm_bindgen_test]
async fn the_guide_lists_every_rule_with_examples() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-panduan]");
    tick().await;
    assert_eq!(
        count("[data-testid=aturan]") as usize,
        skp_drafter::core::wording::RULES.len()
    );
    assert!(text("[data-testid=panduan]")
        .contains("Tersusunnya laporan keuangan yang akurat dan tepat waktu"));
}

#[wasm_bindgen_test]
async fn salin_ke_e_kinerja_lists_values_in_order_and_keeps_ticks_after_a_reload() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-contoh]");
    tick().await;
    click("[data-testid=buka-salin]");
    tick().await;
    assert!(count("[data-testid=salin-item]") > 20);
    assert!(text("[data-testid=salin-item]").contains("Periode awal"));
    assert!(text("[data-testid=salin-progres]").starts_with("0 dari"));
    click("[data-testid=salin-item] [data-testid=salin]");
    tick().await;
    assert!(text("[data-testid=salin-progres]").starts_with("1 dari"));
    let _again = mount_keep_storage();
    tick().await;
    click("[data-testid=buka-salin]");
    tick().await;
    assert!(text("[data-testid=salin-progres]").starts_with("1 dari"));
    assert_eq!(count("[data-testid=salin-item].disalin"), 1);
}

#[wasm_bindgen_test]
async fn pendekatan_kualitatif_shows_one_narrative_line_per_iki() {
    let _app = mount_with_new_draft().await;
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    assert_eq!(count(".iki-row .col-aspek"), 1);
    set_value("[data-field='header/pendekatan']", "kualitatif");
    tick().await;
    assert_eq!(
        count(".iki-row .col-aspek"),
        0,
        "no aspek column on the kualitatif form"
    );
    assert_eq!(
        count(".iki-row .col-target.tanpa-target"),
        1,
        "no numeric target"
    );
    assert!(text(".tabel-head").contains("UKURAN KEBERHASILAN"));
    // An IKI added on the kualitatif form has had no aspek column; back on the kuantitatif
    // form, its column shows the aspek the draft gives it.
    click("[data-testid=tambah-rhk-utama]");
    tick().await;
    set_value("[data-field='header/pendekatan']", "kuantitatif");
    tick().await;
    assert_eq!(count(".iki-row .col-aspek"), 2);
    let shown: Vec<String> = all(".iki-row .col-aspek")
        .iter()
        .map(|e| {
            js_sys::Reflect::get(e, &"value".into())
                .unwrap()
                .as_string()
                .unwrap()
        })
        .collect();
    assert_eq!(shown, ["kuantitas", "kuantitas"]);
}

#[wasm_bindgen_test]
async fn question_mark_lists_every_shortcut_and_escape_closes_it() {
    let _app = mount_fresh();
    tick().await;
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let ev =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        document().body().unwrap().dispatch_event(&ev).unwrap();
    };
    key("?");
    tick().await;
    assert_eq!(count("[data-testid=dialog-pintasan]"), 1);
    assert_eq!(
        count("[data-testid=dialog-pintasan] tbody tr") as usize,
        skp_drafter::app::keys::PINTASAN.len()
    );
    assert!(text("[data-testid=dialog-pintasan]").contains("Ctrl+Enter"));
    key("Escape");
    tick().await;
    assert_eq!(count("[data-testid=dialog-pintasan]"), 0);
}

#[wasm_bindgen_test]
async fn the_guide_has_a_table_of_contents_linking_every_rule() {
    let _app = mount_fresh();
    tick().await;
    click("[data-testid=buka-panduan]");
    tick().await;
    let links = document()
        .query_selector_all("[data-testid=daftar-isi] a")
        .unwrap();
    assert_eq!(
        links.length() as usize,
        skp_drafter::core::wording::RULES.len()
    );
    for i in 0..links.length() {
        let href = links
            .item(i)
            .unwrap()
            .dyn_into::<web_sys::Element>()
            .unwrap()
            .get_attribute("href")
            .unwrap();
        let id = href.trim_start_matches('#');
        assert!(
            document().get_element_by_id(id).is_some(),
            "{href} has a target"
        );
    }
}

#[wasm_bindgen_test]
async fn a_new_draft_says_a_field_is_empty_only_once_it_is_left_or_all_is_checked() {
    let _app = mount_with_new_draft().await;
    // Seven identity fields are empty: counted, not listed.
    assert_eq!(count("[data-rule='identitas.kosong']"), 0);
    assert!(text("[data-testid=kosong-tertunda]").starts_with("7 isian masih kosong"));
    // Leaving one field says it there.
    let nama = q("[data-field='pegawai/nama']");
    nama.dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(count("[data-rule='identitas.kosong']"), 1);
    assert!(text("[data-testid=kosong-tertunda]").starts_with("6 isian"));
    // The whole check shows them all.
    click("[data-testid=periksa-semua]");
    tick().await;
    assert_eq!(count("[data-rule='identitas.kosong']"), 7);
    assert_eq!(count("[data-testid=kosong-tertunda]"), 0);
}
