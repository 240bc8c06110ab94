//! `whosaid extract FILE…`: find the quotes, speakers and statistics in articles and print
//! them: JSON (one object for one file, an array for several), JSON Lines (one article a
//! line), a table for people, or CSV (one header, then every article's rows). A file that
//! cannot be read is reported on stderr and the others still go out; the exit code is then 2.

use anyhow::Context;
use serde::ser::{SerializeSeq, Serializer};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::model::{Document, Extraction};
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
    let failed = if many && args.format == Format::Json {
        // One array of every article, each written out as soon as it is extracted.
        let mut json = serde_json::Serializer::pretty(&mut out);
        let mut array = json.serialize_seq(None)?;
        let failed = each_article(&args.files, |doc, found, name| {
            Ok(array.serialize_element(&report::article_json(doc, found, Some(name)))?)
        })?;
        array.end()?;
        writeln!(out)?;
        failed
    } else {
        if args.format == Format::Csv {
            report::write_csv_line(&mut out, &report::quotes_csv_header(many))?;
        }
        each_article(&args.files, |doc, found, name| {
            let file = many.then_some(name);
            match args.format {
                Format::Json => serde_json::to_writer_pretty(&mut out, &report::article_json(doc, found, file))?,
                Format::Jsonl => serde_json::to_writer(&mut out, &report::article_json(doc, found, file))?,
                Format::Table | Format::Csv => report::write_quotes_table(&mut out, doc, found, file, args.format)?,
            }
            // One CSV holds every article; other formats end each with a line.
            if args.format != Format::Csv {
                writeln!(out)?;
            }
            Ok(())
        })?
    };
    out.flush().context("writing the output")?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Reads and extracts each file in turn and hands it to `each` with its name; a file that
/// cannot be read is reported on stderr and passed over. Whether one was.
fn each_article(
    files: &[PathBuf],
    mut each: impl FnMut(&Document, &Extraction, &str) -> anyhow::Result<()>,
) -> anyhow::Result<bool> {
    let mut failed = false;
    for file in files {
        let name = file.display().to_string();
        match whosaid::document::read_path(file) {
            Ok(doc) => each(&doc, &whosaid::extract::extract(&doc), &name)?,
            Err(err) => {
                eprintln!("whosaid: {name}: {err}");
                failed = true;
            }
        }
    }
    Ok(failed)
}
