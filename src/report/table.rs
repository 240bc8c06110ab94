//! Quotes as a table for people (aligned columns, long text cut) or as CSV.

use super::Format;
use crate::model::{Document, Extraction};
use std::io::{self, Write};

/// Writes one row a quote: file (when several), kind, speaker, cue, text.
pub fn write_quotes_table(
    out: &mut impl Write,
    doc: &Document,
    found: &Extraction,
    file: Option<&str>,
    format: Format,
) -> io::Result<()> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for q in &found.quotes {
        let speaker = q.speaker.map(|i| found.speakers[i].name.clone());
        let mention = q.speaker_mention.clone().map(|s| doc.text[s].to_string());
        let mut row = Vec::new();
        if let Some(f) = file {
            row.push(f.to_string());
        }
        row.push(q.kind.as_str().to_string());
        row.push(speaker.or(mention).unwrap_or_else(|| "-".into()));
        row.push(q.cue.clone().map(|s| doc.text[s].to_string()).unwrap_or_else(|| "-".into()));
        row.push(q.text.clone());
        rows.push(row);
    }
    let mut header = vec!["kind", "speaker", "cue", "text"];
    if file.is_some() {
        header.insert(0, "file");
    }
    let header: Vec<String> = header.into_iter().map(String::from).collect();
    if format == Format::Csv { write_csv(out, &header, &rows) } else { write_table(out, &header, &rows) }
}

/// Aligned columns; the last column is cut to keep rows on one line.
pub fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    const LAST_WIDTH: usize = 90;
    let cell = |s: &str, last: bool| -> String {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if last && s.chars().count() > LAST_WIDTH {
            format!("{}…", s.chars().take(LAST_WIDTH - 1).collect::<String>())
        } else {
            s
        }
    };
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, c) in row.iter().enumerate().take(n - 1) {
            widths[i] = widths[i].max(cell(c, false).chars().count().min(40));
        }
    }
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let mut line = String::new();
        for (i, c) in row.iter().enumerate() {
            let c = cell(c, i == n - 1);
            if i == n - 1 {
                line.push_str(&c);
            } else {
                let c: String = c.chars().take(40).collect();
                line.push_str(&format!("{c:<w$}  ", w = widths[i]));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// RFC 4180 CSV.
pub fn write_csv(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        write_csv_line(out, row)?;
    }
    Ok(())
}

/// One RFC 4180 CSV line, for writers that stream rows.
pub fn write_csv_line(out: &mut impl Write, cells: &[String]) -> io::Result<()> {
    let line: Vec<String> = cells
        .iter()
        .map(|c| if c.contains([',', '"', '\n', '\r']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() })
        .collect();
    writeln!(out, "{}", line.join(","))
}
