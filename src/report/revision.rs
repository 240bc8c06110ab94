//! A [`Revision`] for people and programs: JSON, and a terminal view with colour.
//!
//! # The revision JSON (`whosaid diff --format json`)
//!
//! ```text
//! { "old": {label, title, byline, published, modified},  "new": {same},
//!   "summary": {line, quotes_added, quotes_removed, quotes_reworded, quotes_reattributed,
//!               quotes_moved, quotes_unchanged, statistics_added, statistics_removed,
//!               statistics_changed, metadata_changed, trivial},
//!   "events": [{type, old, new, diff}],
//!   "trivial": [{kind: whitespace|quote_marks|typography, place: sentence|title|byline|
//!                published|modified, old, new}],
//!   "sentences": {same, trivial, edited, moved, added, removed} }
//! ```
//!
//! `type` is one of `quote_added`, `quote_removed`, `quote_reworded`, `quote_reattributed`,
//! `quote_moved`, `quote_unchanged`, `statistic_added`, `statistic_removed`,
//! `statistic_changed`, `title_changed`, `byline_changed`, `published_changed`,
//! `modified_changed`. `old` and `new` are present on the side(s) the event has: a quote is
//! `{text, speaker, kind, start, end}`, a statistic `{text, value, unit, claim, source, start,
//! end}`, a metadata value a string (or null). `diff`, on reworded and re-attributed quotes,
//! is the word diff of the quote texts: `[{op: equal|deleted|inserted, text}]`. Offsets count
//! characters of each version's body, as in `whosaid extract`.

use super::CharOffsets;
use crate::model::{Document, Extraction, Quote, Statistic};
use crate::revise::{Event, MetaField, Revision, SentenceChange, TrivialPlace, WordOp, WordTag};
use anstyle::{AnsiColor, Style};
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{self, Write};

/// One version in `whosaid history`: what it changed from the one before.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryRow {
    pub version: i64,
    /// The version id (body hash).
    pub hash: String,
    pub ingested_at: String,
    pub published: Option<String>,
    /// A one-line summary of its events, as [`Summary`](crate::revise::Summary) writes it.
    pub changes: String,
}

impl super::Listing for HistoryRow {
    const HEADER: &'static [&'static str] = &["version", "ingested", "published", "id", "changes"];

    fn cells(&self) -> Vec<String> {
        let id = self.hash.get(..12).unwrap_or(&self.hash).to_string();
        let published = self.published.clone().unwrap_or_else(|| "-".into());
        vec![self.version.to_string(), self.ingested_at.clone(), published, id, self.changes.clone()]
    }
}

/// A revision with the two documents it compares and the names to show for them.
pub struct RevisionView<'a> {
    pub old_doc: &'a Document,
    pub new_doc: &'a Document,
    /// How to call the old version: a file name, or `URL@N`.
    pub old_label: &'a str,
    pub new_label: &'a str,
    pub revision: &'a Revision,
}

/// One side of a revision: a version's document and extraction.
#[derive(Clone, Copy)]
pub(super) struct Side<'a> {
    pub doc: &'a Document,
    pub found: &'a Extraction,
}

impl<'a> RevisionView<'a> {
    pub(super) fn old_side(&self) -> Side<'a> {
        Side { doc: self.old_doc, found: &self.revision.old }
    }

    pub(super) fn new_side(&self) -> Side<'a> {
        Side { doc: self.new_doc, found: &self.revision.new }
    }
}

impl Side<'_> {
    /// Who a quote is attributed to, as shown: the speaker's name, else the mention.
    pub(super) fn speaker(&self, quote: &Quote) -> Option<String> {
        quote
            .speaker
            .map(|idx| self.found.speakers[idx].name.clone())
            .or_else(|| quote.speaker_mention.clone().map(|span| self.doc.text[span].to_string()))
    }
}

/// The word diff as `(tag, text)` runs: equal and deleted text from the old quote, inserted
/// text from the new.
pub(super) fn word_runs<'t>(words: &[WordOp], old: &'t str, new: &'t str) -> Vec<(WordTag, &'t str)> {
    words
        .iter()
        .map(|op| match op.tag {
            WordTag::Inserted => (op.tag, &new[op.new.clone()]),
            _ => (op.tag, &old[op.old.clone()]),
        })
        .collect()
}

/// The JSON object of a revision (the shape above).
pub fn revision_json(view: &RevisionView) -> Value {
    let (old, new) = (view.old_side(), view.new_side());
    let old_offsets = CharOffsets::new(&old.doc.text);
    let new_offsets = CharOffsets::new(&new.doc.text);
    let quote = |side: Side, offsets: &CharOffsets, idx: usize| {
        let q = &side.found.quotes[idx];
        let (start, end) = (q.parts.first().map_or(0, |p| p.start), q.parts.last().map_or(0, |p| p.end));
        json!({"text": q.text, "speaker": side.speaker(q), "kind": q.kind,
               "start": offsets.of(start), "end": offsets.of(end)})
    };
    let statistic = |side: Side, offsets: &CharOffsets, idx: usize| {
        let s: &Statistic = &side.found.statistics[idx];
        json!({"text": s.text, "value": s.value, "unit": s.unit, "claim": s.claim, "source": s.source,
               "start": offsets.of(s.span.start), "end": offsets.of(s.span.end)})
    };
    let diff = |o: usize, n: usize, words: &[WordOp]| -> Value {
        let runs = word_runs(words, &old.found.quotes[o].text, &new.found.quotes[n].text);
        runs.into_iter().map(|(tag, text)| json!({"op": tag_name(tag), "text": text})).collect()
    };
    let events: Vec<Value> = view
        .revision
        .events
        .iter()
        .map(|event| {
            let mut out = json!({"type": event.name()});
            match event {
                Event::QuoteAdded { new: n } => out["new"] = quote(new, &new_offsets, *n),
                Event::QuoteRemoved { old: o } => out["old"] = quote(old, &old_offsets, *o),
                Event::QuoteReworded { old: o, new: n, words } | Event::QuoteReattributed { old: o, new: n, words } => {
                    out["old"] = quote(old, &old_offsets, *o);
                    out["new"] = quote(new, &new_offsets, *n);
                    out["diff"] = diff(*o, *n, words);
                }
                Event::QuoteMoved { old: o, new: n } | Event::QuoteUnchanged { old: o, new: n } => {
                    out["old"] = quote(old, &old_offsets, *o);
                    out["new"] = quote(new, &new_offsets, *n);
                }
                Event::StatisticAdded { new: n } => out["new"] = statistic(new, &new_offsets, *n),
                Event::StatisticRemoved { old: o } => out["old"] = statistic(old, &old_offsets, *o),
                Event::StatisticChanged { old: o, new: n } => {
                    out["old"] = statistic(old, &old_offsets, *o);
                    out["new"] = statistic(new, &new_offsets, *n);
                }
                Event::MetadataChanged(field) => {
                    out["old"] = json!(field.value(old.doc));
                    out["new"] = json!(field.value(new.doc));
                }
            }
            out
        })
        .collect();
    let trivial: Vec<Value> = view
        .revision
        .trivial
        .iter()
        .map(|change| {
            let (place, old_text, new_text) = trivial_texts(view, &change.place);
            json!({"kind": change.kind.as_str(), "place": place, "old": old_text, "new": new_text})
        })
        .collect();
    let summary = view.revision.summary();
    json!({
        "old": side_json(view.old_label, old.doc),
        "new": side_json(view.new_label, new.doc),
        "summary": {
            "line": summary.to_string(),
            "quotes_added": summary.quotes_added, "quotes_removed": summary.quotes_removed,
            "quotes_reworded": summary.quotes_reworded, "quotes_reattributed": summary.quotes_reattributed,
            "quotes_moved": summary.quotes_moved, "quotes_unchanged": summary.quotes_unchanged,
            "statistics_added": summary.statistics_added, "statistics_removed": summary.statistics_removed,
            "statistics_changed": summary.statistics_changed, "metadata_changed": summary.metadata_changed,
            "trivial": summary.trivial,
        },
        "events": events,
        "trivial": trivial,
        "sentences": sentence_counts(view.revision),
    })
}

/// Where a trivial change is, and the text before and after.
pub(super) fn trivial_texts<'t>(view: &RevisionView<'t>, place: &TrivialPlace) -> (&'static str, String, String) {
    match place {
        TrivialPlace::Sentence { old, new } => {
            let alignment = &view.revision.alignment;
            let old_text = view.old_doc.text[alignment.old[*old].span.clone()].to_string();
            let new_text = view.new_doc.text[alignment.new[*new].span.clone()].to_string();
            ("sentence", old_text, new_text)
        }
        TrivialPlace::Metadata(field) => (
            field.as_str(),
            field.value(view.old_doc).unwrap_or_default(),
            field.value(view.new_doc).unwrap_or_default(),
        ),
    }
}

fn side_json(label: &str, doc: &Document) -> Value {
    let mut out = json!({"label": label});
    for field in MetaField::ALL {
        out[field.as_str()] = json!(field.value(doc));
    }
    out
}

fn sentence_counts(revision: &Revision) -> Value {
    let mut counts = [0usize; 6];
    for pair in &revision.alignment.pairs {
        let slot = match pair.change {
            SentenceChange::Same => 0,
            SentenceChange::Trivial(_) => 1,
            SentenceChange::Edited(_) => 2,
            SentenceChange::Moved => 3,
            SentenceChange::Added => 4,
            SentenceChange::Removed => 5,
        };
        counts[slot] += 1;
    }
    let [same, trivial, edited, moved, added, removed] = counts;
    json!({"same": same, "trivial": trivial, "edited": edited, "moved": moved, "added": added, "removed": removed})
}

fn tag_name(tag: WordTag) -> &'static str {
    match tag {
        WordTag::Equal => "equal",
        WordTag::Deleted => "deleted",
        WordTag::Inserted => "inserted",
    }
}

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default();
const CHANGED: Style = AnsiColor::Yellow.on_default();
const MOVED: Style = AnsiColor::Cyan.on_default();
const DIM: Style = Style::new().dimmed();
const BOLD: Style = Style::new().bold();

/// The terminal view: the two versions, the summary line, one line an event (unchanged
/// quotes only counted), and the trivial changes counted by kind. Words are marked
/// `[-deleted-]` and `{+inserted+}` as well as coloured, so the view reads without colour;
/// write through `anstream` to drop the colour where the reader has none.
pub fn write_revision_terminal(out: &mut impl Write, view: &RevisionView) -> io::Result<()> {
    let (old, new) = (view.old_side(), view.new_side());
    writeln!(out, "{REMOVED}--- {}{REMOVED:#}", view.old_label)?;
    writeln!(out, "{ADDED}+++ {}{ADDED:#}", view.new_label)?;
    let summary = view.revision.summary();
    writeln!(out, "{BOLD}{summary}{BOLD:#}")?;
    writeln!(out)?;
    let said = |side: Side, idx: usize| {
        let q = &side.found.quotes[idx];
        format!("{}: \u{201c}{}\u{201d}", side.speaker(q).unwrap_or_else(|| "(unattributed)".into()), q.text)
    };
    let figure = |side: Side, idx: usize| {
        let s = &side.found.statistics[idx];
        format!("{} \u{2014} {}", s.text, s.claim)
    };
    for event in &view.revision.events {
        let (style, mark) = match event {
            Event::QuoteAdded { .. } | Event::StatisticAdded { .. } => (ADDED, "+"),
            Event::QuoteRemoved { .. } | Event::StatisticRemoved { .. } => (REMOVED, "-"),
            Event::QuoteMoved { .. } => (MOVED, ">"),
            Event::QuoteUnchanged { .. } => continue,
            _ => (CHANGED, "~"),
        };
        write!(out, "{style}{mark} {:<19}{style:#} ", event.name().replace('_', " "))?;
        match event {
            Event::QuoteAdded { new: n } => writeln!(out, "{}", said(new, *n))?,
            Event::QuoteRemoved { old: o } => writeln!(out, "{}", said(old, *o))?,
            Event::QuoteMoved { new: n, .. } => writeln!(out, "{}", said(new, *n))?,
            Event::QuoteReworded { old: o, new: n, words } | Event::QuoteReattributed { old: o, new: n, words } => {
                let (old_quote, new_quote) = (&old.found.quotes[*o], &new.found.quotes[*n]);
                let (old_speaker, new_speaker) = (old.speaker(old_quote), new.speaker(new_quote));
                let none = || "(unattributed)".to_string();
                if matches!(event, Event::QuoteReattributed { .. }) {
                    write!(
                        out,
                        "{REMOVED}{}{REMOVED:#} \u{2192} {ADDED}{}{ADDED:#}: ",
                        old_speaker.unwrap_or_else(none),
                        new_speaker.unwrap_or_else(none)
                    )?;
                } else {
                    write!(out, "{}: ", new_speaker.unwrap_or_else(none))?;
                }
                write!(out, "\u{201c}")?;
                write_word_runs(out, &word_runs(words, &old_quote.text, &new_quote.text))?;
                writeln!(out, "\u{201d}")?;
            }
            Event::StatisticAdded { new: n } => writeln!(out, "{}", figure(new, *n))?,
            Event::StatisticRemoved { old: o } => writeln!(out, "{}", figure(old, *o))?,
            Event::StatisticChanged { old: o, new: n } => {
                let (old_stat, new_stat) = (&old.found.statistics[*o], &new.found.statistics[*n]);
                writeln!(
                    out,
                    "{REMOVED}[-{}-]{REMOVED:#} {ADDED}{{+{}+}}{ADDED:#} \u{2014} {}",
                    old_stat.text, new_stat.text, new_stat.claim
                )?;
            }
            Event::MetadataChanged(field) => {
                let value = |doc| field.value(doc).unwrap_or_else(|| "(none)".into());
                writeln!(out, "{REMOVED}[-{}-]{REMOVED:#} {ADDED}{{+{}+}}{ADDED:#}", value(old.doc), value(new.doc))?;
            }
            Event::QuoteUnchanged { .. } => {}
        }
    }
    if summary.quotes_unchanged > 0 {
        writeln!(
            out,
            "{DIM}= {} unchanged{DIM:#}",
            match summary.quotes_unchanged {
                1 => "1 quote".to_string(),
                n => format!("{n} quotes"),
            }
        )?;
    }
    if !view.revision.trivial.is_empty() {
        let mut by_kind: Vec<(&str, usize)> = Vec::new();
        for change in &view.revision.trivial {
            match by_kind.iter_mut().find(|(kind, _)| *kind == change.kind.as_str()) {
                Some((_, count)) => *count += 1,
                None => by_kind.push((change.kind.as_str(), 1)),
            }
        }
        let kinds: Vec<String> = by_kind.iter().map(|(kind, n)| format!("{} {n}", kind.replace('_', " "))).collect();
        writeln!(out, "{DIM}. trivial changes: {}{DIM:#}", kinds.join(", "))?;
    }
    Ok(())
}

fn write_word_runs(out: &mut impl Write, runs: &[(WordTag, &str)]) -> io::Result<()> {
    for (idx, (tag, text)) in runs.iter().enumerate() {
        if idx > 0 {
            write!(out, " ")?;
        }
        match tag {
            WordTag::Equal => write!(out, "{text}")?,
            WordTag::Deleted => write!(out, "{REMOVED}[-{text}-]{REMOVED:#}")?,
            WordTag::Inserted => write!(out, "{ADDED}{{+{text}+}}{ADDED:#}")?,
        }
    }
    Ok(())
}
