//! `whosaid trace CLAIM-ID | "TEXT"`: where a claim or a statistic comes from. Takes a claim
//! id (or a prefix of at least 4 hex digits), the words of a claim (an exact wording, else the
//! closest stored variant), or the clause of a statistic. Prints every appearance of it and
//! its variants, first appearance first, with who each article credits and the sources it
//! cites; a cited source that is in the database (an article at the linked URL, or articles of
//! the outlet it names) is followed, and the hop gets a verdict: confirmed, altered (with the
//! difference, or the number the source states), absent, or not in the database. A source
//! that quotes the claim too is followed in turn.
//!
//! `--format json` follows schema.org's Claim (`firstAppearance`, `appearance`); see
//! `report/trace.rs` for the fields.

use super::OutputArgs;
use anyhow::Context;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use whosaid::report::write_trace;

/// Trace a claim or statistic to its first appearance and its sources.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A claim id (or a prefix of 4+ hex digits), a claim's words, or a statistic's clause.
    #[arg(value_name = "CLAIM-ID | TEXT")]
    query: String,
    /// Trace the statistic whose clause says TEXT (with its number as each hop states it),
    /// even when a claim has these words too.
    #[arg(long)]
    statistic: bool,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    let trace = if args.statistic {
        whosaid::trace::trace_statistic(&store, &args.query)?
    } else {
        whosaid::trace::trace(&store, &args.query)?
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_trace(&mut out, args.output.format, &trace)?;
    out.flush().context("writing the output")?;
    Ok(ExitCode::SUCCESS)
}
