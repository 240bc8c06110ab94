//! Revision benchmarks (divan): `cargo bench -j 1 --bench revise`.
//!
//! - `diff_10kb` and `diff_1mb`: `revise::diff` of two versions of a generated article of
//!   about 10 KB and 1 MB (extraction of both versions included, as `whosaid diff` does it).
//!   The versions are those of `revisions.rs`: a heavy revision.

#[path = "revisions.rs"]
mod revisions;

use revisions::versions;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 50)]
fn diff_10kb(bencher: divan::Bencher) {
    let (old, new) = versions(10_000);
    bencher.bench(|| whosaid::revise::diff(&old, &new));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn diff_1mb(bencher: divan::Bencher) {
    let (old, new) = versions(1_000_000);
    bencher.bench(|| whosaid::revise::diff(&old, &new));
}
