//! The word tokens that the statistics rules walk over: numbers, words and single symbols,
//! each with its byte span and whether a space stands before it. Built once per sentence, in
//! one pass over the bytes, so the rules never re-scan the text.

use crate::extract::tokens::{char_at, is_alphabetic};
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

    #[test]
    fn a_sentence_final_period_is_not_part_of_a_number_or_word() {
        assert_eq!(kinds("at 9 a.m."), [("at", Kind::Word, true), ("9", Kind::Number, true), ("a.m", Kind::Word, true), (".", Kind::Symbol, false)]);
    }
}
