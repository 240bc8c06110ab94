//! Page furniture that readability leaves inside the article content, recognised by generic
//! signs: an element's tag, its class and id words ("caption", "byline", "share", "related",
//! "ad", …), hidden elements, and paragraphs that are a call to action rather than text
//! ("READ MORE: …", "Continue Reading Below", "SIGN UP FOR OUR NEWSLETTER").

use dom_query::NodeRef;

/// Elements that never hold body text. Headings are not here: a subheading inside the
/// article is part of it (the benchmark's gold bodies keep them); the title heading is left
/// out by [`super::body`].
const FURNITURE_TAGS: &[&str] = &[
    "figure", "figcaption", "aside", "nav", "footer", "header", "form", "button", "script", "style", "noscript",
    "iframe", "svg", "template", "select", "textarea", "input", "object", "embed", "audio", "video", "canvas",
    "dialog", "menu",
];

/// Words of a class or id that mark furniture. Matched against whole words of the name
/// (split at `-`, `_`, and lower-to-upper case changes), so "ad" matches `ad-slot` and
/// `inlineAd` but not `header` or `read`.
const FURNITURE_WORDS: &[&str] = &[
    "ad", "ads", "advert", "advertisement", "adslot", "byline", "byl", "caption", "captions", "credit", "credits",
    "share", "sharing", "social", "related", "recirc", "recommended", "comment", "comments", "newsletter", "subscribe",
    "subscription", "signup", "promo", "sidebar", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "tags",
    "timestamp", "author", "authors", "popup", "modal", "rollover", "tooltip", "print",
];

/// Lower-cased openings of paragraphs that send the reader elsewhere.
const TEASER_OPENINGS: &[&str] = &[
    "read more", "see more", "see also", "related", "don't miss", "don’t miss", "also read", "read also", "more:",
    "watch:", "click here", "continue reading", "you may also like", "recommended", "sign up", "subscribe",
    "follow us", "get the", "download the",
];

/// Whether an element and everything in it is furniture. `article_len` is the length of the
/// whole article's text: an element whose class words look like furniture but that holds at
/// least half of the article (`content-with-sidebar`, `non-ad-column`) is the article.
pub(super) fn is_furniture_element(node: &NodeRef, tag: &str, article_len: usize) -> bool {
    if FURNITURE_TAGS.contains(&tag)
        || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
    {
        return true;
    }
    if node.attr("style").is_some_and(|s| s.replace(' ', "").to_ascii_lowercase().contains("display:none")) {
        return true;
    }
    let named = ["class", "id"]
        .iter()
        .filter_map(|a| node.attr(a))
        .any(|names| name_words(&names).any(|w| FURNITURE_WORDS.contains(&w.as_str())));
    named && node.text().len() * 2 < article_len
}

/// Whether a finished paragraph is a call to action. `text` is its whole text and
/// `link_chars` how many of its characters are anchor text.
pub(super) fn is_teaser(text: &str, link_chars: usize) -> bool {
    let text = text.trim();
    let chars = text.chars().count();
    if chars == 0 {
        return false;
    }
    let mostly_link = link_chars * 2 >= chars;
    let words = text.split_whitespace().count();
    // "GET FOX BUSINESS ON THE GO BY CLICKING HERE": a shouted link.
    let shouted = words >= 3 && text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    if mostly_link && shouted {
        return true;
    }
    let lower = text.to_lowercase();
    TEASER_OPENINGS.iter().any(|o| lower.starts_with(o)) && (mostly_link || words <= 6)
}

/// The words of a class or id attribute, lower-cased: `inlineAd share-bar` gives
/// `inline`, `ad`, `share`, `bar`.
fn name_words(names: &str) -> impl Iterator<Item = String> + '_ {
    names.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()).flat_map(|part| {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut prev_lower = false;
        for c in part.chars() {
            if c.is_ascii_uppercase() && prev_lower {
                words.push(std::mem::take(&mut word));
            }
            prev_lower = c.is_ascii_lowercase();
            word.push(c.to_ascii_lowercase());
        }
        words.push(word);
        words
    })
}

#[cfg(test)]
mod tests {
    use super::{is_teaser, name_words};

    #[test]
    fn class_names_split_into_words() {
        let words: Vec<String> = name_words("inlineAd share-bar article__body").collect();
        assert_eq!(words, ["inline", "ad", "share", "bar", "article", "body"]);
    }

    #[test]
    fn calls_to_action() {
        assert!(is_teaser("GET THE NEWS APP BY CLICKING HERE", 33));
        assert!(is_teaser("READ MORE: Mayor backs the plan", 20));
        assert!(is_teaser("Continue Reading Below", 0));
        assert!(!is_teaser("Related research shows that the plan will cost more than expected, officials said.", 0));
        assert!(!is_teaser("NATO", 4));
    }
}
