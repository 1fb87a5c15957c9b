//! The workspace: every draft and team of this browser, and the rules for changing them
//! that must hold whatever the screen does. Saving without overwriting another tab's work
//! ([`store`]), undo that reverts only this tab's own edits ([`undo`], [`patch`]), imports
//! with replace / keep-both ([`import`]), deletion that handles references and can be
//! restored ([`trash`]). Plain Rust, tested natively; the app keeps only signals, notices
//! and dialogs, and turns events into calls here.

pub mod import;
pub mod item;
pub mod kv;
pub mod patch;
pub mod session;
pub mod store;
pub mod trash;
pub mod undo;

use std::sync::Arc;

use crate::core::model::Draft;
use crate::core::mpph::Tim;
use item::Item;
use patch::{Collision, Patch};
use undo::{ItemRef, Part, Snap, Step};

/// All drafts of this browser, in list order, and the teams (MPPH) that point at them by
/// id. Items sit behind `Arc`, so a save can tell by pointer what changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub drafts: Vec<Arc<Draft>>,
    pub teams: Vec<Arc<Tim>>,
}

impl Workspace {
    pub fn get(&self, id: &str) -> Option<&Arc<Draft>> {
        self.drafts.iter().find(|d| d.id == id)
    }
    pub fn index(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }
    pub fn team(&self, id: &str) -> Option<&Arc<Tim>> {
        self.teams.iter().find(|t| t.id == id)
    }
    pub fn team_index(&self, id: &str) -> Option<usize> {
        self.teams.iter().position(|t| t.id == id)
    }

    /// The same items behind the same pointers: nothing changed (cheap, unlike `==`, which
    /// compares every draft field by field).
    pub fn same(&self, other: &Workspace) -> bool {
        fn same<T>(a: &[Arc<T>], b: &[Arc<T>]) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Arc::ptr_eq(x, y))
        }
        same(&self.drafts, &other.drafts) && same(&self.teams, &other.teams)
    }

    /// Puts a draft in place of the one with its id, or at the end.
    pub fn put_draft(&mut self, d: Arc<Draft>) {
        match self.index(&d.id) {
            Some(i) => self.drafts[i] = d,
            None => self.drafts.push(d),
        }
    }

    /// Puts a team in place of the one with its id, or at the end.
    pub fn put_team(&mut self, t: Arc<Tim>) {
        match self.team_index(&t.id) {
            Some(i) => self.teams[i] = t,
            None => self.teams.push(t),
        }
    }

    /// The step that turns `before` into `self`, for the items in `scope`'s reach: every
    /// draft and team that exists in both and changed. With `with_created`, items that
    /// appeared or vanished are part of the step too (a derivation creating drafts).
    pub fn step_from(&self, before: &Workspace, with_created: bool) -> Step {
        let mut parts = Vec::new();
        changed(
            &before.drafts,
            &self.drafts,
            with_created,
            ItemRef::Draft,
            Snap::Draft,
            &mut parts,
        );
        changed(
            &before.teams,
            &self.teams,
            with_created,
            ItemRef::Tim,
            Snap::Tim,
            &mut parts,
        );
        Step { parts, label: None }
    }

    /// Applies every part of a step, or none.
    pub fn apply_parts(&mut self, parts: &[(ItemRef, Patch)]) -> Result<(), (ItemRef, Collision)> {
        let mut next = self.clone();
        for (r, p) in parts {
            let res = match r {
                ItemRef::Draft(id) => apply_one(&mut next.drafts, id, p),
                ItemRef::Tim(id) => apply_one(&mut next.teams, id, p),
            };
            res.map_err(|c| (r.clone(), c))?;
        }
        *self = next;
        Ok(())
    }
}

fn changed<T: Item>(
    before: &[Arc<T>],
    after: &[Arc<T>],
    with_created: bool,
    make: fn(String) -> ItemRef,
    snap: fn(Option<Arc<T>>) -> Snap,
    parts: &mut Vec<Part>,
) {
    for a in after {
        match before.iter().find(|b| b.id() == a.id()) {
            Some(b) if Arc::ptr_eq(a, b) => {}
            Some(b) => parts.push(Part {
                item: make(a.id().to_string()),
                before: snap(Some(b.clone())),
                after: snap(Some(a.clone())),
            }),
            None if with_created => parts.push(Part {
                item: make(a.id().to_string()),
                before: snap(None),
                after: snap(Some(a.clone())),
            }),
            None => {}
        }
    }
    if with_created {
        for b in before {
            if !after.iter().any(|a| a.id() == b.id()) {
                parts.push(Part {
                    item: make(b.id().to_string()),
                    before: snap(Some(b.clone())),
                    after: snap(None),
                });
            }
        }
    }
}

/// Applies one patch to the item `id` of `items`; a patch on the root adds or removes it.
fn apply_one<T: Item>(items: &mut Vec<Arc<T>>, id: &str, p: &Patch) -> Result<(), Collision> {
    let at = items.iter().position(|x| x.id() == id);
    let gone = || Collision {
        at: format!("{} {id}", T::NOUN),
    };
    if let [c] = p.0.as_slice() {
        if c.path.is_empty() {
            let now = at.map(|i| items[i].to_value());
            if now != c.before {
                return Err(gone());
            }
            match (&c.after, at) {
                (Some(v), _) => {
                    let item = Arc::new(T::from_value(v.clone()).map_err(|_| gone())?);
                    match at {
                        Some(i) => items[i] = item,
                        None => items.push(item),
                    }
                }
                (None, Some(i)) => {
                    items.remove(i);
                }
                (None, None) => {}
            }
            return Ok(());
        }
    }
    let i = at.ok_or_else(gone)?;
    let v = p.apply(&items[i].to_value())?;
    // A combination no tab wrote (rare) must still be a valid item.
    let item = T::from_value(v).map_err(|e| Collision { at: e })?;
    items[i] = Arc::new(item);
    Ok(())
}
