//! `whosaid matches`: the same claim across articles. Lists the clusters of variants that
//! ingest found, each with its members (the claim first stored, then each variant with its
//! class: identical, trimmed or altered, and the word diff from the claim it matched), every
//! appearance (date, outlet, speaker) and the conflicts inside it: the same words given to
//! different speakers, the same statistic with another number or unit.
//!
//! `--class` takes a class or a conflict (`speaker`, `number`, `unit`); `--speaker`,
//! `--outlet`, `--since` and `--until` keep the clusters with an appearance that fits.

use super::OutputArgs;
use anyhow::Context;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use whosaid::report::write_clusters;
use whosaid::store::clusters::MatchFilter;

/// List clusters of the same claim or statistic across articles.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only clusters with this class of variant or this kind of conflict.
    #[arg(long, value_parser = ["identical", "trimmed", "altered", "speaker", "number", "unit"])]
    class: Option<String>,
    /// Only clusters where this speaker is quoted (canonical name or alias).
    #[arg(long)]
    speaker: Option<String>,
    /// Only clusters with an appearance in this outlet (any case).
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// Only clusters with an appearance published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    since: Option<String>,
    /// Only clusters with an appearance published on or before this date (the whole day counts).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    until: Option<String>,
    /// At most this many clusters.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    super::check_range(args.since.as_deref(), args.until.as_deref())?;
    let store = super::open_existing(db)?;
    let filter = MatchFilter {
        class: args.class,
        speaker: args.speaker,
        outlet: args.outlet,
        since: args.since,
        until: args.until,
        limit: args.limit,
    };
    let clusters = store.clusters(&filter)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_clusters(&mut out, args.output.format, &clusters)?;
    out.flush().context("writing the output")?;
    Ok(if clusters.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
