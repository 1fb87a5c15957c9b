//! Every shipped example is what the picker promises: a readable draft; a contoh has no
//! finding of severity error or warning, a latihan has plenty; ids are unique.

use skp_drafter::core::contoh::DAFTAR;
use skp_drafter::core::format::read_draft_file;
use skp_drafter::core::validation::validate_draft;
use skp_drafter::core::wording::{check_draft, Severity};

#[test]
fn every_example_reads_and_a_contoh_is_clean_while_a_latihan_is_not() {
    let mut ids = std::collections::HashSet::new();
    for c in DAFTAR {
        let text = std::fs::read_to_string(format!("public/examples/{}", c.berkas))
            .unwrap_or_else(|e| panic!("{}: {e}", c.berkas));
        let d = read_draft_file(&text).unwrap_or_else(|e| panic!("{}: {e}", c.berkas));
        assert!(
            ids.insert(d.id.clone()),
            "{}: draft id {} used twice",
            c.berkas,
            d.id
        );
        let serious: Vec<_> = check_draft(&d)
            .into_iter()
            .filter(|f| f.finding.severity != Severity::Info)
            .map(|f| format!("{} {}", f.finding.rule, f.finding.message))
            .collect();
        let errors = validate_draft(&d);
        if c.latihan {
            assert!(
                serious.len() >= 5,
                "{}: a latihan needs mistakes to find",
                c.berkas
            );
            assert!(d.nama_draf.starts_with("Latihan"), "{}", c.berkas);
        } else {
            assert_eq!(serious, Vec::<String>::new(), "{}", c.berkas);
            assert!(errors.is_empty(), "{}: {errors:?}", c.berkas);
            assert!(d.rhk.len() >= 3, "{}: a complete SKP", c.berkas);
            assert!(
                !d.lampiran.dukungan_sumber_daya.is_empty(),
                "{}: lampiran",
                c.berkas
            );
        }
        let mut inner = std::collections::HashSet::new();
        for r in &d.rhk {
            assert!(inner.insert(r.id.clone()), "{}: {}", c.berkas, r.id);
            for i in &r.iki {
                assert!(inner.insert(i.id.clone()), "{}: {}", c.berkas, i.id);
            }
        }
    }
    // Every example file shipped is on the picker (the team file opens from its own button).
    for e in std::fs::read_dir("public/examples").unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".skp.json") {
            assert!(
                DAFTAR.iter().any(|c| c.berkas == name),
                "{name} is not on the picker"
            );
        }
    }
}
