//! The printed SKP (`core::cetak`): every section of the official form, each variant,
//! numbering across perspektif, Indonesian dates, and user text that stays text.
#![cfg(not(target_arch = "wasm32"))]

use skp_drafter::core::cetak;
use skp_drafter::core::format::{read_draft_file, EXAMPLE_JPT};
use skp_drafter::core::model::{
    Draft, Iki, JenisJabatan, JenisRhk, Pendekatan, Perspektif, Rhk, Target,
};

fn ja() -> Draft {
    let mut d = Draft::new("ja", 2027);
    d.header.instansi = "Dinas Kesehatan Kota Sukamaju".into();
    d.pegawai.nama = "Sari Dewi".into();
    d.pegawai.nip = "197601222021212001".into(); // NI PPPK
    d.penilai.nama = "Budi Santoso".into();
    d.header.penandatanganan.tempat = "Sukamaju".into();
    d.header.penandatanganan.tanggal = "2027-01-05".into();
    for (i, jenis) in [JenisRhk::Utama, JenisRhk::Utama, JenisRhk::Tambahan]
        .into_iter()
        .enumerate()
    {
        d.rhk.push(Rhk {
            id: format!("r{i}"),
            jenis,
            teks: format!("Tersusunnya laporan {i} yang akurat"),
            iki: vec![Iki {
                id: format!("i{i}"),
                teks: format!("Jumlah laporan {i}"),
                target: Target {
                    nilai: "4".into(),
                    nilai_maks: String::new(),
                    satuan: "Laporan".into(),
                },
                ..Default::default()
            }],
            ..Default::default()
        });
    }
    d.lampiran
        .dukungan_sumber_daya
        .push("Anggaran pelatihan".into());
    d
}

#[test]
fn the_ja_form_has_every_section_in_order() {
    let h = cetak::html(&ja());
    let order = [
        "SASARAN KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "UNIT KERJA",
        "PERIODE PENILAIAN</td><td>: 1 Januari 2027 s.d. 31 Desember 2027",
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI*",
        "A. UTAMA",
        "B. TAMBAHAN",
        "PERILAKU KERJA",
        "EKSPEKTASI KHUSUS PIMPINAN**",
        "Berorientasi Pelayanan",
        "Kolaboratif",
        "* Dalam hal rencana hasil kerja Pimpinan",
        "** Pimpinan dapat memberikan Ekspektasi khusus",
        "Sukamaju, 5 Januari 2027",
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        "LAMPIRAN SASARAN KINERJA PEGAWAI",
        "DUKUNGAN SUMBER DAYA",
        "Anggaran pelatihan",
        "SKEMA PERTANGGUNGJAWABAN",
        "KONSEKUENSI",
    ];
    let mut at = 0;
    for s in order {
        let i = h[at..]
            .find(s)
            .unwrap_or_else(|| panic!("{s:?} missing after byte {at}"));
        at += i + s.len();
    }
    assert!(h.contains("NI PPPK"), "a PPPK number is labelled as one");
    // Utama numbered 1, 2; Tambahan starts its own group.
    assert_eq!(
        h.matches("<td class=\"no\" rowspan=\"1\">1</td>").count(),
        2
    );
    assert_eq!(
        h.matches("<td class=\"no\" rowspan=\"1\">2</td>").count(),
        1
    );
}

#[test]
fn no_screen_only_marks_reach_paper() {
    for d in [ja(), read_draft_file(EXAMPLE_JPT).unwrap()] {
        let h = cetak::html(&d);
        for bad in [
            "<select",
            "<button",
            "<input",
            "<textarea",
            "(maks)",
            "placeholder",
            "temuan",
        ] {
            assert!(!h.contains(bad), "{bad} in print");
        }
    }
}

#[test]
fn the_jpt_form_is_one_table_with_perspektif_as_a_column() {
    let d = read_draft_file(EXAMPLE_JPT).unwrap();
    let h = cetak::html(&d);
    assert!(h.contains("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"));
    assert!(h.contains("<td>INSTANSI</td>") || h.contains(">INSTANSI<"));
    assert_eq!(h.matches("<table class=\"hasil-kerja\">").count(), 1);
    assert!(h.contains("<th>PERSPEKTIF</th>"));
    assert!(
        !h.contains("DIINTERVENSI"),
        "no RHK atasan column on the JPT form"
    );
    // One number per RHK, across perspektif: the Utama RHK are numbered 1..n once.
    let utama = d.rhk_jenis(JenisRhk::Utama).count();
    for n in 1..=utama {
        assert!(h.contains(&format!("\">{n}</td><td rowspan=")), "RHK {n}");
    }
    for p in Perspektif::ALL {
        assert!(h.contains(p.label()), "{}", p.label());
    }
}

#[test]
fn an_rhk_with_iki_in_several_perspektif_stays_one_row_group() {
    let mut d = Draft::new("j", 2027);
    d.header.jenis_jabatan = JenisJabatan::Jpt;
    d.rhk.push(Rhk {
        id: "r".into(),
        teks: "Meningkatnya kualitas layanan".into(),
        iki: vec![
            Iki {
                id: "a".into(),
                teks: "Indeks kepuasan".into(),
                perspektif: Some(Perspektif::PenerimaLayanan),
                ..Default::default()
            },
            Iki {
                id: "b".into(),
                teks: "Persentase realisasi".into(),
                perspektif: Some(Perspektif::Anggaran),
                ..Default::default()
            },
        ],
        ..Default::default()
    });
    let h = cetak::html(&d);
    assert!(h.contains(
        "<td class=\"no\" rowspan=\"2\">1</td><td rowspan=\"2\">Meningkatnya kualitas layanan</td>"
    ));
}

#[test]
fn kualitatif_prints_narrative_lines() {
    let mut d = ja();
    d.header.pendekatan = Pendekatan::Kualitatif;
    let h = cetak::html(&d);
    assert!(h.contains("PENDEKATAN HASIL KERJA KUALITATIF"));
    assert!(h.contains("UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET"));
    assert!(!h.contains("<th>ASPEK</th>"));
}

#[test]
fn user_text_is_printed_as_text() {
    let mut d = ja();
    d.rhk[0].teks = "<script>alert(1)</script> & <b>tebal</b>".into();
    d.pegawai.nama = "\"Sari\" <img src=x onerror=alert(1)>".into();
    let h = cetak::html(&d);
    assert!(!h.contains("<script>alert"));
    assert!(!h.contains("<img"));
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;tebal&lt;/b&gt;"));
}

#[test]
fn the_cli_writes_the_same_document() {
    let dir = std::env::temp_dir().join(format!("skp-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("contoh.skp.json");
    std::fs::write(&input, EXAMPLE_JPT).unwrap();
    let output = dir.join("contoh.html");
    let args: Vec<String> = [
        "render",
        input.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        output.to_str().unwrap(),
    ]
    .map(String::from)
    .to_vec();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        skp_drafter::cli::run(&args, &mut out, &mut err),
        0,
        "{}",
        String::from_utf8_lossy(&err)
    );
    let written = std::fs::read_to_string(&output).unwrap();
    assert_eq!(written, cetak::html(&read_draft_file(EXAMPLE_JPT).unwrap()));
    let bad: Vec<String> = ["render", "--format", "pdf", input.to_str().unwrap()]
        .map(String::from)
        .to_vec();
    assert_eq!(skp_drafter::cli::run(&bad, &mut out, &mut err), 2);
}

#[test]
fn the_cli_writes_xlsx_workbooks_for_a_draft_and_for_a_team() {
    let dir = std::env::temp_dir().join(format!("skp-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("contoh.skp.json");
    std::fs::write(&input, EXAMPLE_JPT).unwrap();
    let output = dir.join("contoh.xlsx");
    let run = |args: &[&str]| {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        skp_drafter::cli::run(&args, &mut Vec::new(), &mut Vec::new())
    };
    let (i, o) = (input.to_str().unwrap(), output.to_str().unwrap());
    assert_eq!(run(&["render", i, "--format", "xlsx", "-o", o]), 0);
    let bytes = std::fs::read(&output).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("xl/worksheets/sheet1.xml"));
    assert!(text.contains("Meningkatnya kualitas layanan administrasi kepegawaian"));
    assert_eq!(run(&["render", i, "--format", "xlsx"]), 2, "xlsx needs -o");
}

#[test]
fn the_export_worker_writes_the_same_workbook_as_the_cli() {
    use skp_drafter::core::xlsx::{workbook_skp, workbook_tim, Permintaan};
    let d = read_draft_file(EXAMPLE_JPT).unwrap();
    let job = serde_json::to_string(&Permintaan::Skp(d.clone())).unwrap();
    assert_eq!(Permintaan::answer(&job).unwrap(), workbook_skp(&d));

    let (tim, drafts) =
        skp_drafter::core::mpph::read_bundle(skp_drafter::core::mpph::EXAMPLE_TIM).unwrap();
    let job = serde_json::to_string(&Permintaan::Tim {
        tim: tim.clone(),
        drafts: drafts.clone(),
    })
    .unwrap();
    assert_eq!(
        Permintaan::answer(&job).unwrap(),
        workbook_tim(&tim, &drafts)
    );

    // A job that cannot be read is answered with a message, never a panic.
    for bad in ["", "{}", "{\"Skp\":1}", "[\"Tim\"]", "\u{0}"] {
        let e = Permintaan::answer(bad).unwrap_err();
        assert!(e.starts_with("Permintaan ekspor tidak terbaca"), "{e}");
    }
}

#[test]
fn a_wide_matrix_prints_in_parts_and_never_drops_a_column() {
    use skp_drafter::core::cetak::mpph::{html, KOLOM_PER_BAGIAN};
    let mut kepala: Vec<String> = ["No", "Nama", "NIP", "Jabatan"].map(String::from).to_vec();
    let mut iki = vec![String::new(), String::new(), String::new(), "IKI".into()];
    let mut orang = vec![
        "1".to_string(),
        "Budi <b>".into(),
        "199001012015031001".into(),
        "Analis".into(),
    ];
    for k in 1..=9 {
        kepala.push(format!("RHK kolom {k}"));
        iki.push(format!("IKI kolom {k}"));
        orang.push(format!("Peran Budi {k}"));
    }
    let rows = vec![
        vec!["MATRIKS PEMBAGIAN PERAN DAN HASIL".to_string()],
        vec!["Level 1 — Bidang X".to_string()],
        kepala,
        iki,
        orang,
    ];
    let doc = html(&rows);
    for k in 1..=9 {
        assert!(
            doc.contains(&format!("RHK kolom {k}<")),
            "column {k} printed"
        );
        assert!(
            doc.contains(&format!("IKI: IKI kolom {k}<")),
            "IKI {k} printed"
        );
        assert!(
            doc.contains(&format!("Peran Budi {k}<")),
            "cell {k} printed"
        );
        assert!(doc.contains(&format!("({k})")), "column {k} numbered");
    }
    let parts = 9_usize.div_ceil(KOLOM_PER_BAGIAN);
    assert_eq!(
        doc.matches("<section class=\"matriks-cetak\">").count(),
        parts
    );
    // The name is repeated in every part, escaped.
    assert_eq!(doc.matches("Budi &lt;b&gt;").count(), parts);
    assert!(doc.contains(&format!("Bagian 1 dari {parts}")));
    assert!(!doc.contains("<b>"));
    assert!(doc.contains("size: A4 landscape"));
}

#[test]
fn the_cli_prints_a_team_files_matrices() {
    let dir = std::env::temp_dir().join(format!("skp-mpph-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("contoh.tim.json");
    std::fs::write(&input, skp_drafter::core::mpph::EXAMPLE_TIM).unwrap();
    let args: Vec<String> = ["render", input.to_str().unwrap(), "--format", "html"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut out = Vec::new();
    assert_eq!(skp_drafter::cli::run(&args, &mut out, &mut Vec::new()), 0);
    let doc = String::from_utf8(out).unwrap();
    let (tim, _) =
        skp_drafter::core::mpph::read_bundle(skp_drafter::core::mpph::EXAMPLE_TIM).unwrap();
    assert!(doc.contains("Level 1"));
    assert_eq!(doc.matches("Level 2").count(), tim.mpph2.len());
    for o in &tim.orang {
        assert!(doc.contains(o.nama.trim()), "{} printed", o.nama);
    }
}
