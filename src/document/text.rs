//! Plain text: the file is the body, as it is (line ends made `\n`), so offsets into the body
//! are offsets into the file. Paragraphs are split at blank lines. A short first line standing
//! alone is taken as the title, and stays in the body: headlines carry attributions too.

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
    let title = paragraphs
        .first()
        .filter(|p| paragraphs.len() > 1 && !text[(*p).clone()].contains('\n') && p.len() <= 300)
        .map(|p| text[p.clone()].trim().to_string());
    Ok(Document { text, paragraphs, links: Vec::new(), meta: Metadata { title, ..Metadata::default() } })
}
