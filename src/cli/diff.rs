//! `whosaid diff OLD NEW`: what changed between two versions of an article, as claim events:
//! quotes added, removed, reworded (with the word diff), re-attributed, moved or unchanged;
//! statistics added, removed or changed; title, byline and date changes. Changes of
//! typography only (white space, quote marks, dashes) are counted apart.
//!
//! Each of OLD and NEW is an article file (`-` for standard input), or a version stored in
//! the database: `URL@N` (version N of the article with that canonical URL or identity, as
//! `whosaid history URL` lists them), or a prefix of a version id (its body hash).
//!
//! The terminal view colours its marks when standard output is a terminal and `NO_COLOR` is
//! not set; `--format json` is the shape documented in `whosaid::report` (revision JSON);
//! `--format html` is one standalone page with the two versions side by side. Exits 0 when
//! the diff was made, 2 on error.

use anyhow::Context;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use whosaid::model::Document;
use whosaid::report::{RevisionView, revision_json, write_revision_html, write_revision_terminal};
use whosaid::store::Store;

/// Show what changed between two versions of an article: quotes, statistics, metadata.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older version: a file, `URL@N`, or a version id prefix.
    old: String,
    /// The newer version: a file, `URL@N`, or a version id prefix.
    new: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DiffFormat::Terminal)]
    format: DiffFormat,
}

/// How `diff` shows a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    /// Events one a line, coloured on a terminal.
    Terminal,
    /// One JSON document.
    Json,
    /// A standalone HTML page: the two versions side by side.
    Html,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let mut store = None;
    let (old_doc, old_label) = load(&args.old, db, &mut store)?;
    let (new_doc, new_label) = load(&args.new, db, &mut store)?;
    let revision = whosaid::revise::diff(&old_doc, &new_doc);
    let view = RevisionView {
        old_doc: &old_doc,
        new_doc: &new_doc,
        old_label: &old_label,
        new_label: &new_label,
        revision: &revision,
    };
    // AutoStream drops the colour when stdout is not a terminal or NO_COLOR is set.
    let mut out = std::io::BufWriter::new(anstream::AutoStream::auto(std::io::stdout().lock()));
    match args.format {
        DiffFormat::Terminal => write_revision_terminal(&mut out, &view)?,
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &revision_json(&view))?;
            writeln!(out)?;
        }
        DiffFormat::Html => write_revision_html(&mut out, &view)?,
    }
    out.flush().context("writing the output")?;
    Ok(ExitCode::SUCCESS)
}

/// Reads one side: a file when there is one at that path, else a stored version. The
/// database is opened once, on first need.
fn load(arg: &str, db: &Path, store: &mut Option<Store>) -> anyhow::Result<(Document, String)> {
    let path = Path::new(arg);
    if arg == "-" || path.is_file() {
        let doc = whosaid::document::read_path(path).with_context(|| arg.to_string())?;
        return Ok((doc, arg.to_string()));
    }
    let stored_ref = whosaid::store::query::parse_version_label(arg);
    let is_hash_prefix = arg.len() >= 4 && arg.bytes().all(|b| b.is_ascii_hexdigit());
    if stored_ref.is_none() && !is_hash_prefix {
        anyhow::bail!(
            "{arg}: no such file, and not a stored version; give a file, URL@N (see `whosaid history URL`) or a version id"
        );
    }
    if store.is_none() {
        *store = Some(super::open_existing(db)?);
    }
    let store = store.as_ref().expect("opened above");
    let version = match stored_ref {
        Some((article, number)) => store.version(article, number)?,
        None => store.version_by_hash(arg)?,
    };
    Ok((version.document(), version.label()))
}
