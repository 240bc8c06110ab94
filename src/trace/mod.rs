//! Provenance: where a claim or a statistic has appeared, first appearance first, who each
//! article attributes it to, which sources it cites, and what those sources say.
//!
//! [`trace`] starts from a claim id or words ([`Store::subject`]) and takes every appearance
//! of every member of its cluster, oldest first. For each it collects the cited sources: the
//! links in or next to the quote, the names the paragraph cites ([`cited_names`]: "according
//! to Reuters", "told the Gazette"), an organisation quoted as the speaker, and for a
//! statistic its source, the sources that one cites, and its link. Each source is followed
//! when the database holds it (an article at that URL, or articles of an outlet by that
//! name) and gets a [`Verdict`]: confirmed, altered (with the word diff, or the number the
//! source states), absent, or not in the database. When the source itself quotes the claim,
//! its own citations are followed in turn (article → wire story → original statement), never
//! back to an article already on the path.
//!
//! Nothing here touches SQLite: the store answers the look-ups.

mod citations;
mod verdict;

pub use citations::cited_names;
pub use verdict::{Verdict, check_claim, check_statistic};

use crate::matching::{Class, compare, matching_words, number_conflict, replaced, same_speaker, statistic_words};
use crate::store::clusters::{Appearance, Member, SourceArticle, Subject};
use crate::store::{Result, Store};
use serde::Serialize;
use std::cell::RefCell;

/// How many hops a trace follows from one appearance at most.
const MAX_HOPS: usize = 6;

/// Everything a trace found.
#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    /// `claim` or `statistic`.
    pub kind: &'static str,
    /// The claim id (NULL for a statistic).
    pub claim: Option<String>,
    /// The statistic's id, the content id of its clause (NULL for a claim).
    pub statistic: Option<String>,
    /// The words traced (for a statistic, its clause).
    pub text: String,
    /// Whom the oldest appearance that names a speaker credits (a claim only).
    pub first_credited: Option<String>,
    /// Every appearance, oldest first.
    pub appearances: Vec<Traced>,
}

/// One appearance with how its wording relates to the traced one and what it cites.
#[derive(Debug, Clone, Serialize)]
pub struct Traced {
    #[serde(flatten)]
    pub appearance: Appearance,
    /// identical, trimmed or altered, compared with the traced words (a statistic: altered when
    /// its number differs).
    pub relation: Option<String>,
    /// The word diff from the traced words to these (for a statistic, from its quantity to the
    /// one stated here).
    pub diff: Option<String>,
    /// The article credits the words to someone else than their first appearance does.
    pub misattributed: bool,
    pub citations: Vec<Hop>,
}

/// One cited source, followed.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    /// The URL or name cited.
    pub source: String,
    pub verdict: Verdict,
    /// The article the source was found as (when in the database).
    pub article: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// For an altered claim, the word diff from what the citing article says to the source.
    pub difference: Option<String>,
    /// For a statistic, the quantity as the source states it.
    pub stated: Option<String>,
    /// Whom the source credits the words to, when it quotes them as a claim of its own.
    pub credited_to: Option<String>,
    /// The source credits the words to someone else than the citing article does: the words
    /// may be confirmed, their speaker is not (a possible misattribution).
    pub misattributed: bool,
    /// The source's own citations, followed.
    pub citations: Vec<Hop>,
}

/// Traces a claim id, a claim's words, or a statistic's clause.
pub fn trace(store: &Store, query: &str) -> Result<Trace> {
    let subject = match store.claim_subject(query)? {
        Some(claim) => claim,
        None => store.statistic_subject(query, &quantities_in(query))?,
    };
    trace_subject(store, subject)
}

/// Traces the statistic whose clause says `clause` (with or without its number).
pub fn trace_statistic(store: &Store, clause: &str) -> Result<Trace> {
    trace_subject(store, store.statistic_subject(clause, &quantities_in(clause))?)
}

/// The numbers a clause states, as extraction reads them in an article ("$4.2 million",
/// "Twelve percent"): a stored clause is looked up by its words with its number left out.
fn quantities_in(clause: &str) -> Vec<String> {
    let Ok(doc) = crate::document::read_bytes(clause.trim().as_bytes(), Some("clause.txt")) else { return Vec::new() };
    crate::extract::extract(&doc).statistics.into_iter().map(|s| s.text).collect()
}

fn trace_subject(store: &Store, subject: Subject) -> Result<Trace> {
    let members = store.members_of(&subject)?;
    let (kind, claim, text) = match &subject {
        Subject::Claim { hash, text, .. } => ("claim", Some(hash.clone()), text.clone()),
        Subject::Statistic { clause, .. } => ("statistic", None, clause.clone()),
    };
    let statistic = matches!(subject, Subject::Statistic { .. }).then(|| subject.hash().to_string());
    let mut appearances: Vec<(Appearance, &Member)> =
        members.iter().flat_map(|m| m.appearances.iter().cloned().map(move |a| (a, m))).collect();
    appearances.sort_by(|a, b| a.0.time_order().cmp(b.0.time_order()));
    let all = appearances.iter().map(|(a, m)| (a.clone(), m.text.clone())).collect();
    let tracer = Tracer { store, all, body: RefCell::new(None) };
    let traced_words = matching_words(&text);
    // A statistic's appearances are told apart by their numbers: the traced one's is the number
    // of the appearance that states its quantity.
    let traced_number = match &subject {
        Subject::Statistic { text: quantity, .. } => appearances
            .iter()
            .find(|(a, _)| &a.text == quantity)
            .and_then(|(a, _)| Some((quantity.as_str(), a.number.clone()?))),
        Subject::Claim { .. } => None,
    };
    // Who the oldest appearance that names a speaker credits: a later one crediting someone
    // else may misattribute the words.
    let origin = appearances.iter().find_map(|(a, _)| a.speaker.clone()).filter(|_| claim.is_some());
    let mut out = Vec::with_capacity(appearances.len());
    for (appearance, member) in appearances {
        let (relation, diff) = match (&member.claim, &appearance.number, &traced_number) {
            (Some(hash), ..) if Some(hash) == claim.as_ref() => (None, None),
            (Some(_), ..) => match compare(&traced_words, &matching_words(&member.text)) {
                Some(r) => (Some(r.class.as_str()), Some(r.diff).filter(|_| r.class != Class::Identical)),
                None => (None, None),
            },
            (None, Some(number), Some((quantity, traced)))
                if number_conflict(&traced.number(), &number.number()).is_some() =>
            {
                (Some(Class::Altered.as_str()), Some(replaced(quantity, &appearance.text)))
            }
            (None, ..) => (None, None),
        };
        let misattributed = origin
            .as_deref()
            .zip(appearance.speaker.as_deref())
            .is_some_and(|(first, here)| !same_speaker(first, here));
        let mut path = vec![appearance.article.clone()];
        let citations = tracer.citations(&appearance, &member.text, &mut path)?;
        out.push(Traced { relation: relation.map(String::from), diff, misattributed, appearance, citations });
    }
    Ok(Trace { kind, claim, statistic, text, first_credited: origin, appearances: out })
}

/// Follows citations with the store and the trace's appearances at hand.
struct Tracer<'a> {
    store: &'a Store,
    /// Every appearance of the trace with its member's wording.
    all: Vec<(Appearance, String)>,
    /// The body of the version whose appearance was traced last: the appearances of one
    /// version come together, and reading its body again at each made the trace of a claim an
    /// article repeats thousands of times quadratic.
    body: RefCell<Option<Body>>,
}

impl Tracer<'_> {
    /// The sources one appearance cites, each followed. `wording` is the member's text (for a
    /// statistic, its clause); `path` the articles already on this chain.
    fn citations(&self, appearance: &Appearance, wording: &str, path: &mut Vec<String>) -> Result<Vec<Hop>> {
        if path.len() > MAX_HOPS {
            return Ok(Vec::new());
        }
        let mut sources: Vec<String> = appearance.links.clone();
        if appearance.number.is_some() {
            sources.extend(appearance.speaker.iter().chain(&appearance.cites).cloned());
        } else {
            if appearance.speaker_is_organization {
                sources.extend(appearance.speaker.clone());
            }
            let mut body = self.body.borrow_mut();
            if body.as_ref().is_none_or(|b| b.version_id != appearance.version_id) {
                *body = Some(Body::new(appearance.version_id, self.store.version_body(appearance.version_id)?));
            }
            sources.extend(body.as_ref().map(|b| cited_names(b.paragraph_at(appearance.span.0))).unwrap_or_default());
        }
        sources.retain(|s| Some(s) != appearance.outlet.as_ref());
        sources.dedup();
        let mut hops = Vec::new();
        for source in sources {
            hops.push(self.hop(appearance, wording, &source, path)?);
        }
        Ok(hops)
    }

    /// One source followed: the best verdict among the articles it may be, and that article's
    /// own citations when it quotes the claim too.
    fn hop(&self, from: &Appearance, wording: &str, source: &str, path: &mut Vec<String>) -> Result<Hop> {
        let mut hop = Hop {
            source: source.to_string(),
            verdict: Verdict::NotInDatabase,
            article: None,
            url: None,
            outlet: None,
            published: None,
            difference: None,
            stated: None,
            credited_to: None,
            misattributed: false,
            citations: Vec::new(),
        };
        let candidates: Vec<SourceArticle> =
            self.store.source_articles(source)?.into_iter().filter(|a| !path.contains(&a.article)).collect();
        let mut best: Option<(Verdict, Option<String>, SourceArticle)> = None;
        for article in candidates {
            let (verdict, detail) = match &from.number {
                Some(number) => {
                    let stated = self.store.version_statistics(article.version_id)?;
                    check_statistic(&statistic_words(wording, &from.text), number, &stated)
                }
                None => check_claim(&from.text, &article.body),
            };
            let rank =
                |v: Verdict| [Verdict::Confirmed, Verdict::Altered, Verdict::Absent].iter().position(|x| *x == v);
            if best.as_ref().is_none_or(|(b, _, _)| rank(verdict) < rank(*b)) {
                best = Some((verdict, detail, article));
            }
        }
        let Some((verdict, detail, article)) = best else { return Ok(hop) };
        hop.verdict = verdict;
        if from.number.is_some() {
            hop.stated = detail
        } else {
            hop.difference = detail
        }
        if verdict != Verdict::Absent
            && let Some((next, next_wording)) = self.all.iter().find(|(a, _)| a.article == article.article)
        {
            if from.number.is_none() {
                hop.credited_to = next.speaker.clone();
                hop.misattributed =
                    from.speaker.as_deref().zip(next.speaker.as_deref()).is_some_and(|(a, b)| !same_speaker(a, b));
            }
            path.push(article.article.clone());
            hop.citations = self.citations(next, next_wording, path)?;
            path.pop();
        }
        hop.article = Some(article.article);
        hop.url = article.url;
        hop.outlet = article.outlet;
        hop.published = article.published;
        Ok(hop)
    }
}

/// A version's body text, with where every [`Body::MARK_EVERY`]th character starts: a
/// character offset is found from the mark before it, not counted from the start each time.
struct Body {
    version_id: i64,
    text: String,
    marks: Vec<usize>,
}

impl Body {
    const MARK_EVERY: usize = 1024;

    fn new(version_id: i64, text: String) -> Self {
        let marks = text.char_indices().step_by(Self::MARK_EVERY).map(|(b, _)| b).collect();
        Self { version_id, text, marks }
    }

    /// The paragraph that holds character offset `at`.
    fn paragraph_at(&self, at: i64) -> &str {
        let body = self.text.as_str();
        let at = usize::try_from(at).unwrap_or(0);
        let byte = self
            .marks
            .get(at / Self::MARK_EVERY)
            .and_then(|&mark| body[mark..].char_indices().nth(at % Self::MARK_EVERY).map(|(b, _)| mark + b));
        let byte = byte.unwrap_or(body.len());
        let start = body[..byte].rfind("\n\n").map_or(0, |i| i + 2);
        let end = body[byte..].find("\n\n").map_or(body.len(), |i| byte + i);
        &body[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraph found from the marks is the one found by counting every character from
    /// the start, at each offset of a body whose characters are of one to four bytes.
    #[test]
    fn a_paragraph_is_found_by_its_character_offset_past_many_marks() {
        let paragraph = "Ana Ruiz said the café would stay open — 👍, she told Harbor Wire.\n\nÉté.\n\n";
        let text = paragraph.repeat(100);
        let body = Body::new(1, text.clone());
        assert!(body.marks.len() > 5, "the body spans several marks");
        for at in 0..=text.chars().count() + 1 {
            let byte = text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
            let start = text[..byte].rfind("\n\n").map_or(0, |i| i + 2);
            let end = text[byte..].find("\n\n").map_or(text.len(), |i| byte + i);
            assert_eq!(body.paragraph_at(at as i64), &text[start..end], "at character {at}");
        }
    }
}
