//! Text normalisation and blake3 content ids.
//!
//! Two texts that differ only in case, punctuation, quote style, dashes, spacing or Unicode
//! compatibility forms normalise to the same string and so get the same id (the rule Quotebank
//! uses to merge quotations). Punctuation inside numbers (`3.5`, `1,200`) is kept, because it
//! changes the number.
//!
//! ```
//! use whosaid::hash::{normalize, content_id};
//! assert_eq!(normalize("“It’s  OVER,” — he said…"), "it's over he said");
//! assert_eq!(content_id("It's over."), content_id("“it’s over”"));
//! assert_eq!(normalize("$1,200.50 in 2019"), "1,200.50 in 2019");
//! ```

use unicode_normalization::UnicodeNormalization;

/// The key blake3 derives content ids with; change it only with a new scheme version.
const ID_CONTEXT: &str = "whosaid 2026-11 content id v1";

/// The key of statistics' ids: a statistic's clause is often a reported claim too, in the same
/// words, and the two ids must differ.
const STATISTIC_ID_CONTEXT: &str = "whosaid 2026-12 statistic id v1";

/// Normalises text for identity: NFKC, lower case, apostrophes straightened, punctuation
/// dropped (except between digits), whitespace collapsed to single spaces.
pub fn normalize(text: &str) -> String {
    let chars: Vec<char> = if text.is_ascii() {
        // NFKC leaves ASCII as it is, so plain lower-casing gives the same characters, faster.
        text.bytes().map(|b| char::from(b.to_ascii_lowercase())).collect()
    } else {
        text.nfkc().flat_map(char::to_lowercase).collect()
    };
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' | '\u{00b4}' => '\'',
            _ => c,
        };
        let keep = if c.is_alphanumeric() {
            true
        } else if c == '\'' {
            // An apostrophe inside a word (it's, O'Brien) is part of it; quote marks are not.
            let before = i > 0 && chars[i - 1].is_alphanumeric();
            let after = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            before && after
        } else if matches!(c, '.' | ',') {
            let before = i > 0 && chars[i - 1].is_ascii_digit();
            let after = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            before && after
        } else {
            false
        };
        if keep {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else if c.is_whitespace() || !c.is_alphanumeric() {
            // Punctuation separates words as a space does ("over—he" is two words).
            pending_space = true;
        }
    }
    out
}

/// A 32-byte blake3 content id, shown as 64 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentId(pub [u8; 32]);

impl ContentId {
    /// The id as lowercase hex.
    pub fn to_hex(&self) -> String {
        blake3::Hash::from_bytes(self.0).to_hex().to_string()
    }
}

impl std::fmt::Display for ContentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// The content id of a text: blake3 of its normalised form.
pub fn content_id(text: &str) -> ContentId {
    raw_id(&normalize(text))
}

/// The id of an already normalised string (no normalisation applied).
pub fn raw_id(normalized: &str) -> ContentId {
    derived_id(ID_CONTEXT, normalized)
}

/// The id of a statistic: blake3 of the normalised clause that states it, under a key of its
/// own, so that it is never the id of a claim in the same words.
///
/// ```
/// use whosaid::hash::{content_id, statistic_id};
/// let clause = "The bridge will cost $2.4 million";
/// assert_eq!(statistic_id(clause), statistic_id("the bridge will cost $2.4 million."));
/// assert_ne!(statistic_id(clause), content_id(clause));
/// ```
pub fn statistic_id(clause: &str) -> ContentId {
    derived_id(STATISTIC_ID_CONTEXT, &normalize(clause))
}

fn derived_id(context: &str, normalized: &str) -> ContentId {
    let mut hasher = blake3::Hasher::new_derive_key(context);
    hasher.update(normalized.as_bytes());
    ContentId(*hasher.finalize().as_bytes())
}
