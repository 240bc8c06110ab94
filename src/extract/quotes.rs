//! Quotation spans: pairs of quote marks, found paragraph by paragraph.
//!
//! Every double-mark style is read (" “ ” « » „), and single marks (‘ ’) where they open at
//! a word's start outside a double quote. A quote left open at a paragraph's end goes on in
//! the next paragraph when that one opens with a mark of the same style again (the news
//! convention for multi-paragraph quotes; a straight mark is not run on by a curly one) or when
//! it closes the quote before opening another (a stray line break). Any other unbalanced mark is
//! reported and does not spoil the rest of the text.

use super::reported;
use super::tokens::{HIGH_BITS, LOW_BITS, char_at};
use crate::model::{Diagnostic, Span};

/// One quotation: its content parts (marks excluded) and where its marks stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The content, one part per paragraph it runs over.
    pub parts: Vec<Span>,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the end of the last part when unclosed).
    pub end: usize,
    /// Whether the quote was closed by a mark.
    pub closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// Classifies a double quote mark at byte `i` of `text`, within `para`.
fn double_mark(text: &str, para: &Span, i: usize, c: char) -> Option<Mark> {
    match c {
        // An opening curly mark typed at a word's end closes ("here,“ said Ruiz).
        '\u{201c}'
            if text[para.start..i].chars().next_back().is_some_and(|p| p.is_alphanumeric() || ",.?!".contains(p))
                && text[i + c.len_utf8()..para.end].chars().next().is_none_or(char::is_whitespace) =>
        {
            Some(Mark::Close)
        }
        '\u{201c}' | '\u{201e}' | '\u{ab}' => Some(Mark::Open),
        // A closing curly mark typed at a word's start opens ("”Fear, mostly," she said).
        '\u{201d}'
            if text[para.start..i].chars().next_back().is_none_or(char::is_whitespace)
                && text[i + c.len_utf8()..para.end].chars().next().is_some_and(char::is_alphanumeric) =>
        {
            Some(Mark::Open)
        }
        '\u{201d}' | '\u{bb}' => Some(Mark::Close),
        '"' => {
            let prev = text[para.start..i].chars().next_back();
            let next = text[i + 1..para.end].chars().next();
            let opens_after =
                |p: Option<char>| p.is_none_or(|p| p.is_whitespace() || "([{\u{2014}\u{2013}-/:".contains(p));
            if opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) {
                Some(Mark::Open)
            } else {
                Some(Mark::Close)
            }
        }
        _ => None,
    }
}

/// The offsets in `bytes` of the straight marks (`"`, `'`) and of the first byte of every
/// character beyond ASCII: the bytes the quotation scan stops at. Eight bytes are tested at
/// once, and the stops among them taken from the bits that mark them: a test of every byte
/// cost most of the scan, and a second look at each byte of eight that held a stop two fifths.
fn stops(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut chunks = bytes.chunks(8).enumerate();
    // The offset of the chunk read last, and the high bits of its stops not yet given.
    let (mut base, mut left) = (0, 0u64);
    std::iter::from_fn(move || {
        while left == 0 {
            let (k, chunk) = chunks.next()?;
            (base, left) = (8 * k, stops_in(chunk));
        }
        let at = base + left.trailing_zeros() as usize / 8;
        left &= left - 1;
        Some(at)
    })
}

/// The high bit of each byte of `chunk` (eight at most) that `stops` stops at: `"`, `'` (a
/// zero byte once the mark is xor-ed out) or one from 0xc0 up (bits 7 and 6 both set).
fn stops_in(chunk: &[u8]) -> u64 {
    let bytes = match <[u8; 8]>::try_from(chunk) {
        Ok(eight) => u64::from_le_bytes(eight),
        // The last chunk of a paragraph, padded with zeros, which are none of the stops.
        Err(_) => chunk.iter().rev().fold(0, |bytes, &b| bytes << 8 | u64::from(b)),
    };
    // A zero byte has no high bit, and its low seven bits plus 0x7f set none (the sum never
    // carries into the next byte): exact for every byte, as a borrow across bytes is not.
    let zero = |x: u64| !(((x & !HIGH_BITS) + LOW_BITS * 0x7f) | x) & HIGH_BITS;
    let mark = |mark: u8| zero(bytes ^ (LOW_BITS * u64::from(mark)));
    mark(b'"') | mark(b'\'') | (bytes & (bytes << 1) & HIGH_BITS)
}

/// Finds the quotations in the paragraphs of `text`.
pub fn find(text: &str, paragraphs: &[Span], diagnostics: &mut Vec<Diagnostic>) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let wraps = transcript_wraps(text, paragraphs);
    // A quote still open at the end of the previous paragraph.
    let mut carried: Option<QuoteSpan> = None;
    for (k, para) in paragraphs.iter().enumerate() {
        let mut open: Option<(usize, usize)> = None; // (mark offset, content start)
        let mut single: Option<(usize, usize)> = None;
        if let Some(q) = carried.as_ref() {
            // A stray break: the quote goes on from this paragraph's start.
            if !starts_with_open_mark(text, para) {
                open = Some((q.open, para.start));
            }
        }
        // Only quotation marks and apostrophes matter here: the scan stops at them and at the
        // first byte of a character beyond ASCII, and passes over every other byte undecoded.
        let para_text = &text[para.clone()];
        let mut chars = stops(para_text.as_bytes()).filter_map(|rel| Some((rel, char_at(para_text, rel)?))).peekable();
        while let Some((rel, c)) = chars.next() {
            let i = para.start + rel;
            if wraps.binary_search(&i).is_ok() {
                continue;
            }
            // Two apostrophes stand for a double mark in some archives (''like this'').
            let doubled = c == '\'' && chars.peek().is_some_and(|&(next, n)| next == rel + 1 && n == '\'');
            if doubled {
                chars.next();
            }
            let (c, mark_len) = if doubled { ('"', 2) } else { (c, c.len_utf8()) };
            let german_close = c == '\u{201c}' && open.is_some_and(|(at, _)| text[at..].starts_with('\u{201e}'));
            if let Some(mark) = if german_close { Some(Mark::Close) } else { double_mark(text, para, i, c) } {
                single = None;
                match (mark, open) {
                    (Mark::Open, None) => open = Some((i, i + mark_len)),
                    (_, Some((mark_at, start))) if c == '"' || mark == Mark::Close => {
                        let mut q = carried.take().unwrap_or(QuoteSpan {
                            parts: Vec::new(),
                            open: mark_at,
                            end: 0,
                            closed: true,
                        });
                        push_part(&mut q.parts, text, start..i);
                        q.end = i + mark_len;
                        q.closed = true;
                        out.push(q);
                        open = None;
                    }
                    (_, Some((mark_at, start))) => {
                        // A curly opener inside an open quote: the first one was never closed.
                        diagnostics
                            .push(Diagnostic { at: mark_at, message: "quotation mark opened but not closed".into() });
                        if let Some(mut q) = carried.take() {
                            push_part(&mut q.parts, text, start..i);
                            q.closed = false;
                            q.end = i;
                        }
                        open = Some((i, i + mark_len));
                    }
                    (Mark::Close, None) => {
                        diagnostics
                            .push(Diagnostic { at: i, message: "closing quotation mark with no opening mark".into() });
                    }
                }
                continue;
            }
            if open.is_none() {
                match c {
                    '\u{2018}' if opens_word(text, i, c) => single = Some((i, i + c.len_utf8())),
                    '\u{2019}' | '\'' if closes_word(text, para, i, c) => {
                        if let Some((mark_at, start)) = single.take()
                            && text[start..i].split_whitespace().count() >= 2
                        {
                            out.push(QuoteSpan {
                                parts: trimmed(text, start..i),
                                open: mark_at,
                                end: i + c.len_utf8(),
                                closed: true,
                            });
                        }
                    }
                    '\'' if single.is_none() && opens_word(text, i, c) => single = Some((i, i + 1)),
                    _ => {}
                }
            }
        }
        if let Some((mark_at, start)) = open {
            let mut q = carried.take().unwrap_or(QuoteSpan { parts: Vec::new(), open: mark_at, end: 0, closed: false });
            push_part(&mut q.parts, text, start..para.end);
            q.end = para.end;
            q.closed = false;
            let next = paragraphs.get(k + 1);
            if next.is_some_and(|n| reopens_in_style(text, n, q.open) || closes_before_opening(text, n)) {
                carried = Some(q);
            } else {
                diagnostics.push(Diagnostic { at: q.open, message: "quotation mark opened but not closed".into() });
                out.push(q);
            }
        }
    }
    if let Some(q) = carried {
        out.push(q);
    }
    // Marks with nothing but space between them (`""`, or `«` at a paragraph's end) quote no
    // words: no quote can be made of them.
    out.retain(|q| !q.parts.is_empty());
    out
}

/// The offsets of the marks that wrap a transcript instead of quoting speech. Some pages quote a
/// whole interview in the multi-paragraph convention, each turn opening with its speaker's label
/// (`"WALLACE: …`, `"PENCE: …`, `"But the truth is …`, up to a closing mark at its end); the
/// turns are the labels' own words, read as such (`reported.rs`). In a run of paragraphs that open
/// with a straight mark, two of them with a label, the opening marks and the closing mark that
/// ends the run are the transcript's.
fn transcript_wraps(text: &str, paragraphs: &[Span]) -> Vec<usize> {
    let mut wraps = Vec::new();
    let mut k = 0;
    while k < paragraphs.len() {
        let run = paragraphs[k..].iter().take_while(|p| text[(*p).clone()].starts_with('"')).count();
        let labelled =
            paragraphs[k..k + run].iter().filter(|p| opens_with_speaker_label(&text[p.start + 1..p.end])).count();
        if labelled >= 2 {
            wraps.extend(paragraphs[k..k + run].iter().map(|p| p.start));
            let last = &paragraphs[k + run - 1];
            let body = text[last.clone()].trim_end();
            if body.len() > 1 && body.ends_with('"') {
                wraps.push(last.start + body.len() - 1);
            }
        }
        k += run.max(1);
    }
    wraps
}

/// Whether `s` opens with a speaker's label in capitals and a colon (`PENCE:`, `JAKE TAPPER:`,
/// `Q:`), as turns of a transcript do.
pub fn opens_with_speaker_label(s: &str) -> bool {
    const LONGEST: usize = 40;
    let Some((colon, _)) = s.char_indices().take_while(|&(i, _)| i < LONGEST).find(|&(_, c)| c == ':') else {
        return false;
    };
    let label = &s[..colon];
    label.split(' ').count() <= 4
        && label.starts_with(|c: char| c.is_uppercase())
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-' | '\u{2019}'))
}

fn push_part(parts: &mut Vec<Span>, text: &str, span: Span) {
    parts.extend(trimmed(text, span));
}

fn trimmed(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.clone()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    if end > start { vec![start..end] } else { Vec::new() }
}

fn starts_with_open_mark(text: &str, para: &Span) -> bool {
    text[para.clone()].starts_with("''")
        || text[para.clone()].chars().next().is_some_and(|c| double_mark(text, para, para.start, c) == Some(Mark::Open))
}

/// Whether paragraph `para` opens with a mark of the style (straight or curly) of the mark at
/// `open`, so that it goes on with that quote: a block quoted in straight marks that holds curly
/// ones (`"She was anxious.` then `“It never crossed my mind,” she said`) is not run on by
/// the first quote of its next paragraph.
fn reopens_in_style(text: &str, para: &Span, open: usize) -> bool {
    let straight = |at: usize| text[at..].starts_with(['"', '\'']);
    starts_with_open_mark(text, para) && straight(para.start) == straight(open)
}

/// Whether the paragraph's first double mark closes a quote (so an open quote runs into it).
fn closes_before_opening(text: &str, para: &Span) -> bool {
    for (rel, c) in text[para.clone()].char_indices() {
        if let Some(mark) = double_mark(text, para, para.start + rel, c) {
            return mark == Mark::Close;
        }
    }
    false
}

fn opens_word(text: &str, i: usize, c: char) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    prev.is_none_or(|p| p.is_whitespace() || "(:[\u{2014}".contains(p)) && next.is_some_and(char::is_alphanumeric)
}

fn closes_word(text: &str, para: &Span, i: usize, c: char) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..para.end].chars().next();
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// Whether a quotation names a programme, a book or a film instead of quoting speech: a short
/// run of capitalised words right after a possessive, "on" or "of" (`on NBC's "Meet the Press,"
/// Sanders said`, `a broadcast of "Real Time"`). Its words are then read as the sentence's own.
pub fn is_title(text: &str, q: &QuoteSpan) -> bool {
    let [part] = q.parts.as_slice() else { return false };
    let before = text[..q.open].trim_end().rsplit(' ').next().unwrap_or_default();
    let after_owner = before == "on" || before == "of" || reported::is_possessive(before);
    if !q.closed || !after_owner {
        return false;
    }
    reads_as_title(&text[part.clone()])
}

/// Whether words read as a title: a short run of capitalised words, save the small words a
/// title leaves in lower case after its first ("Meet the Press").
pub fn reads_as_title(words: &str) -> bool {
    const MOST_WORDS: usize = 8;
    let words: Vec<&str> = words.split_whitespace().take(MOST_WORDS + 1).collect();
    let capitalised = |(i, w): (usize, &&str)| {
        let lower_allowed = i > 0 && SMALL_TITLE_WORDS.contains(&w.trim_end_matches([',', '.']));
        w.chars().next().is_some_and(|c| !c.is_lowercase()) || lower_allowed
    };
    words.len() <= MOST_WORDS && words.iter().enumerate().all(capitalised)
}

/// Words a title leaves in lower case ("This Week with George Stephanopoulos").
const SMALL_TITLE_WORDS: [&str; 13] =
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "with"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::paragraphs_of;

    #[test]
    fn eight_bytes_at_once_stop_where_one_at_a_time_does() {
        for byte in 0..=u8::MAX {
            for at in 0..11 {
                let mut bytes = *b"ab'defghijk";
                bytes[at] = byte;
                let one: Vec<usize> = (0..bytes.len()).filter(|&i| matches!(bytes[i], b'"' | b'\'' | 0xc0..)).collect();
                assert_eq!(stops(&bytes).collect::<Vec<_>>(), one, "{byte:#x} at {at}");
            }
        }
        // Neighbours that would carry or borrow into each other in a word-wide test.
        let tricky = [0x00, 0x01, 0x21, 0x22, 0x23, 0x26, 0x27, 0x28, 0x7f, 0x80, 0xa2, 0xa7, 0xbf, 0xc0, 0xff];
        for (&a, &b) in tricky.iter().flat_map(|a| tricky.iter().map(move |b| (a, b))) {
            for at in 0..10 {
                let mut bytes = [0u8; 11];
                (bytes[at], bytes[at + 1]) = (a, b);
                let one: Vec<usize> = (0..bytes.len()).filter(|&i| matches!(bytes[i], b'"' | b'\'' | 0xc0..)).collect();
                assert_eq!(stops(&bytes).collect::<Vec<_>>(), one, "{a:#x} {b:#x} at {at}");
            }
        }
    }

    fn quotes(text: &str) -> Vec<Vec<&str>> {
        let mut diags = Vec::new();
        find(text, &paragraphs_of(text), &mut diags)
            .iter()
            .map(|q| q.parts.iter().map(|p| &text[p.clone()]).collect())
            .collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(
            quotes("\u{201c}Curly,\u{201d} \"straight\" \u{ab}guillemets\u{bb} \u{201e}low\u{201c}"),
            [["Curly,"], ["straight"], ["guillemets"], ["low"]]
        );
    }

    #[test]
    fn a_curly_mark_turned_the_wrong_way_at_a_word_edge() {
        assert_eq!(
            quotes("\u{201c}The toll stays,\u{201c} said Ruiz. \u{201d}Fine,\u{201d} Kim said."),
            [["The toll stays,"], ["Fine,"]]
        );
    }

    #[test]
    fn multi_paragraph_convention() {
        let text = "\u{201c}First part.\n\n\u{201c}Second part.\n\n\u{201c}Last part,\u{201d} she said.";
        assert_eq!(quotes(text), [vec!["First part.", "Second part.", "Last part,"]]);
    }

    #[test]
    fn a_paragraph_in_the_other_style_of_mark_opens_a_quote_of_its_own() {
        let text = "\"The crowd was loud.\n\n\u{201c}Here he is,\u{201d} she said.";
        assert_eq!(quotes(text), [vec!["The crowd was loud."], vec!["Here he is,"]]);
    }

    #[test]
    fn stray_line_break_inside_a_quote() {
        let text = "\"Relations between the two\n\ncountries,\" Fomin said.";
        assert_eq!(quotes(text), [vec!["Relations between the two", "countries,"]]);
    }

    #[test]
    fn unbalanced_mark_does_not_spoil_the_rest() {
        let text = "He said \"this never closes.\n\nLater, \u{201c}a clean one\u{201d} came.";
        let mut diags = Vec::new();
        let found = find(text, &paragraphs_of(text), &mut diags);
        assert_eq!(found.last().map(|q| &text[q.parts[0].clone()]), Some("a clean one"));
        assert_eq!(diags.len(), 1);
    }

    #[test]
    fn the_marks_that_wrap_a_quoted_transcript_quote_nothing() {
        let text = "\"HOST: Is it safe?\n\n\"RUIZ: It is \u{201c}sound\u{201d} now.\n\n\"And open.\"";
        assert_eq!(quotes(text), [["sound"]]);
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        assert_eq!(quotes("''This isn't reform,'' said the economist."), [["This isn't reform,"]]);
    }

    #[test]
    fn single_marks_at_word_edges_but_not_apostrophes() {
        assert_eq!(quotes("Trump: \u{2018}I will win big\u{2019} and it\u{2019}s fine"), [["I will win big"]]);
    }
}
