//! Words and punctuation with their byte spans: the unit the attribution rules walk over.
//! A word keeps inner apostrophes, hyphens and periods (`it's`, `Pantsir-S1`, `U.S.`) and the
//! period of a known abbreviation or initial (`Sen.`, `J.`). An ampersand between spaces is a
//! word of its own, which joins two names into one (`Procter & Gamble`).

use crate::extract::lexicon;
use crate::model::Span;
use std::cell::Cell;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// One punctuation character (quote marks included).
    Punct(char),
}

/// A word or punctuation mark in the body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// A word of ASCII letters only: the tokeniser sees it as it goes, and the statistics'
    /// tokens take such a word as it is instead of checking its bytes again.
    pub letters_only: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether the token starts with a capital letter, as [`is_capitalized`] tells of its
    /// text: an ASCII first byte (most are) is read without slicing the text, whose check of
    /// character boundaries cost more than the answer for a scan over every word.
    pub fn starts_capitalized(&self, text: &str) -> bool {
        match self.first_byte(text) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => is_capitalized(self.text(text)),
        }
    }

    /// The token's first byte, read without slicing its text: enough to turn most words away
    /// from a list whose words all start with a few ASCII letters.
    pub fn first_byte(&self, text: &str) -> Option<u8> {
        text.as_bytes().get(self.span.start).copied().filter(|_| self.span.end > self.span.start)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token is a mark that opens a quotation (a straight or curly double quote).
    pub fn opens_quotation(&self) -> bool {
        matches!(self.kind, Kind::Punct('"' | '\u{201c}'))
    }
}

/// Appends the tokens of `text[span]` to `out`; spans are absolute.
fn push_tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    let base = span.start;
    let s = &text[span];
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        // Most characters are ASCII, told apart by their byte without Unicode's tables.
        let starts_word = if c.is_ascii() {
            if matches!(c, ' ' | '\t'..='\r') {
                i += 1;
                continue;
            }
            // "Procter & Gamble": an ampersand between spaces joins two names as a word does.
            c.is_ascii_alphanumeric()
                || c == '$'
                || c == '&' && i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ')
        } else if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        } else {
            is_alphanumeric(c)
        };
        if !starts_word {
            out.push(Token { span: base + i..base + i + c.len_utf8(), kind: Kind::Punct(c), letters_only: false });
            i = past_one_space(b, i + c.len_utf8());
            continue;
        }
        let mut end = i + c.len_utf8();
        // A word starts with an ASCII letter or digit, a `$`, or a character beyond ASCII: of
        // those, the ASCII letters are the ones from 'A' up (the one comparison costs less
        // than `is_ascii_alphabetic`'s two).
        let mut letters_only = ('A'..='\x7f').contains(&c);
        loop {
            // Most of a word is ASCII letters: a run of them continues it, read as bytes
            // without the checks below.
            end = ascii_run_end(b, end, false);
            if b.get(end).is_some_and(u8::is_ascii_digit) {
                letters_only = false;
                end = ascii_run_end(b, end, true);
            }
            // Most words end at a space or at a mark that never joins one, told by its byte.
            if b.get(end).is_none_or(|&d| d.is_ascii() && !matches!(d, b'\'' | b'-' | b'.' | b'&' | b',')) {
                break;
            }
            let Some(d) = char_at(s, end) else { break };
            // An ASCII letter or digit would have joined the run above.
            // A combining mark belongs to the letter before it: "Jesu\u{301}s" (decomposed) is one word.
            let continues = if !d.is_ascii() && (is_alphanumeric(d) || is_combining_mark(d)) {
                true
            } else if matches!(d, '\'' | '\u{2019}' | '-' | '.' | '&') {
                // Inner marks join only when a letter or digit follows: "it's", "U.S", "AT&T".
                char_at(s, end + d.len_utf8()).is_some_and(is_alphanumeric)
            } else if d == ',' {
                // A thousands separator: "1,200".
                b[end - 1].is_ascii_digit() && b.len() > end + 3 && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
            } else {
                false
            };
            if !continues {
                break;
            }
            letters_only = false;
            end += d.len_utf8();
        }
        // Keep the period of an abbreviation or initial with its word.
        if b.get(end) == Some(&b'.') && keeps_period(&s[i..end], &b[end + 1..]) {
            letters_only = false;
            end += 1;
        }
        out.push(Token { span: base + i..base + end, kind: Kind::Word, letters_only });
        i = past_one_space(b, end);
    }
}

/// Byte `i` of `b`, or the one after it when it is a space: most tokens end at one space,
/// passed here without another turn of the tokenising loop.
fn past_one_space(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b' ') { i + 1 } else { i }
}

/// The end of the run of ASCII letters (and digits, with `digits`) that starts at byte `from`
/// of `b`. Eight bytes at a time while eight remain: a byte at a time cost most of the
/// tokenising.
fn ascii_run_end(b: &[u8], mut from: usize, digits: bool) -> usize {
    while let Some(chunk) = b.get(from..from + 8) {
        let bytes = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let others = !ascii_letters(bytes, digits) & HIGH_BITS;
        if others != 0 {
            return from + others.trailing_zeros() as usize / 8;
        }
        from += 8;
    }
    while b.get(from).is_some_and(|c| c.is_ascii_alphabetic() || digits && c.is_ascii_digit()) {
        from += 1;
    }
    from
}

/// The low and the high bit of each of eight bytes read as one `u64`.
pub(crate) const LOW_BITS: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH_BITS: u64 = LOW_BITS * 0x80;

/// The high bit of each of the eight bytes in `bytes` that is an ASCII letter (or digit, with
/// `digits`): `low + (0x80 - bound)` sets a byte's high bit when its low seven bits are
/// `bound` or more, and never carries into the next byte.
fn ascii_letters(bytes: u64, digits: bool) -> u64 {
    let from = |low: u64, bound: u8| low + LOW_BITS * (0x80 - u64::from(bound));
    let low = bytes & !HIGH_BITS;
    // Bit 0x20 folds capitals onto small letters and no other byte onto one.
    let folded = low | (LOW_BITS * 0x20);
    let mut found = from(folded, b'a') & !from(folded, b'z' + 1);
    if digits {
        found |= from(low, b'0') & !from(low, b'9' + 1);
    }
    // Bytes from 0x80 up are no ASCII.
    found & !bytes & HIGH_BITS
}

/// `char::is_alphanumeric`, with a quick answer for the curly quotes, apostrophes and dashes of
/// news text (the General Punctuation block, which holds no letter or digit), which would
/// otherwise each take a look-up in Unicode's tables.
pub fn is_alphanumeric(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// `char::is_alphabetic`, with the same quick answer as [`is_alphanumeric`].
pub fn is_alphabetic(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
}

/// Whether `c` is a combining diacritical mark (the blocks of Latin, Greek and Cyrillic text's
/// accents), which is no letter itself but part of the letter it follows.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// U+2000 to U+206F: spaces, dashes, quotation marks, bullets and invisible operators.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// The character at byte `i` of `s`: an ASCII byte is read as it is, as decoding from a
/// slice at every character cost most of the tokenising.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    let &byte = s.as_bytes().get(i)?;
    if byte.is_ascii() { Some(char::from(byte)) } else { s[i..].chars().next() }
}

/// The tokens of every sentence of a document, in order: tokenised once, then shared by the
/// stages that walk over them.
pub struct Tokenized {
    toks: Vec<Token>,
    /// The first token of each sentence, and after them the number of tokens: a stage that
    /// walks sentences by index slices its tokens without the searches of [`Self::within`].
    sentence_starts: Vec<usize>,
    /// The token just past the last span asked for: the stages walk sentences in order, so
    /// the next span most often starts there, and is found without a search.
    next: Cell<usize>,
}

impl Tokenized {
    pub fn new(text: &str, sentences: &[Span]) -> Self {
        let mut toks = Vec::with_capacity(text.len() / 4);
        let mut sentence_starts = Vec::with_capacity(sentences.len() + 1);
        for s in sentences {
            sentence_starts.push(toks.len());
            push_tokens(text, s.clone(), &mut toks);
        }
        sentence_starts.push(toks.len());
        Self { toks, sentence_starts, next: Cell::new(0) }
    }

    /// Every token of the document.
    pub fn all(&self) -> &[Token] {
        &self.toks
    }

    /// The tokens of sentences `first..=last` (indexes into the sentences given to
    /// [`Self::new`]), as `within` gives them for the span from the first's start to the
    /// last's end.
    pub fn sentences(&self, first: usize, last: usize) -> &[Token] {
        let (from, to) = (self.sentence_starts[first], self.sentence_starts[last + 1]);
        self.next.set(to);
        &self.toks[from..to]
    }

    /// The tokens that lie inside `span` (a sentence, a run of sentences, or part of one cut
    /// at a token boundary).
    pub fn within(&self, span: &Span) -> &[Token] {
        let toks = &self.toks;
        // The first token that starts in the span: the one after the last span's, when it is.
        let hint = self.next.get();
        let hit = toks.get(hint).is_some_and(|t| t.span.start >= span.start)
            && (hint == 0 || toks[hint - 1].span.start < span.start);
        let first = if hit { hint } else { toks.partition_point(|t| t.span.start < span.start) };
        // Tokens are not empty and do not overlap: at most `span.len()` of them fit in it,
        // which bounds the second search to the span's own tokens, not the rest of the text.
        let reach = &toks[first..toks.len().min(first + span.len())];
        let len = reach.partition_point(|t| t.span.end <= span.end);
        self.next.set(first + len);
        &toks[first..first + len]
    }
}

/// The tokens of `text` read as one sentence, for tests of the rules that walk them.
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    push_tokens(text, 0..text.len(), &mut out);
    out
}

/// Whether the period after `word`, with `after` the bytes past it, is the word's own.
fn keeps_period(word: &str, after: &[u8]) -> bool {
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_capital
        || word.contains('.')
        || lexicon::is_abbreviation(word)
        || lexicon::abbreviates_number(word) && before_number(after)
}

/// Whether a number comes next, past at most one space ("No. 2", "No.2").
fn before_number(after: &[u8]) -> bool {
    let next = after.strip_prefix(b" ").unwrap_or(after);
    next.first().is_some_and(u8::is_ascii_digit)
}

/// Whether a word starts with a capital letter (or a digit-free capital run like "U.S.").
pub fn is_capitalized(word: &str) -> bool {
    // An ASCII first byte (most are) is told without decoding a character.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `word` without the `suffix`es it ends with, as `trim_end_matches(suffix)` gives, but
/// without the substring searcher that call builds each time: the mention rules strip
/// possessives from most capitalised words.
pub fn trim_suffix<'w>(word: &'w str, suffix: &str) -> &'w str {
    let mut rest = word;
    while let Some(shorter) = rest.strip_suffix(suffix) {
        rest = shorter;
    }
    rest
}

/// A word without its possessive ending, straight or curly: "Trump's" gives "Trump".
pub fn without_possessive(word: &str) -> &str {
    trim_suffix(trim_suffix(word, "'s"), "\u{2019}s")
}

/// The number of words of `s` split at whitespace, up to `most`, as
/// `s.split_whitespace().take(most).count()` gives, read byte by byte (a character decoded
/// only past ASCII) and stopping at the `most`-th word: a claim or a quotation may run long,
/// and the splitting iterator cost more than the count.
pub fn count_words(s: &str, most: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while words < most {
        let Some(c) = char_at(s, i) else { break };
        // `char::is_whitespace`, its ASCII answer written out: calling it here cost 13% more
        // of this function.
        let space = if c.is_ascii() { matches!(c, ' ' | '\t'..='\r') } else { c.is_whitespace() };
        words += usize::from(!space && !in_word);
        in_word = !space;
        i += c.len_utf8();
    }
    words
}

/// Whether token `k` is a dash: an em or en dash, a horizontal bar, or a hyphen with a space
/// before it.
pub fn is_dash(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    t.is_punct('\u{2014}')
        || t.is_punct('\u{2013}')
        || t.is_punct('\u{2015}')
        || t.is_punct('-') && k > 0 && toks[k - 1].span.end < t.span.start
}

/// The token after the dash at `k`, past the second hyphen of a dash typed as two (`--`),
/// which is a token of its own.
pub fn past_dash(toks: &[Token], k: usize) -> usize {
    k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is_punct('-')))
}

/// The dash that ends at token `k`, if one does: `k` itself, or the first hyphen of a dash
/// typed as two (`--`), whose second hyphen has no space before it.
pub fn dash_ending_at(toks: &[Token], k: usize) -> Option<usize> {
    let start = if k > 0 && toks[k].is_punct('-') && is_dash(toks, k - 1) { k - 1 } else { k };
    Some(start).filter(|&d| is_dash(toks, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks_and_abbreviation_periods() {
        let text = "Sen. J. Smith's U.S. plan cost $1,200.50, it's Pantsir-S1.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Sen.", "J.", "Smith's", "U.S.", "plan", "cost", "$1,200.50", ",", "it's", "Pantsir-S1", "."]
        );
    }

    #[test]
    fn an_ampersand_between_spaces_is_a_word_and_elsewhere_a_mark_or_part_of_one() {
        let text = "Procter & Gamble, AT&T and R& D &";
        let tokens = tokenize(text);
        let words: Vec<(&str, bool)> = tokens.iter().map(|t| (t.text(text), t.is_word())).collect();
        assert_eq!(
            words,
            [
                ("Procter", true),
                ("&", true),
                ("Gamble", true),
                (",", false),
                ("AT&T", true),
                ("and", true),
                ("R", true),
                ("&", false),
                ("D", true),
                ("&", false)
            ]
        );
    }

    #[test]
    fn a_combining_accent_belongs_to_its_word() {
        // Decomposed text (NFD): the accent follows its letter as a character of its own.
        let text = "Jesu\u{301}s Garci\u{301}a and Jes\u{e3}\u{303}os said: \u{301}nada.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Jesu\u{301}s", "Garci\u{301}a", "and", "Jes\u{e3}\u{303}os", "said", ":", "\u{301}", "nada", "."]
        );
    }

    #[test]
    fn a_period_the_sentence_splitter_passes_stays_with_its_word() {
        // One list serves both: "Messrs." ends no sentence, so it is one word too.
        let text = "Messrs. Lee and Cho met at Mt. Hope Ave. on Apr. 3.";
        assert_eq!(crate::extract::sentences::split(text, 0..text.len()).len(), 1);
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["Messrs.", "Lee", "and", "Cho", "met", "at", "Mt.", "Hope", "Ave.", "on", "Apr.", "3", "."]);
    }

    #[test]
    fn a_run_of_sentences_has_the_tokens_within_its_span() {
        let text = "Ruiz spoke. She said it \u{201c}works\u{201d} now. Done!";
        let spans = crate::extract::sentences::split(text, 0..text.len());
        assert_eq!(spans.len(), 3);
        let tokens = Tokenized::new(text, &spans);
        for first in 0..spans.len() {
            for last in first..spans.len() {
                let by_index = tokens.sentences(first, last);
                assert_eq!(by_index, tokens.within(&(spans[first].start..spans[last].end)));
            }
        }
    }

    #[test]
    fn words_tell_whether_they_are_ascii_letters_only() {
        let text = "Alpha caf\u{e9} B2 it's Sen. 1,000 $5 zeta";
        let letters: Vec<bool> = tokenize(text).iter().map(|t| t.letters_only).collect();
        assert_eq!(letters, [true, false, false, false, false, false, false, true]);
    }

    #[test]
    fn eight_bytes_at_once_find_the_same_letters_as_one_at_a_time() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut chunk = *b"abcdefgh";
                chunk[at] = byte;
                for digits in [false, true] {
                    let one = chunk.iter().position(|c| !(c.is_ascii_alphabetic() || digits && c.is_ascii_digit()));
                    let eight = ascii_letters(u64::from_le_bytes(chunk), digits);
                    assert_eq!(eight == HIGH_BITS, one.is_none(), "{byte:#x} at {at}");
                    assert_eq!(eight & 0x80 << (8 * at) != 0, one.is_none(), "{byte:#x} at {at}");
                    assert_eq!(ascii_run_end(&chunk, 0, digits), one.unwrap_or(8), "{byte:#x} at {at}");
                }
            }
        }
    }

    /// `count_words` counts as `split_whitespace` does, with spaces and letters past ASCII.
    #[test]
    fn count_words_counts_as_split_whitespace() {
        for s in ["", " ", "a", " a  b ", "a\u{a0}b", "\u{e9} b\u{2009}c", "a\x0bb\u{3000}", "\u{201c}x\u{201d} y"] {
            for most in 0..5 {
                assert_eq!(count_words(s, most), s.split_whitespace().take(most).count(), "{s:?} {most}");
            }
        }
    }

    #[test]
    fn the_quick_answers_agree_with_unicode() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
