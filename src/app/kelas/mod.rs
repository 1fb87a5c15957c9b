//! What trainers (widyaiswara) use in class: reviewing the participants' files side by side.

pub mod tinjau;

pub use tinjau::TinjauKelas;
