//! The share link's QR code: drawn for the links the examples make, with the quiet zone, and
//! refused with a message past what a QR code holds.

use skp_drafter::core::qr::{kode_qr, MAKS_BYTE};

#[test]
fn a_link_gets_a_square_code_with_its_quiet_zone() {
    let q = kode_qr("https://contoh.invalid/skp/#bagikan=1.AAAA").unwrap();
    assert_eq!((q.sisi - 17) % 4, 0, "a QR side is 17 + 4 × version");
    let w = q.sisi + 8;
    assert!(
        q.svg.starts_with("<svg") && q.svg.contains(&format!("viewBox=\"0 0 {w} {w}\"")),
        "{}",
        q.svg
    );
    // Deterministic: the same link draws the same code.
    assert_eq!(
        kode_qr("https://contoh.invalid/skp/#bagikan=1.AAAA").unwrap(),
        q
    );
    // The top-left finder pattern starts at the quiet zone: a 7-module run on row 4.
    assert!(q.svg.contains("M4,4h7v1h-7z"), "{}", &q.svg[..300]);
}

#[test]
fn links_as_long_as_the_examples_make_fit_and_longer_ones_are_refused() {
    let long = format!("https://contoh.invalid/#bagikan=1.{}", "A".repeat(2700));
    let q = kode_qr(&long).unwrap();
    assert!(q.sisi <= 177);
    let too_long = "A".repeat(MAKS_BYTE * 2);
    let e = kode_qr(&too_long).unwrap_err();
    assert!(e.contains("terlalu panjang untuk kode QR"), "{e}");
}
