//! The revision simulator: known edits applied to real articles, and the events `diff`
//! reports scored against the events each edit must cause.
//!
//! The articles are read at run time from `../shared/corpus/polnear-train` (third-party text,
//! never copied into the project); without that folder the test prints why and passes. Each
//! article gets each kind of edit once, where the article has a place for it:
//!
//! | edit | what it does | expected events |
//! |---|---|---|
//! | insert | a new paragraph with an invented direct quote | that quote added |
//! | delete | a paragraph holding quotes or figures is removed | each of them removed |
//! | reword | one word inside a direct quote is replaced | that quote reworded |
//! | reattribute | the name at one attribution is replaced | the quotes of that mention re-attributed |
//! | number | the first figure of one statistic is changed | that statistic changed (and its quote reworded) |
//! | move | a paragraph of attributed quotes moves 2+ paragraphs away | each quote moved |
//! | typography | straight and curly quote marks swapped throughout | one trivial change, nothing else |
//!
//! An event is `(type, normalised text)`; precision is the share of reported events that were
//! expected, recall the share of expected events that were reported. The bar is 0.95 for both
//! over at least 1,000 revisions. `cargo test --release -- revise::simulator --nocapture`
//! prints the figures per edit.

use std::collections::HashMap;
use std::path::Path;
use whosaid::hash::normalize;
use whosaid::model::{Document, Extraction, Span};
use whosaid::revise::Event;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/polnear-train");
const MIN_REVISIONS: usize = 1_000;
const INVENTED_QUOTE: &str = "\"We will publish every page of the review next week,\" said Talia Brennan, a spokeswoman for the Westbrook Institute.";
const INVENTED_NAME: &str = "Dana Whitfield";

/// Tallies per edit kind.
#[derive(Default, Debug)]
struct Score {
    revisions: usize,
    expected: usize,
    reported: usize,
    matched: usize,
}

type Expected = Vec<(&'static str, String)>;

#[test]
fn simulated_revisions_report_the_edits_made() {
    let dir = Path::new(CORPUS);
    if !dir.is_dir() {
        println!("skipped: the corpus {} is not there (it lives beside the project in ../shared)", dir.display());
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut scores: Vec<(&str, Score)> = EDITS.iter().map(|(name, _)| (*name, Score::default())).collect();
    let mut misses: Vec<String> = Vec::new();
    let mut total_revisions = 0;
    for (article_idx, file) in files.iter().enumerate() {
        if total_revisions >= MIN_REVISIONS + 200 {
            break;
        }
        let Ok(old) = whosaid::document::read_path(file) else { continue };
        let old_found = whosaid::extract::extract(&old);
        for (edit_idx, (name, edit)) in EDITS.iter().enumerate() {
            let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ ((article_idx * 31 + edit_idx) as u64 + 1));
            let Some((new_text, expected)) = edit(&old, &old_found, &mut rng) else { continue };
            let new = whosaid::document::read_bytes(new_text.as_bytes(), Some("edited.txt")).unwrap();
            let revision = whosaid::revise::diff(&old, &new);
            let reported = reported_events(&revision);
            let (matched, missing, extra) = compare(&expected, &reported);
            let score = &mut scores[edit_idx].1;
            score.revisions += 1;
            score.expected += expected.len();
            score.reported += reported.len();
            score.matched += matched;
            total_revisions += 1;
            if (!missing.is_empty() || !extra.is_empty()) && misses.len() < 40 {
                let file_name = file.file_name().unwrap().to_string_lossy();
                misses.push(format!("{name} {file_name}: missing {missing:?}, extra {extra:?}"));
            }
        }
    }
    let mut all = Score::default();
    println!("edit          revisions  expected  reported  precision  recall");
    for (name, score) in &scores {
        println!(
            "{name:<13} {:>9} {:>9} {:>9} {:>10.3} {:>7.3}",
            score.revisions,
            score.expected,
            score.reported,
            ratio(score.matched, score.reported),
            ratio(score.matched, score.expected)
        );
        all.revisions += score.revisions;
        all.expected += score.expected;
        all.reported += score.reported;
        all.matched += score.matched;
    }
    let (precision, recall) = (ratio(all.matched, all.reported), ratio(all.matched, all.expected));
    println!(
        "{:<13} {:>9} {:>9} {:>9} {precision:>10.3} {recall:>7.3}",
        "all", all.revisions, all.expected, all.reported
    );
    if std::env::var_os("SIMULATOR_VERBOSE").is_some() {
        misses.iter().for_each(|m| println!("{m}"));
    }
    assert!(all.revisions >= MIN_REVISIONS, "only {} revisions could be simulated", all.revisions);
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}; SIMULATOR_VERBOSE=1 lists misses"
    );
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}

/// The changes a revision reports, as `(type, normalised text)`; typography counts once.
fn reported_events(revision: &whosaid::revise::Revision) -> Expected {
    let mut out: Expected = revision
        .events
        .iter()
        .filter(|e| e.is_change())
        .map(|event| {
            let text = match event {
                Event::QuoteAdded { new } => &revision.new.quotes[*new].text,
                Event::QuoteRemoved { old }
                | Event::QuoteReworded { old, .. }
                | Event::QuoteReattributed { old, .. }
                | Event::QuoteMoved { old, .. }
                | Event::QuoteUnchanged { old, .. } => &revision.old.quotes[*old].text,
                Event::StatisticAdded { new } => &revision.new.statistics[*new].text,
                Event::StatisticRemoved { old } | Event::StatisticChanged { old, .. } => {
                    &revision.old.statistics[*old].text
                }
                Event::MetadataChanged(_) => "",
            };
            (event.name(), normalize(text))
        })
        .collect();
    if !revision.trivial.is_empty() {
        out.push(("trivial", String::new()));
    }
    out
}

/// Matches expected and reported events one to one: (matched, missing, extra).
fn compare(expected: &Expected, reported: &Expected) -> (usize, Expected, Expected) {
    let mut left: HashMap<&(&str, String), usize> = HashMap::new();
    for event in reported {
        *left.entry(event).or_default() += 1;
    }
    let mut missing = Vec::new();
    let mut matched = 0;
    for event in expected {
        match left.get_mut(event) {
            Some(n) if *n > 0 => {
                *n -= 1;
                matched += 1;
            }
            _ => missing.push(event.clone()),
        }
    }
    let extra = reported
        .iter()
        .filter(|e| {
            let n = left.get_mut(e).unwrap();
            let keep = *n > 0;
            if keep {
                *n -= 1;
            }
            keep
        })
        .cloned()
        .collect();
    (matched, missing, extra)
}

/// A small deterministic generator (xorshift64), so every run makes the same edits.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.below(items.len())])
    }
}

type Edit = fn(&Document, &Extraction, &mut Rng) -> Option<(String, Expected)>;

const EDITS: &[(&str, Edit)] = &[
    ("insert", insert),
    ("delete", delete),
    ("reword", reword),
    ("reattribute", reattribute),
    ("number", change_number),
    ("move", move_paragraph),
    ("typography", typography),
];

fn paragraphs(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| &doc.text[p.clone()]).collect()
}

fn join(paragraphs: &[&str]) -> String {
    paragraphs.join("\n\n")
}

fn within(span: &Span, outer: &Span) -> bool {
    span.start >= outer.start && span.end <= outer.end
}

/// The indexes of the quotes whose parts all lie in paragraph `p`, or `None` when a quote
/// crosses its edge (a multi-paragraph quote: an edit there is not a clean case).
fn quotes_in(doc: &Document, found: &Extraction, p: usize) -> Option<Vec<usize>> {
    let para = &doc.paragraphs[p];
    let mut inside = Vec::new();
    for (idx, quote) in found.quotes.iter().enumerate() {
        let touching = quote.parts.iter().any(|part| part.start < para.end && part.end > para.start);
        let contained = quote.parts.iter().all(|part| within(part, para));
        match (touching, contained) {
            (true, true) => inside.push(idx),
            (true, false) => return None,
            _ => {}
        }
    }
    Some(inside)
}

/// Whether the speaker of a quote is named where it is attributed, in the quote's own paragraph
/// (capitalised words, not a pronoun or a description): such a quote keeps its speaker wherever
/// its paragraph goes. A quote that goes on from one in an earlier paragraph carries that
/// quote's mention, yet takes whoever is quoted last before it: an edit between them gives it
/// another speaker.
fn named_here(doc: &Document, quote: &whosaid::model::Quote) -> bool {
    let Some(mention) = &quote.speaker_mention else { return false };
    let paragraph = doc.paragraphs.iter().find(|para| within(&quote.parts[0], para));
    if !paragraph.is_some_and(|para| within(mention, para)) {
        return false;
    }
    let words: Vec<&str> = doc.text[mention.clone()].split_whitespace().collect();
    const PRONOUNS: &[&str] = &["He", "She", "They", "It", "We", "I", "His", "Her"];
    quote.speaker.is_some()
        && (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !PRONOUNS.contains(w))
}

/// Whether a paragraph boundary (before paragraph `p`) can take an edit without changing who
/// later quotes are attributed to: no quote runs across it, and the first quote after it names
/// its speaker (so a pronoun there cannot start pointing at someone else).
fn safe_boundary(doc: &Document, found: &Extraction, p: usize) -> bool {
    let Some(start) = doc.paragraphs.get(p).map(|para| para.start) else { return true };
    let crossing = found.quotes.iter().any(|q| q.parts.iter().any(|part| part.start < start && part.end > start))
        || found.quotes.iter().any(|q| {
            q.parts.first().is_some_and(|first| first.start < start)
                && q.parts.last().is_some_and(|last| last.end > start)
        });
    let next_quote = found
        .quotes
        .iter()
        .filter(|q| q.parts.first().is_some_and(|first| first.start >= start))
        .min_by_key(|q| q.parts[0].start);
    !crossing && next_quote.is_none_or(|q| named_here(doc, q))
}

fn sentence_count(doc: &Document, paragraphs: std::ops::Range<usize>) -> usize {
    paragraphs.map(|p| whosaid::extract::sentences::split(&doc.text, doc.paragraphs[p].clone()).len()).sum()
}

fn insert(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    let mut paras = paragraphs(doc);
    if paras.len() < 3 {
        return None;
    }
    let places: Vec<usize> = (1..=paras.len()).filter(|&p| safe_boundary(doc, found, p)).collect();
    let at = rng.pick(&places)?;
    paras.insert(at, INVENTED_QUOTE);
    let expected = vec![("quote_added", normalize("We will publish every page of the review next week,"))];
    Some((join(&paras), expected))
}

fn delete(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    // Two paragraphs must stay: a plain-text article of one paragraph has no title line.
    if doc.paragraphs.len() < 3 {
        return None;
    }
    let candidates: Vec<usize> = (1..doc.paragraphs.len())
        .filter(|&p| quotes_in(doc, found, p).is_some_and(|q| !q.is_empty()) && safe_boundary(doc, found, p + 1))
        .collect();
    let p = rng.pick(&candidates)?;
    let para = doc.paragraphs[p].clone();
    let mut expected: Expected =
        quotes_in(doc, found, p)?.into_iter().map(|q| ("quote_removed", normalize(&found.quotes[q].text))).collect();
    expected.extend(
        found.statistics.iter().filter(|s| within(&s.span, &para)).map(|s| ("statistic_removed", normalize(&s.text))),
    );
    let mut paras = paragraphs(doc);
    paras.remove(p);
    Some((join(&paras), expected))
}

fn reword(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    let candidates: Vec<usize> = (0..found.quotes.len())
        .filter(|&q| {
            let quote = &found.quotes[q];
            quote.kind == whosaid::model::QuoteKind::Direct
                && !quote.text.chars().any(|c| c.is_ascii_digit())
                && quote.text.split_whitespace().count() >= 6
                && !found.statistics.iter().any(|s| quote.parts.iter().any(|part| within(&s.span, part)))
        })
        .collect();
    let q = rng.pick(&candidates)?;
    let part = found.quotes[q].parts[0].clone();
    let words: Vec<Span> = word_spans(&doc.text, &part)
        .into_iter()
        .skip(1)
        .filter(|w| w.len() >= 4 && doc.text[w.clone()].chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    let word = rng.pick(&words.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>())?;
    let mut text = doc.text.clone();
    text.replace_range(word.0..word.1, "remarkably");
    Some((text, vec![("quote_reworded", normalize(&found.quotes[q].text))]))
}

fn reattribute(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    // The quote must be the last of its paragraph, and the next paragraph a safe boundary, so
    // that no later pronoun follows the renamed speaker.
    let candidates: Vec<usize> = (0..found.quotes.len())
        .filter(|&q| {
            let quote = &found.quotes[q];
            let Some(p) = doc.paragraphs.iter().position(|para| within(&quote.parts[0], para)).filter(|&p| p > 0)
            else {
                return false;
            };
            let last_in_paragraph = quotes_in(doc, found, p).is_some_and(|inside| inside.last() == Some(&q));
            named_here(doc, quote) && last_in_paragraph && safe_boundary(doc, found, p + 1)
        })
        .collect();
    let q = rng.pick(&candidates)?;
    let mention = found.quotes[q].speaker_mention.clone()?;
    let expected: Expected = found
        .quotes
        .iter()
        .filter(|other| other.speaker_mention.as_ref() == Some(&mention))
        .map(|other| ("quote_reattributed", normalize(&other.text)))
        .collect();
    let mut text = doc.text.clone();
    text.replace_range(mention, INVENTED_NAME);
    Some((text, expected))
}

fn change_number(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    // Not in the first paragraph: in a plain-text article that is the title, and a title change
    // is an event of its own.
    let candidates: Vec<usize> = (0..found.statistics.len())
        .filter(|&s| {
            let statistic = &found.statistics[s];
            statistic.value.is_some()
                && statistic.text.chars().any(|c| c.is_ascii_digit())
                && statistic.span.start >= doc.paragraphs[0].end
        })
        .collect();
    let s = rng.pick(&candidates)?;
    let statistic = &found.statistics[s];
    let digit_at = statistic.span.start + doc.text[statistic.span.clone()].find(|c: char| c.is_ascii_digit())?;
    let digit = doc.text.as_bytes()[digit_at] - b'0';
    let changed = char::from(b'0' + (digit % 9) + 1);
    let mut text = doc.text.clone();
    text.replace_range(digit_at..digit_at + 1, changed.encode_utf8(&mut [0; 4]));
    let mut expected = vec![("statistic_changed", normalize(&statistic.text))];
    for quote in &found.quotes {
        if quote.parts.iter().any(|part| within(&statistic.span, part)) {
            expected.push(("quote_reworded", normalize(&quote.text)));
        }
    }
    Some((text, expected))
}

fn move_paragraph(doc: &Document, found: &Extraction, rng: &mut Rng) -> Option<(String, Expected)> {
    let n = doc.paragraphs.len();
    if n < 5 {
        return None;
    }
    let candidates: Vec<usize> = (1..n)
        .filter(|&p| {
            quotes_in(doc, found, p)
                .is_some_and(|q| !q.is_empty() && q.iter().all(|&q| named_here(doc, &found.quotes[q])))
                && safe_boundary(doc, found, p)
                && safe_boundary(doc, found, p + 1)
        })
        .collect();
    let from = rng.pick(&candidates)?;
    // A move past fewer sentences than the paragraph holds is, to any diff, those sentences
    // moving the other way; only moves the diff can tell apart are made.
    let own_sentences = sentence_count(doc, from..from + 1);
    let targets: Vec<usize> = (1..=n)
        .filter(|&to| {
            let passed = if to > from { from + 1..to } else { to..from };
            to.abs_diff(from) >= 2 && safe_boundary(doc, found, to) && sentence_count(doc, passed) > own_sentences
        })
        .collect();
    let to = rng.pick(&targets)?;
    let expected: Expected =
        quotes_in(doc, found, from)?.into_iter().map(|q| ("quote_moved", normalize(&found.quotes[q].text))).collect();
    let mut paras = paragraphs(doc);
    let moved = paras.remove(from);
    paras.insert(if to > from { to - 1 } else { to }, moved);
    Some((join(&paras), expected))
}

/// Straight double quotes made curly by their context (or curly ones straight), apostrophes
/// inside words made curly, `--` made an em dash and `...` an ellipsis: what a copy desk's
/// typesetting pass does. Single quotes around words are left alone: whether `'Frozen'` is a
/// quotation is the extractor's call, and a typesetting pass does not settle it.
fn typography(doc: &Document, _: &Extraction, _: &mut Rng) -> Option<(String, Expected)> {
    let text = &doc.text;
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let chars: Vec<char> = text.chars().collect();
    for (idx, &c) in chars.iter().enumerate() {
        let previous = if idx == 0 { ' ' } else { chars[idx - 1] };
        let inside_word = previous.is_alphanumeric() && chars.get(idx + 1).is_some_and(|n| n.is_alphanumeric());
        let opening = previous.is_whitespace() || matches!(previous, '(' | '[' | '\u{2014}');
        out.push(match c {
            '"' if opening => '\u{201c}',
            '"' => '\u{201d}',
            '\'' if inside_word => '\u{2019}',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2019}' if inside_word => '\'',
            _ => c,
        });
    }
    let out = out.replace("--", "\u{2014}").replace("...", "\u{2026}");
    (out != *text).then(|| (out, vec![("trivial", String::new())]))
}

fn word_spans(text: &str, within: &Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[within.clone()].char_indices() {
        let i = within.start + i;
        match (c.is_alphanumeric(), start) {
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (true, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..within.end);
    }
    out
}
