//! `whosaid history URL`: every stored version of an article, oldest first, with the time it
//! was ingested and a one-line summary of what it changed from the version before (the claim
//! events of `whosaid diff`). URL is the article's canonical URL, its identity (the body hash
//! of the first version, for articles without a URL), or a prefix of any of its version ids,
//! as `show` takes them.

use super::OutputArgs;
use std::path::Path;
use std::process::ExitCode;
use whosaid::report::HistoryRow;

/// List an article's stored versions and what each one changed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article: its canonical URL, its identity, or a prefix (4+ hex digits) of one of its version ids.
    article: String,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    let versions = store.versions(&args.article)?;
    let mut rows = Vec::with_capacity(versions.len());
    let mut previous: Option<whosaid::model::Document> = None;
    for version in &versions {
        let doc = version.document();
        let changes = match &previous {
            None => {
                let quotes = whosaid::extract::extract(&doc).quotes.len();
                format!("first version: {quotes} quote{}", if quotes == 1 { "" } else { "s" })
            }
            Some(before) => whosaid::revise::diff(before, &doc).summary().to_string(),
        };
        rows.push(HistoryRow {
            version: version.number,
            hash: version.hash.clone(),
            ingested_at: version.ingested_at.clone(),
            published: version.published.clone().or_else(|| version.modified.clone()),
            changes,
        });
        previous = Some(doc);
    }
    super::print_listing(&args.output, &rows)
}
