//! Plain text: the file is the body, as it is (line ends made `\n`), so offsets into the body
//! are offsets into the file. Paragraphs are split at blank lines. A short first line standing
//! alone is taken as the title (with a line under it that sums the story up, its first line),
//! and stays in the body: headlines carry attributions too.

use super::{Error, paragraphs_of};
use crate::model::{Document, Metadata};

pub(super) fn read(text: &str) -> Result<Document, Error> {
    // memchr's search, as `str::contains` reads a byte at a time; one copy, cut where the
    // trailing white space starts.
    let mut text = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    text.truncate(text.trim_end().len());
    let paragraphs = paragraphs_of(&text);
    let title = paragraphs.first().filter(|_| paragraphs.len() > 1).and_then(|p| title_of(&text[p.clone()]));
    Ok(Document { text, paragraphs, links: Vec::new(), meta: Metadata { title, ..Metadata::default() } })
}

/// The title a short first paragraph gives: its line, or the first of two when a line under
/// the headline sums the story up (`Mayor cuts toll;\nVote set for May.`).
fn title_of(paragraph: &str) -> Option<String> {
    if paragraph.len() > MOST_TITLE_BYTES {
        return None;
    }
    let mut lines = paragraph.lines();
    let first = lines.next()?.trim();
    let title = match (lines.next(), lines.next()) {
        (None, _) => first,
        (Some(_), None) => first.trim_end_matches(';').trim_end(),
        _ => return None,
    };
    (!title.is_empty()).then(|| title.to_string())
}

/// The longest a title paragraph runs, headline and the line under it.
const MOST_TITLE_BYTES: usize = 300;
