//! Changes to a draft or team as guarded JSON patches: what a path held before and after.
//!
//! Undo applies a patch in reverse to the *current* state, not a snapshot: it touches only
//! the paths this tab changed, and only where they still hold what this tab wrote. Another
//! tab's edit elsewhere in the same draft survives; another tab's edit of the same field
//! makes the undo refuse (a [`Collision`]) instead of silently reverting it. The same
//! patches merge two tabs' saves of one draft when they touched different fields.
//!
//! Arrays whose elements all carry a unique `"id"` (RHK, IKI, people, cells) are diffed by
//! id, with their order as one value of its own, so a row another tab added does not shift
//! the paths of this tab's rows.

use serde_json::{Map, Value};

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    /// The element with this id of an id-keyed array.
    Id(String),
    Index(usize),
    /// The order (list of ids) of an id-keyed array.
    Order,
}

/// One path's value before and after (`None`: absent).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub path: Vec<Seg>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Every change between two versions of one item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Patch(pub Vec<Change>);

/// A patch did not fit: the path no longer holds what the patch expects (another tab
/// changed it, or it is gone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collision {
    /// The first path that did not fit, readable (`rhk.#r1.teks`).
    pub at: String,
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Paths this patch touches, readable; for messages and tests.
    pub fn paths(&self) -> Vec<String> {
        self.0.iter().map(|c| show(&c.path)).collect()
    }

    /// The patch that undoes this one.
    pub fn inverse(&self) -> Patch {
        Patch(
            self.0
                .iter()
                .map(|c| Change {
                    path: c.path.clone(),
                    before: c.after.clone(),
                    after: c.before.clone(),
                })
                .collect(),
        )
    }
}

fn show(path: &[Seg]) -> String {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Id(id) => format!("#{id}"),
            Seg::Index(i) => i.to_string(),
            Seg::Order => "(urutan)".into(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// What identifies an element of a list: its `"id"`, or for an MPPH cell its row and
/// column.
fn key_of(v: &Value) -> Option<String> {
    if let Some(id) = v.get("id").and_then(Value::as_str) {
        return Some(id.to_string());
    }
    let baris = v.get("baris")?.as_str()?;
    let kolom = v.get("kolom")?.as_str()?;
    Some(format!("{baris}\u{1f}{kolom}"))
}

/// The keys of an array whose elements all have a distinct [`key_of`].
fn ids(a: &[Value]) -> Option<Vec<String>> {
    let mut seen = std::collections::HashSet::with_capacity(a.len());
    let mut out = Vec::with_capacity(a.len());
    for v in a {
        let id = key_of(v)?;
        if !seen.insert(id.clone()) {
            return None;
        }
        out.push(id);
    }
    Some(out)
}

fn id_list(ids: &[String]) -> Value {
    Value::Array(ids.iter().map(|s| Value::String(s.clone())).collect())
}

fn find(a: &[Value], id: &str) -> Option<usize> {
    a.iter().position(|e| key_of(e).as_deref() == Some(id))
}

/// The changes from `before` to `after`.
pub fn diff(before: &Value, after: &Value) -> Patch {
    let mut out = Vec::new();
    walk(&mut Vec::new(), Some(before), Some(after), &mut out);
    Patch(out)
}

fn walk(path: &mut Vec<Seg>, a: Option<&Value>, b: Option<&Value>, out: &mut Vec<Change>) {
    if a == b {
        return;
    }
    let whole = |path: &Vec<Seg>, out: &mut Vec<Change>| {
        out.push(Change {
            path: path.clone(),
            before: a.cloned(),
            after: b.cloned(),
        })
    };
    match (a, b) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            crate::core::urut::urutkan(&mut keys);
            keys.dedup();
            for k in keys {
                path.push(Seg::Key(k.clone()));
                walk(path, x.get(k), y.get(k), out);
                path.pop();
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) => match (ids(x), ids(y)) {
            (Some(ix), Some(iy)) if !(x.is_empty() && y.is_empty()) => {
                if ix != iy {
                    path.push(Seg::Order);
                    out.push(Change {
                        path: path.clone(),
                        before: Some(id_list(&ix)),
                        after: Some(id_list(&iy)),
                    });
                    path.pop();
                }
                let pos_x: std::collections::HashMap<&str, usize> = ix
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (k.as_str(), i))
                    .collect();
                let pos_y: std::collections::HashMap<&str, usize> = iy
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (k.as_str(), i))
                    .collect();
                let mut all: Vec<&str> = ix.iter().map(String::as_str).collect();
                all.extend(
                    iy.iter()
                        .map(String::as_str)
                        .filter(|i| !pos_x.contains_key(i)),
                );
                for id in all {
                    let ea = pos_x.get(id).map(|&p| &x[p]);
                    let eb = pos_y.get(id).map(|&p| &y[p]);
                    path.push(Seg::Id(id.to_string()));
                    match (ea, eb) {
                        (Some(_), Some(_)) => walk(path, ea, eb, out),
                        _ if ea != eb => out.push(Change {
                            path: path.clone(),
                            before: ea.cloned(),
                            after: eb.cloned(),
                        }),
                        _ => {}
                    }
                    path.pop();
                }
            }
            _ if x.len() == y.len() => {
                for i in 0..x.len() {
                    path.push(Seg::Index(i));
                    walk(path, x.get(i), y.get(i), out);
                    path.pop();
                }
            }
            _ => whole(path, out),
        },
        _ => whole(path, out),
    }
}

/// The value at `path`, if any.
fn get<'v>(v: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    let Some((first, rest)) = path.split_first() else {
        return Some(v);
    };
    match (first, v) {
        (Seg::Key(k), Value::Object(m)) => get(m.get(k)?, rest),
        (Seg::Index(i), Value::Array(a)) => get(a.get(*i)?, rest),
        (Seg::Id(id), Value::Array(a)) => get(&a[find(a, id)?], rest),
        _ => None,
    }
}

/// Sets (or removes, with `None`) the value at `path`; false when the path cannot be
/// reached.
fn set(v: &mut Value, path: &[Seg], new: Option<Value>) -> bool {
    let Some((first, rest)) = path.split_first() else {
        match new {
            Some(n) => *v = n,
            None => return false,
        }
        return true;
    };
    if rest.is_empty() {
        return match (first, v) {
            (Seg::Key(k), Value::Object(m)) => {
                match new {
                    Some(n) => m.insert(k.clone(), n),
                    None => m.remove(k),
                };
                true
            }
            (Seg::Index(i), Value::Array(a)) => match (a.get_mut(*i), new) {
                (Some(slot), Some(n)) => {
                    *slot = n;
                    true
                }
                _ => false,
            },
            (Seg::Id(id), Value::Array(a)) => {
                let at = find(a, id);
                match (at, new) {
                    (Some(p), Some(n)) => a[p] = n,
                    (Some(p), None) => {
                        a.remove(p);
                    }
                    (None, Some(n)) => a.push(n),
                    (None, None) => {}
                }
                true
            }
            (Seg::Order, Value::Array(a)) => {
                let Some(Value::Array(order)) = new else {
                    return false;
                };
                let mut rest: Vec<Value> = std::mem::take(a);
                for id in order.iter().filter_map(Value::as_str) {
                    if let Some(p) = find(&rest, id) {
                        a.push(rest.remove(p));
                    }
                }
                // Elements the order does not name (added by another tab) keep their place
                // at the end rather than being dropped.
                a.extend(rest);
                true
            }
            _ => false,
        };
    }
    let next = match (first, v) {
        (Seg::Key(k), Value::Object(m)) => m.get_mut(k),
        (Seg::Index(i), Value::Array(a)) => a.get_mut(*i),
        (Seg::Id(id), Value::Array(a)) => find(a, id).and_then(|p| a.get_mut(p)),
        _ => None,
    };
    next.is_some_and(|n| set(n, rest, new))
}

/// The order of an id-keyed array, as a list of ids.
fn order_of(v: &Value, path: &[Seg]) -> Option<Value> {
    let (last, parent) = path.split_last()?;
    if *last != Seg::Order {
        return None;
    }
    let a = get(v, parent)?.as_array()?;
    Some(id_list(&ids(a)?))
}

/// What `path` holds now, for the guard.
fn current(v: &Value, path: &[Seg]) -> Option<Value> {
    if path.last() == Some(&Seg::Order) {
        order_of(v, path)
    } else {
        get(v, path).cloned()
    }
}

impl Patch {
    /// True when every path still holds this patch's `after`: nothing else touched them.
    pub fn still_applied(&self, target: &Value) -> bool {
        self.0.iter().all(|c| current(target, &c.path) == c.after)
    }

    /// Applies every change, or none: each path must hold the change's `before`.
    pub fn apply(&self, target: &Value) -> Result<Value, Collision> {
        for c in &self.0 {
            if current(target, &c.path) != c.before {
                return Err(Collision { at: show(&c.path) });
            }
        }
        let unguarded = Patch(
            self.0
                .iter()
                .map(|c| Change {
                    path: c.path.clone(),
                    before: if c.path.last() == Some(&Seg::Order) {
                        None
                    } else {
                        c.before.clone()
                    },
                    after: c.after.clone(),
                })
                .collect(),
        );
        unguarded.apply_unchecked(target)
    }

    fn apply_unchecked(&self, target: &Value) -> Result<Value, Collision> {
        let mut out = target.clone();
        let (orders, elements): (Vec<&Change>, Vec<&Change>) = self
            .0
            .iter()
            .partition(|c| c.path.last() == Some(&Seg::Order));
        for c in elements.into_iter().chain(orders) {
            if !set(&mut out, &c.path, c.after.clone()) {
                return Err(Collision { at: show(&c.path) });
            }
        }
        Ok(out)
    }
}

/// An empty object, for items that did not exist before a change.
pub fn empty() -> Value {
    Value::Object(Map::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn draft(rhk: Value) -> Value {
        json!({ "nama": "A", "penilai": "P", "rhk": rhk })
    }

    #[test]
    fn undo_touches_only_this_tabs_paths() {
        let before = draft(json!([]));
        let mine = json!({ "nama": "B", "penilai": "P", "rhk": [] });
        let p = diff(&before, &mine);
        assert_eq!(p.paths(), ["nama"]);
        // Another tab changed the penilai meanwhile.
        let now = json!({ "nama": "B", "penilai": "Q", "rhk": [] });
        let undone = p.inverse().apply(&now).unwrap();
        assert_eq!(undone, json!({ "nama": "A", "penilai": "Q", "rhk": [] }));
    }

    #[test]
    fn undo_refuses_when_the_same_field_changed_elsewhere() {
        let p = diff(&json!({ "nama": "A" }), &json!({ "nama": "B" }));
        let now = json!({ "nama": "C" });
        assert_eq!(p.inverse().apply(&now).unwrap_err().at, "nama");
    }

    #[test]
    fn rows_are_diffed_by_id() {
        let a = draft(json!([{ "id": "r1", "teks": "x" }, { "id": "r2", "teks": "y" }]));
        let b = draft(json!([{ "id": "r1", "teks": "x2" }, { "id": "r2", "teks": "y" }]));
        let p = diff(&a, &b);
        assert_eq!(p.paths(), ["rhk.#r1.teks"]);
        // Another tab added a row at the front: the undo still finds r1.
        let now = draft(
            json!([{ "id": "r0", "teks": "z" }, { "id": "r1", "teks": "x2" }, { "id": "r2", "teks": "y" }]),
        );
        let undone = p.inverse().apply(&now).unwrap();
        assert_eq!(undone["rhk"][1]["teks"], "x");
        assert_eq!(undone["rhk"][0]["id"], "r0");
    }

    #[test]
    fn adding_moving_and_removing_rows_undo() {
        let a = draft(json!([{ "id": "r1" }, { "id": "r2" }]));
        for b in [
            draft(json!([{ "id": "r1" }, { "id": "r2" }, { "id": "r3" }])),
            draft(json!([{ "id": "r2" }, { "id": "r1" }])),
            draft(json!([{ "id": "r2" }])),
            draft(json!([])),
        ] {
            let p = diff(&a, &b);
            assert_eq!(p.apply(&a).unwrap(), b, "{b}");
            assert_eq!(p.inverse().apply(&b).unwrap(), a, "{b}");
        }
    }

    #[test]
    fn mpph_cells_are_diffed_by_row_and_column() {
        let a = json!({ "sel": [{ "baris": "k1", "kolom": "R1", "teks": "a" }] });
        let b = json!({ "sel": [{ "baris": "k1", "kolom": "R1", "teks": "b" }] });
        let p = diff(&a, &b);
        assert_eq!(p.paths(), ["sel.#k1\u{1f}R1.teks"]);
        // Another tab filled another cell: the undo still applies.
        let now = json!({ "sel": [{ "baris": "k2", "kolom": "R1", "teks": "z" }, { "baris": "k1", "kolom": "R1", "teks": "b" }] });
        let undone = p.inverse().apply(&now).unwrap();
        assert_eq!(undone["sel"][1]["teks"], "a");
    }

    #[test]
    fn plain_lists_and_nested_objects() {
        let a = json!({ "l": ["a", "b"], "o": { "x": 1 } });
        let b = json!({ "l": ["a", "c", "d"], "o": { "x": 1, "y": 2 } });
        let p = diff(&a, &b);
        assert_eq!(p.apply(&a).unwrap(), b);
        assert_eq!(p.inverse().apply(&b).unwrap(), a);
    }
}
