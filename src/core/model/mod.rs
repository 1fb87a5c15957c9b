//! The SKP as the regulation's forms describe it (PermenPANRB 6/2022).
//!
//! Every field a user types is kept as the text they typed, even when it is not valid yet:
//! an invalid value is shown at its field by [`crate::core::validation`], never dropped.

mod draft;
mod header;
mod identitas;
mod lampiran;
mod perilaku;
mod rhk;

pub use draft::{slug, Draft, TemuanDiabaikan};
pub use header::{Header, JenisJabatan, Penandatanganan, Pendekatan, Periode};
pub use identitas::{Identitas, IdentitasField, Pihak};
pub use lampiran::{Lampiran, LampiranKind};
pub use perilaku::{Perilaku, PerilakuNilai, BERAKHLAK};
pub use rhk::{AsalMpph, Aspek, Iki, JenisRhk, Lajur, Perspektif, Rhk, RhkAtasan, Target};
