//! The `skp` command-line tool: the same domain core as the app, for trainers who check a
//! class's exported files in one go. Every command returns an exit code and never panics.

pub mod validate;

use std::io::Write;

pub const USAGE: &str = "\
skp — alat baris perintah SKP Drafter

Pemakaian:
  skp validate BERKAS...        memeriksa bahwa setiap berkas adalah draf SKP atau berkas tim yang sah
  skp derive TIM.tim.json -o FOLDER
                                menurunkan MPPH tim ke SKP setiap orang (satu .skp.json per orang)
  skp check --rhk \"TEKS\"        memeriksa bahasa satu RHK
  skp check --iki \"TEKS\"        memeriksa bahasa satu IKI
  skp check BERKAS...           memeriksa bahasa seluruh draf
  (tambahkan --json pada check untuk keluaran JSON)
  skp kelas BERKAS|FOLDER... [--csv] [-o KELUARAN]
                                tabel satu kelas: satu baris per peserta (jenis, jumlah RHK,
                                temuan per tingkat, perspektif, RHK tanpa RHK atasan, aturan
                                terbanyak), lalu aturan yang paling sering di kelas
  skp render BERKAS --format html [-o KELUARAN]
                                dokumen SKP siap cetak (HTML), sama dengan \"Cetak\" di aplikasi;
                                untuk berkas tim: matriks MPPH level 1 dan setiap level 2
  skp render BERKAS --format xlsx -o KELUARAN.xlsx
                                buku kerja Excel: satu SKP, atau tim (MPPH dan SKP anggota)

Kode keluar: 0 sah / tanpa temuan, 1 ada temuan (check), 2 berkas tidak sah atau tidak terbaca.
";

/// Runs the tool with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args.first().map(String::as_str) {
        Some("validate") => validate::run(&args[1..], out, err),
        Some("check") => check_command(&args[1..], out, err),
        Some("render") => render::run(&args[1..], out, err),
        Some("derive") => derive::run(&args[1..], out, err),
        Some("kelas") => kelas::run(&args[1..], out, err),
        Some("-h" | "--help" | "help") => {
            let _ = out.write_all(USAGE.as_bytes());
            0
        }
        _ => {
            let _ = err.write_all(USAGE.as_bytes());
            2
        }
    }
}

fn check_command(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    check::run(args, out, err)
}

pub mod check;
pub mod derive;
pub mod eval;
pub mod kelas;
pub mod render;
