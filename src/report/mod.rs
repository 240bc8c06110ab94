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
use crate::model::{Document, Extraction, Metadata, QuoteKind, Span, SpeakerKind, Statistic};
use serde::Serialize;

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

/// The JSON object for one extracted article (the shape above), borrowing what it shows from
/// the document and the extraction: it is written out as it is serialised, never held as a
/// second tree (an 8 MB article's took 800 MB, most of the time spent zeroing its pages).
pub fn article_json<'a>(doc: &'a Document, found: &'a Extraction, file: Option<&'a str>) -> ArticleJson<'a> {
    let offsets = CharOffsets::new(&doc.text);
    let span_text = |s: &Option<Span>| s.as_ref().map(|s| &doc.text[s.clone()]);
    let quotes = found
        .quotes
        .iter()
        .map(|q| QuoteJson {
            id: content_id(&q.text).to_hex(),
            kind: q.kind,
            text: &q.text,
            speaker: q.speaker.map(|i| found.speakers[i].name.as_str()),
            speaker_mention: span_text(&q.speaker_mention),
            cue: span_text(&q.cue),
            start: offsets.of(q.parts.first().map_or(0, |p| p.start)),
            end: offsets.of(q.parts.last().map_or(0, |p| p.end)),
            parts: q.parts.iter().map(|p| [offsets.of(p.start), offsets.of(p.end)]).collect(),
            links: q
                .links
                .iter()
                .map(|&i| LinkJson { href: &doc.links[i].href, anchor: &doc.text[doc.links[i].span.clone()] })
                .collect(),
        })
        .collect();
    let speakers = found
        .speakers
        .iter()
        .map(|s| SpeakerJson { name: &s.name, kind: s.kind, aliases: &s.aliases, descriptions: &s.descriptions })
        .collect();
    let statistics = found
        .statistics
        .iter()
        .map(|s| StatisticJson {
            id: statistic_id(&s.claim).to_hex(),
            statistic: s,
            start: offsets.of(s.span.start),
            end: offsets.of(s.span.end),
        })
        .collect();
    let diagnostics =
        found.diagnostics.iter().map(|d| DiagnosticJson { at: offsets.of(d.at), message: &d.message }).collect();
    ArticleJson { article: &doc.meta, speakers, quotes, statistics, diagnostics, file }
}

/// One extracted article as JSON: see [`article_json`].
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    article: &'a Metadata,
    speakers: Vec<SpeakerJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    statistics: Vec<StatisticJson<'a>>,
    diagnostics: Vec<DiagnosticJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct SpeakerJson<'a> {
    name: &'a str,
    kind: SpeakerKind,
    aliases: &'a [String],
    descriptions: &'a [String],
}

#[derive(Debug, Serialize)]
struct QuoteJson<'a> {
    id: String,
    kind: QuoteKind,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    cue: Option<&'a str>,
    start: usize,
    end: usize,
    parts: Vec<[usize; 2]>,
    links: Vec<LinkJson<'a>>,
}

#[derive(Debug, Serialize)]
struct LinkJson<'a> {
    href: &'a str,
    anchor: &'a str,
}

/// A statistic's fields in the order of the shape above, its offsets in characters.
#[derive(Debug)]
struct StatisticJson<'a> {
    id: String,
    statistic: &'a Statistic,
    start: usize,
    end: usize,
}

impl Serialize for StatisticJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let s = self.statistic;
        let mut out = serializer.serialize_struct("Statistic", 14)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("text", &s.text)?;
        out.serialize_field("claim", &s.claim)?;
        out.serialize_field("value", &s.value)?;
        out.serialize_field("value_max", &s.value_max)?;
        out.serialize_field("unit", &s.unit)?;
        out.serialize_field("noun", &s.noun)?;
        out.serialize_field("qualifier", &s.qualifier)?;
        out.serialize_field("time", &s.time)?;
        out.serialize_field("source", &s.source)?;
        out.serialize_field("cites", &s.cites)?;
        out.serialize_field("link", &s.link)?;
        out.serialize_field("start", &self.start)?;
        out.serialize_field("end", &self.end)?;
        out.end()
    }
}

#[derive(Debug, Serialize)]
struct DiagnosticJson<'a> {
    at: usize,
    message: &'a str,
}
