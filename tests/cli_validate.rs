//! `skp validate`: exit codes and messages, run as the real binary.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn skp(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_skp"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp(name: &str, content: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("skp-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/examples/contoh-skp-jpt-2027.skp.json"
);

#[test]
fn valid_files_exit_0() {
    let v1 = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/draft-v1.skp.json");
    let (code, out, _) = skp(&["validate", EXAMPLE, v1]);
    assert_eq!(code, 0);
    assert!(out.contains("sah"));
}

#[test]
fn invalid_file_exits_2_and_names_file_and_place() {
    let bad = temp(
        "bad.skp.json",
        b"{\n \"format\": \"skp-drafter/draf\",\n \"version\": 2,,\n}",
    );
    let (code, _, err) = skp(&["validate", EXAMPLE, &bad]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.skp.json") && err.contains("baris 3"),
        "{err}"
    );

    let text = std::fs::read_to_string(EXAMPLE).unwrap().replacen(
        "\"nilai\": \"85\"",
        "\"nilai\": [85]",
        1,
    );
    let bad = temp("path.skp.json", text.as_bytes());
    let (code, _, err) = skp(&["validate", &bad]);
    assert_eq!(code, 2);
    assert!(err.contains("$.draft.rhk[0].iki[0].target.nilai"), "{err}");
}

#[test]
fn binary_garbage_missing_files_and_no_args_exit_2() {
    let junk = temp("junk.bin", &[0xff, 0xfe, 0x00, 0x01, 0x80]);
    assert_eq!(skp(&["validate", &junk]).0, 2);
    assert_eq!(skp(&["validate", "/tidak/ada.json"]).0, 2);
    assert_eq!(skp(&["validate"]).0, 2);
    assert_eq!(skp(&[]).0, 2);
}
