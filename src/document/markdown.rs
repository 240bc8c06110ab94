//! Markdown as news pages are commonly saved: a `# ` title, a `By [A](…) and [B](…)` byline,
//! a date line, inline links, emphasis, backslash escapes, a closing `Original url: <…>` line.
//! Image lines, image credits, "Related article" lines, headings, rules and tables are not body
//! text and are left out. Each link keeps its anchor text, its href and its place in the body.

use super::dates::parse_date;
use super::{BodyBuilder, Error};
use crate::model::{Document, Metadata};
use std::borrow::Cow;

/// Whether the start of a file looks like Markdown rather than plain text.
pub(super) fn looks_like_markdown(head: &str) -> bool {
    head.lines().any(|l| l.starts_with("# ") || l.starts_with("## "))
        || (head.contains("](") && head.contains('['))
        || head.contains("**")
}

pub(super) fn read(text: &str) -> Result<Document, Error> {
    let mut meta = Metadata::default();
    let mut body = BodyBuilder::default();
    let mut body_started = false;
    let mut want_url = false;
    for block in blocks(text) {
        let first = block[0].trim();
        if want_url {
            want_url = false;
            if let Some(url) = autolink(first) {
                meta.url = Some(url.to_string());
                continue;
            }
        }
        if let Some(heading) = heading_text(first) {
            if meta.title.is_none() && !body_started && first.starts_with("# ") {
                meta.title = Some(plain(heading));
            }
            continue;
        }
        // Most blocks are one line, which is read as it stands.
        let joined: Cow<str> = match block[..] {
            [line] => Cow::Borrowed(line.trim()),
            _ => Cow::Owned(block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")),
        };
        if let Some(rest) = strip_prefix_ci(&joined, "original url:") {
            match autolink(rest.trim()).or((!rest.trim().is_empty()).then_some(rest.trim())) {
                Some(url) => meta.url = Some(url.to_string()),
                None => want_url = true,
            }
            continue;
        }
        if !body_started
            && meta.authors.is_empty()
            && let Some(rest) = strip_prefix_ci(&joined, "by ")
        {
            meta.authors = authors(rest);
            continue;
        }
        if !body_started
            && meta.published.is_none()
            && let Some(date) = parse_date(&plain(&joined))
        {
            meta.published = Some(date);
            continue;
        }
        if is_furniture(&joined) {
            continue;
        }
        // List items and block quotes are paragraphs of their own.
        for line in &block {
            let line = line.trim();
            if let Some(item) = list_item(line) {
                body.end_paragraph();
                inline(item, &mut body);
                body.end_paragraph();
            } else {
                inline(line.trim_start_matches('>').trim_start(), &mut body);
                body.push_text(" ");
            }
        }
        body.end_paragraph();
        body_started = true;
    }
    Ok(body.finish(meta))
}

/// Groups lines into blocks separated by blank lines.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn heading_text(line: &str) -> Option<&str> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    (1..=6).contains(&hashes).then(|| line[hashes..].strip_prefix(' ')).flatten().map(str::trim)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

fn autolink(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('<')?.strip_suffix('>')?;
    (inner.starts_with("http://") || inner.starts_with("https://")).then_some(inner)
}

/// Lines that belong to the page, not the article: images and their credits, "related"
/// teasers, rules, tables.
fn is_furniture(block: &str) -> bool {
    let t = block.trim();
    if t.starts_with("![") || t.starts_with('|') || t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')) {
        return true;
    }
    // The start of the block's text is compared, not the whole of it lowered. Unless a mark
    // opens the block, its text starts with its first character, which settles most blocks.
    const TEASERS: [&str; 6] = ["related article", "related:", "read more", "read also", "see also", "advertisement"];
    let may_open_teaser =
        |b: u8| MARK_BYTES[b as usize] || TEASERS.iter().any(|p| p.as_bytes()[0].eq_ignore_ascii_case(&b));
    if t.as_bytes().first().is_some_and(|&b| may_open_teaser(b)) {
        let text = plain_start(t, TEASERS.iter().map(|p| p.len()).max().unwrap_or(0));
        if TEASERS.iter().any(|p| text.get(..p.len()).is_some_and(|start| start.eq_ignore_ascii_case(p))) {
            return true;
        }
    }
    // An image credit: the block ends in a bold run that is not a sentence ("… **Name / Agency**").
    if let Some(inner) = t.strip_suffix("**")
        && let Some(open) = inner.rfind("**")
    {
        let bold = inner[open + 2..].trim();
        return !bold.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
    }
    false
}

fn list_item(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest);
        }
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && digits <= 3 {
        return line[digits..].strip_prefix(". ");
    }
    None
}

/// The authors in a byline: link anchors or plain names, split at commas and "and".
fn authors(byline: &str) -> Vec<String> {
    plain(byline)
        .replace(" and ", ",")
        .replace(" & ", ",")
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Inline Markdown reduced to its text (used for titles and metadata).
fn plain(s: &str) -> String {
    let mut body = BodyBuilder::default();
    inline(s, &mut body);
    body.finish(Metadata::default()).text
}

/// The start of `s` as `plain` reads it, at least `n` bytes of it where there are so many.
/// Where the first bytes hold no mark, they are read alone, since any mark after them is
/// written after their text: the teaser test needs a block's first words, not all of them.
fn plain_start(s: &str, n: usize) -> String {
    // Collapsed white space can make a run shorter than its bytes: four times `n` leaves room.
    let cut = super::floor_char_boundary(s, 4 * n);
    if cut < s.len() && !s.as_bytes()[..cut].iter().any(|&b| MARK_BYTES[b as usize]) {
        let start = plain(&s[..cut]);
        if start.len() >= n {
            return start;
        }
    }
    plain(s)
}

/// The bytes that may open an inline mark: a backslash escape, an image, a link, an autolink
/// or tag, code, emphasis.
const MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let marks = *b"\\![<`*_";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

/// Writes inline Markdown into the body: text with marks removed, links recorded. The text
/// between the bytes that may open a mark is written in one piece: char by char, this reader
/// was a quarter of the time spent on a Markdown article.
fn inline(s: &str, body: &mut BodyBuilder) {
    let bytes = s.as_bytes();
    // The text from `plain` on is written when a mark ends it.
    let mut plain = 0;
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| MARK_BYTES[b as usize]) {
        let pos = i + offset;
        // Where reading goes on past a mark, and what of it is written, if `pos` opens one.
        let mark: Option<(usize, &str)> = match bytes[pos] {
            b'\\' if bytes.get(pos + 1).is_some_and(u8::is_ascii_punctuation) => Some((pos + 2, &s[pos + 1..pos + 2])),
            b'!' if bytes.get(pos + 1) == Some(&b'[') => link_at(s, pos + 1).map(|(_, _, next)| (next, "")),
            b'[' => link_at(s, pos).map(|(anchor, href, next)| {
                body.push_text(&s[plain..pos]);
                plain = pos;
                body.push_link(&self::plain(anchor), href);
                (next, "")
            }),
            b'<' => s[pos..].find('>').and_then(|close| {
                let inner = &s[pos + 1..pos + close];
                if inner.starts_with("http://") || inner.starts_with("https://") {
                    body.push_text(&s[plain..pos]);
                    plain = pos;
                    body.push_link(inner, inner);
                    return Some((pos + close + 1, ""));
                }
                let tag = inner.trim_start_matches('/');
                (tag.starts_with(|c: char| c.is_ascii_alphabetic()) && !inner.contains('<'))
                    .then_some((pos + close + 1, ""))
            }),
            b'`' => Some((pos + 1, "")),
            c => {
                // '*' or '_': a run of them is a mark by a word's edge; inside a word
                // (snake_case, 5*3) or between spaces it is a character.
                let prev = s[..pos].chars().next_back();
                let run = bytes[pos..].iter().take_while(|&&b| b == c).count();
                let next = s[pos + run..].chars().next();
                let word = |ch: Option<char>| ch.is_some_and(|x| x.is_alphanumeric());
                let space = |ch: Option<char>| ch.is_none_or(char::is_whitespace);
                let is_mark = if c == b'_' && word(prev) && word(next) { false } else { !(space(prev) && space(next)) };
                is_mark.then_some((pos + run, ""))
            }
        };
        match mark {
            Some((next, kept)) => {
                body.push_text(&s[plain..pos]);
                body.push_text(kept);
                plain = next;
                i = next;
            }
            None => i = pos + 1,
        }
    }
    body.push_text(&s[plain..]);
}

/// A `[anchor](href)` starting at byte `open` (which holds `[`): the anchor, the href and the
/// byte just past the link.
fn link_at(s: &str, open: usize) -> Option<(&str, &str, usize)> {
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    let close = loop {
        match *bytes.get(i)? {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break i;
                }
            }
            _ => {}
        }
        i += 1;
    };
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let href_start = close + 2;
    let mut depth = 1usize;
    let mut j = href_start;
    while depth > 0 {
        match *bytes.get(j)? {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        j += 1;
    }
    let href = s[href_start..j - 1].trim();
    // A title after the URL: [a](http://x "title").
    let href = href.split_once(char::is_whitespace).map_or(href, |(h, _)| h);
    Some((&s[open + 1..close], href.trim_matches(['<', '>']), j))
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn title_byline_date_and_url_are_metadata() {
        let doc = read("# A Title\n\nBy [Ann Lee](https://x/ann) and Bo Park\n\nMarch 2, 2024\n\nBody text.\n\nOriginal url:\n\n<https://news.example/a>\n").unwrap();
        assert_eq!(doc.meta.title.as_deref(), Some("A Title"));
        assert_eq!(doc.meta.authors, ["Ann Lee", "Bo Park"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2024-03-02"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://news.example/a"));
        assert_eq!(doc.text, "Body text.");
    }

    #[test]
    fn links_keep_anchor_and_position() {
        let doc = read("Officials [said](https://a/b) it cost \\$5 and **more** than [the *plan*](/p).").unwrap();
        assert_eq!(doc.text, "Officials said it cost $5 and more than the plan.");
        let anchors: Vec<_> = doc.links.iter().map(|l| (&doc.text[l.span.clone()], l.href.as_str())).collect();
        assert_eq!(anchors, [("said", "https://a/b"), ("the plan", "/p")]);
    }

    #[test]
    fn furniture_is_not_body_text() {
        let doc = read("First para.\n\nA man walks. **Jane Roe / Agency**\n\n**Related article:** [Other](#)\n\n![img](x.png)\n\nLast para.").unwrap();
        assert_eq!(doc.text, "First para.\n\nLast para.");
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn snake_case_and_arithmetic_keep_their_marks() {
        let doc = read("Use file_name and 5 * 3 here.").unwrap();
        assert_eq!(doc.text, "Use file_name and 5 * 3 here.");
    }
}
