//! Matching at scale, in one run (issue 6 and the matching rows of issue 8):
//!
//! ```text
//! cargo run --release --example measure_matching -- NEW.db 10000 100000 1000000
//! ```
//!
//! Stores the generated claims of `benches/claims.rs` (one in ten a planted variant of an
//! earlier claim), ten to an article, into a new database through `Store::write`, so that each
//! claim is matched at ingest against every claim before it, up to the largest size given. It
//! prints `key=value` lines:
//!
//! - `chunk from=A to=B seconds=S per_claim_ms=C`: each tenth of the largest size, so the cost
//!   per claim can be followed from an empty database to the full one;
//! - `size claims=N ...` at each size given, with the build time so far (`build_s`), the cost
//!   per claim over the last tenth before N (`per_claim_ms`, the cost of matching a claim
//!   against about N stored), the recall of the planted variants so far, the p50 and p99 of
//!   `trace` of a planted variant's words and of the two listing queries, the database size
//!   and this process's peak RSS. Measuring does not count in the build times.

#[path = "../benches/claim_articles.rs"]
mod claim_articles;
#[path = "../benches/proc.rs"]
mod proc;
#[path = "../benches/queries.rs"]
mod queries;

use anyhow::{Context, bail};
use claim_articles::{PER_ARTICLE, claims, speaker, store_claims};
use queries::latency::latencies;
use queries::{RUNS, query_latency};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;
use whosaid::store::Store;
use whosaid::store::clusters::Subject;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(db), sizes) = (args.next(), args.map(|a| a.parse::<usize>()).collect::<Result<Vec<_>, _>>()?) else {
        bail!("usage: measure_matching NEW.db SIZE... (claims, e.g. 10000 100000 1000000)");
    };
    let sizes: Vec<usize> = sizes.iter().map(|&n| n / PER_ARTICLE * PER_ARTICLE).filter(|&n| n > 0).collect();
    let Some(&largest) = sizes.iter().max() else { bail!("give at least one size of {PER_ARTICLE} claims or more") };
    let db = Path::new(&db);
    let mut store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    anyhow::ensure!(store.counts()?.claims == 0, "{}: give a new database", db.display());

    // Every size and the start of its last tenth, and every tenth of the largest size, are
    // stops; the build time to each stop makes the cost of any stretch between two of them.
    let tenth = |n: usize| (n / 10 / PER_ARTICLE).max(1) * PER_ARTICLE;
    let chunks: Vec<usize> = (1..=10).map(|k| tenth(largest) * k).chain([largest]).collect();
    let mut stops: Vec<usize> = sizes.iter().flat_map(|&n| [n - tenth(n), n]).chain(chunks.iter().copied()).collect();
    stops.sort_unstable();
    stops.dedup();
    // Build time by the clock and in CPU seconds (which other load on the machine does not change).
    let mut built = BTreeMap::from([(0, (0.0, 0.0))]);
    let (mut have, mut wall, mut cpu) = (0, 0.0, 0.0);
    for stop in stops {
        let (t, cpu_start) = (Instant::now(), proc::cpu_seconds());
        store_claims(&mut store, have, stop)?;
        (wall, cpu) = (wall + t.elapsed().as_secs_f64(), cpu + proc::cpu_seconds() - cpu_start);
        have = stop;
        built.insert(stop, (wall, cpu));
        // The cost per claim, by the clock and in CPU time, of the claims from `from` to here.
        let cost = |from: usize| {
            let ((w0, c0), (w1, c1), n) = (built[&from], built[&stop], (stop - from) as f64);
            format!(
                "seconds={:.1} per_claim_ms={:.3} per_claim_cpu_ms={:.3}",
                w1 - w0,
                (w1 - w0) / n * 1e3,
                (c1 - c0) / n * 1e3
            )
        };
        if let Some(k) = chunks.iter().position(|&c| c == stop) {
            let from = if k == 0 { 0 } else { chunks[k - 1] };
            println!("chunk from={from} to={stop} {}", cost(from));
        }
        if sizes.contains(&stop) {
            let last_tenth = cost(stop - tenth(stop)).replacen("seconds", "last_tenth_s", 1);
            println!(
                "size claims={stop} build_s={wall:.1} build_cpu_s={cpu:.1} {last_tenth} {}",
                measure(&store, stop)?
            );
        }
    }
    Ok(())
}

/// Recall, trace and query latency, database size and peak RSS with `claims` claims stored.
fn measure(store: &Store, claims: usize) -> anyhow::Result<String> {
    let (planted, found) = planted_recall(store, claims)?;
    // Spread over the stored claims; the traces take planted variants (claims 19, 29, 39, ...),
    // whose trace walks a cluster and diffs its members, not a claim said once.
    let stored_claim = |i: usize| i * 9_973 % claims;
    let variant = |i: usize| (1 + i * 9_973 % (claims / 10 - 1).max(1)) * 10 + 9;
    let trace =
        latencies(RUNS, |i| whosaid::trace::trace(store, &claims::claim(variant(i))).map(|t| t.appearances.len()))?;
    let longest_word = |i: usize| {
        claims::claim(stored_claim(i)).split(' ').max_by_key(|w| w.len()).expect("claims have words").to_string()
    };
    let query = query_latency(store, |i| speaker(stored_claim(i)), longest_word)?;
    let db_bytes: u64 = ["", "-wal"]
        .iter()
        .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", store.path().display())).ok())
        .map(|m| m.len())
        .sum();
    Ok(format!(
        "planted={planted} found={found} recall={:.4} trace_p50_ms={:.2} trace_p99_ms={:.2} {query} db_mb={} peak_rss_mb={}",
        found as f64 / planted.max(1) as f64,
        trace.p50,
        trace.p99,
        db_bytes / 1_000_000,
        proc::peak_rss_kb() / 1024
    ))
}

/// Of the planted variants among the first `claims` claims, how many there are and how many
/// are in the cluster of the claim they were made from (or have the same words).
fn planted_recall(store: &Store, claims: usize) -> whosaid::store::Result<(usize, usize)> {
    let cluster_of = |n: usize| -> whosaid::store::Result<Option<i64>> {
        Ok(match store.claim_subject(&whosaid::hash::content_id(&claims::claim(n)).to_hex())? {
            Some(Subject::Claim { cluster, .. }) => cluster,
            _ => None,
        })
    };
    let (mut planted, mut found) = (0, 0);
    for n in 0..claims {
        if let claims::Planted::Variant { of } = claims::planted(n) {
            planted += 1;
            let (a, b) = (cluster_of(of)?, cluster_of(n)?);
            if a.is_some() && a == b || claims::claim(of) == claims::claim(n) {
                found += 1;
            }
        }
    }
    Ok((planted, found))
}
