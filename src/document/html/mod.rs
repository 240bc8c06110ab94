//! Saved web pages: decode the bytes ([`charset`]), parse once with dom_query, read the
//! page's metadata ([`metadata`], [`jsonld`]) before anything changes the tree, let
//! dom_smoothie (a readability.js port) choose the article content, then lay out the body
//! and its links from that content ([`body`]).

mod body;
mod charset;
mod furniture;
mod jsonld;
mod metadata;
mod nesting;

use super::{BodyBuilder, Error};
use crate::model::Document;
use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use url::Url;

/// Pages with more elements than this are refused rather than scored: readability's work
/// grows faster than the page, and no news article comes near it.
const MAX_ELEMENTS: usize = 200_000;

/// Pages that nest elements deeper than this are refused before parsing (see [`nesting`]).
const MAX_DEPTH: usize = 1_000;

/// How far into the bytes to look for a NUL that marks binary data.
const BINARY_PROBE_BYTES: usize = 1 << 16;

pub(super) fn read(bytes: &[u8]) -> Result<Document, Error> {
    let html = charset::decode(bytes);
    // UTF-16 has NUL bytes in its ASCII; it is decoded by its byte-order mark before this check.
    let head = &html.as_bytes()[..html.len().min(BINARY_PROBE_BYTES)];
    if let Some(at) = memchr::memchr(0, head) {
        return Err(super::nul_error(head, at));
    }
    let depth = nesting::max_depth(&html);
    if depth > MAX_DEPTH {
        return Err(Error::TooDeep(depth));
    }
    let page = dom_query::Document::from(html.as_ref());
    let mut meta = metadata::read(&page);
    let base = base_url(&page, meta.url.as_deref());
    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        keep_classes: true,
        text_mode: TextMode::Raw,
        ..Config::default()
    };
    let mut readability =
        Readability::with_document(page, None, Some(config)).expect("no document URL is given, so none can be bad");
    let article = match readability.parse() {
        Ok(article) => article,
        Err(ReadabilityError::TooManyElements(found, _)) => return Err(Error::TooManyElements(found)),
        Err(_) => return Err(Error::NoArticle),
    };
    if meta.authors.is_empty() {
        meta.authors = article.byline.as_deref().map(metadata::split_byline).unwrap_or_default();
    }
    let mut text = BodyBuilder::default();
    for root in readability.doc.select("#readability-page-1").nodes() {
        body::build(root, base.as_ref(), &mut text);
    }
    let doc = text.finish(meta);
    if doc.text.is_empty() {
        return Err(Error::NoArticle);
    }
    Ok(doc)
}

/// The URL relative links are resolved against: `<base href>` (itself resolved against the
/// canonical URL), else the canonical URL.
fn base_url(page: &dom_query::Document, canonical: Option<&str>) -> Option<Url> {
    let canonical = canonical.and_then(|c| Url::parse(c).ok());
    let base_href = page.select("base[href]").nodes().first().and_then(|b| b.attr("href"));
    match (base_href, &canonical) {
        (Some(href), Some(canonical)) => canonical.join(&href).ok().or(Some(canonical.clone())),
        (Some(href), None) => Url::parse(&href).ok(),
        (None, _) => canonical,
    }
}
