//! Claim events: what a revision did to each quote and statistic, and to the title, byline
//! and dates.
//!
//! Quotes are matched in three passes, each over what the earlier ones left:
//! 1. in place: an old quote and a new quote whose sentences the [alignment](super::align)
//!    pairs up, with the same text or sharing at least a third of their words;
//! 2. anywhere, the same normalised text ([`crate::hash::normalize`]): the quote moved;
//! 3. anywhere, sharing at least [`FAR_REWORD_SIMILARITY`] of their words: moved and reworded.
//!
//! A matched pair is then, in this order of precedence: re-attributed (the speaker differs),
//! reworded (the normalised text differs), moved (its sentence moved), or unchanged. What no
//! pass matched was removed or added. Statistics are matched the same way, by sentence and
//! then by text, and a pair whose figure differs is a changed statistic.

use super::align::{Alignment, SentenceChange, WordBag, WordOp, word_diff};
use crate::hash::normalize;
use crate::matching;
use crate::model::{Document, Extraction, Quote, Statistic};
use std::collections::HashMap;

/// How much of their words a quote and its rewording share when they stand in sentences the
/// alignment pairs up.
const NEAR_REWORD_SIMILARITY: f64 = 0.34;
/// How much of their words a quote and its rewording share when they stand anywhere.
pub const FAR_REWORD_SIMILARITY: f64 = 0.6;
/// At most this many comparisons in the search for reworded quotes anywhere: two unrelated
/// texts with thousands of quotes each would otherwise compare every pair.
const FAR_REWORD_BUDGET: usize = 4_000_000;

/// One thing a revision did to a claim or to the article's metadata. Quote and statistic
/// fields are indexes into the old and new [`Extraction`]s of the [`Revision`](super::Revision).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    QuoteAdded {
        new: usize,
    },
    QuoteRemoved {
        old: usize,
    },
    /// The same words, said by someone else. `words` is the word diff of the quote texts
    /// (ranges into `Quote::text`), all equal when only the speaker changed.
    QuoteReattributed {
        old: usize,
        new: usize,
        words: Vec<WordOp>,
    },
    /// Other words, the same speaker; `words` as for re-attribution.
    QuoteReworded {
        old: usize,
        new: usize,
        words: Vec<WordOp>,
    },
    /// The same quote by the same speaker, elsewhere in the article.
    QuoteMoved {
        old: usize,
        new: usize,
    },
    QuoteUnchanged {
        old: usize,
        new: usize,
    },
    StatisticAdded {
        new: usize,
    },
    StatisticRemoved {
        old: usize,
    },
    /// The figure or its wording changed in the same place.
    StatisticChanged {
        old: usize,
        new: usize,
    },
    /// The title, byline or a date differs (typography aside); the values are in the two
    /// documents' metadata.
    MetadataChanged(MetaField),
}

/// The metadata fields a revision can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    Title,
    Byline,
    Published,
    Modified,
}

impl MetaField {
    pub const ALL: [MetaField; 4] = [MetaField::Title, MetaField::Byline, MetaField::Published, MetaField::Modified];

    /// The field as the document states it, authors joined by commas.
    pub fn value(self, doc: &Document) -> Option<String> {
        match self {
            MetaField::Title => doc.meta.title.clone(),
            MetaField::Byline => (!doc.meta.authors.is_empty()).then(|| doc.meta.authors.join(", ")),
            MetaField::Published => doc.meta.published.clone(),
            MetaField::Modified => doc.meta.modified.clone(),
        }
    }

    /// The name used in JSON (`title_changed`, ...) and in the terminal view.
    pub fn as_str(self) -> &'static str {
        match self {
            MetaField::Title => "title",
            MetaField::Byline => "byline",
            MetaField::Published => "published",
            MetaField::Modified => "modified",
        }
    }
}

impl Event {
    /// The snake_case name of the event type, as in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            Event::QuoteAdded { .. } => "quote_added",
            Event::QuoteRemoved { .. } => "quote_removed",
            Event::QuoteReattributed { .. } => "quote_reattributed",
            Event::QuoteReworded { .. } => "quote_reworded",
            Event::QuoteMoved { .. } => "quote_moved",
            Event::QuoteUnchanged { .. } => "quote_unchanged",
            Event::StatisticAdded { .. } => "statistic_added",
            Event::StatisticRemoved { .. } => "statistic_removed",
            Event::StatisticChanged { .. } => "statistic_changed",
            Event::MetadataChanged(MetaField::Title) => "title_changed",
            Event::MetadataChanged(MetaField::Byline) => "byline_changed",
            Event::MetadataChanged(MetaField::Published) => "published_changed",
            Event::MetadataChanged(MetaField::Modified) => "modified_changed",
        }
    }

    /// Whether the event reports a change (everything but an unchanged quote).
    pub fn is_change(&self) -> bool {
        !matches!(self, Event::QuoteUnchanged { .. })
    }
}

/// The two versions as the event finder sees them.
pub(super) struct Sides<'a> {
    pub old_doc: &'a Document,
    pub new_doc: &'a Document,
    pub old: &'a Extraction,
    pub new: &'a Extraction,
    pub alignment: &'a Alignment,
}

/// The events of a revision: metadata first, then quotes and statistics in the order of the
/// new version (removed ones where they stood in the old).
pub(super) fn find(sides: &Sides) -> Vec<Event> {
    let mut events: Vec<Event> = MetaField::ALL
        .into_iter()
        .filter(|field| metadata_changed(field.value(sides.old_doc), field.value(sides.new_doc)))
        .map(Event::MetadataChanged)
        .collect();
    let mut claims = quote_events(sides);
    claims.extend(statistic_events(sides));
    claims.sort_by_key(|(position, _)| *position);
    events.extend(claims.into_iter().map(|(_, event)| event));
    events
}

/// Metadata changes that are more than typography.
fn metadata_changed(old: Option<String>, new: Option<String>) -> bool {
    let form = |v: Option<String>| v.map(|v| super::typography::typographic_form(&v));
    form(old) != form(new)
}

/// Where an event sorts: by its place in the new version, a removed claim just before the new
/// sentence that follows where it stood.
type Position = (usize, usize);

fn quote_events(sides: &Sides) -> Vec<(Position, Event)> {
    let (old_quotes, new_quotes) = (&sides.old.quotes, &sides.new.quotes);
    let old_start = |q: &Quote| q.parts.first().map_or(0, |p| p.start);
    let old_keys: Vec<String> = old_quotes.iter().map(|q| normalize(&q.text)).collect();
    let new_keys: Vec<String> = new_quotes.iter().map(|q| normalize(&q.text)).collect();
    let old_words: Vec<WordBag> = old_quotes.iter().map(|q| WordBag::new(&q.text)).collect();
    let new_words: Vec<WordBag> = new_quotes.iter().map(|q| WordBag::new(&q.text)).collect();
    let mut matcher = Matcher::new(old_quotes.len(), new_quotes.len());

    // 1. In place: quotes in sentences that the alignment pairs, same text first.
    let new_by_sentence = by_sentence(new_quotes.iter().map(old_start), |at| sides.alignment.new_sentence_at(at));
    for exact in [true, false] {
        for (o, quote) in old_quotes.iter().enumerate() {
            let Some(sentence) = sides.alignment.old_sentence_at(old_start(quote)) else { continue };
            let pair = sides.alignment.pair_of_old(sentence);
            let Some(new_sentence) = pair.new.filter(|_| pair.change != SentenceChange::Moved) else { continue };
            let candidates = new_by_sentence.get(&new_sentence).map_or(&[][..], Vec::as_slice);
            matcher.take_best(o, candidates, |n| {
                if exact {
                    (old_keys[o] == new_keys[n]).then_some(1.0)
                } else {
                    let similarity = old_words[o].similarity(&new_words[n]);
                    (similarity >= NEAR_REWORD_SIMILARITY).then_some(similarity)
                }
            });
        }
    }
    // 2. and 3. Anywhere: the same text, then a close rewording.
    let mut new_by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, key) in new_keys.iter().enumerate() {
        new_by_key.entry(key.as_str()).or_default().push(n);
    }
    for (o, key) in old_keys.iter().enumerate() {
        let candidates = new_by_key.get(key.as_str()).map_or(&[][..], Vec::as_slice);
        matcher.take_best(o, candidates, |_| Some(1.0));
    }
    let free_new: Vec<usize> = matcher.unmatched_new().collect();
    if matcher.unmatched_old().count() * free_new.len() <= FAR_REWORD_BUDGET {
        for (o, words) in old_words.iter().enumerate() {
            matcher.take_best(o, &free_new, |n| {
                let similarity = words.similarity(&new_words[n]);
                (similarity >= FAR_REWORD_SIMILARITY).then_some(similarity)
            });
        }
    }

    let mut events = Vec::new();
    for (o, n) in matcher.pairs() {
        let (old_quote, new_quote) = (&old_quotes[o], &new_quotes[n]);
        let position = sides.alignment.new_sentence_at(old_start(new_quote)).map_or((usize::MAX, 0), |s| (s, 1));
        let same_speaker = same_speaker(
            speaker_of(sides.old_doc, sides.old, old_quote),
            speaker_of(sides.new_doc, sides.new, new_quote),
        );
        let reworded = old_keys[o] != new_keys[n];
        let words = || word_diff(&old_quote.text, &new_quote.text, 0, 0);
        let event = if !same_speaker {
            Event::QuoteReattributed { old: o, new: n, words: words() }
        } else if reworded {
            Event::QuoteReworded { old: o, new: n, words: words() }
        } else if moved(sides.alignment, old_start(old_quote), old_start(new_quote)) {
            Event::QuoteMoved { old: o, new: n }
        } else {
            Event::QuoteUnchanged { old: o, new: n }
        };
        events.push((position, event));
    }
    for o in matcher.unmatched_old() {
        events.push((removed_position(sides.alignment, old_start(&old_quotes[o])), Event::QuoteRemoved { old: o }));
    }
    for n in matcher.unmatched_new() {
        let position = sides.alignment.new_sentence_at(old_start(&new_quotes[n])).map_or((usize::MAX, 0), |s| (s, 1));
        events.push((position, Event::QuoteAdded { new: n }));
    }
    events
}

fn statistic_events(sides: &Sides) -> Vec<(Position, Event)> {
    let (old_stats, new_stats) = (&sides.old.statistics, &sides.new.statistics);
    let key = |s: &Statistic| (normalize(&s.text), normalize(&s.claim));
    let old_keys: Vec<_> = old_stats.iter().map(key).collect();
    let new_keys: Vec<_> = new_stats.iter().map(key).collect();
    let mut matcher = Matcher::new(old_stats.len(), new_stats.len());
    let new_by_sentence = by_sentence(new_stats.iter().map(|s| s.span.start), |at| sides.alignment.new_sentence_at(at));
    // In place, the same figure first, then the figures in their order in the sentence.
    for exact in [true, false] {
        for (o, stat) in old_stats.iter().enumerate() {
            let Some(sentence) = sides.alignment.old_sentence_at(stat.span.start) else { continue };
            let Some(new_sentence) = sides.alignment.pair_of_old(sentence).new else { continue };
            let candidates = new_by_sentence.get(&new_sentence).map_or(&[][..], Vec::as_slice);
            matcher.take_first(o, candidates, |n| !exact || old_keys[o].0 == new_keys[n].0);
        }
    }
    // Anywhere, the same figure in the same clause: a statistic that moved with its sentence.
    let mut new_by_key: HashMap<&(String, String), Vec<usize>> = HashMap::new();
    for (n, key) in new_keys.iter().enumerate() {
        new_by_key.entry(key).or_default().push(n);
    }
    for (o, key) in old_keys.iter().enumerate() {
        matcher.take_first(o, new_by_key.get(key).map_or(&[][..], Vec::as_slice), |_| true);
    }
    let mut events = Vec::new();
    for (o, n) in matcher.pairs() {
        let (old_stat, new_stat) = (&old_stats[o], &new_stats[n]);
        if old_keys[o].0 != new_keys[n].0 || old_stat.value != new_stat.value {
            let position = sides.alignment.new_sentence_at(new_stat.span.start).map_or((usize::MAX, 0), |s| (s, 2));
            events.push((position, Event::StatisticChanged { old: o, new: n }));
        }
    }
    for o in matcher.unmatched_old() {
        events.push((removed_position(sides.alignment, old_stats[o].span.start), Event::StatisticRemoved { old: o }));
    }
    for n in matcher.unmatched_new() {
        let position = sides.alignment.new_sentence_at(new_stats[n].span.start).map_or((usize::MAX, 0), |s| (s, 2));
        events.push((position, Event::StatisticAdded { new: n }));
    }
    events
}

/// Groups items (given by their start offset) by the sentence that holds them.
fn by_sentence(
    starts: impl Iterator<Item = usize>,
    sentence_at: impl Fn(usize) -> Option<usize>,
) -> HashMap<usize, Vec<usize>> {
    let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
    for (idx, start) in starts.enumerate() {
        if let Some(sentence) = sentence_at(start) {
            out.entry(sentence).or_default().push(idx);
        }
    }
    out
}

/// Whether a quote's sentence is a moved one (in either version's view of it).
fn moved(alignment: &Alignment, old_start: usize, new_start: usize) -> bool {
    let old_moved = alignment.old_sentence_at(old_start).is_some_and(|s| {
        let pair = alignment.pair_of_old(s);
        pair.change == SentenceChange::Moved || pair.new.is_none()
    });
    let new_moved = alignment.new_sentence_at(new_start).is_some_and(|s| {
        let pair = alignment.pair_of_new(s);
        pair.change == SentenceChange::Moved || pair.old.is_none()
    });
    old_moved || new_moved
}

/// A removed claim sorts before the new sentence that now follows where it stood.
fn removed_position(alignment: &Alignment, old_start: usize) -> Position {
    let Some(sentence) = alignment.old_sentence_at(old_start) else { return (usize::MAX, 0) };
    let pair_idx = alignment.pairs.iter().position(|p| p.old == Some(sentence)).unwrap_or(alignment.pairs.len());
    let next_new = alignment.pairs[pair_idx..].iter().find_map(|p| p.new).unwrap_or(usize::MAX);
    (next_new, 0)
}

/// Who a quote is attributed to: the resolved speaker's name, else the mention as written.
fn speaker_of(doc: &Document, found: &Extraction, quote: &Quote) -> Option<String> {
    quote
        .speaker
        .map(|idx| found.speakers[idx].name.clone())
        .or_else(|| quote.speaker_mention.clone().map(|span| doc.text[span].to_string()))
}

/// Two attributions name the same speaker when both name no one, or when their names can be
/// one person as [`matching::same_speaker`] tells ("Morris", "Haley Morris"): extraction may
/// resolve a later mention less fully, which is not a re-attribution.
pub fn same_speaker(old: Option<String>, new: Option<String>) -> bool {
    match (old, new) {
        (None, None) => true,
        (Some(old), Some(new)) => matching::same_speaker(&old, &new),
        _ => false,
    }
}

/// A one-to-one matching between old and new items, built pass by pass.
struct Matcher {
    old_to_new: Vec<Option<usize>>,
    new_taken: Vec<bool>,
}

impl Matcher {
    fn new(n_old: usize, n_new: usize) -> Self {
        Matcher { old_to_new: vec![None; n_old], new_taken: vec![false; n_new] }
    }

    /// Matches old item `o`, if still free, with the free candidate of highest score.
    fn take_best(&mut self, o: usize, candidates: &[usize], score: impl Fn(usize) -> Option<f64>) {
        if self.old_to_new[o].is_some() {
            return;
        }
        let best = candidates
            .iter()
            .filter(|&&n| !self.new_taken[n])
            .filter_map(|&n| score(n).map(|s| (n, s)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((n, _)) = best {
            self.old_to_new[o] = Some(n);
            self.new_taken[n] = true;
        }
    }

    /// Matches old item `o`, if still free, with the first free candidate that fits.
    fn take_first(&mut self, o: usize, candidates: &[usize], fits: impl Fn(usize) -> bool) {
        self.take_best(o, candidates, |n| fits(n).then_some(1.0));
    }

    fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.old_to_new.iter().enumerate().filter_map(|(o, n)| n.map(|n| (o, n)))
    }

    fn unmatched_old(&self) -> impl Iterator<Item = usize> + '_ {
        self.old_to_new.iter().enumerate().filter(|(_, n)| n.is_none()).map(|(o, _)| o)
    }

    fn unmatched_new(&self) -> impl Iterator<Item = usize> + '_ {
        self.new_taken.iter().enumerate().filter(|(_, taken)| !**taken).map(|(n, _)| n)
    }
}

#[cfg(test)]
mod tests {
    use super::same_speaker;

    #[test]
    fn a_name_written_more_or_less_fully_is_no_reattribution() {
        let same = |old: &str, new: &str| same_speaker(Some(old.to_string()), Some(new.to_string()));
        assert!(same("Haley Morris", "Morris"));
        assert!(same("Donald J. Trump", "Donald Trump"), "a middle initial");
        assert!(same("Felipe Calderón", "Felipe Calderon"), "an accent");
        assert!(!same("Haley Morris", "Tom Morris"));
        assert!(!same_speaker(Some("Haley Morris".to_string()), None));
    }
}
