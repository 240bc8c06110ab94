//! Extraction: who said what in a document.
//!
//! The stages run in order over the body text: [`sentences`] splits paragraphs, `quotes`
//! pairs quotation marks, `attribution` finds each claim's cue and speaker mention (and
//! reported speech without marks), and `speakers` resolves mentions to people and
//! organisations; `statistics` finds numbers and the sources they are attributed to.
//! Extraction never fails: odd input (an unclosed quote, say) becomes a
//! [`Diagnostic`](crate::model::Diagnostic), never an error. Nothing here does I/O.
//!
//! ```
//! use whosaid::{document, extract};
//! let doc = document::read_bytes(b"\"We will not back down,\" Mayor Ana Ruiz said. Ruiz added that the plan stands.", Some("a.txt")).unwrap();
//! let found = extract::extract(&doc);
//! let said: Vec<(&str, &str)> = found.quotes.iter()
//!     .map(|q| (q.text.as_str(), found.speakers[q.speaker.unwrap()].name.as_str())).collect();
//! assert_eq!(said, [("We will not back down,", "Ana Ruiz"), ("the plan stands", "Ana Ruiz")]);
//! ```

mod attribution;
mod interview;
mod lexicon;
mod mentions;
mod quotes;
mod reported;
pub mod sentences;
mod speakers;
pub mod statistics;
mod tokens;

use crate::model::{Document, Extraction, Quote, QuoteKind, Span};
use std::cell::OnceCell;

/// Finds the quotes, speakers and statistics of a document.
pub fn extract(doc: &Document) -> Extraction {
    let text = doc.text.as_str();
    let mut diagnostics = Vec::new();
    let mut sentences: Vec<Span> = Vec::with_capacity(text.len() / SENTENCE_BYTES);
    for p in &doc.paragraphs {
        sentences::push_sentences(text, p.clone(), &mut sentences);
    }
    let tokens = tokens::Tokenized::new(text, &sentences);
    let mut quote_spans = quotes::find(text, &doc.paragraphs, &mut diagnostics);
    quote_spans.retain(|q| !mentions::is_nickname_quote(text, tokens.all(), q.open));
    let (titles, quote_spans): (Vec<_>, Vec<_>) = quote_spans.into_iter().partition(|q| quotes::is_title(text, q));
    // Where each sentence's subject starts (`mentions::subject_start`), read at most once:
    // reported speech and the speakers' registry both ask.
    let subject_starts: Vec<OnceCell<Option<usize>>> = sentences.iter().map(|_| OnceCell::new()).collect();
    let attributions = attribution::find(text, &doc.paragraphs, &sentences, &tokens, &subject_starts, &quote_spans);
    let (speakers, speaker_of) =
        speakers::resolve(text, &doc.paragraphs, &sentences, &tokens, &subject_starts, &quote_spans, &attributions);
    let title = title_in_body(doc);
    let mut quotes: Vec<Quote> = Vec::with_capacity(attributions.len());
    for (a, speaker) in attributions.into_iter().zip(speaker_of) {
        let kind = headline_kind(quoting_kind(a.kind, &a.parts, &titles), &a.parts, a.cue.as_ref(), title.as_ref());
        let quote_text = a.parts.iter().map(|p| text[p.clone()].trim()).collect::<Vec<_>>().join(" ");
        let reach = [a.mention.as_ref().map(|m| m.span.clone()), a.cue.clone()];
        let links = links_near(doc, a.parts.iter().cloned().chain(reach.into_iter().flatten()));
        let speaker_mention = a.mention.map(|m| m.phrase).or_else(|| mention_gone_on_from(&quotes, a.follows));
        quotes.push(Quote { kind, text: quote_text, parts: a.parts, speaker, speaker_mention, cue: a.cue, links });
    }
    let statistics = statistics::find(doc, &sentences, &tokens, &quotes, &speakers);
    Extraction { quotes, speakers, statistics, diagnostics }
}

/// The words that name the speaker of a quote with no cue of its own that goes on from quote
/// `follows`: that quote's, whose speaker it takes (a mention of its own would be no truer).
fn mention_gone_on_from(quotes: &[Quote], follows: Option<usize>) -> Option<Span> {
    quotes.get(follows?)?.speaker_mention.clone()
}

/// Room for a document's sentences, in bytes of text per sentence: fewer than the mean (some
/// 75), so that the vector is seldom grown.
const SENTENCE_BYTES: usize = 64;

/// The span of the article's title where the body holds it (plain text keeps its title
/// paragraph: the headline, and a line under it that sums the story up).
fn title_in_body(doc: &Document) -> Option<Span> {
    let title = doc.meta.title.as_deref()?;
    let first = doc.paragraphs.first()?;
    doc.text[first.clone()].trim_start().starts_with(title).then(|| first.clone())
}

/// A reported claim that quotes a title whole ("thinks this is an episode of “Shark Tank”") is
/// mixed, as a claim holding any other quotation is: its words are partly the writer's and
/// partly quoted, though the title is no one's speech.
fn quoting_kind(kind: QuoteKind, parts: &[Span], titles: &[quotes::QuoteSpan]) -> QuoteKind {
    let holds_title = titles.iter().any(|t| parts.iter().any(|p| p.start <= t.open && t.end <= p.end));
    if kind == QuoteKind::Indirect && holds_title { QuoteKind::Mixed } else { kind }
}

/// A claim read from the headline is the editor's summary of it, shortened and often recased
/// (`Mayor Calls Toll 'A Swindle'`, `Ruiz: 'We Will Not Pay'`), not a quotation of the
/// speaker's words: it is reported. A headline leads into what it quotes; a first line that
/// quotes before its attribution (`"…," Ruiz said.`) is a short lede, not a headline.
fn headline_kind(kind: QuoteKind, parts: &[Span], cue: Option<&Span>, title: Option<&Span>) -> QuoteKind {
    let (Some(part), Some(title)) = (parts.first(), title) else { return kind };
    let leads_in = kind == QuoteKind::Mixed || cue.is_some_and(|c| c.start < part.start);
    if title.contains(&part.start) && leads_in { QuoteKind::Indirect } else { kind }
}

/// Indexes of the document's links that touch any of the spans: a link inside a quote, and
/// one on the words that attribute it ("Reuters [reported](…)", "[told the Herald](…)",
/// which runs on past the cue).
fn links_near(doc: &Document, spans: impl Iterator<Item = Span>) -> Vec<usize> {
    let mut out = Vec::new();
    for s in spans {
        // Links are in order of position and do not nest: those that end inside or after
        // `s` and start before its end.
        let first = doc.links.partition_point(|l| l.span.end <= s.start);
        out.extend((first..doc.links.len()).take_while(|&i| doc.links[i].span.start < s.end));
    }
    out.sort_unstable();
    out.dedup();
    out
}
