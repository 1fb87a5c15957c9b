//! `eval-wording`: the wording checker against the labelled corpus of real phrases.
//!
//! ```sh
//! cargo run --release --bin eval-wording                 # tuning and held-out files
//! cargo run --release --bin eval-wording -- --misses F   # also list every misclassified phrase
//! ```
//!
//! Prints accuracy per kind and class, the confusion table, every error on a good phrase
//! and every rewrite that fails re-checking, one block per file. Exit 0 always, unless a
//! file cannot be read (2): it measures, it does not judge (the tests do that).

use skp_drafter::cli::eval::{evaluate, misses, parse_corpus, render};

const DEFAULT: [&str; 2] = [
    "tests/data/corpus/tuning.jsonl",
    "tests/data/corpus/heldout.jsonl",
];

fn main() {
    let mut show_misses = false;
    let mut files: Vec<String> = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--misses" {
            show_misses = true;
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        files = DEFAULT.iter().map(|s| s.to_string()).collect();
    }
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{f}: {e}");
                std::process::exit(2);
            }
        };
        let entries = match parse_corpus(&text) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("{f}: {e}");
                std::process::exit(2);
            }
        };
        print!("{}", render(f, &evaluate(&entries)));
        if show_misses {
            println!("salah golong:");
            print!("{}", misses(&entries));
        }
    }
}
