//! Deleting drafts and teams without losing them: what a deletion removes is kept whole
//! (the draft, the teams it led, the links from teams it was in), stored in the trash and
//! restorable from the "Batalkan hapus" notice or, after a reload, from the trash list.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::item::Item;
use super::Workspace;
use crate::core::model::Draft;
use crate::core::mpph::Tim;

/// What a deletion removed, enough to put it all back. Stored through [`DeletedWire`], so
/// the draft and teams are read back by their files' own readers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "DeletedWire", try_from = "DeletedWire")]
pub struct Deleted {
    pub dihapus_ms: f64,
    /// The deleted draft (none when a team alone was deleted).
    #[serde(default)]
    pub draf: Option<Draft>,
    /// Its place in the draft list.
    #[serde(default)]
    pub posisi: usize,
    /// Teams removed with it: the teams it led, or the team deleted.
    #[serde(default)]
    pub tim: Vec<Tim>,
    /// (team id, person id) whose link to the draft was cleared.
    #[serde(default)]
    pub lepas: Vec<(String, String)>,
}

/// The stored form of [`Deleted`]: items as JSON values.
#[derive(Serialize, Deserialize)]
pub struct DeletedWire {
    dihapus_ms: f64,
    #[serde(default)]
    draf: Option<serde_json::Value>,
    #[serde(default)]
    posisi: usize,
    #[serde(default)]
    tim: Vec<serde_json::Value>,
    #[serde(default)]
    lepas: Vec<(String, String)>,
}

impl From<Deleted> for DeletedWire {
    fn from(d: Deleted) -> Self {
        DeletedWire {
            dihapus_ms: d.dihapus_ms,
            draf: d.draf.as_ref().map(Item::to_value),
            posisi: d.posisi,
            tim: d.tim.iter().map(Item::to_value).collect(),
            lepas: d.lepas,
        }
    }
}

impl TryFrom<DeletedWire> for Deleted {
    type Error = String;
    fn try_from(w: DeletedWire) -> Result<Self, String> {
        Ok(Deleted {
            dihapus_ms: w.dihapus_ms,
            draf: w.draf.map(Draft::from_value).transpose()?,
            posisi: w.posisi,
            tim: w
                .tim
                .into_iter()
                .map(Tim::from_value)
                .collect::<Result<_, _>>()?,
            lepas: w.lepas,
        })
    }
}

impl Deleted {
    /// The id this entry is kept under: the draft's, or the team's.
    pub fn id(&self) -> &str {
        match (&self.draf, self.tim.first()) {
            (Some(d), _) => &d.id,
            (None, Some(t)) => &t.id,
            (None, None) => "",
        }
    }

    /// "draf "SKP 2027"" or "tim "Bidang X"", for messages.
    pub fn describe(&self) -> String {
        match (&self.draf, self.tim.first()) {
            (Some(d), _) => format!("draf \u{201c}{}\u{201d}", d.nama_draf),
            (None, Some(t)) => format!("tim \u{201c}{}\u{201d}", t.nama_unit),
            (None, None) => String::new(),
        }
    }
}

/// Who uses a draft: teams it leads, and team members whose draft it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rujukan {
    /// Names of the teams whose leader draft this is.
    pub memimpin: Vec<String>,
    /// (team name, person name) of team members linked to this draft.
    pub anggota: Vec<(String, String)>,
}

impl Rujukan {
    pub fn is_empty(&self) -> bool {
        self.memimpin.is_empty() && self.anggota.is_empty()
    }

    /// One Indonesian sentence for the delete dialog, or "" when nothing refers to it.
    pub fn kalimat(&self) -> String {
        let mut out = Vec::new();
        if !self.memimpin.is_empty() {
            out.push(format!(
                "Draf ini adalah draf pimpinan tim {}: tim itu ikut dihapus (draf anggotanya tetap ada).",
                daftar(&self.memimpin)
            ));
        }
        if !self.anggota.is_empty() {
            let orang: Vec<String> = self
                .anggota
                .iter()
                .map(|(t, o)| format!("{o} di tim {t}"))
                .collect();
            out.push(format!(
                "Draf ini dipakai oleh {}: tautannya dilepas, orangnya tetap di tim.",
                orang.join(", ")
            ));
        }
        out.join(" ")
    }
}

fn daftar(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\u{201c}{n}\u{201d}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Who refers to the draft `id`.
pub fn rujukan(ws: &Workspace, id: &str) -> Rujukan {
    let mut r = Rujukan::default();
    for t in &ws.teams {
        if t.pimpinan == id {
            r.memimpin.push(t.nama_unit.clone());
        } else {
            for o in t.orang.iter().filter(|o| o.draf.as_deref() == Some(id)) {
                r.anggota.push((t.nama_unit.clone(), o.nama.clone()));
            }
        }
    }
    r
}

/// Deletes a draft with what refers to it: the teams it leads go with it (a team without
/// its leader's draft cannot be exported or derived), and member links to it are cleared.
pub fn delete_draft(ws: &mut Workspace, id: &str, now_ms: f64) -> Option<Deleted> {
    let posisi = ws.index(id)?;
    let draf = (*ws.drafts.remove(posisi)).clone();
    let mut tim = Vec::new();
    let mut lepas = Vec::new();
    ws.teams.retain(|t| {
        if t.pimpinan == id {
            tim.push((**t).clone());
            false
        } else {
            true
        }
    });
    for t in ws.teams.iter_mut() {
        if t.orang.iter().any(|o| o.draf.as_deref() == Some(id)) {
            let mut nt = (**t).clone();
            for o in nt
                .orang
                .iter_mut()
                .filter(|o| o.draf.as_deref() == Some(id))
            {
                o.draf = None;
                lepas.push((nt.id.clone(), o.id.clone()));
            }
            *t = Arc::new(nt);
        }
    }
    Some(Deleted {
        dihapus_ms: now_ms,
        draf: Some(draf),
        posisi,
        tim,
        lepas,
    })
}

/// Deletes a team; its members' drafts stay.
pub fn delete_team(ws: &mut Workspace, id: &str, now_ms: f64) -> Option<Deleted> {
    let i = ws.team_index(id)?;
    let t = (*ws.teams.remove(i)).clone();
    Some(Deleted {
        dihapus_ms: now_ms,
        draf: None,
        posisi: 0,
        tim: vec![t],
        lepas: Vec::new(),
    })
}

/// Puts back what a deletion removed. An id taken meanwhile (the same draft imported
/// again) gets the restored copy under `new_id` instead of overwriting it. Returns the
/// id of the restored draft or team.
pub fn restore(ws: &mut Workspace, d: Deleted, new_id: &mut dyn FnMut() -> String) -> String {
    let team_only = d.draf.is_none();
    let mut restored = d.id().to_string();
    // (old id, id it is restored under)
    let mut draft_id: Option<(String, String)> = None;
    if let Some(draf) = d.draf {
        let old = draf.id.clone();
        let draf = if ws.get(&draf.id).is_some() {
            let name = format!("{} (dipulihkan)", draf.nama_draf);
            draf.copy_as(new_id(), name)
        } else {
            draf
        };
        restored = draf.id.clone();
        draft_id = Some((old, draf.id.clone()));
        let at = d.posisi.min(ws.drafts.len());
        ws.drafts.insert(at, Arc::new(draf));
    }
    for mut t in d.tim {
        if let Some((old, new)) = &draft_id {
            if t.pimpinan == *old {
                t.pimpinan = new.clone();
            }
        }
        let t = if ws.team(&t.id).is_some() {
            let name = format!("{} (dipulihkan)", t.nama_unit);
            t.copy_as(new_id(), name)
        } else {
            t
        };
        if team_only {
            restored = t.id.clone();
        }
        ws.teams.push(Arc::new(t));
    }
    if let Some((_, new)) = draft_id {
        for (tid, oid) in d.lepas {
            let Some(i) = ws.team_index(&tid) else {
                continue;
            };
            let mut t = (*ws.teams[i]).clone();
            if let Some(o) = t.orang.iter_mut().find(|o| o.id == oid && o.draf.is_none()) {
                o.draf = Some(new.clone());
                ws.teams[i] = Arc::new(t);
            }
        }
    }
    restored
}
