//! One tab's view of the workspace: its drafts and teams, its undo histories, its store,
//! and what it has to tell the user (notices, questions, conflicts). Every rule of the
//! workspace is applied here; the app calls these methods and shows the result.

use std::collections::VecDeque;
use std::sync::Arc;

use super::import::{self, Arrival, Choice, Question};
use super::item::{Item, PREFIX_DRAF, PREFIX_TIM};
use super::kv::KeyValue;
use super::store::{ExternalChange, Quarantined, SaveProblem, Store};
use super::trash::{self, Deleted};
use super::undo::{Histories, ItemRef, Step, UndoError};
use super::Workspace;
use crate::core::edit::{apply, DraftEdit};
use crate::core::huruf::besar_awal;
use crate::core::model::Draft;
use crate::core::mpph::{self, Rencana, Tim};

/// How a notice looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

/// A button a notice offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// "Batalkan hapus": restore the trash entry with this id.
    Restore(String),
    /// "Batalkan penurunan": undo the derivation of this team.
    UndoDerivation(String),
    /// "Muat ulang": switch to the new version of the app waiting to take over.
    MuatUlang,
}

/// A message for the user. Notices queue: several imported files each keep theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
}

/// At most this many notices stay on screen; the oldest go first.
pub const MAX_NOTICES: usize = 6;

/// One tab's workspace and everything it has to say.
pub struct Session<K: KeyValue> {
    pub ws: Workspace,
    pub store: Store<K>,
    pub histories: Histories,
    /// Deleted drafts and teams that can be restored (newest first).
    pub trash: Vec<Deleted>,
    pub quarantined: Vec<Quarantined>,
    /// Files waiting for "replace or keep both", first asked first.
    pub questions: VecDeque<Question>,
    pub notices: Vec<Notice>,
    /// Drafts and teams whose save is held back: another tab changed the same fields.
    pub conflicts: Vec<String>,
    /// Problems of the last save (storage full, unavailable, …).
    pub problems: Vec<SaveProblem>,
    /// The draft on screen, as storage remembers it for the next visit.
    pub terbuka: Option<String>,
    /// `terbuka` could not be written (storage full); the next good save writes it.
    terbuka_tertunda: bool,
    next_notice: u64,
}

impl<K: KeyValue> Session<K> {
    /// Loads what storage holds.
    pub fn open(kv: K, now_ms: f64) -> Self {
        let mut store = Store::new(kv);
        let loaded = store.load(now_ms);
        let terbuka = loaded
            .terbuka
            .filter(|id| loaded.workspace.get(id).is_some());
        let problems = if store.available {
            Vec::new()
        } else {
            vec![SaveProblem::Unavailable]
        };
        Session {
            ws: loaded.workspace,
            store,
            histories: Histories::default(),
            trash: loaded.trash,
            quarantined: loaded.quarantined,
            questions: VecDeque::new(),
            notices: Vec::new(),
            conflicts: Vec::new(),
            problems,
            terbuka,
            terbuka_tertunda: false,
            next_notice: 1,
        }
    }

    // ----- notices -----

    pub fn notify(
        &mut self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) {
        let n = Notice {
            id: self.next_notice,
            kind,
            text: text.into(),
            action,
        };
        self.next_notice += 1;
        self.notices.push(n);
        if self.notices.len() > MAX_NOTICES {
            self.notices.remove(0);
        }
    }

    pub fn dismiss(&mut self, notice: u64) {
        self.notices.retain(|n| n.id != notice);
    }

    // ----- changes and undo -----

    /// Changes the workspace as one undo step of `scope` (typing in one field merges by
    /// `coalesce`). Only items that existed before and after are in the step.
    pub fn change(
        &mut self,
        scope: ItemRef,
        coalesce: Option<&str>,
        now_ms: f64,
        f: impl FnOnce(&mut Workspace),
    ) -> bool {
        let before = self.ws.clone();
        f(&mut self.ws);
        if self.ws.same(&before) {
            return false;
        }
        let step = self.ws.step_from(&before, false);
        self.histories.record(scope, step, coalesce, now_ms);
        true
    }

    /// Applies one edit to one draft; typing in one field merges into one undo step unless
    /// `own_step`.
    pub fn edit(&mut self, draft_id: &str, edit: &DraftEdit, own_step: bool, now_ms: f64) -> bool {
        let key = if own_step {
            None
        } else {
            edit.coalesce_key().map(|k| format!("{draft_id}/{k}"))
        };
        self.change(
            ItemRef::Draft(draft_id.to_string()),
            key.as_deref(),
            now_ms,
            |ws| {
                let Some(i) = ws.index(draft_id) else { return };
                let mut d = (*ws.drafts[i]).clone();
                if apply(&mut d, edit).is_ok() {
                    ws.drafts[i] = Arc::new(d);
                }
            },
        )
    }

    /// Changes one team as one undo step of that team.
    pub fn change_team(
        &mut self,
        team_id: &str,
        coalesce: Option<&str>,
        now_ms: f64,
        f: impl FnOnce(&mut Tim, &[Arc<Draft>]),
    ) -> bool {
        self.change(ItemRef::Tim(team_id.to_string()), coalesce, now_ms, |ws| {
            let Some(i) = ws.team_index(team_id) else {
                return;
            };
            let mut tim = (*ws.teams[i]).clone();
            f(&mut tim, &ws.drafts);
            if tim != *ws.teams[i] {
                ws.teams[i] = Arc::new(tim);
            }
        })
    }

    pub fn can_undo(&self, scope: &ItemRef) -> bool {
        self.histories.can_undo(scope)
    }

    pub fn can_redo(&self, scope: &ItemRef) -> bool {
        self.histories.can_redo(scope)
    }

    /// Undoes this tab's last step of `scope`. When another tab changed the same fields,
    /// nothing changes and a notice says why.
    pub fn undo(&mut self, scope: &ItemRef) -> bool {
        let ws = &mut self.ws;
        let r = self.histories.undo(scope, |parts| ws.apply_parts(parts));
        self.after_undo(r, "diurungkan")
    }

    pub fn redo(&mut self, scope: &ItemRef) -> bool {
        let ws = &mut self.ws;
        let r = self.histories.redo(scope, |parts| ws.apply_parts(parts));
        self.after_undo(r, "diulangi")
    }

    fn after_undo(&mut self, r: Result<(), UndoError>, what: &str) -> bool {
        match r {
            Ok(()) => true,
            Err(UndoError::Nothing) => false,
            Err(UndoError::Collision(item, c)) => {
                let name = self.name_of(&item);
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "Langkah ini tidak dapat {what}: {name} sudah diubah di tab lain pada bagian yang sama ({}). Tidak ada yang berubah; periksa isinya lalu ubah langsung bila perlu.",
                        c.at
                    ),
                    None,
                );
                false
            }
        }
    }

    fn name_of(&self, item: &ItemRef) -> String {
        match item {
            ItemRef::Draft(id) => self
                .ws
                .get(id)
                .map(|d| format!("draf \u{201c}{}\u{201d}", d.nama_draf))
                .unwrap_or_else(|| "draf ini".into()),
            ItemRef::Tim(id) => self
                .ws
                .team(id)
                .map(|t| format!("tim \u{201c}{}\u{201d}", t.nama_unit))
                .unwrap_or_else(|| "tim ini".into()),
        }
    }

    // ----- creating, opening, deleting -----

    /// Adds a draft the user created (new, duplicate, example, next year); it is not an
    /// undo step: its history starts here.
    pub fn add_draft(&mut self, draft: Draft, after: Option<&str>) -> String {
        let id = draft.id.clone();
        let pos = after
            .and_then(|a| self.ws.index(a))
            .map_or(self.ws.drafts.len(), |i| i + 1);
        self.ws.drafts.insert(pos, Arc::new(draft));
        self.histories.reset(&ItemRef::Draft(id.clone()));
        id
    }

    /// Adds a team (and a new leader draft, when it has none yet).
    pub fn add_team(&mut self, tim: Tim, leader: Option<Draft>) -> String {
        if let Some(d) = leader {
            self.add_draft(d, None);
        }
        let id = tim.id.clone();
        self.ws.teams.push(Arc::new(tim));
        self.histories.reset(&ItemRef::Tim(id.clone()));
        id
    }

    /// What refers to a draft, for the delete dialog.
    pub fn rujukan(&self, draft_id: &str) -> trash::Rujukan {
        trash::rujukan(&self.ws, draft_id)
    }

    /// Deletes a draft (and the teams it leads); kept in the trash, restorable.
    pub fn delete_draft(&mut self, id: &str, now_ms: f64) {
        let Some(d) = trash::delete_draft(&mut self.ws, id, now_ms) else {
            return;
        };
        self.histories.reset(&ItemRef::Draft(id.to_string()));
        for t in &d.tim {
            self.histories.reset(&ItemRef::Tim(t.id.clone()));
        }
        let extra = if d.tim.is_empty() {
            String::new()
        } else {
            format!(" bersama {} tim yang dipimpinnya", d.tim.len())
        };
        self.put_in_trash(d, &extra);
        if self.terbuka.as_deref() == Some(id) {
            self.terbuka = None;
        }
    }

    /// Deletes a team (its members' drafts stay); restorable.
    pub fn delete_team(&mut self, id: &str, now_ms: f64) {
        let Some(d) = trash::delete_team(&mut self.ws, id, now_ms) else {
            return;
        };
        self.histories.reset(&ItemRef::Tim(id.to_string()));
        self.put_in_trash(d, " (draf anggotanya tetap ada)");
    }

    fn put_in_trash(&mut self, d: Deleted, extra: &str) {
        let what = d.describe();
        let kept = match self.store.trash_put(&d) {
            Ok(()) => " Bisa dipulihkan dari Sampah selama 30 hari.",
            Err(_) => " Sampah tidak dapat disimpan di browser: pulihkan sekarang bila keliru.",
        };
        let action = Some(NoticeAction::Restore(d.id().to_string()));
        self.trash.retain(|t| t.id() != d.id());
        self.trash.insert(0, d);
        self.notify(
            NoticeKind::Info,
            format!("{}{extra} dihapus.{kept}", besar_awal(&what)),
            action,
        );
    }

    /// Puts a deleted draft or team back; returns what to open.
    pub fn restore(&mut self, id: &str, new_id: &mut dyn FnMut() -> String) -> Option<ItemRef> {
        let i = self.trash.iter().position(|t| t.id() == id)?;
        let d = self.trash.remove(i);
        let team_only = d.draf.is_none();
        let what = d.describe();
        let back = trash::restore(&mut self.ws, d, new_id);
        self.store.trash_remove(id);
        self.notices
            .retain(|n| n.action != Some(NoticeAction::Restore(id.to_string())));
        self.notify(
            NoticeKind::Info,
            format!("{} dipulihkan.", besar_awal(&what)),
            None,
        );
        Some(if team_only {
            ItemRef::Tim(back)
        } else {
            ItemRef::Draft(back)
        })
    }

    /// Empties one trash entry for good.
    pub fn forget(&mut self, id: &str) {
        self.trash.retain(|t| t.id() != id);
        self.store.trash_remove(id);
    }

    // ----- files -----

    /// Reads a picked or dropped file. A bad file changes nothing and says where it is
    /// wrong; a file whose ids are taken waits in the question queue.
    pub fn import(
        &mut self,
        file: &str,
        text: &str,
        now_ms: f64,
        new_id: &mut dyn FnMut() -> String,
    ) -> Option<ItemRef> {
        match import::read_incoming(text) {
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    format!("Berkas \u{201c}{file}\u{201d} tidak diimpor. {e} Tidak ada draf yang berubah."),
                    None,
                );
                None
            }
            Ok(incoming) => {
                let store = &self.store;
                let unreadable = |id: &str| store.is_quarantined_id(id);
                match import::arrive(&self.ws, file, incoming, &unreadable, new_id) {
                    Arrival::Place(inc) => {
                        Some(self.place(file, inc, Choice::Replace, now_ms, new_id))
                    }
                    Arrival::Ask(q) => {
                        self.questions.push_back(q);
                        None
                    }
                }
            }
        }
    }

    /// The answer to the first question: replace, keep both, or (`None`) cancel.
    pub fn answer(
        &mut self,
        choice: Option<Choice>,
        now_ms: f64,
        new_id: &mut dyn FnMut() -> String,
    ) -> Option<ItemRef> {
        let q = self.questions.pop_front()?;
        match choice {
            Some(c) => Some(self.place(&q.file, q.incoming, c, now_ms, new_id)),
            None => {
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "Berkas \u{201c}{}\u{201d} tidak diimpor (dibatalkan).",
                        q.file
                    ),
                    None,
                );
                None
            }
        }
    }

    fn place(
        &mut self,
        file: &str,
        inc: import::Incoming,
        choice: Choice,
        now_ms: f64,
        new_id: &mut dyn FnMut() -> String,
    ) -> ItemRef {
        let placed = import::place(&mut self.ws, inc, choice, now_ms, new_id);
        for r in &placed.fresh {
            self.histories.reset(r);
        }
        for d in placed.replaced {
            let _ = self.store.trash_put(&d);
            self.trash.retain(|t| t.id() != d.id());
            self.trash.insert(0, d);
        }
        self.notify(
            NoticeKind::Info,
            format!("{} (berkas \u{201c}{file}\u{201d})", placed.message),
            None,
        );
        placed.open
    }

    /// Opens the shipped example team as a team of its own (new ids, names marked
    /// "contoh"), so it can be opened again and tried without touching anything else.
    pub fn open_example_team(&mut self, new_id: &mut dyn FnMut() -> String) -> Option<ItemRef> {
        let (tim, drafts) = match mpph::read_bundle(mpph::EXAMPLE_TIM) {
            Ok(x) => x,
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    format!("Contoh tim tidak dapat dibuka: {e}"),
                    None,
                );
                return None;
            }
        };
        let (tim, drafts) = import::copy_team(&tim, &drafts, "contoh", new_id);
        for d in drafts {
            self.add_draft(d, None);
        }
        let nama = tim.nama_unit.clone();
        let id = self.add_team(tim, None);
        self.notify(
            NoticeKind::Info,
            format!("Contoh tim \u{201c}{nama}\u{201d} dibuka: isi MPPH, lalu Turunkan ke SKP."),
            None,
        );
        Some(ItemRef::Tim(id))
    }

    // ----- MPPH derivation -----

    /// Applies a derivation the user has seen, as one step of the team's history (undone
    /// from the team page by "Batalkan penurunan", never from a member's draft).
    pub fn derive(
        &mut self,
        team_id: &str,
        plan: &Rencana,
        now_ms: f64,
        new_id: &mut dyn FnMut() -> String,
    ) -> Result<(), String> {
        let i = self.ws.team_index(team_id).ok_or("Tim tidak ditemukan.")?;
        let mut tim = (*self.ws.teams[i]).clone();
        let mut drafts: Vec<Draft> = self.ws.drafts.iter().map(|d| (**d).clone()).collect();
        mpph::terapkan(&mut tim, &mut drafts, plan, new_id).map_err(|e| e.to_string())?;
        let before = self.ws.clone();
        // Keep the pointer of every draft the derivation did not touch: it is not saved again.
        self.ws.drafts = drafts
            .into_iter()
            .map(|d| match before.get(&d.id) {
                Some(a) if **a == d => a.clone(),
                _ => Arc::new(d),
            })
            .collect();
        self.ws.teams[i] = Arc::new(tim);
        let mut step: Step = self.ws.step_from(&before, true);
        step.label = Some("penurunan");
        let n = step
            .parts
            .iter()
            .filter(|p| matches!(p.item, ItemRef::Draft(_)))
            .count();
        self.histories
            .record(ItemRef::Tim(team_id.to_string()), step, None, now_ms);
        self.notify(
            NoticeKind::Info,
            format!("Penurunan diterapkan ke {n} draf."),
            Some(NoticeAction::UndoDerivation(team_id.to_string())),
        );
        Ok(())
    }

    /// "Batalkan penurunan": undoes the team's last step when it is a derivation.
    pub fn undo_derivation(&mut self, team_id: &str) -> bool {
        let scope = ItemRef::Tim(team_id.to_string());
        if self.histories.last_label(&scope) != Some("penurunan") {
            self.notify(
                NoticeKind::Error,
                "Penurunan ini tidak dapat dibatalkan lagi: tim sudah diubah sesudahnya. Urungkan perubahan sesudahnya dulu dari halaman tim.",
                None,
            );
            return false;
        }
        let ok = self.undo(&scope);
        if ok {
            self.notices
                .retain(|n| n.action != Some(NoticeAction::UndoDerivation(team_id.to_string())));
            self.notify(NoticeKind::Info, "Penurunan dibatalkan.", None);
        }
        ok
    }

    // ----- storage -----

    /// Saves what changed. Merged versions (another tab changed other fields) are taken
    /// into the workspace; problems and conflicts are kept for the screen.
    pub fn save(&mut self) {
        let saved = self.store.save(&self.ws);
        for d in saved.merged_drafts {
            self.ws.put_draft(d);
        }
        for t in saved.merged_teams {
            self.ws.put_team(t);
        }
        for q in saved.quarantined {
            if !self.quarantined.iter().any(|x| x.key == q.key) {
                self.quarantined.push(q);
            }
        }
        let mut others = Vec::new();
        let mut conflicts = Vec::new();
        for p in saved.problems {
            match p {
                SaveProblem::Conflict(id) => conflicts.push(id),
                p => others.push(p),
            }
        }
        // A conflict stays listed until resolved or until a save of that item succeeds.
        self.conflicts.retain(|c| conflicts.contains(c));
        for c in conflicts {
            if !self.conflicts.contains(&c) {
                self.conflicts.push(c);
            }
        }
        self.problems = others;
        // A draft opened while the storage was full is reopened after a reload once there is
        // room again, like the edits made meanwhile.
        if self.terbuka_tertunda && self.problems.is_empty() {
            let id = self.terbuka.clone();
            self.terbuka_tertunda = !self.store.save_terbuka(id.as_deref());
        }
    }

    pub fn save_terbuka(&mut self, id: Option<&str>) {
        self.terbuka = id.map(str::to_string);
        self.terbuka_tertunda = !self.store.save_terbuka(id);
    }

    /// Another tab wrote `key`. True when this tab's workspace changed.
    pub fn external(&mut self, key: &str) -> bool {
        if let Some(id) = key.strip_prefix(PREFIX_TIM) {
            let current = self.ws.team(id).cloned();
            let ch = self.store.external_team(key, current.as_ref());
            return self.take_external(
                ch,
                |ws, t| ws.put_team(t),
                |ws, id| ws.teams.retain(|t| t.id != id),
            );
        }
        if let Some(id) = key.strip_prefix(PREFIX_DRAF) {
            let current = self.ws.get(id).cloned();
            let ch = self.store.external_draft(key, current.as_ref());
            return self.take_external(
                ch,
                |ws, d| ws.put_draft(d),
                |ws, id| ws.drafts.retain(|d| d.id != id),
            );
        }
        false
    }

    fn take_external<T: Item>(
        &mut self,
        ch: ExternalChange<T>,
        put: impl FnOnce(&mut Workspace, Arc<T>),
        remove: impl FnOnce(&mut Workspace, &str),
    ) -> bool {
        match ch {
            ExternalChange::Updated(item) => {
                put(&mut self.ws, item);
                true
            }
            ExternalChange::Removed(id) => {
                remove(&mut self.ws, &id);
                true
            }
            ExternalChange::Conflict(id) => {
                if !self.conflicts.contains(&id) {
                    self.conflicts.push(id);
                }
                false
            }
            ExternalChange::Quarantined(q) => {
                if !self.quarantined.iter().any(|x| x.key == q.key) {
                    self.quarantined.push(q);
                }
                false
            }
            ExternalChange::Ignore => false,
        }
    }

    /// Conflict: keep this tab's version as a copy, and take the other tab's version.
    pub fn keep_both(&mut self, id: &str, new_id: &mut dyn FnMut() -> String) {
        self.conflicts.retain(|c| c != id);
        if let Some(mine) = self.ws.team(id).cloned() {
            let copy = import::keep_both(&*mine, new_id(), "versi tab ini");
            self.ws.teams.push(Arc::new(copy));
            match self.store.reload_team(id) {
                Some(t) => self.ws.put_team(t),
                None => self.ws.teams.retain(|t| t.id != id),
            }
            self.histories.reset(&ItemRef::Tim(id.to_string()));
        } else {
            if let Some(mine) = self.ws.get(id).cloned() {
                let copy = import::keep_both(&*mine, new_id(), "versi tab ini");
                self.ws.drafts.push(Arc::new(copy));
            }
            match self.store.reload_draft(id) {
                Some(d) => self.ws.put_draft(d),
                None => self.ws.drafts.retain(|d| d.id != id),
            }
            self.histories.reset(&ItemRef::Draft(id.to_string()));
        }
        self.notify(
            NoticeKind::Info,
            "Versi tab lain dimuat; versi tab ini disimpan sebagai salinan.",
            None,
        );
    }
}
