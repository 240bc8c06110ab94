//! Statistics: every measured or counted number in a document, the clause that states it,
//! when it applies, and the source it is attributed to.
//!
//! [`quantity`] finds and normalises the numbers of a sentence; [`source`] finds the
//! attributions a sentence makes on its own. A number inside a quote (direct or reported)
//! belongs to the quote's speaker first: the speaker resolution has already followed
//! pronouns and surnames back to a name, which a sentence alone cannot.

mod quantity;
mod source;
mod tokens;

use crate::document::floor_char_boundary;
use crate::extract::lexicon::{self, WordTable};
use crate::extract::tokens::Tokenized;
use crate::model::{Document, Quote, Span, Speaker, Statistic};
use memchr::memmem;
use source::Cue;
use std::collections::HashMap;
use std::sync::LazyLock;
use tokens::{Kind, Token};

/// The statistics of a document, in order, given its sentences (in order, none crossing
/// a paragraph) and their tokens as [`extract`](crate::extract::extract) makes them, from
/// these sentences.
pub fn find(
    doc: &Document,
    sentences: &[Span],
    words: &Tokenized,
    quotes: &[Quote],
    speakers: &[Speaker],
) -> Vec<Statistic> {
    let text = doc.text.as_str();
    let mut toks = Vec::new();
    let mut out = Vec::new();
    let mut memory = Memory::default();
    let parts = QuoteParts::new(quotes);
    // Sentences after the last that may hold a figure feed no statistic.
    let spelled = spelled_out(text);
    let holds_figures: Vec<bool> = sentences.iter().map(|s| may_hold_figures(text, s, &spelled)).collect();
    let Some(last_figures) = holds_figures.iter().rposition(|&f| f).map(|i| sentences[i].start) else {
        return out;
    };
    let mut rest = sentences.iter().cloned().enumerate().zip(holds_figures).peekable();
    for paragraph in &doc.paragraphs {
        let mut said_anything = false;
        while let Some(((i, sentence), holds_figures)) = rest.next_if(|((_, s), _)| s.start < paragraph.end) {
            // Past the last figure every statistic is known.
            if sentence.start > last_figures {
                continue;
            }
            // Sentences without figures still name sources that later figures refer to; one
            // with no word of an attribution names none, as half of them do.
            let sentence_words = words.sentences(i, i);
            if !holds_figures && !source::may_attribute(text, sentence_words) {
                memory.unread.push(sentence);
                continue;
            }
            tokens::from_words(text, sentence_words, &mut toks);
            let found = if holds_figures { quantity::find(text, &toks) } else { Vec::new() };
            let cues = source::cues(text, &toks);
            if cues.iter().any(|c| c.refers) {
                memory.read_openings(text, words);
            }
            let sources: Vec<Option<String>> = cues.iter().map(|c| memory.resolve(c)).collect();
            let has_figures = !found.is_empty();
            said_anything |= has_figures || !cues.is_empty();
            if cues.is_empty() {
                memory.unread.push(sentence.clone());
            }
            for q in found {
                let cue_index = source::nearest(text, &sentence, &cues, &q.span);
                let cue = cue_index.map(|i| &cues[i]);
                let cue_source = match cue_index {
                    Some(i) => sources[i].clone(),
                    None => memory.carried.clone(),
                };
                let quote = parts.quote_holding(&q.span).map(|i| &quotes[i]);
                let claim = claim_span(text, &sentence, cue, &q.span);
                out.push(Statistic {
                    text: text[q.span.clone()].to_string(),
                    claim: text[claim.clone()].to_string(),
                    value: Some(q.value),
                    value_max: q.value_max,
                    unit: q.unit,
                    noun: q.noun,
                    qualifier: q.qualifier,
                    time: time_reference(text, &toks, &claim, &q.span),
                    source: source_of(text, quote, speakers, cue, cue_source),
                    cites: cue.map(|c| c.cites.clone()).unwrap_or_default(),
                    link: citation_link(doc, quote, cue),
                    span: q.span,
                });
            }
            memory.remember(&cues, &sources, has_figures);
        }
        memory.paragraph_end(said_anything);
    }
    // "An exhaustive study … shows": the study has the authors the article names for it.
    // A body named in short has the full name the article gave it before.
    let authors =
        if out.iter().any(has_described_source) { study_authors(doc, sentences, words, &mut toks) } else { None };
    let mut widened: HashMap<String, Option<String>> = HashMap::new();
    for s in &mut out {
        if let Some(authors) = authors.as_ref().filter(|_| has_described_source(s)) {
            s.source = Some(authors.clone());
        } else if let Some(name) = s.source.take() {
            let full = widened.entry(name.clone()).or_insert_with(|| source::widen(text, &name, s.span.start));
            s.source = Some(full.clone().unwrap_or(name));
        }
    }
    out
}

/// The first authors of a study that the sentences name ("the study, by the Lakeside
/// Institute"), wherever they stand. Only a statistic with a described source asks, which
/// few do: reading every sentence for them, asked or not, cost 1% of all extraction.
fn study_authors(doc: &Document, sentences: &[Span], words: &Tokenized, toks: &mut Vec<Token>) -> Option<String> {
    let text = doc.text.as_str();
    let end = doc.paragraphs.last().map_or(0, |p| p.end);
    sentences.iter().take_while(|s| s.start < end).find_map(|sentence| {
        tokens::from_words(text, words.within(sentence), toks);
        source::authors(text, toks)
    })
}

/// Who a number comes from. A quote's named speaker first, unless the sentence names a
/// document ("The Lark poll shows …": documents are named here, not by the speaker
/// resolution) or an attribution inside the quote names its own source ("…, the Vale
/// Foundation puts the figure at $4"); then the sentence's source; then the words that
/// name an unnamed speaker ("officials"). A speaker or mention that is no name ("the
/// agency", "Though his") names nobody.
fn source_of(
    text: &str,
    quote: Option<&Quote>,
    speakers: &[Speaker],
    cue: Option<&Cue>,
    cue_source: Option<String>,
) -> Option<String> {
    let inner_cue = cue.is_some_and(|c| {
        quote.is_some_and(|q| q.parts.iter().any(|p| p.start <= c.phrase.start && c.phrase.end <= p.end))
    });
    let cue_wins = cue_source.is_some() && (inner_cue || cue.is_some_and(|c| c.head.is_some()));
    let speaker = quote
        .and_then(|q| q.speaker.and_then(|i| speakers.get(i)))
        .map(|s| s.name.clone())
        .filter(|name| name.chars().next().is_some_and(char::is_uppercase) && !cue_wins);
    let mention = || {
        quote.and_then(|q| q.speaker_mention.clone()).map(|m| text[m].to_string()).filter(|m| source::names_a_source(m))
    };
    speaker.or(cue_source).or_else(mention)
}

/// The parts of all quotes, ordered by start, to find the quote holding a number without
/// walking every quote for every number.
struct QuoteParts {
    /// (part, index of its quote).
    parts: Vec<(Span, usize)>,
}

impl QuoteParts {
    fn new(quotes: &[Quote]) -> Self {
        let mut parts: Vec<(Span, usize)> =
            quotes.iter().enumerate().flat_map(|(i, q)| q.parts.iter().map(move |p| (p.clone(), i))).collect();
        parts.sort_by_key(|(p, _)| p.start);
        QuoteParts { parts }
    }

    /// The quote with a part that holds `span`. Parts hardly overlap, so the few parts that
    /// start right before `span` are the only candidates.
    fn quote_holding(&self, span: &Span) -> Option<usize> {
        const OVERLAP_REACH: usize = 4;
        let end = self.parts.partition_point(|(p, _)| p.start <= span.start);
        self.parts[end.saturating_sub(OVERLAP_REACH)..end]
            .iter()
            .rev()
            .find(|(p, _)| span.end <= p.end)
            .map(|(_, i)| *i)
    }
}

/// What the sentences before have named: the source a definite description ("the poll",
/// "the group said") points back to, and a poll or report whose figures the following
/// sentences go on reporting without naming it again.
#[derive(Default)]
struct Memory {
    /// The last source named by its name.
    named: Option<String>,
    /// The sentences since `named` was set that attribute nothing, in order: one may open with a body's
    /// name ("The Tax Policy Center, reviewing the plan, came to a similar conclusion."),
    /// which "the group said" points back to. Few descriptions point back, so a sentence's
    /// opening is read only when one does.
    unread: Vec<Span>,
    /// The last document named of each noun, in the order named, to which "the poll" or
    /// "another slide" points: the last of the same noun, else the last.
    documents: Vec<(&'static str, String)>,
    /// The document (poll, survey, analysis, report) still being reported from.
    carried: Option<String>,
}

impl Memory {
    /// Takes in the body that opens the last of the `unread` sentences to open with one.
    fn read_openings(&mut self, text: &str, words: &Tokenized) {
        let mut toks = Vec::new();
        while let Some(sentence) = self.unread.pop() {
            tokens::from_words(text, words.within(&sentence), &mut toks);
            if let Some(body) = source::opening_body(text, &toks) {
                self.named = Some(body);
                self.unread.clear();
            }
        }
    }

    fn resolve(&self, cue: &Cue) -> Option<String> {
        let same_kind = || cue.head.and_then(|h| self.documents.iter().rev().find(|(d, _)| *d == h)).map(|(_, s)| s);
        let document = || same_kind().or(self.documents.last().map(|(_, s)| s));
        if let Some(noun) = cue.source.as_deref().and_then(source::bare_body) {
            // "the company said": the body named before, if it is a company; else nobody yet.
            let ends_with_noun = |name: &&String| name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(noun));
            return self.named.as_ref().filter(ends_with_noun).cloned();
        }
        let described = cue.source.as_deref().is_some_and(source::is_description);
        let found = if cue.refers && cue.head.is_some() {
            document().or(self.named.as_ref())
        } else if cue.refers {
            self.named.as_ref()
        } else if described {
            same_kind() // "Another slide shows": the slide shown before
        } else {
            None
        };
        found.or(cue.source.as_ref()).cloned()
    }

    /// Takes in a sentence's attributions: a new document carries on; any other source
    /// ends the one carried, if it attributes figures of its own (a sentence without
    /// figures, "This is the same lead, reported Reuters.", leaves the poll carried).
    fn remember(&mut self, cues: &[Cue], sources: &[Option<String>], has_figures: bool) {
        for (cue, source) in cues.iter().zip(sources) {
            if !cue.refers && source.as_ref().is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase)) {
                self.named.clone_from(source);
                self.unread.clear();
                if let Some((head, source)) = cue.head.zip(source.clone()) {
                    self.documents.retain(|(h, _)| *h != head);
                    self.documents.push((head, source));
                }
            }
            if cue.head.is_some() || cue.refers {
                self.carried.clone_from(source);
            } else if has_figures {
                self.carried = None;
            }
        }
    }

    /// Takes in the end of a paragraph: one that neither gives figures nor names a source
    /// ends the document carried ("More is on the way.").
    fn paragraph_end(&mut self, said_anything: bool) {
        if !said_anything {
            self.carried = None;
        }
    }
}

/// A cheap test that a sentence of `text` can hold a statistic: a digit, or a scale or
/// percentage written out ("two million", "Ninety percent"), which `spelled` (from
/// `spelled_out`) tells. Every sentence of every document goes through it, so the digit scan
/// runs a block at a time (which the compiler vectorises).
fn may_hold_figures(text: &str, sentence: &Span, spelled: &[Span]) -> bool {
    let b = text[sentence.clone()].as_bytes();
    let spelled_inside = || {
        let first = spelled.partition_point(|w| w.start < sentence.start);
        spelled[first..].iter().take_while(|w| w.start < sentence.end).any(|w| w.end <= sentence.end)
    };
    b.chunks(32).any(|block| block.iter().fold(false, |digit, c| digit | c.is_ascii_digit())) || spelled_inside()
}

/// Where `text` writes out a scale or a percentage ("million", "percent", "per cent",
/// "thousand"), in order: searched once over the whole text, as a search per sentence cost
/// more in setting out than in reading. No word overlaps itself, so each search finds every
/// place it stands.
fn spelled_out(text: &str) -> Vec<Span> {
    static SPELLED: LazyLock<[memmem::Finder<'static>; 4]> =
        LazyLock::new(|| [b"illion".as_slice(), b"ercent", b"per cent", b"housand"].map(memmem::Finder::new));
    let words = SPELLED.iter().flat_map(|f| f.find_iter(text.as_bytes()).map(|at| at..at + f.needle().len()));
    let mut found: Vec<Span> = words.collect();
    found.sort_unstable_by_key(|w| w.start);
    found
}

/// Whether a statistic's source is only described ("An exhaustive study"), to be named by
/// the authors the article gives the study.
fn has_described_source(s: &Statistic) -> bool {
    s.source.as_deref().is_some_and(source::is_description)
}

/// The link that carries the citation: one of the quote's links, else a link on the words
/// of the attribution ("according to SIPRI [data](…)", "Reuters [reported](…)").
fn citation_link(doc: &Document, quote: Option<&Quote>, cue: Option<&Cue>) -> Option<String> {
    if let Some(&i) = quote.and_then(|q| q.links.first()) {
        return doc.links.get(i).map(|l| l.href.clone());
    }
    let phrase = &cue?.phrase;
    doc.links.iter().find(|l| l.span.start < phrase.end && phrase.start < l.span.end).map(|l| l.href.clone())
}

/// The clause that states a number: its sentence, cut at semicolons, without the words of
/// its attribution ("According to X data,", "Reuters reported Friday that", ", citing …").
fn claim_span(text: &str, sentence: &Span, cue: Option<&Cue>, number: &Span) -> Span {
    let mut start = text[sentence.start..number.start].rfind(';').map_or(sentence.start, |i| sentence.start + i + 1);
    let mut end = text[number.end..sentence.end].find(';').map_or(sentence.end, |i| number.end + i);
    if let Some(cue) = cue {
        if cue.phrase.end <= number.start && cue.phrase.end > start {
            start = cue.phrase.end;
        } else if cue.phrase.start >= number.end && cue.phrase.start < end {
            end = cue.phrase.start;
        }
    }
    if let Some(i) = text[number.end..end].find(", citing") {
        end = number.end + i;
    }
    if end - start > 2 * CLAIM_REACH {
        (start, end) = around_number(text, start..end, number);
    }
    let is_edge = |c: char| c.is_whitespace() || ",;:.\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{2014}-".contains(c);
    let inner = &text[start..end];
    let trimmed = inner.trim_start_matches(is_edge);
    let start = start + (inner.len() - trimmed.len());
    let end = start + trimmed.trim_end_matches(is_edge).len();
    if start < end { start..end } else { sentence.clone() }
}

/// How far (in bytes) a statistic's clause reaches on each side of its number when the whole
/// clause is longer than twice that. A list or a table run into one sentence ("Region 1 40
/// percent, Region 2 41 percent, …") would otherwise give each of its numbers the whole run:
/// copies that grow with the square of its length (3,000 items made a 213 MB database).
/// Nearly no clause of news text is that long (3 of 3,819 in PolNeAR).
const CLAIM_REACH: usize = 240;

/// The part of a long clause around its number: from the comma nearest before it to the one
/// nearest after it, within [`CLAIM_REACH`]; where no comma is that near, from the word that
/// reach starts in to the one it ends in.
fn around_number(text: &str, clause: Span, number: &Span) -> (usize, usize) {
    let reach_start = floor_char_boundary(text, number.start.saturating_sub(CLAIM_REACH).max(clause.start));
    let reach_end = floor_char_boundary(text, (number.end + CLAIM_REACH).min(clause.end));
    let before = &text[reach_start..number.start];
    // A reach that stops inside the clause may stop inside a word: the word goes.
    let start = match before.rfind(',') {
        Some(i) => reach_start + i + 1,
        None if reach_start > clause.start => reach_start + before.find(' ').map_or(0, |i| i + 1),
        None => reach_start,
    };
    let after = &text[number.end..reach_end];
    let end = match after.find(',') {
        Some(i) => number.end + i,
        None if reach_end < clause.end => number.end + after.rfind(' ').unwrap_or(after.len()),
        None => reach_end,
    };
    (start, end)
}

/// Words that start a time reference before a year, month or period.
const TIME_PREPOSITIONS: &[&str] = &["in", "for", "since", "by", "through", "during", "until", "over", "of"];
/// Words that make a period relative ("last year", "per month").
const PERIOD_MARKERS: &[&str] = &["last", "this", "next", "each", "every", "per", "a", "the", "that", "past"];
const PERIODS: &[&str] = &["year", "month", "week", "decade", "quarter", "day", "century"];
/// The words a time reference starts with.
static TIME_WORDS: LazyLock<WordTable<()>> = LazyLock::new(|| {
    let words = TIME_PREPOSITIONS.iter().chain(PERIOD_MARKERS).chain(&["as", "annually", "yearly", "monthly"]);
    WordTable::new(words.map(|w| (w.to_string(), ())))
});
const MONTH_NAMES: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

/// When a number applies, as written in its claim: "in 2019", "for the decade", "last
/// year", "a month", "annually". The reference after the number wins; else the nearest
/// before it.
fn time_reference(text: &str, toks: &[Token], claim: &Span, number: &Span) -> Option<String> {
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word).map_or("", |t| &text[t.span()]);
    let is_year = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == Kind::Number
                && t.end - t.start == 4
                && text[t.span()].parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
        })
    };
    let mut found: Vec<Span> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.start < claim.start || t.end > claim.end || (t.start >= number.start && t.end <= number.end) {
            continue;
        }
        // Most words start no time reference: a case-blind table turns them away before they
        // are lowercased (without a copy).
        if TIME_WORDS.get(word(i)).is_none() {
            continue;
        }
        let w = lexicon::lower(word(i));
        let end = if TIME_PREPOSITIONS.contains(&&*w) || w == "as" && word(i + 1) == "of" {
            let k = if w == "as" { i + 2 } else { i + 1 };
            if is_year(k) {
                Some(k)
            } else if MONTH_NAMES.contains(&word(k)) {
                Some(if is_year(k + 1) { k + 1 } else { k })
            } else if PERIOD_MARKERS.contains(&word(k))
                && PERIODS.iter().any(|p| word(k + 1).trim_end_matches('s') == *p)
            {
                Some(k + 1)
            } else {
                None
            }
        } else if PERIOD_MARKERS.contains(&&*w) && w != "the" && w != "that" && PERIODS.contains(&word(i + 1)) {
            Some(i + 1)
        } else if w == "annually" || w == "yearly" || w == "monthly" {
            Some(i)
        } else {
            None
        };
        if let Some(e) = end.filter(|&e| toks[e].end <= claim.end) {
            found.push(t.start..toks[e].end);
        }
    }
    let after = found.iter().find(|s| s.start >= number.end);
    let before = found.iter().rev().find(|s| s.end <= number.start);
    after.or(before).map(|s| text[s.clone()].to_string())
}

#[cfg(test)]
mod tests;
