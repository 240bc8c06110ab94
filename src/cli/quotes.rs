//! `whosaid quotes`: list the quotes in the database, oldest first, from the newest version of
//! each article (`--all-versions` for every version). Filters combine: `--speaker` matches a
//! speaker's canonical name or any alias the articles used ("Clinton", "the Democratic
//! nominee"), `--article` a URL or an article or version hash prefix, `--since` and `--until`
//! the publication date, `--search` words in the quote.

use super::OutputArgs;
use std::path::Path;
use std::process::ExitCode;
use whosaid::store::query::QuoteFilter;

/// List quotes, with filters.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only quotes by this speaker (canonical name or alias, any case).
    #[arg(long)]
    speaker: Option<String>,
    /// Only quotes in this article (canonical URL, or a prefix of its hash: 4+ hex digits).
    #[arg(long)]
    article: Option<String>,
    /// Only quotes of this kind.
    #[arg(long, value_parser = ["direct", "mixed", "indirect"])]
    kind: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD, or a full ISO 8601 time).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    since: Option<String>,
    /// Only articles published on or before this date (the whole day counts).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    until: Option<String>,
    /// Only quotes containing all these words.
    #[arg(long, value_name = "WORDS")]
    search: Option<String>,
    /// Include the quotes of earlier versions of each article.
    #[arg(long)]
    all_versions: bool,
    /// At most this many quotes.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    super::check_range(args.since.as_deref(), args.until.as_deref())?;
    let store = super::open_existing(db)?;
    let filter = QuoteFilter {
        speaker: args.speaker,
        article: args.article,
        kind: args.kind,
        since: args.since,
        until: args.until,
        search: args.search,
        all_versions: args.all_versions,
        limit: args.limit,
    };
    super::print_listing(&args.output, &store.quotes(&filter)?)
}
