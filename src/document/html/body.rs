//! The article body: a walk over the content that readability chose, laying out its text
//! through [`BodyBuilder`]. Block elements make paragraphs; page furniture that readability
//! keeps (headings, figures and captions, bylines, share widgets, related-article lists,
//! comments, navigation) is left out; every `<a href>` becomes a link over exactly its anchor
//! text, with the href made absolute against the page's base URL.

use crate::document::BodyBuilder;
use dom_query::NodeRef;
use url::Url;

/// Elements that never hold body text.
const SKIPPED_TAGS: &[&str] = &[
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "aside", "nav", "footer", "header", "form", "button", "script", "style",
    "noscript", "iframe", "svg", "template", "select", "textarea", "input", "object", "embed", "audio", "video", "canvas", "dialog",
    "menu",
];

/// Elements that stand as paragraphs of their own.
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "pre", "table", "tr", "address",
    "details", "summary", "center",
];

/// One step of the walk: enter a node, or close the block element entered earlier.
enum Step<'a> {
    Enter(NodeRef<'a>),
    EndBlock,
}

/// Lays out the text under `root` into `body`. The walk keeps its own stack, so no nesting
/// depth can overflow the call stack.
pub(super) fn build(root: &NodeRef, base: Option<&Url>, body: &mut BodyBuilder) {
    let mut steps = vec![Step::Enter(root.clone())];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::EndBlock => {
                body.end_paragraph();
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            body.push_text(&node.text());
            continue;
        }
        if !node.is_element() && !node.is_document() && !node.is_fragment() {
            continue;
        }
        let name = node.node_name().unwrap_or_default().to_ascii_lowercase();
        if SKIPPED_TAGS.contains(&name.as_str()) {
            continue;
        }
        match name.as_str() {
            "a" => {
                let anchor = node.text();
                match node.attr("href").and_then(|href| absolute_href(&href, base)) {
                    Some(href) => body.push_link(&anchor, &href),
                    None => body.push_text(&anchor),
                }
                continue;
            }
            // Table cells and line breaks separate words but do not end a paragraph.
            "br" | "td" | "th" => body.push_text(" "),
            _ => {}
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            body.end_paragraph();
            steps.push(Step::EndBlock);
        }
        steps.extend(node.children_it(true).map(Step::Enter));
    }
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
