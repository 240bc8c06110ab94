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
use super::tokens::{Token, is_capitalized};
use crate::model::{QuoteKind, Span};

/// The reported speech of one sentence (given as its tokens), in text order.
pub fn find(text: &str, toks: &[Token]) -> Vec<Attribution> {
    if toks.len() < 4 {
        return Vec::new();
    }
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let sentence = Sentence { text, toks, words: &words };
    if let Some(found) = sentence.according_to().or_else(|| sentence.labelled()) {
        return vec![found];
    }
    let mut candidates: Vec<Candidate> = (0..toks.len())
        .filter(|&j| toks[j].is_word())
        .filter_map(|j| lexicon::cue_before(words[j], words.get(j + 1).copied(), j).map(|c| (j, c)))
        .filter_map(|(j, cue)| sentence.at_cue(j, cue))
        .collect();
    // Speech and findings first: in "Russia considers X an ally, the minister added", the
    // minister speaks; a belief is kept only where it fits beside them.
    candidates.sort_by_key(|c| (c.class == CueClass::Belief, c.attribution.cue.as_ref().map_or(0, |s| s.start)));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in candidates {
        if fits_beside(text, toks, &mut kept, &c) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.attribution.parts.first().map_or(0, |p| p.start));
    kept.into_iter().map(|c| c.attribution).collect()
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
        // "Democrats want P, and Republicans want Q": each clause keeps its own content.
        let old_first = old_attr.start < new_attr.start;
        let second = if old_first { new } else { old };
        let Some(join) = join_before(text, toks, second.clause) else {
            // "X said Y believes Z": one reported inside the other's content. A participle
            // that only names a thing ("…, citing data from a group") reports no claim of its
            // own, unless it quotes one ("…, calling it "a waste"").
            let names_only = new.borrows_subject && !new.takes_clause && !holds_quote_mark(&text[new_content.clone()]);
            if contains(&old_content, &new_whole) && !names_only || contains(&new_content, &old_whole) {
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

fn holds_quote_mark(s: &str) -> bool {
    s.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{201e}']) || s.contains("''")
}

/// The token that joins a clause starting at `clause` to the one before it: ", and", ", but",
/// ";".
fn join_before(text: &str, toks: &[Token], clause: usize) -> Option<usize> {
    let prev = toks.get(clause.checked_sub(1)?)?;
    if prev.is_punct(';') {
        return Some(clause - 1);
    }
    let conjunction = prev.is_word() && matches!(lexicon::lower(prev.text(text)).as_ref(), "and" | "but" | "while" | "whereas");
    (conjunction && clause >= 2 && toks[clause - 2].is_punct(',')).then_some(clause - 2)
}

/// One sentence's tokens, read for reported speech.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: &'a [&'a str],
}

impl Sentence<'_> {
    /// The claim from token `from` to token `to` (exclusive), when it has three words or more.
    fn claim(&self, from: usize, to: usize) -> Option<Span> {
        self.words_from(from, to, 3)
    }

    /// What a cue reports from token `from` to token `to`: a claim, or for a verb that names a
    /// thing also a short name or noun phrase ("endorsed Trump", "called for his dismissal",
    /// not "backed down").
    fn reported(&self, from: usize, to: usize, cue: lexicon::Cue) -> Option<Span> {
        let first = self.words.get(from).map(|w| lexicon::lower(w));
        let names = self.words.get(from).is_some_and(|w| is_capitalized(w) || lexicon::is_article(w))
            || matches!(first.as_deref(), Some("him" | "her" | "them" | "it"));
        // "declined to comment", "want to compromise": an intention in two words.
        let least = if first.as_deref() == Some("to") { 2 } else if cue.takes_clause || !names { 3 } else { 1 };
        self.words_from(from, to, least)
    }

    /// The words from token `from` to token `to` (exclusive), when there are at least `least`.
    fn words_from(&self, from: usize, to: usize, least: usize) -> Option<Span> {
        let (a, b) = (self.toks.get(from)?.span.start, self.toks.get(to.checked_sub(1)?)?.span.end);
        let b = trim_end_punct(self.text, a, b.max(a));
        let words = self.text[a..b].split_whitespace().count();
        (words >= least).then_some(a..b)
    }

    /// `According to X, …` and `…, according to X`.
    fn according_to(&self) -> Option<Attribution> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let k = words.windows(2).position(|w| w[0].eq_ignore_ascii_case("according") && w[1] == "to")?;
        let (m, np_end) = mentions::after(text, toks, k + 2)?;
        let cue = toks[k].span.start..toks[k + 1].span.end;
        let content = if k == 0 || words[..k].iter().all(|w| !w.chars().any(char::is_alphanumeric)) {
            let comma = (np_end..toks.len()).find(|&i| toks[i].is_punct(','))?;
            self.claim(comma + 1, toks.len())
        } else {
            let mut end = k;
            while end > 0 && !toks[end - 1].is_word() {
                end -= 1;
            }
            self.claim(0, end)
        }?;
        Some(indirect(content, m, cue))
    }

    /// `Pence: Flowers won't be at the debate`, `Poll: Clinton and Trump in dead heat`: a
    /// headline whose speaker labels the claim before a colon.
    fn labelled(&self) -> Option<Attribution> {
        let (text, toks) = (self.text, self.toks);
        let colon = toks.iter().take(6).position(|t| t.is_punct(':'))?;
        let label = &toks[..colon];
        let names_only = label.iter().all(|t| t.is_word() && (is_capitalized(t.text(text)) || matches!(t.text(text), "of" | "for")));
        if label.is_empty() || !names_only || label.iter().any(|t| lexicon::is_section_label(t.text(text))) {
            return None;
        }
        let (m, end) = mentions::after(text, toks, 0).filter(|&(_, end)| end == colon)?;
        let content = self.claim(end + 1, toks.len())?;
        Some(indirect(content, m, toks[colon].span.clone()))
    }

    /// The attribution the cue at token `j` makes, if any.
    fn at_cue(&self, j: usize, cue: lexicon::Cue) -> Option<Candidate> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        // "called for": the cue is the verb and its preposition.
        let cue_span = toks[j].span.start..toks[if self.particle_after(j, cue) { j + 1 } else { j }].span.end;
        // "…, even suggesting": adverbs may stand between the comma and a participle.
        let mut k = j;
        while k > 0 && cue.form == Form::Participle && toks[k - 1].is_word() && lexicon::is_cue_modifier(words[k - 1]) {
            k -= 1;
        }
        let after_comma = k > 0 && toks[k - 1].is_punct(',');
        // "is stressing", "were slamming": a progressive is a finite verb.
        let progressive = j > 0
            && (matches!(lexicon::lower(words[j - 1]).as_ref(), "is" | "are" | "was" | "were" | "been" | "be")
                || lexicon::without_auxiliary(words[j - 1]).len() < words[j - 1].len() && lexicon::pronoun(lexicon::without_auxiliary(words[j - 1])).is_some());
        let form = if progressive { Form::Finite } else { cue.form };
        let found = |attribution: Attribution, clause: usize| Some(Candidate { attribution, class: cue.class, clause, borrows_subject: false, takes_clause: cue.takes_clause });
        // "The report was welcomed", "the state agency", "a big question": a bare form after
        // a determiner, a preposition or an adjective is a noun ("experts warn" is a verb).
        if cue.bare && j > 0 {
            let prev = words[j - 1];
            let after_adjective = j >= 2 && lexicon::is_determiner(words[j - 2]) && !prev.ends_with('s') && !is_capitalized(prev);
            // "Many fear", "Some believe": a quantifier opening the clause is the subject of a
            // belief ("some state officials" is no statement).
            let quantifier_subject = cue.class == CueClass::Belief
                && matches!(lexicon::lower(prev).as_ref(), "many" | "some" | "most" | "both" | "few" | "all" | "several")
                && (j == 1 || !toks[j - 2].is_word() || lexicon::is_connective(words[j - 2]));
            let joined = self.joined_verb(j).is_some();
            if lexicon::is_determiner(prev) && !quantifier_subject || lexicon::is_phrase_breaker(prev) && !lexicon::is_cue_modifier(prev) && !joined || after_adjective {
                return None;
            }
        }
        // "Mr. Clinton's remarks", "the disputed sea", "an estimated 11 million": after a
        // possessive or an article any form is a noun or an adjective ("he's said" is "he has
        // said").
        if j > 0 && (is_possessive(words[j - 1]) || lexicon::is_article(words[j - 1])) {
            return None;
        }
        if form == Form::Participle {
            if cue.class == CueClass::Belief {
                return None;
            }
            // "after seeking to convince delegates", "despite saying he was nervous": a gerund
            // after a preposition takes the sentence's subject, as after a comma.
            let gerund = k > 0 && toks[k - 1].is_word() && lexicon::opens_gerund(words[k - 1]);
            if !after_comma && !gerund {
                // "a new poll showing Trump ahead", "a super PAC backing Bush": a participle
                // after a noun phrase that names a source speaks for it, up to the next comma;
                // "a strong showing" and "additional reporting" are nouns.
                let m = mentions::before(text, toks, j)?;
                let head = text[m.span.clone()].rsplit(' ').next().unwrap_or_default();
                let source = lexicon::is_unnamed_source_noun(head) || lexicon::is_title(head);
                if !(source || m.kind == MentionKind::Name && !lexicon::is_ing_noun(words[j])) {
                    return None;
                }
                let from = self.content_start(j, cue);
                let content = self.reported(from, self.next_comma(from), cue)?;
                let clause = m.first_token(toks).unwrap_or(j);
                return found(indirect(content, m, cue_span), clause);
            }
            let start = mentions::subject_start(text, toks)?;
            let m = mentions::subject(text, toks)?;
            let content = self.claim(self.content_start(j, cue), toks.len())?;
            return Some(Candidate { attribution: indirect(content, m, cue_span), class: cue.class, clause: start, borrows_subject: true, takes_clause: cue.takes_clause });
        }
        // `…, said Fomin.`
        if after_comma && cue.class == CueClass::Speech {
            if let Some((mut m, end)) = mentions::after(text, toks, j + 1) {
                // "…, said one source in the room.": a short phrase may close the sentence.
                let rest = &toks[end.min(toks.len())..];
                let closing_phrase = rest.first().is_some_and(|t| t.is_word() && matches!(lexicon::lower(t.text(text)).as_ref(), "in" | "at" | "on" | "of" | "for" | "with" | "from" | "close"))
                    && rest.len() <= 9
                    && rest.iter().take_while(|t| t.is_word()).count() + 1 >= rest.len();
                if closing_phrase {
                    let last_word = rest.iter().rev().find(|t| t.is_word()).map_or(m.span.end, |t| t.span.end);
                    m.span.end = last_word;
                    m.phrase.end = last_word;
                }
                if end >= toks.len() - 1 || toks[end].is_punct(',') || toks[end].is_punct('.') || closing_phrase {
                    let content = self.claim(0, j - 1)?;
                    return found(indirect(content, m, cue_span), 0);
                }
            }
        }
        // `Indiana politicians are furious and want their money back`: a verb joined to the one
        // before it shares the sentence's subject.
        if let Some(and) = self.joined_verb(j).filter(|_| form == Form::Finite) {
            let start = mentions::subject_start(text, toks).filter(|&s| s < and)?;
            let m = mentions::subject(text, toks)?;
            let (from, _) = self.clause_after_cue(j, cue)?;
            let to = if cue.takes_clause { toks.len() } else { self.next_comma(from) };
            let content = self.reported(from, to, cue)?;
            return Some(Candidate { attribution: indirect(content, m, cue_span), class: cue.class, clause: start, borrows_subject: true, takes_clause: cue.takes_clause });
        }
        // `Cruz, who said he would …`, `voters who say …`: a relative clause speaks for the
        // phrase it hangs on, and its content ends at the clause's first comma.
        if let Some((m, relative)) = self.relative_subject(j).filter(|_| cue.form == Form::Finite) {
            let (from, _) = self.clause_after_cue(j, cue)?;
            let content = self.claim(from, self.next_comma(from))?;
            return found(indirect(content, m, cue_span), relative);
        }
        // The clause's whole subject, or else the phrase right before the cue.
        let clause = self.clause_start(j, cue.class)?;
        // `Pressed by reporters, Trump said …`: an introduction of any kind ends at the last
        // comma before the subject, when a reported clause follows the cue.
        let subject = mentions::whole_subject(text, toks, clause, j).or_else(|| {
            let comma = (clause..j).rev().find(|&k| toks[k].is_punct(','))?;
            let time = toks.get(j + 1).is_some_and(|t| t.is_word() && lexicon::is_time_word(t.text(text)));
            let (from, _) = self.clause_after_cue(j, cue).filter(|_| !time)?;
            self.claim(from, toks.len())?;
            mentions::whole_subject(text, toks, comma + 1, j)
        });
        let opener = subject.is_some();
        let m = subject.or_else(|| mentions::before(text, toks, j))?;
        let np_first = m.first_token(toks).unwrap_or(0);
        // `The museum, Mr. Bush said, celebrated …`: the attribution is a parenthesis.
        let closes_parenthesis = toks.get(j + 1).is_some_and(|t| t.is_punct(','));
        if np_first > 1 && toks[np_first - 1].is_punct(',') && closes_parenthesis && cue.class == CueClass::Speech {
            if let (Some(before), Some(after)) = (self.claim(0, np_first - 1), self.claim(j + 2, toks.len())) {
                let attribution = Attribution { kind: QuoteKind::Indirect, parts: vec![before, after], mention: Some(m), cue: Some(cue_span), follows: None };
                return found(attribution, 0);
            }
        }
        if np_first > 0 && toks[np_first - 1].is_punct(',') && !opener {
            // `…, X said (Friday).`
            let rest_has_that = toks[j + 1..].iter().any(|t| t.text(text).eq_ignore_ascii_case("that"));
            // "…, records show." too, not a belief ("…, many fear").
            if cue.class == CueClass::Belief || rest_has_that {
                return None;
            }
            let content = self.claim(0, np_first - 1)?;
            return found(indirect(content, m, cue_span), 0);
        }
        // `X said (that) …`; mid-clause only with "that", which marks the reported clause.
        let (from, has_that) = self.clause_after_cue(j, cue)?;
        if !opener && !(has_that && cue.class != CueClass::Belief) {
            return None;
        }
        // A verb that names a thing reports it up to the first comma ("criticized the delay,
        // even suggesting …"); a verb of saying reports the rest of the clause.
        let to = if cue.takes_clause { toks.len() } else { self.next_comma(from) };
        let content = self.reported(from, to, cue)?;
        found(indirect(content, m, cue_span), np_first)
    }

    /// The token where the reported clause after the cue at token `j` starts, and whether
    /// "that" opens it; None when no clause follows ("said in May.", "said no to it").
    fn clause_after_cue(&self, j: usize, cue: lexicon::Cue) -> Option<(usize, bool)> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        if self.particle_after(j, cue) {
            return Some((j + 2, false));
        }
        let from = skip_that(text, toks, j + 1, cue.takes_object);
        let has_that = from > j + 1 && words[from - 1].eq_ignore_ascii_case("that");
        let next = words.get(from).map(|w| lexicon::lower(w));
        let infinitive = next.as_deref() == Some("to")
            && words.get(from + 1).is_some_and(|w| w.chars().all(char::is_lowercase) && !lexicon::is_determiner(w));
        // "said it would", not "said it again": "it" opens a clause when a verb follows.
        let it_clause = next.as_deref() == Some("it") && words.get(from + 1).is_some_and(|w| is_finite_verb(w));
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
            || next.as_deref().is_some_and(|w| !matches!(w, "in" | "at" | "on" | "to" | "during" | "after" | "before" | "for" | "with" | "by" | "from" | "about" | "of" | "it" | "so" | "as" | "." | "," | "and" | "but" | "no" | "yes" | "nothing" | "something" | "goodbye" | "hello" | "sorry" | "thanks"))
            // "said no decision had been made", not "said no to the deal" or "said no.".
            || next.as_deref() == Some("no") && toks.get(from + 1).is_some_and(|t| t.is_word() && !words[from + 1].eq_ignore_ascii_case("to"));
        if starts_clause {
            return Some((from, has_that));
        }
        // "said after the convention he would …": a circumstance, then the clause.
        let k = clause_after_circumstance(text, toks, from).filter(|_| cue.class == CueClass::Speech)?;
        Some((k, false))
    }

    /// Whether the cue at token `j` reports through the preposition after it ("called for").
    fn particle_after(&self, j: usize, cue: lexicon::Cue) -> bool {
        self.words.get(j + 1).is_some_and(|w| cue.particles.contains(&lexicon::lower(w).as_ref()))
    }

    /// Where the content of the cue at token `j` starts: after its preposition, or past its
    /// listener, circumstance and "that".
    fn content_start(&self, j: usize, cue: lexicon::Cue) -> usize {
        if self.particle_after(j, cue) { j + 2 } else { skip_that(self.text, self.toks, j + 1, cue.takes_object) }
    }

    /// The subject of a cue at token `j` that opens a relative clause ("who said", "which
    /// found"): the relative word as written, standing for the phrase before it, and its token.
    fn relative_subject(&self, j: usize) -> Option<(Mention, usize)> {
        let (text, toks, words) = (self.text, self.toks, self.words);
        let mut k = j;
        while k > 0 && toks[k - 1].is_word() && lexicon::is_cue_modifier(words[k - 1]) {
            // "who was considered", "who is challenging": a passive or a progressive there is
            // rarely a claim.
            if matches!(lexicon::lower(words[k - 1]).as_ref(), "is" | "are" | "was" | "were" | "been" | "be") {
                return None;
            }
            k -= 1;
        }
        let relative = k.checked_sub(1)?;
        // "who's called for": the relative without its auxiliary.
        let word = lexicon::without_auxiliary(words[relative]);
        if !lexicon::is_relative_pronoun(word) {
            return None;
        }
        // "Cruz, who": the phrase closes at the comma.
        let end = if relative > 0 && toks[relative - 1].is_punct(',') { relative - 1 } else { relative };
        let span = toks[relative].span.start..toks[relative].span.start + word.len();
        let m = match mentions::before(text, toks, end) {
            Some(antecedent) => Mention { span: span.clone(), phrase: span, ..antecedent },
            None => Mention {
                span: span.clone(),
                phrase: span,
                kind: MentionKind::Description,
                name: None,
                description: None,
            },
        };
        Some((m, relative))
    }

    /// The "and" or "but" that joins the verb at token `j` to a verb before it ("are furious
    /// and want"), with no subject of its own between.
    fn joined_verb(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k > 0 && self.toks[k - 1].is_word() && lexicon::is_cue_modifier(self.words[k - 1]) {
            k -= 1;
        }
        let and = k.checked_sub(1)?;
        matches!(lexicon::lower(self.words[and]).as_ref(), "and" | "but").then_some(and)
    }

    /// The first comma at or after token `from`, or the sentence's end.
    fn next_comma(&self, from: usize) -> usize {
        (from..self.toks.len()).find(|&k| self.toks[k].is_punct(',')).unwrap_or(self.toks.len())
    }

    /// Where the clause of the cue at token `j` starts: after the nearest join or
    /// subordinating word before it ("…, and Republicans want", "because Trump wants",
    /// "where experts say", and for a finding "as polls show"), or at the sentence's subject.
    fn clause_start(&self, j: usize, class: CueClass) -> Option<usize> {
        let (text, toks) = (self.text, self.toks);
        let boundary = (0..j).rev().take(16).find(|&k| {
            let t = &toks[k];
            if !t.is_word() {
                // "… on Friday: Republicans said": a colon ends the clause before it.
                return t.is_punct(';') || t.is_punct('\u{2014}') || t.is_punct(':');
            }
            let w = lexicon::lower(t.text(text));
            matches!(w.as_ref(), "because" | "although" | "though" | "where" | "whereas" | "while" | "when" | "if" | "unless")
                || w == "as" && class == CueClass::Finding
                || matches!(w.as_ref(), "and" | "but") && k > 0 && toks[k - 1].is_punct(',')
        });
        // "If anything, experts say": a subordinate clause that opens the sentence and ends at a
        // comma is an introduction; the subject comes after it.
        let introduction = |k: usize| {
            toks[k].is_word() && toks[..k].iter().all(|t| t.is_word() && lexicon::is_connective(t.text(text))) && toks[k + 1..j].iter().any(|t| t.is_punct(','))
        };
        match boundary {
            Some(k) if !introduction(k) => Some(k + 1),
            _ => mentions::subject_start(text, toks),
        }
    }
}

fn indirect(content: Span, mention: Mention, cue: Span) -> Attribution {
    Attribution { kind: QuoteKind::Indirect, parts: vec![content], mention: Some(mention), cue: Some(cue), follows: None }
}

/// The end of a claim, without a sentence's final period.
pub fn trim_end_punct(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ".;:,".contains(c));
    start + t.len()
}

/// "Clinton's", "the party's": a possessive, not a contraction of "is" or "has" ("he's",
/// "that's").
fn is_possessive(word: &str) -> bool {
    let Some(owner) = word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s")) else { return false };
    lexicon::pronoun(owner).is_none()
        && !matches!(lexicon::lower(owner).as_ref(), "who" | "that" | "there" | "what" | "here" | "where")
}

/// Words that can follow a subject as its verb: auxiliaries and modals, or a verb form
/// ending in -s or -ed.
fn is_finite_verb(word: &str) -> bool {
    let w = lexicon::lower(word);
    matches!(w.as_ref(), "is" | "was" | "has" | "had" | "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must" | "did" | "does" | "wasn't" | "isn't" | "won't" | "wouldn't" | "didn't" | "doesn't")
        || (w.len() > 3 && w.chars().all(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")))
}

/// After a prepositional phrase that opens a reported clause ("after the convention he
/// would"): the token where the clause's pronoun subject stands, if one follows within a few
/// words with a verb after it.
fn clause_after_circumstance(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let first = toks.get(from)?.text(text);
    if !matches!(lexicon::lower(first).as_ref(), "in" | "at" | "on" | "during" | "after" | "before" | "for" | "with" | "by" | "from") {
        return None;
    }
    (from + 2..(from + 8).min(toks.len())).take_while(|&k| toks[k].is_word()).find(|&k| {
        matches!(lexicon::pronoun(toks[k].text(text)), Some(p) if p != lexicon::Pronoun::It)
            && toks.get(k + 1).is_some_and(|t| t.is_word() && is_finite_verb(t.text(text)))
    })
}

/// Where a reported clause starts after its cue: past a listener ("told reporters"), a
/// circumstance ("Friday", "in a statement") and "that".
fn skip_that(text: &str, toks: &[Token], from: usize, takes_object: bool) -> usize {
    let limit = (from + 14).min(toks.len());
    if let Some(k) = (from..limit).find(|&k| toks[k].text(text).eq_ignore_ascii_case("that")) {
        // Only when the words before "that" are circumstance, not content ("said the plan that …").
        let before: Vec<&str> = toks[from..k].iter().map(|t| t.text(text)).collect();
        if before.len() <= 10 && !before.iter().any(|w| lexicon::cue(w).is_some()) {
            return k + 1;
        }
    }
    let mut k = from;
    if takes_object {
        while k < toks.len() && k < from + 4 && toks[k].is_word() && lexicon::is_object_word(toks[k].text(text)) {
            k += 1;
        }
    }
    while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
        k += 1;
    }
    k
}
