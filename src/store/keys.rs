//! What the writer derives from an article without the database: the body's hash, each
//! quote's normalised text and claim hash, and the words and candidate-index signature that
//! matching looks a claim or a statistic up by. `ingest` computes them on its reading threads,
//! beside extraction, so that the one writer thread spends its time on SQL alone.

use crate::hash::{ContentId, content_id, normalize, raw_id};
use crate::matching::{Signature, Sketch, Wording, statistic_words};
use crate::model::{Document, Extraction, QuoteKind, Statistic};
use xxhash_rust::xxh3::xxh3_64;

/// The fewest clause words for a statistic to be matched at all.
const MIN_STATISTIC_WORDS: usize = 4;

/// An article's keys: see the [module](self) documentation. Made by [`ArticleKeys::of`] and
/// given to [`Store::write_keyed`](super::Store::write_keyed) with the same document and
/// extraction.
#[derive(Debug, Clone)]
pub struct ArticleKeys {
    /// The hash of the normalised body: the version's identity.
    pub(super) body_hash: String,
    /// One per quote, in the extraction's order.
    pub(super) claims: Vec<ClaimKeys>,
    /// One per statistic, in the extraction's order.
    pub(super) statistics: Vec<StatisticKeys>,
}

/// A quote's claim: its identity, and what matching needs of it.
#[derive(Debug, Clone)]
pub(super) struct ClaimKeys {
    pub normalized: String,
    /// The claim's content id.
    pub hash: ContentId,
    pub wording: Wording,
    pub signature: Signature,
    /// What is kept of its words beside it, when new ([`Sketch`]).
    pub sketch: Sketch,
}

/// What matching needs of a statistic: the words of its clause, and its signature and
/// statement key when there are enough of them to match on.
#[derive(Debug, Clone)]
pub(super) struct StatisticKeys {
    pub words: Vec<String>,
    pub signature: Option<Signature>,
    /// A hash of what it states: its words, number, unit and noun ([`statement_key`]).
    pub statement: Option<i64>,
}

/// The statement key of a statistic with these clause words: equal for two statistics that
/// state the same number of the same thing in the same words.
fn statement_key(words: &[String], statistic: &Statistic) -> i64 {
    let noun = statistic.noun.as_deref().map(str::to_lowercase);
    let stated = format!(
        "{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
        words.join(" "),
        statistic.value,
        statistic.value_max,
        statistic.unit,
        noun
    );
    xxh3_64(stated.as_bytes()) as i64
}

impl ArticleKeys {
    /// The keys of a document and what was extracted from it.
    pub fn of(doc: &Document, found: &Extraction) -> ArticleKeys {
        let claims = found
            .quotes
            .iter()
            .map(|quote| {
                let normalized = normalize(&quote.text);
                let hash = raw_id(&normalized);
                let wording = Wording::of(&quote.text, quote.kind == QuoteKind::Direct);
                let signature = Signature::of_claim(&wording.words);
                let sketch = Sketch::of(&quote.text, &wording);
                ClaimKeys { normalized, hash, wording, signature, sketch }
            })
            .collect();
        let statistics = found
            .statistics
            .iter()
            .map(|statistic| {
                let words = statistic_words(&statistic.claim, &statistic.text);
                let matched = words.len() >= MIN_STATISTIC_WORDS;
                let signature = matched.then(|| Signature::of(&words));
                let statement = matched.then(|| statement_key(&words, statistic));
                StatisticKeys { words, signature, statement }
            })
            .collect();
        ArticleKeys { body_hash: content_id(&doc.text).to_hex(), claims, statistics }
    }
}
