//! A QR code of a share link, for a trainer's projector: the participants point their phones
//! at the screen instead of typing a link. Built by the `qrcodegen` crate (a small, dependency-free
//! encoder) in its own on-demand worker, so the app's first load does not carry it.

use qrcodegen::{QrCode, QrCodeEcc};

/// The most bytes a QR code holds (version 40, error correction level L).
pub const MAKS_BYTE: usize = 2953;

/// A drawn QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KodeQr {
    /// An SVG document: black modules on white, with the four-module quiet zone scanners need.
    pub svg: String,
    /// Modules per side (21 for version 1, up to 177).
    pub sisi: i32,
}

/// The QR code of `teks`, at the lowest error correction (a projected screen is clean and the
/// link is long), or why not.
pub fn kode_qr(teks: &str) -> Result<KodeQr, String> {
    let qr = QrCode::encode_text(teks, QrCodeEcc::Low).map_err(|_| {
        format!(
            "Tautan terlalu panjang untuk kode QR ({} byte; kode QR memuat paling banyak {MAKS_BYTE}). Bagikan tautannya lewat pesan, atau kirim berkasnya.",
            teks.len()
        )
    })?;
    let n = qr.size();
    let tepi = 4;
    let mut path = String::with_capacity((n * n) as usize * 4);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + tepi,
                    y + tepi,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let w = n + 2 * tepi;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {w}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"Kode QR tautan draf\"><rect width=\"{w}\" height=\"{w}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    );
    Ok(KodeQr { svg, sisi: n })
}
