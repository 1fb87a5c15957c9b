//! Hooks for the browser benchmarks (`bench/app.mjs`): the domain work timed inside the
//! real wasm build, with the browser's clock. Exported to JS as `window.wasmBindings`.

use wasm_bindgen::prelude::*;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Mean milliseconds to run the wording checker over the whole draft in `file` (a draft
/// file's text), over `runs` runs. Negative when the file does not parse.
#[wasm_bindgen]
pub fn bench_check_draft(file: &str, runs: u32) -> f64 {
    let Ok(draft) = crate::core::format::read_draft_file(file) else {
        return -1.0;
    };
    let runs = runs.max(1);
    let start = now();
    let mut findings = 0;
    for _ in 0..runs {
        findings += crate::core::wording::check_draft(&draft).len();
    }
    let elapsed = now() - start;
    std::hint::black_box(findings);
    elapsed / runs as f64
}

/// Mean milliseconds to derive every draft of the team in `bundle` (a team file's text):
/// the plan and its application, on fresh copies each run. Negative when it does not parse.
#[wasm_bindgen]
pub fn bench_mpph_derive(bundle: &str, runs: u32) -> f64 {
    use crate::core::mpph::{read_bundle, rencana_turunan, terapkan};
    let Ok((tim, drafts)) = read_bundle(bundle) else {
        return -1.0;
    };
    let runs = runs.max(1);
    let mut total = 0.0;
    for _ in 0..runs {
        let (mut t, mut d) = (tim.clone(), drafts.clone());
        let mut n = 0u64;
        let mut ids = move || {
            n += 1;
            format!("bench-{n}")
        };
        let start = now();
        let ok = rencana_turunan(&t, &d).and_then(|plan| terapkan(&mut t, &mut d, &plan, &mut ids));
        total += now() - start;
        if ok.is_err() {
            return -2.0;
        }
        std::hint::black_box(d.len());
    }
    total / runs as f64
}
