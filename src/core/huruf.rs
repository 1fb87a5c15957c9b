//! Letter case for the app's own use: ASCII and the Latin letters found in names (the
//! Latin-1 Supplement and Latin Extended-A), without the standard library's case tables.
//!
//! Why not `str::to_lowercase`: it carries the case pairs of every script, some 20 KB of
//! tables in the wasm (16 KB of the first load's gzip, measured). What the app changes the
//! case of is Indonesian wording, form labels and names. A letter outside these blocks
//! (Greek, Cyrillic…) keeps its case: no Indonesian word list matches such a word either
//! way, and a name keeps the letters it was written with.

/// `c` in lower case, where it has a single lower-case letter in these blocks.
pub fn kecil_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as u32;
    let l = match u {
        0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Pairs: the capital on the even code point, except İ (U+0130, which lower-cases to
        // two characters).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        // Pairs with the capital on the odd code point.
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `c` in upper case, where it has a single capital in these blocks (ß stays ß).
pub fn besar_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let u = c as u32;
    let b = match u {
        0xE0..=0xF6 | 0xF8..=0xFE => u - 32,
        0xFF => 0x178,
        0x131 => 0x49,
        0x101..=0x12F | 0x133..=0x137 | 0x14B..=0x177 if u % 2 == 1 => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if u % 2 == 0 => u - 1,
        _ => u,
    };
    char::from_u32(b).unwrap_or(c)
}

/// `s` in lower case (see the module's note on which letters).
pub fn kecil(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(kecil_char).collect()
}

/// `s` in upper case (see the module's note on which letters).
pub fn besar(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.chars().map(besar_char).collect()
}

/// `s` with its first letter in upper case.
pub fn besar_awal(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(besar_char(f)).chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
// The tests compare with the standard library's mapping.
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// The standard library's mapping of `c`, where it is one character.
    fn std_satu(it: impl Iterator<Item = char>) -> Option<char> {
        let v: Vec<char> = it.collect();
        (v.len() == 1).then(|| v[0])
    }

    #[test]
    fn sama_dengan_pustaka_standar_di_blok_latin() {
        for u in 0..0x180u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let (k, b) = (kecil_char(c), besar_char(c));
            // Where it changes a letter, it agrees with the standard library.
            if k != c {
                assert_eq!(Some(k), std_satu(c.to_lowercase()), "kecil {c:?} U+{u:04X}");
            }
            if b != c {
                assert_eq!(Some(b), std_satu(c.to_uppercase()), "besar {c:?} U+{u:04X}");
            }
            // And it leaves out only what has no single-letter pair in these blocks.
            if let Some(s) = std_satu(c.to_lowercase()).filter(|s| *s != c && (*s as u32) < 0x180) {
                assert_eq!(k, s, "kecil {c:?} U+{u:04X}");
            }
            if let Some(s) =
                std_satu(c.to_uppercase()).filter(|s| *s != c && (*s as u32) < 0x180 && u != 0x17F)
            {
                assert_eq!(b, s, "besar {c:?} U+{u:04X}");
            }
        }
    }

    #[test]
    fn kalimat() {
        assert_eq!(kecil("Meningkatnya Kualitas"), "meningkatnya kualitas");
        assert_eq!(besar("Penerima Layanan"), "PENERIMA LAYANAN");
        assert_eq!(kecil("ANDRÉ ŁUKASZ Ödül"), "andré łukasz ödül");
        assert_eq!(besar("andré łukasz straße"), "ANDRÉ ŁUKASZ STRAßE");
        assert_eq!(besar_awal("ékspor"), "Ékspor");
        assert_eq!(besar_awal(""), "");
        // Outside the Latin blocks the letter keeps its case.
        assert_eq!(kecil("ΑΒΓ"), "ΑΒΓ");
    }
}
