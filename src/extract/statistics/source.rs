//! Who a number comes from, when no quote carries it: the attributions a sentence makes on
//! its own. `According to X`, `X said/reported/found/estimates`, `…, said X`, a named poll
//! or report (`a Quinnipiac poll found`, `In the latest Gallup survey, …`), and the sources
//! a source cites (`citing data from an advocacy group and local media`).
//!
//! Each attribution is a [`Cue`]: the source's name, the words that attribute (to cut them
//! from the claim and to find the link that carries the citation) and where it stands, so a
//! number takes the nearest cue of its clause.

use super::tokens::{Kind, Token};
use crate::extract::lexicon::{self, WordTable};
use crate::extract::tokens as extraction;
use crate::model::Span;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// One attribution in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The source as named; `None` for a pronoun ("he said"), which only a quote's speaker
    /// resolution can name.
    pub source: Option<String>,
    /// The words that attribute: source and reporting words ("Reuters reported Friday that").
    pub phrase: Span,
    /// Secondary sources named after `citing`.
    pub cites: Vec<String>,
    /// The source is a definite description ("the poll", "the group said") that names a
    /// source named before it in the document.
    pub refers: bool,
    /// Whether it also attributes the numbers before it: `according to`, and a reporting
    /// verb that ends its clause (`…, The Journal reports.`, `…, the agency said in a
    /// report`). A verb with its own complement attributes only what follows (`…, one
    /// study found that …`).
    pub reaches_back: bool,
    /// The document the source is or stands behind, by its noun ("poll" for "a Gallup
    /// poll", "research" for "research conducted by the Media Center found", "slide" for
    /// "a slide from a deck that Ana Ruiz shows"): the next sentences go on reporting its
    /// figures, and "another slide" points back to it.
    pub head: Option<&'static str>,
}

/// Verbs whose subject is the source, in lower case.
const REPORTING_VERBS: &[&str] = &[
    "added", "adds", "announced", "announces", "argued", "argues", "asserted", "calculated", "calculates", "claimed",
    "claims", "concluded", "counted", "estimate", "estimated", "estimates", "explained", "find", "finds", "found",
    "indicated", "indicates", "modeled", "modelled", "noted", "notes", "predicted", "predicts", "projected",
    "projects", "puts", "report", "reported", "reports", "revealed", "reveals", "said", "say", "says", "show",
    "showed", "shows", "stated", "states", "suggested", "suggests", "tallied", "tells", "testified", "told", "writes",
    "wrote",
];

/// Whether a word is a reporting verb whose subject is the source, written as listed.
fn is_reporting_verb(w: &str) -> bool {
    cue_word(w).reporting && in_lower_case(w)
}

/// Whether an ASCII word has no capital: the reporting verbs count only as written.
fn in_lower_case(w: &str) -> bool {
    !w.bytes().any(|b| b.is_ascii_uppercase())
}

/// Nouns that name a source without being a name ("a poll", "officials", "the report").
const SOURCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "analysis", "report", "study", "studies", "researchers", "officials",
    "experts", "analysts", "economists", "slide", "data", "figures", "estimates", "average", "group", "statement",
    "documents", "records", "returns", "filings", "census", "tally", "count", "agency", "department", "ministry",
    "police", "prosecutors", "authorities", "spokesman", "spokeswoman", "spokesperson", "scholars", "scientists",
    "index", "model", "review", "audit", "regulators",
];

/// Nouns for a body that a description names ("the city budget office", "Clinton's
/// campaign"). Alone after a determiner or a possessive ("the company", "his campaign") the
/// noun names no one by itself: it points back to a body of that name, or leaves the
/// speaker resolution to say who.
const BODY_NOUNS: &[&str] = &[
    "office", "bureau", "commission", "committee", "board", "council", "administration", "institute", "center",
    "centre", "foundation", "campaign", "company", "government",
];

/// Words that own a body without naming it ("his campaign").
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my"];

/// The body noun of a source that is only that noun after determiners and possessives
/// ("the company", "His campaign", "one company"), as written.
pub fn bare_body(name: &str) -> Option<&str> {
    let mut rest = name.split_whitespace().skip_while(|w| is_determiner(w) || is_one_of(w, POSSESSIVES));
    let noun = rest.next()?;
    (rest.next().is_none() && is_one_of(noun, BODY_NOUNS)).then_some(noun)
}

/// Whether a word heads a source phrase: a source noun or a body noun.
fn is_source_noun(w: &str) -> bool {
    is_one_of(w, SOURCE_NOUNS) || is_one_of(w, BODY_NOUNS)
}

/// Heads of a source phrase that describe a document, kept in the name ("Reuters/Ipsos poll").
const KEPT_HEADS: &[&str] = &[
    "poll", "survey", "analysis", "report", "study", "average", "census", "tally", "audit", "review", "finding",
    "findings",
];

/// The people a source noun describes, who speak for the body named after them
/// ("researchers at X", "economists from X").
const DESCRIBED_PEOPLE: &[&str] =
    &["researchers", "experts", "analysts", "economists", "scholars", "scientists", "officials", "authors"];

/// Nouns for a piece of research or a document whose agent or owner is its source
/// ("research conducted by X", "a slide from X's deck").
const DOCUMENT_NOUNS: &[&str] = &[
    "research", "study", "studies", "poll", "survey", "analysis", "report", "review", "audit", "data", "slide", "memo",
    "presentation",
];

/// Words that open an adjunct after a reporting verb, not its complement ("said in a
/// statement", "reported on Monday").
const ADJUNCT_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "last", "earlier", "recently", "yesterday", "today", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
];

/// Words between a verb and its subject that do not change who speaks ("also", "has").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "also", "previously", "recently", "now", "then", "further", "later", "earlier", "again",
    "once", "repeatedly", "separately", "last", "week", "month", "year", "this", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "will", "would", "may", "might", "could",
];

/// Subjects that need a speaker resolution to name anyone ("let's say" names nobody).
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "let's", "let\u{2019}s", "people"];

/// Months and days: never a source's name by themselves, though one may stand in a
/// document's name ("an April survey").
const CALENDAR_WORDS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

/// Capitalised words that open a sentence or a clause before its subject ("While one
/// company says …"): never a source's name, nor part of one.
const CLAUSE_OPENERS: &[&str] =
    &["In", "On", "When", "While", "After", "But", "And", "As", "If", "Though", "Although", "Because"];

/// Whether a capitalised word is never a source's name.
fn is_not_name(w: &str) -> bool {
    CALENDAR_WORDS.contains(&w) || CLAUSE_OPENERS.contains(&w)
}

/// Words that join the parts of a name ("Center for Media and Public Affairs").
const NAME_JOINERS: &[&str] = &["of", "for", "and", "&", "/", "-", "on", "the", "de"];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "new", "latest", "one", "another",
];

/// Whether a word opens a phrase without naming anything: "the", "a new", but not the
/// "New" of "New York".
fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&w) || matches!(w, "The" | "A" | "An" | "This" | "That" | "One" | "Another")
}

/// What a word is to the attribution rules; a word may be more than one ("report" is a
/// reporting verb and a document's head).
#[derive(Clone, Copy, Default)]
struct CueWord {
    according: bool,
    citing: bool,
    /// One of `REPORTING_VERBS`, in any case.
    reporting: bool,
    /// One of `KEPT_HEADS`.
    head: bool,
}

/// The words `CueWord` tells, in one case-blind table: each word of a sentence is looked up
/// once, and most are turned away by their shape before they are hashed. Comparing every
/// word with each list in turn cost a quarter of the statistics stage.
static CUE_WORDS: LazyLock<WordTable<CueWord>> = LazyLock::new(|| {
    let mut words: BTreeMap<&str, CueWord> = BTreeMap::new();
    words.entry("according").or_default().according = true;
    words.entry("citing").or_default().citing = true;
    for w in REPORTING_VERBS {
        words.entry(w).or_default().reporting = true;
    }
    for w in KEPT_HEADS {
        words.entry(w).or_default().head = true;
    }
    WordTable::new(words.into_iter().map(|(w, c)| (w.to_string(), c)))
});

fn cue_word(w: &str) -> CueWord {
    CUE_WORDS.get(w).unwrap_or_default()
}

/// Whether a sentence, given as extraction's tokens (`words`), may make an attribution: each
/// holds a word of `CUE_WORDS`, all ASCII letters, which is then a whole run of ASCII letters
/// in one of extraction's words ("poll" in "poll-based"). Half the sentences without figures
/// have none, and are told so before the statistics' own tokens are made.
pub fn may_attribute(text: &str, words: &[extraction::Token]) -> bool {
    let cue_words = &*CUE_WORDS;
    let bytes = text.as_bytes();
    let is_cue_word = |run: &[u8]| cue_words.get_bytes(run).is_some();
    words.iter().filter(|t| t.is_word()).any(|t| {
        let word = &bytes[t.span.clone()];
        if t.letters_only { is_cue_word(word) } else { word.split(|b| !b.is_ascii_alphabetic()).any(is_cue_word) }
    })
}

/// Verbs of speech that may come before their subject ("…," said Charlie King).
const INVERTIBLE: &[&str] =
    &["said", "says", "wrote", "writes", "added", "adds", "told", "reported", "noted", "explained"];

/// The attributions of one sentence, in order.
pub fn cues(text: &str, toks: &[Token]) -> Vec<Cue> {
    let s = View { text, toks };
    let mut out = Vec::new();
    // Every token of every sentence is asked: the table is reached once, and only words are
    // sliced out of the text (as bytes, which need no check of character boundaries).
    let cue_words = &*CUE_WORDS;
    let bytes = text.as_bytes();
    let found: Vec<(usize, CueWord)> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Word)
        .filter_map(|(k, t)| cue_words.get_bytes(&bytes[t.span()]).map(|w| (k, w)))
        .collect();
    let citing = found.iter().find(|(_, w)| w.citing).map(|&(c, _)| c);
    let cites = citing.map(|c| cited(&s, c)).unwrap_or_default();
    for &(k, w) in &found {
        if w.according && s.word(k + 1).eq_ignore_ascii_case("to") {
            if let Some((name, end)) = s.phrase_after(k + 2) {
                let through = s.until_comma(end);
                let head = head_of(&name);
                out.push(Cue {
                    source: Some(name),
                    phrase: s.span(k, through),
                    cites: cites.clone(),
                    reaches_back: true,
                    refers: false,
                    head,
                });
            }
        } else if w.reporting
            && in_lower_case(s.word(k))
            && let Some(cue) = s.verb_cue(k)
        {
            out.push(Cue { cites: cites.clone(), ..cue });
        }
    }
    if out.is_empty() {
        // "In the latest Gallup poll, …": a named poll or report stands for its figures.
        let heads = found.iter().filter(|&&(h, w)| w.head && h > 0).map(|&(h, _)| h);
        out.extend(named_document(&s, heads).map(|(name, first, last, refers)| Cue {
            head: head_of(&name),
            source: Some(name),
            phrase: s.span(first, last),
            cites: cites.clone(),
            reaches_back: true,
            refers,
        }));
    }
    out
}

/// The cue that attributes a number at `number`: the nearest in its clause (a `;` ends a
/// clause), one before the number winning a tie.
pub fn nearest(text: &str, sentence: &Span, cues: &[Cue], number: &Span) -> Option<usize> {
    let clause_of = |at: usize| text[sentence.start..at].rfind(';');
    cues.iter()
        .enumerate()
        .filter(|(_, c)| c.reaches_back || c.phrase.start < number.start)
        .filter(|(_, c)| {
            clause_of(c.phrase.start) == clause_of(number.start)
                || c.phrase.start < number.start && c.phrase.end > number.start
        })
        .min_by_key(|(_, c)| {
            if c.phrase.end <= number.start {
                2 * (number.start - c.phrase.end)
            } else {
                2 * c.phrase.start.saturating_sub(number.end) + 1
            }
        })
        .map(|(i, _)| i)
}

/// The document noun a source is named with ("poll" in "the Lark poll", "slide" in
/// "another slide"), as listed.
fn head_of(name: &str) -> Option<&'static str> {
    let last = name.rsplit(' ').next()?;
    KEPT_HEADS.iter().chain(DOCUMENT_NOUNS).find(|h| last.eq_ignore_ascii_case(h)).copied()
}

/// Whether the words that name a speaker name a source: a name ("Charlie King") or a
/// source noun ("federal officials"), not a stray phrase ("Though his").
pub fn names_a_source(mention: &str) -> bool {
    mention
        .rsplit(' ')
        .next()
        .is_some_and(|last| last.chars().next().is_some_and(char::is_uppercase) || is_one_of(last, SOURCE_NOUNS))
}

fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// A sentence's tokens with the lookups the attribution rules need.
struct View<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl<'a> View<'a> {
    /// The word at `i`, or "" for a symbol, a number or past the end.
    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| self.word_at(t))
    }
    fn word_at(&self, t: &Token) -> &'a str {
        if t.kind == Kind::Word { &self.text[t.span()] } else { "" }
    }
    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span()])
    }
    fn capitalized(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }
    fn span(&self, first: usize, last: usize) -> Span {
        self.toks[first].start..self.toks[last].end
    }
    /// The text from token `first` to `last`, as written.
    fn text_of(&self, first: usize, last: usize) -> String {
        self.text[self.span(first, last)].to_string()
    }

    /// The last token before the next comma or the sentence end, from `i`.
    fn until_comma(&self, i: usize) -> usize {
        let mut k = i;
        while k + 1 < self.toks.len() && !matches!(self.raw(k + 1), "," | ";" | ".") {
            k += 1;
        }
        k
    }

    /// A source phrase starting at token `i` ("a new Washington Post-ABC News poll",
    /// "the nonpartisan Congressional Budget Office", "officials"): its name (the capitalised
    /// name with a document head such as "poll", determiners and adjectives dropped) and
    /// its last token.
    fn phrase_after(&self, i: usize) -> Option<(String, usize)> {
        let mut k = i;
        while is_determiner(self.word(k)) {
            k += 1;
        }
        // Lowercase modifiers before a name: "the conservative-leaning Tax Foundation".
        let mut m = k;
        while m < k + 4 && self.toks.get(m).is_some() && !self.capitalized(m) && !is_source_noun(self.word(m)) {
            if self.word(m).is_empty() && self.raw(m) != "-" {
                break;
            }
            m += 1;
        }
        if self.capitalized(m) {
            let last = self.name_forward(m);
            let mut end = last;
            let mut head = last;
            // "… News national poll": a few lowercase words then a document head.
            for j in last + 1..(last + 4).min(self.toks.len()) {
                if is_one_of(self.word(j), KEPT_HEADS) {
                    head = j;
                    end = j;
                    break;
                }
                if self.word(j).is_empty() || is_one_of(self.word(j), &["data", "figures", "numbers", "estimates"]) {
                    break;
                }
            }
            if is_one_of(self.word(end + 1), &["data", "figures", "numbers", "estimates"]) {
                end += 1;
            }
            return Some((self.text_of(m, head), end));
        }
        // A described source: "officials", "tax experts", "a study".
        let mut last = None;
        for j in k..(k + 4).min(self.toks.len()) {
            // "figures her campaign released": the owner's words are not the source's.
            if self.word(j).is_empty() || (last.is_some() && is_one_of(self.word(j), POSSESSIVES)) {
                break;
            }
            if is_source_noun(self.word(j)) {
                last = Some(j);
            }
        }
        let last = last?;
        if let Some(named) = self.author_after(last) {
            return Some(named);
        }
        Some((self.text_of(i.max(k.saturating_sub(usize::from(self.word(i) == "one"))), last), last))
    }

    /// The body behind a described document or its people, named after it: "a report by
    /// the State Audit Office", "researchers at Lakeside University", "data from the Census
    /// Bureau". Its name and last token.
    fn author_after(&self, described: usize) -> Option<(String, usize)> {
        let noun = self.word(described);
        if !is_one_of(noun, DOCUMENT_NOUNS) && !is_one_of(noun, DESCRIBED_PEOPLE) {
            return None;
        }
        if !is_one_of(self.word(described + 1), &["by", "from", "at"]) {
            return None;
        }
        let mut first = described + 2;
        while is_determiner(self.word(first)) {
            first += 1;
        }
        (self.capitalized(first) && !is_not_name(self.word(first))).then(|| {
            let last = self.name_forward(first);
            (self.text_of(first, last), last)
        })
    }

    /// The last token of a capitalised name starting at `i`, across joiners
    /// ("Securities and Exchange Commission", "Reuters/Ipsos", "Post-ABC"). A preposition
    /// joins only after a body or a title ("Center for Media", "Secretary of State"): a
    /// person's name ends before it ("Cameron Easley for Morning Consult").
    fn name_forward(&self, i: usize) -> usize {
        let mut last = i;
        let mut k = i + 1;
        let mut body = false;
        while k < self.toks.len() {
            if self.capitalized(k)
                || (self.toks[k].kind == Kind::Word && self.word(k).chars().all(|c| c.is_uppercase()))
            {
                last = k;
                k += 1;
            } else if self.abbreviation_period(k) && self.capitalized(k + 1) {
                k += 1; // "U.S. PIRG"
            } else if (is_one_of(self.raw(k), NAME_JOINERS) || self.raw(k) == "'s")
                && self.capitalized(k + 1)
                && !is_not_name(self.word(k + 1))
            {
                body = body || (i..k).any(|n| lexicon::is_org_word(self.word(n)) || lexicon::is_title(self.word(n)));
                if is_one_of(self.raw(k), &["of", "for", "on", "de"]) && !body {
                    break;
                }
                k += 1;
            } else {
                break;
            }
        }
        last
    }

    /// Whether token `k` is the period of an abbreviation ("U.S.", "J."), not a full stop.
    fn abbreviation_period(&self, k: usize) -> bool {
        let glued = self.toks.get(k).is_some_and(|t| !t.spaced);
        let before = k.checked_sub(1).map_or("", |p| self.word(p));
        self.raw(k) == "." && glued && (before.contains('.') || (before.len() == 1 && self.capitalized(k - 1)))
    }

    /// The first token of a capitalised name ending at `last`.
    fn name_backward(&self, last: usize) -> usize {
        let mut first = last;
        while first > 0 {
            let prev = first - 1;
            if self.capitalized(prev)
                && !is_one_of(self.word(prev), &["The", "According", "A"])
                && !is_not_name(self.word(prev))
            {
                first = prev;
            } else if prev > 0
                && is_one_of(self.raw(prev), NAME_JOINERS)
                && self.raw(prev) != "the"
                && self.capitalized(prev - 1)
            {
                first = prev - 1;
            } else {
                break;
            }
        }
        first
    }

    /// The attribution made by the reporting verb at `k`: its subject before it ("Reuters
    /// reported", "a Quinnipiac poll found", "one study found", "he said"), or after it
    /// when the verb follows a comma or quote ("…, said Charlie King").
    fn verb_cue(&self, k: usize) -> Option<Cue> {
        let mut j = k;
        while j > 0 && (is_one_of(self.word(j - 1), AUXILIARIES) || self.word(j - 1).ends_with("ly")) {
            j -= 1;
        }
        let verb_end = self.that_after(k);
        // "…, the agency said in a June report": an adjunct, not a complement, follows.
        let adjunct = verb_end == k && is_one_of(self.word(k + 1), ADJUNCT_OPENERS);
        let reaches_back =
            adjunct || matches!(self.raw(k + 1), "" | "." | "," | ";" | "\"" | "\u{201d}" | "'" | "\u{2019}");
        let cue = |source: Option<String>, first, head: Option<&'static str>| {
            let refers = source.as_ref().is_some_and(|_| {
                first > 0
                    && is_one_of(self.word(first - 1), &["the", "this", "that"])
                    && first + 1 == j
                    && !self.capitalized(first)
            });
            let head = head.or_else(|| source.as_deref().and_then(head_of));
            // The phrase takes the determiner the name drops: "…, the city's finance office said".
            let first = first - usize::from(first > 0 && is_determiner(self.word(first - 1)));
            Cue { source, phrase: self.span(first, verb_end), cites: Vec::new(), reaches_back, refers, head }
        };
        if j > 0 {
            // "the Chicago Police Department, which reported": the subject stands before the relative.
            let relative = usize::from(is_one_of(self.word(j - 1), &["which", "who"]));
            let before = j - 1 - relative;
            let before = before - usize::from(relative == 1 && before > 0 && self.raw(before) == ",");
            let w = self.word(before);
            if relative == 0 && is_one_of(w, PRONOUNS) {
                return Some(cue(None, before, None));
            }
            if let Some((name, first)) = self.subject_ending(before) {
                return match self.preposition_before(first) {
                    None => Some(cue(Some(name), first, None)),
                    Some(prep) => self.through_preposition(prep).map(|(owner, first, head)| match owner {
                        Some(owner) => cue(Some(owner), first, head),
                        None => cue(Some(name), first, head),
                    }),
                };
            }
            if let Some((owner, head)) = self.opening_document(j) {
                return Some(cue(Some(owner), 0, Some(head)));
            }
        }
        // Inverted: "…," said Charlie King / wrote Cameron Easley for Morning Consult.
        let after_quote = j == 0 || matches!(self.raw(j - 1), "," | "\"" | "\u{201d}" | "'" | "\u{2019}" | ":");
        if after_quote && INVERTIBLE.contains(&self.word(k)) && self.capitalized(k + 1) {
            let last = self.name_forward(k + 1);
            return Some(Cue {
                source: Some(self.text_of(k + 1, last)),
                phrase: self.span(j.min(k), last),
                cites: Vec::new(),
                reaches_back: true,
                refers: false,
                head: None,
            });
        }
        None
    }

    /// The preposition before the phrase starting at `first` ("32% of Republican claims"),
    /// if any: such a phrase is not the subject by itself.
    fn preposition_before(&self, first: usize) -> Option<usize> {
        let mut p = first;
        while p > 0 && is_one_of(self.word(p - 1), &["the", "a", "an"]) {
            p -= 1;
        }
        let prep = p.checked_sub(1)?;
        is_one_of(self.word(prep), &["of", "in", "for", "to", "from", "with", "by", "on", "at", "about", "than"])
            .then_some(prep)
    }

    /// Who speaks when the name before a verb follows the preposition at `prep`: the agent
    /// of a document ("research conducted by X found": X, a document), the body that
    /// describes its people ("scholars at X modeled": X), or the named body of which the
    /// object is a part ("the Tax Policy Center at the Urban Institute estimates": the
    /// center). `None` when the phrase is no subject ("32% of Republican claims").
    /// A document's source by the document's owner ("a memo from the Port Board shows":
    /// the board). Gives the owner (`None`: the object itself), the phrase's first token
    /// and the document noun, when the source is a document.
    fn through_preposition(&self, prep: usize) -> Option<(Option<String>, usize, Option<&'static str>)> {
        let head = prep.checked_sub(1)?;
        if self.word(prep) == "by" && self.word(head).ends_with("ed") {
            let document = head.checked_sub(1).and_then(|d| head_of(self.word(d)));
            return Some((None, head.saturating_sub(1), document));
        }
        if !is_one_of(self.word(prep), &["at", "of", "from"]) {
            return None;
        }
        if is_one_of(self.word(head), DESCRIBED_PEOPLE) {
            return Some((None, head, None));
        }
        if let Some(document) = head_of(self.word(head)).filter(|_| self.word(prep) != "of") {
            return Some((None, head, Some(document)));
        }
        if self.capitalized(head) && !is_not_name(self.word(head)) {
            let first = self.name_backward(head);
            return Some((Some(self.text_of(first, head)), first, None));
        }
        None
    }

    /// A sentence that opens with a document and names its owner before the verb at `verb`:
    /// "A slide from a deck that Mayor Ana Ruiz carries shows …" gives Ana Ruiz and
    /// "slide". The owner follows "by", "from", "of" or "that", titles dropped.
    fn opening_document(&self, verb: usize) -> Option<(String, &'static str)> {
        let d = usize::from(is_determiner(self.word(0)));
        let head = head_of(self.word(d))?;
        (d + 2..verb).find_map(|p| {
            let after_link = is_one_of(self.word(p - 1), &["by", "from", "of", "that"]);
            let name = (p..verb).find(|&n| !lexicon::is_title(self.word(n)) && self.raw(n) != ".")?;
            (after_link && self.capitalized(p) && self.capitalized(name))
                .then(|| (self.text_of(name, self.name_forward(name).min(verb - 1)), head))
        })
    }

    /// The verb phrase's end: through a following "that" a few words on ("reported Friday that").
    fn that_after(&self, k: usize) -> usize {
        (k + 1..(k + 5).min(self.toks.len())).find(|&j| self.word(j) == "that").unwrap_or(k)
    }

    /// A subject noun phrase ending at token `last`: a name ("The Wall Street Journal"), a
    /// named document ("a USA TODAY analysis of … reports"), or a described source ("tax
    /// experts", "one study", "the report"); its name and first token.
    fn subject_ending(&self, last: usize) -> Option<(String, usize)> {
        if self.capitalized(last) {
            if is_not_name(self.word(last)) {
                return None;
            }
            let first = self.name_backward(last);
            return Some((self.text_of(first, last), first));
        }
        if !is_source_noun(self.word(last)) {
            return None;
        }
        // Modifiers back to a determiner or a non-word: "federal and state officials".
        let mut first = last;
        while first > 0 {
            let prev = first - 1;
            let w = self.word(prev);
            let ends_phrase = is_one_of(w, &["a", "an", "the", "this", "that", "its", "their"])
                || is_one_of(w, &["of", "from", "by", "in", "on", "at", "with", "for"])
                || is_reporting_verb(w);
            if (w.is_empty() && !matches!(self.raw(prev), "/" | "-")) || ends_phrase || CLAUSE_OPENERS.contains(&w) {
                break;
            }
            first = prev;
        }
        // "a USA TODAY analysis of newly filed reports shows": the outer document is the source.
        if first >= 2
            && self.word(first - 1) == "of"
            && let Some(outer) =
                self.subject_ending(first - 2).filter(|(n, _)| n.chars().next().is_some_and(char::is_uppercase))
        {
            return Some(outer);
        }
        // A capitalised start is a name with its document head ("USA TODAY analysis").
        Some((self.text_of(first, last), first))
    }
}

/// The body whose name opens a sentence ("The Tax Policy Center, reviewing …"): a
/// capitalised name of two words or more after an optional determiner, with an
/// organisation word in it ("Companies and individuals …" names nobody).
pub fn opening_body(text: &str, toks: &[Token]) -> Option<String> {
    let s = View { text, toks };
    let first = usize::from(is_determiner(s.word(0)));
    if !s.capitalized(first) || is_not_name(s.word(first)) {
        return None;
    }
    let last = s.name_forward(first);
    (last > first && (first..=last).any(|i| lexicon::is_org_word(s.word(i)))).then(|| s.text_of(first, last))
}

/// The bodies a sentence names as the authors of the research described before it:
/// "the authors of the report, which include the Tax Fairness Fund and the Budget
/// Project", "the study, by the Lakeside Institute". Only a definite "the study" points
/// back; "an analysis by X" is another piece of research.
pub fn authors(text: &str, toks: &[Token]) -> Option<String> {
    let s = View { text, toks };
    // Every sentence is read until the authors are found (in most articles, never): a word's
    // length and first letter turn away nearly all that are not "the" or "this" before its
    // text is compared.
    let points_back = |t: &Token| {
        matches!(t.end - t.start, 3 | 4)
            && text.as_bytes()[t.start].eq_ignore_ascii_case(&b't')
            && is_one_of(s.word_at(t), &["the", "this"])
    };
    (1..toks.len()).filter(|&h| points_back(&toks[h - 1]) && is_one_of(s.word(h), DOCUMENT_NOUNS)).find_map(|h| {
        let mut k = h + 1;
        if s.raw(k) == "," && is_one_of(s.word(k + 1), &["which", "who", "that"]) {
            k += 2;
        }
        if !is_one_of(s.word(k), &["include", "includes", "including", "by", "from"]) {
            return None;
        }
        let first = k + 1 + usize::from(is_one_of(s.word(k + 1), &["the", "a", "an"]));
        (s.capitalized(first) && !is_not_name(s.word(first))).then(|| s.text_of(first, s.name_forward(first)))
    })
}

/// Whether a source is only described ("An exhaustive study", "the researchers"): a
/// piece of research or its authors, with no capitalised word but a determiner.
pub fn is_description(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let rest: Vec<&str> = words.by_ref().skip_while(|w| is_determiner(w)).collect();
    rest.iter().all(|w| !w.chars().next().is_some_and(char::is_uppercase))
        && rest.last().is_some_and(|head| is_one_of(head, DOCUMENT_NOUNS) || is_one_of(head, DESCRIBED_PEOPLE))
}

/// How far back [`widen`] looks for a body's full name: an article's length, so that
/// a long document costs no more per name than an article does.
const WIDEN_REACH: usize = 20_000;

/// The full name of a body that an article shortens after naming it in full: "the
/// Peterson Institute" after "the Peterson Institute for Trade Studies". Looks in
/// the text before `before` for the name followed by a preposition and more of the name.
pub fn widen(text: &str, name: &str, before: usize) -> Option<String> {
    if !name.split(' ').any(lexicon::is_org_word) {
        return None;
    }
    let before = before.min(text.len());
    let from = (before.saturating_sub(WIDEN_REACH)..before).find(|&i| text.is_char_boundary(i))?;
    let earlier = &text[..before];
    let mut toks = Vec::new();
    memchr::memmem::find_iter(&earlier.as_bytes()[from..], name.as_bytes()).map(|at| from + at).find_map(|at| {
        let starts_word = !earlier[..at].ends_with(|c: char| c.is_alphanumeric());
        let end = (at + name.len() + 80).min(before);
        let end = (at..=end).rev().find(|&i| earlier.is_char_boundary(i))?;
        super::tokens::tokenize(text, at..end, &mut toks);
        let s = View { text, toks: &toks };
        let last = s.name_forward(0);
        let full = s.text_of(0, last);
        (starts_word
            && full.len() > name.len()
            && full.starts_with(name)
            && is_one_of(full[name.len()..].split_whitespace().next()?, &["for", "of", "on"]))
        .then_some(full)
    })
}

/// A named poll, survey or report anywhere in the sentence ("the previous Washington
/// Post/ABC News national poll"), or one named before ("In this poll, …"): its name,
/// first and last token, and whether it refers back. `heads` are the words of `KEPT_HEADS`
/// after the first, in order.
fn named_document(s: &View, mut heads: impl Iterator<Item = usize>) -> Option<(String, usize, usize, bool)> {
    heads.find_map(|h| {
        let mut name_last = h - 1;
        while name_last > 0
            && !s.capitalized(name_last)
            && !s.word(name_last).is_empty()
            && !is_determiner(s.word(name_last))
            && h - name_last < 3
        {
            name_last -= 1;
        }
        if is_one_of(s.word(h - 1), &["the", "this", "that"]) {
            return Some((s.text_of(h, h), h - 1, h, true));
        }
        if !s.capitalized(name_last) || is_not_name(s.word(name_last)) {
            return None;
        }
        let first = s.name_backward(name_last);
        Some((s.text_of(first, h), first, h, false))
    })
}

/// The sources after `citing` at token `c`: "data from an advocacy group and local media"
/// gives "an advocacy group" and "local media".
fn cited(s: &View, c: usize) -> Vec<String> {
    let mut k = c + 1;
    if is_one_of(s.word(k), &["data", "figures", "reports", "information", "estimates", "numbers"])
        && s.word(k + 1) == "from"
    {
        k += 2;
    }
    let end = s.until_comma(k);
    if k > end || k >= s.toks.len() {
        return Vec::new();
    }
    let list = s.text_of(k, end);
    list.split(" and ").flat_map(|p| p.split(", ")).map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn sources(text: &str) -> Vec<(Option<String>, Vec<String>)> {
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        cues(text, &toks).into_iter().map(|c| (c.source, c.cites)).collect()
    }

    fn names(text: &str) -> Vec<Option<String>> {
        sources(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn according_to_drops_determiners_adjectives_and_data() {
        assert_eq!(
            names("According to Northfield Budget Institute data for 2020, the town spent $4 million."),
            [Some("Northfield Budget Institute".into())]
        );
        assert_eq!(
            names("Prices rose 3%, according to the nonpartisan Harbor Policy Center."),
            [Some("Harbor Policy Center".into())]
        );
        assert_eq!(
            names("Turnout was 61 percent, according to a new Lakeside-Channel poll released Friday."),
            [Some("Lakeside-Channel poll".into())]
        );
    }

    #[test]
    fn a_subject_before_a_reporting_verb_with_what_it_cites() {
        assert_eq!(
            sources(
                "The Daily Ledger reported Monday that 40 homes burned, citing data from fire crews and a county office."
            ),
            [(Some("Daily Ledger".into()), vec!["fire crews".into(), "a county office".into()])]
        );
        assert_eq!(names("A Granite State poll found 48% support."), [Some("Granite State poll".into())]);
        assert_eq!(names("Tax experts say it costs $20 million."), [Some("Tax experts".into())]);
        assert_eq!(names("One study found that 8 million people would pay more."), [Some("One study".into())]);
    }

    #[test]
    fn an_outer_document_owns_a_subject_with_of() {
        assert_eq!(
            names("A Metro Times analysis of new campaign reports shows $1 billion raised."),
            [Some("Metro Times analysis".into())]
        );
    }

    #[test]
    fn inverted_and_pronoun_attributions() {
        assert_eq!(
            names("\"It will reach 90 percent,\" said Dana Whitfield, a pollster."),
            [Some("Dana Whitfield".into())]
        );
        assert_eq!(names("\"It will reach 90 percent,\" she said."), [None]);
    }

    #[test]
    fn a_reporting_verb_is_written_in_lower_case_and_a_head_in_any() {
        assert!(is_reporting_verb("reports") && !is_reporting_verb("Reports") && !is_reporting_verb("reporter"));
        assert!(cue_word("POLL").head && cue_word("report").head && cue_word("According").according);
    }

    #[test]
    fn a_sentence_may_attribute_with_a_cue_word_inside_a_longer_word() {
        let may = |text: &str| {
            may_attribute(text, extraction::Tokenized::new(text, &[0..text.len()]).within(&(0..text.len())))
        };
        assert!(
            may("A poll-based forecast gave it away.")
                && may("The Ledger REPORTED it.")
                && may("It was, according to them, over.")
        );
        assert!(!may("The mayor's aides met at the U.S. embassy on Tuesday."));
    }

    #[test]
    fn a_named_poll_without_a_verb() {
        assert_eq!(
            names("In the last Coastline Research poll, the mayor led by 5 points."),
            [Some("Coastline Research poll".into())]
        );
    }

    #[test]
    fn the_nearest_cue_of_the_clause_wins() {
        let text = "The Ridge Center estimates $1.1 trillion; the Vale Foundation puts the figure at $498 billion.";
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        let found = cues(text, &toks);
        let at = text.find("$498").unwrap();
        assert_eq!(
            nearest(text, &(0..text.len()), &found, &(at..at + 4)).and_then(|i| found[i].source.as_deref()),
            Some("Vale Foundation")
        );
    }
}
