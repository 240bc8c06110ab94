//! Revisions: what changed between two versions of an article, told as claim events rather
//! than as a wall of changed lines.
//!
//! [`diff`] extracts both versions (in parallel) and compares them; [`compare`] does the same
//! for extractions already at hand (from the database, say). Both return a [`Revision`]:
//!
//! - the [`Alignment`](align::Alignment) of the two versions' sentences, with word diffs
//!   inside edited sentences ([`align`]);
//! - the claim [`Event`]s: quotes added, removed, reworded, re-attributed, moved or
//!   unchanged; statistics added, removed or changed; title, byline and date changes
//!   ([`events`]);
//! - the trivial changes, kept apart: sentences whose white space, quote marks or other
//!   typography changed and nothing else ([`typography`]).
//!
//! Quotes and statistics in events are indexes into [`Revision::old`] and [`Revision::new`];
//! text ranges are byte ranges into the documents, which the caller keeps.
//!
//! ```
//! use whosaid::document::read_bytes;
//! use whosaid::revise::{diff, Event};
//! let old = read_bytes(b"\"We will not back down,\" Mayor Ana Ruiz said.", Some("a.txt")).unwrap();
//! let new = read_bytes(b"\"We will never back down,\" Mayor Ana Ruiz said.", Some("a.txt")).unwrap();
//! let revision = diff(&old, &new);
//! assert!(matches!(revision.events[..], [Event::QuoteReworded { .. }]));
//! ```

pub mod align;
pub mod events;
pub mod typography;

pub use align::{Alignment, SentenceChange, WordOp, WordTag};
pub use events::{Event, MetaField};
pub use typography::TrivialKind;

use crate::model::{Document, Extraction};

/// Everything that changed between two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// What was extracted from the old version.
    pub old: Extraction,
    /// What was extracted from the new version.
    pub new: Extraction,
    /// The sentences of both versions, paired.
    pub alignment: Alignment,
    /// Claim and metadata events, metadata first, then in reading order of the new version.
    pub events: Vec<Event>,
    /// Changes that are typography only, kept apart from the events.
    pub trivial: Vec<Trivial>,
}

/// A change of typography only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trivial {
    pub kind: TrivialKind,
    pub place: TrivialPlace,
}

/// Where a trivial change is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrivialPlace {
    /// A sentence: indexes into [`Alignment::old`] and [`Alignment::new`].
    Sentence { old: usize, new: usize },
    /// A metadata field.
    Metadata(MetaField),
}

/// How many events of each kind a revision has, for one-line summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub quotes_added: usize,
    pub quotes_removed: usize,
    pub quotes_reworded: usize,
    pub quotes_reattributed: usize,
    pub quotes_moved: usize,
    pub quotes_unchanged: usize,
    pub statistics_added: usize,
    pub statistics_removed: usize,
    pub statistics_changed: usize,
    pub metadata_changed: usize,
    pub trivial: usize,
}

/// Extracts both versions and compares them.
pub fn diff(old: &Document, new: &Document) -> Revision {
    let (old_found, new_found) = rayon::join(|| crate::extract::extract(old), || crate::extract::extract(new));
    compare(old, old_found, new, new_found)
}

/// Compares two versions whose extractions are already made.
pub fn compare(old_doc: &Document, old: Extraction, new_doc: &Document, new: Extraction) -> Revision {
    let alignment = align::align(old_doc, new_doc);
    let events = events::find(&events::Sides { old_doc, new_doc, old: &old, new: &new, alignment: &alignment });
    let mut trivial: Vec<Trivial> = MetaField::ALL
        .into_iter()
        .filter_map(|field| {
            let kind = typography::classify(&field.value(old_doc)?, &field.value(new_doc)?)?;
            Some(Trivial { kind, place: TrivialPlace::Metadata(field) })
        })
        .collect();
    trivial.extend(alignment.pairs.iter().filter_map(|pair| match (pair.change.clone(), pair.old, pair.new) {
        (SentenceChange::Trivial(kind), Some(old), Some(new)) => {
            Some(Trivial { kind, place: TrivialPlace::Sentence { old, new } })
        }
        _ => None,
    }));
    Revision { old, new, alignment, events, trivial }
}

impl Revision {
    /// Counts the events by kind.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary { trivial: self.trivial.len(), ..Summary::default() };
        for event in &self.events {
            let count = match event {
                Event::QuoteAdded { .. } => &mut summary.quotes_added,
                Event::QuoteRemoved { .. } => &mut summary.quotes_removed,
                Event::QuoteReworded { .. } => &mut summary.quotes_reworded,
                Event::QuoteReattributed { .. } => &mut summary.quotes_reattributed,
                Event::QuoteMoved { .. } => &mut summary.quotes_moved,
                Event::QuoteUnchanged { .. } => &mut summary.quotes_unchanged,
                Event::StatisticAdded { .. } => &mut summary.statistics_added,
                Event::StatisticRemoved { .. } => &mut summary.statistics_removed,
                Event::StatisticChanged { .. } => &mut summary.statistics_changed,
                Event::MetadataChanged(_) => &mut summary.metadata_changed,
            };
            *count += 1;
        }
        summary
    }
}

impl std::fmt::Display for Summary {
    /// One line: "2 quotes added, 1 reworded, 1 statistic changed; 3 trivial changes", or
    /// "no claim changes" when nothing but typography changed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
        let quote_parts = [
            (self.quotes_added, "added"),
            (self.quotes_removed, "removed"),
            (self.quotes_reworded, "reworded"),
            (self.quotes_reattributed, "re-attributed"),
            (self.quotes_moved, "moved"),
        ];
        let mut parts: Vec<String> = Vec::new();
        for (n, what) in quote_parts.into_iter().filter(|(n, _)| *n > 0) {
            let noun = if parts.is_empty() { plural(n, "quote", "quotes") } else { n.to_string() };
            parts.push(format!("{noun} {what}"));
        }
        let statistic_parts = [
            (self.statistics_added, "added"),
            (self.statistics_removed, "removed"),
            (self.statistics_changed, "changed"),
        ];
        let mut first_statistic = true;
        for (n, what) in statistic_parts.into_iter().filter(|(n, _)| *n > 0) {
            let noun = if first_statistic { plural(n, "statistic", "statistics") } else { n.to_string() };
            first_statistic = false;
            parts.push(format!("{noun} {what}"));
        }
        if self.metadata_changed > 0 {
            parts.push(plural(self.metadata_changed, "metadata change", "metadata changes"));
        }
        if parts.is_empty() {
            parts.push("no claim changes".to_string());
        }
        write!(f, "{}", parts.join(", "))?;
        if self.trivial > 0 {
            write!(f, "; {}", plural(self.trivial, "trivial change", "trivial changes"))?;
        }
        Ok(())
    }
}
