//! A whole draft in a link: "Bagikan tautan" puts the draft file, compressed by the browser
//! (deflate-raw), in the URL fragment. The fragment never leaves the browser (it is not sent
//! to any server), so the link is as private as the file. The compression itself happens in
//! the browser; this part only frames the bytes as text and back.
//!
//! `#bagikan=1.<base64url>`: the `1` is the framing version, so a later change can be told
//! apart from a damaged link.

/// The fragment's prefix, before the payload.
pub const AWALAN: &str = "bagikan=1.";

/// Longer links are refused with an offer of the file instead: chat and mail programs cut
/// or break links around this length, and a trainer's projector QR needs far less.
pub const MAKS_PANJANG_TAUTAN: usize = 30_000;

const ABJAD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5): the characters a URL fragment keeps as they are.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (c.get(1).copied().unwrap_or(0) as u32) << 8
            | c.get(2).copied().unwrap_or(0) as u32;
        let keep = c.len() + 1;
        for k in 0..keep {
            out.push(ABJAD[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of a base64url text (padding and whitespace tolerated, since links get
/// wrapped and padded on their way); `None` for anything else.
pub fn dari_base64url(text: &str) -> Option<Vec<u8>> {
    let mut vals = Vec::with_capacity(text.len());
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' | b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        vals.push(v as u32);
    }
    if vals.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(vals.len() * 3 / 4);
    for c in vals.chunks(4) {
        let n = c
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, v)| n | v << (18 - 6 * k));
        out.push((n >> 16) as u8);
        if c.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if c.len() > 3 {
            out.push(n as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) for compressed draft bytes.
pub fn fragmen(terkompresi: &[u8]) -> String {
    format!("{AWALAN}{}", base64url(terkompresi))
}

/// What a page's fragment holds.
#[derive(Debug, PartialEq, Eq)]
pub enum IsiFragmen {
    /// No shared draft: an ordinary visit.
    Bukan,
    /// The compressed bytes of a shared draft, still to be decompressed and read.
    Draf(Vec<u8>),
    /// A shared link that is damaged or from a later version; the message says which.
    Rusak(String),
}

/// Reads a page's fragment (with or without the leading `#`).
pub fn baca_fragmen(hash: &str) -> IsiFragmen {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let Some(rest) = h.strip_prefix("bagikan=") else {
        return IsiFragmen::Bukan;
    };
    let Some(payload) = rest.strip_prefix("1.") else {
        return IsiFragmen::Rusak(
            "Tautan ini dibuat oleh versi SKP Drafter yang lebih baru atau tidak lengkap. Minta pengirim mengirim berkas .skp.json."
                .into(),
        );
    };
    match dari_base64url(payload) {
        Some(b) if !b.is_empty() => IsiFragmen::Draf(b),
        _ => IsiFragmen::Rusak(
            "Tautan ini rusak atau terpotong (mungkin terpotong saat disalin). Minta pengirim mengirim ulang tautan, atau berkas .skp.json."
                .into(),
        ),
    }
}

/// A link made for the user to copy.
#[derive(Clone, Debug, PartialEq)]
pub struct TautanKeluar {
    pub nama: String,
    pub tautan: String,
}

/// A shared draft waiting for "Impor" or "Batal".
#[derive(Clone, Debug, PartialEq)]
pub struct TautanMasuk {
    pub teks: String,
    pub ringkasan: crate::core::kelas::Ringkasan,
}
