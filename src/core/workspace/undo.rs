//! Per-tab undo: each draft and each team has its own history of this tab's edits. A step
//! keeps the item's version before and after (shared pointers: recording costs nothing on a
//! keystroke); undo turns them into a guarded patch ([`super::patch`]) and applies its
//! inverse to the current state, so another tab's saved work is never reverted; where it
//! changed the same field, the undo refuses and says so.
//!
//! What is not in any history: opening, importing, creating from an example, deleting
//! (deletion has its own "Batalkan hapus" and the trash). A history starts empty when its
//! draft or team is opened, created or imported.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};

use super::item::Item;
use super::patch::{diff, Change, Collision, Patch};
use crate::core::model::Draft;
use crate::core::mpph::Tim;

/// Typing in one field within this long counts as one undo step.
pub const COALESCE_MS: f64 = 1000.0;

/// At most this many steps are kept per draft or team.
pub const MAX_STEPS: usize = 100;

/// A draft or a team, by id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Draft(String),
    Tim(String),
}

/// One version of a draft or team (`None`: it did not exist).
#[derive(Clone, Debug)]
pub enum Snap {
    Draft(Option<Arc<Draft>>),
    Tim(Option<Arc<Tim>>),
}

impl Snap {
    fn value(&self) -> Option<Value> {
        match self {
            Snap::Draft(d) => d.as_ref().map(|d| d.to_value()),
            Snap::Tim(t) => t.as_ref().map(|t| t.to_value()),
        }
    }
}

/// What one step did to one item.
#[derive(Clone, Debug)]
pub struct Part {
    pub item: ItemRef,
    pub before: Snap,
    pub after: Snap,
}

impl Part {
    /// The step as a guarded patch (a change of the root when the item appeared or went).
    pub fn patch(&self) -> Patch {
        match (self.before.value(), self.after.value()) {
            (Some(b), Some(a)) => diff(&b, &a),
            (b, a) => Patch(vec![Change {
                path: Vec::new(),
                before: b,
                after: a,
            }]),
        }
    }
}

/// One undo step: one or more items (a derivation touches a team and many drafts, and is
/// undone as one step).
#[derive(Clone, Debug, Default)]
pub struct Step {
    pub parts: Vec<Part>,
    /// What the step was, for the "Batalkan …" notice ("penurunan").
    pub label: Option<&'static str>,
}

/// Where an undo could not go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UndoError {
    Nothing,
    /// Another tab changed (or deleted) what this step would restore.
    Collision(ItemRef, Collision),
}

/// The undo and redo stacks of one draft or team.
#[derive(Clone, Debug, Default)]
struct Stacks {
    undo: Vec<Step>,
    redo: Vec<Step>,
    last_key: Option<String>,
    last_time_ms: f64,
}

/// Every history of this tab, by draft or team.
#[derive(Clone, Debug, Default)]
pub struct Histories {
    by_scope: HashMap<ItemRef, Stacks>,
}

impl Histories {
    /// Forgets the history of `scope` (opened anew, imported over, deleted).
    pub fn reset(&mut self, scope: &ItemRef) {
        self.by_scope.remove(scope);
    }

    /// Records `step` in `scope`'s history. A step with the same `coalesce` key soon after
    /// the previous one merges into it (typing in one field). Any new step clears redo.
    pub fn record(&mut self, scope: ItemRef, step: Step, coalesce: Option<&str>, now_ms: f64) {
        if step.parts.is_empty() {
            return;
        }
        let s = self.by_scope.entry(scope).or_default();
        let continues = coalesce.is_some()
            && coalesce == s.last_key.as_deref()
            && now_ms - s.last_time_ms < COALESCE_MS;
        match s.undo.last_mut() {
            Some(last) if continues => merge(last, step),
            _ => s.undo.push(step),
        }
        if s.undo.len() > MAX_STEPS {
            s.undo.remove(0);
        }
        s.redo.clear();
        s.last_key = coalesce.map(str::to_string);
        s.last_time_ms = now_ms;
    }

    pub fn can_undo(&self, scope: &ItemRef) -> bool {
        self.by_scope.get(scope).is_some_and(|s| !s.undo.is_empty())
    }

    pub fn can_redo(&self, scope: &ItemRef) -> bool {
        self.by_scope.get(scope).is_some_and(|s| !s.redo.is_empty())
    }

    /// The last step of `scope`, if it has the given label (for "Batalkan penurunan").
    pub fn last_label(&self, scope: &ItemRef) -> Option<&'static str> {
        self.by_scope.get(scope)?.undo.last()?.label
    }

    /// Undoes the last step of `scope`: `apply` is asked to apply each inverse patch to
    /// the current item and must apply all of them or none. On a collision the step stays
    /// where it was.
    pub fn undo(
        &mut self,
        scope: &ItemRef,
        apply: impl FnOnce(&[(ItemRef, Patch)]) -> Result<(), (ItemRef, Collision)>,
    ) -> Result<(), UndoError> {
        let s = self.by_scope.get_mut(scope).ok_or(UndoError::Nothing)?;
        let step = s.undo.last().ok_or(UndoError::Nothing)?;
        let inverse: Vec<(ItemRef, Patch)> = step
            .parts
            .iter()
            .rev()
            .map(|p| (p.item.clone(), p.patch().inverse()))
            .collect();
        apply(&inverse).map_err(|(r, c)| UndoError::Collision(r, c))?;
        if let Some(step) = s.undo.pop() {
            s.redo.push(step);
        }
        s.last_key = None;
        Ok(())
    }

    /// Redoes the last undone step of `scope`, the same way.
    pub fn redo(
        &mut self,
        scope: &ItemRef,
        apply: impl FnOnce(&[(ItemRef, Patch)]) -> Result<(), (ItemRef, Collision)>,
    ) -> Result<(), UndoError> {
        let s = self.by_scope.get_mut(scope).ok_or(UndoError::Nothing)?;
        let step = s.redo.last().ok_or(UndoError::Nothing)?;
        let forward: Vec<(ItemRef, Patch)> = step
            .parts
            .iter()
            .map(|p| (p.item.clone(), p.patch()))
            .collect();
        apply(&forward).map_err(|(r, c)| UndoError::Collision(r, c))?;
        if let Some(step) = s.redo.pop() {
            s.undo.push(step);
        }
        s.last_key = None;
        Ok(())
    }
}

/// The labels a step can carry; a label read back is one of these.
const LABELS: [&str; 1] = ["penurunan"];

fn item_json(r: &ItemRef) -> Value {
    match r {
        ItemRef::Draft(id) => json!(["draf", id]),
        ItemRef::Tim(id) => json!(["tim", id]),
    }
}

fn item_dari(v: &Value) -> Option<ItemRef> {
    match (v.get(0)?.as_str()?, v.get(1)?.as_str()?) {
        ("draf", id) => Some(ItemRef::Draft(id.into())),
        ("tim", id) => Some(ItemRef::Tim(id.into())),
        _ => None,
    }
}

/// A step keeps the versions before and after it, and the after of one step is the before
/// of the next (the same shared pointer): written as JSON, each version is written once,
/// in `versi`, and steps name it by its index; read back, the steps share it again.
#[derive(Default)]
struct Tulis {
    versi: Vec<Value>,
    indeks: HashMap<*const (), usize>,
}

impl Tulis {
    fn snap(&mut self, snap: &Snap) -> Value {
        let (kunci, nilai) = match snap {
            Snap::Draft(Some(d)) => (Arc::as_ptr(d) as *const (), snap.value()),
            Snap::Tim(Some(t)) => (Arc::as_ptr(t) as *const (), snap.value()),
            Snap::Draft(None) | Snap::Tim(None) => return Value::Null,
        };
        let versi = &mut self.versi;
        let i = *self.indeks.entry(kunci).or_insert_with(|| {
            versi.push(nilai.unwrap_or(Value::Null));
            versi.len() - 1
        });
        json!(i)
    }

    fn step(&mut self, step: &Step) -> Value {
        let parts: Vec<Value> = step
            .parts
            .iter()
            .map(|p| json!({ "item": item_json(&p.item), "before": self.snap(&p.before), "after": self.snap(&p.after) }))
            .collect();
        json!({ "label": step.label, "parts": parts })
    }
}

/// Reading [`Tulis`]'s JSON back: each version is read (and checked) once.
struct Baca<'a> {
    versi: &'a [Value],
    draf: HashMap<usize, Option<Arc<Draft>>>,
    tim: HashMap<usize, Option<Arc<Tim>>>,
}

/// A version by its index (`null`: the item did not exist); `None` when it does not read.
fn versi<T: Item>(
    semua: &[Value],
    terbaca: &mut HashMap<usize, Option<Arc<T>>>,
    v: &Value,
) -> Option<Option<Arc<T>>> {
    if v.is_null() {
        return Some(None);
    }
    let i = usize::try_from(v.as_u64()?).ok()?;
    terbaca
        .entry(i)
        .or_insert_with(|| T::from_value(semua.get(i)?.clone()).ok().map(Arc::new))
        .clone()
        .map(Some)
}

impl Baca<'_> {
    fn snap(&mut self, item: &ItemRef, v: &Value) -> Option<Snap> {
        Some(match item {
            ItemRef::Draft(_) => Snap::Draft(versi(self.versi, &mut self.draf, v)?),
            ItemRef::Tim(_) => Snap::Tim(versi(self.versi, &mut self.tim, v)?),
        })
    }

    fn step(&mut self, v: &Value) -> Option<Step> {
        let label = match v.get("label")?.as_str() {
            Some(l) => Some(*LABELS.iter().find(|x| **x == l)?),
            None => None,
        };
        let parts = v
            .get("parts")?
            .as_array()?
            .iter()
            .map(|p| {
                let item = item_dari(p.get("item")?)?;
                let before = self.snap(&item, p.get("before")?)?;
                let after = self.snap(&item, p.get("after")?)?;
                Some(Part {
                    item,
                    before,
                    after,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Step { parts, label })
    }
}

impl Histories {
    /// Every history as JSON. The app's hand-over from its editor module to its full module
    /// carries them, so Ctrl+Z still reaches the edits made before it.
    pub fn to_value(&self) -> Value {
        let mut tulis = Tulis::default();
        let riwayat: Vec<Value> = self
            .by_scope
            .iter()
            .map(|(scope, s)| {
                json!({
                    "scope": item_json(scope),
                    "undo": s.undo.iter().map(|x| tulis.step(x)).collect::<Vec<_>>(),
                    "redo": s.redo.iter().map(|x| tulis.step(x)).collect::<Vec<_>>(),
                })
            })
            .collect();
        json!({ "versi": tulis.versi, "riwayat": riwayat })
    }

    /// Back from [`Histories::to_value`]. A step that does not read (a version the
    /// model refuses) ends that history there: undo goes back only as far as is sure.
    pub fn from_value(v: &Value) -> Histories {
        let mut h = Histories::default();
        let versi = v
            .get("versi")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        let mut baca = Baca {
            versi,
            draf: HashMap::new(),
            tim: HashMap::new(),
        };
        for e in v
            .get("riwayat")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(scope) = e.get("scope").and_then(item_dari) else {
                continue;
            };
            let mut stack = |k: &str| -> Vec<Step> {
                let steps = e.get(k).and_then(Value::as_array);
                // The newest steps are last: keep the newest run that reads.
                let mut out: Vec<Step> = Vec::new();
                for s in steps.into_iter().flatten().rev() {
                    match baca.step(s) {
                        Some(step) => out.push(step),
                        None => break,
                    }
                }
                out.reverse();
                out
            };
            let stacks = Stacks {
                undo: stack("undo"),
                redo: stack("redo"),
                last_key: None,
                last_time_ms: 0.0,
            };
            if !stacks.undo.is_empty() || !stacks.redo.is_empty() {
                h.by_scope.insert(scope, stacks);
            }
        }
        h
    }
}

/// Folds `next` into `last`: per item, the first version before and the last after.
fn merge(last: &mut Step, next: Step) {
    for p in next.parts {
        match last.parts.iter_mut().find(|x| x.item == p.item) {
            Some(q) => q.after = p.after,
            None => last.parts.push(p),
        }
    }
}
