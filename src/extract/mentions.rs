//! Noun phrases that name a speaker: found by walking back from a cue ("… Fomin said"),
//! forward from it ("said Alexander Fomin"), or at a sentence's start (the subject that a
//! participle cue such as "saying" takes). A mention tells what kind of phrase it is: a name
//! (with any title before it split off), a pronoun, or a description ("the deputy defense
//! minister", "officials").

use super::lexicon::{self, Pronoun};
use super::reported;
use super::tokens::{Kind, Token, dash_ending_at, is_capitalized, is_dash, without_possessive};
use crate::model::Span;

/// A phrase that names (or stands for) a speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The words as written at the attribution.
    pub span: Span,
    /// The whole phrase, with any appositive around the name ("the study's lead author,
    /// hydrologist Tomas Berg").
    pub phrase: Span,
    pub kind: MentionKind,
    /// For names: the name without its title ("Alexander Fomin").
    pub name: Option<Span>,
    /// Titles, roles and appositives said of the speaker here ("russian deputy defense minister").
    pub description: Option<String>,
}

impl Mention {
    /// The index of the token its phrase starts at.
    pub fn first_token(&self, toks: &[Token]) -> Option<usize> {
        toks.iter().position(|t| t.span.start == self.phrase.start)
    }
}

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name of a person or organisation.
    Name,
    Pronoun(Pronoun),
    /// A common noun phrase: "the deputy defense minister", "a source", "officials".
    Description,
}

/// Capitalised words that start sentences but are not names (prepositions and wh- words too:
/// "Despite Rubio's record" and "Whether Cruz runs" register no "Despite Rubio" or "Whether Cruz";
/// so do the verbs that open a question, "Is Sanders …?").
fn is_capitalized_function_word(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new(&[
        "yesterday", "today", "tonight", "now", "still", "meanwhile", "later", "earlier", "then", "also", "instead",
        "indeed", "separately", "additionally", "moreover", "last", "this", "that", "on", "in", "at", "but", "and",
        "so", "yet", "however", "when", "while", "if", "as", "after", "before", "since", "though", "although",
        "because", "there", "here", "what", "why", "how", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "it", "its", "for", "with", "without", "by", "from", "to", "of", "or", "nor", "not",
        "even", "just", "only", "asked", "speaking", "writing", "according", "said", "says", "told", "unlike", "like",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "once", "about", "outside", "inside", "absent", "despite", "amid", "during", "until", "unless",
        "throughout", "beyond", "ever", "whatever", "whenever", "wherever", "whether", "where", "such", "neither",
        "maybe", "who", "given", "beneath", "behind", "below", "above", "beside",
        // Things, not people ("Everyone" and "Nobody" are subjects that speak).
        "everything", "nothing", "anything", "something",
        // The verb that opens a question or an inverted condition: "Had Sanders won …", "Did
        // Trump say …?" ("Will" and "Can" are also first names).
        "had", "has", "have", "were", "should", "did", "does", "do", "is", "was", "would", "could",
    ]);
    SET.contains(word)
}

/// A capitalised word that opens a sentence without naming anyone: a function word, a
/// participle of speech ("Citing …", "Adding, …"), "Having" or "Besides" before a participle,
/// or an adverb of manner ("Essentially, …"), whose endings no name has.
fn is_opener_not_name(word: &str) -> bool {
    is_capitalized_function_word(word) || opens_without_naming(word)
}

/// The openers of `is_opener_not_name` that are no function word: a participle of speech,
/// "Having", "Besides" or an adverb by its ending, which no clause takes as its subject.
fn opens_without_naming(word: &str) -> bool {
    // Cheap first, as `classify` asks at every phrase: each of these has six letters or more.
    if word.len() < 6 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let participle = word.ends_with("ing") && lexicon::cue(word).is_some_and(|c| c.form == lexicon::Form::Participle);
    participle || is_adverb_by_ending(word) || matches!(word, "Having" | "Besides")
}

/// An adverb of manner or comment, by an ending (in lower case) that no name has
/// ("Essentially", "Apparently", "Unfortunately", "Interestingly", "Reportedly", "Ironically",
/// "Additionally", "Hopefully", "Effectively", "Arguably", "Possibly").
fn is_adverb_by_ending(word: &str) -> bool {
    word.ends_with("ly")
        && [
            "ially", "ently", "antly", "ously", "ately", "ually", "ingly", "edly", "ically", "ionally", "fully",
            "ively", "ably", "ibly",
        ]
        .iter()
        .any(|s| word.ends_with(s))
}

/// "Running counter to …", "Courted by …, Baker said", "Don't blame …": a mention of one
/// word that opens its sentence and is a verb form names no one. The form is a negative
/// contraction, or a word of six letters or more ending in -ing or -ed that is no first name,
/// where the text around does not name someone so mid-sentence ("Anne Fleming runs the pier.
/// Fleming said …").
pub fn is_opening_verb_form(text: &str, toks: &[Token], m: &Mention) -> bool {
    let word = &text[m.span.clone()];
    let contraction = word.ends_with("n't") || word.ends_with("n\u{2019}t");
    let verb_shape = word.len() >= 6
        && (word.ends_with("ing") || word.ends_with("ed"))
        && word.starts_with(|c: char| c.is_ascii_uppercase());
    if !(contraction || verb_shape) {
        return false;
    }
    let Some(i) = m.first_token(toks).filter(|&i| toks[i].span == m.span) else {
        return false;
    };
    let opens_sentence = i == 0 || toks[i - 1].opens_quotation() || toks[i - 1].is_punct('(');
    opens_sentence
        && (contraction || lexicon::first_name_gender(word).is_none() && !named_mid_sentence(text, word, m.span.start))
}

/// Whether `word` stands in a sentence's midst (after a word or a comma) within a few
/// paragraphs of `at`, capitalised as a name is: looked for only that near, so that an article
/// of many such sentences is not read whole at each.
fn named_mid_sentence(text: &str, word: &str, at: usize) -> bool {
    const NEAR: usize = 8_000;
    let bytes = text.as_bytes();
    let from = at.saturating_sub(NEAR);
    let to = (at + NEAR).min(bytes.len());
    memchr::memmem::find_iter(&bytes[from..to], word.as_bytes()).map(|i| from + i).any(|i| {
        let ends_word = bytes.get(i + word.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
        let before = bytes[..i].iter().rev().find(|b| !b.is_ascii_whitespace());
        let mid_sentence =
            i > 0 && bytes[i - 1] == b' ' && before.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b',');
        i != at && ends_word && mid_sentence
    })
}

/// The "(" that opens the short parenthesis closing at token `close` after a name, a party
/// label ("Rep. Trey Gowdy (R-S.C.)"), within a few tokens and not before token `from`.
fn label_open(toks: &[Token], from: usize, close: usize) -> Option<usize> {
    (close.saturating_sub(7).max(from)..close).rev().find(|&i| toks[i].is_punct('('))
}

/// Whether a line break stands between two tokens, as between a live blog's heading and the
/// post under it: a phrase that names someone does not go on over one ("CNN's Fault" above
/// "Ted Cruz said …" is no part of his name).
fn on_another_line(text: &str, before: &Token, after: &Token) -> bool {
    text.as_bytes().get(before.span.end..after.span.start).is_some_and(|gap| gap.contains(&b'\n'))
}

/// The mention that ends just before token `end` (exclusive), skipping words such as "has
/// also" that may stand between a speaker and the cue.
pub fn before(text: &str, toks: &[Token], end: usize) -> Option<Mention> {
    let mut end = end;
    while end > 0 && toks[end - 1].is_word() && modifies_cue(text, toks, end - 1) {
        end -= 1;
    }
    let end = before_time_phrase(text, toks, end);
    if end == 0 {
        return None;
    }
    let last = &toks[end - 1];
    if last.is_punct(',') {
        return labelled_before_stray_comma(text, toks, end - 1).or_else(|| appositive(text, toks, end - 1));
    }
    if last.is_punct(')') {
        // "Rep. Trey Gowdy (R-S.C.) said": the parenthesis belongs to the mention.
        let open = label_open(toks, 0, end - 1)?;
        let mut m = before(text, toks, open)?;
        m.span.end = last.span.end;
        m.phrase.end = last.span.end;
        return Some(m);
    }
    if !last.is_word() {
        return None;
    }
    // "he's sought", "they're asking": the pronoun without its auxiliary.
    let bare = lexicon::without_auxiliary(last.text(text));
    if let Some(p) = lexicon::pronoun(bare) {
        let span = last.span.start..last.span.start + bare.len();
        return Some(Mention {
            span: span.clone(),
            phrase: span,
            kind: MentionKind::Pronoun(p),
            name: None,
            description: None,
        });
    }
    let mut start = end - 1;
    let max_words = 9;
    while start > 0 && end - start < max_words {
        let prev = &toks[start - 1];
        if on_another_line(text, prev, &toks[start]) {
            break;
        }
        if !prev.is_word() {
            // `Marcia "Cia" Price said`: past the nickname to the first name before it.
            match nickname_before(text, toks, start - 1) {
                Some(open) => {
                    start = open;
                    continue;
                }
                None => break,
            }
        }
        let w = prev.text(text);
        if lexicon::is_determiner(w) {
            start -= 1;
            // "her top aide", "the two senators": an article before a determiner that counts
            // or ranks opens the phrase.
            if !lexicon::is_article(w) && start > 0 && toks[start - 1].is_word() {
                start -= usize::from(lexicon::is_article(toks[start - 1].text(text)));
            }
            break;
        }
        let joins_names = (w == "of" || w == "for" || w == "&")
            && start >= 2
            && toks[start - 2].is_word()
            && toks[start - 2].starts_capitalized(text)
            && toks[start].starts_capitalized(text);
        let verb = lexicon::cue(w).is_some_and(|c| !c.bare) && !is_capitalized(w);
        if lexicon::is_phrase_breaker(w) && !joins_names || verb {
            break;
        }
        start -= 1;
    }
    // "Protesters marching through the streets chanted": the object of a participle's phrase
    // is no subject; the noun the participle follows is.
    if let Some(subject) = subject_before_participle(text, toks, start) {
        return Some(subject);
    }
    classify(text, toks, start, end)
}

/// "Sen. Jack Reed (D-R.I.), said", "After winning the primary, Gov. John Kasich (R-Ohio),
/// said": a name that opens the sentence or follows a comma and is closed by a party label,
/// with a stray comma after the label, is the mention before the comma at `comma`; it is no
/// appositive of the phrase before it, unless that phrase is a description that opens its
/// own clause ("Another former lawmaker, Sen. Joe Lieberman (I-Conn.), said").
fn labelled_before_stray_comma(text: &str, toks: &[Token], comma: usize) -> Option<Mention> {
    let close = comma.checked_sub(1).filter(|&c| toks[c].is_punct(')'))?;
    let m = before(text, toks, close + 1).filter(|m| m.kind == MentionKind::Name)?;
    // Not after a conjunction: "a poll, conducted with A and B (R), shows" is the poll's.
    let first = m.first_token(toks).filter(|&f| opens_after_punctuation(toks, f))?;
    let apposed = first > 0
        && toks[first - 1].is_punct(',')
        && before(text, toks, first - 1)
            .is_some_and(|outer| outer.kind == MentionKind::Description && opens_clause(text, toks, &outer));
    (!apposed).then_some(m)
}

/// Whether the word at token `k` qualifies the cue after it, not its subject: an adverb or
/// auxiliary ("has also said"), or "both" or "each" after a joint subject ("Clinton and Sanders
/// both said"; alone, "Both said", "and each vowed", it is the subject).
fn modifies_cue(text: &str, toks: &[Token], k: usize) -> bool {
    let word = toks[k].text(text);
    if lexicon::is_subject_quantifier(word) {
        let prev = k.checked_sub(1).map(|p| &toks[p]).filter(|t| t.is_word());
        return prev.is_some_and(|t| !lexicon::is_phrase_breaker(&lexicon::lower(t.text(text))));
    }
    lexicon::is_cue_modifier(word)
}

/// Words in "-ing" that are nouns or prepositions, not participles ("a town hall meeting in
/// Ohio", "according to").
fn is_noun_in_ing(word: &str) -> bool {
    matches!(
        word,
        "according"
            | "meeting"
            | "hearing"
            | "briefing"
            | "building"
            | "morning"
            | "evening"
            | "gathering"
            | "ruling"
            | "funding"
            | "spending"
            | "polling"
            | "wedding"
            | "thing"
            | "something"
            | "anything"
            | "nothing"
            | "everything"
            | "during"
    )
}

/// The subject before a participle and its preposition that stand just before token `start`
/// ("a source speaking to Fox News said" → "a source"), if a noun phrase ends there.
fn subject_before_participle(text: &str, toks: &[Token], start: usize) -> Option<Mention> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    // Cheap first: most phrases follow no such preposition.
    let preposition = word(start.checked_sub(1)?)?;
    if !matches!(
        preposition,
        "to" | "in" | "on" | "at" | "with" | "from" | "through" | "into" | "outside" | "near" | "across" | "along"
    ) {
        return None;
    }
    let participle = word(start.checked_sub(2)?)?;
    let is_participle = participle.ends_with("ing")
        && participle.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_noun_in_ing(participle);
    if !is_participle || word(start.checked_sub(3)?).is_none() {
        return None;
    }
    before(text, toks, start - 2).filter(|m| !matches!(m.kind, MentionKind::Pronoun(_)))
}

/// Where a time said between a subject and its cue starts ("Trump on Tuesday said", "Priebus
/// later Thursday told", "Trump at the time said", "the board last week found", "Smith Sunday
/// night recounted", "the department two weeks ago said", "Jones a month later announced",
/// "X, the chairman, this past week announced"), or `end` when none ends there. A time after
/// a participle belongs to its phrase ("a poll released Sunday found").
fn before_time_phrase(text: &str, toks: &[Token], end: usize) -> usize {
    let word = |k: usize| lexicon::lower(toks[k].text(text));
    let is =
        |k: Option<usize>, words: &[&str]| k.is_some_and(|k| toks[k].is_word() && words.contains(&word(k).as_ref()));
    let Some(last) = end.checked_sub(1) else { return end };
    // Cheap first, as every subject asks: a capitalised word ends a time only as a day's name.
    let raw = toks[last].text(text);
    if raw.starts_with(|c: char| c.is_ascii_uppercase()) && !raw.ends_with("day") {
        return end;
    }
    let w = word(last);
    let before_last = last.checked_sub(1);
    let mut start = if lexicon::is_day(&w) {
        last
    } else if lexicon::is_part_of_day(&w)
        && before_last.is_some_and(|k| lexicon::is_day(&word(k)) || is(Some(k), &["last", "this"]))
    {
        last - 1
    } else if matches!(w.as_ref(), "week" | "month" | "year" | "weekend") && is(before_last, &["last", "this", "past"])
    {
        // "this past week": the determiner before "past" too.
        last - 1 - usize::from(is(before_last, &["past"]) && is(last.checked_sub(2), &["this", "the"]))
    } else if w == "ago" || toks.get(end).is_some_and(|t| matches!(t.text(text), "later" | "earlier")) {
        // "two weeks ago", "a month later" (the cue's modifiers, "later", are already passed).
        let unit = if w == "ago" { before_last } else { Some(last) };
        match unit.and_then(|u| amount_of_time_start(text, toks, u)) {
            Some(s) => s,
            None => return end,
        }
    } else if w == "time" && is(before_last, &["the"]) && is(last.checked_sub(2), &["at"]) {
        last - 2
    } else {
        return end;
    };
    if is(start.checked_sub(1), &["on", "earlier", "later", "late", "early", "just", "only"]) {
        start -= 1;
    }
    let subject_end = start.checked_sub(1).filter(|&k| toks[k].is_word() || toks[k].is_punct(','));
    let phrase_of_participle = is(subject_end, &["released", "conducted", "taken", "published", "issued", "out"]);
    if subject_end.is_none() || phrase_of_participle { end } else { start }
}

/// Where an amount of time whose unit is token `unit` starts: "two weeks", "a month", "less
/// than three years", "a few days"; `None` when the unit has no amount before it.
fn amount_of_time_start(text: &str, toks: &[Token], unit: usize) -> Option<usize> {
    let word = |k: usize| toks[k].is_word().then(|| lexicon::lower(toks[k].text(text)));
    let u = word(unit)?;
    if !matches!(u.trim_end_matches('s'), "minute" | "hour" | "day" | "week" | "month" | "year" | "decade") {
        return None;
    }
    let amount = unit.checked_sub(1)?;
    let a = word(amount)?;
    let counted = a.starts_with(|c: char| c.is_ascii_digit())
        || matches!(a.as_ref(), "a" | "an" | "one" | "two" | "three" | "several" | "few" | "many")
        || is_quantity(&a);
    if !counted {
        return None;
    }
    let mut start = amount;
    // "a few days", "less than two weeks", "more than a year".
    if a == "few" && start > 0 && word(start - 1).is_some_and(|w| w == "a") {
        start -= 1;
    }
    if start >= 2
        && word(start - 1).is_some_and(|w| w == "than")
        && word(start - 2).is_some_and(|w| matches!(w.as_ref(), "less" | "more"))
    {
        start -= 2;
    }
    if start > 0 && word(start - 1).is_some_and(|w| matches!(w.as_ref(), "about" | "nearly" | "almost" | "roughly")) {
        start -= 1;
    }
    Some(start)
}

/// The subject of a cue at token `j` that opens a relative clause ("who said", "which found",
/// "who has called for"): the relative word as written, standing for the phrase before it, and
/// its token.
pub fn relative(text: &str, toks: &[Token], j: usize) -> Option<(Mention, usize)> {
    let mut k = j;
    while k > 0 && toks[k - 1].is_word() && lexicon::is_cue_modifier(toks[k - 1].text(text)) {
        // "who was considered", "who is challenging": a passive or a progressive there is
        // rarely a claim.
        if matches!(lexicon::lower(toks[k - 1].text(text)).as_ref(), "is" | "are" | "was" | "were" | "been" | "be") {
            return None;
        }
        k -= 1;
    }
    // "who in 2010 said", "who on Friday said", "who last week said": a time before the cue.
    let before_time = before_time_phrase(text, toks, k);
    let year = |t: &Token| t.is_word() && t.span.len() == 4 && t.text(text).bytes().all(|b| b.is_ascii_digit());
    let time_start = if before_time < k { Some(before_time) } else { k.checked_sub(1).filter(|&y| year(&toks[y])) };
    if let Some(start) = time_start {
        let preposition = start.checked_sub(1).filter(|&p| matches!(toks[p].text(text), "in" | "on"));
        let from = preposition.unwrap_or(start);
        if from > 0 && lexicon::is_relative_pronoun(toks[from - 1].text(text)) {
            k = from;
        }
    }
    relative_word(text, toks, k.checked_sub(1)?)
}

/// "Beck, who has in the past described …", "McConnell, who has endorsed Trump and criticized
/// …", "the candidate who launched his campaign by declaring …": the relative clause that
/// holds the cue at token `j` when no punctuation stands between its "who" or "which" and the
/// cue, as `relative` reads it (a clause after its comma is the main clause's again); with
/// `aside`, only a clause set off by a comma or dash ("mothers who have lost children and said"
/// may be the main clause's verb again). A "who" after a preposition or a verb ("questions on
/// who") asks a question.
pub fn relative_holding(text: &str, toks: &[Token], j: usize, aside: bool) -> Option<(Mention, usize)> {
    let k = (j.saturating_sub(20)..j)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| matches!(toks[k].text(text), "who" | "which"))?;
    let prev = toks.get(k.checked_sub(1)?)?;
    let set_off = prev.is_punct(',') || is_dash(toks, k - 1);
    let w = prev.text(text);
    let asks = prev.is_word() && (lexicon::opens_introduction(w) || lexicon::cue(w).is_some() || w.ends_with("ed"));
    if asks || aside && !set_off {
        return None;
    }
    relative_word(text, toks, k)
}

/// The mention that the relative word at token `relative` stands for, as written, and the
/// token that opens it: the relative word, or the part of a group before "of whom" ("many of
/// whom say": a part of the group speaks, named by no one phrase before it, "Herring and
/// Howard at the University of Virginia, both of whom").
fn relative_word(text: &str, toks: &[Token], relative: usize) -> Option<(Mention, usize)> {
    // "who's called for": the relative without its auxiliary.
    let word = lexicon::without_auxiliary(toks[relative].text(text));
    let of_whom = relative >= 2
        && matches!(lexicon::lower(word).as_ref(), "whom" | "which")
        && toks[relative - 1].text(text) == "of"
        && lexicon::is_partitive(toks[relative - 2].text(text));
    let (relative, span) = if of_whom {
        (relative - 2, toks[relative - 2].span.start..toks[relative].span.end)
    } else if lexicon::is_relative_pronoun(word) {
        (relative, toks[relative].span.start..toks[relative].span.start + word.len())
    } else {
        return None;
    };
    // "Cruz, who", "Clinton — who", "Trump -- who": the phrase closes at the comma or dash.
    let end = match relative.checked_sub(1) {
        Some(p) if toks[p].is_punct(',') || toks[p].is_punct('(') => p,
        Some(p) => dash_ending_at(toks, p).unwrap_or(relative),
        None => relative,
    };
    let m = match before(text, toks, end).filter(|_| !of_whom) {
        Some(antecedent) => {
            let mut antecedent = name_before_description(text, toks, &antecedent, end).unwrap_or(antecedent);
            // "one former executive who": someone new, whom the words of the description must
            // not match to a person met before.
            if is_indefinite(text, &antecedent) {
                antecedent.description = None;
            }
            Mention { span: span.clone(), phrase: span, ..antecedent }
        }
        None => {
            Mention { span: span.clone(), phrase: span, kind: MentionKind::Description, name: None, description: None }
        }
    };
    Some((m, relative))
}

/// Whether a description opens with a word that introduces someone ("a campaign spokesman",
/// "one former executive", "another supporter"): someone not met before, whoever else the text
/// has described in the same words.
pub fn is_indefinite(text: &str, m: &Mention) -> bool {
    m.kind == MentionKind::Description
        && text[m.span.clone()].split_whitespace().next().is_some_and(lexicon::is_indefinite)
}

/// "Scott Reed, the chamber's chief strategist, who …", "Ronnie Cameron, an Arkansas poultry
/// magnate who …": a relative's antecedent read as a description (ending before token `end`)
/// that stands in apposition after a name is that name's, with the description said of it. Not
/// a plural ("Gloria Major, African American women who"), of whom the name is one, nor a name
/// after a preposition ("In Ohio, the senator who"), which is no one.
fn name_before_description(text: &str, toks: &[Token], described: &Mention, end: usize) -> Option<Mention> {
    let first = described.first_token(toks).filter(|_| described.kind == MentionKind::Description)?;
    let comma = first.checked_sub(1).filter(|&c| c > 0 && toks[c].is_punct(','))?;
    let head = toks[end - 1].text(text);
    if is_plural(head) || reported::is_irregular_plural(head) {
        return None;
    }
    let named =
        before(text, toks, comma).filter(|m| m.kind == MentionKind::Name && !after_preposition(text, toks, m))?;
    named_beside_appositive(text, toks, comma, end, named)
}

/// "Ryan will meet Trump, Spicer said, adding …": the speaker of the attribution that closes
/// the clause before the comma at token `comma` (its cue of speech right before the comma, or
/// a day and a phrase of where or when between them: "said Tuesday in Paris"), who goes on to
/// speak in the participle after the comma.
pub fn speaker_of_closing_cue(text: &str, toks: &[Token], comma: usize) -> Option<Mention> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let mut cue = comma.checked_sub(1)?;
    // The phrase opens at the first preposition of the words back to the cue.
    if let Some(phrase) = (cue.saturating_sub(PLACE_PHRASE_WORDS)..=cue)
        .rev()
        .map_while(|k| word(k).filter(|&w| !ends_place_phrase(w)).map(|w| (k, w)))
        .filter(|&(_, w)| opens_place_phrase(w))
        .last()
    {
        cue = phrase.0.checked_sub(1)?;
    }
    if word(cue).is_some_and(|w| lexicon::is_day(&lexicon::lower(w))) {
        cue = cue.checked_sub(1)?;
    }
    let speech = word(cue)
        .and_then(|w| lexicon::cue_at(w, cue))
        .is_some_and(|c| c.class == lexicon::CueClass::Speech && c.form == lexicon::Form::Finite);
    // "Trump's comments, telling …": after a possessive or a determiner the form is a noun.
    let noun =
        cue.checked_sub(1).and_then(word).is_some_and(|w| reported::is_possessive(w) || lexicon::is_determiner(w));
    if !speech || noun {
        return None;
    }
    before(text, toks, cue).filter(|m| opens_clause(text, toks, m))
}

/// The most words a phrase of where or when after a closing cue holds ("at a rally in Des
/// Moines").
const PLACE_PHRASE_WORDS: usize = 7;

/// A preposition that opens a phrase of where or when after a cue ("said in Paris", "said at
/// the pier", "said on Tuesday", "said during a debate").
fn opens_place_phrase(word: &str) -> bool {
    matches!(word, "in" | "at" | "on" | "during")
}

/// A word that no phrase of place or time holds: a cue (where the phrase starts), or a verb or
/// a clause's opener, which make the words after a cue its reported clause ("said in May the
/// toll would stay").
fn ends_place_phrase(word: &str) -> bool {
    word == "that" || reported::is_auxiliary(&lexicon::lower(word)) || lexicon::cue(word).is_some()
}

/// Whether "with" stands right before token `first`: the phrase there is the own subject of a
/// participle after it ("ended with Maddow asking …", "with many marchers chanting …"), not
/// an object the clause's subject speaks through.
pub fn after_with(text: &str, toks: &[Token], first: usize) -> bool {
    first.checked_sub(1).is_some_and(|k| toks[k].is_word() && toks[k].text(text).eq_ignore_ascii_case("with"))
}

/// The possessive pronoun right before token `j`, which makes the cue there a noun whose
/// speaker it names: "her remark that …", "their claim that …".
pub fn possessor(text: &str, toks: &[Token], j: usize) -> Option<Mention> {
    let t = toks.get(j.checked_sub(1)?).filter(|t| t.is_word())?;
    let p = lexicon::possessive_pronoun(t.text(text))?;
    Some(Mention {
        span: t.span.clone(),
        phrase: t.span.clone(),
        kind: MentionKind::Pronoun(p),
        name: None,
        description: None,
    })
}

/// "Name, appositive, said": the comma at `comma` closes an appositive; the name stands
/// before its opening comma.
fn appositive(text: &str, toks: &[Token], comma: usize) -> Option<Mention> {
    let mut opens = (comma.saturating_sub(30)..comma).rev().filter(|&i| toks[i].is_punct(','));
    let nearest = opens.next()?;
    // "The mayor, speaking at City Hall, said", "Smith, whose firm, Acme, makes tools, said":
    // an aside that a participle or a subordinator opens names no one, nor does a relative
    // clause with commas of its own; the speaker stands before it. (A relative clause right
    // before the cue is read as an appositive: "Ms. A, a spokeswoman for B, which …, said".)
    let nearest_aside = aside_at(text, toks, nearest + 1).filter(|&a| a != Aside::Relative).map(|_| nearest);
    let relative = opens.clone().take(2).filter(|&o| aside_at(text, toks, o + 1) == Some(Aside::Relative));
    if let Some(open) = relative.last().or(nearest_aside) {
        // "Jeb Bush, the former governor, who …", "a spokeswoman for the Acme Group, which …":
        // the aside follows an appositive, whose name opens the clause.
        let (m, _) = speaker_before_aside(text, toks, open)?;
        if aside_at(text, toks, open + 1) != Some(Aside::Qualifier) || m.kind != MentionKind::Description {
            return Some(m);
        }
        // A participle qualifies a description, and is written as its part ("The survey,
        // conducted by the institute, finds"); a name needs no more.
        let span = m.phrase.start..toks[comma - 1].span.end;
        return Some(Mention { span: span.clone(), phrase: span, ..m });
    }
    let opened_at = |open: usize| {
        let quoted =
            toks[open + 1..comma].iter().any(|t| matches!(t.kind, Kind::Punct(c) if "\"\u{201c}\u{201d};".contains(c)));
        if quoted { None } else { Some((open, before(text, toks, open)?)) }
    };
    let (open, outer) = opened_at(nearest)?;
    // "Wilson, of Springfield, Va., said", "Ayrault, the minister of France, a member of the
    // council, said": a name after a preposition is inside the appositive, and the speaker
    // stands before an earlier comma.
    let in_phrase = |m: &Mention| after_preposition(text, toks, m);
    if in_phrase(&outer) {
        let earlier = opens.find_map(|o| opened_at(o).filter(|(_, m)| !in_phrase(m) && opens_clause(text, toks, m)));
        if let Some(found) = earlier.and_then(|(o, m)| named_beside_appositive(text, toks, o, comma, m)) {
            return Some(found);
        }
        // "His partner at Lenox, Lawrence B. Cummings, said": a person's name in apposition
        // speaks, not the one a preposition puts inside the description.
        let described = Mention { kind: MentionKind::Description, ..outer.clone() };
        let first_name = |m: &Mention| {
            m.name
                .as_ref()
                .and_then(|n| text[n.clone()].split(' ').next())
                .is_some_and(|w| lexicon::first_name_gender(w).is_some())
        };
        if let Some(found) = named_beside_appositive(text, toks, open, comma, described).filter(first_name) {
            return Some(found);
        }
    }
    named_beside_appositive(text, toks, open, comma, outer).or_else(|| {
        // "…, the mayor, who runs the pier, said": a relative clause right before the cue,
        // with no name in it, speaks of the phrase before it, which it is part of as written,
        // when that phrase opens the words read or follows punctuation ("so the demographics,
        // which …, could favor" is no one's, nor an introduction's appositive).
        if aside_at(text, toks, open + 1) != Some(Aside::Relative) {
            return None;
        }
        let (m, in_introduction) = speaker_before_aside(text, toks, open)?;
        let opens = m.first_token(toks).is_some_and(|f| opens_after_punctuation(toks, f));
        (opens && !in_introduction).then(|| Mention { phrase: m.phrase.start..toks[comma - 1].span.end, ..m })
    })
}

/// The speaker before the aside that the comma at token `open` opens: the phrase before it,
/// or the name that phrase is an appositive of ("Jeb Bush, the former governor, who …"); and
/// whether that phrase is the appositive of a name that opens no clause ("Though Tom Baker,
/// the harbour pilot, who …": an introduction's).
fn speaker_before_aside(text: &str, toks: &[Token], open: usize) -> Option<(Mention, bool)> {
    let m = before(text, toks, open)?;
    let in_appositive =
        after_preposition(text, toks, &m) || m.first_token(toks).is_some_and(|f| f > 0 && toks[f - 1].is_punct(','));
    Some(match in_appositive.then(|| appositive(text, toks, open)).flatten() {
        Some(named) if opens_clause(text, toks, &named) => (named, false),
        Some(_) => (m, true),
        None => (m, false),
    })
}

/// Whether a mention opens its clause: it starts the sentence or follows punctuation or a
/// connective ("In addition to Mr. A, two members of Congress from Florida, B and C, said" is
/// not Mr. A's).
fn opens_clause(text: &str, toks: &[Token], m: &Mention) -> bool {
    let first = m.first_token(toks).unwrap_or(0);
    opens_after_punctuation(toks, first) || lexicon::is_connective(toks[first - 1].text(text))
}

/// Whether token `first` opens the words read or follows punctuation.
fn opens_after_punctuation(toks: &[Token], first: usize) -> bool {
    first == 0 || !toks[first - 1].is_word()
}

/// What opens an aside between a subject and its cue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Aside {
    /// "who", "whose", "which".
    Relative,
    /// A participle that qualifies the noun: "conducted by", "including".
    Qualifier,
    /// A subordinator or a participle of what the subject did: "when contacted", "speaking to".
    Adverbial,
}

/// The aside that the word at token `k` opens, if it opens one rather than an appositive.
fn aside_at(text: &str, toks: &[Token], k: usize) -> Option<Aside> {
    let w = toks.get(k).filter(|t| t.is_word())?.text(text);
    if matches!(w, "who" | "whose" | "which") {
        return Some(Aside::Relative);
    }
    if w.len() > 4 && (w.ends_with("ed") || w == "including") {
        return Some(Aside::Qualifier);
    }
    let adverbial = w.len() > 4 && w.ends_with("ing")
        || matches!(w, "when" | "while" | "after" | "before" | "though" | "although" | "if");
    adverbial.then_some(Aside::Adverbial)
}

/// Whether a preposition stands right before the mention, in either case ("In Ohio, …"):
/// "of", "in", "at", "from", "for", "near", "on".
fn after_preposition(text: &str, toks: &[Token], m: &Mention) -> bool {
    let prev = m.first_token(toks).and_then(|f| f.checked_sub(1)).map(|p| &toks[p]);
    prev.is_some_and(|p| {
        p.is_word()
            && matches!(lexicon::lower(p.text(text)).as_ref(), "of" | "in" | "at" | "from" | "for" | "near" | "on")
    })
}

/// "Name, appositive," or "description, Name,": the name of the phrase `outer` before the
/// comma at `open` and the appositive up to the comma at `comma`, with what each says of it.
fn named_beside_appositive(text: &str, toks: &[Token], open: usize, comma: usize, outer: Mention) -> Option<Mention> {
    // ", ,": two commas with no appositive between them.
    if comma <= open + 1 {
        return None;
    }
    let phrase_start = outer.phrase.start;
    let inner_text = text[toks[open + 1].span.start..toks[comma - 1].span.end].to_string();
    // "the study's lead author, hydrologist Tomas Berg, said": the name is inside the commas.
    let (mut m, description) = if outer.kind == MentionKind::Name {
        (outer, inner_text)
    } else {
        // "Another former lawmaker, Sen. Joe Lieberman (I-Conn.), said": a party label in
        // parentheses closes the name and belongs to the mention, as it does before a cue.
        let label = toks[comma - 1].is_punct(')').then(|| label_open(toks, open + 1, comma - 1)).flatten();
        let mut inner =
            classify(text, toks, open + 1, label.unwrap_or(comma)).filter(|m| m.kind == MentionKind::Name)?;
        if label.is_some() {
            inner.span.end = toks[comma - 1].span.end;
        }
        (inner, text[outer.span.clone()].to_string())
    };
    m.phrase = phrase_start..toks[comma - 1].span.end;
    add_description(&mut m, description);
    Some(m)
}

/// Adds what an appositive says of a named mention to what its titles say.
fn add_description(m: &mut Mention, description: String) {
    m.description = Some(match m.description.take() {
        Some(d) => format!("{d}; {description}"),
        None => description,
    });
}

/// The mention that starts at token `start` ("said *the deputy minister*"), and the token
/// index just past it.
pub fn after(text: &str, toks: &[Token], start: usize) -> Option<(Mention, usize)> {
    read_after(text, toks, start, true)
}

/// `after` for the speaker registry, which keeps names only: a description is returned
/// without its words (`description` None). The registry reads a phrase at every capitalised
/// word, and built the words of every description only to drop them.
pub fn name_after(text: &str, toks: &[Token], start: usize) -> Option<(Mention, usize)> {
    read_after(text, toks, start, false)
}

/// Where a nickname in quotation marks at token `k` ends, with the surname after it: one or
/// two capitalised words between a first name and a surname (`Marcia "Cia" Price`,
/// `Charles “Chuck” Grassley`). A headline in title case goes on in capitals after the word
/// that would be the surname (`Why She Felt "Invisible" As A Child`): that quotation is none.
fn nickname_end(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    if !toks.get(k)?.opens_quotation() {
        return None;
    }
    let capitalised = |t: &Token| t.is_word() && t.starts_capitalized(text);
    let first_name = k.checked_sub(1).is_some_and(|before| capitalised(&toks[before]));
    let nickname_word = |t: &&Token| capitalised(t) && t.text(text).chars().all(|c| c.is_alphabetic() || c == '.');
    let words = toks[k + 1..].iter().take(3).take_while(nickname_word).count();
    let close = k + 1 + words;
    let closes = toks.get(close).is_some_and(|t| matches!(t.kind, Kind::Punct('"' | '\u{201d}')));
    let surname = toks.get(close + 1).is_some_and(capitalised);
    let headline = toks.get(close + 2).is_some_and(capitalised);
    (first_name && (1..=2).contains(&words) && closes && surname && !headline).then_some(close + 1)
}

/// Where the nickname whose closing mark is token `close` opens.
fn nickname_before(text: &str, toks: &[Token], close: usize) -> Option<usize> {
    (close.saturating_sub(3)..close.saturating_sub(1)).find(|&k| nickname_end(text, toks, k) == Some(close + 1))
}

/// Whether the quotation whose opening mark is at byte `open` is a nickname inside a name
/// (as `nickname_end` tells), not speech.
pub fn is_nickname_quote(text: &str, toks: &[Token], open: usize) -> bool {
    let k = toks.partition_point(|t| t.span.start < open);
    toks.get(k).is_some_and(|t| t.span.start == open) && nickname_end(text, toks, k).is_some()
}

/// Where a name of two to four capitalised words, none a title, that starts at token `from`
/// ends; None for fewer than two.
fn capitalized_name_from(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let name_word = |t: &Token| t.is_word() && t.starts_capitalized(text) && !lexicon::is_title(t.text(text));
    let words = toks.get(from..)?.iter().take(4).take_while(|t| name_word(t)).count();
    (words >= 2).then_some(from + words)
}

/// `after`, with a description's words built only when `describe` is set.
fn read_after(text: &str, toks: &[Token], start: usize, describe: bool) -> Option<(Mention, usize)> {
    let first = toks.get(start).filter(|t| t.is_word())?;
    let w = first.text(text);
    // "He’s comparing": the pronoun without its auxiliary (none is longer than "they’re").
    let bare = if w.len() <= "they’re".len() { lexicon::without_auxiliary(w) } else { w };
    if let Some(p) = lexicon::pronoun(bare) {
        let span = first.span.start..first.span.start + bare.len();
        return Some((
            Mention { span: span.clone(), phrase: span, kind: MentionKind::Pronoun(p), name: None, description: None },
            start + 1,
        ));
    }
    let mut end = start + 1;
    // "The New York Post" runs on capitals; "the city council" on lower case.
    let head = if lexicon::is_determiner(w) { toks.get(start + 1).map_or(w, |t| t.text(text)) } else { w };
    let capital_run = is_capitalized(head) || lexicon::is_title(head);
    while end < toks.len() && end - start < 9 {
        let t = &toks[end];
        if on_another_line(text, &toks[end - 1], t) {
            break;
        }
        if !t.is_word() {
            // `Charles "Chuck" Grassley`: a nickname in quotation marks inside a name.
            match nickname_end(text, toks, end).filter(|_| capital_run) {
                Some(past) => {
                    end = past;
                    continue;
                }
                None => break,
            }
        }
        let w = t.text(text);
        let joins = (w == "of" || w == "for" || w == "&")
            && toks.get(end + 1).is_some_and(|n| n.starts_capitalized(text))
            || capital_run && is_particle_in_name(|k| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text)), end);
        if capital_run {
            if !(is_capitalized(w) || lexicon::is_title(w) || joins) {
                // "the Iraqi group Mosul Eye": a kind of organisation before a name of two
                // capitalised words or more runs on to the name.
                if lexicon::is_organization_noun(w)
                    && let Some(name_end) = capitalized_name_from(text, toks, end + 1)
                {
                    end = name_end;
                    break;
                }
                // "one GOP source", "the Trump campaign": a source noun closes the run, with
                // the nouns it qualifies ("a former campaign aide", "a senior committee staffer").
                if lexicon::is_unnamed_source_noun(w) {
                    end += 1;
                    end = name_past_modifiers(text, toks, end).unwrap_or_else(|| {
                        let source_noun = |t: &Token| {
                            t.is_word() && !t.starts_capitalized(text) && lexicon::is_unnamed_source_noun(t.text(text))
                        };
                        end + toks[end..].iter().take_while(|t| source_noun(t)).count()
                    });
                } else if let Some(head) = owned_head(text, toks, end, describe) {
                    // "Clinton's top aide Jake Sullivan", "Japan's central bank": after a
                    // possessive the phrase runs on to what it owns, and to a name after it.
                    // The registry (no `describe`) still reads "Mark Barden's son" for its name.
                    end = head + 1;
                    while toks.get(end).is_some_and(|t| t.is_word() && t.starts_capitalized(text)) {
                        end += 1;
                    }
                } else if let Some(name_end) = name_past_modifiers(text, toks, end) {
                    end = name_end;
                } else if let Some(role) = (!is_capitalized(head)).then(|| lower_case_role(text, toks, end)).flatten() {
                    end = role + 1;
                }
                break;
            }
        } else if lexicon::is_phrase_breaker(w)
            || lexicon::cue(w).is_some_and(|c| !c.bare)
            || is_verb_after_noun(text, toks, end)
        {
            break;
        }
        end += 1;
    }
    let mut m = classify_as(text, toks, start, end, describe)?;
    // Asked only for `after`: the registry reads a phrase at every capitalised word.
    if let Some(k) = describe.then(|| qualified_person_end(text, toks, &m, start, end)).flatten() {
        m.span.end = toks[k - 1].span.end;
        m.phrase.end = m.span.end;
        end = k;
    }
    if m.kind == MentionKind::Description
        && toks.get(end).is_some_and(|t| t.is_punct(','))
        && let Some(named) = name_in_apposition(text, toks, &m, end)
    {
        return Some(named);
    }
    if describe
        && m.kind == MentionKind::Description
        && toks.get(end).is_some_and(|t| t.is_word() && t.text(text) == "and")
        && let Some(named) = titled_name_after_and(text, toks, &m, start, end)
    {
        return Some(named);
    }
    Some((m, end))
}

/// "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell", "Former
/// prosecutor and New York City Mayor Rudy Giuliani": a role with no determiner and not
/// plural (`described`, tokens `start..and`), joined by "and" to a name with its title, is one
/// person, the one named; a bare name after "and" is a second person.
fn titled_name_after_and(
    text: &str,
    toks: &[Token],
    described: &Mention,
    start: usize,
    and: usize,
) -> Option<(Mention, usize)> {
    let last = toks[and - 1].text(text);
    if lexicon::is_determiner(toks[start].text(text)) || is_plural(last) || !toks[and - 1].is_word() {
        return None;
    }
    let (mut named, end) = read_after(text, toks, and + 1, true)?;
    let name = named.name.clone().filter(|_| named.kind == MentionKind::Name)?;
    if name.start <= named.phrase.start {
        return None;
    }
    named.phrase = described.phrase.start..named.phrase.end;
    add_description(&mut named, text[described.span.clone()].to_string());
    Some((named, end))
}

/// "a former harbour official", "the former campaign manager": after a title in lower case
/// that opens a phrase, the role a few lower-case words on (from token `from`) that it
/// qualifies; not past a verb ("the judge rubbed his chin").
fn lower_case_role(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let modifier = |t: &Token| {
        let w = t.text(text);
        may_qualify(text, t) && !reported::is_finite_verb(w) && !reported::is_past_or_auxiliary(w)
    };
    let modifiers = (from..toks.len().min(from + 3)).take_while(|&k| modifier(&toks[k])).count();
    (from..from + modifiers).rev().find(|&k| {
        let w = toks[k].text(text);
        lexicon::is_title(w) || lexicon::is_person_role(w)
    })
}

/// A lower-case word that may qualify the noun a phrase ends in (no cue, no word that breaks a
/// phrase), before a caller's own test for a verb.
fn may_qualify(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.is_word() && w.starts_with(char::is_lowercase) && !lexicon::is_phrase_breaker(w) && lexicon::cue(w).is_none()
}

/// "His campaign sued the DNC", "The fracas erupted": a past form at token `k` (or an
/// auxiliary) after a noun in lower case is the verb that ends a lower-case noun phrase, not
/// an adjective in it ("the elected", "a newly formed", "a well-funded"); so is a bare cue
/// form after a plural before a name, which would otherwise be read as titled by the words
/// before it ("the polls show Ana Ruiz …").
fn is_verb_after_noun(text: &str, toks: &[Token], k: usize) -> bool {
    let prev = toks[k - 1].text(text);
    let after_noun =
        toks[k - 1].is_word() && !lexicon::is_determiner(prev) && !prev.ends_with("ly") && !prev.ends_with("ed");
    let before_name = || toks.get(k + 1).is_some_and(|t| t.is_word() && t.starts_capitalized(text));
    after_noun
        && (reported::is_past_or_auxiliary(toks[k].text(text))
            || is_bare_cue_after_plural(text, toks, k) && before_name())
}

/// "Polls show", "the polls show": whether the bare cue form at token `k` follows a plural,
/// whose verb it is ("the news report" is a noun).
fn is_bare_cue_after_plural(text: &str, toks: &[Token], k: usize) -> bool {
    let prev = toks[k - 1].text(text);
    is_plural(prev) && prev != "news" && lexicon::cue(toks[k].text(text)).is_some_and(|c| c.bare)
}

/// "said one person with knowledge of the talks", "one employee at a software firm declined":
/// a noun for a person (ending at `end`) takes what qualifies it, as part of the mention as
/// written (the description keeps the noun's words), up to a comma, the sentence's end or a
/// verb, within a few words; after a cue (the noun phrase at `start`) a relative clause too,
/// "said a Mexican official who was not authorized to speak". The token past it; none for a
/// document ("a report by the center") or an organisation, whose owner the words may name.
fn qualified_person_end(text: &str, toks: &[Token], m: &Mention, start: usize, end: usize) -> Option<usize> {
    if m.kind != MentionKind::Description || !toks.get(end)?.is_word() {
        return None;
    }
    // The word after the noun first: most phrases end at punctuation or a verb.
    let opener = lexicon::lower(toks[end].text(text));
    let prepositional =
        matches!(opener.as_ref(), "with" | "for" | "in" | "at" | "of" | "on" | "familiar" | "involved" | "close")
            || is_to_before_noun(text, toks, end);
    if !prepositional && opener != "who" {
        return None;
    }
    let head = lexicon::lower(toks[end - 1].text(text));
    let person = lexicon::is_person_role(&head)
        || lexicon::is_title(&head)
        || lexicon::is_unnamed_source_noun(&head) && !lexicon::is_org_word(&head) && !lexicon::is_document_noun(&head);
    let relative = !prepositional && start > 0 && lexicon::cue(toks[start - 1].text(text)).is_some();
    let opens = relative || prepositional;
    // "said one person", "The attorney general": a noun phrase, not a verb's object read as one.
    let first = toks[start].text(text);
    let noun_phrase = lexicon::is_determiner(first) || is_capitalized(first);
    if !person || !opens || !noun_phrase {
        return None;
    }
    // Words but a verb (a relative clause has its own), and the apostrophes of possessives
    // ("the governor's dilemma").
    let in_clause = |t: &Token| {
        t.is_word() && (relative || !reported::is_past_or_auxiliary(t.text(text)))
            || t.is_punct('\'')
            || t.is_punct('\u{2019}')
            || t.is_punct('-')
    };
    let clause_end = end + 1 + toks[end + 1..].iter().take(QUALIFIER_WORDS).take_while(|t| in_clause(t)).count();
    // "said a strategist who spoke on the condition of anonymity": why the source is unnamed
    // is the writer's note, not who the source is.
    let anonymous = || {
        toks[end + 1..clause_end]
            .iter()
            .any(|t| matches!(lexicon::lower(t.text(text)).as_ref(), "anonymity" | "anonymously"))
    };
    (clause_end - end <= QUALIFIER_WORDS && clause_end > end + 1 && !(relative && anonymous())).then_some(clause_end)
}

/// "an aide to the mayor", "advisers to Mr. Rubio": whether token `k` is a "to" that opens a
/// noun phrase (a determiner or a capital after it), not an infinitive ("advisers to figure out").
pub fn is_to_before_noun(text: &str, toks: &[Token], k: usize) -> bool {
    toks[k].text(text).eq_ignore_ascii_case("to")
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && (lexicon::is_determiner(t.text(text)) || t.starts_capitalized(text)))
}

/// How many tokens the qualifier of `qualified_person_end` may take before its clause ends.
const QUALIFIER_WORDS: usize = 16;

/// The most words an appositive after a name (`appositive_after`) may have.
const APPOSITIVE_WORDS: usize = 10;

/// "Ann Ruiz, the city's treasurer, opened …", "Tom Baker, 61, a former Marine who runs the
/// ferry": the appositive set off by a comma after a name `m` that ends before token `end`
/// (an age may stand first), a noun phrase that "a", "an", "the" or a title in lower case
/// opens ("Dmitry Mosyakov, professor at the institute"), up to the next comma, the
/// sentence's end or a relative pronoun. Its span, without a prepositional phrase but one of
/// "of" before no name: "a strategist for Mrs. Clinton's campaign" says nothing of his gender,
/// "a plaintiff in the lawsuit" is no lawsuit, "director of Muslim Advocates" no advocate.
/// None after a name that a preposition puts in an opening phrase ("For Trump, a majority of
/// voters …"), nor where a verb follows in it ("Tom Baker, the mayor said, …" is the mayor's
/// words about him).
pub fn appositive_after(text: &str, toks: &[Token], m: &Mention, end: usize) -> Option<Span> {
    if !toks.get(end)?.is_punct(',') || after_preposition(text, toks, m) {
        return None;
    }
    let mut start = end + 1;
    let age = |t: &Token| t.is_word() && t.text(text).bytes().all(|b| b.is_ascii_digit());
    if toks.get(start).is_some_and(age) && toks.get(start + 1).is_some_and(|t| t.is_punct(',')) {
        start += 2;
    }
    let first = toks.get(start).filter(|t| t.is_word())?.text(text);
    let bare_title = !is_capitalized(first) && lexicon::is_title(first);
    if !(lexicon::is_indefinite_article(first) || first.eq_ignore_ascii_case("the") || bare_title) {
        return None;
    }
    let in_phrase = |t: &Token| t.is_word() || t.is_punct('\'') || t.is_punct('\u{2019}') || t.is_punct('-');
    let close = start + toks[start..].iter().take(APPOSITIVE_WORDS + 1).take_while(|t| in_phrase(t)).count();
    let words = &toks[start..close];
    let relative = words.iter().position(|t| lexicon::is_relative_pronoun(t.text(text)));
    let verb = |t: &Token| {
        let w = lexicon::lower(t.text(text));
        reported::is_auxiliary(&w) || reported::is_irregular_past(&w) || lexicon::cue(&w).is_some_and(|c| !c.bare)
    };
    let closed = relative.is_some() || toks.get(close).is_none_or(|t| !t.is_word());
    let clause = &words[..relative.unwrap_or(words.len())];
    if !closed || clause.iter().any(verb) {
        return None;
    }
    // "of" qualifies too before a name ("director of Muslim Advocates", "of the Institute of
    // Asian Studies"), whose words describe the organisation, not the person.
    let names_after = |k: usize| {
        let next = clause.get(k + 1).filter(|t| !t.text(text).eq_ignore_ascii_case("the")).or(clause.get(k + 2));
        next.is_some_and(|t| t.starts_capitalized(text))
    };
    let qualifier = |k: usize| {
        let w = clause[k].text(text);
        let of = w.eq_ignore_ascii_case("of");
        reported::is_preposition(w) && (!of || names_after(k)) || lexicon::is_honorific(w)
    };
    let phrase = &clause[..(0..clause.len()).find(|&k| qualifier(k)).unwrap_or(clause.len())];
    let last = phrase.last().filter(|_| phrase.len() >= 2 || bare_title)?;
    Some(toks[start].span.start..last.span.end)
}

/// "said another leading advocate, Andrew J. Pincus of the law firm": a description and the
/// name of two words or more in apposition after its comma (at `comma`) are one mention, the
/// name's, with the description said of it; and the token past the name.
fn name_in_apposition(text: &str, toks: &[Token], described: &Mention, comma: usize) -> Option<(Mention, usize)> {
    let start = comma + 1;
    let mut end = start;
    // Capitalised words and the periods of initials ("J.").
    let initial = |k: usize| toks[k].is_punct('.') && toks[k - 1].text(text).len() == 1;
    while toks.get(end).is_some_and(|t| t.is_word() && t.starts_capitalized(text)) || end < toks.len() && initial(end) {
        end += 1;
    }
    // The name ends its phrase ("Andrew Pincus, a lawyer", "… of the firm"), not a list
    // ("the governors of Ohio, Texas and Utah") or a possessive's noun phrase.
    let closes = toks.get(end).is_none_or(|t| !t.is_word() || t.text(text) == "of");
    if end < start + 2 || !closes {
        return None;
    }
    let mut named = classify(text, toks, start, end).filter(|n| n.kind == MentionKind::Name)?;
    named.phrase = described.phrase.start..named.phrase.end;
    add_description(&mut named, text[described.span.clone()].to_string());
    Some((named, end))
}

/// "former tech executive Carly Fiorina", "Clinton campaign chairman John Podesta": a title
/// or a name goes on over a few lower-case words that qualify it (from token `from`) to the
/// name of two words or more they stand before; the token past that name.
fn name_past_modifiers(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    // Where the lower-case words end, tested by their first letter: this sees every capitalised
    // run that a lower-case word ends, and most have no name after it.
    let lower_case = |t: &Token| t.is_word() && t.first_byte(text).is_some_and(|b| b.is_ascii_lowercase());
    let name = from + toks[from..toks.len().min(from + 3)].iter().take_while(|t| lower_case(t)).count();
    // A name of two words needs two capitals in a row: that test spares the look-ups of titles
    // after most runs ("Obama said on Tuesday.").
    let capital = |t: &Token| t.is_word() && t.starts_capitalized(text);
    if name == from
        || !toks.get(name..name + 2).is_some_and(|two| two.iter().all(capital))
        || toks[name - 1].text(text) == "of"
    {
        return None;
    }
    let name_end = capitalized_name_from(text, toks, name)?;
    // "Polls show Ana Ruiz", "Democrats say": a bare cue form after a plural is its verb.
    if from > 0 && is_bare_cue_after_plural(text, toks, from) {
        return None;
    }
    // "secretary of state": "of" only between two of the words. A verb and its object are no
    // modifiers ("the Supreme Court blocked a New Jersey law").
    let modifier = |t: &Token| {
        let w = t.text(text);
        (w == "of" || !lexicon::is_phrase_breaker(w))
            && lexicon::cue(w).is_none_or(|c| c.bare)
            && !lexicon::is_determiner(w)
            && !reported::is_finite_verb(w)
    };
    toks[from..name].iter().all(modifier).then_some(name_end)
}

/// After a possessive name that ends before token `from` ("Clinton's"), the head of the noun
/// phrase it owns within a few lower-case words, when that is a role, a title, a source or an
/// organisation ("top aide", "central bank"), or with `kin` a relative ("younger sister"); a
/// possession of another kind names no speaker.
fn owned_head(text: &str, toks: &[Token], from: usize, kin: bool) -> Option<usize> {
    if !reported::is_possessive(toks[from.checked_sub(1)?].text(text)) {
        return None;
    }
    // A verb ends the owned phrase ("Ruiz's younger brother met reporters" owns no
    // reporters); a plural or an -ed word is as often its noun or modifier ("campaign aides",
    // "trusted aide").
    let modifier = |t: &Token| {
        let w = t.text(text);
        may_qualify(text, t) && !reported::is_auxiliary(w) && !reported::is_irregular_past(w)
    };
    let modifiers = (from..toks.len().min(from + 5)).take_while(|&k| modifier(&toks[k])).count();
    // The last of them: "top foreign policy aide".
    (from..from + modifiers).rev().find(|&k| {
        let w = toks[k].text(text);
        lexicon::is_title(w)
            || lexicon::is_person_role(w)
            || lexicon::is_unnamed_source_noun(w)
            || lexicon::is_org_word(w)
            || kin && lexicon::is_kin_word(w)
    })
}

/// Where a sentence's subject starts: after a dateline ("PARIS (Wire) —"), opening
/// connectives and adverbs ("But", "Moreover", "Then") and introductory phrases closed by a
/// comma ("In January, Russia agreed …", "Walking to the car, Smith said …", "At a rally in
/// Ames, Iowa, on Sunday, Clinton said …"). None when an introductory phrase that a listed
/// word opens has no comma to close it.
pub fn subject_start(text: &str, toks: &[Token]) -> Option<usize> {
    let mut i = past_dateline(text, toks);
    i = past_opening_quotation(text, toks, i);
    let word_at = |i: usize| toks.get(i).filter(|t| t.is_word()).map(|t| t.text(text));
    let adverb = |w: &str| lexicon::is_sentence_adverb(w) || is_capitalized(w) && is_adverb_by_ending(w);
    // "Later the mayor said", "Earlier this week the mayor said": "later" and "earlier" open a
    // sentence as adverbs, with the day or week they qualify, before a subject with no comma.
    let time_adverb_end = |i: usize| {
        let opens = word_at(i).is_some_and(|w| w.eq_ignore_ascii_case("later") || w.eq_ignore_ascii_case("earlier"));
        let determiner = word_at(i + 1).is_some_and(|w| matches!(w, "that" | "this" | "last"));
        let end = if determiner && word_at(i + 2).is_some_and(lexicon::is_time_noun) { i + 3 } else { i + 1 };
        let subject_next = word_at(end).is_some_and(|n| !lexicon::is_time_word(n) && !lexicon::is_time_noun(n));
        (opens && subject_next).then_some(end)
    };
    loop {
        if word_at(i).is_some_and(|w| lexicon::is_connective(w) || adverb(w)) {
            i += 1;
        } else if let Some(end) = time_adverb_end(i) {
            i = end;
        } else {
            break;
        }
    }
    while toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    loop {
        let Some(listed) = introduction_at(text, toks, i) else {
            match unlisted_introduction(text, toks, i) {
                Some(past) => i = past,
                None => return Some(i),
            }
            continue;
        };
        // "Though it is hard to assess the claims about the test, experts say": a subordinate
        // clause ("As …" too) runs longer than a phrase before its comma.
        let opener = toks[i].text(text);
        let time_before = time_before_event(text, toks, i);
        let clause = reported::is_subordinator(opener) || opener.eq_ignore_ascii_case("as") || time_before;
        // "Courted by most of the candidates and widely expected to be …, Adelson said": a
        // participle's phrase that opens the sentence may run as long.
        let participle = !listed && i == 0 && has_participle_ending(opener);
        let reach = if clause || participle { INTRODUCTION_REACH } else { 14 };
        let Some(comma) = toks[i..].iter().take(reach).position(|t| t.is_punct(',')) else {
            // A listed opener must close; a phrase only shaped like one may be the subject.
            // "In a March meeting with the board Trump said": a name or pronoun and its verb
            // inside a phrase that a preposition opens are the subject, unclosed.
            let preposition = matches!(
                lexicon::lower(toks[i].text(text)).as_ref(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "for"
                    | "with"
                    | "despite"
                    | "amid"
                    | "under"
                    | "over"
                    | "from"
                    | "like"
                    | "unlike"
                    | "alongside"
                    | "by"
            );
            return if !listed || time_before {
                Some(i)
            } else if preposition {
                subject_inside(text, toks, i)
            } else {
                None
            };
        };
        i = past_asides(text, toks, i, i + comma).unwrap_or(i + comma + 1);
        // `On NBC's "Meet the Press," Sanders said`: a title's closing mark after the comma.
        while toks.get(i).is_some_and(|t| is_closing_mark(text, t)) {
            i += 1;
        }
        // "in Ames, Iowa,", "in Salem, New Hampshire,": the state after a town belongs to the phrase.
        while let Some(words) = state_before_comma(text, toks, i) {
            i += words + 1;
        }
    }
}

/// "Asked whether Donald Trump, the presumptive nominee, who has called it a hoax, could win,
/// Ban demurred": an appositive or a relative clause after the first comma (at `comma`) of the
/// introduction that opens at token `start` is inside it, which ends at the first comma after
/// which a name or a pronoun and its verb follow; the token past that comma.
fn past_asides(text: &str, toks: &[Token], start: usize, comma: usize) -> Option<usize> {
    let next = toks.get(comma + 1).filter(|t| t.is_word())?.text(text);
    let reach = toks.len().min(start + INTRODUCTION_REACH);
    // An appositive is a determiner's noun phrase up to its comma ("his aides said, …" is a clause).
    let appositive = || {
        let close = (comma + 1..reach).find(|&k| toks[k].is_punct(',')).unwrap_or(reach);
        lexicon::is_determiner(next) && is_noun_phrase(text, &toks[comma + 1..close])
    };
    if !(aside_at(text, toks, comma + 1) == Some(Aside::Relative) || appositive()) {
        return None;
    }
    (comma + 1..reach).find(|&k| toks[k].is_punct(',') && opens_clause_with_name(text, toks, k + 1)).map(|k| k + 1)
}

/// Whether a name or a pronoun and its verb start at token `k`: a clause's subject.
pub fn opens_clause_with_name(text: &str, toks: &[Token], k: usize) -> bool {
    after(text, toks, k).is_some_and(|(m, end)| {
        matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_)) && verb_at(text, toks, end).is_some()
    })
}

/// How many tokens an introduction with a clause in it may run before its comma.
const INTRODUCTION_REACH: usize = 40;

/// How many tokens before its comma a state's name at token `i` takes ("Iowa,", "New
/// Hampshire,", and "Tex.," with its period a token of its own).
fn state_before_comma(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let comma_at = |k: usize| toks.get(k).is_some_and(|t| t.is_punct(','));
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    if comma_at(i + 1) && word(i).is_some_and(lexicon::is_us_state) {
        return Some(1);
    }
    // A word and the period typed right after it, read as one, as the state list writes them ("tex.").
    let period = toks.get(i + 1).filter(|t| t.is_punct('.') && word(i).is_some() && t.span.start == toks[i].span.end);
    if comma_at(i + 2) && period.is_some_and(|period| lexicon::is_us_state(&text[toks[i].span.start..period.span.end]))
    {
        return Some(2);
    }
    let two_words =
        comma_at(i + 2) && word(i).zip(word(i + 1)).is_some_and(|(a, b)| lexicon::is_two_word_us_state(a, b));
    two_words.then_some(2)
}

/// The most tokens a quotation that opens a sentence is looked through for its closing mark.
const OPENING_QUOTATION_REACH: usize = 150;

/// "“Everything is on the table,” Carson told the AP after hinting …": a sentence that opens
/// with a quotation (or in one that an earlier sentence opened) closed by a comma has its
/// subject in the attribution after it; the token past the closing mark, else `i`.
fn past_opening_quotation(text: &str, toks: &[Token], i: usize) -> usize {
    let opens = toks.get(i).is_some_and(Token::opens_quotation);
    let from = i + usize::from(opens);
    // Bounded: a sentence with no quotation mark in reach is read no further.
    let reach = toks.len().min(from + OPENING_QUOTATION_REACH);
    let Some(close) = (from..reach).find(|&k| matches!(toks[k].kind, Kind::Punct('"' | '\u{201c}' | '\u{201d}')))
    else {
        return i;
    };
    let comma_before = close > from && toks[close - 1].is_punct(',');
    let word_after = toks.get(close + 1).is_some_and(Token::is_word);
    if comma_before && word_after && is_closing_mark(text, &toks[close]) { close + 1 } else { i }
}

/// A double quotation mark with a space after it, which closes what it follows.
fn is_closing_mark(text: &str, t: &Token) -> bool {
    let mark = matches!(t.kind, Kind::Punct('"' | '\u{201d}' | '\u{bb}'));
    mark && text[t.span.end..].starts_with(char::is_whitespace)
}

/// "Hours later, Trump returned …", "Inside the hall, Trump on Tuesday dismissed …", "The same
/// day, the council voted …": words without a verb up to a comma, one of them in lower case,
/// are an introduction that no listed word opens when a subject and its verb follow the
/// comma; the token past the comma. A name before the comma is the subject itself ("Trump,
/// the nominee, said"), and so is a phrase an appositive follows ("The senator from Ohio, a
/// Republican, said").
fn unlisted_introduction(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let comma = i + toks.get(i..)?.iter().take(10).position(|t| t.is_punct(','))?;
    // Cheap first: a subject opens after the comma.
    let next = toks.get(comma + 1).filter(|t| t.is_word())?.text(text);
    if !(is_capitalized(next) || lexicon::is_determiner(next) || lexicon::pronoun(next).is_some()) {
        return None;
    }
    let phrase = &toks[i..comma];
    let lower_case = |w: &str| w.starts_with(char::is_lowercase) && !matches!(w, "of" | "for" | "and" | "&");
    let verb = |w: &str| {
        let lw = lexicon::lower(w);
        lw.ends_with("ed")
            || reported::is_auxiliary(&lw)
            || reported::is_irregular_past(&lw)
            || lexicon::cue(w).is_some()
    };
    let words_only = !phrase.is_empty() && phrase.iter().all(Token::is_word);
    if !words_only || !phrase.iter().any(|t| lower_case(t.text(text))) || phrase.iter().any(|t| verb(t.text(text))) {
        return None;
    }
    let (m, end) = after(text, toks, comma + 1)?;
    // "This makes it hard to plan, he said.": a verb that ends the sentence reports the words
    // before the comma, which are then no introduction. A pronoun's verb is any word in lower
    // case after it ("This year, he rose to …").
    let pronoun_verb = || {
        let lower_word = toks.get(end).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_lowercase));
        (matches!(m.kind, MentionKind::Pronoun(_)) && lower_word).then_some(end)
    };
    let verb = verb_at(text, toks, end).or_else(pronoun_verb)?;
    let ends_sentence = toks.get(verb + 1).is_none_or(|t| t.is_punct('.') || t.is_punct('?') || t.is_punct('!'));
    (!ends_sentence).then_some(comma + 1)
}

/// The subject inside a phrase that a preposition at token `i` opens and no comma closes: a
/// name or a pronoun past its first two words with a verb right after it.
fn subject_inside(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    // A relative or subordinate clause inside the phrase has a subject of its own ("In a year
    // in which voters say …"), and so does a participle's object ("With people collecting
    // Social Security projected to …").
    let opens_clause = |k: usize| {
        let w = lexicon::lower(toks[k].text(text));
        matches!(
            w.as_ref(),
            "that" | "which" | "who" | "whom" | "whose" | "if" | "when" | "because" | "as" | "while" | "where"
        )
    };
    (i + 2..toks.len().min(i + 14)).take_while(|&k| toks[k].is_word() && !opens_clause(k)).find_map(|k| {
        let (w, prev) = (toks[k].text(text), lexicon::lower(toks[k - 1].text(text)));
        // The subject opens its run of capitals ("In March Trump said", not "Social Security").
        let prev_in_run = toks[k - 1].starts_capitalized(text) && !is_capitalized_function_word(&prev);
        let after_verb_or_preposition = prev.ends_with("ing") || lexicon::is_phrase_breaker(&prev);
        if !(is_capitalized(w) || lexicon::pronoun(w).is_some())
            || lexicon::is_determiner(w)
            || prev_in_run
            || after_verb_or_preposition
        {
            return None;
        }
        let (m, end) = after(text, toks, k)?;
        let person_or_name = matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_));
        (person_or_name && verb_at(text, toks, end).is_some()).then(|| m.first_token(toks)).flatten()
    })
}

/// The finite verb at token `k` or past adverbs and auxiliaries and a day after it ("Trump on
/// Tuesday dismissed"), if one stands there.
fn verb_at(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let mut k = k;
    if word(k).is_some_and(|w| w == "on") && word(k + 1).is_some_and(|w| lexicon::is_day(&lexicon::lower(w))) {
        k += 2;
    }
    while word(k).is_some_and(lexicon::is_cue_modifier) {
        k += 1;
    }
    let verb = word(k).is_some_and(|w| {
        !is_capitalized(w)
            && (reported::is_finite_verb(w)
                || lexicon::cue(w).is_some_and(|c| !c.bare && c.form != lexicon::Form::Participle))
    });
    verb.then_some(k)
}

/// Whether an introductory phrase opens at token `i`, and if so whether by a listed word
/// ("In", "After": true) or only by its shape (false): a phrase opener ("Back in 1999",
/// "Following the debate") or a participle at the sentence's start with a particle or
/// article after it ("Walking to", "Reached by"), which a name before its verb ("Manning
/// said") or an adjective before a noun ("Retired neurosurgeon Ben Carson") is not.
fn introduction_at(text: &str, toks: &[Token], i: usize) -> Option<bool> {
    let w = toks.get(i).filter(|t| t.is_word())?.text(text);
    if lexicon::opens_introduction(w) || time_before_event(text, toks, i) {
        return Some(true);
    }
    let participle = has_participle_ending(w);
    // "Citing "family duties," the aide said": a quotation may be the participle's object.
    let complement = toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && lexicon::opens_participle_complement(t.text(text)) || t.opens_quotation());
    let shaped = lexicon::opens_phrase(w) || i == 0 && is_capitalized(w) && participle && complement;
    shaped.then_some(false)
}

/// Whether a word ends as a participle does, in -ing (six letters or more) or -ed (five).
fn has_participle_ending(word: &str) -> bool {
    let lw = lexicon::lower(word);
    (lw.len() >= 6 && lw.ends_with("ing")) || (lw.len() >= 5 && lw.ends_with("ed"))
}

/// "One month after announcing …,", "Two weeks after the vote,", "Years before he ran,": a
/// span of time counted from an event opens an introduction as "after" would, the span's
/// unit within the first three words and "after", "before" or "since" right after it.
fn time_before_event(text: &str, toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| lexicon::lower(t.text(text)));
    // Asked at every subject's start: a word is turned away by its first letter, which only
    // ASCII lowers to, before it is lowered.
    let unit_letter = |k: usize| {
        toks.get(k)
            .and_then(|t| t.first_byte(text))
            .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'm' | b'h' | b'd' | b'w' | b'y'))
    };
    (i..i + 3).any(|k| {
        let unit = unit_letter(k)
            && word(k).is_some_and(|w| {
                matches!(
                    w.strip_suffix('s').unwrap_or(&w),
                    "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
                )
            });
        unit && word(k + 1).is_some_and(|w| matches!(w.as_ref(), "after" | "before" | "since"))
    })
}

/// The token just past a dateline at a sentence's start: a place in capitals, or one with a
/// wire service in brackets, up to a dash ("WASHINGTON —", "Lima (AFP) –", "PARIS, Aug 31
/// (Reuters) -"); 0 when there is none.
fn past_dateline(text: &str, toks: &[Token]) -> usize {
    let Some(dash) = (1..toks.len().min(10)).find(|&k| is_dash(toks, k)) else { return 0 };
    let head = &toks[..dash];
    let place = head[0].text(text);
    let in_capitals = place.len() > 1 && !place.chars().any(char::is_lowercase);
    let wire = head.iter().any(|t| t.is_punct('('));
    let dateline_words = head.iter().all(|t| {
        let w = t.text(text);
        !t.is_word() || is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    if is_capitalized(place) && (in_capitals || wire) && dateline_words { dash + 1 } else { 0 }
}

/// The subject of a sentence: the phrase at its start, after any opening connective or
/// introductory phrase.
pub fn subject(text: &str, toks: &[Token]) -> Option<Mention> {
    let (m, _) = after(text, toks, subject_start(text, toks)?)?;
    Some(m)
}

/// "It's a long shot, but Ruiz was in Ohio, urging …", "It was there that Ruiz spoke,
/// citing …": a dummy subject (`m`: "it", "there", "that" or "this", also with "'s") speaks
/// for no one, and a participle at token `cue` takes instead the subject of the last clause
/// before it that a conjunction or "that" opens: a name or a personal pronoun with its verb.
pub fn past_dummy_subject(text: &str, toks: &[Token], m: &Mention, cue: usize) -> Option<Mention> {
    let first = m.first_token(toks)?;
    let word = lexicon::lower(without_possessive(toks[first].text(text)));
    if m.phrase.end > toks[first].span.end || !matches!(word.as_ref(), "it" | "there" | "that" | "this") {
        return None;
    }
    (first + 2..cue).rev().find_map(|k| {
        let opener = lexicon::lower(toks[k - 1].text(text));
        if !matches!(opener.as_ref(), "but" | "and" | "that" | "why" | "because" | "while" | "when") {
            return None;
        }
        let (subject, end) = after(text, toks, k)?;
        let person = matches!(
            subject.kind,
            MentionKind::Name | MentionKind::Pronoun(Pronoun::He | Pronoun::She | Pronoun::They | Pronoun::First)
        );
        // "was" before its complement ("Ruiz was in Ohio"), which `verb_at` skips as an auxiliary.
        let finite = toks.get(end).is_some_and(|t| {
            t.is_word() && t.text(text).starts_with(char::is_lowercase) && reported::is_finite_verb(t.text(text))
        });
        (person && end < cue && (finite || verb_at(text, toks, end).is_some())).then_some(subject)
    })
}

/// The whole subject of a clause that starts at token `start` and whose verb is the cue at
/// token `cue`, when the words between are one noun phrase: "A spokeswoman for Hillary Clinton
/// says", "Mr. Grassley and Mr. Leahy say", "Nearly eight of 10 voters say". A description's
/// head before a preposition makes the whole a description (a spokeswoman for Clinton is not
/// Clinton); a coordination keeps the name of its last part.
pub fn whole_subject(text: &str, toks: &[Token], start: usize, cue: usize) -> Option<Mention> {
    whole_subject_ending_in(text, toks, start, cue, before(text, toks, cue).as_ref())
}

/// `whole_subject`, given the mention right before the cue (`before(text, toks, cue)`): a rule
/// that tries several starts for one cue reads that mention once.
pub fn whole_subject_ending_in(
    text: &str,
    toks: &[Token],
    start: usize,
    cue: usize,
    head: Option<&Mention>,
) -> Option<Mention> {
    let mut end = cue;
    while end > start && toks[end - 1].is_word() && modifies_cue(text, toks, end - 1) {
        end -= 1;
    }
    // "Wells Fargo this month announced": the time is no part of the subject.
    if end > start {
        end = before_time_phrase(text, toks, end).max(start);
    }
    // "Having announced …, Judge Berman said": an opener that names no one is no subject.
    if end > start && toks[start..end].iter().all(|t| opens_without_naming(t.text(text))) {
        return None;
    }
    let start_at = toks.get(start)?.span.start;
    if let Some(m) = head.filter(|m| m.phrase.start <= start_at) {
        // "In a meeting with the board Trump said": the subject starts with its clause.
        let within = (m.phrase.start < start_at).then(|| classify(text, toks, start, end)).flatten();
        return within.or_else(|| Some(m.clone()));
    }
    let m_first = head.map_or(end, |m| m.first_token(toks).unwrap_or(end));
    let first = toks[start].text(text);
    // "A lawyer for the news outlets, David Schulz, said": the appositive names the whole.
    let appositive = end > start && toks[end - 1].is_punct(',');
    if let Some(m) = head.filter(|m| appositive && m.kind == MentionKind::Name)
        && m_first > start
        && is_noun_phrase(text, &toks[start..m_first])
        && (lexicon::is_determiner(first) || is_capitalized(first))
    {
        return Some(Mention { phrase: start_at..m.phrase.end, ..m.clone() });
    }
    if end > start && !is_noun_phrase(text, &toks[start..end]) {
        return with_relative_clause(text, toks, start, end);
    }
    if end <= start || end - start > 14 {
        return None;
    }
    // A bare plural opens a subject too, after its adjectives: "because engineers say", "but
    // security specialists say"; after an introduction's comma, with a preposition's phrase
    // that qualifies it ("After the storm, families of the pilots urged …").
    let qualified_after_comma = || {
        start > 0
            && toks[start - 1].is_punct(',')
            && toks[start + 1..end].iter().any(|t| t.is_word() && reported::is_preposition(t.text(text)))
    };
    let bare_plural = is_plural(first) && (end - start <= 2 || qualified_after_comma())
        || is_bare_plural_phrase(text, &toks[start..end]);
    // "people briefed on the talks say": a bare source noun opens one of any length.
    let opens = lexicon::is_determiner(first)
        || is_capitalized(first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || is_quantity(first)
        || lexicon::is_unnamed_source_noun(first);
    if lexicon::pronoun(first).is_some() || !(opens || bare_plural) {
        return None;
    }
    let span = toks[start].span.start..toks[end - 1].span.end;
    let description = || Some(description_of(toks[start..end].iter().filter(|t| t.is_word()).map(|t| t.text(text))));
    let Some(m) = head else {
        return Some(Mention {
            phrase: span.clone(),
            span,
            kind: MentionKind::Description,
            name: None,
            description: description(),
        });
    };
    let joint = toks.get(m_first.wrapping_sub(1)).filter(|_| m_first > start).map(|t| t.text(text));
    let prepositional =
        joint.is_some_and(|w| matches!(w, "of" | "for" | "in" | "at" | "on" | "from" | "with" | "to" | "among"));
    let head_word = toks.get(m_first.wrapping_sub(2)).filter(|_| m_first >= start + 2).map(|t| t.text(text));
    let opening_group = || {
        m_first == start + 2
            && head_word.zip(joint).is_some_and(|(head, join)| is_group_qualified(head, join, toks[m_first].text(text)))
    };
    if prepositional && (!head_word.is_some_and(is_capitalized) || opening_group()) {
        return Some(Mention {
            phrase: span.clone(),
            span,
            kind: MentionKind::Description,
            name: None,
            description: description(),
        });
    }
    if prepositional && m.kind == MentionKind::Name {
        // "The nonpartisan Commission on Presidential Debates": the name runs back over the
        // preposition to the capitalised head.
        let mut name_start = m_first - 2;
        while name_start > start
            && toks[name_start - 1].starts_capitalized(text)
            && !lexicon::is_determiner(toks[name_start - 1].text(text))
        {
            name_start -= 1;
        }
        // "George Zornick of The Nation", "President Obama of the United States": a person from
        // where the words after the join name, past the titles before the name.
        let before_join: Vec<&str> = toks[name_start..m_first - 1].iter().map(|t| t.text(text)).collect();
        let titles = before_join.iter().take_while(|w| lexicon::is_honorific_or_title(w)).count();
        let person = &before_join[titles..];
        let words = if titles > 0 { 1..=3 } else { 2..=3 };
        if words.contains(&person.len()) && person_before_join(person, joint.unwrap_or_default(), titles > 0) {
            let name = toks[name_start + titles].span.start..toks[m_first - 2].span.end;
            let described = toks[name_start..name_start + titles].iter().chain(&toks[m_first - 1..end]);
            return Some(Mention {
                phrase: span.clone(),
                span,
                kind: MentionKind::Name,
                name: Some(name),
                description: description_of(described.filter(|t| t.is_word()).map(|t| t.text(text))).into(),
            });
        }
        let name = toks[name_start].span.start..m.name.as_ref().map_or(m.span.end, |n| n.end);
        return Some(Mention {
            phrase: span.clone(),
            span,
            kind: MentionKind::Name,
            name: Some(name),
            description: None,
        });
    }
    Some(Mention { span: span.clone(), phrase: span, ..m.clone() })
}

/// Whether `head`, joined by `join` to the name that `next` opens, is a group of unnamed
/// sources, capitalised as it opens a sentence, that the name qualifies: "Aides to Clinton
/// say", "Supporters of Sanders argue", "People in Fort Pierce said", "Attorneys for Clinton
/// said" ("Friends of the Earth" and "Veterans for Peace" are names: "for" only after those
/// who act for someone).
fn is_group_qualified(head: &str, join: &str, next: &str) -> bool {
    let plural = head.ends_with('s') || head == "People";
    let acts_for = || {
        matches!(head, "Attorneys" | "Lawyers" | "Aides" | "Advisers" | "Advisors" | "Officials" | "Representatives")
    };
    let joins = match join {
        "of" => next != "the",
        "for" => acts_for(),
        _ => matches!(join, "to" | "in" | "at" | "from" | "among"),
    };
    plural && joins && lexicon::is_unnamed_source_noun(head) && !lexicon::is_org_word(head)
}

/// Whether `person`, the capitalised words before `join` ("of" or "for") in a name, are a
/// person's name that the join ties to where the person is from ("Peter T. King of New York",
/// "Sen. Sherrod Brown of Ohio", "Cameron Easley for Morning Consult"): a first name known, a
/// title before them (`titled`) or two words before "for"; and no organisation's word
/// ("Georgia Institute of Technology"; "Iowa Farmers for Trump" is a plural).
fn person_before_join(person: &[&str], join: &str, titled: bool) -> bool {
    let first_name = person.first().is_some_and(|w| lexicon::first_name_gender(w).is_some())
        || titled
        || join == "for" && person.len() == 2 && !person[1].ends_with('s');
    first_name && !person.iter().any(|w| lexicon::is_org_word(w))
}

/// A plural noun by its ending: "engineers", not "press", "was" or "it's".
fn is_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.contains(['\'', '\u{2019}'])
}

/// "security specialists", "local party leaders": up to three words in lower case that end in
/// a plural noun; or two words joined by "and" or "or" before it ("current and former
/// officials").
fn is_bare_plural_phrase(text: &str, toks: &[Token]) -> bool {
    let lower_case = |t: &Token| {
        t.is_word()
            && t.text(text).chars().all(|c| c.is_lowercase() || c == '-')
            && !lexicon::is_phrase_breaker(t.text(text))
    };
    let joined = |k: usize, t: &Token| k == 1 && toks.len() == 4 && matches!(t.text(text), "and" | "or");
    toks.len() <= 4
        && toks.iter().enumerate().all(|(k, t)| lower_case(t) || joined(k, t))
        && (toks.len() <= 3 || joined(1, &toks[1]))
        && toks.last().is_some_and(|t| is_plural(t.text(text)))
}

/// "people who have fought such threats say", "some voters who heard him, on radio or in
/// person, said", "the officials whose laws were struck down say": a noun phrase with a
/// relative clause that runs up to the cue (or to the aside before it) is the whole subject,
/// described by the phrase before the relative pronoun; so is one with a clause that "that"
/// opens before its verb ("groups that have endorsed him say") or a participle before a
/// preposition or a time ("Emails released on Tuesday show"), also after a capitalised word.
fn with_relative_clause(text: &str, toks: &[Token], start: usize, end: usize) -> Option<Mention> {
    // A word of three to five letters that starts with a "w" first (only ASCII lowers to it):
    // this is asked of every subject before a cue.
    let who = (start + 1..end).find(|&r| {
        toks[r].is_word()
            && (3..=5).contains(&toks[r].span.len())
            && toks[r].first_byte(text).is_some_and(|b| b.eq_ignore_ascii_case(&b'w'))
            && matches!(lexicon::lower(toks[r].text(text)).as_ref(), "who" | "whom" | "whose")
    });
    let relative = who.or_else(|| (start + 1..end).find(|&r| opens_reduced_relative(text, toks, r, end)))?;
    let first = toks[start].text(text);
    let opens = lexicon::is_determiner(first)
        || is_quantity(first)
        || lexicon::is_unnamed_source_noun(first)
        || matches!(lexicon::lower(first).as_ref(), "many" | "some" | "most" | "those" | "all")
        || is_bare_plural_phrase(text, &toks[start..relative])
        || who.is_none() && is_capitalized(first) && lexicon::pronoun(first).is_none();
    // Words only, and no "and" that would join a second verb to the relative's; one before a
    // name joins two names ("judges who ruled that Texas and North Carolina could not …").
    let before_name = |k: usize| {
        toks.get(k + 1).is_some_and(|n| n.is_word() && n.starts_capitalized(text))
            && lexicon::pronoun(toks[k + 1].text(text)).is_none()
    };
    let clause_words = (relative + 1..end).all(|k| {
        let t = &toks[k];
        (t.is_word() && (!matches!(lexicon::lower(t.text(text)).as_ref(), "and" | "but" | "or") || before_name(k)))
            || t.is_punct('\'')
            || t.is_punct('\u{2019}')
    });
    // A clause with no "who" is told less surely: a shorter one only.
    let most = if who.is_some() { 20 } else { 12 };
    if end - start > most || !opens || !clause_words || !is_noun_phrase(text, &toks[start..relative]) {
        return None;
    }
    let span = toks[start].span.start..toks[end - 1].span.end;
    let description = Some(description_of(toks[start..relative].iter().map(|t| t.text(text))));
    Some(Mention { phrase: span.clone(), span, kind: MentionKind::Description, name: None, description })
}

/// Whether token `r` opens a relative clause with no "who" after the noun before it, one that
/// ends before token `end`: "that" before a past form or an auxiliary ("groups that have
/// endorsed him"), a pronoun and its past form ("the experts I interviewed"), or a participle
/// in "-ed" before a preposition or a time ("emails released on Tuesday", "figures reported
/// last week").
fn opens_reduced_relative(text: &str, toks: &[Token], r: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    // "people we spoke to say": the pronoun follows a plural noun (a contact clause).
    let contact = || {
        word(r).and_then(lexicon::pronoun).is_some_and(|p| p != lexicon::Pronoun::It)
            && r.checked_sub(1).and_then(word).is_some_and(|n| is_plural(n) && !is_capitalized(n))
            && word(r + 1).is_some_and(reported::is_past_or_auxiliary)
            && r + 2 <= end
    };
    if contact() {
        return true;
    }
    // Asked of every word of a subject that is no plain noun phrase: told by its ending first.
    let Some(w) = word(r).filter(|w| *w == "that" || w.len() > 4 && w.ends_with("ed")) else { return false };
    let (Some(next), Some(prev)) = (word(r + 1), r.checked_sub(1).and_then(word)) else { return false };
    if lexicon::is_determiner(prev) || is_capitalized(w) {
        return false;
    }
    // The clause holds more than auxiliaries: "groups that have backed" is the cue's own.
    if w == "that" {
        let verb_follows = |k: usize| k < end && word(k).is_some_and(|v| !reported::is_auxiliary(&lexicon::lower(v)));
        return next.chars().all(char::is_lowercase)
            && reported::is_past_or_auxiliary(next)
            && (verb_follows(r + 1) || verb_follows(r + 2));
    }
    let opens_phrase = matches!(
        lexicon::lower(next).as_ref(),
        "on" | "in" | "at" | "by" | "for" | "from" | "during" | "after" | "before" | "over"
    ) || lexicon::is_time_word(next);
    // After a name ("Ruiz appeared on …") or an auxiliary ("has been pilloried for …") the form
    // is the clause's own verb; after a plural that opens the sentence it qualifies it.
    let after_noun =
        !is_capitalized(prev) && !reported::is_auxiliary(&lexicon::lower(prev)) && !lexicon::is_passive_be(prev)
            || r == 1 && is_plural(prev);
    // "A poll released in May found that …": a clause of its own after it is no relative's.
    let own_clause = || (r + 1..end).filter_map(word).any(|v| v == "that" || lexicon::cue(v).is_some_and(|c| !c.bare));
    opens_phrase && after_noun && !own_clause()
}

/// Words that open a quantity as a subject: "six in 10 voters", "about half of voters",
/// "nearly two-thirds".
fn is_quantity(word: &str) -> bool {
    matches!(
        lexicon::lower(word).as_ref(),
        "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "half"
            | "about"
            | "nearly"
            | "almost"
            | "roughly"
            | "just"
            | "only"
            | "fewer"
            | "less"
            | "over"
            | "under"
            | "around"
            | "two-thirds"
            | "three-quarters"
    )
}

/// Whether tokens read as one noun phrase with its modifiers: no clause word, no verb we can
/// recognise, no punctuation but hyphens, slashes and a parenthesis.
fn is_noun_phrase(text: &str, toks: &[Token]) -> bool {
    let mut depth = 0usize;
    toks.iter().enumerate().all(|(k, t)| {
        if t.is_punct('(') {
            depth += 1;
            return true;
        }
        if t.is_punct(')') {
            depth = depth.saturating_sub(1);
            return true;
        }
        if depth > 0 {
            return true;
        }
        if !t.is_word() {
            // "Sanders' aides": a possessive apostrophe after a plural.
            let possessive = (t.is_punct('\'') || t.is_punct('\u{2019}')) && k > 0 && toks[k - 1].text(text).ends_with('s');
            return t.is_punct('-') || t.is_punct('/') || t.is_punct('%') || possessive;
        }
        let w = t.text(text);
        let lw = lexicon::lower(w);
        // The neighbours are looked up only when the word needs them, a word in "-ed" or a cue
        // form: most words are neither.
        let after_determiner = || k > 0 && lexicon::is_determiner(toks[k - 1].text(text));
        // "the four states": a cue form after a number or a plural quantifier is a noun too.
        let after_quantifier = || k > 0 && reported::is_plural_quantifier(toks[k - 1].text(text));
        // "registered voters", "retired officers": before a source noun it is an adjective.
        let before_noun =
            || toks.get(k + 1).is_some_and(|n| n.is_word() && lexicon::is_unnamed_source_noun(n.text(text)));
        // "people briefed on the plan", "a source involved in it": after a source noun it
        // qualifies the noun.
        let after_noun = || k > 0 && toks[k - 1].is_word() && lexicon::is_unnamed_source_noun(toks[k - 1].text(text));
        let participle =
            !is_capitalized(w) && lw.ends_with("ed") && !after_determiner() && !before_noun() && !after_noun();
        let opens_before_to = |k: usize| k == 0 && toks.get(1).is_some_and(|n| n.is_word() && n.text(text) == "to");
        !participle
            && !matches!(lw.as_ref(), "who" | "which" | "that" | "is" | "are" | "was" | "were" | "if" | "when" | "because" | "while" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "should" | "it" | "he" | "she" | "they" | "we" | "i" | "but" | "than" | "as" | "not")
            // "the planning", "his writing": after a determiner or a number a cue form is a noun; so is one
            // that opens the phrase before "to" ("calls to investigate the attacks").
            && !lexicon::cue(w).is_some_and(|c| {
                !c.bare && !is_capitalized(w) && !after_determiner() && !after_quantifier() && !opens_before_to(k)
            })
    })
}

/// A word that joins a capitalised run into one name ("Bank of America", "Center for
/// American Progress", "Johnson & Johnson").
fn joins_name(word: &str) -> bool {
    matches!(word, "of" | "for" | "&")
}

/// Whether the word `word_at(i)` is a particle inside a surname: a capitalised word before
/// it and after it, past at most one more particle ("Piet de Vries", "Ursula von der Leyen").
/// `word_at` gives the words around it, `None` past a phrase's ends or at punctuation.
fn is_particle_in_name<'w>(word_at: impl Fn(usize) -> Option<&'w str>, i: usize) -> bool {
    let particle = |k: usize| word_at(k).is_some_and(lexicon::is_surname_particle);
    if !particle(i) {
        return false;
    }
    let after = if particle(i + 1) { i + 2 } else { i + 1 };
    let before = match i.checked_sub(1) {
        Some(k) if particle(k) => k.checked_sub(1),
        k => k,
    };
    word_at(after).is_some_and(is_capitalized) && before.and_then(&word_at).is_some_and(is_capitalized)
}

/// A compound adjective of where someone is from or what backs them ("Korean-born",
/// "Ohio-based", "Los Angeles-area"), which is no part of the name it comes before.
fn is_origin_adjective(word: &str) -> bool {
    // Asked of every capitalised word a name is read back over: the byte where an ending's
    // hyphen would stand turns most words away before any comparison.
    let b = word.as_bytes();
    ["-born", "-based", "-area", "-raised", "-bred", "-educated", "-backed", "-funded", "-owned"]
        .iter()
        .any(|ending| b.len() > ending.len() && b[b.len() - ending.len()] == b'-' && word.ends_with(ending))
}

/// Decides what the words `toks[start..end]` are, and splits a title off a name.
fn classify(text: &str, toks: &[Token], start: usize, end: usize) -> Option<Mention> {
    classify_as(text, toks, start, end, true)
}

/// `classify`, with a description's words built only when `describe` is set.
fn classify_as(text: &str, toks: &[Token], start: usize, end: usize, describe: bool) -> Option<Mention> {
    let mut start = start;
    // A capitalised sentence opener is not part of a name ("Yesterday Smith said"), nor is
    // one with "'s" ("That's why …").
    while start < end && {
        let word = toks[start].text(text);
        is_opener_not_name(without_possessive(word)) && !lexicon::is_determiner(word)
    } {
        start += 1;
    }
    // The opener rule kept the word at `kept`: it is no function word, or a determiner.
    let kept = start;
    // "(See Sexton's timeline)": an imperative opening a sentence or a bracket is not a
    // first name, nor, alone, a name at all ("Check out the campaign's website, …"), unless
    // the text around names someone so ("Pfizer's chief, Ian Read, … Read said").
    let opens = |i: usize| i == 0 || !toks[i - 1].is_word();
    if start < end && opens(start) {
        let word = toks[start].text(text);
        if lexicon::is_imperative_verb(word)
            && (start + 1 < end || !named_mid_sentence(text, word, toks[start].span.start))
        {
            start += 1;
        }
    }
    if start >= end {
        return None;
    }
    // On the stack for a phrase of a few words, as nearly every one read is.
    let mut on_stack = [""; 12];
    let on_heap: Vec<&str>;
    let words: &[&str] = match on_stack.get_mut(..end - start) {
        Some(slots) => {
            slots.iter_mut().zip(&toks[start..end]).for_each(|(w, t)| *w = t.text(text));
            slots
        }
        None => {
            on_heap = toks[start..end].iter().map(|t| t.text(text)).collect();
            &on_heap
        }
    };
    let span = toks[start].span.start..toks[end - 1].span.end;
    let last = *words.last()?;
    // "Japan's central bank": a possessive name opens a noun phrase as a determiner does.
    let has_determiner = lexicon::is_determiner(words[0])
        || words.len() > 1 && is_capitalized(words[0]) && reported::is_possessive(words[0]);
    if words.len() == 1 && has_determiner {
        return None;
    }
    // "Mr. King", "Dr. Chancellor": after an honorific even a title word is a surname.
    // Asked only of a title word: most names end in none.
    let after_honorific = || words.len() >= 2 && lexicon::is_honorific(words[words.len() - 2]);
    if is_capitalized(last) && (!lexicon::is_title_in_run(words, words.len() - 1) || after_honorific())
        || last.ends_with("'s") && is_capitalized(last)
    {
        // The name is the run of capitalised words after the last title word; an
        // organisation's name holds its title words ("the State Department", "the Justice
        // Department" are two departments, not one titled "state" and "justice"), up to a
        // word that joins it to what it qualifies ("Pastor Joe Roe of Grace Church").
        let org_head = lexicon::is_org_word(without_possessive(last));
        let mut organization =
            org_head && !(words.len() >= 2 && lexicon::first_name_gender(words[words.len() - 2]).is_some());
        let mut name_start = end;
        while name_start > start {
            let w = words[name_start - 1 - start];
            // `Charles "Chuck" Grassley`: past the nickname to the first name before it.
            if let Some(open) = nickname_before(text, toks, name_start - 1).filter(|&open| open > start) {
                name_start = open;
                continue;
            }
            let w_clean = without_possessive(w);
            let joins = joins_name(w) && name_start - 1 > start && name_start < end;
            // Asked only of a word in lower case: most words a name is read back over are not.
            let particle =
                || is_particle_in_name(|k| k.checked_sub(start).and_then(|k| words.get(k).copied()), name_start - 1);
            // "George Zornick of The Nation": a capitalised "The" after a joining word opens the
            // name of where the person is from.
            let opens_joined_name = w == "The" && name_start - 1 > start && joins_name(words[name_start - 2 - start]);
            // Only a word before the last can be a title here: that cheap test comes first.
            if !(is_capitalized(w_clean) || joins || particle())
                || lexicon::is_determiner(w) && !opens_joined_name
                || name_start < end && !organization && lexicon::is_title_in_run(words, name_start - 1 - start)
            {
                break;
            }
            // "CNN's Jake Tapper", "South Korean-born Monte Haines": before a person's name, a
            // possessive says whom the person works for and a compound adjective where they
            // are from; the name starts after either. A possessive owns a person where a first
            // name follows it or it is an organisation's or a state's ("Colorado's Kendal
            // Unruh"), not a country's own name ("America's Renewable Future").
            let owns_person = || {
                (2..=4).contains(&(end - name_start))
                    && (lexicon::first_name_gender(words[name_start - start]).is_some()
                        || lexicon::is_org_word(w_clean)
                        || lexicon::is_us_state(w_clean))
            };
            if name_start < end
                && !organization
                && (is_origin_adjective(w) || reported::is_possessive(w) && owns_person())
            {
                break;
            }
            organization &= !joins;
            name_start -= 1;
        }
        // A name that opens with its joining word ("a spokesman for Platte River", "Supervisor
        // of Elections Susan Bucher", "the state of Nevada") is the words after it when the
        // one before is a source the name is spoken for. After a capitalised title they are
        // the title's: a person's name opens at a first name or, with none known, is the last
        // two words, three with a middle initial ("Chief of Staff Denis McDonough"); with no
        // more than two words there, or after any other word, the phrase names no one
        // ("Republican of Iowa", "the state of Nevada").
        let mut spoken_for = false;
        if name_start < end && joins_name(words[name_start - start]) {
            name_start += 1;
            let before = words[name_start - start - 2];
            let titled = is_capitalized(before) && lexicon::is_title(before) && !org_head;
            let speaks_for = !titled
                && !lexicon::is_polity_noun(before)
                && (lexicon::is_title(before) || lexicon::is_unnamed_source_noun(before));
            let first_name = (name_start..end).find(|&i| lexicon::first_name_gender(words[i - start]).is_some());
            match first_name {
                Some(first) if titled => name_start = first,
                None if titled && end - name_start >= 3 => {
                    name_start = if lexicon::is_initial(words[end - 2 - start]) { end - 3 } else { end - 2 };
                }
                // What is said of the one who speaks for it is not said of the organisation.
                _ if speaks_for || org_head => spoken_for = true,
                _ => {
                    let description = describe.then(|| description_of(words.iter().copied()));
                    return Some(Mention {
                        phrase: span.clone(),
                        span,
                        kind: MentionKind::Description,
                        name: None,
                        description,
                    });
                }
            }
        }
        // "released Friday": a day or month alone is not a name. The word the opener rule kept
        // is none when alone (a lone determiner was no mention), nor is an acronym that is a
        // common noun after a determiner ("a super PAC", "the PAC").
        let common_noun = || has_determiner && lexicon::is_common_acronym(without_possessive(last));
        if name_start + 1 == end && (name_start != kept && is_capitalized_function_word(last) || common_noun()) {
            let description = describe.then(|| description_of(words.iter().copied()));
            return Some(Mention {
                phrase: span.clone(),
                span,
                kind: MentionKind::Description,
                name: None,
                description,
            });
        }
        // "CONGRESS HAS INVESTIGATED HIM": a heading in capitals, not a name. A name of one
        // word (most) is not walked over.
        let shouting = end - name_start >= 2
            && words[name_start - start..].iter().filter(|w| w.len() > 3 && !w.chars().any(char::is_lowercase)).count()
                >= 2;
        if name_start == end || shouting {
            return None;
        }
        // "Officials said", "Critics argue": a capital at a sentence's start, not a name; nor
        // "Supporters of Sanders argue".
        let group = name_start == start && end - start >= 3 && is_group_qualified(words[0], words[1], words[2]);
        let group_noun = |w: &str| lexicon::is_unnamed_source_noun(w) || lexicon::is_plural_demonym(w);
        if group || name_start + 1 == end && group_noun(last) && !lexicon::is_org_word(last) {
            let description = describe
                .then(|| if group { description_of(words.iter().copied()) } else { lexicon::lower(last).into_owned() });
            return Some(Mention {
                phrase: span.clone(),
                span,
                kind: MentionKind::Description,
                name: None,
                description,
            });
        }
        // A person's name ends at the word that joins it to where the person is from, which
        // describes the person (`person_before_join`).
        // `Juan "Chico" Manriquez of Oakland`: a nickname after the first name adds its tokens.
        let nickname = nickname_end(text, toks, name_start + 1).map_or(0, |past| past - (name_start + 1));
        let titled = || words[..name_start - start].iter().any(|w| lexicon::is_honorific_or_title(w));
        // Right after a capitalised honorific or title, the surname alone is a name ("Mr. Shaw
        // of Hogan & Hartson", "Sen. Brown of Ohio"; not "the state Division of Gaming").
        let after_title = name_start > start && {
            let before = words[name_start - start - 1];
            is_capitalized(before) && lexicon::is_honorific_or_title(before)
        };
        let shortest = if after_title { 1 } else { 2 };
        let person_end = (name_start + shortest + nickname..end.min(name_start + 4 + nickname))
            .find(|&k| matches!(words[k - start], "of" | "for"))
            .filter(|&k| person_before_join(&words[name_start - start..k - start], words[k - start], titled()));
        let name = toks[name_start].span.start..toks[person_end.unwrap_or(end) - 1].span.end;
        // Most names have no title before them.
        let title = (name_start > start && !spoken_for)
            .then(|| description_of(words[..name_start - start].iter().copied()))
            .filter(|d| !d.is_empty());
        let from_where = person_end.map(|k| description_of(words[k - start..].iter().copied()));
        let description = match (title, from_where) {
            (Some(title), Some(from_where)) => Some(format!("{title}; {from_where}")),
            (title, from_where) => title.or(from_where),
        };
        return Some(Mention { phrase: span.clone(), span, kind: MentionKind::Name, name: Some(name), description });
    }
    // A common noun phrase next to a cue is a speaker when its head is a role or a source
    // noun, or when a determiner opens it ("the bank", "several former journalists").
    let head = without_possessive(last);
    let known_head = lexicon::is_title(head) || lexicon::is_unnamed_source_noun(head);
    let plain_noun = head.chars().all(|c| c.is_alphabetic() || c == '-') && !lexicon::is_phrase_breaker(head);
    if known_head || has_determiner && plain_noun && words.len() <= 5 {
        // "The toll will stay": an auxiliary makes the words a clause, not a noun phrase.
        if !has_determiner && words.len() > 3 || words[1..].iter().any(|w| reported::is_auxiliary(&lexicon::lower(w))) {
            return None;
        }
        let description = describe.then(|| description_of(words.iter().copied()));
        return Some(Mention { phrase: span.clone(), span, kind: MentionKind::Description, name: None, description });
    }
    None
}

/// What a phrase says of its speaker: its words but the determiners, joined by spaces, in
/// lower case. Built in one string sized first, lowered in place when ASCII: most phrases
/// read are described.
fn description_of<'w>(words: impl Iterator<Item = &'w str> + Clone) -> String {
    let mut description = String::with_capacity(words.clone().map(|w| w.len() + 1).sum());
    for w in words.filter(|w| !lexicon::is_determiner(w)) {
        if !description.is_empty() {
            description.push(' ');
        }
        description.push_str(w);
    }
    if description.is_ascii() {
        description.make_ascii_lowercase();
        description
    } else {
        description.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn mention_before(text: &str, cue: &str) -> Option<(String, Option<String>, Option<String>)> {
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.text(text) == cue)?;
        let m = before(text, &toks, at)?;
        Some((text[m.span.clone()].to_string(), m.name.map(|n| text[n].to_string()), m.description))
    }

    #[test]
    fn a_nickname_stands_between_a_first_name_and_a_surname_outside_a_headline() {
        let nickname =
            |text: &str| is_nickname_quote(text, &tokenize(text), text.find(['"', '\u{201c}']).unwrap_or_default());
        assert!(nickname("Del. Marcia \"Cia\" Price said so."));
        assert!(nickname("said Charles \u{201c}Chuck\u{201d} Baker, R-Iowa."));
        assert!(nickname("Jesu\u{301}s \"Chuy\" Garci\u{301}a won."));
        // A headline in title case goes on in capitals; speech has no first name before it.
        assert!(!nickname("Why She Felt \"Invisible\" As A Child"));
        assert!(!nickname("she said \"Never\" Again."));
        assert!(!nickname("Ruiz said \"Not now, not ever\" Monday."));
    }

    #[test]
    fn title_is_split_off_the_name() {
        let (span, name, desc) =
            mention_before("country, Russian Deputy Defense Minister Alexander Fomin said Friday", "said").unwrap();
        assert_eq!(span, "Russian Deputy Defense Minister Alexander Fomin");
        assert_eq!(name.as_deref(), Some("Alexander Fomin"));
        assert_eq!(desc.as_deref(), Some("russian deputy defense minister"));
    }

    /// The appositive `appositive_after` reads after the name that starts at word `name` of
    /// `text`; the name must be read as one.
    fn appositive_of<'t>(text: &'t str, name: &str) -> Option<&'t str> {
        let toks = tokenize(text);
        let k = toks.iter().position(|t| t.text(text) == name).expect("the name is in the text");
        let (m, end) = after(text, &toks, k).expect("a mention starts at the name");
        assert_eq!(m.kind, MentionKind::Name, "{text}");
        appositive_after(text, &toks, &m, end).map(|span| &text[span])
    }

    #[test]
    fn an_appositive_after_a_name_is_its_noun_phrase_without_a_qualifying_phrase() {
        assert_eq!(
            appositive_of("Ann Ruiz, the city's treasurer, opened the books.", "Ann"),
            Some("the city's treasurer")
        );
        assert_eq!(
            appositive_of("Tom Baker, 61, a former Marine who runs the ferry, said", "Tom"),
            Some("a former Marine")
        );
        assert_eq!(appositive_of("Dmitry Mosyakov, professor at the institute, said", "Dmitry"), Some("professor"));
        assert_eq!(
            appositive_of("Ed Lim, a former pilot of the ferry, said", "Ed"),
            Some("a former pilot of the ferry")
        );
        assert_eq!(appositive_of("Ed Lim, director of the Institute of Harbour Studies, said", "Ed"), Some("director"));
        // A title of someone else in a qualifying phrase says nothing of this person's gender.
        assert_eq!(
            appositive_of("Geoff Garin, a strategist for Mrs. Clinton's campaign, said", "Geoff"),
            Some("a strategist")
        );
        // No appositive: the words after the comma are a clause of their own, or a list, or
        // the name is in an opening phrase.
        assert_eq!(appositive_of("Tom Baker, the mayor said, would win.", "Tom"), None);
        assert_eq!(appositive_of("Tom Baker, Ann Ruiz and Ed Lim voted.", "Tom"), None);
        assert_eq!(appositive_of("For Tom Baker, a majority of likely voters, 56%, have doubts.", "Tom"), None);
    }

    #[test]
    fn appositive_gives_the_name_and_a_description() {
        let (span, _, desc) =
            mention_before("Dmitry Mosyakov, professor at the Institute of Oriental Studies, said that", "said")
                .unwrap();
        assert_eq!(span, "Dmitry Mosyakov");
        assert_eq!(desc.as_deref(), Some("professor at the Institute of Oriental Studies"));
    }

    #[test]
    fn descriptions_pronouns_and_modifiers() {
        assert_eq!(
            mention_before("region, the deputy defense minister added.", "added").unwrap().0,
            "the deputy defense minister"
        );
        assert_eq!(mention_before("\"Yes,\" he told reporters.", "told").unwrap().0, "he");
        assert_eq!(mention_before("Officials have also said", "said").unwrap().0, "Officials");
        assert_eq!(mention_before("the policy failed, the bank said", "said").unwrap().0, "the bank");
        assert_eq!(mention_before("It was all said and done", "said"), None);
    }

    #[test]
    fn subject_skips_an_introductory_phrase() {
        let text = "In January, Russia agreed to supply arms.";
        let toks = tokenize(text);
        assert_eq!(subject(text, &toks).map(|m| text[m.span].to_string()).as_deref(), Some("Russia"));
    }
}
