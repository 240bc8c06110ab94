//! `whosaid search TEXT`: full-text search over quotes (SQLite FTS5, English stemming, case
//! and accents ignored). Every word must appear; the best matches come first. Quotes from
//! the newest version of each article only.

use super::OutputArgs;
use std::path::Path;
use std::process::ExitCode;

/// Find quotes by their words.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The words to look for.
    #[arg(required = true, num_args = 1..)]
    words: Vec<String>,
    /// At most this many quotes.
    #[arg(long, value_name = "N", default_value_t = 50)]
    limit: usize,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    super::print_listing(&args.output, &store.search(&args.words.join(" "), Some(args.limit))?)
}
