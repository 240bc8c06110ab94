//! Extraction throughput and memory, over a stream of real articles.
//!
//! Reads the PolNeAR train articles from `../shared/corpus/polnear-train` (or, without
//! `../shared`, the generated articles of `corpus.rs`), cycles through them until the corpus
//! size is reached, and reads + extracts one article at a time, keeping nothing: peak resident
//! memory should stay flat as the corpus grows. Prints MB/s on one thread (by the clock and per CPU-second, which
//! other load on the machine does not change) and on all cores,
//! and peak RSS, for 12.5, 25, 50 and 100 MB.
//!
//! Then one article of 1, 2, 4 and 8 MB, the generated articles of `corpus.rs` run together
//! (their speakers called by a lone surname again and again, "Ruiz added"): MB/s per
//! CPU-second that falls as the article grows shows work that grows faster than the text, as
//! a look-up that walks everything named before it would.
//!
//! Run: `cargo bench --bench extract` (add `-- 50` to run one size, in MB).

use rayon::prelude::*;
use std::time::Instant;

#[path = "corpus.rs"]
mod corpus;
#[path = "proc.rs"]
mod proc;

use proc::{cpu_seconds, peak_rss_kb};

fn articles() -> (Vec<String>, &'static str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-train");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        return ((0..1000).map(corpus::article).collect(), "generated articles");
    }
    texts.sort();
    (texts, "polnear-train articles")
}

/// Extracts `count` articles (cycling through `texts`), returning bytes processed and quotes found.
fn run(texts: &[String], count: usize, parallel: bool) -> (usize, usize) {
    let one = |i: usize| {
        let text = &texts[i % texts.len()];
        let doc = whosaid::document::read_bytes(text.as_bytes(), Some("a.txt")).expect("corpus articles read");
        let found = whosaid::extract::extract(&doc);
        (text.len(), found.quotes.len() + found.statistics.len())
    };
    let sum = |a: (usize, usize), b: (usize, usize)| (a.0 + b.0, a.1 + b.1);
    if parallel {
        (0..count).into_par_iter().map(one).reduce(|| (0, 0), sum)
    } else {
        (0..count).map(one).fold((0, 0), sum)
    }
}

fn main() {
    let (texts, source) = articles();
    let mean = texts.iter().map(String::len).sum::<usize>() / texts.len();
    let only: Option<f64> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    let sizes: Vec<f64> = only.map_or(vec![12.5, 25.0, 50.0, 100.0], |s| vec![s]);
    println!("extraction over {source} (mean {mean} bytes), {} threads available", rayon::current_num_threads());
    println!(
        "{:>8} {:>9} {:>12} {:>14} {:>14} {:>15}",
        "MB", "articles", "found", "1 thread MB/s", "per CPU-second", "all cores MB/s"
    );
    let mut previous: Option<f64> = None;
    for mb in sizes {
        let count = (mb * 1e6 / mean as f64).ceil() as usize;
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let (bytes, found) = run(&texts, count, false);
        let single = bytes as f64 / 1e6 / t.elapsed().as_secs_f64();
        let per_cpu = bytes as f64 / 1e6 / (cpu_seconds() - cpu).max(0.01);
        let t = Instant::now();
        let (bytes, _) = run(&texts, count, true);
        let multi = bytes as f64 / 1e6 / t.elapsed().as_secs_f64();
        let change =
            previous.map_or(String::new(), |p| format!("  ({:+.0}% vs previous size)", (per_cpu / p - 1.0) * 100.0));
        println!(
            "{:>8.1} {count:>9} {found:>12} {single:>14.1} {per_cpu:>14.1} {multi:>15.1}   peak RSS {} MB{change}",
            bytes as f64 / 1e6,
            peak_rss_kb() / 1024
        );
        previous = Some(per_cpu);
    }
    one_long_article();
}

/// MB/s per CPU-second of extracting one article of 1, 2, 4 and 8 MB, with the change from
/// the size before.
fn one_long_article() {
    println!("\none article of generated news, growing");
    println!("{:>8} {:>12} {:>14}", "MB", "found", "per CPU-second");
    let mut previous: Option<f64> = None;
    for mb in [1.0, 2.0, 4.0, 8.0] {
        let mut text = String::new();
        let mut n = 0;
        while (text.len() as f64) < mb * 1e6 {
            text.push_str(&corpus::article(n));
            n += 1;
        }
        let cpu = cpu_seconds();
        let doc = whosaid::document::read_bytes(text.as_bytes(), Some("long.txt")).expect("generated text reads");
        let found = whosaid::extract::extract(&doc);
        let per_cpu = text.len() as f64 / 1e6 / (cpu_seconds() - cpu).max(0.01);
        let change =
            previous.map_or(String::new(), |p| format!("  ({:+.0}% vs previous size)", (per_cpu / p - 1.0) * 100.0));
        println!("{:>8.1} {:>12} {per_cpu:>14.1}{change}", text.len() as f64 / 1e6, found.quotes.len());
        previous = Some(per_cpu);
    }
}
