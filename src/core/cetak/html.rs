//! A small HTML writer: every piece of user text goes through [`esc`], so a draft holding
//! `<script>` prints it as text.

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// User text for a table cell: escaped, line breaks kept, empty shown as "-" so the printed
/// form has no blank cells that look forgotten.
pub fn cell(s: &str) -> String {
    let t = s.trim();
    if t.is_empty() {
        "-".into()
    } else {
        esc(t).replace('\n', "<br>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_become_markup() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(cell("  "), "-");
        assert_eq!(cell("a\nb"), "a<br>b");
    }
}
