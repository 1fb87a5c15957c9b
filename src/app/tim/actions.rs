//! Team (MPPH) actions on the app state: every change is an undo step and is saved.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::state::{new_id, AppState, Workspace};
use crate::core::model::{Draft, JenisJabatan};
use crate::core::mpph::{self, Rencana, Tim, Tingkat};

/// A team file waiting for the user's choice because its ids are already here.
#[derive(Clone, PartialEq)]
pub struct PendingTeam {
    pub tim: Tim,
    pub drafts: Vec<Draft>,
    pub existing_name: String,
}

impl AppState {
    pub fn open_team(&self, id: Option<String>) {
        self.panduan.set(false);
        self.open.set(None);
        self.open_tim.set(id);
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
                let mut d = Draft::new(new_id(), js_sys::Date::new_0().get_full_year() as i32);
                d.header.jenis_jabatan = JenisJabatan::Jpt;
                d.nama_draf = format!("{} — pimpinan tim", d.nama_draf);
                let d = Arc::new(d);
                (d.clone(), Some(d))
            }
        };
        let nama = if leader.header.instansi.trim().is_empty() {
            "Tim baru".to_string()
        } else {
            leader.header.instansi.clone()
        };
        let mut tim = Tim::new(new_id(), nama, leader.id.clone());
        mpph::sync_label_kolom(&mut tim, &leader);
        let id = tim.id.clone();
        self.change(None, |w| {
            if let Some(d) = new_leader {
                w.drafts.push(d);
            }
            w.teams.push(Arc::new(tim));
        });
        self.open_team(Some(id));
    }

    /// Changes one team as one undo step (typing in one field merges by `coalesce`).
    pub fn team_change(
        &self,
        team_id: &str,
        coalesce: Option<String>,
        f: impl FnOnce(&mut Tim, &[Arc<Draft>]),
    ) {
        self.change(coalesce, |w| {
            let Some(i) = w.team_index(team_id) else {
                return;
            };
            let mut tim = (*w.teams[i]).clone();
            f(&mut tim, &w.drafts);
            if tim != *w.teams[i] {
                w.teams[i] = Arc::new(tim);
            }
        });
    }

    pub fn delete_team(&self, id: &str) {
        self.change(None, |w| w.teams.retain(|t| t.id != id));
        if self.open_tim.get_untracked().as_deref() == Some(id) {
            self.open_team(None);
        }
        self.info.set(Some(
            "Tim dihapus (draf anggotanya tetap ada). Urungkan (Ctrl+Z) bila keliru.".into(),
        ));
    }

    /// What a derivation would change, or why it cannot run.
    pub fn derive_plan(&self, team_id: &str) -> Result<Rencana, String> {
        self.ws.with_untracked(|w| {
            let tim = w.team(team_id).ok_or("Tim tidak ditemukan.")?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            mpph::rencana_turunan(tim, &drafts).map_err(|e| e.to_string())
        })
    }

    /// Applies a plan the user has seen; refused when anything changed since.
    pub fn derive_apply(&self, team_id: &str, plan: &Rencana) -> Result<(), String> {
        let mut next: Workspace = self.ws.get_untracked();
        let i = next.team_index(team_id).ok_or("Tim tidak ditemukan.")?;
        let mut tim = (*next.teams[i]).clone();
        let mut drafts: Vec<Draft> = next.drafts.iter().map(|d| (**d).clone()).collect();
        mpph::terapkan(&mut tim, &mut drafts, plan, &mut new_id).map_err(|e| e.to_string())?;
        // Keep the Arc of every draft the derivation did not touch: it is not saved again.
        let old: HashMap<String, Arc<Draft>> = next
            .drafts
            .iter()
            .map(|d| (d.id.clone(), d.clone()))
            .collect();
        next.drafts = drafts
            .into_iter()
            .map(|d| match old.get(&d.id) {
                Some(a) if **a == d => a.clone(),
                _ => Arc::new(d),
            })
            .collect();
        next.teams[i] = Arc::new(tim);
        self.change(None, move |w| *w = next);
        Ok(())
    }

    pub fn export_team(&self, team_id: &str) {
        let text = self.ws.with_untracked(|w| {
            let tim = w.team(team_id)?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            Some((mpph::write_bundle(tim, &drafts), tim.nama_unit.clone()))
        });
        if let Some((text, nama)) = text {
            let slug = crate::core::model::slug(&nama);
            let name = format!(
                "{}.tim.json",
                if slug.is_empty() { "tim".into() } else { slug }
            );
            self.download_or_say(&name, &text, "application/json;charset=utf-8");
        }
    }

    /// The CSV of one matrix, as the screen shows it.
    pub fn export_csv(&self, team_id: &str, tingkat: &Tingkat) {
        let out = self.ws.with_untracked(|w| {
            let tim = w.team(team_id)?;
            let drafts: Vec<Draft> = w.drafts.iter().map(|d| (**d).clone()).collect();
            let (csv, suffix) = match tingkat {
                Tingkat::Satu => (
                    mpph::csv_mpph1(tim, w.get(&tim.pimpinan)?),
                    "level-1".to_string(),
                ),
                Tingkat::Dua(k) => {
                    let nama = tim
                        .orang_by_id(k)
                        .map(|o| o.nama.clone())
                        .unwrap_or_default();
                    (
                        mpph::csv_mpph2(tim, k, &drafts),
                        format!("level-2-{}", crate::core::model::slug(&nama)),
                    )
                }
            };
            Some((
                csv,
                format!(
                    "mpph-{}-{suffix}.csv",
                    crate::core::model::slug(&tim.nama_unit)
                ),
            ))
        });
        match out {
            Some((csv, name)) => self.download_or_say(&name, &csv, "text/csv;charset=utf-8"),
            None => self.import_error.set(Some(
                "Draf pimpinan tim tidak ada; CSV tidak dapat dibuat.".into(),
            )),
        }
    }

    fn download_or_say(&self, name: &str, text: &str, mime: &str) {
        if let Err(e) = crate::app::files::download_as(name, text, mime) {
            self.import_error.set(Some(format!("Ekspor gagal: {e}")));
        }
    }

    /// Reads a team file; nothing changes unless all of it is valid.
    pub fn import_team_text(&self, file_name: &str, text: &str) {
        match mpph::read_bundle(text) {
            Err(e) => self.import_error.set(Some(format!(
                "Berkas \"{file_name}\" tidak diimpor. {e} Tidak ada data yang berubah."
            ))),
            Ok((tim, drafts)) => {
                self.import_error.set(None);
                let taken = self.ws.with_untracked(|w| {
                    w.team(&tim.id).map(|t| t.nama_unit.clone()).or_else(|| {
                        drafts
                            .iter()
                            .find_map(|d| w.get(&d.id).map(|e| e.nama_draf.clone()))
                    })
                });
                // An id whose stored entry could not be read must never be written over:
                // such a file is always kept beside it, under new ids.
                let unreadable = self.store.with_value(|s| {
                    s.is_quarantined_id(&tim.id)
                        || drafts.iter().any(|d| s.is_quarantined_id(&d.id))
                });
                if unreadable {
                    self.pending_team.set(Some(PendingTeam {
                        tim,
                        drafts,
                        existing_name: String::new(),
                    }));
                    return self.resolve_team_import(false);
                }
                match taken {
                    Some(existing_name) => self.pending_team.set(Some(PendingTeam {
                        tim,
                        drafts,
                        existing_name,
                    })),
                    None => self.add_team(tim, drafts),
                }
            }
        }
    }

    fn add_team(&self, tim: Tim, drafts: Vec<Draft>) {
        let id = tim.id.clone();
        let nama = tim.nama_unit.clone();
        self.change(None, |w| {
            for d in drafts {
                match w.index(&d.id) {
                    Some(i) => w.drafts[i] = Arc::new(d),
                    None => w.drafts.push(Arc::new(d)),
                }
            }
            match w.team_index(&tim.id) {
                Some(i) => w.teams[i] = Arc::new(tim),
                None => w.teams.push(Arc::new(tim)),
            }
        });
        self.open_team(Some(id));
        self.info.set(Some(format!("Tim \"{nama}\" diimpor.")));
    }

    /// The user's answer for a team file whose ids exist: replace, or keep both (the
    /// imported team and its drafts get new ids).
    pub fn resolve_team_import(&self, replace: bool) {
        let Some(p) = self.pending_team.get_untracked() else {
            return;
        };
        self.pending_team.set(None);
        if replace {
            return self.add_team(p.tim, p.drafts);
        }
        let mut tim = p.tim;
        let ids: HashMap<String, String> =
            p.drafts.iter().map(|d| (d.id.clone(), new_id())).collect();
        let drafts = p.drafts.into_iter().map(|d| {
            let nid = ids[&d.id].clone();
            let nama = format!("{} (impor)", d.nama_draf);
            d.salinan(nid, nama)
        });
        tim.id = new_id();
        tim.nama_unit = format!("{} (impor)", tim.nama_unit);
        if let Some(n) = ids.get(&tim.pimpinan) {
            tim.pimpinan = n.clone();
        }
        for o in &mut tim.orang {
            o.draf = o.draf.as_ref().and_then(|d| ids.get(d).cloned());
        }
        self.add_team(tim, drafts.collect());
    }
}
