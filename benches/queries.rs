//! The latency of the two listing queries, `quotes --speaker NAME --limit 100` and
//! `search WORD --limit 100`: shared by `measure query` (on an ingested corpus) and
//! `measure_matching` (on the claims database).

#[path = "latency.rs"]
pub mod latency;

use latency::{Percentiles, latencies};
use std::fmt;
use whosaid::store::Store;
use whosaid::store::query::QuoteFilter;

/// How many times each query is run.
pub const RUNS: usize = 200;

/// The latency of `quotes --speaker NAME --limit 100` and `search WORD --limit 100`.
pub struct QueryLatency {
    pub speaker: Percentiles,
    pub search: Percentiles,
}

/// Runs each listing query [`RUNS`] times, the `i`th with `speaker(i)` and `word(i)`.
pub fn query_latency(
    store: &Store,
    speaker: impl Fn(usize) -> String,
    word: impl Fn(usize) -> String,
) -> whosaid::store::Result<QueryLatency> {
    let by_speaker = latencies(RUNS, |i| {
        let filter = QuoteFilter { speaker: Some(speaker(i)), limit: Some(100), ..QuoteFilter::default() };
        store.quotes(&filter).map(|rows| rows.len())
    })?;
    let search = latencies(RUNS, |i| store.search(&word(i), Some(100)).map(|rows| rows.len()))?;
    Ok(QueryLatency { speaker: by_speaker, search })
}

/// As `key=value` pairs for `benches/run.sh`.
impl fmt::Display for QueryLatency {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "speaker_p50_ms={:.2} speaker_p99_ms={:.2} search_p50_ms={:.2} search_p99_ms={:.2}",
            self.speaker.p50, self.speaker.p99, self.search.p50, self.search.p99
        )
    }
}
