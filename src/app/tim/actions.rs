//! Team (MPPH) actions on the app state: each team change is an undo step of that team's
//! own history, and is saved.

use std::sync::Arc;

use crate::app::browser::{self, new_id, now_ms};
use crate::app::state::AppState;
use crate::core::model::{Draft, JenisJabatan};
use crate::core::mpph::{self, Rencana, Tim, Tingkat};
use crate::core::workspace::session::NoticeKind;
use leptos::prelude::*;

impl AppState {
    pub fn open_team(&self, id: Option<String>) {
        let other = self.open_tim.get_untracked() != id;
        self.panduan.set(false);
        self.kelas.set(false);
        self.open.set(None);
        self.open_tim.set(id);
        self.session_mut(false, |_| ());
        if other {
            browser::scroll_to_top();
        }
    }

    /// The shipped example team, opened as a team of its own.
    pub fn open_example_team(&self) {
        let opened = self.session_mut(true, |s| s.open_example_team(&mut new_id));
        if let Some(crate::core::workspace::undo::ItemRef::Tim(id)) = opened {
            self.open_team(Some(id));
        }
    }

    /// A new team led by the open draft, or by a new SKP JPT draft when none is open.
    pub fn create_team(&self) {
        let open = self
            .open
            .get_untracked()
            .and_then(|id| self.ws.with_untracked(|w| w.get(&id).cloned()));
        let (leader, new_leader) = match open {
            Some(d) => (d, None),
            None => {
                // The same year rule as any new draft: next year from November on.
                let tahun = Draft::tahun_baru(browser::tahun_ini(), browser::bulan_ini());
                let mut d = Draft::new(new_id(), tahun);
                d.header.jenis_jabatan = JenisJabatan::Jpt;
                d.nama_draf = format!("{} \u{2014} pimpinan tim", d.nama_draf);
                (Arc::new(d.clone()), Some(d))
            }
        };
        let nama = if leader.header.instansi.trim().is_empty() {
            "Tim baru".to_string()
        } else {
            leader.header.instansi.clone()
        };
        let mut tim = Tim::new(new_id(), nama, leader.id.clone());
        mpph::sync_label_kolom(&mut tim, &leader);
        let id = self.session_mut(true, |s| s.add_team(tim, new_leader));
        self.open_team(Some(id));
    }

    /// Changes one team as one undo step (typing in one field merges by `coalesce`).
    pub fn team_change(
        &self,
        team_id: &str,
        coalesce: Option<String>,
        f: impl FnOnce(&mut Tim, &[Arc<Draft>]),
    ) {
        self.session_mut(true, |s| {
            s.change_team(team_id, coalesce.as_deref(), now_ms(), f)
        });
    }

    /// Deletes a team (its members' drafts stay); restorable from its notice or the trash.
    pub fn delete_team(&self, id: &str) {
        self.session_mut(true, |s| s.delete_team(id, now_ms()));
        if self.open_tim.get_untracked().as_deref() == Some(id) {
            self.open_team(None);
        }
    }

    /// What a derivation would change, or why it cannot run.
    pub fn derive_plan(&self, team_id: &str) -> Result<Rencana, String> {
        self.ws.with_untracked(|w| {
            let tim = w.team(team_id).ok_or("Tim tidak ditemukan.")?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            mpph::rencana_turunan(tim, &drafts).map_err(|e| e.to_string())
        })
    }

    /// Applies a plan the user has seen; refused when anything changed since. One step of
    /// the team's history, undone by its notice's "Batalkan penurunan".
    pub fn derive_apply(&self, team_id: &str, plan: &Rencana) -> Result<(), String> {
        self.session_mut(true, |s| s.derive(team_id, plan, now_ms(), &mut new_id))
    }

    pub fn export_team(&self, team_id: &str) {
        let text = self.ws.with_untracked(|w| {
            let tim = w.team(team_id)?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            Some((mpph::export_bundle(tim, &drafts), tim.nama_unit.clone()))
        });
        if let Some((text, nama)) = text {
            let text = match text {
                Ok(t) => t,
                Err(e) => {
                    return self.say(
                        NoticeKind::Error,
                        format!("Tim \u{201c}{nama}\u{201d} tidak dapat diekspor: {e} Periksa draf pimpinan tim di halaman tim."),
                    )
                }
            };
            let slug = crate::core::model::slug(&nama);
            let name = format!(
                "{}.tim.json",
                if slug.is_empty() { "tim".into() } else { slug }
            );
            self.download_or_say(&name, &text, "application/json;charset=utf-8");
        }
    }

    /// The team's workbook: MPPH level 1, each level 2 and every member's SKP.
    pub fn export_team_xlsx(&self, team_id: &str) {
        let job = self.ws.with_untracked(|w| {
            let tim = Tim::clone(w.team(team_id)?);
            // Only the team's drafts travel to the worker: the leader's and the members'.
            let ids: Vec<&str> = std::iter::once(tim.pimpinan.as_str())
                .chain(tim.orang.iter().filter_map(|o| o.draf.as_deref()))
                .collect();
            let drafts: Vec<Draft> = w
                .drafts
                .iter()
                .filter(|d| ids.contains(&d.id.as_str()))
                .map(|d| (**d).clone())
                .collect();
            Some((tim, drafts))
        });
        if let Some((tim, drafts)) = job {
            let slug = crate::core::model::slug(&tim.nama_unit);
            let name = format!("{}.xlsx", if slug.is_empty() { "tim".into() } else { slug });
            self.export_workbook(name, crate::core::xlsx::Permintaan::Tim { tim, drafts });
        }
    }

    /// One matrix as rows (the same rows the CSV, the XLSX and the print are written from),
    /// with the file name's tail ("level-1", "level-2-<ketua>").
    fn matrix_rows(&self, team_id: &str, tingkat: &Tingkat) -> Option<(Vec<Vec<String>>, String)> {
        self.ws.with_untracked(|w| {
            let tim = w.team(team_id)?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            let (rows, suffix) = match tingkat {
                Tingkat::Satu => (
                    mpph::rows_mpph1(tim, w.get(&tim.pimpinan)?),
                    "level-1".to_string(),
                ),
                Tingkat::Dua(k) => {
                    let nama = tim
                        .orang_by_id(k)
                        .map(|o| o.nama.clone())
                        .unwrap_or_default();
                    (
                        mpph::rows_mpph2(tim, k, &drafts),
                        format!("level-2-{}", crate::core::model::slug(&nama)),
                    )
                }
            };
            Some((
                rows,
                format!("mpph-{}-{suffix}", crate::core::model::slug(&tim.nama_unit)),
            ))
        })
    }

    /// The CSV of one matrix, as the screen shows it.
    pub fn export_csv(&self, team_id: &str, tingkat: &Tingkat) {
        match self.matrix_rows(team_id, tingkat) {
            Some((rows, name)) => self.download_or_say(
                &format!("{name}.csv"),
                &mpph::csv_rows(&rows),
                "text/csv;charset=utf-8",
            ),
            None => self.say(
                NoticeKind::Error,
                "Draf pimpinan tim tidak ada; CSV tidak dapat dibuat.",
            ),
        }
    }

    /// Prints one matrix (A4 landscape; a wide matrix goes on in parts, never dropping a
    /// column): the same rows as the CSV, through the core's print renderer.
    pub fn print_matrix(&self, team_id: &str, tingkat: &Tingkat) {
        let Some((rows, _)) = self.matrix_rows(team_id, tingkat) else {
            return self.say(
                NoticeKind::Error,
                "Draf pimpinan tim tidak ada; matriks tidak dapat dicetak.",
            );
        };
        if let Err(e) = browser::files::print_document(&crate::core::cetak::mpph::html(&rows)) {
            self.say(NoticeKind::Error, format!("Cetak gagal: {e}"));
        }
    }
}
