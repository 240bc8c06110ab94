//! Store benchmarks (divan): `cargo bench -j 1 --bench store`.
//!
//! - `ingest_seed_articles`: read + extract + store 500 generated seed-sized articles into a
//!   new database, on one thread (the `ingest` command adds parallel reading on top).
//!   Articles per second = 500 / the time shown.
//! - `ingest_one_repetitive_article`: read + extract + store one article of 1, 2 and 4 MB that
//!   says the same two quotes and the same figure again and again (a transcript, a live page
//!   that repeats its summary). The time should double with the size: work that grows faster
//!   shows a look-up that reads every repeat stored before it.
//! - `trace_a_quote_one_article_repeats`: `whosaid trace` of one of those quotes, which has an
//!   appearance at each repeat: the time should double with the size too.
//! - `quotes_by_speaker`: `whosaid quotes --speaker NAME` on a database of 100,000 articles
//!   (500,000 occurrences, 5,000 speakers, each with an alias). The database is built once,
//!   from constructed extractions, into `target/tmp/bench-100k.db` and reused by later runs.

#[path = "corpus.rs"]
mod corpus;

use divan::Bencher;
use std::path::PathBuf;
use whosaid::model::{Extraction, Quote, QuoteKind, Speaker, SpeakerKind};
use whosaid::store::Store;
use whosaid::store::query::QuoteFilter;

const BIG_ARTICLES: usize = 100_000;
const BIG_SPEAKERS: usize = 5_000;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn ingest_seed_articles(bencher: Bencher) {
    let texts: Vec<String> = (0..500).map(corpus::article).collect();
    bencher.with_inputs(new_store).bench_local_values(|(dir, mut store)| {
        for text in &texts {
            store_article(&mut store, text);
        }
        (dir, store)
    });
}

#[divan::bench(sample_count = 3, sample_size = 1, args = [1, 2, 4])]
fn ingest_one_repetitive_article(bencher: Bencher, megabytes: usize) {
    let text = repetitive_article(megabytes);
    bencher.with_inputs(new_store).bench_local_values(|(dir, mut store)| {
        store_article(&mut store, &text);
        (dir, store)
    });
}

#[divan::bench(sample_count = 3, sample_size = 1, args = [1, 2, 4])]
fn trace_a_quote_one_article_repeats(bencher: Bencher, megabytes: usize) {
    let text = repetitive_article(megabytes);
    let (_dir, mut store) = new_store();
    store_article(&mut store, &text);
    bencher.bench_local(|| whosaid::trace::trace(&store, "We have the votes").unwrap().appearances.len());
}

/// An article of about `megabytes` MB that says two quotes and a figure again and again.
fn repetitive_article(megabytes: usize) -> String {
    let paragraph = "The mayor, Ana Ruiz, said the budget would pass. \"We have the votes,\" Ruiz said on \
        Tuesday, adding that 42 percent of voters agree. \"It is a gamble,\" council member Tom Hale said.\n\n";
    paragraph.repeat(megabytes * 1_000_000 / paragraph.len())
}

/// Reads, extracts and stores one article.
fn store_article(store: &mut Store, text: &str) {
    let doc = whosaid::document::read_bytes(text.as_bytes(), Some("long.txt")).unwrap();
    let found = whosaid::extract::extract(&doc);
    store.write(&doc, &found, None).unwrap();
}

/// A new database in a scratch folder, kept as long as the folder is.
fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("w.db")).unwrap();
    (dir, store)
}

#[divan::bench(sample_count = 50)]
fn quotes_by_speaker(bencher: Bencher) {
    let store = Store::open(&big_database()).unwrap();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let filter =
            QuoteFilter { speaker: Some(format!("surname{}", n * 37 % BIG_SPEAKERS)), ..QuoteFilter::default() };
        let rows = store.quotes(&filter).unwrap();
        assert!(!rows.is_empty());
        rows.len()
    });
}

/// The 100,000-article database, built when missing.
fn big_database() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-100k.db");
    let mut store = Store::open(&path).unwrap();
    let have = store.counts().unwrap().articles as usize;
    for n in have..BIG_ARTICLES {
        let text = corpus::article(n);
        let doc = whosaid::document::read_bytes(text.as_bytes(), Some("a.txt")).unwrap();
        let sentence = |i: usize| doc.paragraphs[1 + i % (doc.paragraphs.len() - 1)].clone();
        let speakers: Vec<Speaker> = (0..5)
            .map(|i| {
                let id = (n * 7 + i * 1_001) % BIG_SPEAKERS;
                Speaker {
                    name: format!("Speaker Number {id}"),
                    kind: SpeakerKind::Person,
                    aliases: vec![format!("Surname{id}")],
                    descriptions: vec![],
                }
            })
            .collect();
        let quotes = (0..5)
            .map(|i| Quote {
                kind: QuoteKind::Direct,
                parts: vec![sentence(i)],
                text: doc.text[sentence(i)].to_string(),
                speaker: Some(i),
                speaker_mention: None,
                cue: None,
                links: vec![],
            })
            .collect();
        store.write(&doc, &Extraction { quotes, speakers, ..Extraction::default() }, None).unwrap();
    }
    path
}
