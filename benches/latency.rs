//! Latency percentiles of a repeated operation, shared by the measuring examples.

use std::time::Instant;

/// The p50 and p99 of an operation, in milliseconds.
#[derive(Clone, Copy)]
pub struct Percentiles {
    pub p50: f64,
    pub p99: f64,
}

/// Runs `run(0..n)` one after the other and takes the percentiles of their times. `run`
/// returns how many rows it got, so that the work is not optimised away.
pub fn latencies<E>(n: usize, mut run: impl FnMut(usize) -> Result<usize, E>) -> Result<Percentiles, E> {
    let mut times = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        std::hint::black_box(run(i)?);
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    Ok(Percentiles { p50: times[n / 2], p99: times[n * 99 / 100] })
}
