//! Matching benchmarks (divan): `cargo bench -j 1 --bench matching`.
//!
//! The first run builds `target/tmp/matching-1m.db`: 1,000,000 generated claims
//! (`claims.rs`: one in ten a planted variant of an earlier claim), stored 10 to an article
//! through `Store::write` (`claim_articles.rs`), so every claim is matched at ingest as
//! `whosaid ingest` would (13 CPU-minutes; 42 minutes by the clock on a shared 2-core
//! machine). Later runs reuse the database; `examples/measure_matching.rs` builds the same one
//! and measures the build itself (cost per claim from 0 to 1M, recall of the planted variants,
//! trace and query latency at each size).
//!
//! - `store_article_at_1m`: store (and match) one more 10-claim article into the 1M database.
//! - `trace_at_1m`: `whosaid trace` of a claim's words on the 1M database.

#[path = "claim_articles.rs"]
mod claim_articles;

use claim_articles::{PER_ARTICLE, article, claims, store_claims};
use divan::Bencher;
use std::path::PathBuf;
use whosaid::store::Store;

const CLAIMS: usize = 1_000_000;

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
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("matching-1m.db");
    let mut store = Store::open(&path).unwrap();
    let have = store.counts().unwrap().articles as usize * PER_ARTICLE;
    store_claims(&mut store, have.min(CLAIMS), CLAIMS).unwrap();
    path
}
