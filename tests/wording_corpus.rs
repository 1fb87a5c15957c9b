#![cfg(not(target_arch = "wasm32"))]
//! The wording checker on the corpus of real phrases (`tests/data/corpus/`): verbatim RHK
//! and IKI from public Perjanjian Kinerja, Renstra, IKU and SKP documents of many
//! agencies, each with its source and a labelled class. `tuning.jsonl` was used while
//! tuning the checker; `heldout.jsonl` (whole agencies set aside) was not.
//! `cargo run --release --bin eval-wording` prints the full report.

use std::collections::HashSet;

use skp_drafter::cli::eval::{evaluate, parse_corpus, Entry, Report};

fn load(name: &str) -> Vec<Entry> {
    let path = format!("{}/tests/data/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the corpus file is in the repository");
    parse_corpus(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn pct((right, total): (usize, usize)) -> f64 {
    100.0 * right as f64 / total.max(1) as f64
}

#[test]
fn the_corpus_is_real_broad_and_split() {
    let tuning = load("tuning.jsonl");
    let held = load("heldout.jsonl");
    let all: Vec<&Entry> = tuning.iter().chain(&held).collect();
    assert!(all.len() >= 400, "{} phrases", all.len());
    let agencies: HashSet<&str> = all.iter().map(|e| e.agency.as_str()).collect();
    assert!(agencies.len() >= 20, "{} agencies", agencies.len());
    for e in &all {
        assert!(!e.source.trim().is_empty(), "no source: {}", e.text);
        assert!(!e.why.trim().is_empty(), "no reason: {}", e.text);
    }
    let good = all.iter().filter(|e| e.good()).count();
    assert!(
        good * 10 >= all.len() * 4 && good * 10 <= all.len() * 7,
        "{good} good"
    );
    assert!(held.len() * 5 >= all.len(), "held-out is a fifth at least");
    // Held-out agencies are wholly held out: no document tuned the checker and tests it.
    let tuned: HashSet<&str> = tuning.iter().map(|e| e.agency.as_str()).collect();
    assert!(held.iter().all(|e| !tuned.contains(e.agency.as_str())));
}

fn assert_trustworthy(name: &str, r: &Report) {
    assert!(
        r.false_errors.is_empty(),
        "{name}: errors on good phrases: {:#?}",
        r.false_errors
    );
    assert!(
        r.broken_rewrites.is_empty(),
        "{name}: broken rewrites: {:#?}",
        r.broken_rewrites
    );
}

#[test]
fn no_error_on_a_good_phrase_and_no_broken_rewrite() {
    for name in ["tuning.jsonl", "heldout.jsonl"] {
        assert_trustworthy(name, &evaluate(&load(name)));
    }
}

#[test]
fn accuracy_holds() {
    let tuning = evaluate(&load("tuning.jsonl"));
    assert!(
        pct(tuning.accuracy(None)) >= 95.0,
        "tuning {:?}",
        tuning.accuracy(None)
    );
    // The held-out target is 95%.
    let held = evaluate(&load("heldout.jsonl"));
    assert!(
        pct(held.accuracy(None)) >= 95.0,
        "held-out {:?}",
        held.accuracy(None)
    );
    assert!(
        pct(held.verdict_accuracy()) >= 95.0,
        "held-out {:?}",
        held.verdict_accuracy()
    );
}
