//! Reported speech: attributions without quotation marks. `X said (that) …`, `…, X said`,
//! `…, said X`, `according to X, …`, `…, saying …`, `a poll showing …`, stances, beliefs and
//! findings (`X declined to …`, `X endorsed Trump`, `X wants to …`, `a poll shows …`, `…,
//! records show`), and clauses inside a sentence (`… because Trump wants to …`, `… and want
//! …`). A sentence may hold several: joined clauses (`Democrats want P, and Republicans want
//! Q`) split the content between them, and a clause reported inside another (`X said Y
//! believes Z`) keeps both.

use super::attribution::Attribution;
use super::lexicon::{self, CueClass, Form};
use super::mentions::{self, Mention, MentionKind};
use super::quotes;
use super::tokens::{Token, count_words, dash_ending_at, is_capitalized, is_dash, past_dash, without_possessive};
use crate::model::{QuoteKind, Span};
use std::cell::OnceCell;

/// The reported speech of one sentence (given as its tokens and their `words`), in text
/// order; `subject_start` holds where its subject starts once read.
pub fn find(text: &str, toks: &[Token], words: &[&str], subject_start: &OnceCell<Option<usize>>) -> Vec<Attribution> {
    if toks.len() < 4 {
        return Vec::new();
    }
    let sentence = Sentence::new(text, toks, words, subject_start);
    if let Some(found) = sentence.labelled() {
        return vec![found];
    }
    // Whether the sentence is a headline is read only when a word could be a headline's cue.
    let headline = OnceCell::new();
    let in_headline = || *headline.get_or_init(|| is_headline(words));
    let keys = KeyWords::of(words);
    let mut candidates: Vec<Candidate> = Vec::new();
    let sieve = lexicon::cue_sieve();
    // Tokens and words walked side by side: indexing both at every word cost two bounds checks.
    for (j, (t, &w)) in toks.iter().zip(words).enumerate() {
        // A word of no cue form's shape (most words) is no cue, in a headline or not: passed unread.
        if !t.is_word() || !sieve.passes(w) {
            continue;
        }
        let cue = lexicon::cue_before(w, words.get(j + 1).copied(), words.get(j + 2).copied(), j)
            .or_else(|| headline_cue(w, j, in_headline));
        if let Some(c) = cue.and_then(|cue| sentence.at_cue(j, cue)) {
            let c = sentence.through_speech_infinitive(j, c);
            candidates.push(sentence.in_relative_clause(j, c));
        }
    }
    // The rules below push after the scan, not chained to it: each link of a chain moved the
    // whole iterator, and a sentence's few candidates are cheaper to push.
    if keys.has_in {
        candidates.extend(sentence.in_poll());
    }
    candidates.extend(keys.has_asked.then(|| sentence.asked()).flatten());
    candidates.extend(keys.has_that.then(|| sentence.stance_that()).flatten());
    candidates.extend(keys.has_reportedly.then(|| sentence.reportedly()).flatten());
    if keys.has_as {
        candidates.extend(sentence.named_as_quoted());
    }
    // `As The Times reported on Saturday, …`: only where no cue of the "as" clause reads so.
    if let Some(source) = keys.has_as.then(|| sentence.as_source()).flatten() {
        let cue = source.attribution.cue.clone().unwrap_or_default();
        if !candidates.iter().any(|c| c.attribution.cue.as_ref().is_some_and(|s| overlaps(s, &cue))) {
            candidates.push(source);
        }
    }
    // "Do you think …?", "Did Trump say …?": a question that puts its auxiliary before the
    // subject asks, it reports no claim of that subject.
    if asks_before_subject(text, toks, words) {
        let subject_end = toks[1].span.end;
        candidates.retain(|c| c.attribution.mention.as_ref().is_none_or(|m| m.span.start >= subject_end));
    }
    candidates
        .retain(|c| !c.attribution.mention.as_ref().is_some_and(|m| mentions::is_opening_verb_form(text, toks, m)));
    cut_at_closing_attribution(text, &mut candidates);
    // Speech and findings first: in "Russia considers X an ally, the minister added", the
    // minister speaks; a belief is kept only where it fits beside them. Before them, an
    // attribution set off inside its own claim ("Cost estimates, he added, were …"), whose
    // commas leave no doubt whose words the clause around them is.
    candidates.sort_by_key(|c| {
        (c.class == CueClass::Belief, !c.is_parenthesis(text), c.attribution.cue.as_ref().map_or(0, |s| s.start))
    });
    // `according to X` first: its words are never a noun ("by 4 percentage points according to").
    let mut kept: Vec<Candidate> = keys.has_according.then(|| sentence.according_to()).flatten().into_iter().collect();
    for c in candidates {
        if fits_beside(text, toks, &mut kept, &c) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.attribution.parts.first().map_or(0, |p| p.start));
    kept.into_iter().map(|c| c.attribution).collect()
}

/// Whether the sentence is a question that opens with its auxiliary ("Do you think …?",
/// "Would Ruiz say …?"): it ends in a question mark, closing quotation marks aside.
fn asks_before_subject(text: &str, toks: &[Token], words: &[&str]) -> bool {
    let inverted = matches!(
        words[0],
        "Do" | "Does" | "Did" | "Will" | "Would" | "Can" | "Could" | "Should" | "Is" | "Are" | "Was" | "Were"
    );
    inverted
        && toks.iter().rev().find(|t| t.is_word() || !holds_quote_mark(t.text(text))).is_some_and(|t| t.is_punct('?'))
}

/// Whether a sentence holds the word that each of six rules needs, found in one pass: each
/// rule walked over every sentence for its word, which most sentences lack.
struct KeyWords {
    /// "in", for `Sentence::in_poll`.
    has_in: bool,
    /// "asked", for `Sentence::asked`.
    has_asked: bool,
    /// "that", for `Sentence::stance_that`.
    has_that: bool,
    /// "according", for `Sentence::according_to`.
    has_according: bool,
    /// "reportedly", for `Sentence::reportedly`.
    has_reportedly: bool,
    /// "as", for `Sentence::as_source`.
    has_as: bool,
}

impl KeyWords {
    fn of(words: &[&str]) -> Self {
        let mut keys = KeyWords {
            has_in: false,
            has_asked: false,
            has_that: false,
            has_according: false,
            has_reportedly: false,
            has_as: false,
        };
        for w in words {
            match w.len() {
                2 => {
                    keys.has_in |= w.eq_ignore_ascii_case("in");
                    keys.has_as |= w.eq_ignore_ascii_case("as");
                }
                4 => keys.has_that |= w.eq_ignore_ascii_case("that"),
                5 => keys.has_asked |= w.eq_ignore_ascii_case("asked"),
                9 => keys.has_according |= w.eq_ignore_ascii_case("according"),
                10 => keys.has_reportedly |= w.eq_ignore_ascii_case("reportedly"),
                _ => {}
            }
        }
        keys
    }
}

/// `"…," he said, adding that …`: in the tokens after a quotation's cue, the first participle
/// of saying after a comma, and the claim it reports (to the end of the tokens): its cue and
/// its content.
pub fn participle_after(text: &str, toks: &[Token]) -> Option<(Span, Span)> {
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let subject_start = OnceCell::new();
    let sentence = Sentence::new(text, toks, &words, &subject_start);
    let (j, cue) = (1..toks.len()).find_map(|j| {
        let cue = lexicon::cue_at(words[j], j).filter(|c| c.form == Form::Participle && c.class != CueClass::Belief)?;
        (toks[j].is_word() && sentence.after_comma(j, cue)).then_some((j, cue))
    })?;
    let (cue_span, from) = (sentence.cue_span(j, cue), sentence.content_start(j, cue));
    // `…, adding, "…"`: a quotation that follows is a quote of its own; after "that" it is
    // the claim itself, a mixed one (`…, adding that "…"`).
    let after_that = from > j + 1 && words[from - 1].eq_ignore_ascii_case("that");
    let first = toks.get(from).filter(|t| t.is_word() || after_that)?;
    let end = trim_end_punct(text, first.span.start, toks.last()?.span.end);
    (end > first.span.start).then_some((cue_span, first.span.start..end))
}

/// Whether the cue at token `j` goes on to a reported clause of its own: "that" after it (or
/// after its listener: "told reporters that"), or a pronoun and a verb ("said he does not
/// believe …"). A quotation before such a cue is not what it reports ("Speaking on "Meet the
/// Press," Ruiz admitted that …").
pub fn clause_follows_cue(text: &str, toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let mut from = j + 1;
    // A listener named or in a pronoun; "told a crowd that the campaign counted" is a relative.
    while from < j + 4 && word(from).is_some_and(|w| lexicon::is_object_word(w) && !lexicon::is_determiner(w)) {
        from += 1;
    }
    // "said that day": "that" before a word of time points at it.
    let that_clause = word(from).is_some_and(|w| w.eq_ignore_ascii_case("that"))
        && word(from + 1)
            .is_some_and(|w| !lexicon::is_time_word(w) && !lexicon::is_time_noun(w) && !w.eq_ignore_ascii_case("time"));
    let subject = word(j + 1).and_then(lexicon::pronoun).is_some_and(|p| p != lexicon::Pronoun::It);
    that_clause || subject && word(j + 2).is_some_and(is_finite_verb)
}

/// "Francois Hollande Says Trump Makes You Want To Retch": a sentence in title case, where
/// most words but the short function words are capitalised.
fn is_headline(words: &[&str]) -> bool {
    static FUNCTION_WORDS: lexicon::WordSet = lexicon::WordSet::new(&[
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "at", "by", "with", "or", "as",
    ]);
    let (mut content, mut capitalized) = (0, 0);
    for w in words.iter().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)) {
        if !FUNCTION_WORDS.contains(w) {
            content += 1;
            capitalized += usize::from(is_capitalized(w));
        }
        // Past a quarter of the words in lower case, no sentence is a headline, however long.
        if (content - capitalized) * 4 > words.len() {
            return false;
        }
    }
    content >= 4 && capitalized * 4 >= content * 3
}

/// In a headline, a capitalised verb form ("Says", "Slams") is a cue; its bare form
/// ("Report") is as often a noun. `headline` is asked last, of such a form only: it walks
/// over the sentence, and only a capitalised word can be a cue that `cue_before` turned away.
/// The first word (`at` 0) `cue_before` has looked up already, and found no cue on its own.
fn headline_cue(word: &str, at: usize, headline: impl FnOnce() -> bool) -> Option<lexicon::Cue> {
    if at == 0 || !is_capitalized(word) {
        return None;
    }
    lexicon::cue(word).filter(|c| c.form == Form::Finite && !c.bare && headline())
}

/// An attribution found at one cue, before it is weighed against the others of its sentence.
struct Candidate {
    attribution: Attribution,
    class: CueClass,
    /// The token where its clause starts (its subject), for splitting joined clauses.
    clause: usize,
    /// A participle borrows the sentence's subject: its own words are the cue alone.
    borrows_subject: bool,
    /// Its cue reports a clause, not only a noun phrase.
    takes_clause: bool,
}

impl Candidate {
    /// The stretch its own speaker and cue take.
    fn attribution_span(&self) -> Span {
        let a = &self.attribution;
        let cue = a.cue.clone().unwrap_or(0..0);
        let m = a.mention.as_ref().filter(|_| !self.borrows_subject).map_or(cue.clone(), |m| m.span.clone());
        m.start.min(cue.start)..m.end.max(cue.end)
    }

    /// Its own words and its content together.
    fn whole(&self) -> Span {
        let (attr, content) = (self.attribution_span(), self.content());
        attr.start.min(content.start)..attr.end.max(content.end)
    }

    fn content(&self) -> Span {
        let parts = &self.attribution.parts;
        parts.first().map_or(0, |p| p.start)..parts.last().map_or(0, |p| p.end)
    }

    /// Whether its speaker and cue stand inside its content, set off by commas ("The museum,
    /// Mr. Bush said, celebrated …"). Not `according to X`, which names a source and may sit
    /// in anyone's claim.
    fn is_parenthesis(&self, text: &str) -> bool {
        let [before, after] = &self.attribution.parts[..] else { return false };
        let (Some(mention), Some(cue)) = (&self.attribution.mention, &self.attribution.cue) else { return false };
        let between = text[before.end..after.start].trim();
        between.starts_with(',')
            && between.ends_with(',')
            && mention.span.start < cue.start
            && contains(&(before.end..after.start), &self.attribution_span())
    }
}

/// "Ruiz found rowing a cure for stress, she said.": a claim that runs on into the
/// attribution closing its sentence ends before it, so that both stand (a belief stays as
/// it is: "Russia considers X an ally, the minister added" is the minister's word alone). A
/// passive's subject is no claim closed by its attribution ("The plan was backed by …").
fn cut_at_closing_attribution(text: &str, candidates: &mut [Candidate]) {
    let closing: Vec<Span> = candidates
        .iter()
        .filter(|c| c.class == CueClass::Speech && !c.borrows_subject && c.content().end <= c.attribution_span().start)
        .map(|c| c.content().end..c.attribution_span().start)
        .filter(|gap| !text[gap.clone()].trim_start().starts_with(char::is_alphanumeric))
        .collect();
    for c in candidates.iter_mut().filter(|c| c.class != CueClass::Belief) {
        let Some(last) = c.attribution.parts.last_mut() else { continue };
        if let Some(gap) = closing.iter().find(|gap| last.start < gap.start && gap.start < last.end) {
            last.end = trim_end_punct(text, last.start, gap.start);
        }
    }
}

/// Where the comma right before a candidate's cue stands, if one does.
fn comma_before_cue(text: &str, c: &Candidate) -> Option<usize> {
    let cue = c.attribution.cue.as_ref()?;
    let before = text[..cue.start].trim_end();
    before.ends_with(',').then(|| before.len() - 1)
}

fn contains(outer: &Span, inner: &Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether `new` can stand beside the attributions already kept: apart from them, reported
/// inside one's content, or a joined clause that ends the content of the one before it
/// (which is then cut at the join).
fn fits_beside(text: &str, toks: &[Token], kept: &mut [Candidate], new: &Candidate) -> bool {
    let (new_attr, new_content, new_whole) = (new.attribution_span(), new.content(), new.whole());
    let mut cuts = Vec::new();
    for (i, old) in kept.iter().enumerate() {
        let (old_attr, old_content, old_whole) = (old.attribution_span(), old.content(), old.whole());
        if !overlaps(&old_whole, &new_whole) {
            continue;
        }
        // A parenthesis says whose the clause around it is: a cue whose content starts within
        // it ("Cost estimates, he added, were …", the noun "estimates" read as a verb) or whose
        // subject and verb stand on either side of it misreads that clause. One whose content
        // holds the whole parenthesis reports it ("Christie said that was … no different, he
        // said, from …").
        let across = |p: &Candidate, other: &Candidate| {
            let attr = p.attribution_span();
            p.is_parenthesis(text) && contains(&other.whole(), &attr) && other.content().start >= attr.start
        };
        if across(old, new) || across(new, old) {
            return false;
        }
        // "Democrats want P, and Republicans want Q": each clause keeps its own content.
        let old_first = old_attr.start < new_attr.start;
        let second = if old_first { new } else { old };
        // A "with" phrase kept first leaves the clause before it whole, as one reported inside it.
        let with_kept_first = |&join: &usize| !old_first && toks[join + 1].text(text).eq_ignore_ascii_case("with");
        let Some(join) = join_before(text, toks, second.clause).filter(|join| !with_kept_first(join)) else {
            // "X said Y believes Z": one reported inside the other's content. A participle
            // that only names a thing ("…, citing data from a group"), or any such verb in
            // what a poll finds ("In a survey, most drivers support the toll"), reports no
            // claim of its own, unless it quotes one ("…, calling it "a waste"").
            let names_only = !new.takes_clause
                && (new.borrows_subject || old.class == CueClass::Finding)
                && !holds_quote_mark(&text[new_content.clone()]);
            if contains(&old_content, &new_whole) && !names_only {
                // "… declined to comment, saying that …": a participle of saying after a comma
                // speaks beside the claim it borrows its subject from, which ends at the comma.
                if let Some(comma) = new.borrows_subject.then(|| comma_before_cue(text, new)).flatten()
                    && old_content.start < comma
                {
                    cuts.push((i, comma));
                }
                continue;
            }
            if contains(&new_content, &old_whole) {
                continue;
            }
            // "Ruiz, who said X, said Y": one stands in an aside between the other's subject
            // and its cue.
            if contains(&new_attr, &old_whole) || contains(&old_attr, &new_whole) {
                continue;
            }
            return false;
        };
        // The new clause comes first and would need cutting: keep it only when apart.
        let cut_at = toks[join].span.start;
        if !old_first || !(old_content.start < cut_at && new_whole.start >= cut_at && old_attr.end <= cut_at) {
            return false;
        }
        cuts.push((i, cut_at));
    }
    for (i, cut_at) in cuts {
        let parts = &mut kept[i].attribution.parts;
        let last = parts.last_mut().expect("an attribution has content");
        last.end = trim_end_punct(text, last.start, cut_at.max(last.start));
    }
    true
}

/// Whether `s` holds a quotation mark: a straight or curly double mark, a low one, a
/// guillemet, or two apostrophes. Read byte by byte, the marks past ASCII by their UTF-8
/// bytes: it is asked of one token after another, for which the searchers of `str::contains`
/// cost more than the answer.
pub fn holds_quote_mark(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| quote_mark_width(b, i) > 0)
}

/// Whether a token is a quotation mark (`''` too), not a word with an apostrophe.
fn is_mark_token(text: &str, t: &Token) -> bool {
    !t.is_word() && holds_quote_mark(t.text(text))
}

/// How many quotation marks `s` holds, as `holds_quote_mark` tells them ("''" is one).
fn quote_marks_in(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut count, mut i) = (0, 0);
    while i < b.len() {
        let width = quote_mark_width(b, i);
        count += usize::from(width > 0);
        i += width.max(1);
    }
    count
}

/// The length in bytes of the quotation mark that starts at byte `i` of `b`, 0 for none.
fn quote_mark_width(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'"' => 1,
        b'\'' if b.get(i + 1) == Some(&b'\'') => 2,
        // « and »: U+00AB and U+00BB.
        0xc2 if matches!(b.get(i + 1), Some(0xab | 0xbb)) => 2,
        // “, ” and „: U+201C to U+201E.
        0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9c..=0x9e)) => 3,
        _ => 0,
    }
}

/// Where a clause of its own opens in the tokens after a mixed quote, past its last quotation
/// mark: a join before a pronoun or a verb of speech (", but he pressed", "and said"), after
/// a comma or a dash before any verb (", but did not", "— and it has"), ", which …", or a
/// participle of saying after a comma (", claiming …"); the claim ends before it.
pub fn clause_after_quote(text: &str, toks: &[Token]) -> Option<usize> {
    if closes_aside_before_verb(text, toks) {
        return Some(toks[0].span.start);
    }
    let last_mark = toks.iter().rposition(|t| holds_quote_mark(t.text(text))).map_or(0, |k| k + 1);
    let k = (last_mark..toks.len()).find(|&k| opens_clause_after_quote(text, toks, k))?;
    let broken = k > 0 && (toks[k - 1].is_punct(',') || is_dash(toks, k - 1));
    Some(if broken { toks[k - 1].span.start } else { toks[k].span.start })
}

/// "Ruiz, who calls him a "crook," said he …": whether the quotation before the tokens ends
/// an aside with its comma and a verb of saying follows it, the verb of the sentence's own
/// subject.
fn closes_aside_before_verb(text: &str, toks: &[Token]) -> bool {
    let Some(first) = toks.first().filter(|t| t.is_word()) else { return false };
    let before = text[..first.span.start].trim_end();
    let comma_inside = before.strip_suffix(['"', '\u{201d}']).is_some_and(|b| b.ends_with(','));
    let verb = lexicon::cue(first.text(text)).is_some_and(|c| c.form == Form::Finite && c.class == CueClass::Speech);
    comma_inside && verb && !first.starts_capitalized(text)
}

/// Whether token `k` opens a clause of its own after a quotation, as [`clause_after_quote`] reads it.
fn opens_clause_after_quote(text: &str, toks: &[Token], k: usize) -> bool {
    if !toks[k].is_word() {
        return false;
    }
    let broken = k > 0 && (toks[k - 1].is_punct(',') || is_dash(toks, k - 1));
    let w = lexicon::lower(toks[k].text(text));
    if broken && w == "which" {
        return true;
    }
    // "…," claiming that …: a participle of saying after a comma, inside the quotation or
    // out, speaks beside the clause.
    let before = text[..toks[k].span.start].trim_end();
    let comma_in_quote = before.strip_suffix(['"', '\u{201d}']).is_some_and(|b| b.ends_with(','));
    if (broken || comma_in_quote) && lexicon::cue(&w).is_some_and(|c| c.form == Form::Participle) {
        return true;
    }
    let Some(next) =
        toks.get(k + 1).filter(|t| t.is_word() && matches!(w.as_ref(), "and" | "but")).map(|t| t.text(text))
    else {
        return false;
    };
    let subject = lexicon::pronoun(next).is_some_and(|p| p != lexicon::Pronoun::It || broken);
    // "and said", not "and wants more rules", which may go on with the reported clause.
    let cue = lexicon::cue(next).is_some_and(|c| c.form == Form::Finite && c.class == CueClass::Speech)
        && !is_capitalized(next);
    subject || cue || broken && is_finite_verb(next)
}

/// The token that joins a clause starting at `clause` to the one before it: ", and", ", but",
/// ";", or "and" before a verb that shares the subject of the one before it or before a
/// pronoun.
fn join_before(text: &str, toks: &[Token], clause: usize) -> Option<usize> {
    let prev = toks.get(clause.checked_sub(1)?)?;
    if prev.is_punct(';') {
        return Some(clause - 1);
    }
    // ", with RealClearPolitics showing her ahead": a phrase after "with" that speaks for
    // itself is joined as a clause is.
    let conjunction = prev.is_word()
        && matches!(lexicon::lower(prev.text(text)).as_ref(), "and" | "but" | "while" | "whereas" | "with");
    if conjunction && clause >= 2 && toks[clause - 2].is_punct(',') {
        return Some(clause - 2);
    }
    // "… and said": a verb joined to the one before it, sharing its subject; "… and she
    // accused …": a pronoun after "and" opens a clause of its own.
    let word = toks[clause].text(text);
    let opens = toks[clause].is_word()
        && (lexicon::cue(word).is_some() || lexicon::pronoun(word).is_some_and(|p| p != lexicon::Pronoun::It));
    (conjunction && opens).then_some(clause - 1)
}

/// One sentence's tokens, read for reported speech.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: &'a [&'a str],
    /// Where its subject starts, read once: every cue of the sentence may ask.
    subject_start: &'a OnceCell<Option<usize>>,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str, toks: &'a [Token], words: &'a [&'a str], subject_start: &'a OnceCell<Option<usize>>) -> Self {
        Sentence { text, toks, words, subject_start }
    }

    /// Where the sentence's subject starts, as `mentions::subject_start` reads it.
    fn subject_start(&self) -> Option<usize> {
        *self.subject_start.get_or_init(|| mentions::subject_start(self.text, self.toks))
    }

    /// The claim from token `from` to token `to` (exclusive), when it has three words or more.
    fn claim(&self, from: usize, to: usize) -> Option<Span> {
        self.words_from(from, to, 3)
    }

    /// What a cue reports from token `from` to token `to`: a claim, or for a verb that names a
    /// thing also a short name or noun phrase ("endorsed Trump", "called for his dismissal",
    /// not "backed down").
    fn reported(&self, from: usize, to: usize, cue: lexicon::Cue) -> Option<Span> {
        let first = self.words.get(from).map(|w| lexicon::lower(w));
        let names = self
            .words
            .get(from)
            .is_some_and(|w| is_capitalized(w) || lexicon::is_article(w) || lexicon::is_object_pronoun(w));
        // "declined to comment", "want to compromise": an intention in two words; "announced
        // his resignation": a thing named with an article or a possessive.
        let article = self.words.get(from).is_some_and(|w| lexicon::is_article(w));
        // "Flake said he would", "she said it will not": a pronoun and an auxiliary, the rest
        // of the verb understood from what came before.
        let elliptical = first.as_deref().is_some_and(|w| lexicon::pronoun(w).is_some())
            && self.words.get(from + 1).is_some_and(|w| is_auxiliary(&lexicon::lower(w)));
        let least = if names && !cue.takes_clause {
            1
        } else if first.as_deref() == Some("to") || article || elliptical {
            2
        } else {
            3
        };
        self.words_from(from, self.end_at_semicolon(from, to), least)
    }

    /// "said the ferry would run; the pier stays shut": a semicolon outside quotation marks
    /// between tokens `from` and `to` closes what a cue reports, and the clause after it is
    /// the writer's; not one of a list ("…; …; and …", or after a colon), whose items all are
    /// reported. The token where the report ends.
    fn end_at_semicolon(&self, from: usize, to: usize) -> usize {
        let Some(start) = self.toks.get(from).map(|t| t.span.start) else { return to };
        // Outside the marks when an even number of them stands before it ("''", NYT's mark,
        // is two tokens, so the text is counted rather than the tokens).
        let outside = |k: usize| quote_marks_in(&self.text[start..self.toks[k].span.start]).is_multiple_of(2);
        let mut breaks = (from..to.min(self.toks.len()))
            .filter(|&k| (self.toks[k].is_punct(';') || self.toks[k].is_punct(':')) && outside(k));
        match (breaks.next(), breaks.next()) {
            (Some(semicolon), None) if self.toks[semicolon].is_punct(';') => semicolon,
            _ => to,
        }
    }

    /// The words from token `from` to token `to` (exclusive), when there are at least `least`.
    fn words_from(&self, from: usize, to: usize, least: usize) -> Option<Span> {
        let (a, b) = (self.toks.get(from)?.span.start, self.toks.get(to.checked_sub(1)?)?.span.end);
        let mut b = trim_end_punct(self.text, a, b.max(a));
        // "(they say that … will not last)": a bracket opened before the claim closes outside it.
        if self.text[a..b].ends_with(')') && !self.text[a..b].contains('(') {
            b = trim_end_punct(self.text, a, b - 1);
        }
        (count_words(&self.text[a..b], least) == least).then_some(a..b)
    }

    /// `According to X, …`, `…, according to X` and `…, according to X, …` (the claim on both
    /// sides). The source runs to the next punctuation ("according to people familiar with the
    /// plans,"); the claim starts after a colon or an open bracket before the cue ("And it has
    /// not gone unnoticed: according to polls, …").
    fn according_to(&self) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let k = words.windows(2).position(|w| w[0].eq_ignore_ascii_case("according") && w[1] == "to")?;
        // A hyphen breaks only as a dash, with a space before it ("a just-released poll" runs on).
        let breaks = |i: usize| {
            let t = &toks[i];
            ",;:.()?!\u{2014}\u{2013}".chars().any(|c| t.is_punct(c))
                || t.is_punct('-') && toks[i - 1].span.end < t.span.start
        };
        let source_end = (k + 2..toks.len()).find(|&i| breaks(i)).unwrap_or(toks.len());
        // A named source is the name; a described one runs on over what qualifies it ("a
        // count by the agency", "the average of polls compiled by a site"). Whatever the phrase
        // no mention reads, "according to" makes it the source ("Federal Election Commission
        // filings", "Kantar Media's ad tracker").
        let whole = || self.description(k + 2, source_end);
        let m = match mentions::after(text, toks, k + 2).map(|(m, _)| m) {
            Some(named) if named.kind != MentionKind::Description => named,
            Some(described) => whole().filter(|_| !is_capitalized(words[k + 2])).unwrap_or(described),
            None => whole()?,
        };
        let cue = toks[k].span.start..toks[k + 1].span.end;
        let start = (0..k)
            .rev()
            .find(|&i| toks[i].is_punct(':') || toks[i].is_punct('(') && !toks[i..k].iter().any(|t| t.is_punct(')')))
            .map_or(0, |i| i + 1);
        let mut end = k;
        while end > start && !toks[end - 1].is_word() {
            end -= 1;
        }
        // "…, according to X, who …" goes on about the source, "…, but …" to another claim.
        let next = words.get(source_end + 1).map(|w| lexicon::lower(w));
        let goes_on = next.is_some_and(|w| lexicon::is_relative_pronoun(&w) || joins_another_clause(&w));
        let after =
            (source_end < toks.len() && !toks[source_end].is_punct('.') && !toks[source_end].is_punct(')') && !goes_on)
                .then(|| self.claim(source_end + 1, toks.len()))
                .flatten();
        // Before the cue, the claim; or fewer words, an introduction ("In addition, according
        // to …") or the claim's subject ("The repairs, according to the agency, cost …").
        let intro = toks.get(start).is_some_and(|t| {
            t.is_word() && (lexicon::opens_introduction(t.text(text)) || lexicon::is_connective(t.text(text)))
        });
        let before = self.claim(start, end).or_else(|| {
            (after.is_some() && !intro && end > start).then(|| toks[start].span.start..toks[end - 1].span.end)
        });
        let clause = if before.is_some() { start } else { 0 };
        let parts: Vec<Span> = before.into_iter().chain(after).collect();
        let attribution =
            Attribution { kind: QuoteKind::Indirect, parts, mention: Some(m), cue: Some(cue), follows: None };
        (!attribution.parts.is_empty()).then_some(Candidate {
            attribution,
            class: CueClass::Speech,
            clause,
            borrows_subject: false,
            takes_clause: true,
        })
    }

    /// `Asked (by X) whether …, Y said …` and `…, Y said when asked about …`: the question put
    /// to a speaker is a claim of whoever asked it (named after "by", else no one), with
    /// "asked" for cue; it runs to the next comma.
    fn asked(&self) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let mut first = 0;
        while toks.get(first).is_some_and(|t| {
            t.is_word() && (lexicon::is_connective(t.text(text)) || t.text(text).eq_ignore_ascii_case("when"))
        }) {
            first += 1;
        }
        let k = (first..toks.len()).find(|&i| {
            words[i].eq_ignore_ascii_case("asked") && (i == first || words[i - 1].eq_ignore_ascii_case("when"))
        })?;
        let question = |w: &str| lexicon::opens_question(w) || matches!(lexicon::lower(w).as_ref(), "about" | "to");
        let from = (k + 1..toks.len().min(k + 14)).find(|&i| toks[i].is_word() && question(words[i]))?;
        if toks[k + 1..from].iter().any(|t| !t.is_word()) {
            return None;
        }
        let mention = match words.get(k + 1) {
            Some(w) if w.eq_ignore_ascii_case("by") => match mentions::after(text, toks, k + 2) {
                Some((m, end)) if end <= from => Some(m),
                _ => Some(self.description(k + 2, from)?),
            },
            _ => None,
        };
        let content = self.claim(from, self.next_comma(from))?;
        let attribution = Attribution {
            kind: QuoteKind::Indirect,
            parts: vec![content],
            mention,
            cue: Some(toks[k].span.clone()),
            follows: None,
        };
        Some(Candidate { attribution, class: CueClass::Speech, clause: k, borrows_subject: false, takes_clause: true })
    }

    /// `Ruiz is convinced that …`, `Ruiz made it clear that …`, `her claim that …`: a stance
    /// adjective after a linking verb, "made (it) clear", or a noun of saying or believing,
    /// before "that" and a clause (its subject right after: "the claims that were made" is
    /// a relative). The adjective's subject speaks, and a noun's possessive; a noun with none
    /// names no one ("complaints that …").
    fn stance_that(&self) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let k = (1..toks.len().saturating_sub(2)).find(|&k| {
            let clause_follows = words[k + 1].eq_ignore_ascii_case("that")
                && toks[k + 2].is_word()
                && !is_past_or_auxiliary(words[k + 2]);
            clause_follows
                && (lexicon::is_stance_adjective(words[k])
                    || lexicon::is_stance_noun(words[k])
                    || words[k].eq_ignore_ascii_case("clear"))
        })?;
        let content = self.claim(k + 2, toks.len())?;
        let (mention, cue_from) = if lexicon::is_stance_noun(words[k]) {
            let owned = self.past_noun_modifiers(k);
            let owner = mentions::possessor(text, toks, owned).or_else(|| self.possessive_before(owned));
            (owner.or_else(|| self.holder_of_object(k)), k)
        } else {
            // "is convinced", "made it clear": the verb before the adjective, and its subject.
            let verb = (k.saturating_sub(3)..k).find(|&v| is_linking_or_make(words[v]))?;
            if words[k].eq_ignore_ascii_case("clear")
                != matches!(lexicon::lower(words[verb]).as_ref(), "make" | "makes" | "made")
            {
                return None;
            }
            let clause = self.clause_start(verb, CueClass::Belief)?;
            let subject =
                mentions::whole_subject(text, toks, clause, verb).or_else(|| mentions::before(text, toks, verb))?;
            (Some(subject), if words[k].eq_ignore_ascii_case("clear") { verb } else { k })
        };
        let attribution = Attribution {
            kind: QuoteKind::Indirect,
            parts: vec![content],
            mention,
            cue: Some(toks[cue_from].span.start..toks[k].span.end),
            follows: None,
        };
        Some(Candidate {
            attribution,
            class: CueClass::Belief,
            clause: k + 2,
            borrows_subject: false,
            takes_clause: true,
        })
    }

    /// `The club is reportedly spending $1 million on ads`: the clause around "reportedly",
    /// to its first comma after it, is a claim that names no source, with the adverb for cue.
    /// In a relative clause (`convoys that were reportedly used`) it qualifies a noun of a
    /// sentence that claims something else, so it makes no claim.
    fn reportedly(&self) -> Option<Candidate> {
        let toks = self.toks;
        let k = self.words.iter().position(|w| w.eq_ignore_ascii_case("reportedly"))?;
        let word_before = self.words[..k].iter().rev().find(|w| !is_auxiliary(&lexicon::lower(w)));
        if word_before.is_some_and(|w| w.eq_ignore_ascii_case("that") || lexicon::is_relative_pronoun(w)) {
            return None;
        }
        let clause = self.clause_start(k, CueClass::Speech)?;
        let before = (clause < k).then(|| self.words_from(clause, k, 1)).flatten();
        let after = self.words_from(k + 1, self.next_comma(k + 1), 1);
        let parts: Vec<Span> = before.into_iter().chain(after).collect();
        let words: usize = parts.iter().map(|p| self.text[p.clone()].split_whitespace().count()).sum();
        if words < 3 {
            return None;
        }
        let attribution = Attribution {
            kind: QuoteKind::Indirect,
            parts,
            mention: None,
            cue: Some(toks[k].span.clone()),
            follows: None,
        };
        Some(Candidate { attribution, class: CueClass::Speech, clause, borrows_subject: false, takes_clause: true })
    }

    /// "Ruiz's earlier claim", "their smug assurances": the token where up to two lower-case
    /// modifiers before the noun at token `k` start, when an owner stands before them (a
    /// possessive or a possessive pronoun); `k` itself otherwise.
    fn past_noun_modifiers(&self, k: usize) -> usize {
        let is_modifier = |w: &str| is_plain_lower_word(w) && !lexicon::is_determiner(w) && !is_preposition(w);
        let owner_at = |o: usize| {
            self.toks[o].is_word()
                && (is_possessive(self.words[o]) || lexicon::possessive_pronoun(self.words[o]).is_some())
        };
        let mut o = k;
        while o + 2 > k && o > 1 && self.toks[o - 1].is_word() && is_modifier(self.words[o - 1]) {
            o -= 1;
            if owner_at(o - 1) {
                return o;
            }
        }
        k
    }

    /// "Ruiz dismissed the notion that …", "the pilots raised concerns that …": the subject of
    /// the verb whose object is the noun at token `k` (past an article and a modifier or two),
    /// which holds the belief. A form of "be" ("there were complaints that") and a participle
    /// that qualifies the noun ("the debunked claim", "the firmly held belief") name no holder.
    fn holder_of_object(&self, k: usize) -> Option<Mention> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let is_verb = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (is_past_or_auxiliary(w) || lexicon::cue(w).is_some_and(|c| !c.bare))
        };
        let v = (k.saturating_sub(4)..k).rev().take_while(|&v| toks[v].is_word()).find(|&v| is_verb(words[v]))?;
        let between_ok = words[v + 1..k].iter().all(|w| is_plain_lower_word(w));
        let qualifies =
            v > 0 && toks[v - 1].is_word() && (lexicon::is_determiner(words[v - 1]) || words[v - 1].ends_with("ly"));
        // "began investigating complaints that …": the noun is a gerund's object, not the verb's.
        let gerund_after = v + 1 < k && words[v + 1].ends_with("ing");
        if !between_ok || qualifies || gerund_after || lexicon::is_passive_be(words[v]) {
            return None;
        }
        let clause = self.clause_start(v, CueClass::Belief)?;
        mentions::whole_subject(text, toks, clause, v).or_else(|| mentions::before(text, toks, v))
    }

    /// "Ruiz's claim": the possessive name right before token `k`, as a mention.
    fn possessive_before(&self, k: usize) -> Option<Mention> {
        let prev = k.checked_sub(1)?;
        if !(self.toks[prev].is_word() && is_possessive(self.words[prev])) {
            return None;
        }
        mentions::before(self.text, self.toks, k)
    }

    /// `In a new poll, Clinton leads …` and `Clinton leads … in the latest CBS poll`: a poll or
    /// survey that a claim is found in is its source, with "in" for cue.
    fn in_poll(&self) -> Vec<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        // Asked of every word: told by its length first, as only ASCII lowers to these.
        let is_poll = |w: &&str| {
            (4..=7).contains(&w.len())
                && matches!(lexicon::lower(w).as_ref(), "poll" | "polls" | "survey" | "surveys" | "polling" | "average")
        };
        // The phrase runs over names such as "CNN/ORC" and "Post-ABC".
        let phrase_end = |from: usize| {
            (from..toks.len())
                .find(|&i| !toks[i].is_word() && !toks[i].is_punct('/') && !toks[i].is_punct('-'))
                .unwrap_or(toks.len())
        };
        let found = |k: usize, end: usize, content: Option<Span>, clause: usize| {
            let m = self.description(k + 1, end)?;
            let attribution = indirect(content?, m, toks[k].span.clone());
            Some(Candidate {
                attribution,
                class: CueClass::Finding,
                clause,
                borrows_subject: false,
                takes_clause: true,
            })
        };
        let skip_connectives = |mut i: usize| {
            while toks.get(i).is_some_and(|t| t.is_word() && lexicon::is_connective(t.text(text))) {
                i += 1;
            }
            i
        };
        // At the start, after any connectives, and closed by a comma.
        let k = skip_connectives(0);
        if words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("in")) {
            let end = phrase_end(k + 1);
            if toks.get(end).is_some_and(|t| t.is_punct(',')) && end - k <= 14 && words[k + 1..end].iter().any(is_poll)
            {
                return found(k, end, self.claim(end + 1, toks.len()), 0).into_iter().collect();
            }
        }
        // At the end of a clause: an "in" whose phrase closes the sentence or comes before a
        // comma, with the poll among its last words ("in the average of New Hampshire polls",
        // "in a poll released Monday"). The claim starts after the one before it.
        let mut out = Vec::new();
        let mut start = (0..toks.len()).rev().find(|&i| toks[i].is_punct(':')).map_or(0, |i| i + 1);
        for k in (start + 1..toks.len()).filter(|&i| words[i] == "in") {
            let end = phrase_end(k + 1);
            // "came in second in January polls": the last "in" of the phrase.
            if k < start || words[k + 1..end].contains(&"in") {
                continue;
            }
            let last = end == toks.len() || toks[end].is_punct('.') && end + 1 == toks.len();
            let joined =
                words[k + 1..end].iter().any(|w| matches!(*w, "and" | "but" | "or" | "to" | "that" | "who" | "which"));
            if !(last || toks[end].is_punct(','))
                || joined
                || end - k > 12
                || !words[end.saturating_sub(3).max(k + 1)..end].iter().any(is_poll)
            {
                continue;
            }
            // At the sentence's start, past an introduction ("Still, as Clinton campaigns, he
            // leads in the polls"); an "in" inside it has no claim of its own.
            let mut from = match start {
                0 => self.subject_start().unwrap_or_else(|| skip_connectives(0)),
                _ => skip_connectives(start),
            };
            while toks.get(from).is_some_and(|t| t.is_punct(',')) {
                from += 1;
            }
            // "Rubio, who is third in the polls, …": a relative clause or an appositive is no
            // claim; at the sentence's end, "…, although Rubio moved up in a later survey" is.
            let relative =
                words[from.min(k)..k].iter().any(|w| matches!(lexicon::lower(w).as_ref(), "who" | "whose" | "which"));
            let aside = !last && toks[from.min(k)..k].iter().any(|t| t.is_punct(','));
            let subordinate = toks.get(from).is_some_and(|t| t.is_word() && lexicon::opens_introduction(t.text(text)));
            if subordinate && last {
                from += 1;
            }
            if !relative && !aside && !(subordinate && !last) && from < k {
                out.extend(found(k, end, self.claim(from, k), from));
            }
            start = end + 1;
        }
        out
    }

    /// The words from token `from` to token `to` as a description of a source ("early returns",
    /// "people familiar with the plans"), when they are a few words that open with one.
    fn description(&self, from: usize, to: usize) -> Option<Mention> {
        let words = self.toks.get(from..to)?;
        if words.is_empty() || words.len() > 16 || !words[0].is_word() {
            return None;
        }
        let span = words[0].span.start..words[words.len() - 1].span.end;
        let description = Some(self.text[span.clone()].to_lowercase());
        Some(Mention { span: span.clone(), phrase: span, kind: MentionKind::Description, name: None, description })
    }

    /// `Pence: Flowers won't be at the debate`, `Poll: Clinton and Trump in dead heat`: a
    /// headline whose speaker labels the claim before a colon; `Clinton to Planned Parenthood:
    /// …` (the speaker, then whom or where); and the speakers of a transcript (`JAKE TAPPER:
    /// …`, `Q: …`, `A: …`), also where a page quotes the whole transcript and each turn opens
    /// with a quotation mark (`"PENCE: …`).
    fn labelled(&self) -> Option<Attribution> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let first = usize::from(toks.first().is_some_and(|t| is_mark_token(text, t)));
        let colon = first + toks[first..].iter().take(7).position(|t| t.is_punct(':'))?;
        let label = &toks[first..colon];
        let joins = |w: &str| matches!(w, "of" | "for" | "to" | "at");
        let names_only = label.iter().all(|t| t.is_word() && (t.starts_capitalized(text) || joins(t.text(text))));
        let interview = matches!(words[first..colon], ["Q"] | ["A"]);
        // `The Latest: …`, `The Gap Goes On: …`: a label that opens with "The" heads a section;
        // a speaker's label is a name ("Pence:", "Clinton to Planned Parenthood:").
        let heading = words.get(first) == Some(&"The");
        if label.is_empty()
            || !names_only
            || heading
            || !interview && label.iter().any(|t| lexicon::is_section_label(t.text(text)))
        {
            return None;
        }
        let shouted = label.iter().all(|t| !t.text(text).chars().any(char::is_lowercase));
        // After a quotation mark only a transcript's turn: `"Trump: You base …" tweeted X` quotes.
        if first > 0 && !shouted {
            return None;
        }
        let m = if interview || shouted && label.len() <= 3 {
            let span = label[0].span.start..label[label.len() - 1].span.end;
            Mention {
                span: span.clone(),
                phrase: span.clone(),
                kind: MentionKind::Name,
                name: Some(span),
                description: None,
            }
        } else {
            let (m, end) = mentions::after(text, toks, first)?;
            (end == colon || end < colon && matches!(words[end], "to" | "at")).then_some(m)?
        };
        let content = self.claim(colon + 1, toks.len())?;
        Some(indirect(content, m, toks[colon].span.clone()))
    }

    /// Whether the cue at token `j`, a word as often a noun ("state", "remarks", "plans"),
    /// reads as a noun here: after a number or "percentage" ("35 state legislatures", "4.3
    /// points", "rose two percentage points"), or after a possessive
    /// or an article and a few lower-case modifiers ("her opening remarks", "the nation's
    /// most populous state"), unless what follows opens its object or clause: "that", "to",
    /// its particle, a determiner or a pronoun ("the agency plans to", "his office calls it").
    fn noun_by_context(&self, j: usize, cue: lexicon::Cue) -> bool {
        const MOST_MODIFIERS: usize = 3;
        let words = self.words;
        if j == 0 || !lexicon::is_noun_like_cue(words[j]) {
            return false;
        }
        if counts(words[j - 1]) {
            return true;
        }
        let verb_next = words.get(j + 1).is_some_and(|w| {
            matches!(*w, "that" | "to")
                || cue.particles.contains(w)
                || lexicon::is_determiner(w)
                || lexicon::pronoun(w).is_some()
        });
        let opener = (1..=MOST_MODIFIERS.min(j - 1)).find(|&n| {
            let w = words[j - 1 - n];
            is_possessive(w) || lexicon::is_article(w)
        });
        opener.is_some_and(|n| {
            let modifiers = &words[j - n..j];
            !verb_next
                && self.toks[j - n..j].iter().all(|t| t.is_word())
                && modifiers.iter().all(|w| w.starts_with(|c: char| c.is_lowercase()) && !lexicon::is_phrase_breaker(w))
        })
    }

    /// Whether "state" or "states" at token `j` is the noun ("state Sen. Roe", "Rust Belt
    /// states like Ohio", "swing states that have voted"): the verb opens its content right
    /// after it, with "that" before a clause (not a relative's auxiliary), a determiner, a
    /// pronoun, "to", a colon or a quotation mark ("It states that …", "They state their goal").
    fn state_as_noun(&self, j: usize) -> bool {
        if !(self.words[j].eq_ignore_ascii_case("state") || self.words[j].eq_ignore_ascii_case("states")) {
            return false;
        }
        let Some(next) = self.toks.get(j + 1) else { return true };
        if !next.is_word() {
            return false;
        }
        let w = lexicon::lower(self.words[j + 1]);
        if w == "that" {
            return self.words.get(j + 2).is_some_and(|w| is_auxiliary(&lexicon::lower(w)));
        }
        !(w == "to" || lexicon::is_determiner(&w) || lexicon::pronoun(&w).is_some())
    }

    /// The attribution the cue at token `j` makes, if any.
    fn at_cue(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let cue_span = self.cue_span(j, cue);
        let after_comma = self.after_comma(j, cue);
        // "is stressing", "were slamming", "keeps saying": a participle after "be" or "keep"
        // is a finite verb.
        // The word before is told by its length first, as at every cue: only ASCII lowers to
        // these.
        let progressive = j > 0
            && ((2..=5).contains(&words[j - 1].len())
                && matches!(
                    lexicon::lower(words[j - 1]).as_ref(),
                    "is" | "are" | "was" | "were" | "been" | "be" | "keep" | "keeps" | "kept"
                )
                || lexicon::without_auxiliary(words[j - 1]).len() < words[j - 1].len()
                    && lexicon::pronoun(lexicon::without_auxiliary(words[j - 1])).is_some());
        let form = if progressive { Form::Finite } else { cue.form };
        let found = |attribution: Attribution, clause: usize| {
            Some(Candidate {
                attribution,
                class: cue.class,
                clause,
                borrows_subject: false,
                takes_clause: cue.takes_clause,
            })
        };
        // Where the reported clause starts: asked by a subject after a comma and again by the
        // claim, read once.
        let after_cue = OnceCell::new();
        let clause_after_cue = || *after_cue.get_or_init(|| self.clause_after_cue(j, cue));
        if cue.bare && j > 1 && words[j - 1] == "to" {
            return self.infinitive(j, cue);
        }
        // "Volunteers offered to run a club": an infinitive after "offer" is a deed offered.
        if !cue.takes_clause && words.get(j + 1).is_some_and(|w| *w == "to") && lexicon::offers_deed(words[j]) {
            return None;
        }
        // "continues to insist that …": the verb after "to" reports, and this cue with it,
        // where that verb finds its subject.
        if lexicon::is_continue(words[j]) && words.get(j + 1).is_some_and(|w| *w == "to") && self.carries_speech(j + 2)
        {
            return None;
        }
        // "The report was welcomed", "the state agency", "a big question": a bare form after
        // a determiner, a preposition or an adjective is a noun ("experts warn" is a verb).
        // "voters who say", "… and say they": after a relative pronoun, and for "say" after a
        // conjunction, it is a verb.
        if cue.bare && j > 0 {
            let prev = words[j - 1];
            // "officials on and off the island say", "sources close to the campaign say",
            // "voters who backed the mayor say": "say" after the object of a preposition or of
            // a relative clause's verb is the verb of the phrase that holds it; so is a bare
            // form after a plural without an -s ("the women say").
            let after_object = j >= 3
                && ((3..=4).contains(&words[j].len()) && matches!(lexicon::lower(words[j]).as_ref(), "say" | "says")
                    || is_opinion(words[j]))
                && (is_preposition(words[j - 3])
                    || words[j - 3].eq_ignore_ascii_case("to")
                    || words[j.saturating_sub(6)..j - 2].iter().any(|w| w.eq_ignore_ascii_case("who")));
            // "Those surveyed say", "nearly a third say": "say" after a participle or a share is
            // the verb of a poll's respondents ("a final say" stays a noun).
            let say = words[j].eq_ignore_ascii_case("say");
            let respondents = say && (prev.ends_with("ed") || is_share(prev));
            let after_adjective = j >= 2
                && !is_irregular_plural(prev)
                && lexicon::is_determiner(words[j - 2])
                && !prev.ends_with('s')
                && !is_capitalized(prev)
                && !is_abstract_noun(prev)
                && !after_object
                && !respondents;
            // "Many fear", "Some believe", "Most say": a quantifier opening the clause is the
            // subject of a belief or of "say" ("some state officials" is no statement).
            let quantifier_subject = (cue.class == CueClass::Belief || say)
                && matches!(
                    lexicon::lower(prev).as_ref(),
                    "many" | "some" | "most" | "both" | "few" | "all" | "several"
                )
                && (j == 1 || !toks[j - 2].is_word() || lexicon::is_connective(words[j - 2]));
            // Asked after a phrase breaker only: a join is looked for over the words before.
            // "whom" right before a verb is its subject's last word: "many of whom say".
            let verb_after = || {
                lexicon::is_relative_pronoun(prev)
                    || prev.eq_ignore_ascii_case("whom")
                    || self.joined_verb(j).is_some()
                    || self.that_relative(j).is_some()
            };
            // "officials here say", "activists there point to": the place qualifies the subject.
            let placed_subject = matches!(prev, "here" | "there") && j >= 2 && toks[j - 2].is_word();
            if lexicon::is_determiner(prev) && !quantifier_subject
                || lexicon::is_phrase_breaker(prev)
                    && !lexicon::is_cue_modifier(prev)
                    && !placed_subject
                    && !verb_after()
                || after_adjective
                || measures_noun(prev)
            {
                return None;
            }
        }
        // "five states", "those attacks", "other points": an -s form after a number or a plural
        // quantifier is a plural noun (the verb's subject would be singular).
        if j > 0
            && !cue.bare
            && cue.form == Form::Finite
            && words[j].ends_with('s')
            && is_plural_quantifier(words[j - 1])
        {
            return None;
        }
        // "Health worries have dogged her": an -s form that a plural verb follows is the
        // plural noun that verb's subject is ("what he says is true" keeps its verb).
        let plural_verb_next = words.get(j + 1).is_some_and(|w| matches!(*w, "have" | "are" | "were"));
        if j > 0
            && !cue.bare
            && cue.form == Form::Finite
            && words[j].ends_with('s')
            && plural_verb_next
            && lexicon::pronoun(words[j - 1]).is_none()
        {
            return None;
        }
        // "Mr. Clinton's remarks", "the disputed sea", "an estimated 11 million": after a
        // possessive or an article any form is a noun or an adjective ("he's said" is "he has
        // said").
        if j > 0 && (is_possessive(words[j - 1]) || lexicon::is_article(words[j - 1])) {
            return None;
        }
        if self.noun_by_context(j, cue) || self.state_as_noun(j) {
            return None;
        }
        if let Some(found) = self.passive_by(j, cue) {
            return Some(found);
        }
        if form == Form::Participle {
            // "…, hoping to win the state", "…, fearing a loss": after a comma, a participle of
            // hope or fear gives the subject's aim; other beliefs ("…, knowing …") state none.
            if cue.class == CueClass::Belief && !(after_comma && is_motive(words[j])) {
                return None;
            }
            if j == 0 && cue.class == CueClass::Speech && cue.takes_clause {
                return self.opening_participle(j, cue);
            }
            // "after seeking to convince delegates", "despite saying he was nervous": a gerund
            // after a preposition takes the sentence's subject, as after a comma.
            let gerund = self
                .before_modifiers(j, cue)
                .checked_sub(1)
                .is_some_and(|p| toks[p].is_word() && lexicon::opens_gerund(words[p]));
            let joined = !after_comma && self.joined_to_participle(j);
            if !after_comma && !gerund && !joined {
                return self.participle_after_phrase(j, cue);
            }
            let start = self.subject_start()?;
            let closing = if after_comma {
                mentions::speaker_of_closing_cue(text, toks, self.before_modifiers(j, cue) - 1)
            } else {
                None
            };
            let m = match closing {
                Some(m) => m,
                None => {
                    // "The families of the firm's founders had mobilized, warning …": the whole
                    // subject, as a verb joined by "and" takes it.
                    let (subject, end) = mentions::after(text, toks, start)?;
                    let subject = self.whole_subject_before(start, end, j).unwrap_or(subject);
                    mentions::past_dummy_subject(text, toks, &subject, j).unwrap_or(subject)
                }
            };
            // "After saying he was nervous, the man …": a gerund that opens the sentence reports
            // up to the main clause.
            let opener = self.before_modifiers(j, cue).checked_sub(1).filter(|_| gerund);
            let from = self.content_start(j, cue);
            let to = if after_comma { self.end_of_aside_before_verb(j, from) } else { toks.len() };
            let content =
                self.claim(from, self.end_at_semicolon(from, self.end_before_main_clause(opener, from, to)))?;
            // A joined participle opens its clause at itself, so that the one before ends at the join.
            let clause = if joined { j } else { start };
            return Some(Candidate {
                attribution: indirect(content, m, cue_span),
                class: cue.class,
                clause,
                borrows_subject: true,
                takes_clause: cue.takes_clause,
            });
        }
        // `…, said Fomin.`, `…, opposed by Fomin`; "Ruiz, a delegate, criticized the rules" is
        // no such inversion: a verb that only names a thing stands after its subject.
        let passive = words.get(j + 1).is_some_and(|w| *w == "by");
        if after_comma
            && cue.class == CueClass::Speech
            && (cue.takes_clause && !lexicon::addresses_its_object(words[j], cue) || passive)
        {
            // "…, said the repairs would end in May": a verb after the cue makes it a clause.
            // "…, said that voters noticed": "that" opens the reported clause, no speaker;
            // "…, confirmed on Facebook Friday": a preposition but "by" opens a circumstance.
            let no_speaker = words.get(j + 1).is_some_and(|w| *w == "that" || !passive && is_preposition(w));
            let speaker = mentions::after(text, toks, j + 1)
                .filter(|&(_, end)| !no_speaker && !words[j + 1..end].iter().any(|w| is_auxiliary(&lexicon::lower(w))));
            if let Some((mut m, mut end)) = speaker {
                // "…, said Doyle and others,": the others speak with the one named.
                if words.get(end) == Some(&"and") && words.get(end + 1) == Some(&"others") {
                    end += 2;
                    m.phrase.end = toks[end - 1].span.end;
                }
                // "…, said one source in the room.": a short phrase may close the sentence.
                let rest = &toks[end.min(toks.len())..];
                let closing_phrase = rest.first().is_some_and(|t| {
                    t.is_word()
                        && matches!(
                            lexicon::lower(t.text(text)).as_ref(),
                            "in" | "at" | "on" | "of" | "for" | "with" | "from" | "close"
                        )
                }) && rest.len() <= 9
                    && rest.iter().take_while(|t| t.is_word()).count() + 1 >= rest.len();
                if closing_phrase {
                    let last_word = rest.iter().rev().find(|t| t.is_word()).map_or(m.span.end, |t| t.span.end);
                    m.span.end = last_word;
                    m.phrase.end = last_word;
                }
                // "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who
                // …, Paul Manafort, should …": words before the comma with no verb are a subject
                // and its appositive, not a claim (what a passive reports is a thing: "The bill,
                // opposed by House Republicans, …").
                let clause_before = || passive || self.has_finite_verb(0..j - 1);
                if (end >= toks.len() - 1 || toks[end].is_punct(',') || toks[end].is_punct('.') || closing_phrase)
                    && clause_before()
                {
                    let content = self.claim(0, j - 1)?;
                    return found(indirect(content, m, cue_span), 0);
                }
                // "The contrast with Trump, said Doyle, would be clear": with no verb before it, an
                // inverted attribution between commas interrupts its claim, whose verb follows
                // (after a subject with an appositive, "said" is the subject's verb).
                let comma = self.before_modifiers(j, cue) - 1;
                if toks.get(end).is_some_and(|t| t.is_punct(','))
                    && !toks[..comma].iter().any(|t| t.is_punct(','))
                    && words.get(end + 1).is_some_and(|w| is_finite_verb(w))
                    && let (Some(before), Some(after)) =
                        (self.words_from(0, comma, 2), self.words_from(end + 1, toks.len(), 2))
                {
                    return found(interrupted(before, after, m, cue_span), 0);
                }
            }
        }
        // `Carson admitted X but said Y`, `Indiana politicians are furious and want their money
        // back`: a verb joined to the clause's first verb shares its subject.
        if let Some(found) = self.joined_clause(j, cue, form) {
            return Some(found);
        }
        // `Cruz, who said he would …`, `voters who say …`: a relative clause speaks for the
        // phrase it hangs on, and its content ends at the clause's first comma, or at the dash
        // that closes it when a dash opens it (`Trump - who said he would … - said`); a verb that
        // names a thing reports it as in a main clause, however short (`a donor who backs
        // Cruz`), unless the clause is part of the main clause's subject.
        if let Some((m, relative)) = (cue.form == Form::Finite)
            .then(|| mentions::relative(text, toks, j).or_else(|| self.that_relative(j)))
            .flatten()
        {
            let (from, _) = clause_after_cue()?;
            // "Voters who backed Trump say …": the main clause's cue ends the relative clause.
            let mut to = self.next_comma(from);
            if relative > 0 && dash_ending_at(toks, relative - 1).is_some() {
                to = (from..to).find(|&k| is_dash(toks, k)).unwrap_or(to);
            }
            let main_cue = (from + 1..to).find(|&k| self.is_cue_after_relative(k));
            let content = match main_cue {
                Some(main_cue) => self.claim(from, main_cue),
                None => self.reported(from, to, cue),
            }?;
            return found(indirect(content, m, cue_span), relative);
        }
        if let Some(found) = self.speaker_in_relative(j, cue) {
            return Some(found);
        }
        // The clause's whole subject, or else the phrase right before the cue.
        let clause = self.clause_start(j, cue.class)?;
        // Every subject tried below ends in the phrase right before the cue, and two of them
        // start after the last comma: each is read once.
        let before_cue = OnceCell::new();
        let head = || before_cue.get_or_init(|| mentions::before(text, toks, j)).as_ref();
        let after_last_comma = OnceCell::new();
        let phrase_after_comma = || {
            let comma = (clause..j).rev().find(|&k| toks[k].is_punct(','))?;
            after_last_comma.get_or_init(|| mentions::whole_subject_ending_in(text, toks, comma + 1, j, head())).clone()
        };
        // `Pressed by reporters, Trump said …`: an introduction of any kind ends at the last
        // comma before the subject, when a reported clause follows the cue.
        let subject = mentions::whole_subject_ending_in(text, toks, clause, j, head()).or_else(|| {
            (clause..j).rev().find(|&k| toks[k].is_punct(','))?;
            let time = toks.get(j + 1).is_some_and(|t| t.is_word() && lexicon::is_time_word(t.text(text)));
            let (from, _) = clause_after_cue().filter(|_| !time)?;
            // "Shortly after the vote, Baker announced his resignation": what a verb that
            // names a thing reports may be short.
            self.reported(from, toks.len(), cue)?;
            phrase_after_comma()
        });
        let subject = subject
            .or_else(|| self.subject_before_aside(clause, j))
            .or_else(|| self.subject_before_relative(clause, j))
            .or_else(|| self.subject_as_written(clause, j, cue));
        let opener = subject.is_some();
        // "…, donors said", "…, people briefed on the plan said": the whole phrase after the
        // comma, else the phrase right before the cue.
        let m = subject.or_else(phrase_after_comma).or_else(|| head().cloned())?;
        let np_first = m.first_token(toks).unwrap_or(0);
        // `The museum, Mr. Bush said, celebrated …`: the attribution is a parenthesis, of a
        // cue that reports a clause ("with 36 percent support, and …" sets off none).
        // "At a rally on Friday, Ruiz said, "…"": a quotation after the comma is what the cue
        // leads into, and the words before the subject are an introduction.
        // "The solution, the partner told them, was simple", "The difference, he told me on
        // Friday, is …": the cue's object pronoun and a day stand inside the attribution.
        let mut comma = j + 1 + usize::from(words.get(j + 1).is_some_and(|w| lexicon::is_object_pronoun(w)));
        let day_at = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && lexicon::is_time_word(words[k]));
        if words.get(comma).is_some_and(|w| *w == "on") && day_at(comma + 1) {
            comma += 2;
        } else if day_at(comma) {
            comma += 1;
        }
        let quote_follows = toks.get(comma + 1).is_some_and(|t| holds_quote_mark(t.text(text)));
        // "…, Spicer said, adding …": a participle after the comma goes on from the cue.
        let comma_follows = toks.get(comma).is_some_and(|t| t.is_punct(','));
        let participle_follows = comma_follows
            && words.get(comma + 1).and_then(|w| lexicon::cue(w)).is_some_and(|c| c.form == Form::Participle);
        let closes_parenthesis = comma_follows && !quote_follows && !participle_follows;
        // "Ryan and Trump will meet next week, Spicer said, adding …": the clause before the
        // subject is what the cue reports (an introduction has no verb: "At the rally, Ruiz
        // said, adding …").
        let clause_before = || self.has_finite_verb(0..np_first - 1);
        if np_first > 1
            && toks[np_first - 1].is_punct(',')
            && participle_follows
            && cue.class == CueClass::Speech
            && clause_before()
            && let Some(before) = self.claim(0, np_first - 1)
        {
            return found(indirect(before, m, cue_span), 0);
        }
        if np_first > 1
            && toks[np_first - 1].is_punct(',')
            && closes_parenthesis
            && cue.class == CueClass::Speech
            && cue.takes_clause
            && let (Some(before), Some(after)) =
                (self.words_from(0, np_first - 1, 1), self.words_from(comma + 1, toks.len(), 2))
        {
            return found(interrupted(before, after, m, cue_span), 0);
        }
        // `Most voters said yes`, `half said so in May`: an answer in one word that ends the
        // clause or comes before a circumstance or another clause ("said yes while 48 percent
        // agreed"; "said no to the plan" answers nothing); after
        // a comma too, where the words before it ask the question ("Asked if …, 46 percent
        // said yes").
        let after_comma_subject = np_first > 0 && toks[np_first - 1].is_punct(',');
        let answer = toks.get(j + 1).filter(|t| {
            t.is_word() && t.span.len() <= 3 && matches!(lexicon::lower(words[j + 1]).as_ref(), "yes" | "no" | "so")
        });
        let answer_ends = toks
            .get(j + 2)
            .is_none_or(|t| !t.is_word() || is_preposition(words[j + 2]) || joins_another_clause(words[j + 2]));
        if let Some(answer) =
            answer.filter(|_| (opener || after_comma_subject) && cue.class == CueClass::Speech && answer_ends)
        {
            return found(indirect(answer.span.clone(), m, cue_span), np_first);
        }
        if after_comma_subject && !opener {
            // `…, X said (Friday).`; a "that" in an aside after a dash is a relative ("…, X
            // reported -- a development that …"), and one after a participle after a comma is
            // the participle's ("…, X said Friday, adding that …").
            let rest_has_that = (j + 1..toks.len())
                .take_while(|&k| !is_dash(toks, k) && !self.comma_before_participle(k))
                .any(|k| toks[k].text(text).eq_ignore_ascii_case("that"));
            // "…, records show." too, and a belief that closes its sentence ("…, allies
            // believe."); not one that goes on ("…, many fear a loss"), nor a wish or a sense.
            let closing_belief =
                is_opinion(words[j]) && toks.get(j + 1).is_none_or(|t| !t.is_word()) && clause_after_cue().is_none();
            if cue.class == CueClass::Belief && !closing_belief || rest_has_that {
                return None;
            }
            let content = self.claim(0, np_first - 1)?;
            return found(indirect(content, m, cue_span), 0);
        }
        // `X said (that) …`; mid-clause only with "that", which marks the reported clause.
        let (from, has_that) = clause_after_cue()?;
        if !opener && !(has_that && cue.class != CueClass::Belief) {
            return None;
        }
        // A verb that names a thing reports it up to the first comma that no capitalised word
        // goes on after ("criticized the delay, even suggesting …"); a verb of saying reports
        // the rest of the clause.
        let to = if cue.takes_clause { toks.len() } else { self.object_end(from) };
        // Cut before the main clause or a verb joined after it, two words are a claim ("While a
        // judge found the law void, …", "claimed vast wealth and said …").
        let joined = self.end_before_joined_past(j, from, to);
        let cut = self.end_before_main_clause(clause.checked_sub(1), from, joined);
        let content = if cut < to {
            self.reported(from, cut, cue).or_else(|| self.words_from(from, cut, 2))
        } else {
            self.reported(from, to, cue)
        }?;
        found(indirect(content, m, cue_span), np_first)
    }

    /// "Reid has been pounding Trump as a “con artist”", "Trump admires Putin as a “strong
    /// leader”", "going after Trump as “unfit”": a verb that is no cue, whose object is named
    /// as something in quotation marks, reports those words as its subject's (a mixed quote),
    /// as a verb of speech with a noun object would.
    fn named_as_quoted(&self) -> Vec<Candidate> {
        const MOST_OBJECT_WORDS: usize = 6;
        let (toks, words) = (self.toks, self.words);
        let quoted_after = |a: usize| {
            let k = a + usize::from(words.get(a + 1).is_some_and(|w| lexicon::is_article(w)));
            toks.get(k + 1).is_some_and(Token::opens_quotation)
        };
        let verb_shaped = |w: &str| {
            !is_capitalized(w)
                && w.len() > 3
                && (w.ends_with("ing")
                    || w.ends_with("ed")
                    || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with('\''))
        };
        let mut out = Vec::new();
        // Words that end the object short of a verb: a cue (whose own reading comes first), an
        // infinitive's "to", a clause's opener, or "during" and "including", shaped as verbs.
        let stops = |w: &str| {
            lexicon::cue(w).is_some()
                || matches!(
                    lexicon::lower(w).as_ref(),
                    "to" | "such" | "that" | "which" | "who" | "than" | "during" | "including"
                )
        };
        for a in
            (2..toks.len()).filter(|&a| toks[a].is_word() && words[a].eq_ignore_ascii_case("as") && quoted_after(a))
        {
            // The object runs back from "as" over words only, to the verb before it.
            let mut verb = None;
            for k in (a.saturating_sub(MOST_OBJECT_WORDS + 1)..a).rev() {
                if !toks[k].is_word() || stops(words[k]) {
                    break;
                }
                if k + 1 < a
                    && (verb_shaped(words[k])
                        || words[k] == "after"
                            && k > 0
                            && matches!(words[k - 1], "go" | "goes" | "going" | "gone" | "went"))
                {
                    verb = Some(k);
                    break;
                }
            }
            let Some(v) = verb else { continue };
            let (v, particles): (usize, &'static [&'static str]) =
                if words[v] == "after" { (v - 1, &["after"]) } else { (v, &[]) };
            // A noun or an adjective after a determiner ("the plans as") is no verb, and a
            // particle after the verb is no object ("comes across as").
            if v > 0 && (lexicon::is_determiner(words[v - 1]) || is_possessive(words[v - 1]))
                || is_preposition(words[v + 1])
            {
                continue;
            }
            let form = if words[v].ends_with("ing") { Form::Participle } else { Form::Finite };
            let cue = lexicon::Cue {
                class: CueClass::Speech,
                form,
                takes_object: false,
                takes_clause: false,
                bare: false,
                particles,
            };
            out.extend(self.at_cue(v, cue));
        }
        out
    }

    /// `As The Times reported on Saturday, …`, `As first reported by Politico, …`, `as Ruiz
    /// put it, …`: an "as" clause of speech or finding that opens the sentence (or follows a
    /// comma) and ends at a comma names the source of the claim after it, to the sentence's end.
    fn as_source(&self) -> Option<Candidate> {
        const MOST_WORDS: usize = 14;
        let (text, toks, words) = (self.text, self.toks, self.words);
        let opens = |a: usize| a == 0 || toks[a - 1].is_punct(',') || a == 1 && lexicon::is_connective(words[0]);
        let a = (0..toks.len()).find(|&a| toks[a].is_word() && words[a].eq_ignore_ascii_case("as") && opens(a))?;
        let comma = (a + 1..(a + MOST_WORDS).min(toks.len()))
            .find(|&k| !toks[k].is_word())
            .filter(|&k| toks[k].is_punct(','))?;
        // "as Ruiz put it": "put it" is the cue; else a verb of speech or finding in the past
        // ("as the attacks unfolded" is no source), or "says", "writes" or "notes", after no
        // article ("as an added bonus").
        let put_it =
            |k: usize| matches!(lexicon::lower(words[k]).as_ref(), "put" | "puts") && words.get(k + 1) == Some(&"it");
        let verb_form =
            |w: &str| is_past_or_auxiliary(w) || matches!(lexicon::lower(w).as_ref(), "says" | "writes" | "notes");
        let (j, last) = (a + 1..comma).find_map(|k| {
            if put_it(k) {
                return Some((k, k + 1));
            }
            // "as Clinton extends her lead in pledged delegates": after a preposition too.
            let after_article =
                lexicon::is_determiner(words[k - 1]) || is_possessive(words[k - 1]) || is_preposition(words[k - 1]);
            let speaks = |c: &lexicon::Cue| c.class != CueClass::Belief && c.form == Form::Finite && !c.bare;
            (verb_form(words[k]) && !after_article && lexicon::cue_at(words[k], k).is_some_and(|c| speaks(&c)))
                .then_some((k, k))
        })?;
        // The claim is a clause, not the rest of a predicate ("Ruiz, as he said, was …"), or a
        // quotation ("as Ruiz put it, "…"").
        let first = comma + 1;
        if toks.get(first).is_none_or(|t| !(t.is_word() || t.opens_quotation()) || is_finite_verb(words[first])) {
            return None;
        }
        let content = self.claim(first, toks.len())?;
        let passive = (a + 1..j).all(|k| lexicon::is_cue_modifier(words[k]));
        let m = if passive {
            // "As reported by Western Journalism,": the source follows "by", up to the comma.
            (words.get(last + 1) == Some(&"by")).then_some(())?;
            match mentions::after(text, toks, last + 2) {
                Some((named, end)) if end == comma && named.kind != MentionKind::Description => named,
                _ => self.description(last + 2, comma)?,
            }
        } else {
            mentions::whole_subject(text, toks, a + 1, j)?
        };
        let cue = toks[j].span.start..toks[last].span.end;
        Some(Candidate {
            attribution: indirect(content, m, cue),
            class: CueClass::Speech,
            clause: a,
            borrows_subject: false,
            takes_clause: true,
        })
    }

    /// "He appeared to suggest that …", "Cruz seemed to blame …": an impression verb that a
    /// speech verb follows in the infinitive reports what the subject said through it. The cue
    /// is read whole and the content starts where the speech verb's does ("seemed" alone tells
    /// the writer's impression, and its subject is no source).
    fn through_speech_infinitive(&self, j: usize, mut c: Candidate) -> Candidate {
        let after_to = self.words.get(j + 1).filter(|w| **w == "to").and_then(|_| self.words.get(j + 2));
        let speech = after_to.and_then(|w| lexicon::cue(w)).filter(|c| c.class == CueClass::Speech && c.bare);
        let Some(cue) = speech.filter(|_| lexicon::is_impression_verb(self.words[j])) else { return c };
        let a = &mut c.attribution;
        let from = self.content_start(j + 2, cue);
        match a.parts.first_mut() {
            Some(first)
                if first.start == self.toks[j + 1].span.start
                    && from < self.toks.len()
                    && self.toks[from].span.start < first.end =>
            {
                first.start = self.toks[from].span.start;
                a.cue = Some(self.toks[j].span.start..self.cue_span(j + 2, cue).end);
            }
            _ => {}
        }
        c
    }

    /// A cue that borrows its subject inside a relative clause (`McConnell, who has endorsed
    /// Trump and criticized …`, `Beck, who has in the past described …`) speaks for the
    /// relative word, as a cue right after it does, not for the sentence's subject. A finite
    /// form (a joined verb, an infinitive) does so only in a clause set off by a comma.
    fn in_relative_clause(&self, j: usize, mut c: Candidate) -> Candidate {
        let Some(subject) = c.attribution.mention.as_ref().filter(|_| c.borrows_subject) else { return c };
        let finite = lexicon::cue_at(self.words[j], j).is_some_and(|cue| cue.form == Form::Finite);
        if let Some((m, _)) = mentions::relative_holding(self.text, self.toks, j, finite)
            .filter(|(m, _)| m.span.start > subject.span.start)
        {
            c.attribution.mention = Some(m);
        }
        c
    }

    /// "a new poll that shows …", "businesses that warn …": a "that" right before the cue at
    /// token `j` and right after a noun phrase (no cue nor phrase breaker) opens a relative
    /// clause, as "who" and "which" do, that speaks for the phrase: "that" as written, standing
    /// for the phrase, and its token.
    fn that_relative(&self, j: usize) -> Option<(Mention, usize)> {
        let that = j
            .checked_sub(1)
            .filter(|&k| k > 0 && self.toks[k].is_word() && self.words[k].eq_ignore_ascii_case("that"))?;
        let head = self.words[that - 1];
        if !self.toks[that - 1].is_word() || lexicon::is_phrase_breaker(head) || lexicon::cue(head).is_some() {
            return None;
        }
        let antecedent =
            mentions::before(self.text, self.toks, that).filter(|m| m.span.end == self.toks[that - 1].span.end)?;
        let span = self.toks[that].span.clone();
        Some((Mention { span: span.clone(), phrase: span, ..antecedent }, that))
    }

    /// `Ruiz went on to say …`, `voters are more likely to say …`, `she came to talk about …`:
    /// a cue in the infinitive after words that report nothing themselves takes the subject
    /// before the clause's first verb ("declined to say" and "asked Ruiz to explain" are the
    /// first cue's), or the phrase after "for" ("it is hard for Ruiz to explain").
    fn infinitive(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let to = j - 1;
        if cue.class != CueClass::Speech {
            return None;
        }
        let clause = self.clause_start(to, cue.class)?;
        // "continues to insist": "continue" only carries the verb after it.
        let carried = to.checked_sub(1).filter(|&k| lexicon::is_continue(words[k]));
        if (clause..to).any(|k| Some(k) != carried && toks[k].is_word() && lexicon::cue_at(words[k], k).is_some()) {
            return None;
        }
        let start = (clause..to).rev().find(|&k| toks[k].is_punct(',')).map_or(clause, |k| k + 1);
        let for_phrase = (start..to).rev().take(4).find(|&k| words[k] == "for");
        let m = match for_phrase {
            Some(k) => mentions::after(text, toks, k + 1).filter(|&(_, end)| end == to)?.0,
            None => {
                let (m, end) = mentions::after(text, toks, start)?;
                let verb = words.get(end).filter(|_| end < to && toks[end].is_word())?;
                (is_finite_verb(verb) || lexicon::is_cue_modifier(verb)).then_some(m)?
            }
        };
        if m.kind == MentionKind::Pronoun(lexicon::Pronoun::It) {
            return None;
        }
        let (from, _) = self.clause_after_cue(j, cue)?;
        let end = if cue.takes_clause { toks.len() } else { self.next_comma(from) };
        let content = self.reported(from, end, cue)?;
        let cue_span = self.cue_span(j, cue);
        let cue_span = carried.map_or(cue_span.start, |k| toks[k].span.start)..cue_span.end;
        let attribution = indirect(content, m, cue_span);
        Some(Candidate { attribution, class: cue.class, clause, borrows_subject: true, takes_clause: cue.takes_clause })
    }

    /// `a wall, which he said Mexico would pay for`, `what analysts said was a sign of …`: a
    /// relative clause whose subject speaks reports the relative pronoun and the rest of the
    /// clause after the cue, to its first comma. "that" is a relative after a noun only
    /// ("argued that Ruiz said …" is Ruiz's own clause).
    fn speaker_in_relative(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        // "what she wants and …": the pronoun was the cue's object, and the clause is over.
        let next_ends_clause =
            || words.get(j + 1).is_none_or(|w| matches!(lexicon::lower(w).as_ref(), "that" | "and" | "but" | "or"));
        if cue.form != Form::Finite || !cue.takes_clause || next_ends_clause() {
            return None;
        }
        // Cheap first: a relative pronoun a few words before the cue.
        let is_relative = |w: &str| ["which", "what", "whom", "that"].iter().any(|r| w.eq_ignore_ascii_case(r));
        if !words[j.saturating_sub(8)..j].iter().any(|w| is_relative(w)) {
            return None;
        }
        let m = mentions::before(text, toks, j)?;
        // A "What" that opens the sentence asks ("What we learned on Friday …").
        let relative =
            m.first_token(toks)?.checked_sub(1).filter(|&r| r > 0 && toks[r].is_word() && is_relative(words[r]))?;
        let after_noun = toks[relative - 1].is_word() && {
            let w = words[relative - 1];
            lexicon::cue(w).is_none()
                && !is_finite_verb(w)
                && !lexicon::is_connective(w)
                && !matches!(lexicon::lower(w).as_ref(), "so" | "such")
        };
        if words[relative].eq_ignore_ascii_case("that") && !after_noun {
            return None;
        }
        let content = self.words_from(j + 1, self.next_comma(j + 1), 2)?;
        let attribution = Attribution {
            kind: QuoteKind::Indirect,
            parts: vec![toks[relative].span.clone(), content],
            mention: Some(m),
            cue: Some(self.cue_span(j, cue)),
            follows: None,
        };
        Some(Candidate { attribution, class: cue.class, clause: relative, borrows_subject: false, takes_clause: true })
    }

    /// `Trump is supported by far fewer papers`, `His views were echoed by tax experts`: a cue
    /// in the passive names its speaker after "by" and reports its subject, however short.
    fn passive_by(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        if words.get(j + 1) != Some(&"by") || !is_past_or_auxiliary(words[j]) {
            return None;
        }
        let mut verb = j;
        while verb > 0
            && toks[verb - 1].is_word()
            && (lexicon::is_cue_modifier(words[verb - 1]) || lexicon::is_passive_be(words[verb - 1]))
        {
            verb -= 1;
        }
        if !words[verb..j].iter().any(|w| lexicon::is_passive_be(w)) {
            return None;
        }
        // A name after "by" is the speaker; a description runs on over what qualifies it, to
        // the next punctuation ("42 percent of those responding").
        let end = (j + 2..toks.len()).find(|&i| !toks[i].is_word()).unwrap_or(toks.len());
        let agent = match mentions::after(text, toks, j + 2).map(|(m, _)| m) {
            Some(named) if named.kind != MentionKind::Description => named,
            described => self.description(j + 2, end).or(described)?,
        };
        let clause = self.clause_start(verb, cue.class)?;
        // "Calls to investigate atrocities in Yemen, where a coalition is battling insurgents,
        // were rejected by …": the subject with the relative clause or appositive that closes
        // right before the verb (an aside of another kind leaves no subject that reads whole).
        let with_aside = || {
            let m = self.subject_before_aside(clause, verb)?;
            (verb >= 2 && m.phrase.end == toks[verb - 2].span.end).then_some(m)
        };
        let subject = mentions::whole_subject(text, toks, clause, verb).or_else(with_aside)?;
        // "It was first declared by President Nixon", "They were backed by Mr. Kerry": a
        // pronoun says nothing of what was declared or backed.
        if matches!(subject.kind, MentionKind::Pronoun(_)) {
            return None;
        }
        let attribution = indirect(subject.phrase, agent, self.cue_span(j, cue));
        Some(Candidate { attribution, class: cue.class, clause, borrows_subject: false, takes_clause: false })
    }

    /// A finite verb at token `j` joined by "and" or "but" to an earlier verb of its clause
    /// ("Bush thought for a moment and said that …", "Indiana politicians are furious and want
    /// their money back"): the clause's subject speaks, and what the verb reports runs to the
    /// sentence's end (or, for a verb that names a thing, to a comma).
    fn joined_clause(&self, j: usize, cue: lexicon::Cue, form: Form) -> Option<Candidate> {
        let (text, toks) = (self.text, self.toks);
        let and = self.joined_verb(j).filter(|_| form == Form::Finite && self.is_verb_after_join(j))?;
        let clause = self.clause_start(and, cue.class)?;
        // "Graham called Trump and Clinton “crazy” and said …": a clause with no verb before
        // the join was two names joined, and the verb's subject opens the sentence.
        let clause = if self.has_finite_verb(clause..and) { clause } else { self.subject_start()? };
        // The subject and the first verb stand before the join: "X and said" is not one.
        if clause + 2 > and {
            return None;
        }
        // "a new strategy: to stand up for Mexicans and defend …": a bare form after an
        // infinitive is joined to the infinitive.
        let infinitive_before = cue.bare
            && (clause..and).any(|v| {
                self.words[v] == "to"
                    && self.toks.get(v + 1).is_some_and(|t| t.is_word())
                    && is_plain_lower_word(self.words[v + 1])
                    && !lexicon::is_determiner(self.words[v + 1])
            });
        if infinitive_before {
            return None;
        }
        let (m, end) = mentions::after(text, toks, clause)?;
        let m = self.whole_subject_before(clause, end, and).unwrap_or(m);
        let (from, _) = self.clause_after_cue(j, cue)?;
        let to = if cue.takes_clause { toks.len() } else { self.next_comma(from) };
        let content = self.reported(from, to, cue)?;
        Some(Candidate {
            attribution: indirect(content, m, self.cue_span(j, cue)),
            class: cue.class,
            clause: j,
            borrows_subject: true,
            takes_clause: cue.takes_clause,
        })
    }

    /// "A reporter for the Daily Star spotted her and reported …": the whole noun phrase from
    /// token `clause` to the clause's first verb, when the phrase read there (ending at token
    /// `end`) stops before a preposition that qualifies its head. The verb is a past form or an auxiliary,
    /// before the join at token `and`: a plural noun ends in "s" as a present form does.
    fn whole_subject_before(&self, clause: usize, end: usize, and: usize) -> Option<Mention> {
        // The verb is looked for only past a phrase a preposition qualifies, as few are.
        // "advisers to the board": "to" too, before a noun phrase.
        let to = || mentions::is_to_before_noun(self.text, self.toks, end);
        if !self.toks.get(end).is_some_and(|t| t.is_word() && (is_preposition(self.words[end]) || to())) {
            return None;
        }
        // "a certified letter", "of heightened antagonism": a past form after a determiner or a
        // preposition is an adjective.
        let adjective = |v: usize| lexicon::is_determiner(self.words[v - 1]) || is_preposition(self.words[v - 1]);
        let verb =
            (end..and).find(|&v| self.toks[v].is_word() && is_past_or_auxiliary(self.words[v]) && !adjective(v))?;
        mentions::whole_subject(self.text, self.toks, clause, verb)
    }

    /// Whether the cue form at token `j` after a join is a verb, not a noun in a list ("his
    /// claims and promises to …"): any form but the third person, save "says" and one with an
    /// object pronoun after it ("and calls her …").
    fn is_verb_after_join(&self, j: usize) -> bool {
        let w = lexicon::lower(self.words[j]);
        let object_follows = self.words.get(j + 1).is_some_and(|o| lexicon::is_object_pronoun(o));
        !w.ends_with('s') || w == "says" || object_follows
    }

    /// Whether the participle at token `j` is joined by "and" or "but" to a participle of
    /// saying after a comma before it ("…, saying he hired women and calling him …"): it
    /// takes the sentence's subject as that one does, and reports a clause of its own.
    fn joined_to_participle(&self, j: usize) -> bool {
        let Some(and) = self.joined_verb(j) else { return false };
        (1..and).rev().take_while(|&k| !self.toks[k].is_punct(',')).any(|k| {
            let earlier =
                lexicon::cue_at(self.words[k], k).filter(|c| c.form == Form::Participle && c.class != CueClass::Belief);
            self.toks[k].is_word() && earlier.is_some_and(|c| self.after_comma(k, c))
        })
    }

    /// Whether a word of the tokens in `range` is a finite verb (`is_finite_verb`): a clause
    /// stands there.
    fn has_finite_verb(&self, range: std::ops::Range<usize>) -> bool {
        range.into_iter().any(|k| self.toks[k].is_word() && is_finite_verb(self.words[k]))
    }

    /// "Mr. Manafort, citing the polls, said …": where the phrase of the participle at token `j`,
    /// set off after a subject with no verb, ends: at the comma (and any closing quotation
    /// marks after it) that the subject's verb follows. Else the sentence's end.
    fn end_of_aside_before_verb(&self, j: usize, from: usize) -> usize {
        let (toks, words) = (self.toks, self.words);
        let comma = self.past_modifiers(j).saturating_sub(1);
        if self.has_finite_verb(0..comma) {
            return toks.len();
        }
        let verb_after = |k: usize| {
            // NYT's closing `''` is two apostrophe tokens.
            let mark = |t: &Token| t.is_punct('\'') || holds_quote_mark(t.text(self.text));
            let next = (k + 1..toks.len()).find(|&n| toks[n].is_word() || !mark(&toks[n]))?;
            (toks[next].is_word() && is_finite_past_or_auxiliary(words[next])).then_some(k)
        };
        (from..toks.len()).filter(|&k| toks[k].is_punct(',')).find_map(verb_after).unwrap_or(toks.len())
    }

    /// The "and" or "but" that joins the verb at token `j` to a verb before it ("are furious
    /// and want"), past the verb's adverbs.
    fn joined_verb(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k > 0 && self.toks[k - 1].is_word() && lexicon::is_cue_modifier(self.words[k - 1]) {
            k -= 1;
        }
        let and = k.checked_sub(1)?;
        // Told by its length first, as at every verb: only ASCII lowers to these.
        (self.words[and].len() == 3 && matches!(lexicon::lower(self.words[and]).as_ref(), "and" | "but")).then_some(and)
    }

    /// `Rich Heffley, a GOP operative who ran the state for McCain, said …`, `The justice --
    /// who has sparred with Trump -- said …`: the subject of the clause starting at token
    /// `clause`, then an aside between commas, dashes or brackets that closes right before
    /// the cue at token `j`.
    fn subject_before_aside(&self, clause: usize, j: usize) -> Option<Mention> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let aside = |t: &Token| [',', '(', ')', '\u{2014}', '\u{2013}', '-'].iter().any(|&c| t.is_punct(c));
        let mut k = j;
        while k > clause && toks[k - 1].is_word() && lexicon::is_cue_modifier(words[k - 1]) {
            k -= 1;
        }
        // "Ruiz, who calls him a "crook," said": the quotation's closing mark after the comma.
        let closing_mark = |c: usize| c > 0 && holds_quote_mark(toks[c].text(text)) && toks[c - 1].is_punct(',');
        let close = k.checked_sub(1).map(|c| if closing_mark(c) { c - 1 } else { c }).filter(|&c| aside(&toks[c]))?;
        // A bracket closed before the words that lead to `close` is a label inside them ("Sen.
        // Bernie Sanders (I-Vt.) remains …, his aide, Tad Devine, said"), not the aside's
        // opening; one right before `close` is the aside ("Sen. Jack Reed (D-R.I.), said").
        let mut open = clause + 1;
        loop {
            if open >= close {
                return None;
            }
            if toks[open].is_punct('(')
                && let Some(label_close) = (open + 1..close).find(|&c| toks[c].is_punct(')')).filter(|&c| c + 1 < close)
            {
                open = label_close + 1;
                continue;
            }
            if aside(&toks[open]) {
                break;
            }
            open += 1;
        }
        if toks[open..close].iter().any(|t| t.is_punct(';') || t.is_punct(':')) {
            return None;
        }
        let mut m = mentions::whole_subject(text, toks, clause, open)?;
        // An appositive or a relative clause is part of the phrase as written ("One attendee,
        // who spoke on the condition of anonymity, said"); an adverbial aside ("however", "in
        // an interview") is not.
        let describes = toks[open].is_punct(',')
            && matches!(
                lexicon::lower(words[open + 1]).as_ref(),
                "who" | "whose" | "which" | "where" | "a" | "an" | "the" | "like" | "including"
            );
        if describes && close > open + 1 {
            m.phrase.end = toks[close - 1].span.end;
        }
        Some(m)
    }

    /// `Majorities of Democrats in five states say …`: a subject no other reading names,
    /// taken as written, from token `clause` to a verb of saying at token `j` that takes a
    /// clause, when only words stand between them and a clause follows the cue.
    fn subject_as_written(&self, clause: usize, j: usize, cue: lexicon::Cue) -> Option<Mention> {
        let says = (3..=4).contains(&self.words[j].len())
            && matches!(lexicon::lower(self.words[j]).as_ref(), "say" | "says" | "said" | "told");
        if !says || clause + 2 > j || self.toks[clause..j].iter().any(|t| !t.is_word()) {
            return None;
        }
        // "… should remember that social scientists say": the subject starts after "that".
        let mut start =
            (clause..j).rev().find(|&k| self.words[k].eq_ignore_ascii_case("that")).map_or(clause, |k| k + 1);
        // "But even a top strategist said": the subject starts past a connective.
        while start < j && (lexicon::is_connective(self.words[start]) || self.words[start].eq_ignore_ascii_case("even"))
        {
            start += 1;
        }
        // A verb before the cue is the clause's own ("Trump unleashed a series of tweets"); a
        // pronoun or a circumstance is read as a subject elsewhere ("On Monday he said").
        let not_subject = |w: &&str| {
            is_past_or_auxiliary(w)
                || w.eq_ignore_ascii_case("says")
                || lexicon::pronoun(w).is_some()
                || lexicon::is_relative_pronoun(w)
        };
        if start + 2 > j || is_preposition(self.words[start]) || self.words[start..j].iter().any(not_subject) {
            return None;
        }
        self.clause_after_cue(j, cue)?;
        self.description(start, j)
    }

    /// `Voters who backed Trump say …`: the phrase from token `clause` to a "who" whose
    /// relative clause runs, with no comma, up to the cue at token `j`; when the cue is the
    /// main clause's (`is_cue_after_relative`).
    fn subject_before_relative(&self, clause: usize, j: usize) -> Option<Mention> {
        let who = (clause + 1..j).find(|&k| self.words[k].eq_ignore_ascii_case("who"))?;
        if !self.is_cue_after_relative(j) || self.toks[who..j].iter().any(|t| !t.is_word()) {
            return None;
        }
        mentions::whole_subject(self.text, self.toks, clause, who)
    }

    /// Whether the word at token `k` is a finite verb of saying that takes a clause and stands
    /// on its own after a noun, as the main verb after a relative clause ("who backed Trump
    /// say"), not joined to it ("who backed Trump and say").
    fn is_cue_after_relative(&self, k: usize) -> bool {
        let (toks, words) = (self.toks, self.words);
        // "who saw the comment as …": after a determiner or a possessive the word is a noun;
        // after "help" or "let" an infinitive ("who told POLITICO he'll work to help encourage …").
        let lone = k > 0 && toks[k - 1].is_word() && {
            let prev = words[k - 1];
            !lexicon::is_phrase_breaker(prev)
                && !lexicon::is_determiner(prev)
                && !is_possessive(prev)
                && !lexicon::takes_bare_infinitive(prev)
        };
        lone && lexicon::cue_at(words[k], k)
            .is_some_and(|c| c.class == CueClass::Speech && c.takes_clause && c.form == Form::Finite)
    }

    /// "Noting that Obama's policy has been …, Trump reminded …": a participle of saying that
    /// opens the sentence (at token `j`) reports its clause up to the comma before the
    /// sentence's subject, who speaks.
    fn opening_participle(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let start = self.subject_start()?;
        if start < j + 3 || !self.toks[start - 1].is_punct(',') {
            return None;
        }
        let (m, _) = mentions::after(self.text, self.toks, start)?;
        let content = self.claim(self.content_start(j, cue), start - 1)?;
        Some(Candidate {
            attribution: indirect(content, m, self.cue_span(j, cue)),
            class: cue.class,
            clause: 0,
            borrows_subject: true,
            takes_clause: cue.takes_clause,
        })
    }

    /// `a new poll showing Trump ahead`, `a super PAC backing Bush`, `62 percent of voters
    /// saying …`: a participle with no comma before it speaks for the noun phrase right
    /// before it. "saying" does so for any phrase and reports the rest of the sentence; other
    /// participles only for a phrase that names a source (a poll, a group, a spokesman) or a
    /// name, up to the next comma ("a strong showing" and "additional reporting" are nouns).
    fn participle_after_phrase(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        if !toks[j.checked_sub(1)?].is_word() {
            return None;
        }
        let m = mentions::before(text, toks, j)?;
        let saying = words[j].eq_ignore_ascii_case("saying");
        let head = text[m.span.clone()].rsplit(' ').next().unwrap_or_default();
        let source =
            lexicon::is_unnamed_source_noun(head) || lexicon::is_title(head) || lexicon::is_common_acronym(head);
        // "with Gallup showing …": after "with" a name is the subject even of a participle
        // that is as often a noun ("Additional reporting by", "a Justice Department finding").
        let named = m.kind == MentionKind::Name
            && (!lexicon::is_ing_noun(words[j])
                || m.first_token(toks).is_some_and(|first| mentions::after_with(text, toks, first)));
        if !(saying || source || named) {
            return None;
        }
        let from = self.content_start(j, cue);
        // "a super PAC backing Ana Ruiz said …": when the participle's object (no clause: not
        // "showing that they supported …") is the subject of a finite cue that goes on to its
        // own words (not "China's claims, which …"), the participle only qualifies that
        // subject, which speaks.
        // Past an object the participle took ("telling reporters he viewed …"), the clause is
        // what it says.
        let qualifies = !saying
            && from == j + 1
            && !words.get(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("that"))
            && mentions::after(text, toks, from).is_some_and(|(_, next)| {
                words.get(next).copied().and_then(lexicon::cue).is_some_and(|c| c.form == Form::Finite)
                    && toks.get(next + 1).is_some_and(Token::is_word)
            });
        if qualifies {
            return None;
        }
        let to = if saying { toks.len() } else { self.next_comma(from) };
        let content = self.reported(from, to, cue)?;
        // "with 30 percent of voters saying …": after "with", the whole phrase up to the
        // participle speaks, past the prepositions inside it (not past a clause's word, "with
        // hosts who doubted the polls showing").
        let first = m.first_token(toks).unwrap_or(j);
        let clause_word = |k: usize| matches!(words[k], "who" | "which" | "that" | "to");
        let with_phrase = (first.saturating_sub(WITH_PHRASE_TOKENS)..first)
            .rev()
            .take_while(|&k| toks[k].is_word() && !clause_word(k))
            .find(|&k| mentions::after_with(text, toks, k + 1));
        let m = match with_phrase.filter(|&k| k + 1 < first) {
            Some(k) => mentions::whole_subject(text, toks, k + 1, j).unwrap_or(m),
            None => m,
        };
        let first = m.first_token(toks).unwrap_or(j);
        // "the council issued a statement calling …", "parents sent a letter to the board
        // urging …": a phrase that stands after the clause's subject and verb is their object,
        // and the subject speaks through it; what a poll shows is the poll's finding ("Ruiz
        // cited a poll showing …").
        // "The talk ended with Maddow asking …": after "with", the phrase speaks for itself.
        let with = mentions::after_with(text, toks, first);
        // "gave $10 million to a group backing Bush", "to see an administration defending …": a
        // group speaks for itself, though it is the verb's object; not a name ("told CNN") nor
        // the subject's own ("his campaign").
        let own = m.first_token(toks).is_some_and(|k| lexicon::possessive_pronoun(words[k]).is_some());
        // "sent a letter to the board urging …": a group that a document is sent to is its
        // addressee, and the document's sender speaks.
        let addressed = first >= 2
            && words[first - 1] == "to"
            && (lexicon::is_document_noun(words[first - 2]) || lexicon::is_medium(words[first - 2]));
        let group = m.kind != MentionKind::Name
            && !own
            && !addressed
            && (lexicon::is_org_word(head) || lexicon::is_org_word(head.trim_end_matches('s')));
        let object_of = self.subject_before_object(first).filter(|_| cue.class != CueClass::Finding && !with && !group);
        let (m, clause, borrows_subject) = match object_of {
            Some((subject, s)) => (subject, s, true),
            None => (m, first, false),
        };
        let attribution = indirect(content, m, self.cue_span(j, cue));
        Some(Candidate { attribution, class: cue.class, clause, borrows_subject, takes_clause: cue.takes_clause })
    }

    /// When the phrase starting at token `first` stands after its clause's subject and verb,
    /// that subject (past an introduction that ends at a comma: "Earlier this month, lawyers
    /// for both sides filed papers") and the token where it starts.
    fn subject_before_object(&self, first: usize) -> Option<(Mention, usize)> {
        let (text, toks) = (self.text, self.toks);
        let clause = self.clause_start(first, CueClass::Speech)?;
        let start = (clause..first).rev().find(|&k| toks[k].is_punct(',')).map_or(clause, |k| k + 1);
        // "Among the players … is a super PAC backing …": a clause that opens with a
        // preposition has its subject after the verb.
        if start + 1 >= first || !toks[first - 1].is_word() || is_preposition(self.words[start]) {
            return None;
        }
        // The noun phrase from the start to the first word that reads as a verb: a past form
        // or an auxiliary first, as a plural reads as an -s form ("parents with kids sent").
        let verb_by =
            |is_verb: fn(&str) -> bool| (start + 1..first).find(|&v| toks[v].is_word() && is_verb(self.words[v]));
        let verb = verb_by(is_finite_past_or_auxiliary).or_else(|| verb_by(is_finite_verb));
        let whole = verb.and_then(|v| mentions::whole_subject(text, toks, start, v));
        let m = whole.or_else(|| mentions::after(text, toks, start).map(|(m, _)| m))?;
        Some((m, start))
    }

    /// The token before which a participle's adverbs stand ("…, even suggesting"), or `j`
    /// itself for another form.
    fn before_modifiers(&self, j: usize, cue: lexicon::Cue) -> usize {
        if cue.form == Form::Participle { self.past_modifiers(j) } else { j }
    }

    /// The first of the adverbs and auxiliaries right before token `j` ("has also said").
    fn past_modifiers(&self, j: usize) -> usize {
        let mut k = j;
        while k > 0 && self.toks[k - 1].is_word() && lexicon::is_cue_modifier(self.words[k - 1]) {
            k -= 1;
        }
        k
    }

    /// Whether a comma stands right before the cue at token `j` (or a dash of any kind before a
    /// participle), past a participle's adverbs; a comma inside a closing quote mark counts
    /// before a participle (`… “Golden Week,” saying …`).
    fn after_comma(&self, j: usize, cue: lexicon::Cue) -> bool {
        let k = self.before_modifiers(j, cue);
        let participle = cue.form == Form::Participle;
        // A closing mark touches the comma before it; an opening one stands after a space.
        let comma_in_quote = |k: usize| {
            k > 1
                && matches!(self.words[k - 1], "\u{201d}" | "\"")
                && self.toks[k - 2].is_punct(',')
                && self.toks[k - 2].span.end == self.toks[k - 1].span.start
        };
        k > 0 && (self.toks[k - 1].is_punct(',') || participle && (is_dash(self.toks, k - 1) || comma_in_quote(k)))
    }

    /// Whether the cue at token `j` reports through the preposition after it: one of its
    /// particles ("called for", "talked about"), or "to" after a participle that names a thing
    /// ("referring to the resorts").
    fn particle_after(&self, j: usize, cue: lexicon::Cue) -> bool {
        // Most cues take no particle: the next word is lowered only for one that may.
        if cue.particles.is_empty() && !(cue.form == Form::Participle && !cue.takes_clause) {
            return false;
        }
        let Some(next) = self.words.get(j + 1).map(|w| lexicon::lower(w)) else { return false };
        cue.particles.contains(&next.as_ref()) || cue.form == Form::Participle && !cue.takes_clause && next == "to"
    }

    /// Whether token `k` is the bare form of a verb of speech that reports as an infinitive:
    /// "continues to *insist* that …".
    fn carries_speech(&self, k: usize) -> bool {
        let cue =
            self.words.get(k).and_then(|w| lexicon::cue_at(w, k)).filter(|c| c.bare && c.class == CueClass::Speech);
        cue.is_some_and(|cue| self.infinitive(k, cue).is_some())
    }

    /// The cue at token `j` as it is written, with its preposition ("called for").
    fn cue_span(&self, j: usize, cue: lexicon::Cue) -> Span {
        let last = if self.particle_after(j, cue) { j + 1 } else { j };
        self.toks[j].span.start..self.toks[last].span.end
    }

    /// Where the content of the cue at token `j` starts: after its preposition, or past its
    /// listener, circumstance and "that".
    fn content_start(&self, j: usize, cue: lexicon::Cue) -> usize {
        if self.particle_after(j, cue) { j + 2 } else { skip_that(self.text, self.toks, j + 1, cue) }
    }

    /// The token where the reported clause after the cue at token `j` starts, and whether
    /// "that" opens it; None when no clause follows ("said in May.", "said no to it", "(one
    /// added);": a closing mark ends what the cue says).
    fn clause_after_cue(&self, j: usize, cue: lexicon::Cue) -> Option<(usize, bool)> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        if self.particle_after(j, cue) {
            return Some((j + 2, false));
        }
        let mut from = skip_that(text, toks, j + 1, cue);
        // "said — on Twitter, as it happens — that …": an aside between dashes is passed over;
        // after a dash that no other closes ("…, allies believe — backers she needs") no clause
        // of the cue's follows.
        if from < toks.len() && is_dash(toks, from) {
            let close = (from + 1..(from + 14).min(toks.len())).find(|&k| is_dash(toks, k))?;
            from = past_dash(toks, close);
            from += usize::from(cue.takes_clause && words.get(from).is_some_and(|w| w.eq_ignore_ascii_case("that")));
        }
        // "…, his team believes, resulting in …": a participle after a comma goes on from the
        // cue.
        if from > j + 1 && self.comma_before_participle(from - 1) {
            return None;
        }
        // "believe that is likely": the "that" kept as the clause's subject marks it as well.
        let has_that = from > j + 1 && words[from - 1].eq_ignore_ascii_case("that")
            || cue.takes_clause && words.get(from).is_some_and(|w| w.eq_ignore_ascii_case("that"));
        let next = words.get(from).map(|w| lexicon::lower(w));
        let infinitive = next.as_deref() == Some("to")
            && words.get(from + 1).is_some_and(|w| w.chars().all(char::is_lowercase) && !lexicon::is_determiner(w));
        // "said it would", "said it actively investigated", not "said it again": "it" opens a
        // clause when a verb follows, past an adverb in -ly.
        let verb_at = |k: usize| words.get(k).is_some_and(|w| is_finite_verb(w));
        let adverb_at = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && words[k].ends_with("ly"));
        let it_clause =
            next.as_deref() == Some("it") && (verb_at(from + 1) || adverb_at(from + 1) && verb_at(from + 2));
        // "opposed it": a verb that names a thing takes "it" as its object; "backed down" has
        // none.
        let it_object = next.as_deref() == Some("it") && !cue.takes_clause;
        if !cue.takes_clause && matches!(next.as_deref(), Some("down" | "off" | "up" | "away" | "out" | "back")) {
            return None;
        }
        let starts_clause = has_that
            || infinitive
            || it_clause
            || it_object
            || next.as_deref().is_some_and(|w| !matches!(w, "in" | "at" | "on" | "to" | "during" | "after" | "before" | "for" | "with" | "by" | "from" | "about" | "of" | "it" | "so" | "as" | "." | "," | ";" | ")" | "]" | "and" | "but" | "no" | "yes" | "nothing" | "something" | "goodbye" | "hello" | "sorry" | "thanks"))
            // "said no decision had been made", not "said no to the deal" or "said no.".
            || next.as_deref() == Some("no") && toks.get(from + 1).is_some_and(|t| t.is_word() && !words[from + 1].eq_ignore_ascii_case("to"))
            // "said about half of the gain", not "said about the plan"; "reported at least six
            // boats sank", not "said at the pier".
            || next.as_deref() == Some("about") && words.get(from + 1).is_some_and(|w| opens_count(w))
            || next.as_deref() == Some("at") && words.get(from + 1).is_some_and(|w| matches!(*w, "least" | "most")) && words.get(from + 2).is_some_and(|w| opens_count(w));
        if starts_clause {
            return Some((from, has_that));
        }
        // "said after the convention he would …": a circumstance, then the clause.
        let k = clause_after_circumstance(text, toks, from).filter(|_| cue.class == CueClass::Speech)?;
        Some((k, false))
    }

    /// "Ruiz beamed as she noted how …", "questions as to whether Baker still backs …": whether
    /// the "as" or "whether" at token `k` opens the clause of the cue at token `j`, its subject
    /// (a pronoun or a capitalised word) right after it and no punctuation up to the cue ("as a
    /// mayor, Ruiz said" is an introduction). After a capitalised word, besides auxiliaries and
    /// adverbs in "-ly", one lower-case word at most comes before the cue ("Ruiz's aides",
    /// "Baker still", "Baker has repeatedly"), not a description of things ("as Lima's cargo
    /// ferries continue to run").
    fn opens_clause_of_cue(&self, k: usize, j: usize) -> bool {
        let w = self.words[k];
        let lower_case = |w: &&&str| !is_capitalized(w) && !is_auxiliary(w) && !w.ends_with("ly");
        let named = || self.words[k + 2..j].iter().filter(lower_case).count() <= 1;
        (w.eq_ignore_ascii_case("as") || w.eq_ignore_ascii_case("whether"))
            && k + 1 < j
            && self.toks[k + 1..j].iter().all(|t| t.is_word())
            && (lexicon::pronoun(self.words[k + 1]).is_some() || is_capitalized(self.words[k + 1]) && named())
    }

    /// "Ruiz was copied on the letters and Mendes said …": whether the "and" or "but" at token
    /// `k` joins a clause with a verb before it to one whose subject, a name or a pronoun,
    /// follows it ("Mr. A and Mr. B say" joins two names, with no verb before). The verb is
    /// one after the last "that": "judges who ruled that Texas and Iowa could not …" join two
    /// names in the clause "that" opens.
    fn joins_clauses(&self, k: usize) -> bool {
        let subject = self.toks.get(k + 1).is_some_and(|t| t.is_word())
            && self
                .words
                .get(k + 1)
                .is_some_and(|w| is_capitalized(w) || lexicon::pronoun(w).is_some_and(|p| p != lexicon::Pronoun::It));
        let verb_from = (0..k).rev().find(|&v| self.words[v] == "that").map_or(0, |v| v + 1);
        subject && self.has_finite_verb(verb_from..k)
    }

    /// Whether token `k` is a comma with a lower-case -ing word after it ("…, adding that",
    /// "…, resulting in"): the participle's phrase goes on from what came before the comma.
    fn comma_before_participle(&self, k: usize) -> bool {
        self.toks[k].is_punct(',') && self.words.get(k + 1).is_some_and(|w| w.ends_with("ing") && !is_capitalized(w))
    }

    /// "Many guests — nurses among them — said": where a dash aside opens when another dash
    /// closes it right before the cue at token `j` (past the cue's adverbs).
    fn dash_aside_before(&self, j: usize) -> Option<usize> {
        let last = self.past_modifiers(j).checked_sub(1)?;
        let close = dash_ending_at(self.toks, last)?;
        (0..close).rev().find(|&o| is_dash(self.toks, o))
    }

    /// The end of the thing a verb names, from token `from`: its first comma, unless a
    /// capitalised word goes on with it, a place, a list or an appositive ("criticized Tulsa,
    /// Okla., police for …", "cited unrest in Syria, Libya and Iraq"), or examples of it
    /// ("discussed recent polls, including ones showing …"); not a pronoun, a connective or the
    /// subject of a closing cue ("…, Ruiz said").
    fn object_end(&self, from: usize) -> usize {
        let (toks, words) = (self.toks, self.words);
        let mut to = self.past_quotation_list(self.next_comma(from));
        while to + 1 < toks.len() && toks[to].is_punct(',') && toks[to + 1].is_word() {
            let next = words[to + 1];
            if matches!(next, "including" | "especially" | "particularly" | "notably") {
                to = self.next_comma(to + 1);
                continue;
            }
            let closing_cue = toks.get(to + 2).is_some_and(|t| t.is_word() && lexicon::cue(words[to + 2]).is_some());
            if lexicon::pronoun(next).is_some() || lexicon::is_connective(next) || closing_cue {
                break;
            }
            // "criticized Tulsa, Okla., police for …": a state's comma closes the place, which
            // qualifies the noun after it.
            let after_state = self.closes_state(to) && !lexicon::opens_relative_clause(next);
            if !is_capitalized(next) && !(after_state && lexicon::cue(next).is_none()) {
                break;
            }
            to = self.next_comma(to + 1);
        }
        to
    }

    /// Whether the comma at token `comma` closes a state after a town's comma ("Tulsa, Okla.,",
    /// "Ames, Iowa,"), its abbreviation's period a token of its own or not.
    fn closes_state(&self, comma: usize) -> bool {
        let toks = self.toks;
        let period = comma >= 1 && toks[comma - 1].is_punct('.');
        let Some(state) = comma.checked_sub(1 + usize::from(period)) else { return false };
        let opens = state >= 1 && toks[state - 1].is_punct(',');
        let word = &self.text[toks[state].span.start..toks[comma - 1].span.end];
        opens && toks[state].is_word() && lexicon::is_us_state(word)
    }

    /// `called him a "liar," a "bully" and "sick"`: from the end `to` of a phrase at a comma
    /// right after a quotation (or past the mark that closes on one), the end of the list of
    /// quotations it opens, each after "and" or "or", an article, or neither. A quotation after
    /// a comma that closes no quotation is no item ("offered them money, "we need it,"").
    fn past_quotation_list(&self, mut to: usize) -> usize {
        let (toks, words) = (self.toks, self.words);
        let is_mark = |k: usize| toks.get(k).is_some_and(|t| is_mark_token(self.text, t));
        let word_in = |k: usize, list: &[&str]| toks.get(k).is_some_and(|t| t.is_word() && list.contains(&words[k]));
        loop {
            let mut item = if toks.get(to).is_some_and(|t| t.is_punct(',')) { to + 1 } else { to };
            item += usize::from(word_in(item, &["and", "or"]));
            item += usize::from(word_in(item, &["a", "an", "the"]));
            if !(to > 0 && is_mark(to - 1) && is_mark(item)) {
                return to;
            }
            to = self.next_comma(item);
        }
    }

    /// The end of a phrase from token `from`: its first comma outside a quotation opened after
    /// it, or the sentence's end. 'called it "a grim, costly failure"' runs over the quotation;
    /// a comma that closes one ('"wonderful,"') ends the phrase after the mark.
    fn next_comma(&self, from: usize) -> usize {
        let is_mark = |t: &Token| is_mark_token(self.text, t);
        let mut in_quote = false;
        for (k, t) in self.toks.iter().enumerate().skip(from) {
            in_quote ^= is_mark(t);
            if !t.is_punct(',') {
                continue;
            }
            if !in_quote {
                return k;
            }
            if self.toks.get(k + 1).is_some_and(is_mark) {
                return k + 2;
            }
        }
        self.toks.len()
    }

    /// Where the clause of the cue at token `j` starts: after the nearest join or
    /// subordinating word before it ("…, and Republicans want", "because Trump wants",
    /// "where experts say", "shortly after her campaign said", and for a finding "as polls
    /// show"), or at the sentence's subject.
    fn clause_start(&self, j: usize, class: CueClass) -> Option<usize> {
        let (text, toks) = (self.text, self.toks);
        let before_aside = self.dash_aside_before(j).unwrap_or(j);
        // "Rubio, appearing on Fox News after the speech, said", "Clinton, though she praised
        // Garland, said": a subordinate phrase closed by the comma right before the cue, with
        // none inside it, is an aside within the cue's clause, not where that clause starts.
        let comma_before_cue = (0..j)
            .rev()
            .find(|&k| !(toks[k].is_word() && lexicon::is_cue_modifier(self.words[k])))
            .filter(|&k| toks[k].is_punct(','));
        let aside_to_cue =
            |k: usize| comma_before_cue.is_some_and(|c| c > k && !toks[k + 1..c].iter().any(|t| t.is_punct(',')));
        let boundary = (0..before_aside).rev().take(16).find(|&k| {
            let t = &toks[k];
            if !t.is_word() {
                // "… on Friday: Republicans said": a colon ends the clause before it, and a
                // bracket still open opens one ("(they want lower rates and suggest …)"); so
                // does a dash ("LIMA (Reuters) – Ana Ruiz said").
                let open_bracket = t.is_punct('(') && !toks[k..j].iter().any(|t| t.is_punct(')'));
                return t.is_punct(';') || is_dash(toks, k) || t.is_punct(':') || open_bracket;
            }
            let w = self.words[k];
            is_subordinator(w) && !aside_to_cue(k)
                || w.eq_ignore_ascii_case("as") && class == CueClass::Finding
                || self.opens_clause_of_cue(k, j)
                || (w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("but"))
                    && (k > 0 && toks[k - 1].is_punct(',') || self.joins_clauses(k))
        });
        // "If anything, experts say": a subordinate clause that opens the sentence and ends at a
        // comma is an introduction; the subject comes after it.
        let introduction = |k: usize| {
            toks[k].is_word()
                && toks[..k].iter().all(|t| t.is_word() && lexicon::is_connective(t.text(text)))
                && toks[k + 1..j].iter().any(|t| t.is_punct(','))
        };
        match boundary {
            Some(k) if !introduction(k) => Some(k + 1),
            // "Under a gray sky that seemed to capture the mood of the crowd, Obama warned": an
            // opening phrase too long for the sentence's subject to be found past it ends at the
            // last comma before the cue; no name inside it is taken.
            _ => self.subject_start().or_else(|| self.past_last_comma(j)),
        }
    }

    /// "Although Ruiz said taxes would fall, she voted …", "While a judge found the law
    /// unconstitutional, his ruling …": when the word at token `opener` opens the sentence (past
    /// its connectives) and a subordinate clause, what is reported from token `from` ends at the
    /// first comma before the main clause, whose subject a pronoun or a determiner opens;
    /// otherwise at token `to`.
    fn end_before_main_clause(&self, opener: Option<usize>, from: usize, to: usize) -> usize {
        let (toks, words) = (self.toks, self.words);
        let opens_sentence = |o: usize| {
            toks[o].is_word()
                && (is_subordinator(words[o]) || lexicon::opens_gerund(words[o]))
                && toks[..o].iter().zip(words).all(|(t, w)| t.is_word() && lexicon::is_connective(w))
        };
        if !opener.is_some_and(opens_sentence) {
            return to;
        }
        // A pronoun or a determiner's phrase, or a name with its verb ("…, Mayor Ana Ruiz agreed").
        let subject = |k: usize| {
            lexicon::pronoun(words[k]).is_some()
                || lexicon::is_determiner(words[k])
                || mentions::opens_clause_with_name(self.text, toks, k)
        };
        (from + 1..to)
            .find(|&k| toks[k].is_punct(',') && toks.get(k + 1).is_some_and(Token::is_word) && subject(k + 1))
            .unwrap_or(to)
    }

    /// "Kushner said he is friendly with them but took issue with …", "Rubio urged the party to
    /// coalesce and tried to make the case …": after a cue in the past at token `j`, "and" or
    /// "but" right before a verb in the past goes on with the cue's subject when the words
    /// reported from token `from` have no verb in the past of their own ("said the plan failed
    /// and collapsed" keeps both); what is reported ends there, else at token `to`. A form in
    /// "-ed" counts as a verb only before what a verb takes ("and tried to", "and closed it"),
    /// as "and affiliated groups" is none.
    fn end_before_joined_past(&self, j: usize, from: usize, to: usize) -> usize {
        let (toks, words) = (self.toks, self.words);
        let lower = |k: usize| lexicon::lower(words[k]);
        let past = |w: &str| is_irregular_past(w) || w.len() > 4 && w.ends_with("ed");
        if !past(&lower(j)) {
            return to;
        }
        let takes_verb_object = |k: usize| {
            toks.get(k).is_some_and(|t| t.is_word())
                && (matches!(lower(k).as_ref(), "to" | "that")
                    || lexicon::is_object_pronoun(words[k])
                    || lexicon::is_determiner(words[k])
                    || is_preposition(words[k]))
        };
        for k in from..to {
            if !toks[k].is_word() {
                continue;
            }
            let w = lower(k);
            if past(&w) && !is_capitalized(words[k])
                || matches!(w.as_ref(), "was" | "were" | "had" | "did" | "would" | "could")
            {
                return to;
            }
            let verb = k + 1;
            let joins_past = k > from
                && matches!(w.as_ref(), "and" | "but")
                && toks.get(verb).is_some_and(|t| t.is_word() && !is_capitalized(words[verb]))
                && (is_irregular_past(&lower(verb)) && toks.get(verb + 1).is_some_and(Token::is_word)
                    || past(&lower(verb)) && takes_verb_object(verb + 1));
            if joins_past {
                return k - usize::from(toks[k - 1].is_punct(','));
            }
        }
        to
    }

    /// The token past the last comma before token `j`; none when a bracket still open there
    /// encloses that comma.
    fn past_last_comma(&self, j: usize) -> Option<usize> {
        let toks = self.toks;
        let comma = (0..j).rev().find(|&k| toks[k].is_punct(','))?;
        let bracketed =
            toks[..comma].iter().rposition(|t| t.is_punct('(')) > toks[..comma].iter().rposition(|t| t.is_punct(')'));
        (!bracketed).then_some(comma + 1)
    }
}

/// Words that open a subordinate clause: "because Trump wants", "where experts say". A
/// case-blind table, not a match on the word in lower case: `clause_start` asks it of up to 16
/// words before every cue.
pub(super) fn is_subordinator(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new(&[
        "because", "although", "though", "where", "whereas", "while", "when", "if", "unless", "after", "since",
        "before", "until", "once",
    ]);
    SET.contains(word)
}

/// Conjunctions that join another clause to the one before: "…, but …", "said yes while 48
/// percent agreed".
fn joins_another_clause(word: &str) -> bool {
    static SET: lexicon::WordSet =
        lexicon::WordSet::new(&["and", "but", "or", "so", "yet", "while", "although", "though", "whereas"]);
    SET.contains(word)
}

/// A word of lower-case letters and hyphens that breaks no phrase: what may stand between a
/// noun of saying and its owner or its verb ("their smug assurances", "raised serious concerns").
fn is_plain_lower_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !lexicon::is_phrase_breaker(w)
}

/// An indirect claim in one piece, of the mention's speaker through the cue.
fn indirect(content: Span, mention: Mention, cue: Span) -> Attribution {
    indirect_in_parts(vec![content], mention, cue)
}

/// An indirect claim that its attribution interrupts between commas ("The ferry, Ruiz said,
/// will be late"): the words before the attribution and the words after it.
fn interrupted(before: Span, after: Span, mention: Mention, cue: Span) -> Attribution {
    indirect_in_parts(vec![before, after], mention, cue)
}

/// An indirect claim in the pieces given, in text order.
fn indirect_in_parts(parts: Vec<Span>, mention: Mention, cue: Span) -> Attribution {
    Attribution { kind: QuoteKind::Indirect, parts, mention: Some(mention), cue: Some(cue), follows: None }
}

/// The end of a claim, without a sentence's final period.
pub fn trim_end_punct(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ".;:,".contains(c));
    start + t.len()
}

/// "Clinton's", "the party's": a possessive, not a contraction of "is" or "has" ("he's",
/// "that's").
pub(super) fn is_possessive(word: &str) -> bool {
    // Both endings end in "s": most words are turned away on their last byte.
    if !word.ends_with('s') {
        return false;
    }
    let owner = without_possessive(word);
    owner.len() < word.len()
        && lexicon::pronoun(owner).is_none()
        && !matches!(lexicon::lower(owner).as_ref(), "who" | "that" | "there" | "what" | "here" | "where")
}

/// Numbers in words above one: "five", "a dozen", "fifty".
static PLURAL_NUMBERS: lexicon::WordSet = lexicon::WordSet::new(&[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "twenty",
    "thirty", "forty", "fifty", "hundred",
]);

/// A number or a quantifier that only a plural follows: "50", "five", "those", "several".
pub(crate) fn is_plural_quantifier(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new(&[
        "these", "those", "many", "several", "both", "few", "all", "other", "some", "most", "various",
    ]);
    word.bytes().all(|b| b.is_ascii_digit()) || PLURAL_NUMBERS.contains(word) || SET.contains(word)
}

/// A number, in figures or words, or "percentage": what counts the noun after it ("4.3
/// points", "two percentage points").
fn counts(word: &str) -> bool {
    is_number(word) || word.eq_ignore_ascii_case("percentage")
}

/// A number in figures or in words: "50", "one", "six", "dozen".
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || PLURAL_NUMBERS.contains(word) || word.eq_ignore_ascii_case("one")
}

/// Plurals without an -s that may be the subject of a bare cue form ("the women say").
pub(super) fn is_irregular_plural(word: &str) -> bool {
    matches!(lexicon::lower(word).as_ref(), "women" | "men" | "people" | "children")
}

/// Participles that give a subject's aim or fear after a comma: "hoping", "seeking".
fn is_motive(word: &str) -> bool {
    matches!(lexicon::lower(word).as_ref(), "hoping" | "seeking" | "fearing" | "believing" | "expecting")
}

/// A number or "half", which opens a count: "about half of the gain", "at least six boats".
fn opens_count(word: &str) -> bool {
    is_number(word) || word.eq_ignore_ascii_case("half")
}

/// Verbs of holding a view, which may close the sentence that holds the view: "…, allies
/// believe".
fn is_opinion(word: &str) -> bool {
    matches!(lexicon::lower(word).as_ref(), "believe" | "believes" | "believed" | "think" | "thinks" | "thought")
}

/// A share of a group that polls report as a subject: "a third", "a quarter", "a majority".
fn is_share(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new(&[
        "third", "quarter", "fifth", "tenth", "half", "majority", "minority", "plurality", "handful",
    ]);
    SET.contains(word)
}

/// "drew deep support among women", "retains substantial support": an adjective that
/// measures a bare form makes it a noun; none of these is a subject of its own ("64 percent
/// say" is, a poll's respondents).
fn measures_noun(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new(&[
        "strong", "deep", "broad", "substantial", "solid", "wide", "widespread", "overwhelming", "grassroots",
        "bipartisan", "popular", "significant", "considerable", "growing", "tepid", "unanimous",
    ]);
    SET.contains(word)
}

/// A noun by its ending ("situation", "government", "community"): after one, a bare cue form
/// is a verb ("people close to the situation say"), not a noun after an adjective.
fn is_abstract_noun(word: &str) -> bool {
    let w = lexicon::lower(word);
    w.len() > 5 && ["tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence"].iter().any(|s| w.ends_with(s))
}

/// Words that can follow a subject as its verb: auxiliaries and modals, a verb form ending
/// in -s or -ed, or a common irregular past ("said it made no difference", "said on Friday
/// he met").
pub(super) fn is_finite_verb(word: &str) -> bool {
    finite_verb(word, true)
}

/// `is_finite_verb` but for the -s form, which a plural noun reads as: an auxiliary or a
/// past form.
fn is_finite_past_or_auxiliary(word: &str) -> bool {
    finite_verb(word, false)
}

/// An auxiliary, a past form, and with `s_form` an -s form in lower case.
fn finite_verb(word: &str, s_form: bool) -> bool {
    let w = lexicon::lower(word);
    is_auxiliary(&w)
        || is_irregular_past(&w)
        || (w.len() > 3
            && word.chars().all(char::is_lowercase)
            && (w.ends_with("ed") || s_form && w.ends_with('s') && !w.ends_with("ss")))
}

/// A verb that opens a relative clause right after "that" ("the claims that were made",
/// "fears that grew"), not a plural noun that opens a clause ("fears that riders …").
pub(super) fn is_past_or_auxiliary(word: &str) -> bool {
    let w = lexicon::lower(word);
    is_auxiliary(&w) || is_irregular_past(&w) || w.ends_with("ed")
}

/// A linking verb before a stance adjective ("is convinced", "seemed confident") or "make"
/// before "(it) clear".
fn is_linking_or_make(word: &str) -> bool {
    matches!(
        lexicon::lower(word).as_ref(),
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "be"
            | "been"
            | "seems"
            | "seemed"
            | "remains"
            | "remained"
            | "felt"
            | "feels"
            | "make"
            | "makes"
            | "made"
    )
}

/// Irregular simple pasts (in lower case) that are seldom nouns or adjectives after a subject
/// ("said it sold", "said he thought").
pub(super) fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "made"
            | "met"
            | "took"
            | "gave"
            | "got"
            | "came"
            | "went"
            | "knew"
            | "felt"
            | "saw"
            | "told"
            | "said"
            | "left"
            | "kept"
            | "brought"
            | "bought"
            | "sought"
            | "won"
            | "lost"
            | "ran"
            | "began"
            | "became"
            | "wrote"
            | "held"
            | "meant"
            | "sent"
            | "spent"
            | "built"
            | "chose"
            | "fell"
            | "grew"
            | "drew"
            | "stood"
            | "understood"
            | "paid"
            | "led"
            | "broke"
            | "sold"
            | "found"
            | "heard"
            | "fought"
            | "caught"
            | "taught"
            | "spoke"
            | "drove"
            | "threw"
            | "flew"
            | "wore"
            | "fled"
            | "hid"
            | "struck"
            | "swore"
            | "forgot"
            | "dealt"
            | "shook"
            | "stole"
            | "withdrew"
            | "thought"
    )
}

/// Prepositions that open a phrase qualifying a noun ("officials *on* the island").
pub(super) fn is_preposition(word: &str) -> bool {
    matches!(
        lexicon::lower(word).as_ref(),
        "in" | "on"
            | "off"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "of"
            | "about"
            | "into"
            | "over"
            | "under"
            | "across"
            | "near"
            | "among"
            | "around"
            | "throughout"
            | "within"
    )
}

/// Auxiliaries and modals (in lower case): a clause has begun where one stands ("said she
/// would jump to that conclusion", "…, said the repairs would end").
pub(super) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "wasn't"
            | "isn't"
            | "won't"
            | "wouldn't"
            | "didn't"
            | "doesn't"
    )
}

/// After a prepositional phrase that opens a reported clause ("after the convention he
/// would"): the token where the clause's pronoun subject stands, if one follows within a few
/// words with a verb after it, or the word that asks before it ("told attendees at the
/// party's annual gala how he saved the hotel"); or where a subject of a few words with an
/// auxiliary stands past a short phrase (`subject_past_short_phrase`).
fn clause_after_circumstance(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let first = toks.get(from)?.text(text);
    if !matches!(
        lexicon::lower(first).as_ref(),
        "in" | "at" | "on" | "during" | "after" | "before" | "for" | "with" | "by" | "from"
    ) {
        return None;
    }
    if let Some(subject) = subject_past_short_phrase(text, toks, from) {
        return Some(subject);
    }
    // A phrase that asks may run longer ("at the New York State Republican Party's annual
    // gala how he …"), when no verb stands in it ("in Macau when asked if he …", "in the
    // audience to clap if they …").
    const REACH: usize = 6;
    const ASKING_REACH: usize = 10;
    let subject =
        (from + 2..(from + 2 + ASKING_REACH).min(toks.len())).take_while(|&k| toks[k].is_word()).find(|&k| {
            lexicon::pronoun(toks[k].text(text)).is_some()
                && toks.get(k + 1).is_some_and(|t| t.is_word() && is_finite_verb(t.text(text)))
        })?;
    let asks = lexicon::opens_question(toks[subject - 1].text(text));
    let verb_between = || {
        (from + 1..subject - 1).any(|k| {
            let w = toks[k].text(text);
            w == "to" || !toks[k].starts_capitalized(text) && lexicon::cue(w).is_some()
        })
    };
    // "said in August after Nabisco announced it was …": a verb right before the pronoun
    // makes it the subject of that verb's clause.
    let after_verb = is_finite_past_or_auxiliary(toks[subject - 1].text(text));
    if subject < from + 2 + REACH && !after_verb {
        Some(if asks { subject - 1 } else { subject })
    } else {
        (asks && !verb_between()).then_some(subject - 1)
    }
}

/// "said in a statement the plan would …", "wrote on Twitter Ruiz is …": past a short phrase
/// that names where the words were said (the preposition at `from`, then up to three words
/// that end on a medium, `lexicon::is_medium`), a subject that opens with a determiner or a capitalised
/// word and reaches an auxiliary within a few words. A verb in the past there reads as a
/// relative instead ("in a statement the company released on Monday"), and so does anything
/// after a comma; any other phrase ("attacks on Wall Street executives who had …") is no
/// circumstance of the cue.
fn subject_past_short_phrase(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    const PHRASE_WORDS: usize = 3;
    const SUBJECT_WORDS: usize = 4;
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    (from + 2..=from + 1 + PHRASE_WORDS).find(|&subject| {
        (from + 1..subject).all(|k| word(k).is_some())
            && word(subject - 1).is_some_and(|w| lexicon::is_medium(&lexicon::lower(w)))
            && word(subject).is_some_and(|w| lexicon::is_determiner(w) || is_capitalized(w))
            && (subject + 1..=subject + SUBJECT_WORDS).map_while(word).any(is_auxiliary)
    })
}

/// Where a reported clause starts after its cue: past a listener ("told reporters"), a
/// circumstance ("Friday", "in a statement") and "that". A verb that names a thing names it
/// right after itself: a "that" after its object opens a relative ("attacked loopholes that
/// benefit …"), and a comma ends its clause ("if a deal were offered, the pilots …").
pub fn skip_that(text: &str, toks: &[Token], from: usize, cue: lexicon::Cue) -> usize {
    if !cue.takes_clause {
        return from;
    }
    let limit = (from + 14).min(toks.len());
    // The length first: this looks at up to 14 words after every cue.
    if let Some(k) = (from..limit).find(|&k| toks[k].span.len() == 4 && toks[k].text(text).eq_ignore_ascii_case("that"))
    {
        // Only when the words before "that" are circumstance, not content ("said the plan that
        // …", "said she would jump to that conclusion"); a capitalised cue form is a name
        // ("told The Post and Courier on Saturday that"). A cue's form between a determiner
        // and another noun, in a phrase of place or time, is a noun ("told donors at the state
        // party gala in Albany that"). Right before "that" it may be the noun a relative goes
        // on from ("in response to any questions that …"), and elsewhere the object
        // ("stressed her support of the raid that …").
        let before: Vec<&str> = toks[from..k].iter().map(|t| t.text(text)).collect();
        let circumstance = |w: &&str| matches!(lexicon::lower(w).as_ref(), "at" | "in" | "on" | "during");
        // "said on CNN, where he is a paid contributor, that": a relative clause between commas
        // that closes right before "that" describes the circumstance; its pronouns and verbs
        // are no content, nor are its words counted.
        let relative_from = (before.last() == Some(&","))
            .then(|| before[..before.len() - 1].iter().rposition(|w| *w == ","))
            .flatten()
            .map(|comma| comma + 1)
            .filter(|&r| lexicon::opens_relative_clause(before[r]));
        let content = |(i, w): (usize, &&str)| {
            if relative_from.is_some_and(|r| i >= r) {
                return false;
            }
            let noun = i > 1
                && i + 1 < before.len()
                && lexicon::is_determiner(before[i - 1])
                && before[..i - 1].iter().any(circumstance);
            lexicon::cue(w).is_some() && !is_capitalized(w) && !noun
                || lexicon::pronoun(w).is_some()
                || is_auxiliary(&lexicon::lower(w))
        };
        // An aside between commas ("insist, most recently in a Labor Day interview with ABC
        // News, that") is counted by its words.
        let aside = toks[from].is_punct(',') && toks[k - 1].is_punct(',');
        let length = match relative_from {
            Some(r) => r,
            None if aside => toks[from..k].iter().filter(|t| t.is_word()).count(),
            None => before.len(),
        };
        // "reported on Tuesday -- a development that …": a dash that no other closes, with words
        // after it, opens an aside whose "that" is a relative ("proclaimed - falsely - that …"
        // and "believes — that …" keep theirs).
        let mut dashes = (from..k).filter(|&i| is_dash(toks, i));
        let aside_open = dashes.clone().count() % 2 == 1
            && dashes.next_back().is_some_and(|d| toks[d + 1..k].iter().any(Token::is_word));
        if length <= 10 && !aside_open && !before.iter().enumerate().any(content) {
            // "believe that is likely", "said that was a mistake": a "that" an auxiliary follows
            // is the clause's subject, not the word that opens it.
            let subject = toks.get(k + 1).is_some_and(|t| t.is_word() && is_auxiliary(&lexicon::lower(t.text(text))));
            return if subject { k } else { k + 1 };
        }
    }
    let mut k = from;
    if cue.takes_object {
        // "told reporters the plan would fail": a determiner after the object's noun opens the
        // clause's subject, not a second object of one noun ("asked him a question.").
        let opens_subject = |k: usize| toks.get(k + 1..k + 3).is_some_and(|two| two.iter().all(Token::is_word));
        let object_word = |k: usize| {
            let w = toks[k].text(text);
            lexicon::is_object_word(w) && (k == from || !lexicon::is_determiner(w) || !opens_subject(k))
        };
        while k < toks.len() && k < from + 4 && toks[k].is_word() && object_word(k) {
            k += 1;
        }
        k = past_owned_title(text, toks, from, k);
    }
    k = past_time_phrase(text, toks, k);
    while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
        k += 1;
    }
    k
}

/// "told ABC's "Good Morning America" on Monday the tone was cordial": a programme's title in
/// quotation marks after its owner is the listener, as the owner's name alone would be. The
/// words between the marks read as a title as `quotes::is_title` reads them (which has already
/// taken the quotation for no speech). Returns where the title ends, or `at`.
fn past_owned_title(text: &str, toks: &[Token], from: usize, at: usize) -> usize {
    // Eight words, and a comma or period inside the closing mark ("Good Morning America.").
    const MOST_TOKENS: usize = 9;
    let is_mark = |k: usize| toks.get(k).is_some_and(|t| is_mark_token(text, t));
    if at == from || !is_possessive(toks[at - 1].text(text)) || !is_mark(at) {
        return at;
    }
    let inside = |t: &Token| t.is_word() || t.is_punct(',') || t.is_punct('.');
    let close = (at + 1..toks.len()).take(MOST_TOKENS + 1).find(|&k| !inside(&toks[k]));
    match close {
        Some(close)
            if close > at + 1
                && is_mark(close)
                && quotes::reads_as_title(&text[toks[at].span.end..toks[close].span.start]) =>
        {
            close + 1
        }
        _ => at,
    }
}

/// "told voters last week she would …", "said this weekend the deal …", "said on Monday it
/// would …", "said late Monday the plan …": past a phrase of time that ends on a noun of time (a day's name, "week" after
/// "last" or "this", a month's with its day's number after "on"), the clause starts; not at
/// "this year's plan", whose noun is owned.
fn past_time_phrase(text: &str, toks: &[Token], from: usize) -> usize {
    const MOST_WORDS: usize = 3;
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let after_on = word(from).is_some_and(|w| w.eq_ignore_ascii_case("on"))
        && word(from + 1).is_some_and(|w| is_capitalized(w) && lexicon::is_time_word(w));
    let start = from + usize::from(after_on);
    // "said late Monday", "said early this week": the part of the day or week comes first.
    let part = |w: &str| w.eq_ignore_ascii_case("late") || w.eq_ignore_ascii_case("early");
    let run = (start..start + MOST_WORDS)
        .take_while(|&k| {
            word(k).is_some_and(|w| lexicon::is_time_word(w) || lexicon::is_time_noun(w) || k == start && part(w))
        })
        .count();
    let ends_on_time =
        (1..=run).rev().find(|&n| word(start + n - 1).is_some_and(|w| lexicon::is_time_noun(w) || is_capitalized(w)));
    // "on May 5": the day's number ends the phrase.
    let day_number = |k: usize| word(k).is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    let end = match ends_on_time {
        Some(n) if after_on && day_number(start + n) && word(start + n + 1).is_some() => start + n + 1,
        Some(n) if word(start + n).is_some() => start + n,
        _ => return from,
    };
    // After "on Monday", a clause: a pronoun ("he would", "he "hand-delivered …""), or a
    // subject and then a verb before any punctuation; not a noun the day qualifies ("appeared
    // on Sunday interview shows"), an adverb ("figures reported on Sunday now suggest") or an
    // object ("announced on Monday the lawsuit against the state").
    const SUBJECT_WORDS: usize = 8;
    let opens_clause = word(end).is_some_and(|w| {
        lexicon::pronoun(w).is_some()
            || (lexicon::is_determiner(w) || is_capitalized(w))
                && (end + 1..end + 1 + SUBJECT_WORDS).map_while(word).any(is_finite_verb)
    });
    if after_on && !opens_clause { from } else { end }
}

/// How many words a phrase after "with" may run before the participle it is the subject of
/// ("with 30 percent of likely voters in the state saying").
const WITH_PHRASE_TOKENS: usize = 8;

#[cfg(test)]
mod tests {
    /// `holds_quote_mark` reads the bytes of the marks as `str::contains` finds them.
    #[test]
    fn quote_marks_in_counts_each_mark_once() {
        assert_eq!(super::quote_marks_in("a \"b\" c"), 2);
        assert_eq!(super::quote_marks_in("''It is,'' he said; it's"), 2);
        assert_eq!(super::quote_marks_in("\u{201c}A\u{201d} \u{ab}B\u{bb} \u{201e}C"), 5);
        assert_eq!(super::quote_marks_in("don't"), 0);
    }

    #[test]
    fn holds_quote_mark_finds_the_marks_by_their_bytes() {
        let marks = ['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{201e}'];
        for c in (0..0x3000).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a{c}b"), format!("{c}{c}"), format!("{c}'")] {
                assert_eq!(super::holds_quote_mark(&s), s.contains(marks) || s.contains("''"), "{s:?}");
            }
        }
    }
}
