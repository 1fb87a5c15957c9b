//! MPPH (Matriks Pembagian Peran dan Hasil): dividing the leader's results among the team,
//! and deriving each person's SKP from it (docs/domain.md).
//!
//! - Level 1: the leader (usually a JPT) → ketua tim and JF langsung. Columns are the
//!   leader draft's RHK, read afresh from the draft each time.
//! - Level 2: each ketua tim → their anggota. Columns are the ketua's RHK.
//! - Derivation ([`rencana_turunan`], then [`terapkan`]): every filled cell becomes one
//!   Utama RHK in that person's draft, linked by id to the column's RHK. A column marked as
//!   direct cascading ([`langsung`]) gives the leader's RHK and IKI with the cell's share. Drafts stay
//!   ordinary drafts in the workspace; a [`Tim`] points at them by id.
//!
//! Everything here is a plain function on plain data, so it runs (and is tested) natively.

/// The example team shipped in `public/examples/` (a BKPSDM with two ketua tim, one JF
/// langsung and four anggota), built in so it opens offline.
pub const EXAMPLE_TIM: &str =
    include_str!("../../../public/examples/contoh-tim-bkpsdm-2027.tim.json");

mod bundle;
mod coverage;
mod csv;
mod derive;
mod kolom;
pub mod langsung;
mod matrix;
mod paste;
mod rencana;
mod sync;
mod team;
mod terapkan;

pub use bundle::{
    export_bundle, periksa_tim, read_bundle, read_tim_value, write_bundle, FORMAT_TIM,
    MAX_BUNDLE_BYTES, VERSION_TIM,
};
pub use coverage::{jumlah_matriks, periksa, TemuanTim};
pub use csv::{csv_mpph1, csv_mpph2, csv_rows, rows_mpph1, rows_mpph2};
pub use derive::{
    id_turunan_mpph1, id_turunan_mpph2, kunci_nip, rencana_turunan, GagalTurunan,
    TINJAU_ATASAN_BERUBAH, TINJAU_ATASAN_HILANG, TINJAU_BUKAN_BARIS, TINJAU_SEL_BERUBAH,
    TINJAU_SEL_KOSONG,
};
pub use kolom::{
    id_kolom_iki, kolom_level1, kolom_mpph1, kolom_yatim, sync_label_kolom, KolomYatim,
};
pub use langsung::{Basis, KolomLangsung};
pub use matrix::{
    baris, grid, hapus_orang, paste_block, paste_block_tampak, pindah_kolom, sel, sel_terisi_orang,
    set_per_iki, set_sel, Grid, HasilTempel,
};
pub use paste::parse_tsv;
pub use rencana::{Perubahan, Rencana, RencanaOrang};
pub use sync::{kolom, kolom_mpph2, kolom_yatim_mpph2, sync_label_mpph2};
pub use team::{teks_sel, Kolom, Mpph1, Mpph2, Orang, Peran, Sel, Tim, Tingkat};
pub use terapkan::terapkan;
