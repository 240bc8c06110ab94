//! The measuring half of `benches/run.sh`; each run prints one line of `key=value` pairs.
//!
//! - `measure extract DIR`: reads and extracts every article under DIR (the files named in
//!   `DIR/truth.jsonl` when there is one, else every `.txt`/`.md` file), one at a time and
//!   keeping nothing, first on one thread, then on all cores. Prints MB/s by the clock and per
//!   CPU-second (each pass as a whole, its scoring against the truth too), MB/s over the time
//!   spent reading and extracting alone (`extract_only_mbs`, one thread), peak RSS, and,
//!   against the truth: quote recall (a planted quote is found when an
//!   extracted quote has the same normalised words or contains them, or is contained in them),
//!   speaker accuracy (of the found quotes, how many name the planted speaker), statistic recall
//!   (an extracted number with the planted figure) and source accuracy (of those, how many name
//!   the planted source).
//! - `measure query DB`: the latency of `quotes --speaker NAME --limit 100` and
//!   `search WORD --limit 100`, 200 times each over the database's speakers and a fixed word
//!   list, as p50 and p99 in milliseconds.

#[path = "../benches/proc.rs"]
mod proc;
#[path = "../benches/queries.rs"]
mod queries;

use anyhow::bail;
use proc::{cpu_seconds, peak_rss_kb};
use queries::query_latency;
use rayon::prelude::*;
use serde_json::Value;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;
use whosaid::hash::normalize;
use whosaid::model::Extraction;
use whosaid::store::Store;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["extract", dir] => extract(Path::new(dir)),
        ["query", db] => query(Path::new(db)),
        _ => bail!("usage: measure extract DIR | measure query DB"),
    }
}

/// Running sums of the scores against the truth.
#[derive(Default, Clone, Copy)]
struct Score {
    bytes: usize,
    /// Seconds spent reading and extracting, without scoring against the truth.
    extract_secs: f64,
    quotes: usize,
    quotes_found: usize,
    speakers_right: usize,
    statistics: usize,
    statistics_found: usize,
    sources_right: usize,
}

impl Score {
    fn add(self, o: Score) -> Score {
        Score {
            bytes: self.bytes + o.bytes,
            extract_secs: self.extract_secs + o.extract_secs,
            quotes: self.quotes + o.quotes,
            quotes_found: self.quotes_found + o.quotes_found,
            speakers_right: self.speakers_right + o.speakers_right,
            statistics: self.statistics + o.statistics,
            statistics_found: self.statistics_found + o.statistics_found,
            sources_right: self.sources_right + o.sources_right,
        }
    }
}

/// The articles to measure, streamed: each file with its truth line, if there is a truth file.
fn inputs(dir: &Path) -> anyhow::Result<Box<dyn Iterator<Item = (PathBuf, Option<String>)> + Send>> {
    let truth = dir.join("truth.jsonl");
    if !truth.exists() {
        let mut files = Vec::new();
        walk(dir, &mut files)?;
        return Ok(Box::new(files.into_iter().map(|p| (p, None))));
    }
    let dir = dir.to_path_buf();
    let lines = std::io::BufReader::new(std::fs::File::open(&truth)?).lines();
    Ok(Box::new(lines.map(move |line| {
        let line = line.expect("truth.jsonl reads");
        let v: Value = serde_json::from_str(&line).expect("truth lines are JSON");
        (dir.join(v["file"].as_str().expect("truth lines name their file")), Some(line))
    })))
}

fn extract(dir: &Path) -> anyhow::Result<()> {
    let one = |(path, truth): (PathBuf, Option<String>)| -> Score {
        let started = Instant::now();
        let doc = whosaid::document::read_path(&path).expect("generated articles read");
        let found = whosaid::extract::extract(&doc);
        let extract_secs = started.elapsed().as_secs_f64();
        let mut score = truth.as_deref().map_or_else(Score::default, |t| score(&found, t));
        score.extract_secs = extract_secs;
        score.bytes = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
        score
    };
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let (score, files) =
        inputs(dir)?.map(|item| (one(item), 1)).fold((Score::default(), 0), |(a, n), (b, m)| (a.add(b), n + m));
    let (wall, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let t = Instant::now();
    inputs(dir)?.par_bridge().map(one).reduce(Score::default, Score::add);
    let all = t.elapsed().as_secs_f64();
    let mb = score.bytes as f64 / 1e6;
    let ratio = |a: usize, b: usize| if b == 0 { f64::NAN } else { a as f64 / b as f64 };
    println!(
        "files={} mb={mb:.1} one_thread_mbs={:.2} extract_only_mbs={:.2} per_cpu_mbs={:.2} all_cores_mbs={:.2} threads={} \
         quote_recall={:.3} speaker_accuracy={:.3} statistic_recall={:.3} source_accuracy={:.3} peak_rss_mb={}",
        files,
        mb / wall,
        mb / score.extract_secs.max(1e-9),
        mb / cpu.max(0.01),
        mb / all,
        rayon::current_num_threads(),
        ratio(score.quotes_found, score.quotes),
        ratio(score.speakers_right, score.quotes_found),
        ratio(score.statistics_found, score.statistics),
        ratio(score.sources_right, score.statistics_found),
        peak_rss_kb() / 1024,
    );
    Ok(())
}

/// Scores one article's extraction against its truth line.
fn score(found: &Extraction, truth: &str) -> Score {
    let truth: Value = serde_json::from_str(truth).expect("truth lines are JSON");
    let mut score = Score::default();
    let extracted: Vec<(String, Option<&str>)> = found
        .quotes
        .iter()
        .map(|q| (normalize(&q.text), q.speaker.and_then(|i| found.speakers.get(i)).map(|s| s.name.as_str())))
        .collect();
    for planted in truth["quotes"].as_array().into_iter().flatten() {
        score.quotes += 1;
        let words = normalize(planted["text"].as_str().unwrap_or_default());
        let hit = extracted.iter().find(|(text, _)| text.contains(&words) || (text.len() > 20 && words.contains(text)));
        if let Some((_, speaker)) = hit {
            score.quotes_found += 1;
            let want = planted["speaker"].as_str().unwrap_or_default();
            score.speakers_right += usize::from(speaker.is_some_and(|s| s.eq_ignore_ascii_case(want)));
        }
    }
    for planted in truth["statistics"].as_array().into_iter().flatten() {
        score.statistics += 1;
        let value = planted["value"].as_f64();
        if let Some(st) = found.statistics.iter().find(|s| s.value.is_some() && s.value == value) {
            score.statistics_found += 1;
            let want = planted["source"].as_str().unwrap_or_default().to_lowercase();
            score.sources_right += usize::from(st.source.as_deref().is_some_and(|s| s.to_lowercase().contains(&want)));
        }
    }
    score
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "txt" || x == "md") {
            out.push(path);
        }
    }
    Ok(())
}

fn query(db: &Path) -> anyhow::Result<()> {
    let store = Store::open_existing(db)?;
    let speakers: Vec<String> = store.speakers(None)?.into_iter().map(|s| s.name).collect();
    anyhow::ensure!(!speakers.is_empty(), "{}: no speakers to query", db.display());
    const WORDS: [&str; 8] = ["harbour", "budget", "council", "ferry", "engineers", "money", "vote", "residents"];
    let latency =
        query_latency(&store, |i| speakers[i * 37 % speakers.len()].clone(), |i| WORDS[i % WORDS.len()].to_string())?;
    println!("{latency} peak_rss_mb={}", peak_rss_kb() / 1024);
    Ok(())
}
