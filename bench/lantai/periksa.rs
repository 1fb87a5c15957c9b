//! The first-load floor, part two: part one (`inti.rs`) plus the wording checker over the
//! open draft, as the editor runs it at start. `bench/lantai.sh` prints its size.

#[path = "bersama.rs"]
mod bersama;

fn main() {
    bersama::jalankan(|d| skp_drafter::core::wording::check_draft(d).len());
}
