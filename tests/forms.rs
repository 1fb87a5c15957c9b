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

/// Version 3: a kualitatif draft's file lists each RHK's narrative lines as
/// `ukuran_keberhasilan`, and reads back as the same draft; a version 2 file of the same
/// draft (lines as `iki`) is migrated to it.
#[test]
fn a_kualitatif_file_lists_ukuran_keberhasilan_and_version_2_migrates() {
    use skp_drafter::core::format::{read_draft_file, StoredDraft, VERSION};
    let mut d = draft("197805122005012002", "", "", Pendekatan::Kualitatif);
    d.rhk[0].iki[0].teks = "Temuan BPK ditindaklanjuti seluruhnya sebelum batas waktu".into();
    // A target typed before the draft turned kualitatif is kept.
    d.rhk[0].iki.push(Iki {
        id: "i-lama".into(),
        teks: "Persentase tindak lanjut".into(),
        target: Target {
            nilai: "100".into(),
            nilai_maks: String::new(),
            satuan: "%".into(),
        },
        perspektif: Some(Perspektif::ProsesBisnis),
        aspek: None,
    });
    let text = write_draft_file(&d);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], VERSION);
    assert_eq!(VERSION, 3);
    let rhk = &v["draft"]["rhk"][0];
    assert!(rhk.get("iki").is_none(), "{rhk}");
    assert_eq!(
        rhk["ukuran_keberhasilan"][0]["teks"],
        "Temuan BPK ditindaklanjuti seluruhnya sebelum batas waktu"
    );
    assert!(
        rhk["ukuran_keberhasilan"][0].get("target").is_none(),
        "a narrative line has no target"
    );
    assert_eq!(rhk["ukuran_keberhasilan"][1]["target"]["nilai"], "100");
    assert_eq!(read_draft_file(&text).unwrap(), d);
    // Stored drafts use the same layout.
    let stored = StoredDraft::new(&d, 4).to_json();
    assert!(stored.contains("ukuran_keberhasilan"));
    assert_eq!(StoredDraft::parse(&stored).unwrap(), (4, d.clone()));

    // The same draft as version 2 wrote it: lines as `iki` with empty targets.
    let mut v2 = v.clone();
    v2["version"] = 2.into();
    for r in v2["draft"]["rhk"].as_array_mut().unwrap() {
        let mut lines = r
            .as_object_mut()
            .unwrap()
            .remove("ukuran_keberhasilan")
            .unwrap();
        for l in lines.as_array_mut().unwrap() {
            l.as_object_mut()
                .unwrap()
                .entry("target")
                .or_insert(serde_json::json!({"nilai": "", "nilai_maks": "", "satuan": ""}));
        }
        r["iki"] = lines;
    }
    assert_eq!(read_draft_file(&v2.to_string()).unwrap(), d);

    // An error inside a line names the line as the file does; both keys are refused.
    let mut bad = v.clone();
    bad["draft"]["rhk"][0]["ukuran_keberhasilan"][0]["teks"] = 5.into();
    let e = read_draft_file(&bad.to_string()).unwrap_err();
    assert_eq!(
        e.path(),
        Some("$.draft.rhk[0].ukuran_keberhasilan[0].teks"),
        "{e}"
    );
    let mut not_a_list = v.clone();
    not_a_list["draft"]["rhk"][0]["ukuran_keberhasilan"] = 5.into();
    let e = read_draft_file(&not_a_list.to_string()).unwrap_err();
    assert_eq!(e.path(), Some("$.draft.rhk[0].ukuran_keberhasilan"), "{e}");
    let mut same_id = v.clone();
    same_id["draft"]["rhk"][0]["ukuran_keberhasilan"][1]["id"] =
        same_id["draft"]["rhk"][0]["ukuran_keberhasilan"][0]["id"].clone();
    let e = read_draft_file(&same_id.to_string()).unwrap_err();
    assert_eq!(
        e.path(),
        Some("$.draft.rhk[0].ukuran_keberhasilan[1].id"),
        "{e}"
    );
    let mut both = v.clone();
    both["draft"]["rhk"][0]["iki"] = serde_json::json!([]);
    let e = read_draft_file(&both.to_string()).unwrap_err();
    assert_eq!(e.path(), Some("$.draft.rhk[0]"), "{e}");
    assert!(e.to_string().contains("ukuran_keberhasilan"), "{e}");
}

/// A version-1 team file (version-2 drafts inside) still opens; a new one holds version-3
/// drafts, kualitatif lines included.
#[test]
fn team_files_of_both_versions_read() {
    use skp_drafter::core::mpph::{read_bundle, write_bundle, EXAMPLE_TIM};
    let (tim, drafts) = read_bundle(EXAMPLE_TIM).unwrap();
    let v1 = EXAMPLE_TIM.replacen("\"version\": 2", "\"version\": 1", 1);
    assert_eq!(read_bundle(&v1).unwrap(), (tim.clone(), drafts.clone()));
    let mut drafts = drafts;
    drafts[0].header.pendekatan = Pendekatan::Kualitatif;
    let text = write_bundle(&tim, &drafts);
    assert!(text.contains("ukuran_keberhasilan"));
    assert_eq!(read_bundle(&text).unwrap(), (tim, drafts));
}
