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
