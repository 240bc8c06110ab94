//! Verification: two claims' matching words, aligned word by word with `similar` (Myers, with
//! a deadline), and the class of their relation.
//!
//! The alignment's unequal stretches at either end are *trimming* when only one side has words
//! there (one quote starts or stops earlier than the other) and *edits* when both sides do
//! (the first word changed). Every unequal stretch between two equal ones is an edit. Then:
//!
//! - **identical**: no edits and no trimming (the same words once quoted fragments,
//!   contractions and words written apart, hyphenated or joined are accounted for, though the
//!   claim texts differ);
//! - **trimmed**: no edits, and one quote lies inside the other (at least
//!   [`MIN_SHARED_WORDS`] words), or the two overlap end to start over at least half of the
//!   shorter one and [`MIN_OVERLAP_WORDS`] words;
//! - **altered**: at most one edited word per three shared ones (at least one allowed), at
//!   least [`MIN_SHARED_WORDS`] shared words covering two thirds of the shorter quote, and twice
//!   as many content words shared as changed ("this man is totally, thoroughly unqualified to be
//!   president" is not "this man is running to be president": what changed is what it says);
//!   the word diff is kept.
//!
//! Overlaps must also share [`MIN_SHARED_CONTENT_WORDS`] words outside the stopword list,
//! alterations one more (MemeTracker's filter against stock phrases such as "got to be able to").
//! A whole quote found inside another needs no such filter: a reporter chose those words.
//!
//! Claims are compared as [`Wording`]s ([`compare_wordings`]): when a mixed quote quotes several
//! fragments, one of them found whole inside the other claim makes the two trimmed too. Words
//! that are the reporter's (reported speech) are held to more: they are no quote a reporter chose
//! to repeat but common phrasing ("the former secretary of state"), so a relation must share at
//! least [`MIN_REPORTED_WORDS`] of them, and two thirds.

use super::words::{Wording, is_stopword};
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};
use std::time::{Duration, Instant};

/// The fewest shared words that can make two quotes related.
pub const MIN_SHARED_WORDS: usize = 5;
/// The fewest shared words of two quotes that overlap end to start. At eight, stock phrases
/// with other words around them made one claim: among the PolNeAR articles, the four relations
/// that nine drops ("there's a special place in hell for", "to serve as president of the
/// United States").
pub const MIN_OVERLAP_WORDS: usize = 9;
/// The fewest shared words of a wording that is the reporter's.
pub const MIN_REPORTED_WORDS: usize = 8;
/// The fewest shared words outside the stopword list, for overlaps (and one more for
/// alterations).
pub const MIN_SHARED_CONTENT_WORDS: usize = 2;
/// The most words next to the shared run that count as a changed first or last word; more on
/// both sides make two excerpts that only overlap.
pub const EDGE_EDIT_WORDS: usize = 2;
/// The fewest words of a shared run that can anchor the core of an alignment.
pub const ANCHOR_WORDS: usize = 3;
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
    /// The words both wordings have, in order.
    pub shared: Vec<String>,
    /// The word diff from the first wording to the second, `git diff --word-diff` style:
    /// `[-removed-]` and `{+added+}`; trimmed ends are shown as `…`.
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
/// assert_eq!(found.diff, "we have come a {+pretty+} long way in the last 9 months");
/// ```
pub fn compare(first: &[String], second: &[String]) -> Option<Relation> {
    if let Some(trimmed) = contained(first, second) {
        return Some(trimmed);
    }
    let segments = segments(first, second, &align(first, second));
    let (mut edits, mut edited_content) = (0, 0);
    let (mut trimmed_first, mut trimmed_second) = (false, false);
    let mut shared_words: Vec<&str> = Vec::new();
    for segment in &segments {
        match segment {
            Segment::Same(words) => shared_words.extend(words.iter().map(String::as_str)),
            Segment::Edit { old, new } => {
                edits += old.len().max(new.len());
                edited_content += content_words(old).max(content_words(new));
            }
            Segment::Trim { first, second } => {
                trimmed_first |= *first;
                trimmed_second |= *second;
            }
        }
    }
    let shared = shared_words.len();
    let content = content_words(&shared_words);
    let shorter = first.len().min(second.len());
    let overlap = trimmed_first && trimmed_second;
    let related = if edits == 0 && !overlap {
        shared >= MIN_SHARED_WORDS
    } else if edits == 0 {
        shared >= MIN_OVERLAP_WORDS && shared * 2 >= shorter && content >= MIN_SHARED_CONTENT_WORDS
    } else {
        shared >= MIN_SHARED_WORDS
            && edits <= (shared / 3).max(1)
            && shared * 3 >= shorter * 2
            && content > MIN_SHARED_CONTENT_WORDS
            && content >= edited_content * 2
    };
    if !related {
        return None;
    }
    let class = match (edits, trimmed_first || trimmed_second) {
        (0, false) => Class::Identical,
        (0, true) => Class::Trimmed,
        _ => Class::Altered,
    };
    let shared = shared_words.into_iter().map(String::from).collect();
    Some(Relation { class, shared, diff: render(&segments) })
}

/// How many of `words` are outside the stopword list: the words that carry what a claim says.
fn content_words(words: &[impl AsRef<str>]) -> usize {
    words.iter().filter(|word| !is_stopword(word.as_ref())).count()
}

/// The relation between two claims' wordings: that of their words ([`compare`]), or else
/// trimmed when a quoted fragment of one stands whole inside the other, as a quote of its own
/// would (a reporter who quotes "A" and "B" from one statement joins words the speaker did not);
/// none when it shares too little of a reported wording.
///
/// ```
/// use whosaid::matching::{compare_wordings, Class, Wording};
/// let said = Wording::of("We will keep the night ferry running until the new bridge is open", true);
/// let retold = Wording::of("she vowed to \"keep the night ferry running\" and to \"fix the harbour lights\"", false);
/// assert_eq!(compare_wordings(&said, &retold).unwrap().class, Class::Trimmed);
/// ```
pub fn compare_wordings(first: &Wording, second: &Wording) -> Option<Relation> {
    let relation = compare(&first.words, &second.words)
        .or_else(|| first.fragments.iter().find_map(|fragment| inside(fragment, &second.words)))
        .or_else(|| second.fragments.iter().find_map(|fragment| inside(fragment, &first.words)))?;
    let shared = relation.shared.len();
    (!shares_too_little(shared, first) && !shares_too_little(shared, second)).then_some(relation)
}

/// True when a wording found whole in a second article shows one claim there: quoted words do
/// when [`MIN_SHARED_CONTENT_WORDS`] of them are outside the stopword list (two people who
/// answer "Really?" or "We'll see" say no one thing), the reporter's only when they are as many
/// as [`compare_wordings`] asks of them ("to requests for comment" in two articles is common
/// wording, not one claim).
///
/// ```
/// use whosaid::matching::{Wording, repeats_one_claim};
/// assert!(repeats_one_claim(&Wording::of("We will win the vote", true)));
/// assert!(!repeats_one_claim(&Wording::of("We will win", true)));
/// assert!(!repeats_one_claim(&Wording::of("to requests for comment", false)));
/// ```
pub fn repeats_one_claim(wording: &Wording) -> bool {
    content_words(&wording.words) >= MIN_SHARED_CONTENT_WORDS && !shares_too_little(wording.words.len(), wording)
}

/// True when `shared` words are too few of a reported wording: fewer than [`MIN_REPORTED_WORDS`],
/// or less than two thirds of it.
fn shares_too_little(shared: usize, wording: &Wording) -> bool {
    wording.reported && (shared < MIN_REPORTED_WORDS || shared * 3 < wording.words.len() * 2)
}

/// The trimmed relation when the shorter wording stands word for word inside the longer one.
/// Checked before aligning, because a repeated phrase ("I am so sick — I am so sick of …")
/// can lead the diff to split what is one unbroken run.
fn contained(first: &[String], second: &[String]) -> Option<Relation> {
    let (shorter, longer) = if first.len() < second.len() { (first, second) } else { (second, first) };
    if shorter.len() == longer.len() {
        return None;
    }
    inside(shorter, longer)
}

/// The trimmed relation when `shorter`, of at least [`MIN_SHARED_WORDS`] words, stands word for
/// word inside `longer`.
fn inside(shorter: &[String], longer: &[String]) -> Option<Relation> {
    if shorter.len() < MIN_SHARED_WORDS {
        return None;
    }
    let at = longer.windows(shorter.len()).position(|window| window == shorter)?;
    let before = (at > 0).then_some("…");
    let after = (at + shorter.len() < longer.len()).then_some("…");
    let words = before.into_iter().chain(shorter.iter().map(String::as_str)).chain(after);
    Some(Relation { class: Class::Trimmed, shared: shorter.to_vec(), diff: words.collect::<Vec<_>>().join(" ") })
}

/// A stretch of the alignment of two wordings.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment<'a> {
    /// Words both have.
    Same(&'a [String]),
    /// Words changed, added (`old` empty) or dropped (`new` empty) inside the quote.
    Edit { old: &'a [String], new: &'a [String] },
    /// Words at either end that one side (`first`), the other (`second`) or both have and the
    /// other does not: one quote starts or stops elsewhere.
    Trim { first: bool, second: bool },
}

/// The segments of an alignment. The core runs from the first to the last shared run of at
/// least [`ANCHOR_WORDS`] words (a lone shared "are" out at an end is chance); unequal
/// stretches inside it are edits. At either end, words only one side has are trimming; where
/// both sides have words, up to [`EDGE_EDIT_WORDS`] next to the core are an edit (the first or
/// last word changed) and the rest trimming, unless both sides have more: then they are two
/// excerpts that only overlap, and both are trimmed.
fn segments<'a>(first: &'a [String], second: &'a [String], ops: &[DiffOp]) -> Vec<Segment<'a>> {
    let anchors: Vec<&DiffOp> =
        ops.iter().filter(|op| matches!(op, DiffOp::Equal { len, .. } if *len >= ANCHOR_WORDS)).collect();
    let equal: Vec<&DiffOp> = ops.iter().filter(|op| matches!(op, DiffOp::Equal { .. })).collect();
    let core = if anchors.is_empty() { equal } else { anchors };
    let (Some(core_first), Some(core_last)) = (core.first(), core.last()) else {
        return vec![Segment::Trim { first: !first.is_empty(), second: !second.is_empty() }];
    };
    let (old_start, new_start) = (core_first.old_range().start, core_first.new_range().start);
    let (old_end, new_end) = (core_last.old_range().end, core_last.new_range().end);
    let mut out = edge(&first[..old_start], &second[..new_start], true);
    for op in ops.iter().filter(|op| {
        op.old_range().start >= old_start
            && op.old_range().end <= old_end
            && op.new_range().start >= new_start
            && op.new_range().end <= new_end
    }) {
        let (old, new) = (&first[op.old_range()], &second[op.new_range()]);
        if matches!(op, DiffOp::Equal { .. }) {
            out.push(Segment::Same(old));
        } else if !(old.is_empty() && new.is_empty()) {
            out.push(unequal(old, new));
        }
    }
    out.extend(edge(&first[old_end..], &second[new_end..], false));
    out
}

/// The segments of the words before (`leading`) or after the core.
fn edge<'a>(old: &'a [String], new: &'a [String], leading: bool) -> Vec<Segment<'a>> {
    let changed = old.len().min(new.len());
    if changed > EDGE_EDIT_WORDS {
        return vec![Segment::Trim { first: true, second: true }];
    }
    let trim =
        (old.len() != new.len()).then_some(Segment::Trim { first: old.len() > changed, second: new.len() > changed });
    let (old, new) = if leading {
        (&old[old.len() - changed..], &new[new.len() - changed..])
    } else {
        (&old[..changed], &new[..changed])
    };
    let edit = (changed > 0).then(|| unequal(old, new));
    if leading { trim.into_iter().chain(edit).collect() } else { edit.into_iter().chain(trim).collect() }
}

/// The segment of words that differ between two wordings: an edit, unless they are one
/// spelling written apart, hyphenated or joined ("semi-private" read as "semi private", and
/// "semiprivate"), which changes no word.
fn unequal<'a>(old: &'a [String], new: &'a [String]) -> Segment<'a> {
    let joined = |words: &[String]| words.concat();
    if old.len() != new.len() && joined(old) == joined(new) { Segment::Same(old) } else { Segment::Edit { old, new } }
}

/// `old` replaced by `new` in the word diff's notation, `[-old-] {+new+}`; also how a
/// statistic's number changed (`[-$4.2 million-] {+$2.4 million+}`).
pub fn replaced(old: &str, new: &str) -> String {
    format!("[-{old}-] {{+{new}+}}")
}

/// The word diff of segments: shared words as they are, edits as `[-old-] {+new+}`, trimmed
/// ends as `…` (trimming is not a change of wording).
fn render(segments: &[Segment]) -> String {
    let parts: Vec<String> = segments
        .iter()
        .map(|segment| match segment {
            Segment::Same(words) => words.join(" "),
            Segment::Edit { old, new: [] } => format!("[-{}-]", old.join(" ")),
            Segment::Edit { old: [], new } => format!("{{+{}+}}", new.join(" ")),
            Segment::Edit { old, new } => replaced(&old.join(" "), &new.join(" ")),
            Segment::Trim { .. } => "…".to_string(),
        })
        .collect();
    parts.join(" ")
}

/// The word-level alignment of two wordings.
fn align(first: &[String], second: &[String]) -> Vec<DiffOp> {
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
    fn a_repeated_phrase_does_not_hide_a_trimmed_quote() {
        let full = "I have money from people who work for fossil fuel companies. I am so sick, I am so sick of the campaign lying about me.";
        let found = compare(&matching_words(full), &matching_words("I am so sick of the campaign lying")).unwrap();
        assert_eq!(found.class, Class::Trimmed);
        assert_eq!(found.diff, "… i am so sick of the campaign lying …");
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
    fn a_word_written_apart_hyphenated_or_joined_is_no_change() {
        let one = "the closures involved public and semi-private courses that let non-members play for a fee";
        let two = "the closures involved public and semiprivate courses that let nonmembers play for a fee";
        assert_eq!(class(one, two), Some(Class::Identical));
        let part = "the closures involved public and semiprivate courses that let non-members play";
        assert_eq!(class(one, part), Some(Class::Trimmed));
        assert_eq!(
            class("a lot of public courses closed this year", "a lot of private courses closed this year"),
            Some(Class::Altered)
        );
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
    fn a_changed_last_word_before_more_words_is_an_edit_and_different_lead_ins_are_trimming() {
        let long = matching_words(
            "It is something I have talked about, being a beneficiary of the laws. But I am working for you now.",
        );
        let short = matching_words("It is something I have talked about, being a beneficiary of the law.");
        let found = compare(&long, &short).unwrap();
        assert_eq!(found.class, Class::Altered);
        assert!(found.diff.ends_with("of the [-laws-] {+law+} …"), "{}", found.diff);
        let one = "Bad, bad things are going to happen. This could be the great Trojan horse of all time.";
        let two =
            "There is no way of vetting them. You have no idea. This could be the great Trojan horse of all time.";
        assert_eq!(class(one, two), Some(Class::Trimmed));
    }

    #[test]
    fn a_quoted_fragment_found_whole_in_another_claim_is_trimmed() {
        let statement = Wording::of(
            "We must repair the sea wall, stop the flooding of the lower town and keep the harbour school open.",
            true,
        );
        let report = Wording::of(
            "he pledged to act on \"the flooding\" and to \"keep the harbour school open,\" aides said",
            false,
        );
        assert_eq!(compare(&statement.words, &report.words), None, "the fragments joined are no quote");
        let found = compare_wordings(&statement, &report).unwrap();
        assert_eq!(found.class, Class::Trimmed);
        assert_eq!(found.diff, "… keep the harbour school open");
        assert_eq!(compare_wordings(&report, &statement).unwrap().class, Class::Trimmed, "whichever comes first");
        let alone = Wording::of("keep the harbour school open", true);
        assert_eq!(compare_wordings(&report, &alone).unwrap().class, Class::Trimmed, "a fragment as long as the claim");
    }

    #[test]
    fn a_sentence_of_a_direct_quote_found_whole_in_another_is_trimmed() {
        // An interrupted quote ("A," she said. "B.") is stored as A and B joined; another
        // article quotes A as the first sentence of a different excerpt.
        let interrupted = Wording::of("We will reopen the island ferry, It will run every day of the year.", true);
        let excerpt = Wording::of("We will reopen the island ferry. Yes, all of them. It is that simple.", true);
        assert_eq!(compare(&interrupted.words, &excerpt.words), None, "neither lies inside the other");
        let found = compare_wordings(&interrupted, &excerpt).unwrap();
        assert_eq!(found.class, Class::Trimmed);
        assert_eq!(found.diff, "we will reopen the island ferry …");
        assert_eq!(compare_wordings(&excerpt, &interrupted).unwrap().class, Class::Trimmed, "whichever comes first");
        let short = Wording::of("Thank you all. We will reopen the ferry next spring.", true);
        let other = Wording::of("Thank you all. The bridge toll goes up in June.", true);
        assert_eq!(compare_wordings(&short, &other), None, "a short stock sentence is no claim");
    }

    #[test]
    fn a_reporters_words_match_only_when_most_of_them_are_shared() {
        let reported = |text| Wording::of(text, false);
        let quoted = Wording::of("Since the storm, the former master of the harbour has rebuilt the pier alone", true);
        let title = reported("the former master of the harbour");
        assert_eq!(compare(&title.words, &quoted.words).map(|r| r.class), Some(Class::Trimmed), "as a quote");
        assert_eq!(compare_wordings(&title, &quoted), None, "as the reporter's words");
        let phrase = reported("the council met about its new plan for the old harbour wall on Monday");
        let other = reported("residents wrote to the mayor about its new plan for the old harbour wall");
        assert_eq!(compare(&phrase.words, &other.words).map(|r| r.class), Some(Class::Trimmed), "as quotes");
        assert_eq!(compare_wordings(&phrase, &other), None, "as the reporter's words");
        let retold = reported("the council met about their new plan for the old harbour wall on Monday");
        assert_eq!(compare_wordings(&phrase, &retold).map(|r| r.class), Some(Class::Altered));
    }

    #[test]
    fn a_reporters_few_words_found_again_are_no_claim_but_a_quote_is() {
        assert!(!repeats_one_claim(&Wording::of("the harbour board declined to comment", false)));
        assert!(repeats_one_claim(&Wording::of("the harbour board will close the north quay in May", false)));
        assert!(repeats_one_claim(&Wording::of("Close the quay", true)));
    }

    #[test]
    fn a_quote_of_one_common_word_found_again_is_no_claim() {
        assert!(!repeats_one_claim(&Wording::of("\u{201c}Really,\u{201d}", true)));
        assert!(!repeats_one_claim(&Wording::of("\u{201c}We\u{2019}ll see,\u{201d}", true)));
        assert!(repeats_one_claim(&Wording::of("\u{201c}We\u{2019}ll see about the quay,\u{201d}", true)));
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
        let verdict = "The new pier is totally, thoroughly unfit to be used by the ferry company";
        let plan = "The new pier is going to be used by the ferry company";
        assert_eq!(class(verdict, plan), None, "what changed is what it says");
        let hope = "We all want her to be the next mayor of the harbour town";
        let doubt = "Nobody thinks he will be the next mayor of the harbour town after this";
        assert_eq!(class(hope, doubt), None, "eight shared words with other words around them");
    }
}
