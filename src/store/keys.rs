//! What the writer derives from an article without the database: the body's hash, each
//! quote's normalised text and claim hash, and the words and candidate-index signature that
//! matching looks a claim or a statistic up by. `ingest` computes them on its reading threads,
//! beside extraction, so that the one writer thread spends its time on SQL alone.

use crate::hash::{content_id, normalize, raw_id};
use crate::matching::{Signature, Wording, statistic_words};
use crate::model::{Document, Extraction, QuoteKind};

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
    /// The claim's content id (hex).
    pub hash: String,
    pub wording: Wording,
    pub signature: Signature,
}

/// What matching needs of a statistic: the words of its clause, and its signature when there
/// are enough of them to match on.
#[derive(Debug, Clone)]
pub(super) struct StatisticKeys {
    pub words: Vec<String>,
    pub signature: Option<Signature>,
}

impl ArticleKeys {
    /// The keys of a document and what was extracted from it.
    pub fn of(doc: &Document, found: &Extraction) -> ArticleKeys {
        let claims = found
            .quotes
            .iter()
            .map(|quote| {
                let normalized = normalize(&quote.text);
                let hash = raw_id(&normalized).to_hex();
                let wording = Wording::of(&quote.text, quote.kind == QuoteKind::Direct);
                let signature = Signature::of(&wording.words);
                ClaimKeys { normalized, hash, wording, signature }
            })
            .collect();
        let statistics = found
            .statistics
            .iter()
            .map(|statistic| {
                let words = statistic_words(&statistic.claim, &statistic.text);
                let signature = (words.len() >= MIN_STATISTIC_WORDS).then(|| Signature::of(&words));
                StatisticKeys { words, signature }
            })
            .collect();
        ArticleKeys { body_hash: content_id(&doc.text).to_hex(), claims, statistics }
    }
}
