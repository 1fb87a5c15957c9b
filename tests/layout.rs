//! The layout a reader relies on: no import cycle between the parts of the app (state,
//! browser glue, components, editor, keys, tim …) nor between the files of the MPPH core.
//! Read from the source text: every `crate::app::X` / `super::X` path names a dependency.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Rust files under `dir`, recursively, as paths relative to `dir` without ".rs".
fn files(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            files(&p, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            // Comments name modules without depending on them.
            let text: String = fs::read_to_string(&p)
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            out.push((format!("{prefix}{stem}"), text));
        }
    }
}

/// Identifiers that follow `marker` in `text` ("crate::app::state" → "state").
fn after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .map(|(i, _)| {
            text[i + marker.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// A cycle in `graph`, if any (depth-first search).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == n) {
            let mut c = stack[at..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, g, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_parts_of_the_app_do_not_import_each_other_in_a_circle() {
    let mut all = Vec::new();
    files(Path::new("src/app"), "", &mut all);
    let part = |f: &str| f.split('/').next().unwrap_or("").to_string();
    let parts: BTreeSet<String> = all
        .iter()
        .map(|(f, _)| part(f))
        .filter(|p| p != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (f, text) in &all {
        let from = part(f);
        if from == "mod" {
            continue; // the app's root mounts every part
        }
        let mut deps = after(text, "crate::app::");
        if !f.contains('/') {
            deps.extend(after(text, "super::")); // a top-level file's super is the app
        }
        let e = graph.entry(from.clone()).or_default();
        e.extend(deps.into_iter().filter(|d| parts.contains(d) && *d != from));
    }
    assert!(graph.len() >= 5, "{graph:?}");
    assert_eq!(cycle(&graph), None, "{graph:#?}");
}

#[test]
fn derivation_and_the_column_files_of_mpph_do_not_import_each_other_in_a_circle() {
    let mut all = Vec::new();
    files(Path::new("src/core/mpph"), "", &mut all);
    let names: BTreeSet<String> = all.iter().map(|(f, _)| f.clone()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (f, text) in &all {
        if f == "mod" {
            continue;
        }
        let deps = after(text, "super::");
        graph.entry(f.clone()).or_default().extend(
            deps.into_iter()
                .filter(|d| names.contains(d) && d != f && d != "mod"),
        );
    }
    assert!(graph.get("sync").is_some_and(|d| d.contains("derive")));
    assert_eq!(cycle(&graph), None, "{graph:#?}");
}
