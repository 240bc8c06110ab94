//! Typography-only differences: what a revision may change without changing what the text
//! says. Two strings with the same [`typographic_form`] differ only in white space, quote-mark
//! style, dashes, ellipses or Unicode compatibility forms, and [`classify`] names which.
//!
//! Case and punctuation are kept (unlike [`crate::hash::normalize`]): "He said no." and
//! "He said no?" are different sentences for a reader, even if they are one claim for a
//! database.
//!
//! ```
//! use whosaid::revise::typography::{classify, typographic_form, TrivialKind};
//! assert_eq!(typographic_form("“Yes” — he  said…"), typographic_form("\"Yes\" -- he said..."));
//! assert_eq!(classify("a  b", "a b"), Some(TrivialKind::Whitespace));
//! assert_eq!(classify("‘No,’ she said", "'No,' she said"), Some(TrivialKind::QuoteMarks));
//! assert_eq!(classify("no", "No"), None);
//! ```

use unicode_normalization::UnicodeNormalization;

/// What kind of trivial change a revision made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrivialKind {
    /// Only spaces, tabs or line breaks changed.
    Whitespace,
    /// Only the style of quotation marks or apostrophes changed (straight, curly, guillemets).
    QuoteMarks,
    /// Other typography: dashes, ellipses, non-breaking spaces, compatibility characters.
    Typography,
}

impl TrivialKind {
    /// The snake_case name used in JSON and HTML.
    pub fn as_str(self) -> &'static str {
        match self {
            TrivialKind::Whitespace => "whitespace",
            TrivialKind::QuoteMarks => "quote_marks",
            TrivialKind::Typography => "typography",
        }
    }
}

/// The text with every typographic choice made one fixed way: NFKC, straight quotes and
/// apostrophes, one hyphen for every dash (and no spaces around it), three dots for an
/// ellipsis, single spaces.
pub fn typographic_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkc() {
        let c = straighten_quote(c);
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_dash(c) {
            // "a — b", "a—b" and "a -- b" are one dash; spaces around it are the typesetter's.
            while out.ends_with(' ') {
                out.pop();
            }
            if !out.ends_with('-') {
                out.push('-');
            }
            pending_space = false;
            continue;
        }
        if pending_space && !out.ends_with('-') {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// The trivial change that turns `old` into `new`, or `None` when they differ in more than
/// typography (or not at all).
pub fn classify(old: &str, new: &str) -> Option<TrivialKind> {
    if old == new || typographic_form(old) != typographic_form(new) {
        return None;
    }
    if old.split_whitespace().eq(new.split_whitespace()) {
        return Some(TrivialKind::Whitespace);
    }
    let quotes_only = |s: &str| s.split_whitespace().flat_map(str::chars).map(straighten_quote).collect::<String>();
    if quotes_only(old) == quotes_only(new) { Some(TrivialKind::QuoteMarks) } else { Some(TrivialKind::Typography) }
}

fn straighten_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
        _ => c,
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}
