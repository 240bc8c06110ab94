//! `whosaid speakers`: list every person and organisation quoted in the database, most quoted
//! first, with the names articles gave them and how many quotes and articles they have.

use super::OutputArgs;
use std::path::Path;
use std::process::ExitCode;

/// List speakers with their aliases and counts.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the speaker called this (canonical name or alias, any case).
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    super::print_listing(&args.output, &store.speakers(args.name.as_deref())?)
}
