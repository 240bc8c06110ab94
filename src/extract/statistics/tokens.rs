//! The word tokens that the statistics rules walk over: numbers, words and single symbols,
//! each with its byte span and whether a space stands before it. Built once per sentence, in
//! one pass over the bytes, so the rules never re-scan the text.

use crate::extract::tokens::{self as extraction, char_at, is_alphabetic};
use crate::model::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Digits, with inner `,` or `.` between digits ("12,000", "3.5").
    Number,
    /// Letters, with inner apostrophes and abbreviation dots ("Trump's", "a.m").
    Word,
    /// Any other single character ("$", "%", "-", ",").
    Symbol,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace stands right before it: "$ 5" versus "$5", "5 - 4" versus "5-4".
    pub spaced: bool,
}

impl Token {
    pub fn span(&self) -> Span {
        self.start..self.end
    }
}

/// Tokenises `text[span]`; offsets stay absolute.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    push_tokens(text, span, out);
}

/// The tokens of a sentence, read off the tokens extraction made of it (`words`, all of the
/// sentence's), so that an article's text is tokenised once. Between two runs of those tokens
/// stands only whitespace, which both tokenisers split at alike. In a run of words of ASCII
/// letters and punctuation marks each token is the same here; any other run ("$1.5bn,",
/// "U.S.-led", "1,20") is tokenised anew, as `tokenize` would (it looks no further than a run).
pub fn from_words(text: &str, words: &[extraction::Token], out: &mut Vec<Token>) {
    out.clear();
    // The run the last token belongs to starts at this token of `words` and of `out`.
    let (mut run_word, mut run_out) = (0, 0);
    let mut i = 0;
    while i < words.len() {
        let t = &words[i];
        let spaced = i == 0 || words[i - 1].span.end < t.span.start;
        if spaced {
            (run_word, run_out) = (i, out.len());
        }
        if !t.is_word() || t.letters_only {
            let kind = if t.is_word() { Kind::Word } else { Kind::Symbol };
            out.push(Token { start: t.span.start, end: t.span.end, kind, spaced });
            i += 1;
        } else {
            let run_end = i + 1 + words[i..].windows(2).take_while(|w| w[0].span.end == w[1].span.start).count();
            out.truncate(run_out);
            push_tokens(text, words[run_word].span.start..words[run_end - 1].span.end, out);
            i = run_end;
        }
    }
}

/// Appends the tokens of `text[span]` to `out`.
fn push_tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let upto_end = &text[..span.end];
    let mut i = span.start;
    let mut spaced = true;
    while i < span.end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            spaced = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_digit() {
            i += 1;
            while i < span.end
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b',' | b'.') && i + 1 < span.end && bytes[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            Kind::Number
        } else {
            let c = char_at(upto_end, i).unwrap_or(' ');
            if is_alphabetic(c) {
                i += c.len_utf8();
                while i < span.end {
                    // Most of a word is ASCII letters: they continue it without decoding.
                    if bytes[i].is_ascii_alphabetic() {
                        i += 1;
                        continue;
                    }
                    let c = char_at(upto_end, i).unwrap_or(' ');
                    let inner_mark = matches!(c, '\'' | '\u{2019}' | '.')
                        && char_at(upto_end, i + c.len_utf8()).is_some_and(is_alphabetic);
                    if is_alphabetic(c) || inner_mark {
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                }
                Kind::Word
            } else if c.is_whitespace() {
                // Non-breaking and other Unicode spaces separate like ASCII ones.
                spaced = true;
                i += c.len_utf8();
                continue;
            } else {
                i += c.len_utf8();
                Kind::Symbol
            }
        };
        out.push(Token { start, end: i, kind, spaced });
        spaced = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, Kind, bool)> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.iter().map(|t| (&text[t.span()], t.kind, t.spaced)).collect()
    }

    #[test]
    fn numbers_keep_inner_separators_and_symbols_stand_alone() {
        assert_eq!(
            kinds("$12,000.50 to 3.5%, Trump's 5-4"),
            [
                ("$", Kind::Symbol, true),
                ("12,000.50", Kind::Number, false),
                ("to", Kind::Word, true),
                ("3.5", Kind::Number, true),
                ("%", Kind::Symbol, false),
                (",", Kind::Symbol, false),
                ("Trump's", Kind::Word, true),
                ("5", Kind::Number, true),
                ("-", Kind::Symbol, false),
                ("4", Kind::Number, false),
            ]
        );
    }

    /// `from_words` agrees with `tokenize` over a sentence, whatever the runs it meets.
    fn agrees_with_tokenize(text: &str) {
        let spans = [0..text.len()];
        let words = extraction::Tokenized::new(text, &spans);
        let (mut read_off, mut anew) = (Vec::new(), Vec::new());
        from_words(text, words.within(&spans[0]), &mut read_off);
        tokenize(text, spans[0].clone(), &mut anew);
        assert_eq!(read_off, anew, "{text:?}");
    }

    #[test]
    fn tokens_read_off_extraction_tokens_are_the_same() {
        agrees_with_tokenize(
            "Mr. Ruiz said 1,20 and 1,000 of U.S.-led AT&T's $4.5bn (3.5%) \u{201c}rose\u{201d} 5th\u{a0}Ave. 1,000",
        );
        agrees_with_tokenize(
            "caf\u{e9} na\u{ef}ve 4\u{bd} Pantsir-S1 it\u{2019}s \u{2014}x\u{2014} Z. J.R.R. e.g. 10.5.3",
        );
    }

    proptest::proptest! {
        #[test]
        fn any_mix_of_tricky_characters_reads_off_the_same(text in "[a-cA-C0-2 .,'\u{2019}$%&\u{e9}\u{a0}\u{bd}\u{201c}-]{0,40}") {
            agrees_with_tokenize(&text);
        }
    }

    #[test]
    fn a_sentence_final_period_is_not_part_of_a_number_or_word() {
        assert_eq!(
            kinds("at 9 a.m."),
            [
                ("at", Kind::Word, true),
                ("9", Kind::Number, true),
                ("a.m", Kind::Word, true),
                (".", Kind::Symbol, false)
            ]
        );
    }
}
