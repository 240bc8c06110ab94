//! Renderers: the JSON shape of an extraction, and tables and CSV for people and
//! spreadsheets. The serialisable shapes live here, not in the model, so the model can change
//! without breaking the output that users build on.
//!
//! # The article JSON (`whosaid extract --format json`)
//!
//! ```text
//! { "file": "path"                       (only when several files are extracted)
//!   "article": {title, authors[], published, modified, url, outlet, language},
//!   "speakers": [{name, kind: person|organization|unnamed, aliases[], descriptions[]}],
//!   "quotes": [{id, kind: direct|mixed|indirect, text, speaker, speaker_mention, cue,
//!               start, end, parts: [[start, end]…], links: [{href, anchor}]}],
//!   "statistics": [{id, text, claim, value, value_max, unit, noun, qualifier, time,
//!                   source, cites[], link, start, end}],
//!   "diagnostics": [{at, message}] }
//! ```
//!
//! Offsets count characters (Unicode scalar values) of the body text that `whosaid text`
//! prints; `end` is exclusive. `id` is the blake3 content id of the normalised text; a
//! statistic's is its clause's under a key of its own (`hash::statistic_id`: the same clause
//! with the same number has one id, never a claim's).

mod listing;
mod matches;
mod revision;
mod revision_page;
mod table;
mod trace;

pub use listing::{Listing, csv_cell, write_listing, write_shown};
pub use matches::write_clusters;
pub use revision::{HistoryRow, RevisionView, revision_json, write_revision_terminal};
pub use revision_page::write_revision_html;
pub use table::{quotes_csv_header, write_csv, write_csv_line, write_quotes_table, write_table};
pub use trace::write_trace;

use crate::hash::{content_id, statistic_id};
use crate::model::{Document, Extraction, Quote};
use serde_json::{Value, json};

/// Output formats of the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// Maps byte offsets of a text to character offsets, for offsets asked in increasing or
/// random order, without a table as large as the text.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// (byte, char) at every 1024th byte boundary reached.
    marks: Vec<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut marks = vec![(0, 0)];
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= marks.last().map_or(0, |m| m.0) + 1024 {
                marks.push((byte, chars));
            }
        }
        CharOffsets { text, marks }
    }

    /// The character offset of a byte offset (which must be a char boundary).
    pub fn of(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let (b, c) = self.marks[self.marks.partition_point(|m| m.0 <= byte) - 1];
        c + self.text.get(b..byte).map_or(0, |s| s.chars().count())
    }
}

/// The JSON object for one extracted article (the shape above).
pub fn article_json(doc: &Document, found: &Extraction, file: Option<&str>) -> Value {
    let offsets = CharOffsets::new(&doc.text);
    let quotes: Vec<Value> = found.quotes.iter().map(|q| quote_json(doc, found, q, &offsets)).collect();
    let speakers: Vec<Value> = found
        .speakers
        .iter()
        .map(|s| json!({"name": s.name, "kind": s.kind, "aliases": s.aliases, "descriptions": s.descriptions}))
        .collect();
    let statistics: Vec<Value> = found
        .statistics
        .iter()
        .map(|s| {
            json!({"id": statistic_id(&s.claim).to_hex(), "text": s.text, "claim": s.claim, "value": s.value,
                   "value_max": s.value_max, "unit": s.unit, "noun": s.noun, "qualifier": s.qualifier, "time": s.time, "source": s.source, "cites": s.cites,
                   "link": s.link, "start": offsets.of(s.span.start), "end": offsets.of(s.span.end)})
        })
        .collect();
    let diagnostics: Vec<Value> =
        found.diagnostics.iter().map(|d| json!({"at": offsets.of(d.at), "message": d.message})).collect();
    let mut out = json!({
        "article": doc.meta,
        "speakers": speakers,
        "quotes": quotes,
        "statistics": statistics,
        "diagnostics": diagnostics,
    });
    if let Some(file) = file {
        out["file"] = json!(file);
    }
    out
}

fn quote_json(doc: &Document, found: &Extraction, q: &Quote, offsets: &CharOffsets) -> Value {
    let span_text = |s: &Option<crate::model::Span>| s.as_ref().map(|s| doc.text[s.clone()].to_string());
    let start = q.parts.first().map_or(0, |p| p.start);
    let end = q.parts.last().map_or(0, |p| p.end);
    json!({
        "id": content_id(&q.text).to_hex(),
        "kind": q.kind,
        "text": q.text,
        "speaker": q.speaker.map(|i| found.speakers[i].name.as_str()),
        "speaker_mention": span_text(&q.speaker_mention),
        "cue": span_text(&q.cue),
        "start": offsets.of(start),
        "end": offsets.of(end),
        "parts": q.parts.iter().map(|p| [offsets.of(p.start), offsets.of(p.end)]).collect::<Vec<_>>(),
        "links": q.links.iter().map(|&i| {
            let link = &doc.links[i];
            json!({"href": link.href, "anchor": &doc.text[link.span.clone()]})
        }).collect::<Vec<_>>(),
    })
}
