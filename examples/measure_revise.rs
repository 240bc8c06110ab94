//! The time of a revision diff, in one run for `benches/run.sh`:
//!
//! ```text
//! cargo run --release --example measure_revise -- BYTES [RUNS]
//! ```
//!
//! Diffs the two versions of a generated article of about BYTES (`benches/revisions.rs`: every
//! 7th paragraph reworded, every 11th removed, one added every 13, quotes curled in every
//! 17th) with `revise::diff`, extraction of both versions included as `whosaid diff` does it,
//! RUNS times (default 20), and prints one line of `key=value` pairs: the size, p50 and p99 in
//! milliseconds, the mean CPU time of a run (which other load on the machine does not change),
//! the events found, and this process's peak RSS.

#[path = "../benches/latency.rs"]
mod latency;
#[path = "../benches/proc.rs"]
mod proc;
#[path = "../benches/revisions.rs"]
mod revisions;

use anyhow::Context;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let bytes: usize =
        args.next().context("usage: measure_revise BYTES [RUNS]")?.parse().context("BYTES is a number")?;
    let runs: usize = args.next().map_or(Ok(20), |r| r.parse()).context("RUNS is a number")?;
    let (old, new) = revisions::versions(bytes);
    let mut events = 0;
    let cpu = proc::cpu_seconds();
    let time = latency::latencies(runs, |_| {
        events = whosaid::revise::diff(&old, &new).events.len();
        Ok::<_, std::convert::Infallible>(events)
    })?;
    let cpu_ms = (proc::cpu_seconds() - cpu) / runs as f64 * 1e3;
    println!(
        "old_kb={} new_kb={} runs={runs} p50_ms={:.2} p99_ms={:.2} cpu_ms={cpu_ms:.2} events={events} peak_rss_mb={}",
        old.text.len() / 1000,
        new.text.len() / 1000,
        time.p50,
        time.p99,
        proc::peak_rss_kb() / 1024
    );
    Ok(())
}
