//! Matching benchmarks (divan): `cargo bench -j 1 --bench matching`.
//!
//! The first run builds `target/tmp/matching-1m.db`: 1,000,000 generated claims
//! (`claims.rs`: one in ten a planted variant of an earlier claim), stored 10 to an article
//! through `Store::write`, so every claim is matched at ingest as `whosaid ingest` would. It
//! prints the time of each 100,000 claims (matching cost per claim as the database grows
//! from 0 to 1M claims) and the recall of the planted variants (the share whose claim ends up
//! in the cluster of the claim it was made from) into `target/tmp/matching-1m.txt`. Later
//! runs reuse the database.
//!
//! - `store_article_at_1m`: store (and match) one more 10-claim article into the 1M database.
//! - `trace_at_1m`: `whosaid trace` of a planted claim's text on the 1M database.

#[path = "claims.rs"]
mod claims;

use divan::Bencher;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;
use whosaid::model::{Document, Extraction, Metadata, Quote, QuoteKind, Speaker, SpeakerKind};
use whosaid::store::Store;

const CLAIMS: usize = 1_000_000;
const PER_ARTICLE: usize = 10;
const CHUNK: usize = 100_000;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn store_article_at_1m(bencher: Bencher) {
    let mut store = Store::open(&database()).unwrap();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let (doc, found) = article(CLAIMS + n * 7_919, &format!("extra-{}-{n}", std::process::id()));
        store.write(&doc, &found, None).unwrap();
    });
}

#[divan::bench(sample_count = 50)]
fn trace_at_1m(bencher: Bencher) {
    let store = Store::open(&database()).unwrap();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let text = claims::claim(n * 9_973 % CLAIMS);
        whosaid::trace::trace(&store, &text).unwrap()
    });
}

/// The 1M-claim database, built when missing (or finished when a build was interrupted).
fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("matching-1m.db");
    let mut store = Store::open(&path).unwrap();
    let have = store.counts().unwrap().articles as usize * PER_ARTICLE;
    if have >= CLAIMS {
        return path;
    }
    let mut log = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("matching-1m.txt")).unwrap();
    let mut chunk_started = Instant::now();
    for first in (have..CLAIMS).step_by(PER_ARTICLE) {
        let (doc, found) = article(first, &format!("article-{}", first / PER_ARTICLE));
        store.write(&doc, &found, None).unwrap();
        let done = first + PER_ARTICLE;
        if done % CHUNK == 0 {
            let seconds = chunk_started.elapsed().as_secs_f64();
            let line = format!("claims {:>7}..{done:>7}: {seconds:.1} s; {}", done - CHUNK, planted_recall(&store, done));
            eprintln!("{line}");
            writeln!(log, "{line}").unwrap();
            chunk_started = Instant::now();
        }
    }
    path
}

/// An article holding claims `first..first + 10`, each said by the speaker of the claim it was
/// made from (so planted variants are variants, not misattributions).
fn article(first: usize, url: &str) -> (Document, Extraction) {
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
        let origin = match claims::planted(n) {
            claims::Planted::Variant { of } => of,
            claims::Planted::Original => n,
        };
        speakers.push(Speaker {
            name: format!("Speaker {}", origin % 50_000),
            kind: SpeakerKind::Person,
            aliases: vec![],
            descriptions: vec![],
        });
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
    let meta = Metadata { url: Some(format!("https://bench.example/{url}")), published: Some(published), ..Metadata::default() };
    (Document { text, paragraphs, links: vec![], meta }, Extraction { quotes, speakers, ..Extraction::default() })
}

/// The share of the planted variants among the first `claims` claims whose claim is in the
/// cluster of the claim it was made from.
fn planted_recall(store: &Store, claims: usize) -> String {
    let cluster_of = |n: usize| match store.subject(&whosaid::hash::content_id(&claims::claim(n)).to_hex()).unwrap() {
        whosaid::store::clusters::Subject::Claim { cluster, .. } => cluster,
        whosaid::store::clusters::Subject::Statistic { .. } => None,
    };
    let (mut planted, mut found) = (0, 0);
    for n in 0..claims {
        if let claims::Planted::Variant { of } = claims::planted(n) {
            planted += 1;
            let (a, b) = (cluster_of(of), cluster_of(n));
            if a.is_some() && a == b || claims::claim(of) == claims::claim(n) {
                found += 1;
            }
        }
    }
    format!("planted variants found: {found}/{planted} (recall {:.4})", found as f64 / planted as f64)
}
