//! `whosaid extract FILE…`: find the quotes, speakers and statistics in articles and print
//! them: JSON (one object for one file, an array for several), JSON Lines (one article a
//! line), a table for people, or CSV (one header, then every article's rows). A file that
//! cannot be read is reported on stderr and the others still go out; the exit code is then 2.

use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::report::{self, Format};

/// Extract quotes, speakers and statistics from articles.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files (text, Markdown, HTML, optionally gzipped); `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let many = args.files.len() > 1;
    let mut failed = false;
    let mut articles = Vec::new();
    if args.format == Format::Csv {
        report::write_csv_line(&mut out, &report::quotes_csv_header(many))?;
    }
    for file in &args.files {
        let name = file.display().to_string();
        let doc = match whosaid::document::read_path(file) {
            Ok(doc) => doc,
            Err(err) => {
                eprintln!("whosaid: {name}: {err}");
                failed = true;
                continue;
            }
        };
        let found = whosaid::extract::extract(&doc);
        let article = report::article_json(&doc, &found, many.then_some(name.as_str()));
        match args.format {
            Format::Json if many => articles.push(article),
            Format::Json => serde_json::to_writer_pretty(&mut out, &article)?,
            Format::Jsonl => serde_json::to_writer(&mut out, &article)?,
            Format::Table | Format::Csv => {
                report::write_quotes_table(&mut out, &doc, &found, many.then_some(name.as_str()), args.format)?
            }
        }
        // One JSON array or one CSV holds every article; other formats end each with a line.
        if !matches!((args.format, many), (Format::Csv, _) | (Format::Json, true)) {
            writeln!(out)?;
        }
    }
    if many && args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &articles)?;
        writeln!(out)?;
    }
    out.flush().context("writing the output")?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
