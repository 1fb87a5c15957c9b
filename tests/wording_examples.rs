#![cfg(not(target_arch = "wasm32"))]
//! The project's first labelled phrases, from training material (`tests/data/`).

use serde_json::Value;
use skp_drafter::core::wording::{check_iki, check_rhk, IkiClass, RhkClass, Severity};

const EXAMPLES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/wording-examples.jsonl"
));

struct Example {
    text: String,
    kind: String,
    label: String,
}

fn examples() -> Vec<Example> {
    EXAMPLES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("each line is a JSON object");
            let get = |k: &str| {
                v[k].as_str()
                    .expect("text, kind and label are strings")
                    .to_string()
            };
            Example {
                text: get("text"),
                kind: get("kind"),
                label: get("label"),
            }
        })
        .collect()
}

#[test]
fn the_file_has_all_three_labels() {
    let ex = examples();
    assert!(ex.len() >= 30);
    for label in ["capaian", "aktivitas", "unclear"] {
        assert!(ex.iter().any(|e| e.label == label), "no {label} example");
    }
}

#[test]
fn rhk_examples_classify_as_labelled() {
    for e in examples().iter().filter(|e| e.kind == "rhk") {
        let (class, findings) = check_rhk(&e.text);
        match e.label.as_str() {
            "capaian" => {
                assert_eq!(class, RhkClass::Capaian, "{}: {findings:?}", e.text);
                assert!(
                    findings.iter().all(|f| f.severity != Severity::Error),
                    "a result got an error: {}: {findings:?}",
                    e.text
                );
            }
            "aktivitas" => assert!(
                matches!(
                    class,
                    RhkClass::Aktivitas | RhkClass::Kategori | RhkClass::Samar
                ),
                "{}: {class:?}",
                e.text
            ),
            // Unclear phrases have no readable result: a warning, never a confident verdict.
            "unclear" => {
                assert_eq!(class, RhkClass::Samar, "{}", e.text);
                assert!(
                    findings.iter().any(|f| f.severity == Severity::Warning),
                    "{}",
                    e.text
                );
            }
            other => panic!("unknown label {other}"),
        }
    }
}

#[test]
fn indicator_examples_classify_as_labelled() {
    for e in examples().iter().filter(|e| e.kind == "indicator") {
        let (class, findings) = check_iki(&e.text);
        match e.label.as_str() {
            "capaian" => {
                assert_eq!(class, IkiClass::Terukur, "{}: {findings:?}", e.text);
                assert!(findings.is_empty(), "{}: {findings:?}", e.text);
            }
            "aktivitas" => assert!(
                matches!(class, IkiClass::Aktivitas | IkiClass::TidakTerukur),
                "{}: {class:?}",
                e.text
            ),
            // Each unclear indicator has a real weakness: it gets at least a warning.
            "unclear" => assert!(!findings.is_empty(), "{}: {class:?}", e.text),
            other => panic!("unknown label {other}"),
        }
    }
}

#[test]
fn every_example_has_valid_spans() {
    for e in examples() {
        let findings = if e.kind == "rhk" {
            check_rhk(&e.text).1
        } else {
            check_iki(&e.text).1
        };
        let len = e.text.chars().count();
        for f in findings {
            assert!(f.span.0 <= f.span.1 && f.span.1 <= len, "{}: {f:?}", e.text);
            assert!(!f.message.is_empty());
        }
    }
}
