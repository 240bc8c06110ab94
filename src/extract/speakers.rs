//! Speaker resolution: every attribution's mention resolved to one person or organisation of
//! the document (coreference by rules).
//!
//! Names met anywhere in the text are registered first, with the titles said before them
//! ("Deputy Defense Minister Alexander Fomin"), so that a later surname ("Fomin") or
//! description ("the deputy defense minister") finds its person. A pronoun takes the person
//! most recently in focus: the last speaker or the last sentence subject that was a person,
//! not merely the nearest name ("Fomin said … at a meeting with Min Aung Hlaing. He added …"
//! is Fomin), unless that person is known to be of the other gender (by a title such as "Mrs."
//! or "congressman", or a common first name): "she" then takes the nearest woman named before.
//! Unnamed sources ("officials") resolve to no one. A column's "I" is its writer, when a
//! biography closes it ("Jane Roe is a professor of law …").

use super::attribution::Attribution;
use super::interview;
use super::lexicon::{self, Form, Gender, Pronoun, WordTable};
use super::mentions::{self, Mention, MentionKind};
use super::quotes::QuoteSpan;
use super::tokens::{Token, Tokenized, count_words, is_capitalized, without_possessive};
use crate::model::{Span, Speaker, SpeakerKind};
use memchr::memmem;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

#[derive(Debug)]
struct Entity {
    speaker: Speaker,
    /// Lowercase words of every title or description said of the entity.
    description_words: Vec<String>,
    /// What its titles ("Mrs.", "congressman") or else its first name say of it, as first
    /// learned.
    gender: Option<Gender>,
    /// Two people who spoke together ("Mr. Grassley and Mr. Leahy wrote"), whom "they" stands
    /// for and "he" or "it" never does.
    joint: bool,
    /// Where the text names it, in text order: its share of `Registry::named`, for how often
    /// and where last it was named before a place, each asked by a binary search.
    named_at: Vec<usize>,
}

impl Entity {
    /// The gender its first name and its titles give, the titles first. A person named by one
    /// word that is a common first name ("Melanie said") is named by that first name.
    fn learned_gender(&self) -> Option<Gender> {
        let titled = self.description_words.iter().find_map(|w| lexicon::title_gender(w));
        let first = self.speaker.name.split_whitespace().next();
        titled.or_else(|| first.and_then(lexicon::first_name_gender))
    }

    /// False when the entity is known to be of the other gender than a pronoun's.
    fn may_be(&self, pronoun: Pronoun) -> bool {
        self.gender.is_none() || self.gender == pronoun.gender()
    }

    /// Where it was named last before byte `at`, if it was.
    fn last_named_before(&self, at: usize) -> Option<usize> {
        let before = self.named_at.partition_point(|&p| p < at);
        before.checked_sub(1).map(|k| self.named_at[k])
    }
}

/// A person met at a position of the text: as a sentence subject (for pronouns) or named at
/// all (for descriptions).
struct Seen {
    at: usize,
    entity: usize,
}

#[derive(Default)]
struct Registry {
    entities: Vec<Entity>,
    by_name: Names,
    by_surname: Names,
    /// Entities by the last word of their name or of any alias, in lower case
    /// (`index_last_word`).
    by_last_word: HashMap<String, Vec<usize>, BuildHasherDefault<NameHasher>>,
    by_first_name: Names,
    focus: Vec<Seen>,
    /// Every person named, in text order: the people named in a sentence, the last two named
    /// (a joint subject) and the most named before an interview's first answer.
    named: Vec<Seen>,
    /// Names of two words or more by their initials ("imf" → "International Monetary
    /// Fund", the key `initials_key`), as first met, for acronyms.
    by_initials: HashMap<u64, usize, BuildHasherDefault<NameHasher>>,
    /// The names `by_initials` holds.
    full_names: Vec<String>,
    /// Names of two words or more as met, with the person each registered (None for a place
    /// or an organisation): a name met again registers the same, and "White House" or
    /// "Hillary Clinton" come back in most sentences of an article.
    registered: HashMap<String, Option<usize>, BuildHasherDefault<NameHasher>>,
    /// The writer of a column, named by the biography that closes it, whom "I" stands for.
    writer: Option<usize>,
    /// The answers of an interview printed as questions and answers, and the person who gives
    /// them, whom their `A:` and their "I" stand for.
    answers: Vec<Span>,
    interviewee: Option<usize>,
    /// The lines of the text in title case (`is_title_case`), in text order: read once, as every
    /// new name of two words or more asks whether its line is one.
    title_case_lines: Vec<Span>,
}

/// Entities by a name in lower case. The keys are a few short words, looked up at every
/// mention, where SipHash's guard against chosen keys cost more than the rest of the look-up.
type Names = HashMap<String, usize, BuildHasherDefault<NameHasher>>;

/// FxHash, as rustc hashes its identifiers: a rotation, an exclusive or and a product for
/// every eight bytes, then for each byte left.
#[derive(Default)]
struct NameHasher(u64);

impl NameHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The paragraphs that open an article, headline included, where a lede may describe a source
/// before naming it.
const LEDE_PARAGRAPHS: usize = 3;

/// Whether a mention describes a person by a title or role without naming one: "A former
/// party chairman", not "officials" or "the study".
fn describes_a_person(m: &Mention) -> bool {
    let head = m.description.as_deref().and_then(|d| d.rsplit(' ').next()).unwrap_or("");
    m.kind == MentionKind::Description && (lexicon::is_title(head) || lexicon::is_person_role(head))
}

/// Whether a description introduces someone: "A former party chairman", or a headline's bare
/// "Former party chairman"; not "the speaker", who is someone met before, nor a headline's
/// lower-case "senator ready for …".
fn introduces(written: &str) -> bool {
    let first = written.split_whitespace().next().unwrap_or("");
    lexicon::is_indefinite(first) || is_capitalized(first) && !first.eq_ignore_ascii_case("the")
}

/// How far back (in bytes) "it" looks for the organisation that spoke: about two paragraphs.
const IT_REACH: usize = 1200;

/// The last person and the last organisation that spoke, as (position, entity), for pronouns.
#[derive(Default)]
struct LastSpeakers {
    person: Option<(usize, usize)>,
    organization: Option<(usize, usize)>,
}

/// Resolves the mention of every attribution; returns the speakers that said something and,
/// per attribution, the index of its speaker.
pub fn resolve(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &Tokenized,
    subject_starts: &[OnceCell<Option<usize>>],
    quotes: &[QuoteSpan],
    attributions: &[Attribution],
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    // Sized for the names of an article: grown from empty, each map was rehashed three or four
    // times over, and each list regrown as often.
    let mut reg = Registry {
        entities: Vec::with_capacity(32),
        registered: HashMap::with_capacity_and_hasher(32, BuildHasherDefault::default()),
        by_name: Names::with_capacity_and_hasher(32, BuildHasherDefault::default()),
        by_surname: Names::with_capacity_and_hasher(32, BuildHasherDefault::default()),
        by_first_name: Names::with_capacity_and_hasher(32, BuildHasherDefault::default()),
        focus: Vec::with_capacity(32),
        named: Vec::with_capacity(64),
        by_initials: HashMap::with_capacity_and_hasher(32, BuildHasherDefault::default()),
        full_names: Vec::with_capacity(32),
        title_case_lines: title_case_lines(text),
        ..Registry::default()
    };
    reg.register_names(text, tokens, subject_starts);
    reg.writer = writer_in_biography(text, paragraphs, sentences, tokens).map(|name| reg.person(name));
    reg.answers = interview::answers(text, paragraphs);
    reg.interviewee = reg.answers.first().and_then(|a| reg.most_named_before(a.start));
    let mut resolved: Vec<Option<usize>> = Vec::with_capacity(attributions.len());
    let mut last = LastSpeakers::default();
    for a in attributions {
        let entity = if let Some(f) = a.follows {
            resolved.get(f).copied().flatten()
        } else if a.cue.as_ref().is_some_and(|cue| tells_an_impression(text, cue, a.mention.as_ref())) {
            None
        } else if let Some(m) = &a.mention {
            if reg.answers_with(text, m, quotes) {
                reg.interviewee
            } else if reg.asks(text, m) {
                None
            } else if is_the_writer(text, m, quotes) {
                reg.writer
            } else {
                reg.resolve_mention(text, m, &last)
            }
        } else {
            None
        };
        // The writer is no one a later "he" or "it" goes back to.
        if let (Some(e), Some(m)) = (entity, &a.mention)
            && !reg.entities[e].joint
            && m.kind != MentionKind::Pronoun(Pronoun::First)
        {
            match reg.entities[e].speaker.kind {
                SpeakerKind::Person => last.person = Some((m.span.start, e)),
                _ => last.organization = Some((m.span.start, e)),
            }
        }
        resolved.push(entity);
    }
    reg.name_the_lede(text, paragraphs, attributions, &mut resolved);
    // Keep the speakers that said something, in order of first appearance.
    let mut remap: HashMap<usize, usize> = HashMap::new();
    let mut speakers = Vec::new();
    let mut out = Vec::with_capacity(resolved.len());
    for r in resolved {
        out.push(r.map(|e| {
            *remap.entry(e).or_insert_with(|| {
                speakers.push(reg.entities[e].speaker.clone());
                speakers.len() - 1
            })
        }));
    }
    (speakers, out)
}

impl Registry {
    /// Registers every multi-word personal name in the text, with its titles, and notes the
    /// people who are sentence subjects (`subject_starts`: where each sentence's subject starts,
    /// once read).
    fn register_names(&mut self, text: &str, tokens: &Tokenized, subject_starts: &[OnceCell<Option<usize>>]) {
        // Where the phrase read at each capitalised word of a sentence starts, by token: the
        // subject is most often one of them, read again.
        let mut read: Vec<(usize, Option<usize>)> = Vec::with_capacity(16);
        for (i, start_cell) in subject_starts.iter().enumerate() {
            let toks = tokens.sentences(i, i);
            // Where the sentence's subject starts and where its phrase does, as
            // `mentions::subject` reads them: read only when a name is registered (nearly half
            // the sentences register none).
            let subject_start = || *start_cell.get_or_init(|| mentions::subject_start(text, toks));
            let subject_at = OnceCell::new();
            let mut subject = None;
            let named_before = self.named.len();
            read.clear();
            let mut i = 0;
            while i < toks.len() {
                // Names start with a capital; lower-case titles before them ("council member
                // Victor Hale") are rare enough not to scan every word for.
                let starts_run = toks[i].is_word() && toks[i].starts_capitalized(text);
                if !starts_run {
                    i += 1;
                    continue;
                }
                let found = mentions::name_after(text, toks, i);
                read.push((i, found.as_ref().map(|(m, _)| m.span.start)));
                let Some((m, end)) = found else {
                    i += 1;
                    continue;
                };
                // The phrase just read is the subject's when it starts where the subject does.
                let is_subject = || {
                    let subject_at = *subject_at.get_or_init(|| {
                        // `"Melanie thought …`: a paragraph of a long quotation reopens its mark.
                        let start = subject_start()?;
                        let start = start + usize::from(toks.get(start).is_some_and(Token::opens_quotation));
                        match read.iter().find(|&&(k, _)| k == start) {
                            Some(&(_, at)) => at,
                            None => mentions::name_after(text, toks, start).map(|(m, _)| m.span.start),
                        }
                    });
                    subject_at == Some(m.span.start)
                };
                // The name is cleaned once for both look-ups: only a name registers anyone.
                let entity = (m.kind == MentionKind::Name).then(|| name_of(text, &m)).and_then(|name| {
                    let registered = self.register(text, &m, name);
                    registered.or_else(|| {
                        self.lone_first_name(&m, name).filter(|_| is_subject()).map(|name| self.person(name))
                    })
                });
                if let Some(e) = entity {
                    // "Ann Ruiz, the city's treasurer, …": "the treasurer" later is she.
                    if let Some(appositive) = mentions::appositive_after(text, toks, &m, end) {
                        self.add_description(e, Some(&text[appositive]));
                    }
                    self.named.push(Seen { at: m.span.start, entity: e });
                    self.entities[e].named_at.push(m.span.start);
                    // "Gender Equality.": a name that is its whole sentence heads a section or
                    // captions a picture; it is the subject of no verb a pronoun could go on from.
                    let alone = i == 0 && toks[end..].iter().all(|t| !t.is_word());
                    // "The bill passed; Gov. Mary Fallin vetoed it because she said …": a
                    // semicolon opens a clause of its own, whose subject is in focus too.
                    let after_semicolon = i > 0 && toks[i - 1].is_punct(';');
                    if (is_subject() || after_semicolon) && !alone {
                        self.focus.push(Seen { at: m.span.start, entity: e });
                        subject = Some(e);
                    }
                }
                i = end.max(i + 1);
            }
            // The role is the subject's, or, past an opening phrase the subject was not found
            // behind ("On Thursday Hillary Clinton spoke as the nominee"), the one person named
            // before it.
            let named_here = &self.named[named_before..];
            if named_here.is_empty() {
                continue;
            }
            if let Some((at, role)) = predicate_role(text, toks) {
                let mut before = named_here.iter().filter(|n| n.at < toks[at].span.start).map(|n| n.entity);
                let sole = before.next().filter(|&e| before.all(|other| other == e));
                if let Some(e) = subject.or(sole) {
                    self.add_description(e, Some(&role));
                }
            }
        }
    }

    /// The person a mention met in the text names, registered with its titles: a name of two
    /// words or more, a lone surname with a title ("Mr. Obama", "President Obama"), or the
    /// surname of someone registered before. `name` is the name mention `m` gives (`name_of`).
    fn register(&mut self, text: &str, m: &Mention, name: &str) -> Option<usize> {
        if opens_heading(text, m.span.start, name) {
            return None;
        }
        let person = match self.registered.get(name) {
            Some(&known) => known,
            None => {
                // One word or more than one is all that is asked.
                let words = count_words(name, 2);
                // Not kept as met: a headline's run is met once.
                if words >= 2 && self.reads_headline_words(text, m.span.start, name) {
                    return None;
                }
                self.note_initials(name);
                // Whether a title was said of it is asked of a lone surname only: a name of two
                // words or more is registered without one.
                let titled = || {
                    m.description.as_deref().is_some_and(|d| d.split_whitespace().any(lexicon::is_honorific_or_title))
                        && !is_organization(name)
                };
                if let Some(known) = self.past_opening_verb(text, m.span.start, name) {
                    return Some(known);
                }
                if let Some(kind) = organization_kind_before(text, m).filter(|_| words >= 2) {
                    // Not a person, so no one a pronoun goes back to: known by name only.
                    self.organization_by_kind(name, kind);
                    self.registered.insert(name.to_string(), None);
                    return None;
                }
                if words >= 2 {
                    let described = m.description.as_deref().or_else(|| tie_before(text, m.span.start));
                    let e = person_like(name).then(|| self.person_described(name, described));
                    self.registered.insert(name.to_string(), e);
                    e
                } else if titled() && person_like(name) {
                    Some(self.person(name))
                } else if words == 1 {
                    // `lower`, not `to_lowercase`: a lone capitalised word is looked up here at
                    // every mention, and `lower` neither allocates nor walks Unicode's tables
                    // for ASCII. A surname met alone adds no description.
                    return self.by_lone_surname(name, m.span.start);
                } else {
                    None
                }
            }
        };
        if let Some(e) = person {
            self.add_description(e, m.description.as_deref());
        }
        person
    }

    /// "Following Sanders on MSNBC, …", "Continued Stone: “…”": a verb form ending in -ing or
    /// -ed that opens a sentence (at `at`) before the name or surname of someone already
    /// registered is no part of that person's name, who is the one named.
    fn past_opening_verb(&self, text: &str, at: usize, name: &str) -> Option<usize> {
        let (first, rest) = name.split_once(' ')?;
        let verb_form = first.len() >= 6
            && (first.ends_with("ing") || first.ends_with("ed"))
            && lexicon::first_name_gender(first).is_none();
        if !verb_form || !opens_sentence(text, at) {
            return None;
        }
        match self.registered.get(rest) {
            Some(&known) => known,
            None => self.by_lone_surname(rest, at),
        }
    }

    /// The person registered with the surname `name` who a lone mention of it at `at` stands
    /// for: of several people with the surname, the one `by_surname_near` finds, not the one
    /// met last.
    fn by_lone_surname(&self, name: &str, at: usize) -> Option<usize> {
        let known = self.by_surname.get(lexicon::lower(name).as_ref()).copied()?;
        Some(self.by_surname_near(name, at).unwrap_or(known))
    }

    /// "A former party chairman says … “…,” said Don Fowler": a lede that describes its source
    /// before it names him. A description in the opening paragraphs that found no one is the
    /// first person named as a speaker after it there.
    fn name_the_lede(
        &mut self,
        text: &str,
        paragraphs: &[Span],
        attributions: &[Attribution],
        resolved: &mut [Option<usize>],
    ) {
        let Some(opening_end) = paragraphs.get(LEDE_PARAGRAPHS - 1).or(paragraphs.last()).map(|p| p.end) else {
            return;
        };
        for (k, a) in attributions.iter().enumerate() {
            let Some(m) = a.mention.as_ref().filter(|m| m.span.start < opening_end) else { continue };
            if resolved[k].is_some()
                || a.follows.is_some()
                || !describes_a_person(m)
                || !introduces(&text[m.span.clone()])
            {
                continue;
            }
            let named_later = attributions[k + 1..].iter().zip(&resolved[k + 1..]).find_map(|(b, &e)| {
                let named = b.mention.as_ref().filter(|n| n.kind == MentionKind::Name && n.span.start < opening_end)?;
                e.filter(|&e| self.entities[e].speaker.kind == SpeakerKind::Person && named.span.start > m.span.start)
            });
            if let Some(e) = named_later {
                resolved[k] = Some(e);
                self.add_alias(e, text[m.span.clone()].trim());
            }
        }
    }

    /// The person named most often before `at`, the first named of several so named: before
    /// an interview's first answer, the one it is with ("Q&A with Vice President Joe Biden. …
    /// Biden complained …").
    fn most_named_before(&self, at: usize) -> Option<usize> {
        let before = &self.named[..self.named.partition_point(|n| n.at < at)];
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for n in before.iter().filter(|n| !self.entities[n.entity].joint) {
            match counts.iter_mut().find(|(e, _)| *e == n.entity) {
                Some((_, count)) => *count += 1,
                None => counts.push((n.entity, 1)),
            }
        }
        // `max_by_key` keeps the last of equals: the first named wins from the reversed list.
        counts.into_iter().rev().max_by_key(|&(_, count)| count).map(|(e, _)| e)
    }

    /// Whether mention `m` is the `Q` that labels an interview's question: the interviewer,
    /// whom the transcript does not name (a speaker "Q" would be one person across articles).
    fn asks(&self, text: &str, m: &Mention) -> bool {
        !self.answers.is_empty() && interview::is_question_label(text, &m.span)
    }

    /// Whether mention `m` is an interview's answerer: the `A` that labels an answer, or "I"
    /// said in one outside any quotation.
    fn answers_with(&self, text: &str, m: &Mention, quotes: &[QuoteSpan]) -> bool {
        let in_answer = self.interviewee.is_some() && interview::in_answer(&self.answers, m.span.start);
        let label =
            || self.answers.iter().any(|a| a.start == m.span.start) && interview::is_answer_label(text, &m.span);
        in_answer && (label() || is_the_writer(text, m, quotes))
    }

    /// The name of a person a mention calls by a common first name alone ("Melanie thought …"),
    /// whom no surname registered before stands for. `name` is the name mention `m` gives.
    fn lone_first_name<'t>(&self, m: &Mention, name: &'t str) -> Option<&'t str> {
        if m.description.is_some() {
            return None;
        }
        let lone = !name.contains(' ') && lexicon::first_name_gender(name).is_some();
        (lone && !self.by_surname.contains_key(lexicon::lower(name).as_ref())).then_some(name)
    }

    /// Whether a name of two words or more read at `at` is a run of a headline's words: on a line
    /// in title case (`on_title_case_line`) and met nowhere else in the text ("Big Win For
    /// Bernie: …", "Carly Fiorina Endorses Ted Cruz: …", "Ortiz Praises Tom Baker"), where a
    /// capitalised run glues names to the verbs and nouns around them. A person a headline names
    /// is named again in the text under it, in full or, a name of four words at most, by the
    /// surname ("Cecile Richards: I’m Sick Of …" and then "Richards said"), or is named by a
    /// common first name and a surname alone (a columnist's byline, "Ann Coulter: …").
    fn reads_headline_words(&self, text: &str, at: usize, name: &str) -> bool {
        if !name.contains(' ') || !self.on_title_case_line(at) || named_again(text, name) {
            return false;
        }
        // "Big Win For Bernie": a small word in capitals is no part of a name.
        if name.split(' ').skip(1).any(is_headline_small_word) {
            return true;
        }
        let words = count_words(name, 5);
        let (first, surname) = (name.split(' ').next().unwrap_or(name), name.rsplit(' ').next().unwrap_or(name));
        let first_name_and_surname = words == 2 && lexicon::first_name_gender(first).is_some();
        !(first_name_and_surname || words <= 4 && named_again(text, surname))
    }

    /// Whether byte `at` is on a line in title case.
    fn on_title_case_line(&self, at: usize) -> bool {
        let lines = &self.title_case_lines;
        lines.get(lines.partition_point(|line| line.end < at)).is_some_and(|line| line.start <= at)
    }

    fn resolve_mention(&mut self, text: &str, m: &Mention, last: &LastSpeakers) -> Option<usize> {
        let written = text[m.span.clone()].trim().to_string();
        let entity = match m.kind {
            MentionKind::Pronoun(pronoun @ (Pronoun::He | Pronoun::She)) => {
                let in_focus = self.in_focus(m.span.start, last).filter(|&e| self.entities[e].may_be(pronoun));
                // "she" is not a man in focus: the nearest woman named before, then (asked of
                // each person: a walk back over `named` went over the whole article when none was).
                in_focus.chain(self.last_named_of(pronoun.gender(), m.span.start)).next()
            }
            // "The council said … It added": the organisation that spoke just before.
            MentionKind::Pronoun(Pronoun::It) => last_organization(last, m.span.start),
            // "The party said … they added": a joint subject, else the organisation that spoke
            // just before, as "it" would take it.
            MentionKind::Pronoun(Pronoun::They) => {
                self.joint_subject(text, m.span.start).or_else(|| last_organization(last, m.span.start))
            }
            MentionKind::Pronoun(_) => None,
            MentionKind::Description => {
                let description = m.description.as_deref().unwrap_or("");
                // "The study found": the words are the document's owner's.
                if let Some(owner) = document_owner(text, &written, m.span.start) {
                    Some(self.owner(owner))
                } else if let Some(force) = police_force(text, &written, m.span.start) {
                    Some(self.organization(force))
                } else {
                    // "A campaign spokesman said": someone new, not the spokesman named before.
                    let known = !mentions::is_indefinite(text, m);
                    self.named_in_apposition(text, &m.span)
                        .or_else(|| known.then(|| self.by_description(description, m.span.start)).flatten())
                        .or_else(|| named_relative(text, &written).map(|name| self.person(&name)))
                        .or_else(|| named_organization(&written).map(|name| self.organization(&name)))
                        .or_else(|| self.anaphor(&written, description, m.span.start, last))
                        .or_else(|| self.organization_anaphor(text, &written, last, m.span.start))
                        .or_else(|| self.joint_role(text, &written, m.span.start))
                }
            }
            MentionKind::Name => {
                let name = name_of(text, m);
                // "Limited Tools to Fight Terrorism: The United Nations …" labels a section;
                // "Big Win For Bernie: …" is a headline's words, no one's name.
                if opens_heading(text, m.span.start, name) || self.reads_headline_words(text, m.span.start, name) {
                    return None;
                }
                // Two names joined are both speakers; one name is the person or organisation it names.
                Some(self.named_jointly(text, &m.span).unwrap_or_else(|| self.named_one(text, m, name)))
            }
        }?;
        // A relative word ("who", "which", "a poll that shows") stands for the speaker: no alias.
        if written != self.entities[entity].speaker.name
            && !matches!(m.kind, MentionKind::Pronoun(_))
            && !lexicon::is_relative_pronoun(&written)
            && !written.eq_ignore_ascii_case("that")
        {
            self.add_alias(entity, &written);
        }
        Some(entity)
    }

    /// Who a mention of one name stands for: an organisation (by its initials too), a spouse
    /// named before, or the person met by that name or surname nearest before.
    fn named_one(&mut self, text: &str, m: &Mention, name: &str) -> usize {
        let e = if let Some(force) = police_force(text, name, m.span.start) {
            self.organization(force)
        } else if let Some(kind) = organization_kind_before(text, m) {
            self.organization_by_kind(name, kind)
        } else if is_organization(name) {
            // "the IMF", "U.N.": the organisation named in full before or after.
            let full =
                acronym_key(name).and_then(|key| self.by_initials.get(&key)).map(|&i| self.full_names[i].clone());
            self.organization(full.as_deref().unwrap_or(name))
        } else if let Some(full) = self.spouse_named(text, name, m.name.as_ref().map_or(m.span.start, |n| n.start)) {
            self.person(&full)
        } else {
            self.by_surname_near(name, m.span.start).unwrap_or_else(|| self.person(name))
        };
        self.add_description(e, m.description.as_deref());
        e
    }

    /// Whom "they" at `at` stands for when the last two people named before it were a joint
    /// subject ("Mr. Grassley and Mr. Leahy wrote … they said"): the two as one speaker.
    fn joint_subject(&mut self, text: &str, at: usize) -> Option<usize> {
        let before = &self.named[..self.named.partition_point(|n| n.at < at)];
        let [.., first, second] = before else { return None };
        let (a, b) = (first.entity, second.entity);
        let joined = text.get(first.at..second.at).is_some_and(joins_two_names);
        let is_subject = self.focus.iter().any(|f| f.at == first.at) || gives_examples(&text[..first.at]);
        if a == b || !joined || !is_subject || at - second.at > IT_REACH {
            return None;
        }
        Some(self.joint(a, b))
    }

    /// Whom a mention that joins two names stands for ("Trump and Sanders said", "President
    /// Barack Obama and Vice President Joe Biden said", "Two objectors, Lawrence Joyce and
    /// William Graham, said"): the two as one speaker, not the second alone, whose name the
    /// mention ends with. The registry met both names inside the mention's `span`.
    fn named_jointly(&mut self, text: &str, span: &Span) -> Option<usize> {
        let inside = &self.named[self.named.partition_point(|n| n.at < span.start)..];
        let inside = &inside[..inside.partition_point(|n| n.at < span.end)];
        let [first, second] = inside else { return None };
        let (a, b) = (first.entity, second.entity);
        let joined = text.get(first.at..second.at).map(past_lower_case_title).is_some_and(joins_two_names);
        (a != b && joined).then(|| self.joint(a, b))
    }

    /// Whom a description stands for that two names joined stand in apposition to, up to the
    /// comma that closes them: "Two objectors, Lawrence Joyce and William Graham, had challenged
    /// the bid, contending …", where the participle's subject is read as "Two objectors". Names
    /// only: "The report, Smith and Jones said, …" sets off no apposition.
    fn named_in_apposition(&mut self, text: &str, span: &Span) -> Option<usize> {
        let rest = text.get(span.end..)?.strip_prefix(", ")?;
        let apposed = &rest[..rest.find(',')?];
        if !apposed.split_whitespace().all(|w| w == "and" || is_capitalized(w)) {
            return None;
        }
        let start = span.end + 2;
        self.named_jointly(text, &(start..start + apposed.len()))
    }

    /// The speaker that is people `a` and `b` together, "A and B".
    fn joint(&mut self, a: usize, b: usize) -> usize {
        let name = format!("{} and {}", self.entities[a].speaker.name, self.entities[b].speaker.name);
        let key = lexicon::lower(&name).into_owned();
        if let Some(&e) = self.by_name.get(&key) {
            return e;
        }
        let e = self.new_entity(&name, SpeakerKind::Person);
        self.entities[e].joint = true;
        self.by_name.insert(key, e);
        e
    }

    /// Whom a definite plural role stands for: "Mr. Grassley and Mr. Leahy said … what the
    /// senators said" is the joint subject, as "they" would be.
    fn joint_role(&mut self, text: &str, written: &str, at: usize) -> Option<usize> {
        let definite = after_the(written).is_some();
        let singular = written.rsplit(' ').next().and_then(|head| head.strip_suffix('s'));
        let role = singular.is_some_and(|w| lexicon::is_person_role(&lexicon::lower(w)));
        if definite && role { self.joint_subject(text, at) } else { None }
    }

    /// The people in focus at `at`, the later of the sentence subject and the last speaker first.
    fn in_focus(&self, at: usize, last: &LastSpeakers) -> impl Iterator<Item = usize> {
        let subject = self.focus[..self.focus.partition_point(|f| f.at < at)].last();
        let last_person = last.person.map(|(at, e)| Seen { at, entity: e });
        let (earlier, later) = match (subject, last_person) {
            (Some(f), Some(l)) if f.at > l.at => (Some(l.entity), Some(f.entity)),
            (Some(f), Some(l)) => (Some(f.entity), Some(l.entity)),
            (f, l) => (None, f.map(|f| f.entity).or(l.map(|l| l.entity))),
        };
        later.into_iter().chain(earlier)
    }

    /// Whom a definite role that fits no title stands for: "Trump cited … 'We need change,' the
    /// New York businessman said" is the person in focus, as "he" would be. A role no one holds
    /// in the text is a way of not repeating a name, not someone new (who is named, or "a"
    /// role). An organisation noun is not read so: "the company" is as often another company.
    fn anaphor(&self, written: &str, description: &str, at: usize, last: &LastSpeakers) -> Option<usize> {
        let definite = after_the(written).is_some();
        let head = description.rsplit(' ').next().unwrap_or("");
        if definite && lexicon::is_person_role(head) { self.in_focus(at, last).next() } else { None }
    }

    /// Whom "the agency" or "the network" stands for: the organisation that spoke just before,
    /// as "it" would be ("according to the Congressional Budget Office … the agency said").
    /// Not so "the administration", "the campaign", "the police" or "the poll": each most often
    /// stands for one of its own, not for whoever spoke last. The organisation is one named in
    /// full or by its initials ("Heritage Foundation", "FBI"), not a lone word read as a name.
    fn organization_anaphor(&self, text: &str, written: &str, last: &LastSpeakers, at: usize) -> Option<usize> {
        let noun =
            after_the(written).filter(|rest| !rest.contains(' ') && !rest.ends_with('s') && !is_capitalized(rest))?;
        let noun = lexicon::lower(noun);
        let own_kind = matches!(noun.as_ref(), "administration" | "campaign" | "police" | "poll" | "government");
        if own_kind || !lexicon::is_org_word(&noun) {
            return None;
        }
        let (spoke, e) = last.organization?;
        let name = &self.entities[e].speaker.name;
        // "the coal mining giant Peabody Energy … according to the union": an organisation
        // whose kind was said before its name is another kind's no more ("the National Golf
        // Foundation … the group" said none).
        let known = &self.entities[e].description_words;
        let said_kind = |w: &String| {
            lexicon::is_organization_noun(w) && !name.split_whitespace().any(|n| n.eq_ignore_ascii_case(w))
        };
        if known.iter().any(said_kind) && !known.iter().any(|w| *w == noun.as_ref()) {
            return None;
        }
        let full = name.contains(' ') || (name.len() > 1 && name.bytes().all(|b| b.is_ascii_uppercase()));
        let since = text.get(spoke..at).unwrap_or("");
        (full && at - spoke <= IT_REACH && !names_another_organization(since, name)).then_some(e)
    }

    /// The person a name stands for: an exact name, a fuller name with the same surname
    /// ("Fomin" → "Alexander Fomin"), or a new person.
    fn person(&mut self, name: &str) -> usize {
        self.person_described(name, None)
    }

    /// The person a name said with a description stands for, as `person`; the description may
    /// tell a relative from the person met by the surname alone.
    fn person_described(&mut self, name: &str, description: Option<&str>) -> usize {
        let key = lexicon::lower(name);
        if let Some(&e) = self.by_name.get(key.as_ref()) {
            return e;
        }
        let key = key.into_owned();
        // Its first and last words, without collecting them: this sees every new name.
        let mut words = key.split_whitespace();
        let first = words.next().unwrap_or("");
        let (last, several) = words.next_back().map_or((first, false), |last| (last, true));
        // "De Vries said": a surname with its particles is a surname alone.
        let several = several && !is_surname_alone(&key);
        // "Ban Ki-moon", "Park Geun-hye": a Korean name puts the family name first.
        let last = if several && words.next().is_none() && is_korean_given_name(name) { first } else { last };
        let found = if !several && !first.is_empty() {
            self.by_surname.get(last).or_else(|| self.by_first_name.get(last)).copied()
        } else {
            // "Hillary Rodham Clinton" and "Hillary Clinton" are one person.
            let by_surname = self.by_surname.get(last).copied().filter(|&e| {
                let known = &self.entities[e].speaker.name;
                let known_first = known.split_whitespace().next().unwrap_or("");
                is_surname_alone(known) && self.may_be_named(e, first, description)
                    || lexicon::lower(known_first).as_ref() == first
                    // "Van Voorhis" after "Chandler Van Voorhis": a surname with its particle
                    // that ends a fuller name.
                    || lexicon::is_surname_particle(first)
                        && lexicon::lower(known).strip_suffix(key.as_str()).is_some_and(|rest| rest.ends_with(' '))
            });
            // "Melanie thought … Melanie Austin said": the person met by her first name alone.
            by_surname.or_else(|| {
                let alone = self.by_surname.get(first).copied();
                alone.filter(|&e| {
                    self.entities[e].speaker.name.eq_ignore_ascii_case(first)
                        && lexicon::first_name_gender(first).is_some()
                })
            })
        };
        let e = found.unwrap_or_else(|| self.new_entity(name, SpeakerKind::Person));
        let speaker = &mut self.entities[e].speaker;
        if found.is_some() && name.split_whitespace().count() > speaker.name.split_whitespace().count() {
            let old = std::mem::replace(&mut speaker.name, name.to_string());
            self.index_last_word(e, name);
            self.add_alias(e, &old);
        }
        // The keys are copied only when new: most surnames and first names come back.
        match self.by_surname.get_mut(last) {
            Some(known) => *known = e,
            None => {
                self.by_surname.insert(last.to_string(), e);
            }
        }
        if several && !self.by_first_name.contains_key(first) {
            self.by_first_name.insert(first.to_string(), e);
        }
        self.by_name.insert(key, e);
        self.learn_gender(e);
        e
    }

    /// Whether a fuller name, with its first name and description, may be the person `e` met
    /// by its surname alone: not one of the other gender ("Mr. Obama … Michelle Obama"), nor
    /// one described by a family tie the other was not ("President Obama … the first lady,
    /// Michelle Obama", "his wife, Michelle Obama"), who is a relative.
    fn may_be_named(&self, e: usize, first: &str, description: Option<&str>) -> bool {
        let entity = &self.entities[e];
        let words: Vec<String> = description.map(|d| description_words(d).collect()).unwrap_or_default();
        let gender = words.iter().find_map(|w| lexicon::title_gender(w)).or_else(|| lexicon::first_name_gender(first));
        let other_gender = entity.gender.is_some() && gender.is_some() && entity.gender != gender;
        let tie = words
            .iter()
            .enumerate()
            .any(|(i, w)| lexicon::is_family_tie(i.checked_sub(1).map_or("", |p| &words[p]), w));
        let new_tie = tie && !words.iter().all(|w| entity.description_words.contains(w));
        !other_gender && !new_tie
    }

    /// The full name of a spouse named by a first name alone after "his wife," or "her
    /// husband,": "Tom Baker and his wife, Laura," is Laura Baker, the surname of the person
    /// named last before.
    fn spouse_named(&self, text: &str, name: &str, at: usize) -> Option<String> {
        // The rare condition first: a lone first name right after the phrase.
        let before = text[..at].trim_end().strip_suffix(',')?;
        let spouse = ["his wife", "her husband"]
            .iter()
            .any(|p| before.get(before.len().saturating_sub(p.len())..).is_some_and(|end| end.eq_ignore_ascii_case(p)));
        if !spouse || name.contains(' ') || lexicon::first_name_gender(name).is_none() {
            return None;
        }
        let named = self.named[..self.named.partition_point(|n| n.at < at)].last()?;
        let partner = &self.entities[named.entity].speaker;
        // "Joseph R. Biden Jr." is a Biden.
        let surname = partner.name.split_whitespace().rfind(|w| !lexicon::is_name_suffix(w))?;
        (partner.kind == SpeakerKind::Person && partner.name.contains(' ')).then(|| format!("{name} {surname}"))
    }

    /// The person a lone surname at `at` stands for when several share it: the one named
    /// most often before (or at) `at`, the one named last of equals, else the first named
    /// after it ("Jared Sexton … Sexton said … Anne Sexton" is Jared). An article calls the
    /// person it is about by the surname alone, and names the others in full each time: "Hillary
    /// Clinton … her husband, Bill Clinton, … Clinton said" is Hillary.
    fn by_surname_near(&self, name: &str, at: usize) -> Option<usize> {
        if name.split_whitespace().count() != 1 {
            return None;
        }
        let people = self.by_last_word.get(lexicon::lower(name).as_ref())?;
        // Per person: how often named before `at`, where last, and where first after it.
        let named = people.iter().map(|&e| {
            let named_at = &self.entities[e].named_at;
            let before = named_at.partition_point(|&p| p <= at);
            (e, before, before.checked_sub(1).map(|k| named_at[k]), named_at.get(before).copied())
        });
        let most_named =
            named.clone().filter_map(|(e, times, last, _)| last.map(|last| (times, last, e))).max().map(|(_, _, e)| e);
        most_named.or_else(|| named.filter_map(|(e, _, _, next)| next.map(|next| (next, e))).min().map(|(_, e)| e))
    }

    /// The entity a document's owner names: a person registered by that name or surname,
    /// else an organisation ("Reuters", "the Pew Research Center", "IMF" written out).
    fn owner(&mut self, name: &str) -> usize {
        if let Some(&Some(e)) = self.registered.get(name) {
            return e;
        }
        if let Some(&e) = self.by_surname.get(lexicon::lower(name).as_ref()) {
            return e;
        }
        let full = acronym_key(name).and_then(|key| self.by_initials.get(&key)).map(|&i| self.full_names[i].clone());
        self.organization(full.as_deref().unwrap_or(name))
    }

    fn organization(&mut self, name: &str) -> usize {
        let key = lexicon::lower(name).into_owned();
        if let Some(&e) = self.by_name.get(&key) {
            return e;
        }
        let e = self.new_entity(name, SpeakerKind::Organization);
        // "The International Monetary Fund said … the fund warned": the words of a name of two
        // or more describe it (a one-word name is as often a headline's first word: "Poll: …").
        if name.contains(' ') {
            self.entities[e].description_words = description_words(name).collect();
        }
        self.by_name.insert(key, e);
        e
    }

    /// The organisation that a kind of organisation before it names ("the coal mining giant
    /// Peabody Energy", "the investment company Janney Montgomery Scott"), known by its first
    /// word too, as later mentions shorten it ("Peabody said", "a spokeswoman for Janney"),
    /// where no one else goes by that word. Its `kind` describes it: "the giant" is Peabody.
    fn organization_by_kind(&mut self, name: &str, kind: &str) -> usize {
        let e = self.organization(name);
        self.add_description(e, Some(kind));
        if let Some((first, _)) = name.split_once(' ').filter(|(first, _)| is_capitalized(first)) {
            self.by_name.entry(lexicon::lower(first).into_owned()).or_insert(e);
        }
        e
    }

    /// Keeps a name of two to six words by its initials, the first met for each.
    fn note_initials(&mut self, name: &str) {
        if !name.contains(' ') {
            return;
        }
        // On the stack: this sees every name met, most of them seen before.
        let (mut initials, mut ends, mut len) = ([0u8; 6], [0usize; 6], 0);
        for w in name.split_whitespace().filter(|w| !matches!(*w, "of" | "and" | "for" | "the" | "on" | "&")) {
            let Some(&first) = w.as_bytes().first().filter(|b| b.is_ascii_alphabetic() && len < 6) else { return };
            initials[len] = first.to_ascii_lowercase();
            ends[len] = offset_in(name, w) + w.len();
            len += 1;
        }
        self.note_initials_of(&initials[..len], name);
        // "United Nations Security Council": a body of two words is named after the
        // organisation its first words name, "U.N.".
        if len >= 4 {
            self.note_initials_of(&initials[..len - 2], &name[..ends[len - 3]]);
        }
    }

    /// Keeps `name` by its `initials` unless a name met before has them.
    fn note_initials_of(&mut self, initials: &[u8], name: &str) {
        if initials.len() >= 2 && !self.by_initials.contains_key(&initials_key(initials)) {
            self.by_initials.insert(initials_key(initials), self.full_names.len());
            self.full_names.push(name.to_string());
        }
    }

    fn new_entity(&mut self, name: &str, kind: SpeakerKind) -> usize {
        self.entities.push(Entity {
            speaker: Speaker { name: name.to_string(), kind, aliases: Vec::new(), descriptions: Vec::new() },
            description_words: Vec::new(),
            gender: None,
            joint: false,
            named_at: Vec::new(),
        });
        let e = self.entities.len() - 1;
        self.index_last_word(e, name);
        e
    }

    /// Files `e` under the last word of `name`, one of its names or aliases, in lower case and
    /// without a possessive: the people a lone surname may stand for.
    fn index_last_word(&mut self, e: usize, name: &str) {
        let Some(last) = name.split_whitespace().next_back() else { return };
        let key = lexicon::lower(without_possessive(last));
        match self.by_last_word.get_mut(key.as_ref()) {
            Some(entities) if entities.contains(&e) => {}
            Some(entities) => entities.push(e),
            None => {
                self.by_last_word.insert(key.into_owned(), vec![e]);
            }
        }
    }

    /// Adds `alias` to the aliases of entity `e`, once.
    fn add_alias(&mut self, e: usize, alias: &str) {
        let speaker = &mut self.entities[e].speaker;
        if !speaker.aliases.iter().any(|a| a == alias) {
            speaker.aliases.push(alias.to_string());
            self.index_last_word(e, alias);
        }
    }

    fn add_description(&mut self, e: usize, description: Option<&str>) {
        let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) else { return };
        let entity = &mut self.entities[e];
        // A description said before added its words then (most titles come back at every
        // mention): only a new one can add any.
        if entity.speaker.descriptions.iter().any(|x| x == d) {
            return;
        }
        entity.speaker.descriptions.push(d.to_string());
        let known_words = entity.description_words.len();
        for w in description_words(d) {
            if !entity.description_words.contains(&w) {
                entity.description_words.push(w);
            }
        }
        // The gender was learnt again at every change of the name or the words: only a new
        // word can tell more (a title repeated at each mention tells nothing new).
        if entity.description_words.len() > known_words {
            self.learn_gender(e);
        }
    }

    /// Sets a person's gender from what is known of them, once.
    fn learn_gender(&mut self, e: usize) {
        let entity = &mut self.entities[e];
        if entity.gender.is_none() && entity.speaker.kind == SpeakerKind::Person {
            entity.gender = entity.learned_gender();
        }
    }

    /// The person of `gender` named last before byte `at`.
    fn last_named_of(&self, gender: Option<Gender>, at: usize) -> Option<usize> {
        let of_gender = (0..self.entities.len()).filter(|&e| self.entities[e].gender == gender);
        of_gender.filter_map(|e| self.entities[e].last_named_before(at).map(|p| (p, e))).max().map(|(_, e)| e)
    }

    /// "the deputy defense minister" → the entity whose titles hold all those words; of
    /// several, the one named last before `at` ("the senator" after two senators is the one
    /// just mentioned), else the one registered last.
    fn by_description(&self, description: &str, at: usize) -> Option<usize> {
        // An age ("the 61-year-old developer") is seldom said where the person is named.
        let age = |w: &str| w.strip_suffix("-year-old").is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
        let words: Vec<String> = description_words(description)
            .filter(|w| !matches!(w.as_str(), "former" | "top" | "then" | "current" | "new" | "'s") && !age(w))
            .collect();
        // "the state", "the city": a government speaks, not a person a title names by the same
        // word ("Ohio Secretary of State Jon Husted").
        if words.is_empty() || words.iter().all(|w| lexicon::is_polity_noun(w)) {
            return None;
        }
        // "the Democratic presidential nominee" is not the vice presidential one.
        let lesser = |w: &String| matches!(w.as_str(), "vice" | "deputy" | "assistant") && !words.contains(w);
        // "the campaign" is no adviser to it: a description headed by an organisation's noun
        // stands for no person.
        let of_organization = words.last().is_some_and(|head| lexicon::is_org_word(head));
        // "the candidate" is not "a former candidate for governor": unless the mention says
        // "former" too, no one whose descriptions give its first word only after "former".
        let said_former = description_words(description).any(|w| w == "former");
        let former_only = |e: usize| {
            let (mut before, mut now) = (false, false);
            for d in &self.entities[e].speaker.descriptions {
                let said: Vec<String> = description_words(d).collect();
                for (i, _) in said.iter().enumerate().filter(|(_, w)| **w == words[0]) {
                    if i > 0 && said[i - 1] == "former" { before = true } else { now = true }
                }
            }
            before && !now
        };
        let fits = |e: usize| {
            let entity = &self.entities[e];
            let known = &entity.description_words;
            words.iter().all(|w| known.contains(w))
                && !known.iter().any(lesser)
                && !(of_organization && entity.speaker.kind == SpeakerKind::Person)
                && (said_former || !former_only(e))
        };
        // Asked of each entity, not walked back over `named`: a description that fits no one
        // walked the whole article's names at each description.
        (0..self.entities.len()).filter(|&e| fits(e)).max_by_key(|&e| (self.entities[e].last_named_before(at), e))
    }
}

/// Whether a name is a surname alone, with any particles it has ("Fomin", "de Vries").
fn is_surname_alone(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().map(lexicon::lower);
    words.next_back().is_none()
        || first.is_some_and(|first| opens_with_particle(&first))
            && words.all(|w| lexicon::is_surname_particle(&lexicon::lower(w)))
}

/// Whether a name's first word, in lower case, is a surname's particle ("De Vries said"), not
/// a first name spelled as one ("Al Gore", "Van Morrison").
fn opens_with_particle(first: &str) -> bool {
    lexicon::is_surname_particle(first) && lexicon::first_name_gender(first).is_none()
}

/// Whether the cue at `cue` gives the writer's impression of its subject rather than what the
/// subject said ("Trump seemed to retreat", "Clinton appears confident", "the mayor is
/// expected to sign", "Sanders was asked whether …"): the subject is what the claim is about,
/// or whom it was put to, not its source.
fn tells_an_impression(text: &str, cue: &Span, mention: Option<&Mention>) -> bool {
    let word = lexicon::lower(&text[cue.clone()]);
    if lexicon::is_impression_verb(&word) {
        return true;
    }
    // "is expected", "was asked", "are widely considered": only the passive ("analysts
    // expected" is theirs), and only of its subject: an agent after it speaks ("was criticized
    // by libertarians"). "is convinced", "was worried" are the subject's own stance.
    let participle = || {
        !word.ends_with('s')
            && lexicon::cue(&word).is_some_and(|c| c.form == Form::Finite)
            && !lexicon::is_stance_adjective(&word)
    };
    let mut before = text[..cue.start].split_whitespace().rev();
    let passive = match (before.next(), before.next()) {
        (Some(be), _) if lexicon::is_passive_be(be) => true,
        (Some(adverb), Some(be)) => lexicon::is_cue_modifier(adverb) && lexicon::is_passive_be(be),
        _ => false,
    };
    passive && mention.is_none_or(|m| m.span.end <= cue.start) && participle()
}

/// Whether a mention is the writer's "I" ("I believe", "my view"), outside any quotation (in
/// one, "I" is whoever is quoted).
fn is_the_writer(text: &str, m: &Mention, quotes: &[QuoteSpan]) -> bool {
    let first_singular = || ["i", "me", "my", "myself"].iter().any(|p| text[m.span.clone()].eq_ignore_ascii_case(p));
    let at = m.span.start;
    let quoted = || quotes[..quotes.partition_point(|q| q.open < at)].last().is_some_and(|q| at < q.end);
    m.kind == MentionKind::Pronoun(Pronoun::First) && first_singular() && !quoted()
}

/// The writer a column's closing biography names: one of its last two paragraphs opens with a
/// full name and "is" or "was" ("Jane Roe is a professor of law at …"), a person the text has
/// not met before it (it is then no subject of the article: "Gov. Ann Lee is polling third").
fn writer_in_biography<'t>(
    text: &'t str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &Tokenized,
) -> Option<&'t str> {
    let last_two = paragraphs.iter().rev().filter(|p| text[(*p).clone()].chars().any(char::is_alphanumeric)).take(2);
    last_two.into_iter().find_map(|p| {
        let first_sentence =
            sentences.get(sentences.partition_point(|s| s.start < p.start)).filter(|s| s.start < p.end)?;
        let toks = tokens.within(first_sentence);
        // Only a sentence that opens with capitalised words and "is" or "was" is read for a
        // name: most closing paragraphs are none.
        let verb_at = toks.iter().take(6).position(|t| matches!(t.text(text), "is" | "was"))?;
        if !toks[..verb_at].iter().all(|t| !t.is_word() || t.starts_capitalized(text)) {
            return None;
        }
        let (m, end) = mentions::name_after(text, toks, 0)?;
        let name = name_of(text, &m);
        // A title before the name is a subject's ("Gov. Ann Lee is"), not a writer's.
        let untitled = m.name.as_ref().is_none_or(|n| n.start == m.span.start);
        let opens_biography = m.kind == MentionKind::Name && untitled && end == verb_at;
        let full_name = name.contains(' ') && person_like(name);
        (opens_biography && full_name && !met_before(&text[..p.start], name)).then_some(name)
    })
}

/// Whether `before` names the person `name` stands for: by its surname, unless another first
/// name comes before it ("my parents, James and Olive Roe" are not the writer Ann Roe).
fn met_before(before: &str, name: &str) -> bool {
    let (first, surname) = (name.split(' ').next().unwrap_or(name), name.rsplit(' ').next().unwrap_or(name));
    memmem::find_iter(before.as_bytes(), surname.as_bytes()).any(|i| {
        let word_before = before[..i].split_whitespace().next_back().unwrap_or("");
        let whole_word = !before[..i].ends_with(char::is_alphanumeric)
            && !before[i + surname.len()..].starts_with(char::is_alphanumeric);
        let another_first_name = word_before.chars().all(char::is_alphabetic)
            && is_capitalized(word_before)
            && word_before != first
            && !lexicon::is_honorific(word_before)
            && !lexicon::is_title(word_before);
        whole_word && !another_first_name
    })
}

/// The family tie an appositive before a name at `at` gives it, with the word before it: "with
/// the first lady, Michelle Obama" → "first lady", "and his wife, Laura Baker" → "his wife".
fn tie_before(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].trim_end().strip_suffix(',')?;
    let word_start = |s: &str| s.rfind(' ').map_or(0, |i| i + 1);
    let last = &before[word_start(before)..];
    let rest = before[..before.len() - last.len()].trim_end();
    let previous = &rest[word_start(rest)..];
    lexicon::is_family_tie(&lexicon::lower(previous), &lexicon::lower(last)).then(|| &before[word_start(rest)..])
}

/// The name of the writer's relative a description such as "my father" stands for, where the
/// text names that relative: "my father, James Roe," or, for a parent, "my parents, James and
/// Ann Roe," (the father is the one of the two a man's first name names).
fn named_relative(text: &str, written: &str) -> Option<String> {
    let relative = written.strip_prefix("my ").or_else(|| written.strip_prefix("My "))?;
    let gender = lexicon::title_gender(relative)?;
    let own = introductions(text, relative).into_iter().find(|name| name.contains(' ') && !name.contains(" and "));
    let parent = matches!(relative, "father" | "mother");
    let of_parents =
        || introductions(text, "parents").into_iter().filter(|_| parent).find_map(|names| parent_named(names, gender));
    own.map(str::to_string).or_else(of_parents)
}

/// The names the writer gives a relative, each up to the comma or full stop that closes it:
/// "my father, James Roe, …" → "James Roe".
fn introductions<'t>(text: &'t str, relative: &str) -> Vec<&'t str> {
    // "my" or "My": the pattern from its second letter.
    let pattern = format!("y {relative}, ");
    let bytes = text.as_bytes();
    let after_my =
        |i: usize| i > 0 && matches!(bytes[i - 1], b'm' | b'M') && (i == 1 || !bytes[i - 2].is_ascii_alphanumeric());
    let name_at = |i: usize| {
        let rest = &text[i + pattern.len()..];
        let name = &rest[..rest.find([',', '.', ';'])?];
        let capitalized = name.split(' ').all(|w| is_capitalized(w) || w == "and");
        (capitalized && name.split(' ').count() <= 5).then_some(name)
    };
    memmem::find_iter(bytes, pattern.as_bytes()).filter(|&i| after_my(i)).filter_map(name_at).collect()
}

/// Of two parents named together, "James and Ann Roe", the one of `gender` by a first name
/// whose gender is known (the other is then the other parent): "James Roe" for the father.
fn parent_named(names: &str, gender: Gender) -> Option<String> {
    let (first, rest) = names.split_once(" and ")?;
    let (second, surname) = rest.split_once(' ')?;
    let (one, other) = (lexicon::first_name_gender(first), lexicon::first_name_gender(second));
    let first_is_it = match (one, other) {
        (Some(a), Some(b)) if a == b => return None,
        (Some(a), _) => a == gender,
        (None, Some(b)) => b != gender,
        (None, None) => return None,
    };
    if first.contains(' ') {
        return None;
    }
    Some(format!("{} {surname}", if first_is_it { first } else { second }))
}

/// The force "police said" stands for when the text names one by its place: the nearest
/// "Tulsa police" or "Charlotte-Mecklenburg Police" before `at`, else the first after it.
fn police_force<'t>(text: &'t str, written: &str, at: usize) -> Option<&'t str> {
    let bare = after_the(written).unwrap_or(written);
    if !bare.eq_ignore_ascii_case("police") {
        return None;
    }
    // The word before "police" at `i`, with it: "Tulsa police".
    let named = |i: usize| {
        let before = text[..i].trim_end_matches(' ');
        let place = before.rsplit([' ', '\n']).next()?;
        // "Police" after a sentence's end is no place's.
        let opens = before[..before.len() - place.len()].trim_end_matches(' ');
        let opens = opens.is_empty() || opens.ends_with(['.', '\n', '"']);
        // "Named By Police": a headline's preposition is no place.
        let capital = is_capitalized(place) && !lexicon::is_determiner(place) && !lexicon::is_phrase_breaker(place);
        let place_word = place.chars().all(|c| c.is_alphabetic() || c == '-');
        (capital && !opens && place_word).then(|| &text[offset_in(text, place)..i + "police".len()])
    };
    let police_at = memmem::find_iter(text.as_bytes(), b"olice").filter_map(|i| {
        let start = i.checked_sub(1).filter(|&p| matches!(text.as_bytes()[p], b'p' | b'P'))?;
        let ends = !text.as_bytes().get(i + 5).is_some_and(u8::is_ascii_alphanumeric);
        ends.then_some(start)
    });
    let mut last_before = None;
    for force in police_at.filter_map(named) {
        if offset_in(text, force) > at {
            return Some(last_before.unwrap_or(force));
        }
        last_before = Some(force);
    }
    last_before
}

/// The organisation that spoke last before `at`, if it spoke within `IT_REACH`.
fn last_organization(last: &LastSpeakers, at: usize) -> Option<usize> {
    last.organization.filter(|&(spoke, _)| at.saturating_sub(spoke) <= IT_REACH).map(|(_, e)| e)
}

/// Whether `since` (the text from where an organisation spoke) names another one, by a
/// capitalised organisation word not in `name`: "according to the Tax Foundation … The Tax
/// Policy Center came to a similar conclusion … the group said" is the center's.
fn names_another_organization(since: &str, name: &str) -> bool {
    since
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| is_capitalized(w) && lexicon::is_org_word(w) && !name.split(' ').any(|n| n == w))
}

/// The words of a description after its opening "the" (any case), if it opens so: "the
/// senators", "The police".
fn after_the(written: &str) -> Option<&str> {
    written.get(..4).filter(|w| w.eq_ignore_ascii_case("the ")).map(|_| &written[4..])
}

/// How far back (in bytes) "the study" looks for the study whose owner was named.
const DOCUMENT_REACH: usize = 2400;

/// The owner of the document a description names, as written: within the phrase ("a Times
/// article", "a new Reuters/Ipsos poll") or, for "the study" alone, where the text last named
/// a document with its owner ("a report by the Pew Research Center … the report found").
fn document_owner<'t>(text: &'t str, written: &'t str, at: usize) -> Option<&'t str> {
    let Some((head_at, head)) = written.split(' ').map(|w| (offset_in(written, w), w)).find(|(_, w)| is_owned_work(w))
    else {
        return record_keeper(written);
    };
    // "an analysis by Lily Batchelder": the owner named in the phrase, before or after its noun.
    if let Some(owner) = owner_around(&written[..head_at], head, &written[head_at + head.len()..]) {
        return Some(owner);
    }
    let definite = after_the(written).is_some();
    if !definite || head_at + head.len() != written.len() {
        return None;
    }
    let before = &text[text.floor_char_boundary(at.saturating_sub(DOCUMENT_REACH))..at];
    // The nearest document named with an owner, before or after its noun.
    let mut nouns = owned_work_nouns(before.as_bytes());
    nouns.sort_unstable_by(|a, b| b.cmp(a));
    nouns.into_iter().find_map(|(i, len)| {
        owner_around(&before[..i], &before[i..i + len], &before[i + len..]).or_else(|| issuer(&before[..i]))
    })
}

/// Records, which speak for whoever keeps them ("according to Federal Election Commission
/// filings").
const RECORD_NOUNS: &[&str] = &["data", "records", "filings", "documents"];

/// The keeper of the records a phrase names: the capitalised run before a record noun that heads
/// the phrase ("Federal Election Commission filings", "Stockholm International Peace Research
/// Institute data for 2019"), else the name after it by "by" or "from" ("White House-era
/// documents from Diane Blair"); not before a record noun that qualifies another ("a GOP data
/// expert"). Unlike a document, "the records" alone is no one's.
fn record_keeper(written: &str) -> Option<&str> {
    let mut words = written.split(' ');
    let noun = words.find(|w| RECORD_NOUNS.contains(w))?;
    let heads = words.next().is_none_or(|w| matches!(w, "for" | "from" | "of" | "on" | "in" | "at" | "since"));
    let at = offset_in(written, noun);
    // "White House-era documents": a capitalised compound that ends in lower case dates them.
    let before = &written[..at];
    let compound = before
        .trim_end()
        .rsplit(' ')
        .next()
        .and_then(|w| w.rsplit_once('-'))
        .is_some_and(|(_, end)| end.starts_with(|c: char| c.is_lowercase()));
    let keeper = if compound { None } else { owner_before(before) };
    heads.then(|| keeper.or_else(|| owner_after(&written[at + noun.len()..]))).flatten()
}

/// Where `before` names a document or a made thing, as (byte, length): a noun as listed (in
/// lower case) after a space and before no ASCII letter or digit. The word after each space
/// `memchr` finds is looked up in one table: a search of the text for each of the nouns in
/// turn built a searcher and passed over the text once per noun.
fn owned_work_nouns(before: &[u8]) -> Vec<(usize, usize)> {
    let nouns = &*OWNED_WORKS;
    memchr::memchr_iter(b' ', before)
        .map(|space| space + 1)
        .filter_map(|i| {
            let len = before[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let word = &before[i..i + len];
            // The table ignores case; the nouns are matched as written, in lower case.
            (nouns.get_bytes(word).is_some() && !word.iter().any(u8::is_ascii_uppercase)).then_some((i, len))
        })
        .collect()
}

/// Made things that speak for their makers as documents do ("a web video by the committee …
/// the clip says"), kept here: elsewhere they are not read as documents.
const MEDIA_NOUNS: &[&str] = &["video", "clip", "ad"];

/// The documents and made things that speak for their makers, in one table (it ignores case).
static OWNED_WORKS: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(lexicon::DOCUMENT_NOUNS.iter().chain(MEDIA_NOUNS).map(|n| (n.to_string(), ()))));

/// The owner named around a document's noun: before it ("a Times article"), or after it by
/// "by" or "from" ("an analysis by Lily Batchelder"). Before a video or an ad stand its medium
/// or its title ("a TV ad", "a YouTube video"), not its maker.
fn owner_around<'t>(phrase: &'t str, noun: &str, rest: &'t str) -> Option<&'t str> {
    let named_before = if lexicon::is_document_noun(noun) { owner_before(phrase) } else { None };
    named_before.or_else(|| owner_after(rest))
}

/// Whether a word names a document or a made thing that speaks for its maker.
fn is_owned_work(word: &str) -> bool {
    OWNED_WORKS.get(word).is_some()
}

/// Who issued the document whose noun follows `phrase`: "the Security Council issued a " →
/// "Security Council", "In Washington, President Obama released a " → "Obama".
fn issuer(phrase: &str) -> Option<&str> {
    let mut words = phrase.trim_end().rsplit(' ');
    words.next().filter(|w| matches!(*w, "a" | "an" | "its" | "their" | "his" | "her"))?;
    let verb = words.next().filter(|w| matches!(*w, "issued" | "released" | "published" | "sent" | "filed"))?;
    let owner = owner_before(&phrase[..offset_in(phrase, verb)])?;
    let owner = owner.rsplit(", ").next().unwrap_or(owner);
    let name = owner.split(' ').find(|w| !lexicon::is_title(w) && !lexicon::is_honorific(w))?;
    Some(&owner[offset_in(owner, name)..])
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// The capitalised run that ends `phrase` (the words before a document noun), without a
/// possessive ending: "a new Reuters/Ipsos " → "Reuters/Ipsos", "a recent " → none; a day
/// owns nothing ("Monday's poll").
fn owner_before(phrase: &str) -> Option<&str> {
    let phrase = phrase.trim_end();
    let owner_word = |w: &&str| is_capitalized(w) && !lexicon::is_determiner(w) && !is_date_word(without_possessive(w));
    let first = phrase.split_whitespace().rev().take_while(owner_word).take(5).last()?;
    let owner = without_possessive(&phrase[offset_in(phrase, first)..]);
    Some(owner.trim_matches(|c: char| !c.is_alphanumeric())).filter(|o| !o.is_empty())
}

/// A day or a month, which owns nothing ("a June poll", "Monday's editorial"); a name in
/// capitals is spelt so ("USA TODAY").
fn is_date_word(word: &str) -> bool {
    lexicon::is_time_word(word) && word.chars().any(char::is_lowercase)
}

/// The owner named after a document noun by "by" or "from": " by the Pew Research Center" →
/// "Pew Research Center".
fn owner_after(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("by ").or_else(|| rest.strip_prefix("from "))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let end = rest
        .split_whitespace()
        .take_while(|w| is_capitalized(w) || matches!(*w, "of" | "for" | "and"))
        .map(|w| offset_in(rest, w) + w.len())
        .last()?;
    let owner = rest[..end].trim_end_matches(|c: char| !c.is_alphanumeric());
    let owner = owner.trim_end_matches(" of").trim_end_matches(" for").trim_end_matches(" and");
    // "a statement from Ryan's office": the office is Ryan's.
    Some(without_possessive(owner)).filter(|o| o.starts_with(|c: char| c.is_uppercase()))
}

/// The organisation a description names by a name and an organisation word: "the Trump
/// campaign" is the "Trump campaign", "the Obama administration" the "Obama administration";
/// a family by its surname, "Keith Scott's family" or "the Scott family", is the "Scott family".
fn named_organization(description: &str) -> Option<String> {
    let mut words: Vec<&str> = description.split_whitespace().collect();
    if words.first().is_some_and(|w| lexicon::is_determiner(w)) {
        words.remove(0);
    }
    let (&noun, name) = words.split_last()?;
    let named = !name.is_empty() && name.iter().all(|w| is_capitalized(w) && !lexicon::is_title(w) && !is_date_word(w));
    if noun == "family" {
        return named.then(|| format!("{} family", without_possessive(name[name.len() - 1])));
    }
    // "Internet companies" are many, not one organisation.
    let singular = !noun.ends_with('s');
    let organization_word = !is_capitalized(noun) && lexicon::is_org_word(noun);
    (named && singular && organization_word).then(|| format!("{} {noun}", name.join(" ")))
}

/// The lower-case words of a title or description, abbreviations written out ("Sen." is
/// "senator", "GOP" is "republican"), so that a title and a later description meet.
fn description_words(description: &str) -> impl Iterator<Item = String> + '_ {
    description
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| lexicon::title_in_full(&lexicon::lower(w)).to_string())
}

/// The role a sentence gives its subject after a verb or "as", with the token where it is
/// linked: "Clinton accepted the nomination as the Democratic nominee", "Kaine is the
/// Virginia senator" → "Democratic nominee", "Virginia senator". The role must end its noun
/// phrase ("as the nominee's running mate" is someone else).
fn predicate_role(text: &str, toks: &[Token]) -> Option<(usize, String)> {
    let word = |k: usize| toks[k].text(text);
    (1..toks.len()).find_map(|k| {
        // "the" first, by its length: this looks at every word of most sentences.
        if toks[k].span.len() != 3 || !word(k).eq_ignore_ascii_case("the") {
            return None;
        }
        if !matches!(word(k - 1), "as" | "is" | "was" | "became" | "remains") {
            return None;
        }
        let role = (k + 1..toks.len().min(k + 5)).find(|&r| lexicon::is_person_role(&lexicon::lower(word(r))))?;
        let ends_phrase = toks.get(role + 1).is_none_or(|next| {
            let next_word = next.text(text);
            !next.is_word()
                || lexicon::is_determiner(next_word)
                || matches!(next_word, "and" | "for" | "from" | "in" | "on" | "at" | "who" | "since" | "when")
        });
        let modifiers_only = toks[k + 1..role].iter().all(|t| t.is_word());
        let phrase = || (k + 1..=role).map(word).collect::<Vec<_>>().join(" ").to_lowercase();
        (ends_phrase && modifiers_only).then(|| (k, phrase()))
    })
}

/// The name a mention of a name gives, cleaned: its name without the title, else its words.
fn name_of<'t>(text: &'t str, m: &Mention) -> &'t str {
    clean_name(&text[m.name.clone().unwrap_or(m.span.clone())])
}

/// A name without a possessive ending or surrounding punctuation: a slice of it, not a copy,
/// as every name met in the text is cleaned and most were met before.
fn clean_name(name: &str) -> &str {
    let name = without_possessive(name.trim());
    let name = name.strip_prefix("The ").unwrap_or(name);
    // ASCII punctuation is cut byte by byte (a name's ends are nearly always ASCII, and
    // `trim_matches` decoded every character it looked at); what is left is trimmed of any
    // other punctuation at a character that is not ASCII.
    let bytes = name.as_bytes();
    let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'.' || !b.is_ascii();
    let start = bytes.iter().position(kept).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(kept).map_or(start, |i| i + 1);
    let name = &name[start..end];
    if name.as_bytes().first().is_some_and(u8::is_ascii) && name.as_bytes().last().is_some_and(u8::is_ascii) {
        name
    } else {
        name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
    }
}

/// The `initials_key` of an acronym's letters in lower case ("IMF", "U.N." → "un"); None for
/// another name.
fn acronym_key(name: &str) -> Option<u64> {
    let (mut letters, mut len) = ([0u8; 6], 0);
    for c in name.chars().filter(|c| *c != '.') {
        if !c.is_ascii_uppercase() || len == letters.len() {
            return None;
        }
        letters[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    (len >= 2).then(|| initials_key(&letters[..len]))
}

/// A few initials (ASCII letters, none zero) as one number, a key no allocation holds: every
/// new name met is keyed by its initials.
fn initials_key(initials: &[u8]) -> u64 {
    initials.iter().fold(0, |key, &b| key << 8 | u64::from(b))
}

/// Whether the text between two names joins them as one subject: "A and B", or each with a
/// short apposition, "A, Republican of Iowa, and B".
fn joins_two_names(gap: &str) -> bool {
    let short = |s: &str| s.split_whitespace().count() <= 4 && !s.contains([',', ';']);
    let apposed = || {
        gap.strip_suffix(", and ")
            .and_then(|g| g.split_once(", "))
            .is_some_and(|(name, role)| short(name) && short(role))
    };
    gap.strip_suffix(" and ").is_some_and(short) || apposed()
}

/// The text between two names without the title words in lower case that open the second
/// ("Ruiz and state Sen. Baker", "Ruiz and former Gov. Baker"): at most two. Not a role
/// ("Popular Christian and corporate speaker Lance Wallnau" is one person's two roles).
fn past_lower_case_title(gap: &str) -> &str {
    let mut gap = gap;
    for _ in 0..2 {
        match gap.trim_end().rsplit_once(' ') {
            Some((before, word)) if word.starts_with(char::is_lowercase) && lexicon::is_title(word) => {
                gap = &gap[..before.len() + 1];
            }
            _ => break,
        }
    }
    gap
}

/// Whether names after `before` are examples a plural subject gives: "Critics of the
/// program, like Senators A and B, see …" (past a title in the plural), not the last two of a
/// longer list ("such as A, B and C").
fn gives_examples(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().skip_while(|w| is_capitalized(w) && !w.ends_with(','));
    match words.next() {
        Some("like" | "including") => true,
        Some("as") => words.next() == Some("such"),
        _ => false,
    }
}

/// Whether the word at `at` opens a sentence: nothing but an opening quotation mark stands
/// between it and the end of the sentence or the line before.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '\u{201c}', '\'', '\u{2018}']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether a name at `at` opens a run-in heading: a label in title case that starts a line of
/// the body and ends at a colon, with a small word in lower case ("Limited Tools to Fight Terrorism:")
/// or of four words or more ("Veto Power Impedes Peace Efforts:"), which a transcript's
/// speaker label ("Hillary Clinton:") has not. `name` is the name read at `at`.
fn opens_heading(text: &str, at: usize, name: &str) -> bool {
    // Past the first line: an article's title ("Kelli Ward: Impeach …") gives a speaker's words.
    // Asked first, as every name met is asked and few start a line.
    let before = &text.as_bytes()[..at];
    if before.iter().rposition(|&b| b != b' ' && b != b'\t').is_none_or(|k| before[k] != b'\n') {
        return false;
    }
    // The colon looked for within a short reach.
    let rest = &text[at..];
    let reach = &rest.as_bytes()[..rest.len().min(80)];
    let Some(end) = reach.iter().position(|&b| matches!(b, b':' | b'\n' | b'.' | b',')) else { return false };
    let label = &rest[..end];
    if reach[end] != b':' {
        return false;
    }
    let (mut words, mut small_words) = (0, 0);
    for w in label.split_whitespace() {
        words += 1;
        if !is_capitalized(w) {
            if !matches!(
                w,
                "a" | "an" | "the" | "to" | "of" | "for" | "on" | "in" | "by" | "and" | "with" | "at" | "from" | "as"
            ) {
                return false;
            }
            small_words += 1;
        }
    }
    // "Clinton to Planned Parenthood: …" is a headline that gives the words of someone the
    // text names again; a label's words are met once.
    (small_words > 0 || words >= 4) && !named_again(text, name)
}

/// Whether `text` holds `name` more than once.
fn named_again(text: &str, name: &str) -> bool {
    memmem::find_iter(text.as_bytes(), name.as_bytes()).nth(1).is_some()
}

/// The lines of `text` in title case (`is_title_case`), as byte ranges in text order.
fn title_case_lines(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        if is_title_case(&text[start..end]) {
            lines.push(start..end);
        }
        start = end + 1;
    }
    lines
}

/// Whether a line is in title case: four words or more, each capitalised but the small words a
/// headline keeps in lower case ("Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary
/// Clinton"). A line of prose is turned away at its first lower-case word.
fn is_title_case(line: &str) -> bool {
    let mut words = 0;
    // Split by byte at ASCII spaces, as nearly every line is; a piece with other bytes is split
    // again at any space (a no-break space).
    for piece in line.split_ascii_whitespace() {
        let mut judge = |word: &str| match keeps_title_case(word) {
            Some(true) => {
                words += 1;
                true
            }
            Some(false) => false,
            None => true,
        };
        let keeps = if piece.bytes().all(|b| b.is_ascii_graphic()) {
            judge(piece)
        } else {
            piece.split_whitespace().all(judge)
        };
        if !keeps {
            return false;
        }
    }
    words >= 4
}

/// Whether a word keeps a line in title case: capitalised, or a small word a headline keeps in
/// lower case. `None` for a word of marks alone, which is not counted.
fn keeps_title_case(word: &str) -> Option<bool> {
    let word = &word[word.find(char::is_alphanumeric)?..];
    if !word.chars().next().is_some_and(char::is_lowercase) {
        return Some(true);
    }
    Some(is_headline_small_word(word.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// The articles, conjunctions and short prepositions a headline in title case keeps in lower
/// case, in either case.
fn is_headline_small_word(word: &str) -> bool {
    static SMALL_WORDS: lexicon::WordSet = lexicon::WordSet::new(&[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "nor", "of", "off", "on", "or", "per",
        "so", "the", "to", "up", "via", "vs", "with", "yet",
    ]);
    word.len() <= 4 && SMALL_WORDS.contains(word)
}

/// Whether a name is an organisation or a country rather than a person.
fn is_organization(name: &str) -> bool {
    // "Procter & Gamble", "Hogan & Hartson": an ampersand joins the names of a firm.
    is_organization_as_a_whole(name) || name.split_whitespace().any(|w| w == "&" || lexicon::is_org_word(w))
}

/// The word before a mention's name when it calls it an organisation: "the Iraqi activist
/// group Mosul Eye", "research firm Gartner" end on a kind of organisation, where a person's
/// end on a role ("campaign manager Robby Mook"). The word may be the mention's own or, for a
/// name read on its own, the text's before it.
fn organization_kind_before<'t>(text: &'t str, m: &Mention) -> Option<&'t str> {
    let name_start = m.name.as_ref().map_or(m.span.start, |name| name.start);
    text[..name_start].split_whitespace().next_back().filter(|w| !is_capitalized(w) && lexicon::is_organization_noun(w))
}

/// `is_organization` by the name as a whole, not by its words: a country, or an acronym.
fn is_organization_as_a_whole(name: &str) -> bool {
    lexicon::is_country(name) || (name.len() <= 6 && name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
}

/// Whether the last word of a name is a Korean given name: two syllables joined by a hyphen,
/// the second in lower case ("Ki-moon", "Jong-un", "Geun-hye"), after which the family name
/// comes first. A double surname capitalises both parts ("Smith-Jones").
fn is_korean_given_name(name: &str) -> bool {
    let given = name.rsplit(' ').next().unwrap_or("");
    given.split_once('-').is_some_and(|(one, two)| {
        let syllable = |s: &str| (1..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase());
        one.len() >= 2 && one.as_bytes()[0].is_ascii_uppercase() && syllable(&one[1..]) && syllable(two)
    })
}

/// A multi-word capitalised run that can be a person's name.
fn person_like(name: &str) -> bool {
    // Its words on the stack and the spelling tested first: this reads every new name.
    let (mut words, mut len) = ([""; 4], 0);
    for w in name.split_whitespace() {
        if len == words.len() {
            return false;
        }
        words[len] = w;
        len += 1;
    }
    let words = &words[..len];
    // "The Gap Goes On:", "Trump Backs Down": a headline in title case ends in a particle, which
    // no name does.
    let ends_in_particle = words
        .last()
        .is_some_and(|w| matches!(*w, "On" | "Up" | "Down" | "Out" | "Off" | "In" | "Back" | "Over" | "Away"));
    // "South Carolina, he said, was …": a place, which no pronoun stands for.
    let state = matches!(words, [first, second] if lexicon::is_two_word_us_state(first, second));
    !ends_in_particle
        && !state
        // A nickname in its marks is a capitalised word: `Juan "Chico" Manriquez`.
        // So is each word but a surname's particles ("Bill de Blasio").
        && words.iter().enumerate().all(|(i, w)| {
            let particle = i > 0 && i + 1 < len && lexicon::is_surname_particle(w);
            (particle || is_capitalized(w.trim_matches(['"', '\u{201c}', '\u{201d}']))) && !w.bytes().any(|b| b.is_ascii_digit())
        })
        && !is_organization_as_a_whole(name)
        // `is_organization` by its words too, in the one pass over them.
        && !(0..words.len()).any(|i| {
            lexicon::is_org_word(words[i]) || lexicon::is_country(words[i]) || lexicon::is_title_in_run(words, i)
        })
}
