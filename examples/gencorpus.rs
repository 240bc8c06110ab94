//! Writes a generated corpus to a folder, with its truth beside it:
//!
//! ```text
//! cargo run --release --example gencorpus -- --articles N [--seed S] [--kind news|seed] --out DIR
//! ```
//!
//! `--kind news` (the default) writes the articles of `benches/news.rs`, Markdown with known
//! speakers, quotes, variants and revisions, and `DIR/truth.jsonl` with one line per file.
//! `--kind seed` writes the seed-sized plain-text articles of `benches/corpus.rs` (the ones the
//! ingest target of issue 5 is measured on), which have no truth file. Files go in
//! subfolders of 10,000, so that no folder grows too large.

#[path = "../benches/corpus.rs"]
mod corpus;
#[path = "../benches/news.rs"]
mod news;

use anyhow::{Context, bail};
use std::io::Write;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut count, mut seed, mut kind, mut out) = (None, 1u64, "news".to_string(), None);
    while let Some(flag) = args.next() {
        let value = args.next().with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--articles" => count = Some(value.parse::<usize>().context("--articles takes a number")?),
            "--seed" => seed = value.parse().context("--seed takes a number")?,
            "--kind" => kind = value,
            "--out" => out = Some(PathBuf::from(value)),
            _ => bail!("unknown flag {flag}; use --articles N --seed S --kind news|seed --out DIR"),
        }
    }
    let (Some(count), Some(out)) = (count, out) else { bail!("give --articles N and --out DIR") };
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let (mut files, mut bytes) = (0usize, 0usize);
    let mut write = |n: usize, name: &str, text: &str| -> anyhow::Result<()> {
        let dir = out.join(format!("{:03}", n / 10_000));
        if n.is_multiple_of(10_000) {
            std::fs::create_dir_all(&dir)?;
        }
        std::fs::write(dir.join(name), text).with_context(|| format!("writing {name}"))?;
        (files, bytes) = (files + 1, bytes + text.len());
        Ok(())
    };
    match kind.as_str() {
        "seed" => {
            for n in 0..count {
                write(n, &format!("article-{n:07}.txt"), &corpus::article(n))?;
            }
        }
        "news" => {
            let mut truth = std::io::BufWriter::new(std::fs::File::create(out.join("truth.jsonl"))?);
            for article in news::articles(count, seed) {
                let n: usize = article.file[..7].parse()?;
                write(n, &article.file, &article.text)?;
                let mut line = article.truth;
                line["file"] = format!("{:03}/{}", n / 10_000, article.file).into();
                writeln!(truth, "{line}")?;
            }
            truth.flush()?;
        }
        _ => bail!("--kind is news or seed, not {kind}"),
    }
    eprintln!("wrote {files} files, {:.1} MB, into {}", bytes as f64 / 1e6, out.display());
    Ok(())
}
