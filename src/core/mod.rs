//! The domain core: the SKP model, field validation, editing, undo history and the file
//! format. Plain Rust with no web dependency, so all of it is tested natively.

pub mod cetak;
pub mod contoh;
pub mod edit;
pub mod ekinerja;
pub mod field;
pub mod format;
pub mod huruf;
pub mod kelas;
pub mod model;
pub mod mpph;
pub mod predikat;
pub mod qr;
pub mod urut;
pub mod validation;
pub mod wording;
pub mod workspace;
pub mod xlsx;
