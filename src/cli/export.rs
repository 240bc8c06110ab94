//! `whosaid export`: the whole database as JSON Lines, one object a row, each with a `table`
//! field naming where it comes from (tables in dependency order, then the views); or one
//! table or view as CSV (`--format csv --table NAME`, by default the `who_said_what` view of
//! quotes; `--table statistic_sources` gives every statistic with its value, unit, claim,
//! source, the sources it cites and its link).

use anyhow::Context;
use clap::ValueEnum;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use whosaid::report::write_csv_line;
use whosaid::store::query::{TABLES, VIEWS};

/// Export the database as JSON Lines, or one table as CSV.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ExportFormat::Jsonl)]
    format: ExportFormat,
    /// Only this table or view (for CSV: the one to write; `who_said_what`, the quotes, by
    /// default; `statistic_sources` for the statistics).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(TABLES.iter().chain(VIEWS)))]
    table: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    /// One JSON object a line, with a `table` field.
    Jsonl,
    /// One table as comma-separated values with a header row.
    Csv,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ExportFormat::Jsonl => {
            // The whole database is its tables; the views only repeat them.
            let tables: Vec<&str> = match &args.table {
                Some(table) => vec![table.as_str()],
                None => TABLES.to_vec(),
            };
            for table in tables {
                store.export(table, |columns, values| -> anyhow::Result<()> {
                    let mut object = serde_json::Map::new();
                    object.insert("table".into(), table.into());
                    object.extend(columns.iter().cloned().zip(values));
                    serde_json::to_writer(&mut out, &object)?;
                    writeln!(out)?;
                    Ok(())
                })?;
            }
        }
        ExportFormat::Csv => {
            let table = args.table.as_deref().unwrap_or("who_said_what");
            let mut header_done = false;
            store.export(table, |columns, values| -> anyhow::Result<()> {
                if !std::mem::replace(&mut header_done, true) {
                    write_csv_line(&mut out, columns)?;
                }
                write_csv_line(&mut out, &values.iter().map(whosaid::report::csv_cell).collect::<Vec<_>>())?;
                Ok(())
            })?;
        }
    }
    out.flush().context("writing the output")?;
    Ok(ExitCode::SUCCESS)
}
