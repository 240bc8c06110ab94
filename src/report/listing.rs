//! The query commands' output: rows from the database as a table, CSV, JSON or JSON Lines.
//!
//! # Shapes
//!
//! ```text
//! quote   (whosaid quotes, search; show's "occurrences")
//!   {claim, speaker, mention, cue, kind, text, published, outlet, title, article, version,
//!    start, end}
//! speaker (whosaid speakers)
//!   {name, kind, aliases[], descriptions[], quotes, articles}
//! statistic {id, text, claim, value, value_max, unit, noun, qualifier, time, source, cites[],
//!            link, start, end}
//! show    {type: "claim", claim, text, normalized, occurrences[]}
//!       | {type: "statistic", statistic, claim,
//!          occurrences: [{statistic fields, published, outlet, title, article, version}]}
//!       | {type: "speaker", name, kind, aliases[], descriptions[], quotes, articles, occurrences[]}
//!       | {type: "article", article, version, url, title, outlet, published,
//!          versions: [{number, hash, title, published, source, ingested_at, quotes}],
//!          occurrences[], statistics[]}
//! ```
//!
//! `claim` is the claim id (64 hex digits) of a quote, a statistic's `id` the id of its clause
//! and `claim` that clause; `article` is the canonical URL or body hash, `version` the number
//! of the version shown, `start` and `end` character offsets into that version's body. JSON is one array (one object for
//! `show`); JSON Lines one object a line; CSV has one column per field, lists joined by "; ".

use super::{Format, write_csv_line, write_table};
use crate::store::query::{QuoteRow, Shown, SpeakerRow, StatisticAppearance};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};

/// A row type of a listing: the columns a table shows for people. JSON and CSV show every
/// field.
pub trait Listing: Serialize {
    /// The table's column names.
    const HEADER: &'static [&'static str];
    /// The table's cells, in the order of [`HEADER`](Listing::HEADER).
    fn cells(&self) -> Vec<String>;
}

/// Writes rows in a format.
pub fn write_listing<T: Listing>(out: &mut impl Write, format: Format, rows: &[T]) -> io::Result<()> {
    match format {
        Format::Table => {
            let header: Vec<String> = T::HEADER.iter().map(|h| h.to_string()).collect();
            let cells: Vec<Vec<String>> = rows.iter().map(Listing::cells).collect();
            write_table(out, &header, &cells)
        }
        Format::Json | Format::Jsonl => write_json_rows(out, format, rows),
        Format::Csv => {
            for (idx, row) in rows.iter().enumerate() {
                let Value::Object(fields) = serde_json::to_value(row)? else { continue };
                if idx == 0 {
                    write_csv_line(out, &fields.keys().cloned().collect::<Vec<_>>())?;
                }
                write_csv_line(out, &fields.values().map(csv_cell).collect::<Vec<_>>())?;
            }
            Ok(())
        }
    }
}

/// Writes rows as one pretty JSON array (`Json`) or one JSON object a line (any other
/// format).
pub fn write_json_rows<T: Serialize>(out: &mut impl Write, format: Format, rows: &[T]) -> io::Result<()> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, rows)?;
        return writeln!(out);
    }
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes everything known about one thing: a few lines of facts, then its quotes.
pub fn write_shown(out: &mut impl Write, format: Format, shown: &Shown) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, shown)?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, shown)?;
            writeln!(out)
        }
        Format::Csv => write_occurrences(out, format, shown),
        Format::Table => {
            let Value::Object(fields) = serde_json::to_value(shown)? else { return Ok(()) };
            let facts = fields
                .iter()
                .filter(|(k, v)| !v.is_null() && !matches!(k.as_str(), "occurrences" | "versions" | "statistics"));
            for (key, value) in facts {
                writeln!(out, "{key:<13}{}", csv_cell(value))?;
            }
            if let Shown::Article { versions, statistics, .. } = shown {
                for v in versions {
                    let published = v.published.as_deref().unwrap_or("-");
                    writeln!(
                        out,
                        "version {:<5}{}  published {published}  ingested {}  {} quotes",
                        v.number,
                        &v.hash[..12],
                        v.ingested_at,
                        v.quotes
                    )?;
                }
                for st in statistics {
                    writeln!(
                        out,
                        "statistic    {}  {}  source: {}  ({})",
                        st.id.get(..12).unwrap_or(&st.id),
                        st.text,
                        st.source.as_deref().unwrap_or("-"),
                        st.claim
                    )?;
                }
            }
            writeln!(out)?;
            write_occurrences(out, format, shown)
        }
    }
}

/// Writes the occurrences of a shown thing: the quotes of a claim, a speaker or an article, or
/// the articles that state a statistic.
fn write_occurrences(out: &mut impl Write, format: Format, shown: &Shown) -> io::Result<()> {
    match shown {
        Shown::Claim { occurrences, .. } | Shown::Speaker { occurrences, .. } | Shown::Article { occurrences, .. } => {
            write_listing(out, format, occurrences)
        }
        Shown::Statistic { occurrences, .. } => write_listing(out, format, occurrences),
    }
}

/// A JSON value as one CSV or table cell: strings as they are, lists joined by "; ".
pub fn csv_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(csv_cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

impl Listing for QuoteRow {
    const HEADER: &'static [&'static str] = &["claim", "published", "speaker", "kind", "outlet", "text"];

    fn cells(&self) -> Vec<String> {
        let speaker = self.speaker.clone().or_else(|| self.mention.as_ref().map(|m| format!("({m})")));
        vec![
            self.claim.chars().take(12).collect(),
            self.published.as_deref().map_or("-", |p| p.get(..10).unwrap_or(p)).to_string(),
            speaker.unwrap_or_else(|| "-".into()),
            self.kind.clone(),
            self.outlet.clone().unwrap_or_else(|| "-".into()),
            self.text.clone(),
        ]
    }
}

impl Listing for StatisticAppearance {
    const HEADER: &'static [&'static str] = &["published", "outlet", "number", "source", "article"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.published.as_deref().map_or("-", |p| p.get(..10).unwrap_or(p)).to_string(),
            self.outlet.clone().unwrap_or_else(|| "-".into()),
            self.statistic.text.clone(),
            self.statistic.source.clone().unwrap_or_else(|| "-".into()),
            format!("{}@{}", self.article, self.version),
        ]
    }
}

impl Listing for SpeakerRow {
    const HEADER: &'static [&'static str] = &["name", "kind", "quotes", "articles", "aliases"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.clone(),
            self.quotes.to_string(),
            self.articles.to_string(),
            self.aliases.join("; "),
        ]
    }
}
