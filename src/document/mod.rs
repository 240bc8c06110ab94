//! Readers: turn a file's bytes into a [`Document`] (body text, paragraphs, links, metadata).
//!
//! The format is told by content first and by the file name second: gzip by its magic
//! bytes, HTML by its opening tags, Markdown by its name or its marks, and plain text
//! otherwise. Bad input (empty, binary, not UTF-8, too large; a web page with no article, or
//! too many or too deeply nested elements) is an [`Error`] that says what is wrong; nothing
//! here panics on input.

mod dates;
mod html;
mod markdown;
mod text;

pub use dates::parse_date;

use crate::model::{Document, Span};
use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// The largest input accepted, after decompression.
pub const MAX_INPUT_BYTES: usize = 256 << 20;

/// Input formats whosaid reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// Why a file could not be read as an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    #[error("it is empty")]
    Empty,
    #[error("it holds no article text (only white space or markup)")]
    NoText,
    #[error("it looks like binary data, not text (a NUL byte at offset {0})")]
    Binary(usize),
    #[error("it is not valid UTF-8 (at byte {0}); convert it first, e.g. with iconv -f windows-1252 -t utf-8")]
    InvalidUtf8(usize),
    #[error("it is UTF-16 with a byte-order mark, but broken at byte {0} (half a character or a lone surrogate)")]
    InvalidUtf16(usize),
    #[error(
        "it looks like UTF-16 text with no byte-order mark (NUL bytes between letters); convert it first, e.g. with iconv -f {0} -t utf-8"
    )]
    Utf16WithoutMark(&'static str),
    #[error("it is larger than {} MiB after decompression; split it first", MAX_INPUT_BYTES >> 20)]
    TooLarge,
    #[error("it is not valid gzip: {0}")]
    Gzip(std::io::Error),
    #[error("it is a web page with no article in it (readability found no main content)")]
    NoArticle,
    #[error("it is a web page with {0} elements, too many to read as an article")]
    TooManyElements(usize),
    #[error("it is a web page that nests elements {0} deep, too deep to read as an article")]
    TooDeep(usize),
}

/// Reads a file, or standard input when `path` is `-`.
pub fn read_path(path: &Path) -> Result<Document, Error> {
    let mut bytes = Vec::new();
    let limit = MAX_INPUT_BYTES as u64 + 1;
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        let file = std::fs::File::open(path)?;
        // `take` hides the file's size from `read_to_end`, which then grew the buffer by
        // doubling and copying: room for the whole file (up to the limit) is made first.
        let size = file.metadata().map_or(0, |m| m.len().min(limit));
        bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
        file.take(limit).read_to_end(&mut bytes)?;
    }
    read_bytes(&bytes, path.to_str())
}

/// Reads an article from bytes; `name` (a file name) only breaks ties in format detection.
pub fn read_bytes(bytes: &[u8], name: Option<&str>) -> Result<Document, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    let name = name.unwrap_or("").to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    // Only a decompressed file is copied.
    let bytes: Cow<[u8]> =
        if bytes.starts_with(&[0x1f, 0x8b]) { Cow::Owned(gunzip(bytes)?) } else { Cow::Borrowed(bytes) };
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge);
    }
    let bytes = match utf16_as_utf8(&bytes)? {
        Some(text) => Cow::Owned(text.into_bytes()),
        None => bytes,
    };
    let doc = match detect(&bytes, name) {
        Format::Html => html::read(&bytes),
        format => {
            let head = &bytes[..bytes.len().min(1 << 16)];
            if let Some(at) = memchr::memchr(0, head) {
                return Err(nul_error(head, at));
            }
            let text = std::str::from_utf8(&bytes).map_err(|e| Error::InvalidUtf8(e.valid_up_to()))?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            if format == Format::Markdown { markdown::read(text) } else { text::read(text) }
        }
    }?;
    if doc.text.trim().is_empty() {
        return Err(Error::NoText);
    }
    Ok(doc)
}

/// A document from a body already laid out as whosaid lays it out (paragraphs separated by
/// blank lines), such as a version stored in the database.
pub fn from_body(text: String, meta: crate::model::Metadata) -> Document {
    let paragraphs = paragraphs_of(&text);
    Document { text, paragraphs, links: Vec::new(), meta }
}

/// Tells the format from the content, then the name.
pub fn detect(bytes: &[u8], name: &str) -> Format {
    let head = &bytes[..bytes.len().min(4096)];
    // The head is decoded (replacing broken characters) only when it is looked at beyond its
    // first character: decoding it took a third of the time to read a plain text file.
    let decoded = || String::from_utf8_lossy(head);
    // Every mark of HTML opens with a tag; other text is not lowercased to be looked at.
    if opens_with_tag(head) {
        let head = trimmed(&decoded()).to_ascii_lowercase();
        if head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.starts_with("<?xml") && head.contains("<html")
            || head.contains("<body")
            || head.contains("<head")
            || head.contains("<div")
            || head.contains("<p>")
        {
            return Format::Html;
        }
    }
    if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
        return Format::Html;
    }
    if name.ends_with(".md") || name.ends_with(".markdown") {
        return Format::Markdown;
    }
    if name.ends_with(".txt") {
        return Format::Text;
    }
    if markdown::looks_like_markdown(trimmed(&decoded())) { Format::Markdown } else { Format::Text }
}

/// Whether the text of `head` (up to its first byte that is not UTF-8) opens with `<` after
/// byte-order marks and white space. The first bytes settle it unless they are all marks and
/// spaces: checking all of `head` as UTF-8 cost more than the rest of telling the format.
fn opens_with_tag(head: &[u8]) -> bool {
    const FIRST: usize = 64;
    match trimmed(valid_prefix(&head[..head.len().min(FIRST)])).chars().next() {
        Some(c) => c == '<',
        None => trimmed(valid_prefix(head)).starts_with('<'),
    }
}

/// Text without the byte-order marks and white space it opens with.
fn trimmed(head: &str) -> &str {
    head.trim_start_matches('\u{feff}').trim_start()
}

/// The bytes up to the first that is not UTF-8, as text: its first character is the decoded
/// text's (a broken one decodes to U+FFFD, which is no space and no `<`).
fn valid_prefix(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_else(|e| std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default())
}

/// Text saved as UTF-16 with a byte-order mark (as Windows Notepad and Word save it),
/// re-encoded as UTF-8 so that every reader sees UTF-8; `None` for bytes with no such mark.
fn utf16_as_utf8(bytes: &[u8]) -> Result<Option<String>, Error> {
    let from_pair: fn([u8; 2]) -> u16 = match bytes {
        [0xFF, 0xFE, ..] => u16::from_le_bytes,
        [0xFE, 0xFF, ..] => u16::from_be_bytes,
        _ => return Ok(None),
    };
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|pair| from_pair([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len());
    let mut units_read = 0;
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| Error::InvalidUtf16(2 + 2 * units_read))?;
        units_read += c.len_utf16();
        text.push(c);
    }
    if body.len() % 2 == 1 {
        return Err(Error::InvalidUtf16(bytes.len() - 1));
    }
    Ok(Some(text))
}

/// Why bytes whose `head` has a NUL at `at` are not read: UTF-16 with no mark, or binary data.
fn nul_error(head: &[u8], at: usize) -> Error {
    utf16_without_mark(head).map_or(Error::Binary(at), Error::Utf16WithoutMark)
}

/// The `iconv` name of the UTF-16 that `head` is written in when it has no byte-order mark:
/// ASCII text in UTF-16 has a NUL in every pair of bytes, on the same side.
fn utf16_without_mark(head: &[u8]) -> Option<&'static str> {
    let pairs = &head[..head.len().min(512) & !1];
    let (mut nul_first, mut nul_second) = (0, 0);
    for pair in pairs.chunks_exact(2) {
        nul_first += usize::from(pair[0] == 0 && pair[1] != 0);
        nul_second += usize::from(pair[1] == 0 && pair[0] != 0);
    }
    let most = pairs.len() / 2 * 9 / 10;
    match (nul_first, nul_second) {
        (n, _) if n > most && n > 0 => Some("utf-16be"),
        (_, n) if n > most && n > 0 => Some("utf-16le"),
        _ => None,
    }
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(Error::Gzip)?;
    Ok(out)
}

/// Builds a document's body from paragraphs one at a time, so that every reader lays out
/// text, paragraph spans and link spans the same way: white space collapsed to single
/// spaces, paragraphs separated by one blank line, empty paragraphs dropped.
#[derive(Debug, Default)]
pub(crate) struct BodyBuilder {
    doc: Document,
    /// Where the open paragraph starts, once it has text.
    open: Option<usize>,
}

impl BodyBuilder {
    /// Ends the open paragraph; the next text starts a new one.
    pub fn end_paragraph(&mut self) {
        if let Some(start) = self.open.take() {
            let end = self.doc.text.trim_end().len();
            self.doc.text.truncate(end);
            self.doc.paragraphs.push(start..end);
        }
    }

    /// Appends text to the open paragraph (opening one if needed), each run of whitespace as
    /// one space. Words with single spaces between them are written in one piece: char by
    /// char, this was a tenth of the time spent on a Markdown article.
    pub fn push_text(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let space_end = whitespace_end(s, i);
            if space_end > i {
                if self.open.is_some() && !self.doc.text.ends_with(' ') {
                    self.doc.text.push(' ');
                }
                i = space_end;
                continue;
            }
            // A run of words, each space in it single and between two words.
            let mut j = i;
            while j < bytes.len() {
                // Eight bytes at a time while they are ASCII words with single spaces inside.
                if let Some(chunk) = bytes.get(j..j + 8)
                    && is_written_as_it_stands(u64::from_le_bytes(chunk.try_into().unwrap_or_default()))
                {
                    j += 8;
                    continue;
                }
                // Most bytes are ASCII and no space: the other tests are passed by.
                if (b'!'..0x80).contains(&bytes[j]) {
                    j += 1;
                    continue;
                }
                if bytes[j] == b' ' {
                    if j + 1 < bytes.len() && whitespace_end(s, j + 1) == j + 1 {
                        j += 2;
                        continue;
                    }
                    break;
                }
                if whitespace_end(s, j) > j {
                    break;
                }
                j += 1;
            }
            self.ensure_open();
            self.doc.text.push_str(&s[i..j]);
            i = j;
        }
    }

    /// Appends a link's anchor text and records the link over exactly the anchor's words.
    pub fn push_link(&mut self, anchor: &str, href: &str) {
        let trimmed = anchor.trim();
        if trimmed.is_empty() {
            self.push_text(anchor);
            return;
        }
        if anchor.starts_with(char::is_whitespace) {
            self.push_text(" ");
        }
        self.ensure_open();
        let start = self.doc.text.len();
        self.push_text(trimmed);
        let end = self.doc.text.len();
        self.doc.links.push(crate::model::Link { span: start..end, href: href.to_string() });
        if anchor.ends_with(char::is_whitespace) {
            self.push_text(" ");
        }
    }

    /// Finishes the body; `meta` comes from the reader.
    pub fn finish(mut self, meta: crate::model::Metadata) -> Document {
        self.end_paragraph();
        self.doc.meta = meta;
        self.doc
    }

    fn ensure_open(&mut self) {
        if self.open.is_none() {
            if !self.doc.text.is_empty() {
                self.doc.text.push_str("\n\n");
            }
            self.open = Some(self.doc.text.len());
        }
    }
}

/// Whether eight bytes (read little-endian) are written as they stand: ASCII, no control
/// byte, no two spaces together and no space last (what follows it is not known here).
fn is_written_as_it_stands(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if x & HIGH != 0 {
        return false;
    }
    // With every byte below 0x80, a byte below 0x20 borrows into its high bit.
    if x.wrapping_sub(0x20 * ONES) & !x & HIGH != 0 {
        return false;
    }
    // The high bit of each space byte, exactly: zero after the XOR, and no carry reaches it.
    let y = x ^ (0x20 * ONES);
    let spaces = !((((y & !HIGH) + !HIGH) | y) | !HIGH);
    spaces & (spaces >> 8) == 0 && spaces >> 56 == 0
}

/// The end of the whitespace (as `char::is_whitespace` tells it) that starts at byte `i` of
/// `s`, or `i` when none does; an ASCII byte is told without decoding, and a byte inside a
/// char starts none.
fn whitespace_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut k = i;
    while let Some(&b) = bytes.get(k) {
        let width = match b {
            b' ' | b'\t'..=b'\r' => 1,
            0xC0.. => s[k..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
            _ => 0,
        };
        if width == 0 {
            break;
        }
        k += width;
    }
    k
}

/// The last character boundary of `text` at or before byte `at` (`at` past the end is the end):
/// where a byte budget cuts text without splitting a character.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The paragraph spans of text laid out as paragraphs separated by blank lines.
pub(crate) fn paragraphs_of(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut pos = 0;
    // The ends of the lines, each with its '\n', as `split_inclusive('\n')` gives them, found by
    // memchr's search (the `str` one reads a byte at a time).
    let unended = (!text.is_empty() && !text.ends_with('\n')).then_some(text.len());
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).chain(unended) {
        let line = &text[pos..end];
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..trim_end_at(text, pos));
            }
        } else if start.is_none() {
            start = Some(pos + (content.len() - content.trim_start().len()));
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..trim_end_at(text, pos));
    }
    out
}

fn trim_end_at(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, to_pair: fn(u16) -> [u8; 2], mark: &[u8]) -> Vec<u8> {
        mark.iter().copied().chain(text.encode_utf16().flat_map(to_pair)).collect()
    }

    #[test]
    fn utf16_with_a_byte_order_mark_reads_as_its_utf8_would() {
        let article = "# Harbor vote\n\n\"We will rebuild,\" Mayor Ana Ruiz said. Caf\u{e9} \u{1f600}.\n";
        let expected = read_bytes(article.as_bytes(), Some("a.md")).unwrap();
        for (to_pair, mark) in
            [(u16::to_le_bytes as fn(u16) -> [u8; 2], [0xFF, 0xFE]), (u16::to_be_bytes, [0xFE, 0xFF])]
        {
            let doc = read_bytes(&utf16(article, to_pair, &mark), Some("a.md")).unwrap();
            assert_eq!((doc.text, doc.meta.title), (expected.text.clone(), expected.meta.title.clone()));
        }
        let page = "<html><body><p>\"We will rebuild,\" Mayor Ana Ruiz said.</p></body></html>";
        let doc = read_bytes(&utf16(page, u16::to_le_bytes, &[0xFF, 0xFE]), Some("saved")).unwrap();
        assert!(doc.text.contains("Mayor Ana Ruiz said."), "read as HTML: {}", doc.text);
    }

    #[test]
    fn broken_utf16_names_the_byte() {
        let mut odd = utf16("Ruiz said so.", u16::to_le_bytes, &[0xFF, 0xFE]);
        odd.push(b'x');
        assert!(matches!(read_bytes(&odd, None), Err(Error::InvalidUtf16(28))));
        let mut lone_surrogate = utf16("Ruiz", u16::to_be_bytes, &[0xFE, 0xFF]);
        lone_surrogate.extend([0xD8, 0x00, 0x00, b'x']);
        assert!(matches!(read_bytes(&lone_surrogate, None), Err(Error::InvalidUtf16(10))));
    }

    #[test]
    fn utf16_without_a_mark_is_told_from_binary_data() {
        let text = "Ruiz said the harbor would be rebuilt by spring.";
        let le = utf16(text, u16::to_le_bytes, &[]);
        assert!(matches!(read_bytes(&le, Some("a.txt")), Err(Error::Utf16WithoutMark("utf-16le"))));
        let be = utf16(&format!("<html><body><p>{text}</p></body></html>"), u16::to_be_bytes, &[]);
        assert!(matches!(read_bytes(&be, Some("a.html")), Err(Error::Utf16WithoutMark("utf-16be"))));
        assert!(matches!(read_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", None), Err(Error::Binary(7))));
    }

    #[test]
    fn a_tag_opens_html_after_marks_and_spaces_but_not_after_a_broken_character() {
        let page = "<html><body><p>Ruiz said so.</p></body></html>";
        assert_eq!(detect(format!("\u{feff} \n{page}").as_bytes(), "a.txt"), Format::Html);
        assert_eq!(detect(&[b"\xff".as_slice(), page.as_bytes()].concat(), "a"), Format::Text);
        assert_eq!(detect(b"Ruiz said so.", "a.md"), Format::Markdown);
        let spaced = format!("{}{page}", " ".repeat(100));
        assert_eq!(detect(spaced.as_bytes(), "a.txt"), Format::Html);
    }

    #[test]
    fn paragraphs_end_at_blank_lines_and_at_the_end_of_the_text() {
        let spans = |text: &str| paragraphs_of(text).into_iter().map(|p| text[p].to_string()).collect::<Vec<_>>();
        assert_eq!(spans("One.\r\n  \r\n Two\nlines. \n\n\nThree"), ["One.", "Two\nlines.", "Three"]);
        assert_eq!(spans("One.\n"), ["One."]);
        assert!(spans("").is_empty() && spans("\n \n").is_empty());
    }

    /// The body text a push of `pieces` gives, written char by char as the rule says: a
    /// whitespace char is one space after a char of the open paragraph, none twice; any other
    /// char opens the paragraph.
    fn pushed_char_by_char(pieces: &[String]) -> String {
        let mut text = String::new();
        let mut open = false;
        for c in pieces.iter().flat_map(|p| p.chars()) {
            if !c.is_whitespace() {
                open = true;
                text.push(c);
            } else if open && !text.ends_with(' ') {
                text.push(' ');
            }
        }
        text
    }

    proptest::proptest! {
        #[test]
        fn push_text_writes_each_run_of_whitespace_as_one_space(pieces in proptest::collection::vec("[a-z \t\n\u{a0}\u{2009}é.\r]{0,40}", 0..6)) {
            let mut body = BodyBuilder::default();
            for p in &pieces {
                body.push_text(p);
            }
            proptest::prop_assert_eq!(body.doc.text, pushed_char_by_char(&pieces));
        }
    }
}
