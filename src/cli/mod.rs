//! The subcommands, one file each, and the flat dispatch between them.

mod extract;
mod text;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// whosaid: who said what in news text, where a claim or number comes from, and what changed.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Text(text::Args),
    Extract(extract::Args),
}

/// Parses the command line and runs the subcommand it names.
pub fn run() -> anyhow::Result<ExitCode> {
    match Cli::parse().command {
        Command::Text(args) => text::run(args),
        Command::Extract(args) => extract::run(args),
    }
}
