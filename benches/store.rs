//! Store benchmarks (divan): `cargo bench -j 1 --bench store`.
//!
//! - `ingest_seed_articles`: read + extract + store 500 generated seed-sized articles into a
//!   new database, on one thread (the `ingest` command adds parallel reading on top).
//!   Articles per second = 500 / the time shown.
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
    bencher
        .with_inputs(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(&dir.path().join("w.db")).unwrap();
            (dir, store)
        })
        .bench_local_values(|(dir, mut store)| {
            for text in &texts {
                let doc = whosaid::document::read_bytes(text.as_bytes(), Some("a.txt")).unwrap();
                let found = whosaid::extract::extract(&doc);
                store.write(&doc, &found, None).unwrap();
            }
            (dir, store)
        });
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
