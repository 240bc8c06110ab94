//! Saved web pages. (A first cut: the tag-free text of `<p>` elements; the real reader with
//! readability scoring, metadata and links replaces it.)

use super::{BodyBuilder, Error};
use crate::model::{Document, Metadata};

pub(super) fn read(bytes: &[u8]) -> Result<Document, Error> {
    let html = String::from_utf8_lossy(bytes);
    let doc = dom_query::Document::from(html.as_ref());
    let mut body = BodyBuilder::default();
    for p in doc.select("p").iter() {
        body.push_text(&p.text());
        body.end_paragraph();
    }
    let title = doc.select("title").text().trim().to_string();
    Ok(body.finish(Metadata { title: (!title.is_empty()).then_some(title), ..Metadata::default() }))
}
