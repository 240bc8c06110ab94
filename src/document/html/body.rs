//! The article body: a walk over the content that readability chose, laying out its text
//! through [`BodyBuilder`]. Block elements make paragraphs; the title heading and page
//! furniture ([`super::furniture`]) are left out; every `<a href>` becomes a link over exactly
//! its anchor text, with the href made absolute against the page's base URL.

use super::furniture::{is_furniture_element, is_teaser};
use crate::document::BodyBuilder;
use dom_query::NodeRef;
use url::Url;

/// Elements that stand as paragraphs of their own.
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "pre", "table", "tr",
    "address", "details", "summary", "center", "h2", "h3", "h4", "h5", "h6",
];

/// One step of the walk: enter a node, or close the block element entered earlier.
enum Step<'a> {
    Enter(NodeRef<'a>),
    EndBlock,
}

/// A piece of the paragraph being collected.
enum Piece {
    Text(String),
    Link { anchor: String, href: String },
}

/// The open paragraph, held back until it ends so that a call to action can be dropped whole.
#[derive(Default)]
struct Paragraph {
    pieces: Vec<Piece>,
}

impl Paragraph {
    /// Hands the paragraph to `body` unless it is a teaser; leaves it empty.
    fn flush(&mut self, body: &mut BodyBuilder) {
        let pieces = std::mem::take(&mut self.pieces);
        let mut text = String::new();
        let mut link_chars = 0;
        for piece in &pieces {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Link { anchor, .. } => {
                    text.push_str(anchor);
                    link_chars += anchor.trim().chars().count();
                }
            }
        }
        if text.trim().is_empty() || is_teaser(&text, link_chars) {
            return;
        }
        for piece in &pieces {
            match piece {
                Piece::Text(t) => body.push_text(t),
                Piece::Link { anchor, href } => body.push_link(anchor, href),
            }
        }
        body.end_paragraph();
    }
}

/// Lays out the text under `root` into `body`. The walk keeps its own stack, so no nesting
/// depth can overflow the call stack.
pub(super) fn build(root: &NodeRef, base: Option<&Url>, body: &mut BodyBuilder) {
    let mut paragraph = Paragraph::default();
    let article_len = root.text().len();
    let mut steps = vec![Step::Enter(*root)];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::EndBlock => {
                paragraph.flush(body);
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            paragraph.pieces.push(Piece::Text(node.text().to_string()));
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let tag = node.node_name().unwrap_or_default().to_ascii_lowercase();
        // The root is readability's own wrapper; its class words say nothing about furniture.
        if tag == "h1" || (node.id != root.id && is_furniture_element(&node, &tag, article_len)) {
            continue;
        }
        match tag.as_str() {
            "a" => {
                let anchor = node.text().to_string();
                paragraph.pieces.push(match node.attr("href").and_then(|href| absolute_href(&href, base)) {
                    Some(href) => Piece::Link { anchor, href },
                    None => Piece::Text(anchor),
                });
                continue;
            }
            // Table cells and line breaks separate words but do not end a paragraph.
            "br" | "td" | "th" => paragraph.pieces.push(Piece::Text(" ".into())),
            _ => {}
        }
        if BLOCK_TAGS.contains(&tag.as_str()) {
            paragraph.flush(body);
            steps.push(Step::EndBlock);
        }
        steps.extend(node.children_it(true).map(Step::Enter));
    }
    paragraph.flush(body);
}

/// The href made absolute; `None` for a link that goes nowhere (`javascript:`, empty).
fn absolute_href(href: &str, base: Option<&Url>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.get(..11).is_some_and(|s| s.eq_ignore_ascii_case("javascript:")) {
        return None;
    }
    let resolved = match base {
        Some(base) => base.join(href),
        None => Url::parse(href),
    };
    Some(resolved.map(String::from).unwrap_or_else(|_| href.to_string()))
}
