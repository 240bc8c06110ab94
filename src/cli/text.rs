//! `whosaid text FILE`: print the body text of an article as the extractor sees it: the
//! paragraphs of a text, Markdown or HTML file, separated by blank lines, with page furniture
//! (bylines, captions, related links, navigation) left out. Offsets in `extract` output count
//! characters of this text.

use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Print the body text of an article (text, Markdown or HTML; `-` reads standard input).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article file.
    file: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let doc = whosaid::document::read_path(&args.file).with_context(|| format!("{}", args.file.display()))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", doc.text)?;
    Ok(ExitCode::SUCCESS)
}
