//! The app's state: signals the components read, and the intents they send. Every rule of
//! the workspace lives in [`crate::core::workspace`]; this file turns intents into calls on
//! this tab's [`Session`] and copies the result into signals.

use leptos::prelude::*;

use super::browser::local_storage::LocalKv;
use super::browser::{self, new_id, now_ms};
use crate::core::edit::DraftEdit;
use crate::core::model::Draft;
use crate::core::workspace::import::{Choice, Question};
use crate::core::workspace::session::{Notice, NoticeAction, NoticeKind, Session};
use crate::core::workspace::store::{Quarantined, SaveProblem};
use crate::core::workspace::trash::Deleted;
use crate::core::workspace::undo::ItemRef;

pub use crate::core::workspace::Workspace;

/// The MIME type of an XLSX workbook.
pub(crate) const XLSX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The shared state, passed through context. Every field is a signal (cheap to copy).
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: RwSignal<Workspace>,
    pub open: RwSignal<Option<String>>,
    /// The open team (MPPH) page, instead of a draft.
    pub open_tim: RwSignal<Option<String>>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Save problems of the last save (storage full, unavailable, …).
    pub save_problems: RwSignal<Vec<SaveProblem>>,
    pub quarantined: RwSignal<Vec<Quarantined>>,
    /// Drafts and teams another tab changed in the same fields while this tab changed them.
    pub conflicts: RwSignal<Vec<String>>,
    /// Messages, oldest first; each file of a multi-file import keeps its own.
    pub notices: RwSignal<Vec<Notice>>,
    /// Imported files waiting for "replace or keep both"; the first is asked.
    pub questions: RwSignal<Vec<Question>>,
    /// Deleted drafts and teams that can still be restored.
    pub trash: RwSignal<Vec<Deleted>>,
    pub confirm_delete: RwSignal<Option<String>>,
    /// A team waiting for "Hapus tim?" to be confirmed.
    pub confirm_delete_team: RwSignal<Option<String>>,
    /// The "Panduan penulisan" page is shown instead of the editor.
    pub panduan: RwSignal<bool>,
    /// The browser refused to keep the drafts safe from eviction (`Some(false)`).
    pub persist: RwSignal<Option<bool>>,
    /// The "Pintasan" help (the list of keyboard shortcuts) is shown.
    pub pintasan: RwSignal<bool>,
    /// On a phone the draft and team lists live in a drawer; this says it is pulled out.
    pub laci: RwSignal<bool>,
    /// The "Tinjau kelas" page is shown (a trainer's view of many participants' files).
    pub kelas: RwSignal<bool>,
    /// The participants' files loaded in "Tinjau kelas", one row each; kept while the trainer
    /// looks at one of them (`kelas_terpilih`) and comes back.
    pub kelas_baris: RwSignal<Vec<crate::core::kelas::BarisKelas>>,
    pub kelas_terpilih: RwSignal<Option<usize>>,
    /// Mode Kelas (projector view), kept per browser.
    pub mode_kelas: RwSignal<bool>,
    /// The form section shown in Mode Kelas (see `editor::mode_kelas::BAGIAN`).
    pub bagian: RwSignal<usize>,
    /// A share link made for the user to copy.
    pub tautan_keluar: RwSignal<Option<crate::core::format::tautan::TautanKeluar>>,
    /// A draft opened from a share link, waiting for "Impor".
    pub tautan_masuk: RwSignal<Option<crate::core::format::tautan::TautanMasuk>>,
    session: StoredValue<Session<LocalKv>, LocalStorage>,
    save_pending: StoredValue<bool>,
}

/// The form sections Mode Kelas shows one at a time, in form order; the last is the
/// "before → after" presentation.
pub const BAGIAN: [&str; 5] = [
    "Identitas",
    "Hasil kerja",
    "Perilaku kerja",
    "Lampiran",
    "Sebelum \u{2192} sesudah",
];

impl AppState {
    /// The next (or previous) section in Mode Kelas, stopping at either end.
    pub fn geser_bagian(&self, maju: bool) {
        self.bagian.update(|b| {
            *b = if maju {
                (*b + 1).min(BAGIAN.len() - 1)
            } else {
                b.saturating_sub(1)
            }
        });
    }

    /// Loads the stored drafts and starts with them.
    pub fn load() -> Self {
        let s = Session::open(LocalKv::open(), now_ms());
        AppState {
            ws: RwSignal::new(s.ws.clone()),
            open: RwSignal::new(s.terbuka.clone()),
            open_tim: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            // Said at once, not at the first edit: the user should know before typing.
            save_problems: RwSignal::new(s.problems.clone()),
            quarantined: RwSignal::new(s.quarantined.clone()),
            conflicts: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            questions: RwSignal::new(Vec::new()),
            trash: RwSignal::new(s.trash.clone()),
            confirm_delete: RwSignal::new(None),
            confirm_delete_team: RwSignal::new(None),
            panduan: RwSignal::new(false),
            persist: RwSignal::new(browser::offline::penyimpanan_dijamin()),
            pintasan: RwSignal::new(false),
            laci: RwSignal::new(false),
            kelas: RwSignal::new(false),
            kelas_baris: RwSignal::new(Vec::new()),
            kelas_terpilih: RwSignal::new(None),
            mode_kelas: RwSignal::new(browser::mode_kelas::tersimpan()),
            bagian: RwSignal::new(0),
            tautan_keluar: RwSignal::new(None),
            tautan_masuk: RwSignal::new(None),
            session: StoredValue::new_local(s),
            save_pending: StoredValue::new(false),
        }
    }

    /// The draft or team whose history Ctrl+Z works on: the one on screen.
    fn scope(&self) -> Option<ItemRef> {
        match (self.open_tim.get_untracked(), self.open.get_untracked()) {
            (Some(t), _) => Some(ItemRef::Tim(t)),
            (None, Some(d)) => Some(ItemRef::Draft(d)),
            _ => None,
        }
    }

    /// Runs `f` on the session, then shows what changed and saves soon when asked.
    fn with<R>(&self, save: bool, f: impl FnOnce(&mut Session<LocalKv>) -> R) -> R {
        let mut out = None;
        self.session.update_value(|s| out = Some(f(s)));
        self.sync();
        if save {
            self.persist_soon();
        }
        match out {
            Some(r) => r,
            None => unreachable!("update_value runs its closure"),
        }
    }

    /// Copies the session into the signals that differ.
    fn sync(&self) {
        let scope = self.scope();
        self.session.with_value(|s| {
            if self.ws.with_untracked(|w| !w.same(&s.ws)) {
                self.ws.set(s.ws.clone());
            }
            let (u, r) = scope
                .as_ref()
                .map_or((false, false), |sc| (s.can_undo(sc), s.can_redo(sc)));
            set_if(self.can_undo, &u, |x| *x);
            set_if(self.can_redo, &r, |x| *x);
            set_if(self.save_problems, &s.problems, |x| x.clone());
            set_if(self.conflicts, &s.conflicts, |x| x.clone());
            set_if(self.notices, &s.notices, |x| x.clone());
            // Entries hold whole drafts: compared by what identifies them, cloned on change.
            let key_q = |q: &Vec<Quarantined>| q.iter().map(|x| x.key.clone()).collect::<Vec<_>>();
            if self
                .quarantined
                .with_untracked(|q| key_q(q) != key_q(&s.quarantined))
            {
                self.quarantined.set(s.quarantined.clone());
            }
            let key_t = |t: &[Deleted]| {
                t.iter()
                    .map(|d| (d.id().to_string(), d.dihapus_ms.to_bits()))
                    .collect::<Vec<_>>()
            };
            if self.trash.with_untracked(|t| key_t(t) != key_t(&s.trash)) {
                self.trash.set(s.trash.clone());
            }
            let key_w = |q: &mut dyn Iterator<Item = &Question>| {
                q.map(|x| x.file.clone()).collect::<Vec<_>>()
            };
            if self
                .questions
                .with_untracked(|q| key_w(&mut q.iter()) != key_w(&mut s.questions.iter()))
            {
                self.questions.set(s.questions.iter().cloned().collect());
            }
        });
    }

    /// Saves right after the screen has been updated: a burst of changes (a paste, a
    /// derivation) is written once, and a keystroke shows before it is saved. Leaving the
    /// page saves at once (see `App`), so nothing waits in memory when the tab closes.
    fn persist_soon(&self) {
        if self.save_pending.get_value() {
            return;
        }
        self.save_pending.set_value(true);
        let app = *self;
        leptos::task::spawn_local(async move {
            app.save_pending.set_value(false);
            app.persist();
        });
    }

    /// This tab's undo histories as JSON (the hand-over to the full module carries them).
    pub fn riwayat(&self) -> serde_json::Value {
        self.session.with_value(|s| s.histories.to_value())
    }

    /// Takes over the undo histories the editor module left.
    pub fn pasang_riwayat(&self, v: &serde_json::Value) {
        self.session
            .update_value(|s| s.histories = crate::core::workspace::undo::Histories::from_value(v));
        self.sync();
    }

    /// Saves what changed. Problems are shown; the drafts stay in memory whatever happens.
    pub fn persist(&self) {
        self.with(false, |s| s.save());
    }

    // ----- messages -----

    pub fn say(&self, kind: NoticeKind, text: impl Into<String>) {
        let text = text.into();
        self.with(false, |s| s.notify(kind, text, None));
    }

    pub fn dismiss(&self, notice: u64) {
        self.with(false, |s| s.dismiss(notice));
    }

    /// Takes away the notices that say exactly `text` (a status that no longer holds).
    pub fn lepas_pesan(&self, text: &str) {
        self.with(false, |s| s.notices.retain(|n| n.text != text));
    }

    /// A notice's button.
    pub fn notice_action(&self, action: &NoticeAction) {
        match action {
            NoticeAction::Restore(id) => self.restore(id),
            NoticeAction::UndoDerivation(team) => {
                let team = team.clone();
                self.with(true, |s| s.undo_derivation(&team));
            }
            NoticeAction::MuatUlang => {
                // Everything typed is saved first; the new version then takes over.
                self.persist();
                browser::offline::pasang_versi_baru();
            }
        }
    }

    /// A new version is installed and waits: said once, with "Muat ulang". It never reloads
    /// by itself, so nobody loses what they are typing.
    pub fn offer_new_version(&self) {
        if !browser::offline::versi_baru_menunggu() {
            return;
        }
        let said = self
            .notices
            .with_untracked(|n| n.iter().any(|x| x.action == Some(NoticeAction::MuatUlang)));
        if !said {
            self.with(false, |s| {
                s.notify(
                    NoticeKind::Info,
                    "Versi baru tersedia \u{2014} muat ulang untuk memakainya. Draf Anda tetap tersimpan.",
                    Some(NoticeAction::MuatUlang),
                )
            });
        }
    }

    // ----- editing -----

    /// Applies one edit to one draft; typing in one field merges into one undo step.
    pub fn edit(&self, draft_id: &str, edit: DraftEdit) {
        self.with(true, |s| s.edit(draft_id, &edit, false, now_ms()));
    }

    /// Applies one edit as an undo step of its own (e.g. taking a suggested rewrite).
    pub fn edit_step(&self, draft_id: &str, edit: DraftEdit) {
        self.with(true, |s| s.edit(draft_id, &edit, true, now_ms()));
    }

    /// Undoes this tab's last edit of the draft or team on screen.
    pub fn undo(&self) {
        if let Some(scope) = self.scope() {
            self.with(true, |s| s.undo(&scope));
        }
    }

    pub fn redo(&self) {
        if let Some(scope) = self.scope() {
            self.with(true, |s| s.redo(&scope));
        }
    }

    // ----- drafts -----

    pub fn open_draft(&self, id: Option<String>) {
        let other = self.open.get_untracked() != id || self.open_tim.get_untracked().is_some();
        self.panduan.set(false);
        self.kelas.set(false);
        self.open_tim.set(None);
        self.with(false, |s| s.save_terbuka(id.as_deref()));
        self.open.set(id);
        self.sync();
        // Another document starts at its top, not at the old one's scroll position.
        if other {
            browser::scroll_to_top();
        }
    }

    pub(crate) fn add_and_open(&self, draft: Draft, after: Option<&str>) {
        let id = self.with(true, |s| s.add_draft(draft, after));
        self.open_draft(Some(id));
    }

    pub fn create_draft(&self) {
        let tahun = Draft::tahun_baru(browser::tahun_ini(), browser::bulan_ini());
        self.add_and_open(Draft::new(new_id(), tahun), None);
    }

    /// The shipped complete SKP JPT example, opened as a new draft of its own.
    pub fn duplicate(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        self.add_and_open(
            d.salinan(new_id(), format!("{} (salinan)", d.nama_draf)),
            Some(id),
        );
    }

    pub fn copy_to_next_year(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        self.add_and_open(d.salin_ke_tahun_berikutnya(new_id()), Some(id));
    }

    /// Who uses a draft, said in the delete dialog ("" when nobody).
    pub fn references(&self, id: &str) -> String {
        self.session.with_value(|s| s.rujukan(id).kalimat())
    }

    /// Deletes after the user confirmed; the notice's "Batalkan hapus" and the trash
    /// bring it back.
    pub fn delete(&self, id: &str) {
        self.with(true, |s| s.delete_draft(id, now_ms()));
        if self.open.get_untracked().as_deref() == Some(id) {
            self.open_draft(None);
        }
    }

    /// Restores a deleted draft or team and opens it.
    pub fn restore(&self, id: &str) {
        let back = self.with(true, |s| s.restore(id, &mut new_id));
        match back {
            Some(ItemRef::Draft(d)) => self.open_draft(Some(d)),
            Some(ItemRef::Tim(t)) => self.open_team(Some(t)),
            None => {}
        }
    }

    /// Empties one trash entry for good.
    pub fn forget(&self, id: &str) {
        self.with(false, |s| s.forget(id));
    }

    // ----- files -----

    /// Imports picked or dropped files, each in turn; each gets its own answer or error.
    pub fn import_files(&self, files: web_sys::FileList) {
        let app = *self;
        browser::files::read_files(files, move |name, text| match text {
            Ok(text) => app.import_text(&name, &text),
            Err(e) => app.say(
                NoticeKind::Error,
                format!(
                    "Berkas \u{201c}{name}\u{201d} tidak diimpor. {e} Tidak ada draf yang berubah."
                ),
            ),
        });
    }

    /// Reads an imported file (a draft, or a team by its format marker). Nothing changes
    /// unless the whole file is valid.
    pub fn import_text(&self, file_name: &str, text: &str) {
        let opened = self.with(true, |s| s.import(file_name, text, now_ms(), &mut new_id));
        self.open_item(opened);
    }

    /// The answer to the first waiting question: replace, keep both, or cancel (`None`).
    pub fn answer(&self, choice: Option<Choice>) {
        let opened = self.with(true, |s| s.answer(choice, now_ms(), &mut new_id));
        self.open_item(opened);
    }

    fn open_item(&self, item: Option<ItemRef>) {
        match item {
            Some(ItemRef::Draft(d)) => self.open_draft(Some(d)),
            Some(ItemRef::Tim(t)) => self.open_team(Some(t)),
            None => {}
        }
    }

    pub fn export(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        self.warn_errors(&d, "berkas tetap diekspor apa adanya");
        let text = crate::core::format::write_draft_file(&d);
        if let Err(e) = browser::files::download(&d.nama_berkas(), &text) {
            self.say(NoticeKind::Error, format!("Ekspor gagal: {e}"));
        }
    }

    /// Says first when a draft going out (export, print) still holds errors: field errors
    /// and the checker's, one count as the Pemeriksaan bar shows.
    fn warn_errors(&self, d: &Draft, what_happens: &str) {
        let errors = crate::core::validation::validate_draft(d).len()
            + crate::core::wording::check_draft(d)
                .iter()
                .filter(|f| f.finding.severity == crate::core::wording::Severity::Error)
                .count();
        if errors > 0 {
            self.say(
                NoticeKind::Error,
                format!("Draf \u{201c}{}\u{201d} masih memuat {errors} kesalahan (lihat Pemeriksaan); {what_happens}.", d.nama_draf),
            );
        }
    }

    /// Prints the official SKP of a draft (the same document as `skp render`). Errors in
    /// the draft are said first; printing is still allowed.
    pub fn print(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        self.warn_errors(&d, "dokumen tetap dicetak apa adanya");
        if let Err(e) = browser::files::print_document(&crate::core::cetak::html(&d)) {
            self.say(NoticeKind::Error, format!("Cetak gagal: {e}"));
        }
    }

    /// Downloads the draft as an XLSX workbook (the sections of the printed form).
    pub fn export_xlsx(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        self.warn_errors(&d, "berkas tetap diekspor apa adanya");
        let name = d.nama_berkas().replace(".skp.json", ".xlsx");
        self.export_workbook(name, crate::core::xlsx::Permintaan::Skp((*d).clone()));
    }

    /// Writes a workbook in the export worker (loaded on first use) and downloads it.
    pub(crate) fn export_workbook(&self, name: String, job: crate::core::xlsx::Permintaan) {
        let app = *self;
        leptos::task::spawn_local(async move {
            let done = browser::worker::xlsx(&job)
                .await
                .and_then(|bytes| browser::files::download_bytes(&name, &bytes, XLSX_MIME));
            if let Err(e) = done {
                app.say(NoticeKind::Error, format!("Ekspor Excel gagal: {e}"));
            }
        });
    }

    /// Exports a stored entry that could not be read, exactly as it is stored.
    pub fn export_raw(&self, q: &Quarantined) {
        let name = format!("{}-mentah.txt", crate::core::model::slug(&q.key));
        if let Err(e) = browser::files::download(&name, &q.raw) {
            self.say(NoticeKind::Error, format!("Ekspor gagal: {e}"));
        }
    }

    pub(crate) fn download_or_say(&self, name: &str, text: &str, mime: &str) {
        if let Err(e) = browser::files::download_as(name, text, mime) {
            self.say(NoticeKind::Error, format!("Ekspor gagal: {e}"));
        }
    }

    // ----- other tabs -----

    /// Another tab changed storage.
    pub fn on_storage_event(&self, key: &str) {
        self.with(false, |s| s.external(key));
    }

    /// Conflict: keep this tab's version as a new copy, and take the other tab's version.
    pub fn conflict_keep_both(&self, id: &str) {
        self.with(true, |s| s.keep_both(id, &mut new_id));
    }

    // ----- teams (see `tim/actions.rs` for the rest) -----

    pub(crate) fn session_mut<R>(
        &self,
        save: bool,
        f: impl FnOnce(&mut Session<LocalKv>) -> R,
    ) -> R {
        self.with(save, f)
    }
}

/// Sets `sig` to a copy of `v` only when it differs (no copy, no re-render otherwise).
fn set_if<T: PartialEq + Send + Sync + 'static>(sig: RwSignal<T>, v: &T, copy: impl Fn(&T) -> T) {
    if sig.with_untracked(|x| x != v) {
        sig.set(copy(v));
    }
}

/// The state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
