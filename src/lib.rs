//! SKP Drafter: an offline drafting table for the SKP (Sasaran Kinerja Pegawai) of
//! Indonesian civil servants, under PermenPANRB 6/2022.
//!
//! [`core`] is the domain (no web dependency); [`cli`] is the `skp` command-line tool;
//! `app` is the Leptos user interface, compiled only for the browser.

pub mod cli;
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
