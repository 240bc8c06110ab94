//! Properties of normalisation and content ids: ids ignore case, quote style, spacing and
//! punctuation, but not words or numbers.

use proptest::prelude::*;
use whosaid::hash::{content_id, normalize};

proptest! {
    #[test]
    fn normalize_is_idempotent(s in "\\PC{0,80}") {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn case_spacing_and_quote_style_do_not_change_the_id(words in prop::collection::vec("[a-zA-Z]{1,8}", 1..12)) {
        let plain = words.join(" ");
        let dressed = format!("\u{201c}{}!\u{201d}  ", words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("  \n "));
        prop_assert_eq!(content_id(&plain), content_id(&dressed));
    }

    #[test]
    fn a_changed_word_changes_the_id(words in prop::collection::vec("[a-z]{2,8}", 2..12), at in 0usize..12) {
        let at = at % words.len();
        let mut other = words.clone();
        other[at] = format!("{}x", other[at]);
        prop_assert_ne!(content_id(&words.join(" ")), content_id(&other.join(" ")));
    }

    #[test]
    fn numbers_keep_their_inner_punctuation(a in 1u32..999, b in 0u32..999) {
        prop_assert_ne!(content_id(&format!("{a}.{b:03} people")), content_id(&format!("{a}{b:03} people")));
    }
}
