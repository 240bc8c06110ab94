//! `whosaid show ID`: everything known about one thing. ID is tried as a claim's or a
//! statistic's id (or a prefix of at least 4 hex digits), then as a speaker's name or alias,
//! then as an article (canonical URL, or a prefix of its hash or of one of its versions'
//! hashes; `@N` after it shows its version N).

use super::OutputArgs;
use anyhow::Context;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Show a claim, a statistic, a speaker or an article with everything known about it.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A claim or statistic id or prefix, a speaker name or alias, or an article URL or hash
    /// prefix (URL@N for its version N).
    id: String,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    let shown = store.show(&args.id)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    whosaid::report::write_shown(&mut out, args.output.format, &shown)?;
    out.flush().context("writing the output")?;
    Ok(ExitCode::SUCCESS)
}
