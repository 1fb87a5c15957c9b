//! The forms people really have: a PPPK's number, categorical targets, pendekatan
//! kualitatif. Each passes `skp validate` and gets no error from `skp check`.
#![cfg(not(target_arch = "wasm32"))]

use skp_drafter::core::format::write_draft_file;
use skp_drafter::core::model::{Draft, Iki, JenisJabatan, Pendekatan, Perspektif, Rhk, Target};
use skp_drafter::core::validation::validate_draft;
use skp_drafter::core::wording::{check_draft, Severity};

fn draft(nip: &str, target: &str, satuan: &str, pendekatan: Pendekatan) -> Draft {
    let mut d = Draft::new("f", 2027);
    d.header.jenis_jabatan = JenisJabatan::Jpt;
    d.header.pendekatan = pendekatan;
    d.header.instansi = "Inspektorat Kabupaten Sukamaju".into();
    d.pegawai.nama = "Rina".into();
    d.pegawai.nip = nip.into();
    d.pegawai.jabatan = "Inspektur".into();
    d.pegawai.pangkat = "Pembina (IV/a)".into();
    d.pegawai.unit_kerja = "Inspektorat".into();
    d.penilai.nama = "Bupati".into();
    d.penilai.jabatan = "Bupati Sukamaju".into();
    d.rhk.push(Rhk {
        id: "r1".into(),
        teks: "Meningkatnya akuntabilitas keuangan daerah".into(),
        iki: vec![Iki {
            id: "i1".into(),
            teks: "Opini BPK atas laporan keuangan daerah".into(),
            target: Target {
                nilai: target.into(),
                nilai_maks: String::new(),
                satuan: satuan.into(),
            },
            perspektif: Some(Perspektif::PenerimaLayanan),
            aspek: None,
        }],
        ..Default::default()
    });
    d
}

fn cli(args: &[&str]) -> i32 {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    skp_drafter::cli::run(&args, &mut Vec::new(), &mut Vec::new())
}

#[test]
fn pppk_wtp_and_kualitatif_drafts_pass_validate_and_check_with_no_error() {
    let dir = std::env::temp_dir().join(format!("skp-forms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "pppk",
            draft("197601222021211001", "WTP", "", Pendekatan::Kuantitatif),
        ),
        (
            "predikat",
            draft("197805122005012002", "BB", "", Pendekatan::Kuantitatif),
        ),
        (
            "kualitatif",
            draft("197805122005012002", "", "", Pendekatan::Kualitatif),
        ),
    ];
    for (name, d) in cases {
        assert_eq!(validate_draft(&d), vec![], "{name}");
        let errors: Vec<_> = check_draft(&d)
            .into_iter()
            .filter(|f| f.finding.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let f = dir.join(format!("{name}.skp.json"));
        std::fs::write(&f, write_draft_file(&d)).unwrap();
        let path = f.to_str().unwrap();
        assert_eq!(cli(&["validate", path]), 0, "{name}");
        assert_ne!(cli(&["check", path]), 2, "{name}");
    }
}

#[test]
fn a_categorical_target_gets_no_unit_finding() {
    let d = draft("197805122005012002", "WTP", "", Pendekatan::Kuantitatif);
    let about_target: Vec<_> = check_draft(&d)
        .into_iter()
        .filter(|f| f.field.as_string().ends_with("/target"))
        .collect();
    assert!(about_target.is_empty(), "{about_target:?}");
}
