//! How deeply a page nests its elements, estimated from the bytes before parsing. html5ever's
//! tree builder and readability's scoring both take time that grows with the square of the
//! depth (100 000 nested `<div>`s take minutes), while real pages stay below a hundred. So
//! pathological pages are refused before they are parsed.

/// Elements that have no end tag, or whose end tag pages usually leave out (the parser closes
/// them itself), so they do not count as open.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "option", "td", "th", "tr", "dt", "dd",
];

/// The deepest run of start tags not yet closed; comments, scripts and styles are skipped.
pub(super) fn max_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found + 1;
        let rest = &html[start..];
        let Some(close) = rest.find('>') else { break };
        at = start + close + 1;
        if rest.starts_with("!--") {
            at = rest.find("-->").map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        let tag = &rest[..close];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() || tag.ends_with('/') || NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if matches!(name.as_str(), "script" | "style") {
            at = end_tag(bytes, at, &name).unwrap_or(bytes.len());
        }
    }
    deepest
}

/// Where `</name` starts (in any letter case) at or after `from`: the end of a script or style,
/// whose text may hold anything that looks like tags.
fn end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    memchr::memmem::find_iter(&bytes[from..], b"</")
        .map(|i| from + i)
        .find(|&i| bytes.get(i + 2..i + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::max_depth;

    #[test]
    fn counts_open_elements() {
        assert_eq!(max_depth("<html><body><div><p>a<br>b</p><div><span>c</span></div></div></body></html>"), 5);
        assert_eq!(
            max_depth("<div><!-- <div><div> --><script>if (a<b) { x = '<div><div>'; }</script><img src=x /></div>"),
            2
        );
        assert_eq!(max_depth(&"<div>".repeat(3000)), 3000);
    }
}
