//! Mode Kelas as the browser keeps it: a setting of this browser (not of any draft), and a
//! class on the page's root so the whole page (root font size, colours) follows.

const KUNCI: &str = "skp-drafter/mode-kelas";

/// Whether Mode Kelas was on when this browser last used the app.
pub fn tersimpan() -> bool {
    super::penyimpanan()
        .and_then(|s| s.get_item(KUNCI).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Keeps the setting and shows it; a blocked storage only forgets it for next time.
pub fn terapkan(on: bool) {
    if let Some(s) = super::penyimpanan() {
        let _ = if on {
            s.set_item(KUNCI, "1")
        } else {
            s.remove_item(KUNCI)
        };
    }
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("mode-kelas", on);
    }
}
