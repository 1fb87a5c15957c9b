//! The app's state and every action a component can ask for. Components read signals and
//! call these methods; the methods change the workspace through the domain core, record
//! undo steps and save.

use std::sync::Arc;

use leptos::prelude::*;

use super::storage::{ExternalChange, Quarantined, SaveProblem, Store};
use crate::core::edit::{apply, DraftEdit};
use crate::core::format::read_draft_file;
use crate::core::history::History;
use crate::core::model::Draft;
use crate::core::mpph::Tim;

/// All drafts of this browser, in list order. Drafts sit behind `Arc`, so an undo
/// snapshot shares every draft that did not change.
#[derive(Clone, Default, PartialEq)]
pub struct Workspace {
    pub drafts: Vec<Arc<Draft>>,
    /// Teams (MPPH): each points at drafts of this workspace by id.
    pub teams: Vec<Arc<Tim>>,
}

impl Workspace {
    pub fn get(&self, id: &str) -> Option<&Arc<Draft>> {
        self.drafts.iter().find(|d| d.id == id)
    }
    pub(crate) fn index(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }
    pub fn team(&self, id: &str) -> Option<&Arc<Tim>> {
        self.teams.iter().find(|t| t.id == id)
    }
    pub(crate) fn team_index(&self, id: &str) -> Option<usize> {
        self.teams.iter().position(|t| t.id == id)
    }
}

/// An imported draft whose id is already taken, waiting for the user's choice.
#[derive(Clone, PartialEq)]
pub struct PendingImport {
    pub draft: Arc<Draft>,
    pub existing_name: String,
}

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
    /// Drafts another tab changed while this tab changed them too.
    pub conflicts: RwSignal<Vec<String>>,
    pub import_error: RwSignal<Option<String>>,
    pub pending_import: RwSignal<Option<PendingImport>>,
    pub pending_team: RwSignal<Option<super::tim::PendingTeam>>,
    pub confirm_delete: RwSignal<Option<String>>,
    pub info: RwSignal<Option<String>>,
    /// The "Panduan penulisan" page is shown instead of the editor.
    pub panduan: RwSignal<bool>,
    history: StoredValue<History<Workspace>>,
    pub(crate) store: StoredValue<Store>,
    save_pending: StoredValue<bool>,
}

/// A fresh id: time plus randomness, unique enough for one person's drafts.
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 16f64.powi(8)) as u64;
    format!("{t:x}{r:08x}")
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The year a new SKP is most likely for: next year from November on.
fn tahun_baru() -> i32 {
    let d = js_sys::Date::new_0();
    let y = d.get_full_year() as i32;
    if d.get_month() >= 10 {
        y + 1
    } else {
        y
    }
}

impl AppState {
    /// Loads the stored drafts and starts with them.
    pub fn load() -> Self {
        let mut store = Store::default();
        let loaded = store.load();
        let drafts: Vec<Arc<Draft>> = loaded.drafts.into_iter().map(Arc::new).collect();
        let teams: Vec<Arc<Tim>> = loaded.teams.into_iter().map(Arc::new).collect();
        store.mark_saved(&drafts, &teams);
        let open = loaded
            .terbuka
            .filter(|id| drafts.iter().any(|d| &d.id == id));
        AppState {
            ws: RwSignal::new(Workspace { drafts, teams }),
            open: RwSignal::new(open),
            open_tim: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            // Said at once, not at the first edit: the user should know before typing.
            save_problems: RwSignal::new(if store.available {
                Vec::new()
            } else {
                vec![SaveProblem::Unavailable]
            }),
            quarantined: RwSignal::new(loaded.quarantined),
            conflicts: RwSignal::new(Vec::new()),
            import_error: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            pending_team: RwSignal::new(None),
            confirm_delete: RwSignal::new(None),
            info: RwSignal::new(None),
            panduan: RwSignal::new(false),
            history: StoredValue::new(History::default()),
            store: StoredValue::new(store),
            save_pending: StoredValue::new(false),
        }
    }

    /// Changes the workspace as one undo step (or part of the current one, by `coalesce`).
    pub(crate) fn change(&self, coalesce: Option<String>, f: impl FnOnce(&mut Workspace)) {
        let before = self.ws.get_untracked();
        let mut next = before.clone();
        f(&mut next);
        if next == before {
            return;
        }
        self.history
            .update_value(|h| h.record(before, coalesce.as_deref(), now_ms()));
        self.ws.set(next);
        self.after_change();
    }

    fn after_change(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.persist_soon();
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

    /// Saves what changed. Problems are shown; the drafts stay in memory whatever happens.
    pub fn persist(&self) {
        let (drafts, teams) = self
            .ws
            .with_untracked(|w| (w.drafts.clone(), w.teams.clone()));
        let problems = self
            .store
            .try_update_value(|s| s.save(&drafts, &teams))
            .unwrap_or_default();
        let mut others = Vec::new();
        for p in problems {
            match p {
                SaveProblem::Conflict(id) => self.add_conflict(id),
                p => others.push(p),
            }
        }
        if self.save_problems.get_untracked() != others {
            self.save_problems.set(others);
        }
    }

    /// Applies one edit to one draft; typing in one field merges into one undo step.
    pub fn edit(&self, draft_id: &str, edit: DraftEdit) {
        let key = edit.coalesce_key().map(|k| format!("{draft_id}/{k}"));
        self.apply_edit(draft_id, edit, key);
    }

    /// Applies one edit as an undo step of its own (e.g. taking a suggested rewrite).
    pub fn edit_step(&self, draft_id: &str, edit: DraftEdit) {
        self.apply_edit(draft_id, edit, None);
    }

    fn apply_edit(&self, draft_id: &str, edit: DraftEdit, key: Option<String>) {
        self.change(key, |ws| {
            let Some(i) = ws.index(draft_id) else { return };
            let mut d = (*ws.drafts[i]).clone();
            if apply(&mut d, &edit).is_ok() {
                ws.drafts[i] = Arc::new(d);
            }
        });
    }

    pub fn undo(&self) {
        let current = self.ws.get_untracked();
        if let Some(prev) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.ws.set(prev);
            self.after_change();
        }
    }

    pub fn redo(&self) {
        let current = self.ws.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.ws.set(next);
            self.after_change();
        }
    }

    pub fn open_draft(&self, id: Option<String>) {
        self.panduan.set(false);
        self.open_tim.set(None);
        self.store.with_value(|s| s.save_terbuka(id.as_deref()));
        self.open.set(id);
    }

    pub(crate) fn add_and_open(&self, draft: Draft, after: Option<&str>) {
        let id = draft.id.clone();
        self.change(None, |ws| {
            let pos = after
                .and_then(|a| ws.index(a))
                .map_or(ws.drafts.len(), |i| i + 1);
            ws.drafts.insert(pos, Arc::new(draft));
        });
        self.open_draft(Some(id));
    }

    pub fn create_draft(&self) {
        self.add_and_open(Draft::new(new_id(), tahun_baru()), None);
    }

    /// The shipped complete SKP JPT example, opened as a new draft of its own.
    pub fn open_example(&self) {
        match read_draft_file(super::files::EXAMPLE_JPT) {
            Ok(d) => {
                let nama = d.nama_draf.clone();
                self.add_and_open(d.salinan(new_id(), nama), None);
            }
            Err(e) => self
                .import_error
                .set(Some(format!("Contoh tidak dapat dibuka: {e}"))),
        }
    }

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

    /// Deletes after the user confirmed; undo brings it back.
    pub fn delete(&self, id: &str) {
        self.change(None, |ws| ws.drafts.retain(|d| d.id != id));
        if self.open.get_untracked().as_deref() == Some(id) {
            self.open_draft(None);
        }
        self.info.set(Some(
            "Draf dihapus. Tekan Urungkan (Ctrl+Z) bila keliru.".into(),
        ));
    }

    /// Reads an imported file (a draft, or a team by its format marker). Nothing changes
    /// unless the whole file is valid.
    pub fn import_text(&self, file_name: &str, text: &str) {
        #[derive(serde::Deserialize)]
        struct Marker {
            format: Option<String>,
        }
        let marker = serde_json::from_str::<Marker>(text)
            .ok()
            .and_then(|m| m.format);
        if marker.as_deref() == Some(crate::core::mpph::FORMAT_TIM) {
            return self.import_team_text(file_name, text);
        }
        match read_draft_file(text) {
            Err(e) => self.import_error.set(Some(format!(
                "Berkas \"{file_name}\" tidak diimpor. {e} Tidak ada draf yang berubah."
            ))),
            Ok(mut d) => {
                self.import_error.set(None);
                if self.store.with_value(|s| s.is_quarantined_id(&d.id)) {
                    d.id = new_id(); // that key holds data we could not read: never overwrite it
                }
                let existing = self
                    .ws
                    .with_untracked(|w| w.get(&d.id).map(|e| e.nama_draf.clone()));
                match existing {
                    Some(existing_name) => self.pending_import.set(Some(PendingImport {
                        draft: Arc::new(d),
                        existing_name,
                    })),
                    None => {
                        let nama = d.nama_draf.clone();
                        self.add_and_open(d, None);
                        self.info.set(Some(format!("Draf \"{nama}\" diimpor.")));
                    }
                }
            }
        }
    }

    /// The user's answer to "this draft already exists": replace it, or keep both.
    pub fn resolve_import(&self, replace: bool) {
        let Some(p) = self.pending_import.get_untracked() else {
            return;
        };
        self.pending_import.set(None);
        let d = (*p.draft).clone();
        if replace {
            let id = d.id.clone();
            self.change(None, |ws| {
                if let Some(i) = ws.index(&id) {
                    ws.drafts[i] = Arc::new(d);
                }
            });
            self.open_draft(Some(id));
            self.info.set(Some(
                "Draf lama diganti dengan isi berkas. Urungkan (Ctrl+Z) bila keliru.".into(),
            ));
        } else {
            let nama = format!("{} (impor)", d.nama_draf);
            self.add_and_open(d.salinan(new_id(), nama), None);
            self.info.set(Some(
                "Keduanya disimpan: draf impor ditambahkan sebagai draf baru.".into(),
            ));
        }
    }

    /// Another tab changed storage.
    pub fn on_storage_event(&self, key: &str) {
        if key.starts_with(super::storage::PREFIX_TIM) {
            return self.on_team_storage_event(key);
        }
        let current = self.ws.with_untracked(|w| {
            key.strip_prefix(super::storage::PREFIX_DRAF)
                .and_then(|id| w.get(id).cloned())
        });
        match self
            .store
            .try_update_value(|s| s.external_draft(key, current.as_ref()))
        {
            Some(ExternalChange::Updated(d)) => self.ws.update(|w| match w.index(&d.id) {
                Some(i) => w.drafts[i] = d,
                None => w.drafts.push(d),
            }),
            Some(ExternalChange::Removed(id)) => {
                self.ws.update(|w| w.drafts.retain(|d| d.id != id))
            }
            Some(ExternalChange::Conflict(id)) => self.add_conflict(id),
            _ => {}
        }
    }

    fn on_team_storage_event(&self, key: &str) {
        let current = self.ws.with_untracked(|w| {
            key.strip_prefix(super::storage::PREFIX_TIM)
                .and_then(|id| w.team(id).cloned())
        });
        match self
            .store
            .try_update_value(|s| s.external_team(key, current.as_ref()))
        {
            Some(ExternalChange::Updated(t)) => self.ws.update(|w| match w.team_index(&t.id) {
                Some(i) => w.teams[i] = t,
                None => w.teams.push(t),
            }),
            Some(ExternalChange::Removed(id)) => self.ws.update(|w| w.teams.retain(|t| t.id != id)),
            Some(ExternalChange::Conflict(id)) => self.add_conflict(id),
            _ => {}
        }
    }

    fn add_conflict(&self, id: String) {
        if !self.conflicts.with_untracked(|c| c.contains(&id)) {
            self.conflicts.update(|c| c.push(id));
        }
    }

    /// Conflict: keep this tab's version as a new copy, and take the other tab's version.
    pub fn conflict_keep_both(&self, id: &str) {
        if self.ws.with_untracked(|w| w.team(id).is_some()) {
            return self.team_conflict_keep_both(id);
        }
        let mine = self.ws.with_untracked(|w| w.get(id).cloned());
        let theirs = self.store.try_update_value(|s| s.reload(id)).flatten();
        self.conflicts.update(|c| c.retain(|x| x != id));
        self.change(None, |ws| {
            if let Some(mine) = &mine {
                let copy = mine.salinan(new_id(), format!("{} (versi tab ini)", mine.nama_draf));
                ws.drafts.push(Arc::new(copy));
            }
            match (ws.index(id), theirs) {
                (Some(i), Some(t)) => ws.drafts[i] = t,
                (None, Some(t)) => ws.drafts.push(t),
                (Some(i), None) => {
                    ws.drafts.remove(i);
                }
                (None, None) => {}
            }
        });
        self.info.set(Some(
            "Versi tab lain dimuat; versi tab ini disimpan sebagai salinan.".into(),
        ));
    }

    fn team_conflict_keep_both(&self, id: &str) {
        let mine = self.ws.with_untracked(|w| w.team(id).cloned());
        let theirs = self.store.try_update_value(|s| s.reload_team(id)).flatten();
        self.conflicts.update(|c| c.retain(|x| x != id));
        self.change(None, |ws| {
            if let Some(mine) = &mine {
                let copy = Tim {
                    id: new_id(),
                    nama_unit: format!("{} (versi tab ini)", mine.nama_unit),
                    ..(**mine).clone()
                };
                ws.teams.push(Arc::new(copy));
            }
            match (ws.team_index(id), theirs) {
                (Some(i), Some(t)) => ws.teams[i] = t,
                (Some(i), None) => {
                    ws.teams.remove(i);
                }
                (None, Some(t)) => ws.teams.push(t),
                (None, None) => {}
            }
        });
        self.info.set(Some(
            "Versi tab lain dimuat; versi tab ini disimpan sebagai salinan.".into(),
        ));
    }

    pub fn export(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        let text = crate::core::format::write_draft_file(&d);
        if let Err(e) = super::files::download(&d.nama_berkas(), &text) {
            self.import_error.set(Some(format!("Ekspor gagal: {e}")));
        }
    }

    /// Exports a stored entry that could not be read, exactly as it is stored.
    pub fn export_raw(&self, q: &Quarantined) {
        let name = format!("{}-mentah.txt", crate::core::model::slug(&q.key));
        if let Err(e) = super::files::download(&name, &q.raw) {
            self.import_error.set(Some(format!("Ekspor gagal: {e}")));
        }
    }
}

/// The state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
