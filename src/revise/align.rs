//! Aligning two versions of an article: sentence by sentence first, then word by word inside
//! the sentences that were edited.
//!
//! Every sentence (from [`crate::extract::sentences::split`], paragraph by paragraph) gets a
//! key: the hash of its [`typographic_form`], so a sentence whose quote marks or spacing
//! changed still lines up with itself. The key sequences are diffed with `similar`'s patience
//! algorithm, which anchors on sentences that occur once in each version and so keeps a moved
//! paragraph from dragging its neighbours into the diff. Inside each replaced block, old and
//! new sentences are paired in order when they share at least half their words; a pair is an
//! edit with a word diff, the rest are removals and additions. Last, a removed and an added
//! sentence with the same key are one sentence that moved.
//!
//! Word diffs compare words (white-space separated, compared by typographic form), never
//! runs of white space, so that a changed space is not a change (see `notes/crates-survey.md`
//! on `from_words`). Every diff runs under a deadline: unrelated texts degrade to a coarser
//! diff rather than a slow one.

use super::typography::{TrivialKind, classify, typographic_form};
use crate::extract::sentences;
use crate::model::{Document, Span};
use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use xxhash_rust::xxh3::xxh3_64;

/// How long the sentence alignment of a whole article may take before it settles for less.
const SENTENCE_DIFF_LIMIT: Duration = Duration::from_millis(500);
/// How long the word diff of one sentence or quote may take.
const WORD_DIFF_LIMIT: Duration = Duration::from_millis(20);
/// How far ahead in a replaced block to look for the new form of an old sentence.
const PAIRING_WINDOW: usize = 8;
/// The share of words two sentences must have in common to count as one sentence edited.
const PAIRING_SIMILARITY: f64 = 0.5;

/// One sentence of a version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document text.
    pub span: Span,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
    /// Hash of the typographic form: equal keys mean equal words and punctuation.
    key: u64,
}

/// What happened to one sentence between the versions.
#[derive(Debug, Clone, PartialEq)]
pub enum SentenceChange {
    /// The same text, to the byte.
    Same,
    /// The same words; only spacing, quote marks or other typography changed.
    Trivial(TrivialKind),
    /// Words changed; the diff ranges index the two document texts.
    Edited(Vec<WordOp>),
    /// The same sentence (up to typography) at another place in the article.
    Moved,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

/// An old sentence, a new sentence, or both, and how they relate.
#[derive(Debug, Clone, PartialEq)]
pub struct SentencePair {
    /// Index into [`Alignment::old`].
    pub old: Option<usize>,
    /// Index into [`Alignment::new`].
    pub new: Option<usize>,
    pub change: SentenceChange,
}

/// The sentences of both versions and how they pair up, in reading order of the new version
/// (removed sentences stand where they stood).
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub old: Vec<Sentence>,
    pub new: Vec<Sentence>,
    pub pairs: Vec<SentencePair>,
    /// For each old sentence, the index of its pair.
    old_pair: Vec<usize>,
    /// For each new sentence, the index of its pair.
    new_pair: Vec<usize>,
}

/// Whether a word was kept, deleted or inserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordTag {
    Equal,
    Deleted,
    Inserted,
}

/// A run of words in a word diff. `old` and `new` are byte ranges into the two texts that
/// were compared; the side a run does not touch has an empty range where it would stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordOp {
    pub tag: WordTag,
    pub old: Span,
    pub new: Span,
}

impl Alignment {
    /// The pair an old sentence belongs to.
    pub fn pair_of_old(&self, sentence: usize) -> &SentencePair {
        &self.pairs[self.old_pair[sentence]]
    }

    /// The pair a new sentence belongs to.
    pub fn pair_of_new(&self, sentence: usize) -> &SentencePair {
        &self.pairs[self.new_pair[sentence]]
    }

    /// The old sentence that contains byte `at` of the old text (or the nearest after it).
    pub fn old_sentence_at(&self, at: usize) -> Option<usize> {
        sentence_at(&self.old, at)
    }

    /// The new sentence that contains byte `at` of the new text (or the nearest after it).
    pub fn new_sentence_at(&self, at: usize) -> Option<usize> {
        sentence_at(&self.new, at)
    }
}

/// Aligns the sentences of two versions and diffs the words of the edited ones.
pub fn align(old: &Document, new: &Document) -> Alignment {
    let old_sentences = sentences_of(old);
    let new_sentences = sentences_of(new);
    let old_keys: Vec<u64> = old_sentences.iter().map(|s| s.key).collect();
    let new_keys: Vec<u64> = new_sentences.iter().map(|s| s.key).collect();
    let deadline = Instant::now() + SENTENCE_DIFF_LIMIT;
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &old_keys, &new_keys, Some(deadline));
    let mut pairs = Vec::with_capacity(old_sentences.len().max(new_sentences.len()));
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (o, n) in old_range.zip(new_range) {
                    let change = match classify(
                        &old.text[old_sentences[o].span.clone()],
                        &new.text[new_sentences[n].span.clone()],
                    ) {
                        Some(kind) => SentenceChange::Trivial(kind),
                        None => SentenceChange::Same,
                    };
                    pairs.push(SentencePair { old: Some(o), new: Some(n), change });
                }
            }
            _ => pair_replaced(old, new, &old_sentences, &new_sentences, old_range, new_range, &mut pairs),
        }
    }
    join_moves(&old_sentences, &new_sentences, &mut pairs);
    let mut old_pair = vec![0; old_sentences.len()];
    let mut new_pair = vec![0; new_sentences.len()];
    for (idx, pair) in pairs.iter().enumerate() {
        if let Some(o) = pair.old {
            old_pair[o] = idx;
        }
        if let Some(n) = pair.new {
            new_pair[n] = idx;
        }
    }
    Alignment { old: old_sentences, new: new_sentences, pairs, old_pair, new_pair }
}

/// The word diff of two texts; the ranges of the result are offset by `old_base` and
/// `new_base`, so that a diff of two sentences indexes the two documents.
pub fn word_diff(old: &str, new: &str, old_base: usize, new_base: usize) -> Vec<WordOp> {
    let old_words = word_spans(old);
    let new_words = word_spans(new);
    let old_keys: Vec<String> = old_words.iter().map(|w| typographic_form(&old[w.clone()])).collect();
    let new_keys: Vec<String> = new_words.iter().map(|w| typographic_form(&new[w.clone()])).collect();
    let deadline = Instant::now() + WORD_DIFF_LIMIT;
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old_keys, &new_keys, Some(deadline));
    // Where a side has no words in a run, its empty range stands where they would have been.
    let covering = |words: &[Span], range: std::ops::Range<usize>, base: usize| -> Span {
        let at = |i: usize| words.get(i).map_or_else(|| words.last().map_or(0, |w| w.end), |w| w.start);
        if range.is_empty() {
            let point = at(range.start) + base;
            return point..point;
        }
        words[range.start].start + base..words[range.end - 1].end + base
    };
    let mut out = Vec::new();
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old_span = covering(&old_words, old_range, old_base);
        let new_span = covering(&new_words, new_range, new_base);
        match tag {
            DiffTag::Equal => out.push(WordOp { tag: WordTag::Equal, old: old_span, new: new_span }),
            DiffTag::Delete => out.push(WordOp { tag: WordTag::Deleted, old: old_span, new: new_span }),
            DiffTag::Insert => out.push(WordOp { tag: WordTag::Inserted, old: old_span, new: new_span }),
            DiffTag::Replace => {
                out.push(WordOp { tag: WordTag::Deleted, old: old_span.clone(), new: new_span.start..new_span.start });
                out.push(WordOp { tag: WordTag::Inserted, old: old_span.end..old_span.end, new: new_span });
            }
        }
    }
    out
}

/// The words of a text as a multiset (sorted hashes of their typographic forms), for
/// comparing many texts with each other without hashing them again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordBag(Vec<u64>);

impl WordBag {
    pub fn new(text: &str) -> WordBag {
        let mut words: Vec<u64> =
            word_spans(text).into_iter().map(|w| xxh3_64(typographic_form(&text[w]).as_bytes())).collect();
        words.sort_unstable();
        WordBag(words)
    }

    /// The share of words two texts have in common (the Dice coefficient): 1 for the same
    /// words in any order, 0 for none in common.
    pub fn similarity(&self, other: &WordBag) -> f64 {
        let (a, b) = (&self.0, &other.0);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * common as f64 / (a.len() + b.len()) as f64
    }
}

fn sentences_of(doc: &Document) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, span) in doc.paragraphs.iter().enumerate() {
        for sentence in sentences::split(&doc.text, span.clone()) {
            let key = xxh3_64(typographic_form(&doc.text[sentence.clone()]).as_bytes());
            out.push(Sentence { span: sentence, paragraph, key });
        }
    }
    out
}

fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let idx = sentences.partition_point(|s| s.span.end <= at);
    (idx < sentences.len()).then_some(idx)
}

fn word_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Pairs the sentences of a replaced block: each old sentence with the first close match in
/// the next few new sentences, in order; what stays unpaired was removed or added.
fn pair_replaced(
    old: &Document,
    new: &Document,
    old_sentences: &[Sentence],
    new_sentences: &[Sentence],
    old_range: std::ops::Range<usize>,
    new_range: std::ops::Range<usize>,
    pairs: &mut Vec<SentencePair>,
) {
    let mut next_new = new_range.start;
    for o in old_range {
        let old_span = old_sentences[o].span.clone();
        let old_text = &old.text[old_span.clone()];
        let old_words = WordBag::new(old_text);
        let window = next_new..new_range.end.min(next_new + PAIRING_WINDOW);
        let best = window
            .map(|n| (n, old_words.similarity(&WordBag::new(&new.text[new_sentences[n].span.clone()]))))
            .filter(|&(_, similarity)| similarity >= PAIRING_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((n, _)) = best else {
            pairs.push(SentencePair { old: Some(o), new: None, change: SentenceChange::Removed });
            continue;
        };
        for added in next_new..n {
            pairs.push(SentencePair { old: None, new: Some(added), change: SentenceChange::Added });
        }
        let new_span = new_sentences[n].span.clone();
        let words = word_diff(old_text, &new.text[new_span.clone()], old_span.start, new_span.start);
        pairs.push(SentencePair { old: Some(o), new: Some(n), change: SentenceChange::Edited(words) });
        next_new = n + 1;
    }
    for added in next_new..new_range.end {
        pairs.push(SentencePair { old: None, new: Some(added), change: SentenceChange::Added });
    }
}

/// Joins a removed and an added sentence with the same key into one moved sentence, which
/// stands where it is in the new version.
fn join_moves(old_sentences: &[Sentence], new_sentences: &[Sentence], pairs: &mut Vec<SentencePair>) {
    let mut removed_by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (idx, pair) in pairs.iter().enumerate().rev() {
        if let (SentenceChange::Removed, Some(o)) = (&pair.change, pair.old) {
            removed_by_key.entry(old_sentences[o].key).or_default().push(idx);
        }
    }
    if removed_by_key.is_empty() {
        return;
    }
    let mut joined = vec![false; pairs.len()];
    for idx in 0..pairs.len() {
        let (SentenceChange::Added, Some(n)) = (&pairs[idx].change, pairs[idx].new) else { continue };
        let Some(removed_idx) = removed_by_key.get_mut(&new_sentences[n].key).and_then(Vec::pop) else { continue };
        joined[removed_idx] = true;
        pairs[idx] = SentencePair { old: pairs[removed_idx].old, new: Some(n), change: SentenceChange::Moved };
    }
    let mut idx = 0;
    pairs.retain(|_| {
        idx += 1;
        !joined[idx - 1]
    });
}
