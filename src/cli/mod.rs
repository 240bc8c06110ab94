//! The subcommands, one file each, and the flat dispatch between them.
//!
//! Every command that reads the database takes the global `--db` (or `WHOSAID_DB`); every
//! command that lists things takes `--format`. Query commands exit 0 when they print rows, 1
//! when nothing matched, 2 on error.

mod check;
mod diff;
mod export;
mod extract;
mod history;
mod ingest;
mod matches;
mod quotes;
mod search;
mod show;
mod speakers;
mod text;
mod trace;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use whosaid::report::{Format, Listing, write_listing};
use whosaid::store::Store;

/// whosaid: who said what in news text, where a claim or number comes from, and what changed.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, max_term_width = 100)]
struct Cli {
    /// The database file (SQLite); created by `ingest` when missing.
    #[arg(long, global = true, env = "WHOSAID_DB", default_value = "whosaid.db", value_name = "PATH")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Text(text::Args),
    Extract(extract::Args),
    Ingest(ingest::Args),
    Quotes(quotes::Args),
    Speakers(speakers::Args),
    Show(show::Args),
    Search(search::Args),
    Export(export::Args),
    Matches(matches::Args),
    Trace(trace::Args),
    Diff(diff::Args),
    History(history::Args),
    Check(check::Args),
}

/// The output options of the listing commands.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Parses the command line and runs the subcommand it names.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let db = cli.db.as_path();
    let outcome = match cli.command {
        Command::Text(args) => text::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Ingest(args) => ingest::run(db, args),
        Command::Quotes(args) => quotes::run(db, args),
        Command::Speakers(args) => speakers::run(db, args),
        Command::Show(args) => show::run(db, args),
        Command::Search(args) => search::run(db, args),
        Command::Export(args) => export::run(db, args),
        Command::Matches(args) => matches::run(db, args),
        Command::Trace(args) => trace::run(db, args),
        Command::Diff(args) => diff::run(db, args),
        Command::History(args) => history::run(db, args),
        Command::Check(args) => check::run(db, args),
    };
    outcome.map_err(|err| name_the_database(db, err))
}

/// A database failure met after the file was opened (a damaged page a query reads, a lock)
/// named by its cause and the file, as one met opening it is; any other error as it is.
/// The context around it ("storing a.txt (articles before it are stored)") is kept.
fn name_the_database(db: &Path, err: anyhow::Error) -> anyhow::Error {
    let Some(named) = err.downcast_ref::<whosaid::store::Error>().and_then(|e| e.about_database(db)) else {
        return err;
    };
    let contexts: Vec<String> = err
        .chain()
        .take_while(|e| e.downcast_ref::<whosaid::store::Error>().is_none())
        .map(|e| e.to_string())
        .collect();
    contexts.into_iter().rev().fold(anyhow::Error::from(named), anyhow::Error::context)
}

/// Reads a `--since` or `--until` date as ingest stores dates (`2016-11-08`, or an ISO 8601
/// time), so that the filter compares like with like; anything else is refused, not matched
/// against nothing.
fn date_arg(raw: &str) -> Result<String, String> {
    whosaid::document::parse_date(raw)
        .ok_or_else(|| format!("{raw:?} is not a date whosaid reads; write it as YYYY-MM-DD or 2016-11-08T14:05:00Z"))
}

/// Refuses a range whose start comes after its end, which no article could fall in.
fn check_range(since: Option<&str>, until: Option<&str>) -> anyhow::Result<()> {
    if let (Some(since), Some(until)) = (since, until)
        && since.get(..10) > until.get(..10)
    {
        anyhow::bail!("--since {since} comes after --until {until}: no date is in that range");
    }
    Ok(())
}

/// Opens the database for a query command: it must exist.
fn open_existing(db: &Path) -> anyhow::Result<Store> {
    Ok(Store::open_existing(db)?)
}

/// Prints rows on standard output; exit code 1 when there are none.
fn print_listing<T: Listing>(output: &OutputArgs, rows: &[T]) -> anyhow::Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_listing(&mut out, output.format, rows)?;
    out.flush().context("writing the output")?;
    Ok(if rows.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
