//! Verification: two claims' matching words, aligned word by word with `similar` (Myers, with
//! a deadline), and the class of their relation.
//!
//! The alignment's unequal stretches at either end are *trimming* when only one side has words
//! there (one quote starts or stops earlier than the other) and *edits* when both sides do
//! (the first word changed). Every unequal stretch between two equal ones is an edit. Then:
//!
//! - **identical**: no edits and no trimming (the same words once quoted fragments and
//!   contractions are accounted for, though the claim texts differ);
//! - **trimmed**: no edits, and one quote lies inside the other (at least
//!   [`MIN_SHARED_WORDS`] words), or the two overlap end to start over at least half of the
//!   shorter one and [`MIN_OVERLAP_WORDS`] words;
//! - **altered**: at most one edited word per three shared ones (at least one allowed), and the
//!   shared words cover two thirds of the shorter quote; the word diff is kept.
//!
//! Overlaps must also share [`MIN_SHARED_CONTENT_WORDS`] words outside the stopword list,
//! alterations one more (MemeTracker's filter against stock phrases such as "got to be able to").
//! A whole quote found inside another needs no such filter: a reporter chose those words.

use super::words::is_stopword;
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};
use std::time::{Duration, Instant};

/// The fewest shared words that can make two quotes related.
pub const MIN_SHARED_WORDS: usize = 4;
/// The fewest shared words of two quotes that overlap end to start.
pub const MIN_OVERLAP_WORDS: usize = 6;
/// The fewest shared words outside the stopword list, for overlaps (and one more for
/// alterations).
pub const MIN_SHARED_CONTENT_WORDS: usize = 2;
/// How long one alignment may take before it settles for an approximate diff.
const DIFF_DEADLINE: Duration = Duration::from_millis(20);

/// How one wording of a claim relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Identical,
    Trimmed,
    Altered,
}

impl Class {
    /// The lowercase name used in SQL, JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Identical => "identical",
            Class::Trimmed => "trimmed",
            Class::Altered => "altered",
        }
    }
}

/// The relation found between two wordings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub class: Class,
    /// The word diff from the first wording to the second, `git diff --word-diff` style:
    /// `[-removed-]` and `{+added+}`; trimmed ends are shown as `…` (see [`word_diff`]).
    pub diff: String,
}

/// The relation between two claims given their matching words, if they are variants of one
/// quote.
///
/// ```
/// use whosaid::matching::{compare, matching_words, Class};
/// let told = matching_words("We have come a long way in the last nine months");
/// let retold = matching_words("We have come a pretty long way in the last nine months");
/// let found = compare(&told, &retold).unwrap();
/// assert_eq!(found.class, Class::Altered);
/// assert_eq!(found.diff, "we have come a {+pretty+} long way in the last nine months");
/// ```
pub fn compare(first: &[String], second: &[String]) -> Option<Relation> {
    let ops = align(first, second);
    let equal_at: Vec<usize> =
        ops.iter().enumerate().filter(|(_, op)| matches!(op, DiffOp::Equal { .. })).map(|(i, _)| i).collect();
    let (&first_equal, &last_equal) = (equal_at.first()?, equal_at.last()?);
    let mut edits = 0;
    let mut trimmed_first = false;
    let mut trimmed_second = false;
    for (idx, op) in ops.iter().enumerate() {
        let (_, old, new) = op.as_tag_tuple();
        let (old_len, new_len) = (old.len(), new.len());
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        let at_end = idx < first_equal || idx > last_equal;
        if at_end && (old_len == 0 || new_len == 0) {
            trimmed_first |= old_len > 0;
            trimmed_second |= new_len > 0;
        } else {
            edits += old_len.max(new_len);
        }
    }
    let shared_words: Vec<&str> = ops
        .iter()
        .filter(|op| matches!(op, DiffOp::Equal { .. }))
        .flat_map(|op| first[op.old_range()].iter().map(String::as_str))
        .collect();
    let shared = shared_words.len();
    let content = shared_words.iter().filter(|w| !is_stopword(w)).count();
    let shorter = first.len().min(second.len());
    let overlap = trimmed_first && trimmed_second;
    let related = if edits == 0 && !overlap {
        shared >= MIN_SHARED_WORDS
    } else if edits == 0 {
        shared >= MIN_OVERLAP_WORDS && shared * 2 >= shorter && content >= MIN_SHARED_CONTENT_WORDS
    } else {
        edits <= (shared / 3).max(1) && shared * 3 >= shorter * 2 && content > MIN_SHARED_CONTENT_WORDS
    };
    if !related {
        return None;
    }
    let class = match (edits, trimmed_first || trimmed_second) {
        (0, false) => Class::Identical,
        (0, true) => Class::Trimmed,
        _ => Class::Altered,
    };
    Some(Relation { class, diff: word_diff(first, second, &ops) })
}

/// The word diff of two wordings from their alignment: equal words as they are, edits as
/// `[-old-]{+new+}`, and words that only one side has at either end as `…` (trimming is not
/// a change of wording).
pub fn word_diff(first: &[String], second: &[String], ops: &[DiffOp]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let last = ops.len().saturating_sub(1);
    for (idx, op) in ops.iter().enumerate() {
        let old = first[op.old_range()].join(" ");
        let new = second[op.new_range()].join(" ");
        let at_end = idx == 0 || idx == last;
        match op {
            DiffOp::Equal { .. } => parts.push(old),
            DiffOp::Delete { .. } | DiffOp::Insert { .. } if at_end => parts.push("…".to_string()),
            DiffOp::Delete { .. } => parts.push(format!("[-{old}-]")),
            DiffOp::Insert { .. } => parts.push(format!("{{+{new}+}}")),
            DiffOp::Replace { .. } => parts.push(format!("[-{old}-] {{+{new}+}}")),
        }
    }
    parts.join(" ")
}

/// The word-level alignment of two wordings.
pub fn align(first: &[String], second: &[String]) -> Vec<DiffOp> {
    let deadline = Instant::now() + DIFF_DEADLINE;
    capture_diff_slices_deadline(Algorithm::Myers, first, second, Some(deadline))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::matching_words;

    fn class(first: &str, second: &str) -> Option<Class> {
        compare(&matching_words(first), &matching_words(second)).map(|r| r.class)
    }

    #[test]
    fn a_quote_inside_a_longer_one_is_trimmed_whichever_comes_first() {
        let full =
            "Trump has been disrespecting our veterans, proving he is temperamentally unfit to be commander in chief.";
        let part = "temperamentally unfit to be commander-in-chief.";
        assert_eq!(class(full, part), Some(Class::Trimmed));
        assert_eq!(class(part, full), Some(Class::Trimmed));
    }

    #[test]
    fn one_changed_word_is_altered_and_kept_in_the_diff() {
        let said = matching_words("The bridge will open in May, and the works stay on budget");
        let misquoted = matching_words("The bridge will open in June, and the works stay on budget");
        let found = compare(&said, &misquoted).unwrap();
        assert_eq!(found.class, Class::Altered);
        assert_eq!(found.diff, "the bridge will open in [-may-] {+june+} and the works stay on budget");
    }

    #[test]
    fn contractions_and_quoted_fragments_are_identical() {
        assert_eq!(class("We're going to build a wall,", "We are going to build a wall"), Some(Class::Identical));
        assert_eq!(class("the plan \"a waste of public money\"", "a waste of public money"), Some(Class::Identical));
    }

    #[test]
    fn overlapping_excerpts_are_trimmed_when_they_share_most_words() {
        let one = "Well, to be candid, I'm just not ready to do that at this point,";
        let two = "I'm just not ready to do that at this point. I'm not there right now,";
        assert_eq!(class(one, two), Some(Class::Trimmed));
    }

    #[test]
    fn stock_phrases_and_different_endings_do_not_match() {
        assert_eq!(class("disrespectful to the men and women who serve", "owes it to the men and women"), None);
        assert_eq!(
            class("always run a lean campaign and will continue to do so", "And I will continue to do so."),
            None
        );
        assert_eq!(class("They have got to be able to win.", "You've got to be able to adapt,"), None);
        assert_eq!(class("Not going to go into that.", "not going to go into what my campaign is doing."), None);
    }
}
