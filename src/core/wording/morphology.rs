//! A small Indonesian affix analyser: strips -nya, -kan/-i/-an and the prefixes meN-,
//! memper-, ber-, di-, diper-, ter-, ke-, peN- and per- (with their sound changes), and
//! checks the candidate stems against the curated list in [`super::lexicon`].
//!
//! It is not a full stemmer (Sastrawi carries a dictionary of tens of thousands of roots);
//! for the checker the prefix *shape* matters most, and the stem list resolves the
//! ambiguous nasal forms (meng-elola → kelola, meng-ikut → ikut).

use super::lexicon::{self, stem_flags, stem_flags2};

/// The outer prefix of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    /// No prefix: a root, or a word we could not split.
    None,
    /// meN- (me-, mem-, men-, meng-, meny-, menge-): active verbs.
    MeN,
    /// memper-: active verbs (memperbaiki).
    Memper,
    /// ber- (be-, bel-): intransitive verbs and states.
    Ber,
    /// di-: passive verbs.
    Di,
    /// diper-: passive of memper- (diperbaiki).
    Diper,
    /// ter-: result states (tersusun, terkelola).
    Ter,
    /// ke-: nouns of state with -an (kepuasan), or states with -nya.
    Ke,
    /// peN- (pe-, pem-, pen-, peng-, peny-, penge-): process nouns and agents.
    PeN,
    /// per-: nouns with -an (perencanaan, persetujuan).
    Per,
}

/// A derivational suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suffix {
    None,
    Kan,
    I,
    An,
}

impl Suffix {
    /// The suffix as written.
    pub fn text(self) -> &'static str {
        match self {
            Suffix::None => "",
            Suffix::Kan => "kan",
            Suffix::I => "i",
            Suffix::An => "an",
        }
    }
}

/// The analysis of one lower-case word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Analysis<'a> {
    pub prefix: Prefix,
    /// A second prefix inside the first (ke-ter-sedia-an, pem-ber-daya-an), or `None`.
    pub inner: Prefix,
    /// Letter restored by the nasal rule ("k" in meng-elola → kelola), or "".
    pub restore: &'static str,
    /// The rest of the stem, a slice of the word.
    pub rest: &'a str,
    pub suffix: Suffix,
    /// Ends in the particle -nya.
    pub nya: bool,
    /// Flags of the stem when it is in the stem list.
    pub flags: Option<u8>,
}

impl Analysis<'_> {
    /// The stem as text.
    pub fn stem(&self) -> String {
        let mut s = String::with_capacity(self.restore.len() + self.rest.len());
        s.push_str(self.restore);
        s.push_str(self.rest);
        s
    }

    /// The stem is in the stem list.
    pub fn known(&self) -> bool {
        self.flags.is_some()
    }

    /// The stem list gives this flag.
    pub fn has(&self, flag: u8) -> bool {
        self.flags.is_some_and(|f| f & flag != 0)
    }

    /// The stem equals `s`.
    pub fn stem_is(&self, s: &str) -> bool {
        s.len() == self.restore.len() + self.rest.len()
            && s.starts_with(self.restore)
            && s.ends_with(self.rest)
    }
}

/// The stem of a word, e.g. "menyusun" → "susun", "pengawasan" → "awas".
pub fn stem(word: &str) -> String {
    let lower = crate::core::huruf::kecil(word.trim());
    analyse(&lower).stem()
}

/// One way to read a prefix: which prefix, the letter a nasal replaced, bytes consumed.
#[derive(Clone, Copy)]
struct Opt {
    prefix: Prefix,
    restore: &'static str,
    skip: usize,
}

const MAX_OPTS: usize = 4;

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The ways `w` may start with a prefix, most likely first.
fn prefix_options(w: &[u8], out: &mut [Opt; MAX_OPTS]) -> usize {
    let mut n = 0;
    let mut push = |prefix: Prefix, restore: &'static str, skip: usize| {
        if n < MAX_OPTS && w.len() > skip + 1 {
            out[n] = Opt {
                prefix,
                restore,
                skip,
            };
            n += 1;
        }
    };
    let at = |i: usize| w.get(i).copied().unwrap_or(0);
    if w.starts_with(b"me") {
        if w.starts_with(b"memper") {
            push(Prefix::Memper, "", 6);
        }
        if !nasal(w, Prefix::MeN, &mut push) {
            if matches!(at(2), b'l' | b'r' | b'w' | b'y' | b'm' | b'n') {
                push(Prefix::MeN, "", 2);
            }
        } else if w.starts_with(b"meny") && is_vowel(at(4)) {
            push(Prefix::MeN, "ny", 4);
        }
    } else if w.starts_with(b"be") {
        if w.starts_with(b"ber") {
            push(Prefix::Ber, "", 3);
            push(Prefix::Ber, "", 2);
        } else if w.starts_with(b"belajar") {
            push(Prefix::Ber, "", 3);
        } else if at(3) == b'e' && at(4) == b'r' {
            // be-kerja, be-ternak: ber- loses its r before a syllable with -er-.
            push(Prefix::Ber, "", 2);
        }
    } else if w.starts_with(b"di") {
        if w.starts_with(b"diper") {
            push(Prefix::Diper, "", 5);
        }
        push(Prefix::Di, "", 2);
    } else if w.starts_with(b"ter") {
        push(Prefix::Ter, "", 3);
        push(Prefix::Ter, "", 2);
    } else if w.starts_with(b"ke") {
        push(Prefix::Ke, "", 2);
    } else if w.starts_with(b"pe") {
        if w.starts_with(b"pemr") {
            // pemrosesan, pemrograman: a loan cluster keeps its p as m.
            push(Prefix::PeN, "p", 3);
        } else if nasal(w, Prefix::PeN, &mut push) {
        } else if w.starts_with(b"per") {
            push(Prefix::Per, "", 3);
            push(Prefix::PeN, "", 2);
        } else {
            push(Prefix::PeN, "", 2);
        }
    }
    n
}

/// The nasal of meN- and peN- (the same sound rules), read from its third letter: which
/// stem letter it replaced. `menyusun`/`penyusunan` → s, `mengelola` → k or none,
/// `memberi` → none, `menulis` → t. Returns false when no nasal pattern matches.
fn nasal(w: &[u8], prefix: Prefix, push: &mut impl FnMut(Prefix, &'static str, usize)) -> bool {
    let at = |i: usize| w.get(i).copied().unwrap_or(0);
    let rest = w.get(2..).unwrap_or_default();
    if rest.starts_with(b"ny") && is_vowel(at(4)) {
        push(prefix, "s", 4);
    } else if rest.starts_with(b"nge") && !is_vowel(at(5)) {
        // menge-cek (one-syllable stems), meng-elola (k dropped), meng-evaluasi.
        push(prefix, "", 5);
        push(prefix, "", 4);
        push(prefix, "k", 4);
    } else if rest.starts_with(b"ng") && is_vowel(at(4)) {
        push(prefix, "", 4);
        push(prefix, "k", 4);
    } else if rest.starts_with(b"ng") && matches!(at(4), b'g' | b'h' | b'k') {
        push(prefix, "", 4);
    } else if at(2) == b'm' && matches!(at(3), b'b' | b'f' | b'v' | b'p') {
        push(prefix, "", 3);
    } else if at(2) == b'm' && is_vowel(at(3)) {
        push(prefix, "p", 3);
        push(prefix, "", 2);
    } else if at(2) == b'n' && matches!(at(3), b'd' | b'c' | b'j' | b'z' | b's' | b't') {
        push(prefix, "", 3);
    } else if at(2) == b'n' && is_vowel(at(3)) {
        push(prefix, "t", 3);
        push(prefix, "", 2);
    } else {
        return false;
    }
    true
}

/// Suffix readings of a word: the part before them, the suffix, and whether -nya was cut.
fn suffix_options<'a>(w: &'a str, out: &mut [(&'a str, Suffix, bool); 10]) -> usize {
    let mut n = 0;
    let mut bases: [(&'a str, bool); 2] = [(w, false), ("", false)];
    let mut nb = 1;
    if w.len() >= 6 && w.ends_with("nya") {
        bases[0] = (&w[..w.len() - 3], true);
        bases[1] = (w, false);
        nb = 2;
    }
    for &(b, nya) in &bases[..nb] {
        if b.len() >= 6 && b.ends_with("kan") {
            out[n] = (&b[..b.len() - 3], Suffix::Kan, nya);
            n += 1;
        }
        if b.len() >= 5 && b.ends_with("an") {
            out[n] = (&b[..b.len() - 2], Suffix::An, nya);
            n += 1;
        }
        out[n] = (b, Suffix::None, nya);
        n += 1;
        if b.len() >= 5 && b.ends_with('i') {
            out[n] = (&b[..b.len() - 1], Suffix::I, nya);
            n += 1;
        }
    }
    n
}

/// A prefix that may sit inside another (ke-ter-, ke-ber-, pem-ber-, di-ber-).
fn inner_options(outer: Prefix, rest: &[u8], out: &mut [Opt; MAX_OPTS]) -> usize {
    let allowed = match outer {
        Prefix::Ke => {
            rest.starts_with(b"ter") || rest.starts_with(b"ber") || rest.starts_with(b"pe")
        }
        Prefix::PeN | Prefix::MeN | Prefix::Di => rest.starts_with(b"ber"),
        _ => false,
    };
    if !allowed {
        return 0;
    }
    prefix_options(rest, out)
}

/// Analyses one lower-case word. Words that are not plain ASCII letters come back as an
/// unknown root.
pub fn analyse(word: &str) -> Analysis<'_> {
    let bare = Analysis {
        prefix: Prefix::None,
        inner: Prefix::None,
        restore: "",
        rest: word,
        suffix: Suffix::None,
        nya: false,
        flags: None,
    };
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return bare;
    }
    if let Some(flags) = stem_flags(word) {
        return Analysis {
            flags: Some(flags),
            ..bare
        };
    }
    if lexicon::has(lexicon::NOT_DERIVED, word)
        || lexicon::has(lexicon::FUNCTION, word)
        || lexicon::has(lexicon::TER_NOT_RESULT, word)
    {
        return bare;
    }
    let mut sufs = [("", Suffix::None, false); 10];
    let ns = suffix_options(word, &mut sufs);
    let mut guess: Option<Analysis> = None;
    for &(base, suffix, nya) in &sufs[..ns] {
        if suffix != Suffix::None || nya {
            if let Some(flags) = stem_flags(base) {
                return Analysis {
                    rest: base,
                    suffix,
                    nya,
                    flags: Some(flags),
                    ..bare
                };
            }
            if lexicon::has(lexicon::NOT_DERIVED, base) {
                return Analysis {
                    rest: base,
                    suffix,
                    nya,
                    ..bare
                };
            }
        }
        let mut opts = [Opt {
            prefix: Prefix::None,
            restore: "",
            skip: 0,
        }; MAX_OPTS];
        let n = prefix_options(base.as_bytes(), &mut opts);
        for o in &opts[..n] {
            let rest = &base[o.skip..];
            let found = Analysis {
                prefix: o.prefix,
                inner: Prefix::None,
                restore: o.restore,
                rest,
                suffix,
                nya,
                flags: None,
            };
            if let Some(flags) = stem_flags2(o.restore, rest) {
                return Analysis {
                    flags: Some(flags),
                    ..found
                };
            }
            if o.restore.is_empty() {
                let mut inner = [Opt {
                    prefix: Prefix::None,
                    restore: "",
                    skip: 0,
                }; MAX_OPTS];
                let m = inner_options(o.prefix, rest.as_bytes(), &mut inner);
                for i in &inner[..m] {
                    let rest2 = &rest[i.skip..];
                    if let Some(flags) = stem_flags2(i.restore, rest2) {
                        return Analysis {
                            inner: i.prefix,
                            restore: i.restore,
                            rest: rest2,
                            flags: Some(flags),
                            ..found
                        };
                    }
                }
            }
            if guess.is_none() && plausible_stem(o.restore, rest) {
                guess = Some(found);
            }
        }
    }
    guess.unwrap_or(bare)
}

/// A guessed stem must look like a word: three letters or more, with a vowel.
fn plausible_stem(restore: &str, rest: &str) -> bool {
    restore.len() + rest.len() >= 3 && rest.bytes().any(is_vowel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(w: &str) -> String {
        stem(w)
    }

    #[test]
    fn stems_of_common_forms() {
        assert_eq!(st("menyusun"), "susun");
        assert_eq!(st("mengelola"), "kelola");
        assert_eq!(st("memberikan"), "beri");
        assert_eq!(st("mengoordinasikan"), "koordinasi");
        assert_eq!(st("mengkoordinasikan"), "koordinasi");
        assert_eq!(st("penyusunan"), "susun");
        assert_eq!(st("tersusunnya"), "susun");
        assert_eq!(st("pengawasan"), "awas");
        assert_eq!(st("pengelolaan"), "kelola");
        assert_eq!(st("melaksanakan"), "laksana");
        assert_eq!(st("terlaksananya"), "laksana");
        assert_eq!(st("meningkatnya"), "tingkat");
        assert_eq!(st("menurunnya"), "turun");
        assert_eq!(st("berkurangnya"), "kurang");
        assert_eq!(st("terpenuhinya"), "penuh");
        assert_eq!(st("tersedianya"), "sedia");
        assert_eq!(st("ketersediaan"), "sedia");
        assert_eq!(st("keberhasilan"), "hasil");
        assert_eq!(st("kepuasan"), "puas");
        assert_eq!(st("mengikuti"), "ikut");
        assert_eq!(st("menghadiri"), "hadir");
        assert_eq!(st("memantau"), "pantau");
        assert_eq!(st("memfasilitasi"), "fasilitasi");
        assert_eq!(st("memverifikasi"), "verifikasi");
        assert_eq!(st("mendampingi"), "damping");
        assert_eq!(st("menyiapkan"), "siap");
        assert_eq!(st("mengembangkan"), "kembang");
        assert_eq!(st("menerima"), "terima");
        assert_eq!(st("memeriksa"), "periksa");
        assert_eq!(st("menyampaikan"), "sampai");
        assert_eq!(st("mengecek"), "cek");
        assert_eq!(st("perencanaan"), "rencana");
        assert_eq!(st("pelaksanaan"), "laksana");
        assert_eq!(st("pemeriksaan"), "periksa");
        assert_eq!(st("penanganan"), "tangan");
        assert_eq!(st("pembinaan"), "bina");
        assert_eq!(st("memperbaiki"), "baik");
        assert_eq!(st("berkoordinasi"), "koordinasi");
        assert_eq!(st("bekerja"), "kerja");
        assert_eq!(st("diproses"), "proses");
        assert_eq!(st("terealisasi"), "realisasi");
        assert_eq!(st("Tersusunnya"), "susun");
        assert_eq!(st("MENYUSUN"), "susun");
    }

    #[test]
    fn roots_are_not_split() {
        assert_eq!(st("pegawai"), "pegawai");
        assert_eq!(st("dinas"), "dinas");
        assert_eq!(st("menteri"), "menteri");
        assert_eq!(st("kelola"), "kelola");
        assert_eq!(st("berkas"), "berkas");
    }

    #[test]
    fn prefixes_are_recognised() {
        assert_eq!(analyse("menyusun").prefix, Prefix::MeN);
        assert_eq!(analyse("memperbaiki").prefix, Prefix::Memper);
        assert_eq!(analyse("tersusunnya").prefix, Prefix::Ter);
        assert!(analyse("tersusunnya").nya);
        assert_eq!(analyse("pengawasan").prefix, Prefix::PeN);
        assert_eq!(analyse("pengawasan").suffix, Suffix::An);
        assert_eq!(analyse("kepuasan").prefix, Prefix::Ke);
        assert_eq!(analyse("ketersediaan").inner, Prefix::Ter);
        assert_eq!(analyse("dikelola").prefix, Prefix::Di);
        // An unknown stem still shows its prefix shape.
        let a = analyse("mengakomodirkan");
        assert_eq!(a.prefix, Prefix::MeN);
        assert_eq!(analyse("media").prefix, Prefix::None);
        assert_eq!(analyse("metode").prefix, Prefix::None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for w in [
            "", "m", "me", "meny", "menge", "nya", "kan", "é", "ménulis", "peng", "ter", "x-y",
        ] {
            let _ = analyse(w);
            let _ = stem(w);
        }
    }
}
