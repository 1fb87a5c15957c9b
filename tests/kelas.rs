//! Reviewing a class's files: one row per participant, the class's most frequent rules, the
//! CSV, and `skp kelas`.

use skp_drafter::core::kelas::{aturan_kelas, baris, csv, KOLOM};
use skp_drafter::core::model::Perspektif;

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("public/examples/{name}")).unwrap()
}

#[test]
fn each_file_is_a_row_with_its_findings_by_severity() {
    let contoh = baris("guru.skp.json", &example("contoh-jf-guru-2027.skp.json"));
    let r = contoh.isi.as_ref().unwrap();
    assert_eq!((r.kesalahan, r.peringatan), (0, 0), "{:?}", r.aturan);
    assert!(r.jumlah_rhk >= 3);
    assert_eq!(r.tanpa_atasan, Some(0));
    assert_eq!(r.perspektif, None, "perspektif is a JPT column");

    let latihan = baris("latihan.skp.json", &example("latihan-ja-jf-2027.skp.json"));
    let l = latihan.isi.as_ref().unwrap();
    assert!(l.kesalahan >= 3 && l.peringatan >= 3, "{l:?}");
    assert!(l.tanpa_atasan.unwrap() >= 1);
    assert!(l.aturan.iter().any(|(r, _)| *r == "rhk.aktivitas"));
    // Most frequent first.
    assert!(l.aturan.windows(2).all(|w| w[0].1 >= w[1].1));

    let jpt = baris("jpt.skp.json", &example("latihan-jpt-2027.skp.json"));
    let j = jpt.isi.as_ref().unwrap();
    assert_eq!(
        j.perspektif.as_deref(),
        Some(&[Perspektif::PenerimaLayanan][..])
    );
    assert!(
        j.teks_perspektif().starts_with("1/4 (belum: "),
        "{}",
        j.teks_perspektif()
    );

    let class = [contoh, latihan, jpt];
    let top = aturan_kelas(&class);
    assert!(!top.is_empty() && top.windows(2).all(|w| w[0].2 >= w[1].2));
    assert!(
        top.iter().all(|(_, title, _)| !title.is_empty()),
        "every rule has a title"
    );
}

#[test]
fn a_bad_file_is_a_row_that_says_why_and_the_csv_keeps_it() {
    let rows = [
        baris("rusak.skp.json", "{ bukan json"),
        baris("tim.json", &example("contoh-tim-bkpsdm-2027.tim.json")),
        baris("ok.skp.json", &example("contoh-skp-jpt-2027.skp.json")),
    ];
    assert!(rows[0].isi.is_err() && rows[1].isi.is_err());
    let text = csv(&rows);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_end().lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains(KOLOM[11]));
    assert!(lines[1].contains("Tidak terbaca"), "{}", lines[1]);
    assert!(lines[3].contains("4/4"), "{}", lines[3]);
}

#[test]
fn skp_kelas_reads_files_and_folders_prints_a_table_or_csv() {
    let dir = std::env::temp_dir().join(format!("skp-kelas-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in [
        "contoh-jf-guru-2027.skp.json",
        "latihan-ja-jf-2027.skp.json",
        "contoh-tim-bkpsdm-2027.tim.json",
    ] {
        std::fs::copy(format!("public/examples/{f}"), dir.join(f)).unwrap();
    }
    let run = |args: &[&str]| {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = skp_drafter::cli::run(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    };
    let d = dir.to_string_lossy().to_string();
    let (code, out, err) = run(&["kelas", &d]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("contoh-jf-guru-2027.skp.json") && out.contains("latihan-ja-jf-2027.skp.json")
    );
    assert!(!out.contains("tim.json"), "a folder's team file is skipped");
    assert!(out.contains("Aturan yang paling sering muncul"), "{out}");

    let (code, out, _) = run(&["kelas", &d, "--csv"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim_end().lines().count(), 3);

    let bad = dir.join("rusak.skp.json");
    std::fs::write(&bad, "[]").unwrap();
    let (code, out, err) = run(&["kelas", &d]);
    assert_eq!(code, 2);
    assert!(
        out.contains("Tidak terbaca") && err.contains("1 berkas tidak terbaca"),
        "{out}{err}"
    );
    let (code, _, err) = run(&["kelas"]);
    assert_eq!(code, 2);
    assert!(err.contains("sebutkan"));
    std::fs::remove_dir_all(&dir).ok();
}
