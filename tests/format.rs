//! The draft file: round trip, validation with paths, versions and migration.
#![cfg(not(target_arch = "wasm32"))]

use skp_drafter::core::format::{
    read_draft_file, read_draft_value, write_draft_file, FormatError, StoredDraft, VERSION,
};
use skp_drafter::core::model::{Draft, Perspektif};

const EXAMPLE: &str = include_str!("../public/examples/contoh-skp-jpt-2027.skp.json");

fn example() -> Draft {
    read_draft_file(EXAMPLE).expect("the shipped example is valid")
}

#[test]
fn example_is_a_complete_skp_jpt() {
    let d = example();
    assert!(d.header.jenis_jabatan.is_jpt());
    assert!(
        d.perspektif_kosong().is_empty(),
        "all four perspektif are covered"
    );
    assert!(d.rhk.iter().all(|r| !r.iki.is_empty()));
    assert_eq!(
        d.nama_berkas(),
        "dr-ratna-wulandari-s-sos-m-si-2027.skp.json"
    );
}

#[test]
fn export_then_import_gives_back_the_same_draft() {
    let d = example();
    let again = read_draft_file(&write_draft_file(&d)).unwrap();
    assert_eq!(d, again);
}

#[test]
fn stored_entry_round_trip_keeps_revision() {
    let d = example();
    let text = StoredDraft::new(&d, 7).to_json();
    let (rev, back) = StoredDraft::parse(&text).unwrap();
    assert_eq!(rev, 7);
    assert_eq!(back, d);
}

/// Stored entries are read in one pass when they are as this version writes them; the
/// result must be the full reader's, for every kind of draft shipped (the kualitatif one
/// takes the full reader).
#[test]
fn stored_entries_read_the_same_by_the_quick_and_the_full_reader() {
    let mut n = 0;
    for e in std::fs::read_dir("public/examples").unwrap() {
        let path = e.unwrap().path();
        if !path.to_string_lossy().ends_with(".skp.json") {
            continue;
        }
        let d = read_draft_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = StoredDraft::new(&d, 4).to_json();
        let (rev, quick) = StoredDraft::parse(&text).unwrap();
        let stored: serde_json::Value = serde_json::from_str(&text).unwrap();
        let full = read_draft_value(stored["file"].clone()).unwrap();
        assert_eq!((rev, &quick), (4, &full), "{}", path.display());
        assert_eq!(quick, d);
        n += 1;
    }
    assert!(n >= 10, "every shipped draft was read ({n})");
}

/// Entries stored by earlier versions: a version 2 draft object is read as it is (in one
/// pass), a version 1 one is migrated (the full reader); both give what the file gives.
#[test]
fn stored_entries_of_earlier_versions_read_as_their_files_do() {
    let stored = |file: &str| {
        let file: serde_json::Value = serde_json::from_str(file).unwrap();
        serde_json::json!({ "layout": 1, "rev": 3, "file": file }).to_string()
    };
    let v1 = include_str!("data/draft-v1.skp.json");
    assert_eq!(
        StoredDraft::parse(&stored(v1)).unwrap(),
        (3, read_draft_file(v1).unwrap())
    );
    let mut v2: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    v2["version"] = 2.into();
    let v2 = v2.to_string();
    assert_eq!(
        StoredDraft::parse(&stored(&v2)).unwrap(),
        (3, read_draft_file(&v2).unwrap())
    );
    assert_eq!(read_draft_file(&v2).unwrap(), example());
}

#[test]
fn a_stored_entry_with_a_repeated_id_or_a_newer_layout_is_refused() {
    let mut d = example();
    d.rhk[1].id = d.rhk[0].id.clone();
    let text = StoredDraft::new(&d, 1).to_json();
    assert!(matches!(
        StoredDraft::parse(&text),
        Err(FormatError::Schema { .. })
    ));
    let text =
        StoredDraft::new(&example(), 1)
            .to_json()
            .replacen("\"layout\":1", "\"layout\":9", 1);
    assert!(matches!(
        StoredDraft::parse(&text),
        Err(FormatError::NewerVersion { found: 9, .. })
    ));
}

#[test]
fn syntax_error_names_line_and_column() {
    let broken = "{\n  \"format\": \"skp-drafter/draf\",\n  \"version\": 2,\n  \"draft\": {,\n}";
    match read_draft_file(broken) {
        Err(FormatError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 13)),
        other => panic!("{other:?}"),
    }
    let msg = read_draft_file(broken).unwrap_err().to_string();
    assert!(msg.contains("baris 4, kolom 13"), "{msg}");
}

#[test]
fn schema_error_names_the_json_path() {
    let bad = EXAMPLE.replacen("\"jenis\": \"utama\"", "\"jenis\": \"utamaa\"", 1);
    let err = read_draft_file(&bad).unwrap_err();
    assert_eq!(err.path(), Some("$.draft.rhk[0].jenis"), "{err}");
    assert!(err.to_string().contains("utamaa"), "{err}");

    let bad = EXAMPLE.replacen("\"satuan\": \"Indeks\"", "\"satuan\": 85", 1);
    let err = read_draft_file(&bad).unwrap_err();
    assert_eq!(
        err.path(),
        Some("$.draft.rhk[0].iki[0].target.satuan"),
        "{err}"
    );

    let bad = EXAMPLE.replacen("\"nip\"", "\"nipp\"", 1);
    let err = read_draft_file(&bad).unwrap_err();
    assert_eq!(err.path(), Some("$.draft.pegawai.nipp"), "{err}");
    assert!(err.to_string().contains("nipp"));
}

#[test]
fn duplicate_ids_are_refused() {
    let bad = EXAMPLE.replacen("\"id\": \"rhk-2\"", "\"id\": \"rhk-1\"", 1);
    let err = read_draft_file(&bad).unwrap_err();
    assert_eq!(err.path(), Some("$.draft.rhk[1].id"), "{err}");
}

#[test]
fn not_a_draft_file() {
    for text in [
        "[]",
        "{}",
        "{\"format\": \"lain\", \"version\": 1}",
        "\"teks\"",
        "null",
    ] {
        assert!(
            matches!(read_draft_file(text), Err(FormatError::NotDraftFile { .. })),
            "{text}"
        );
    }
    assert!(matches!(
        read_draft_file("{\"format\": \"skp-drafter/draf\", \"version\": \"2\"}"),
        Err(FormatError::BadVersion { .. })
    ));
}

#[test]
fn newer_version_is_refused_with_a_message() {
    let newer = EXAMPLE.replacen(&format!("\"version\": {VERSION}"), "\"version\": 99", 1);
    let err = read_draft_file(&newer).unwrap_err();
    assert_eq!(
        err,
        FormatError::NewerVersion {
            found: 99,
            supported: VERSION
        }
    );
    assert!(err.to_string().contains("lebih baru"));
}

#[test]
fn version_1_is_migrated() {
    let v1 = include_str!("data/draft-v1.skp.json");
    let d = read_draft_file(v1).expect("v1 migrates");
    let iki = &d.rhk[0].iki[0];
    assert_eq!(iki.perspektif, Some(Perspektif::PenerimaLayanan));
    assert_eq!(
        (iki.target.nilai.as_str(), iki.target.satuan.as_str()),
        ("85", "Indeks")
    );
    let range = &d.rhk[1].iki[0].target;
    assert_eq!(
        (
            range.nilai.as_str(),
            range.nilai_maks.as_str(),
            range.satuan.as_str()
        ),
        ("80", "90", "%")
    );
    // And it is written back as the current version.
    assert!(write_draft_file(&d).contains(&format!("\"version\": {VERSION}")));
}

#[test]
fn never_panics_on_mangled_input() {
    // Deterministic mutations of a valid file: cut, flip bytes, duplicate pieces.
    let bytes = EXAMPLE.as_bytes();
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let mut m = bytes.to_vec();
        match next() % 3 {
            0 => m.truncate(next() % bytes.len()),
            1 => {
                for _ in 0..4 {
                    let i = next() % m.len();
                    m[i] = (next() % 256) as u8;
                }
            }
            _ => {
                let a = next() % m.len();
                let b = (a + next() % 200).min(m.len());
                let piece = m[a..b].to_vec();
                let at = next() % m.len();
                m.splice(at..at, piece);
            }
        }
        let text = String::from_utf8_lossy(&m);
        let _ = read_draft_file(&text);
        let _ = StoredDraft::parse(&text);
    }
}

#[test]
fn empty_lampiran_items_are_not_exported_and_dismissals_follow() {
    let mut d = example();
    d.lampiran.konsekuensi = vec![
        "".into(),
        "Tunjangan kinerja dibayar penuh".into(),
        "  ".into(),
    ];
    d.temuan_diabaikan
        .push(skp_drafter::core::model::TemuanDiabaikan {
            aturan: "lampiran.x".into(),
            field: "lampiran/konsekuensi/1".into(),
        });
    let back = read_draft_file(&write_draft_file(&d)).unwrap();
    assert_eq!(
        back.lampiran.konsekuensi,
        ["Tunjangan kinerja dibayar penuh"]
    );
    assert_eq!(
        back.temuan_diabaikan.last().unwrap().field,
        "lampiran/konsekuensi/0"
    );
    // The draft being edited keeps its blank line (the user may be about to type in it).
    assert_eq!(d.lampiran.konsekuensi.len(), 3);
}

/// The share link's framing: base64url round trips every length, tolerates the padding and
/// line breaks links pick up, and tells an ordinary visit, a shared draft and a damaged link
/// apart.
#[test]
fn a_share_link_frames_the_compressed_draft_and_says_when_it_is_damaged() {
    use skp_drafter::core::format::tautan::*;
    for n in 0..70usize {
        let bytes: Vec<u8> = (0..n).map(|i| (i * 37 % 256) as u8).collect();
        let t = base64url(&bytes);
        assert!(
            t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{t}"
        );
        assert_eq!(dari_base64url(&t), Some(bytes.clone()), "{n}");
        let padded = format!("{t}{}", "=".repeat((4 - t.len() % 4) % 4));
        assert_eq!(dari_base64url(&padded), Some(bytes), "{n} padded");
    }
    assert_eq!(base64url(b"Man"), "TWFu");
    assert_eq!(dari_base64url("TW\nFu"), Some(b"Man".to_vec()));
    assert_eq!(dari_base64url("TWF!"), None);
    assert_eq!(dari_base64url("T"), None);

    assert_eq!(baca_fragmen(""), IsiFragmen::Bukan);
    assert_eq!(baca_fragmen("#main"), IsiFragmen::Bukan);
    assert_eq!(
        baca_fragmen(&format!("#{}", fragmen(&[1, 2, 3]))),
        IsiFragmen::Draf(vec![1, 2, 3])
    );
    assert!(matches!(baca_fragmen("#bagikan=1.%%%"), IsiFragmen::Rusak(m) if m.contains("rusak")));
    assert!(matches!(baca_fragmen("#bagikan=1."), IsiFragmen::Rusak(_)));
    assert!(
        matches!(baca_fragmen("#bagikan=2.AAAA"), IsiFragmen::Rusak(m) if m.contains("lebih baru"))
    );
}
