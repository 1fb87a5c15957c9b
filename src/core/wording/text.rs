//! Splitting a phrase into lower-case words, keeping each word's place in the original
//! text as char offsets (the spans findings carry).

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    /// A "%" sign.
    Percent,
}

/// One token: char offsets in the original text and byte offsets in the lower-case copy.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    b0: usize,
    b1: usize,
    /// Byte offsets in the original text, so slicing it never walks chars.
    o0: usize,
    o1: usize,
    pub kind: TokKind,
    /// Inside parentheses: an acronym's expansion or an aside ("PHBS (Pola Hidup Bersih dan
    /// Sehat)"), never the phrase's own criterion.
    pub paren: bool,
}

/// A phrase lower-cased once and split into tokens.
pub struct Phrase<'t> {
    pub original: &'t str,
    lower: String,
    pub toks: Vec<Tok>,
    /// Length of the original in chars.
    pub chars: usize,
    /// The whole text is in capitals (a heading copied from a table).
    shouting: bool,
}

/// The char starting at byte `at`; most text is ASCII, which skips UTF-8 decoding (the
/// splitter is the hottest loop of the checker).
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        None => None,
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(at..).and_then(|t| t.chars().next()),
    }
}

impl<'t> Phrase<'t> {
    /// Splits `text`. Letters keep their count when lower-cased (one char each), so char
    /// offsets in the lower-case copy are the offsets in the original.
    pub fn new(text: &'t str) -> Self {
        let mut lower = String::with_capacity(text.len());
        let mut toks = Vec::with_capacity(16);
        let mut cur: Option<Tok> = None;
        let mut ci = 0usize;
        let mut prev_digit = false;
        let mut depth = 0u32;
        let mut any_lower = false;
        let mut ob = 0usize;
        let mut next = char_at(text, 0);
        while let Some(c) = next {
            let oe = ob + c.len_utf8();
            next = char_at(text, oe);
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            let l = crate::core::huruf::kecil_char(c);
            any_lower |= c.is_lowercase();
            let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            let joins = match l {
                _ if l.is_alphanumeric() => true,
                // Inside a word: rata-rata, kasus-kasus, ber'ulang; inside a number: 61,95.
                '-' | '\'' | '\u{2019}' => cur.is_some() && next_alnum,
                '.' | ',' => cur.is_some() && prev_digit && next_digit,
                _ => false,
            };
            let b = lower.len();
            lower.push(l);
            if joins {
                match cur.as_mut() {
                    Some(t) => {
                        t.end = ci + 1;
                        t.b1 = lower.len();
                        t.o1 = oe;
                        if !(l.is_ascii_digit() || l == '.' || l == ',') {
                            t.kind = TokKind::Word;
                        }
                    }
                    None => {
                        let kind = if l.is_ascii_digit() {
                            TokKind::Number
                        } else {
                            TokKind::Word
                        };
                        cur = Some(Tok {
                            start: ci,
                            end: ci + 1,
                            b0: b,
                            b1: lower.len(),
                            o0: ob,
                            o1: oe,
                            kind,
                            paren: depth > 0,
                        });
                    }
                }
            } else {
                if let Some(t) = cur.take() {
                    toks.push(t);
                }
                if l == '%' {
                    toks.push(Tok {
                        start: ci,
                        end: ci + 1,
                        b0: b,
                        b1: lower.len(),
                        o0: ob,
                        o1: oe,
                        kind: TokKind::Percent,
                        paren: depth > 0,
                    });
                }
            }
            prev_digit = l.is_ascii_digit();
            ci += 1;
            ob = oe;
        }
        if let Some(t) = cur.take() {
            toks.push(t);
        }
        let long_words = toks.iter().filter(|t| t.end - t.start > 6).count();
        Phrase {
            original: text,
            lower,
            toks,
            chars: ci,
            shouting: long_words > 0 && !any_lower,
        }
    }

    /// The lower-case text of token `i` ("" past the end).
    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.b0..t.b1])
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// No token at all.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Span of tokens `a..=b` in chars.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => (x.start, y.end),
            (Some(x), None) => (x.start, x.end),
            _ => (0, 0),
        }
    }

    /// Span of the whole trimmed text.
    pub fn whole(&self) -> (usize, usize) {
        let lead = self
            .original
            .chars()
            .take_while(|c| c.is_whitespace())
            .count();
        let trail = self
            .original
            .chars()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
        if lead >= self.chars {
            (0, 0)
        } else {
            (lead, self.chars - trail)
        }
    }

    /// The original text from token `i` to the end, trimmed of spaces and end punctuation.
    pub fn original_from(&self, i: usize) -> String {
        match self.toks.get(i) {
            Some(t) => self.original[t.o0..]
                .trim()
                .trim_end_matches(['.', ',', ';', ':'])
                .trim()
                .to_string(),
            None => String::new(),
        }
    }

    /// Token `i` is written in capitals ("IKM", "SAKIP", "DTKS"): an acronym, never an
    /// affixed word, whatever letters it starts with.
    pub fn is_acronym(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let mut letters = 0;
        for c in self.original[t.o0..t.o1].chars() {
            if c.is_lowercase() {
                return false;
            }
            letters += usize::from(c.is_alphabetic());
        }
        // A capitalised phrase ("PENGELOLAAN KEUANGAN") is not a row of acronyms.
        (2..=6).contains(&letters) && !self.shouting
    }

    /// The original text after token `i` up to the next token: what separates them.
    pub fn gap_after(&self, i: usize) -> &str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => &self.original[a.o1..b.o0],
            (Some(a), None) => &self.original[a.o1..],
            _ => "",
        }
    }

    /// The original text of tokens `a..=b`.
    pub fn original_span(&self, a: usize, b: usize) -> String {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => self.original.get(x.o0..y.o1).unwrap_or("").to_string(),
            (Some(x), None) => self.original[x.o0..x.o1].to_string(),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_keeps_char_offsets() {
        let p = Phrase::new("  Tersusunnya  LAPORAN, rata-rata 61,95 %.");
        let words: Vec<&str> = (0..p.len()).map(|i| p.word(i)).collect();
        assert_eq!(words, ["tersusunnya", "laporan", "rata-rata", "61,95", "%"]);
        assert_eq!(p.span(0, 0), (2, 13));
        assert_eq!(p.toks[3].kind, TokKind::Number);
        assert_eq!(p.original_span(1, 1), "LAPORAN");
    }

    #[test]
    fn non_ascii_keeps_offsets() {
        let p = Phrase::new("Évaluasi “draf” İzin");
        assert_eq!(p.word(0), "évaluasi");
        assert_eq!(p.word(1), "draf");
        assert_eq!(p.span(1, 1), (10, 14));
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn slashes_and_hyphens() {
        let p = Phrase::new("Asistensi/ pendampingan - PBG/IMB");
        let words: Vec<&str> = (0..p.len()).map(|i| p.word(i)).collect();
        assert_eq!(words, ["asistensi", "pendampingan", "pbg", "imb"]);
    }
}
