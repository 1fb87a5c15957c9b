//! Benchmark of reading stored drafts (what every start and every change from another tab
//! does): the one-pass reader for entries as this version writes them, against the full
//! reader every other entry takes. Run with `cargo run --profile bench-native --bin bench-format`.

// Native speed only: in a browser build this program does nothing.
fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Instant;

    use skp_drafter::core::format::{read_draft_file, read_draft_value, StoredDraft, EXAMPLE_JPT};

    const ROUNDS: u32 = 500;

    pub fn run() {
        let draft = read_draft_file(EXAMPLE_JPT).expect("the shipped example is valid");
        let text = StoredDraft::new(&draft, 7).to_json();
        let per_read = |f: &dyn Fn()| {
            let t = Instant::now();
            for _ in 0..ROUNDS {
                f();
            }
            t.elapsed().as_secs_f64() * 1000.0 / f64::from(ROUNDS)
        };
        let quick = per_read(&|| {
            black_box(StoredDraft::parse(black_box(&text)).expect("readable"));
        });
        let full = per_read(&|| {
            let v: serde_json::Value = serde_json::from_str(black_box(&text)).expect("JSON");
            black_box(read_draft_value(v["file"].clone()).expect("readable"));
        });
        println!(
            "stored draft (the SKP JPT example, {} bytes): one-pass reader {quick:.3} ms, full reader {full:.3} ms per read ({:.1}x)",
            text.len(),
            full / quick
        );
    }
}
