//! Files arriving in the workspace: a draft file or a team file, told apart by the format
//! marker; placed at once when its ids are new, or held as a question (replace, or keep
//! both) when they are taken. Replacing keeps the replaced versions in the trash.

use std::collections::HashMap;
use std::sync::Arc;

use super::item::Item;
use super::trash::Deleted;
use super::undo::ItemRef;
use super::Workspace;
use crate::core::format::{read_draft_file, FormatError};
use crate::core::model::Draft;
use crate::core::mpph::{self, Tim};

/// A file's content, read whole and valid.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Draft(Box<Draft>),
    Tim(Box<Tim>, Vec<Draft>),
}

impl Incoming {
    /// Whose file this is, for the question: the pegawai's name, or the team's unit.
    pub fn whose(&self) -> String {
        match self {
            Incoming::Draft(d) if !d.pegawai.nama.trim().is_empty() => {
                format!("{} ({})", d.pegawai.nama.trim(), d.nama_draf)
            }
            Incoming::Draft(d) => d.nama_draf.clone(),
            Incoming::Tim(t, _) => t.nama_unit.clone(),
        }
    }
}

/// Reads a file of either kind; nothing is returned unless all of it is valid.
pub fn read_incoming(text: &str) -> Result<Incoming, FormatError> {
    #[derive(serde::Deserialize)]
    struct Marker {
        format: Option<String>,
    }
    let marker = serde_json::from_str::<Marker>(text)
        .ok()
        .and_then(|m| m.format);
    if marker.as_deref() == Some(mpph::FORMAT_TIM) {
        let (t, d) = mpph::read_bundle(text)?;
        Ok(Incoming::Tim(Box::new(t), d))
    } else {
        Ok(Incoming::Draft(Box::new(read_draft_file(text)?)))
    }
}

/// A file whose ids are taken, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The file's name as picked.
    pub file: String,
    pub incoming: Incoming,
    /// What it would replace, named ("draf "SKP 2027"", "tim "Bidang X"").
    pub ada: String,
}

/// What to do with a file: place it, or ask first.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    Place(Incoming),
    Ask(Question),
}

/// The user's answer to a [`Question`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Replace,
    KeepBoth,
}

/// Decides whether a file can be placed as it is. Ids of entries that could not be read
/// are never reused: such a file is kept beside them under new ids, without asking.
pub fn arrive(
    ws: &Workspace,
    file: &str,
    incoming: Incoming,
    unreadable: &dyn Fn(&str) -> bool,
    new_id: &mut dyn FnMut() -> String,
) -> Arrival {
    match incoming {
        Incoming::Draft(mut d) => {
            if unreadable(&d.id) {
                d.id = new_id();
            }
            match ws.get(&d.id) {
                Some(e) => Arrival::Ask(Question {
                    file: file.to_string(),
                    ada: format!("draf \u{201c}{}\u{201d}", e.nama_draf),
                    incoming: Incoming::Draft(d),
                }),
                None => Arrival::Place(Incoming::Draft(d)),
            }
        }
        Incoming::Tim(t, drafts) => {
            if unreadable(&t.id) || drafts.iter().any(|d| unreadable(&d.id)) {
                let (t, drafts) = copy_team(&t, &drafts, "impor", new_id);
                return Arrival::Place(Incoming::Tim(Box::new(t), drafts));
            }
            let mut ada: Vec<String> = Vec::new();
            if let Some(e) = ws.team(&t.id) {
                ada.push(format!("tim \u{201c}{}\u{201d}", e.nama_unit));
            }
            for d in &drafts {
                if let Some(e) = ws.get(&d.id) {
                    ada.push(format!("draf \u{201c}{}\u{201d}", e.nama_draf));
                }
            }
            if ada.is_empty() {
                Arrival::Place(Incoming::Tim(t, drafts))
            } else {
                Arrival::Ask(Question {
                    file: file.to_string(),
                    incoming: Incoming::Tim(t, drafts),
                    ada: ada.join(", "),
                })
            }
        }
    }
}

/// Where a placed file went.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The draft or team to open.
    pub open: ItemRef,
    /// Versions it replaced, for the trash (restorable).
    pub replaced: Vec<Deleted>,
    /// Items whose undo history starts anew.
    pub fresh: Vec<ItemRef>,
    /// A short Indonesian confirmation.
    pub message: String,
}

/// Keep-both: a copy of any item under a new id, its name marked.
pub fn keep_both<T: Item>(item: &T, new_id: String, suffix: &str) -> T {
    item.copy_as(new_id, format!("{} ({suffix})", item.name()))
}

/// Keep-both for a team: the team and its drafts under new ids, links kept.
pub fn copy_team(
    tim: &Tim,
    drafts: &[Draft],
    suffix: &str,
    new_id: &mut dyn FnMut() -> String,
) -> (Tim, Vec<Draft>) {
    let ids: HashMap<String, String> = drafts.iter().map(|d| (d.id.clone(), new_id())).collect();
    let drafts = drafts
        .iter()
        .map(|d| keep_both(d, ids[&d.id].clone(), suffix))
        .collect();
    let mut t = keep_both(tim, new_id(), suffix);
    if let Some(n) = ids.get(&t.pimpinan) {
        t.pimpinan = n.clone();
    }
    for o in &mut t.orang {
        o.draf = o.draf.as_ref().and_then(|d| ids.get(d).cloned());
    }
    (t, drafts)
}

/// Places a file in the workspace: as it is (replacing what has its ids), or beside what
/// is there under new ids.
pub fn place(
    ws: &mut Workspace,
    incoming: Incoming,
    choice: Choice,
    now_ms: f64,
    new_id: &mut dyn FnMut() -> String,
) -> Placed {
    let mut replaced = Vec::new();
    let keep_old_draft = |ws: &Workspace, id: &str, replaced: &mut Vec<Deleted>| {
        if let Some(i) = ws.index(id) {
            replaced.push(Deleted {
                dihapus_ms: now_ms,
                draf: Some((*ws.drafts[i]).clone()),
                posisi: i,
                tim: Vec::new(),
                lepas: Vec::new(),
            });
        }
    };
    match (incoming, choice) {
        (Incoming::Draft(d), Choice::Replace) => {
            keep_old_draft(ws, &d.id, &mut replaced);
            let nama = d.nama_draf.clone();
            let id = d.id.clone();
            let message = if replaced.is_empty() {
                format!("Draf \u{201c}{nama}\u{201d} diimpor.")
            } else {
                format!("Draf lama diganti dengan isi berkas \u{201c}{nama}\u{201d}; versi lamanya ada di Sampah.")
            };
            ws.put_draft(Arc::new(*d));
            Placed {
                open: ItemRef::Draft(id.clone()),
                replaced,
                fresh: vec![ItemRef::Draft(id)],
                message,
            }
        }
        (Incoming::Draft(d), Choice::KeepBoth) => {
            let d = keep_both(&*d, new_id(), "impor");
            let id = d.id.clone();
            let message = format!(
                "Keduanya disimpan: draf impor ditambahkan sebagai \u{201c}{}\u{201d}.",
                d.nama_draf
            );
            ws.drafts.push(Arc::new(d));
            Placed {
                open: ItemRef::Draft(id.clone()),
                replaced,
                fresh: vec![ItemRef::Draft(id)],
                message,
            }
        }
        (Incoming::Tim(t, drafts), choice) => {
            let (t, drafts) = match choice {
                Choice::Replace => (*t, drafts),
                Choice::KeepBoth => copy_team(&t, &drafts, "impor", new_id),
            };
            let mut fresh = Vec::new();
            for d in drafts {
                keep_old_draft(ws, &d.id, &mut replaced);
                fresh.push(ItemRef::Draft(d.id.clone()));
                ws.put_draft(Arc::new(d));
            }
            if let Some(old) = ws.team(&t.id) {
                replaced.push(Deleted {
                    dihapus_ms: now_ms,
                    draf: None,
                    posisi: 0,
                    tim: vec![(**old).clone()],
                    lepas: Vec::new(),
                });
            }
            let id = t.id.clone();
            let message = format!("Tim \u{201c}{}\u{201d} diimpor.", t.nama_unit);
            ws.put_team(Arc::new(t));
            fresh.push(ItemRef::Tim(id.clone()));
            Placed {
                open: ItemRef::Tim(id),
                replaced,
                fresh,
                message,
            }
        }
    }
}
