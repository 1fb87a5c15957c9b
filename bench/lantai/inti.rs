//! The first-load floor, part one: what the editor must run at start besides its page (the
//! stored workspace read, the draft validated, saved), with no view layer and no wording
//! checker. `bench/lantai.sh` builds it as the release builds a module and prints its size.

#[path = "bersama.rs"]
mod bersama;

fn main() {
    bersama::jalankan(|_| 0);
}
