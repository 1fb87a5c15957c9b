//! Parsing a block pasted from Google Sheets or Excel: tab-separated rows.
//!
//! Both put a cell in double quotes when it holds a line break (and then double every quote
//! inside it); a cell without one is copied raw, even when it contains quotes. So a field is
//! read as quoted only when it starts with `"` *and* its closing quote is followed by a tab,
//! a line end or the end of the text; otherwise the field is taken as typed
//! (`"Tersusunnya" laporan` stays exactly that). This is also what Excel's own paste does.

/// Rows of cells from a tab-separated block. Handles `\r\n` and `\n` (and a lone `\r`), one
/// trailing line end (spreadsheets add it) and quoted cells with `""` escapes and embedded
/// line breaks or tabs. Line breaks inside a cell come back as `\n`. Never fails: any text
/// gives some rows; an empty text gives none.
pub fn parse_tsv(text: &str) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    if text.is_empty() {
        return rows;
    }
    let mut row = Vec::new();
    let mut i = 0;
    loop {
        let (field, next) = if bytes.get(i) == Some(&b'"') {
            quoted(text, i).unwrap_or_else(|| raw(text, i))
        } else {
            raw(text, i)
        };
        row.push(field);
        i = next;
        match bytes.get(i) {
            Some(b'\t') => i += 1,
            Some(b'\r') | Some(b'\n') => {
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                rows.push(std::mem::take(&mut row));
                if i >= bytes.len() {
                    break;
                }
            }
            _ => {
                rows.push(row);
                break;
            }
        }
    }
    rows
}

/// A raw field: everything up to the next tab or line end.
fn raw(text: &str, start: usize) -> (String, usize) {
    let end = text[start..]
        .find(['\t', '\r', '\n'])
        .map_or(text.len(), |k| start + k);
    (text[start..end].to_string(), end)
}

/// A quoted field starting at the `"` at `start`, or `None` when it is not well formed
/// (no closing quote, or text right after it) and must be read raw instead.
fn quoted(text: &str, start: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut j = start + 1;
    loop {
        let q = j + text.get(j..)?.find('"')?;
        out.push_str(&text[j..q]);
        if bytes.get(q + 1) == Some(&b'"') {
            out.push('"');
            j = q + 2;
            continue;
        }
        let after = q + 1;
        return match bytes.get(after) {
            None | Some(b'\t') | Some(b'\r') | Some(b'\n') => {
                Some((out.replace("\r\n", "\n"), after))
            }
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::parse_tsv;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse_tsv(text)
    }

    fn v(expected: &[&[&str]]) -> Vec<Vec<String>> {
        expected
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn plain_rows_and_trailing_newline() {
        assert_eq!(rows("a\tb\r\nc\td\r\n"), v(&[&["a", "b"], &["c", "d"]]));
        assert_eq!(rows("a\tb\nc"), v(&[&["a", "b"], &["c"]]));
        assert_eq!(rows("a\t"), v(&[&["a", ""]]));
        assert_eq!(rows("x"), v(&[&["x"]]));
        assert!(parse_tsv("").is_empty());
        assert_eq!(rows("\n"), v(&[&[""]]));
        assert_eq!(rows("a\n\nb"), v(&[&["a"], &[""], &["b"]]));
    }

    #[test]
    fn quoted_cells_with_newlines_tabs_and_quotes() {
        let text = "\"baris 1\r\nbaris 2\"\tb\r\n\"kata \"\"kutip\"\"\ttab\"\t\"\"\r\n";
        assert_eq!(
            rows(text),
            v(&[&["baris 1\nbaris 2", "b"], &["kata \"kutip\"\ttab", ""]])
        );
    }

    #[test]
    fn quotes_not_closing_the_field_are_kept_as_typed() {
        assert_eq!(
            rows("\"Tersusunnya\" laporan\tb"),
            v(&[&["\"Tersusunnya\" laporan", "b"]])
        );
        assert_eq!(rows("\"tanpa tutup\nx"), v(&[&["\"tanpa tutup"], &["x"]]));
        assert_eq!(rows("a \"b\" c"), v(&[&["a \"b\" c"]]));
        assert_eq!(rows("\"é — ü\""), v(&[&["é — ü"]]));
    }
}
