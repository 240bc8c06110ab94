//! Quotes and statistics as a table for people (aligned columns, long text cut) or as CSV.

use super::Format;
use crate::model::{Document, Extraction};
use std::io::{self, Write};

/// The columns of the quotes' CSV, [`write_quotes_table`]'s rows, with a first column for
/// the file when several articles go into one CSV.
pub fn quotes_csv_header(with_file: bool) -> Vec<String> {
    let names = ["kind", "speaker", "cue", "text", "figure", "value", "unit"];
    with_file.then_some("file").into_iter().chain(names).map(str::to_string).collect()
}

/// Writes the quotes and statistics of one article. As a table: one row a quote (file
/// when several, kind, speaker, cue, text), then, after a blank line, one row a
/// statistic (file, figure, source, claim). As CSV, the rows under
/// [`quotes_csv_header`], which the caller writes once for all its articles: a statistic
/// is a row of kind `statistic` whose speaker is its source and whose text is its claim,
/// with the figure, value and unit in three more columns that quotes leave empty.
pub fn write_quotes_table(
    out: &mut impl Write,
    doc: &Document,
    found: &Extraction,
    file: Option<&str>,
    format: Format,
) -> io::Result<()> {
    let dash = || "-".to_string();
    let csv = format == Format::Csv;
    let with_file = |cells: Vec<String>| file.map(str::to_string).into_iter().chain(cells).collect::<Vec<_>>();
    let header = |names: &[&str]| with_file(names.iter().map(|n| n.to_string()).collect());
    let mut quotes: Vec<Vec<String>> = Vec::new();
    for q in &found.quotes {
        let speaker = q.speaker.map(|i| found.speakers[i].name.clone());
        let mention = q.speaker_mention.clone().map(|s| doc.text[s].to_string());
        let cue = q.cue.clone().map(|s| doc.text[s].to_string());
        let mut row = vec![
            q.kind.as_str().to_string(),
            speaker.or(mention).unwrap_or_else(dash),
            cue.unwrap_or_else(dash),
            q.text.clone(),
        ];
        if csv {
            row.extend([String::new(), String::new(), String::new()]);
        }
        quotes.push(with_file(row));
    }
    let statistics = found.statistics.iter().map(|s| {
        let source = s.source.clone().unwrap_or_else(dash);
        with_file(if csv {
            let value = s.value.map(|v| v.to_string()).unwrap_or_default();
            vec![
                "statistic".into(),
                source,
                dash(),
                s.claim.clone(),
                s.text.clone(),
                value,
                s.unit.clone().unwrap_or_default(),
            ]
        } else {
            vec![s.text.clone(), source, s.claim.clone()]
        })
    });
    if csv {
        quotes.extend(statistics);
        return quotes.iter().try_for_each(|row| write_csv_line(out, row));
    }
    write_table(out, &header(&["kind", "speaker", "cue", "text"]), &quotes)?;
    let statistics: Vec<Vec<String>> = statistics.collect();
    if statistics.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    write_table(out, &header(&["statistic", "source", "claim"]), &statistics)
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
