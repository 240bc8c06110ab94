//! The claims of `claims.rs` as stored articles: shared by the matching bench
//! (`benches/matching.rs`) and the whole-run measurement (`examples/measure_matching.rs`), so
//! both build the same database the same way.
//!
//! Article `k` holds claims `10k..10k + 10`, each a direct quote said by the speaker of the
//! claim it was made from (so a planted variant is a variant, not a misattribution), dated one
//! day of ten years in turn, at a URL of its own. Storing it with `Store::write` matches each
//! claim against those stored before it, as `whosaid ingest` does.

#[path = "claims.rs"]
pub mod claims;

use whosaid::model::{Document, Extraction, Metadata, Quote, QuoteKind, Speaker, SpeakerKind};
use whosaid::store::Store;

/// Claims to an article.
pub const PER_ARTICLE: usize = 10;

/// How many distinct speakers the claims are spread over.
pub const SPEAKERS: usize = 50_000;

/// Articles to a transaction when storing many: `whosaid ingest` commits a batch every quarter
/// second, which is about this many articles of claims.
const BATCH: usize = 100;

/// Stores the articles that hold claims `have..claims` (both multiples of [`PER_ARTICLE`]),
/// [`BATCH`] articles to a transaction as `whosaid ingest` does, each in a savepoint of its own.
pub fn store_claims(store: &mut Store, have: usize, claims: usize) -> whosaid::store::Result<()> {
    let firsts: Vec<usize> = (have..claims).step_by(PER_ARTICLE).collect();
    for batch in firsts.chunks(BATCH) {
        store.begin_batch()?;
        for &first in batch {
            let (doc, found) = article(first, &format!("article-{}", first / PER_ARTICLE));
            store.write(&doc, &found, None)?;
        }
        store.commit_batch()?;
    }
    Ok(())
}

/// An article holding claims `first..first + PER_ARTICLE`, at `https://bench.example/{url}`.
pub fn article(first: usize, url: &str) -> (Document, Extraction) {
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    let mut quotes = Vec::new();
    let mut speakers = Vec::new();
    for (idx, n) in (first..first + PER_ARTICLE).enumerate() {
        let claim = claims::claim(n);
        let start = text.len();
        text.push_str(&claim);
        paragraphs.push(start..text.len());
        text.push_str("\n\n");
        speakers.push(Speaker { name: speaker(n), kind: SpeakerKind::Person, aliases: vec![], descriptions: vec![] });
        quotes.push(Quote {
            kind: QuoteKind::Direct,
            parts: vec![start..start + claim.len()],
            text: claim,
            speaker: Some(idx),
            speaker_mention: None,
            cue: None,
            links: vec![],
        });
    }
    let day = first / PER_ARTICLE % 3_650;
    let published = (chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(day as u64)).to_string();
    let meta = Metadata {
        url: Some(format!("https://bench.example/{url}")),
        published: Some(published),
        ..Metadata::default()
    };
    (Document { text, paragraphs, links: vec![], meta }, Extraction { quotes, speakers, ..Extraction::default() })
}

/// The speaker of claim `n`: the speaker of the claim it was made from.
pub fn speaker(n: usize) -> String {
    let origin = match claims::planted(n) {
        claims::Planted::Variant { of } => of,
        claims::Planted::Original => n,
    };
    format!("Speaker {}", origin % SPEAKERS)
}
