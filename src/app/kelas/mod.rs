//! What trainers (widyaiswara) use in class: the examples for every jabatan and the latihan
//! drafts, and reviewing the participants' files side by side.

pub mod contoh;
pub mod tinjau;

pub use contoh::{asal_contoh, PilihContoh};
pub use tinjau::TinjauKelas;
