//! The same claim across articles: which stored claims a new one is a variant of, and how.
//!
//! Matching is incremental: when an article is stored, each claim new to the database is
//! compared with what is already stored, never all pairs. The store (`store/matching.rs`,
//! the only part that touches SQLite) runs it inside the article's transaction; this module
//! holds the parts that need no database:
//!
//! - [`matching_words`] turns a claim into the words it is matched on, and [`Wording`] keeps
//!   the quoted fragments among them ([`words`]);
//! - [`Signature`] gives its place in the candidate index: MinHash/LSH buckets and winnowed
//!   word shingles ([`signature`]);
//! - [`Sketch`] rules out a stored claim that cannot be a variant without reading it
//!   ([`sketch`]);
//! - [`compare`] verifies a candidate with a word-level diff and names the [`Class`]:
//!   identical, trimmed or altered, and [`compare_wordings`] adds a quoted fragment found whole
//!   in the other claim ([`compare`](mod@compare));
//! - [`same_statistic`] tells whether two clauses state one statistic, and [`counts_the_same`]
//!   whether they may give it different numbers;
//! - [`same_speaker`] and [`number_conflict`] find conflicts: the same words given to
//!   different speakers, the same statistic with another number or unit ([`conflict`]); an
//!   organisation that [`reads_as_outlet`] carried the words, it is no other speaker.
//!
//! Claims found related are put in one cluster; the relation that joined them (with its word
//! diff) and every conflict are stored too, and `whosaid matches` lists them.
//!
//! ```
//! use whosaid::matching::{compare, matching_words, Class, Signature};
//! let stored = matching_words("The new bridge will open in May and stay on budget, the mayor said.");
//! let new = matching_words("the new bridge will open in June and stay on budget");
//! let (a, b) = (Signature::of_claim(&stored), Signature::of_claim(&new));
//! assert!(a.kept_shingles.iter().any(|s| b.shingles.contains(s)), "a candidate");
//! assert_eq!(compare(&stored, &new).unwrap().class, Class::Altered);
//! ```

pub mod compare;
pub mod conflict;
pub mod signature;
pub mod sketch;
pub mod words;

pub use compare::{Class, Relation, compare, compare_wordings, repeats_one_claim, replaced};
pub use conflict::{Conflict, Number, number_conflict, reads_as_outlet, same_speaker};
pub use signature::Signature;
pub use sketch::Sketch;
pub use words::{Wording, matching_words, plain_words};

/// The words a statistic is matched on: its clause with the quantity itself replaced by
/// [`QUANTITY`], so that "cost $4.2 million" and "cost $2.4 million" are one statistic with
/// another number, while two numbers of one clause stay two statistics.
///
/// ```
/// use whosaid::matching::statistic_words;
/// assert_eq!(statistic_words("The bridge will cost $4.2 million to build", "$4.2 million"),
///            ["the", "bridge", "will", "cost", "#", "to", "build"]);
/// ```
pub fn statistic_words(clause: &str, quantity: &str) -> Vec<String> {
    match clause.split_once(quantity).filter(|_| !quantity.is_empty()) {
        Some((before, after)) => {
            let mut words = plain_words(before);
            words.push(QUANTITY.to_string());
            words.extend(plain_words(after));
            words
        }
        None => plain_words(clause),
    }
}

/// The word that stands for a statistic's quantity in [`statistic_words`].
pub const QUANTITY: &str = "#";

/// The fewest shared content words of two clauses that state one statistic ("margin of error
/// of" is not enough).
pub const MIN_STATISTIC_CONTENT_WORDS: usize = 4;

/// True when two statistics' words (from [`statistic_words`]) state one statistic: the
/// clauses are variants, the quantities stand at the same place in them, and they share
/// [`MIN_STATISTIC_CONTENT_WORDS`] content words.
///
/// ```
/// use whosaid::matching::{same_statistic, statistic_words};
/// let said = statistic_words("The new Harbor Bridge will cost $4.2 million to build", "$4.2 million");
/// let retold = statistic_words("the new Harbor Bridge will cost $2.4 million to build, the paper said", "$2.4 million");
/// assert!(same_statistic(&said, &retold));
/// let other = statistic_words("The new Harbor Bridge will cost $4.2 million to build", "Harbor Bridge");
/// assert!(!same_statistic(&said, &other));
/// ```
pub fn same_statistic(first: &[String], second: &[String]) -> bool {
    let content = |w: &String| w != QUANTITY && !words::is_stopword(w);
    // The diff shares no more content words than the two clauses have in common: when those
    // are too few, as between the many clauses of a template, the diff is not needed.
    let mut unused: Vec<&String> = second.iter().filter(|w| content(w)).collect();
    let common = first
        .iter()
        .filter(|w| content(w))
        .filter(|w| unused.iter().position(|u| u == w).map(|at| unused.swap_remove(at)).is_some())
        .count();
    common >= MIN_STATISTIC_CONTENT_WORDS
        && compare(first, second).is_some_and(|relation| {
            relation.shared.iter().any(|w| w == QUANTITY)
                && relation.shared.iter().filter(|w| content(w)).count() >= MIN_STATISTIC_CONTENT_WORDS
        })
}

/// True when two clauses of one statistic (see [`same_statistic`]) count the same thing, so
/// that different numbers in them are a conflict: every content word of the shorter one,
/// numbers aside, stands in the other. A clause that changes what is counted ("to win the
/// Republican nomination", "the Democratic nomination"; "leads in Ohio", "in Florida") states
/// another statistic, not the same one with another number.
///
/// ```
/// use whosaid::matching::{counts_the_same, statistic_words};
/// let said = statistic_words("Ruiz leads by 6 points in the north ward", "6 points");
/// let retold = statistic_words("Ruiz now leads by 9 points in the north ward, the poll found", "9 points");
/// assert!(counts_the_same(&said, &retold));
/// let south = statistic_words("Ruiz leads by 9 points in the south ward", "9 points");
/// assert!(!counts_the_same(&said, &south));
/// ```
pub fn counts_the_same(first: &[String], second: &[String]) -> bool {
    let (shorter, longer) = if first.len() <= second.len() { (first, second) } else { (second, first) };
    let counted =
        |w: &&String| !words::is_stopword(w) && !w.starts_with(|c: char| c.is_ascii_digit()) && *w != QUANTITY;
    shorter.iter().filter(counted).all(|w| longer.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_number_for_another_thing_counted_is_no_conflict() {
        let words = |clause, quantity| statistic_words(clause, quantity);
        let said = words("It takes 120 votes to pass the harbour budget in the council", "120 votes");
        let other = words("It takes 95 votes to pass the school budget in the council", "95 votes");
        assert!(same_statistic(&said, &other), "one word changed: a variant of the clause");
        assert!(!counts_the_same(&said, &other));
        let misreported = words("It takes 130 votes to pass the harbour budget in the council", "130 votes");
        assert!(counts_the_same(&said, &misreported));
        let with_other_counts = words("Ruiz has 41 seats, while Baker has at least 12", "41 seats");
        assert!(counts_the_same(
            &with_other_counts,
            &words("Ruiz has 44 seats, while Baker has at least 9", "44 seats")
        ));
    }
}
