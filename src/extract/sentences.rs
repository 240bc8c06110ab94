//! Sentence boundaries in news text: a split after `.`, `!` or `?` (and any closing quote or
//! bracket) when the next word starts a sentence, but not after abbreviations (`Sen.`,
//! `U.S.`, `Jan.`) or initials (`J. R. Ewing`). Sentences never cross a paragraph: each
//! paragraph is split on its own.

use super::lexicon;
use crate::document::floor_char_boundary;
use crate::model::Span;

/// Words after which "U.S." or "a.m." really ends a sentence ("… in the U.S. The report …").
const SENTENCE_STARTERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "These", "Those",
    "His", "Her", "Their", "Its", "On", "At", "For", "As", "If", "When", "While", "After", "Before", "Some", "Many",
];

/// The sentences of one paragraph (`text[paragraph]`), as byte spans into `text`, trimmed.
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    push_sentences(text, paragraph, &mut out);
    out
}

/// Appends the sentences of one paragraph to `out`, as `split` gives them: a document's
/// sentences go into one vector, without one per paragraph to copy them from.
pub fn push_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    // Quotes listed one a line, each signed after a dash (`…” ― Ana Ruiz`): the line that
    // signs one ends its sentence, though no terminator does.
    let after_dateline = paragraph.start + dateline_len(&text[paragraph.clone()]);
    let (mut start, mut line_start) = (after_dateline, paragraph.start);
    for line_end in memchr::memchr_iter(b'\n', text[paragraph.clone()].as_bytes()).map(|i| paragraph.start + i) {
        if signs_a_quote(&text[line_start..line_end]) {
            push_terminated(text, start..line_end, out);
            start = line_end + 1;
        }
        line_start = line_end + 1;
    }
    push_terminated(text, start..paragraph.end, out);
}

/// The length of the dateline that opens a paragraph, with the dash after it:
/// "WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "ST. LOUIS -- " (0 when there is none). It
/// says where the story was filed, not who said what: no sentence, so no claim and no
/// subject, holds it.
fn dateline_len(paragraph: &str) -> usize {
    const LONGEST: usize = 60;
    // Most paragraphs are turned away by their first two bytes, before any search.
    if !paragraph.as_bytes().get(..2).is_some_and(|b| b.iter().all(u8::is_ascii_uppercase)) {
        return 0;
    }
    let head = &paragraph[..floor_char_boundary(paragraph, LONGEST.min(paragraph.len()))];
    let Some((place, after)) = [" \u{2014}", " \u{2013} ", " -- ", " - "]
        .iter()
        .filter_map(|dash| head.find(dash).map(|at| (&head[..at], at + dash.len())))
        .min_by_key(|(place, _)| place.len())
    else {
        return 0;
    };
    // The agency that filed it: "(AP)", "(Reuters)".
    let place = match place.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
        Some((place, agency)) if agency.starts_with(char::is_uppercase) && !agency.contains(' ') => place,
        _ => place,
    };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let is_place = place.chars().all(|c| c.is_uppercase() || " .,'\u{2019}-".contains(c));
    // "I — …" or "A — …" opens a sentence: a place has three letters or more.
    if letters >= 3 && is_place { after } else { 0 }
}

/// Whether a line ends in a quotation signed after a dash, `…” ― Ana Ruiz`: a closing mark,
/// a dash, and a name of a few words.
fn signs_a_quote(line: &str) -> bool {
    const MOST_WORDS: usize = 5;
    let Some(close) = line.rfind(['\u{201d}', '"']) else { return false };
    let after = line[close..].trim_start_matches(['\u{201d}', '"']).trim_start();
    let Some(name) = after.strip_prefix(['\u{2015}', '\u{2014}', '\u{2013}']).map(str::trim) else { return false };
    name.starts_with(char::is_uppercase) && name.split_whitespace().count() <= MOST_WORDS
}

/// Appends the sentences of `paragraph`, split after their terminators.
fn push_terminated(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let para = &text[paragraph.clone()];
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        let dot = i + found;
        // Take the terminator run and any closing quotes or brackets.
        let mut end = dot + 1;
        while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?' | b')' | b'"' | b'\'') {
            end += 1;
        }
        while para[end..].starts_with(['\u{201d}', '\u{2019}', '\u{bb}']) {
            end += para[end..].chars().next().map_or(1, char::len_utf8);
            while end < bytes.len() && matches!(bytes[end], b'"' | b')') {
                end += 1;
            }
        }
        if ends_sentence(para, dot, end) {
            push_trimmed(out, para, paragraph.start, start, end);
            start = end;
        }
        i = end;
    }
    push_trimmed(out, para, paragraph.start, start, para.len());
}

/// The longest sentence read as one, in bytes. Text with no sentence ends (a list, a table
/// or a transcript run into one line) is read in pieces of at most this much, cut at a comma
/// or a semicolon, else at a space: the rules read back and forth inside a sentence, and a
/// megabyte read as one sentence took minutes. The longest sentence of PolNeAR's articles has
/// 983 bytes.
const LONGEST_SENTENCE: usize = 2000;

fn push_trimmed(out: &mut Vec<Span>, para: &str, base: usize, start: usize, end: usize) {
    let mut start = start;
    while end - start > LONGEST_SENTENCE {
        let cut = floor_char_boundary(para, start + LONGEST_SENTENCE);
        let window = &para[start..cut];
        // A clause's end in the second half of the window, else the last space in it.
        let clause_end = window.rfind([',', ';']).filter(|&i| i > LONGEST_SENTENCE / 2).map(|i| i + 1);
        let piece_end = start + clause_end.or_else(|| window.rfind(' ')).filter(|&i| i > 0).unwrap_or(window.len());
        push_piece(out, para, base, start, piece_end);
        start = piece_end;
    }
    push_piece(out, para, base, start, end);
}

/// Appends `para[start..end]` without the white space around it, unless nothing is left.
fn push_piece(out: &mut Vec<Span>, para: &str, base: usize, start: usize, end: usize) {
    let piece = &para[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let s = start + lead;
    let e = start + piece.trim_end().len();
    if e > s {
        out.push(base + s..base + e);
    }
}

/// Whether the terminator at `dot` (with closers up to `end`) ends a sentence.
fn ends_sentence(para: &str, dot: usize, end: usize) -> bool {
    let rest = &para[end..];
    let next_word_start = rest.trim_start();
    if next_word_start.len() == rest.len() && !rest.is_empty() && !run_together(para, dot, rest) {
        return false; // no space after: "3.5", "U.S.", "example.com"
    }
    let Some(next) = next_word_start.chars().next() else { return true };
    if !(next.is_uppercase() || next.is_ascii_digit() || "\"\u{201c}\u{2018}'(\u{ab}[".contains(next)) {
        return false;
    }
    if para.as_bytes()[dot] != b'.' {
        return true;
    }
    let word = last_word(&para[..dot]);
    // Asked only after an abbreviation, as most periods end a plain word.
    let starter = || {
        let next_word_end = next_word_start.find(|c: char| !c.is_alphanumeric()).unwrap_or(next_word_start.len());
        SENTENCE_STARTERS.contains(&&next_word_start[..next_word_end])
    };
    // "J." in "J. R. Ewing", and "U.S." or "D.C." unless a sentence clearly starts next.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false;
    }
    // "U.S." ends a sentence only before a word that opens one; a decimal number ("was
    // $27.16. Sanders …") ends it as a plain word does.
    if word.contains('.') {
        let decimal =
            word.bytes().all(|b| b.is_ascii_digit() || b == b'.') && word.ends_with(|c: char| c.is_ascii_digit());
        return decimal || starter();
    }
    if lexicon::abbreviates_number(word) {
        return !next.is_ascii_digit();
    }
    if !lexicon::is_abbreviation(word) {
        return true;
    }
    // "… worth $5 million, Inc. The firm …" ends; a title before a name ("Sen. The …") never does.
    // Nor does a quotation open after "vs." as it does after "Corp." or "Jr.": `said Mark Lee of
    // Acme Corp. “Why now?” asked Lee.`
    let opens_quotation = matches!(next, '"' | '\u{201c}') && !word.eq_ignore_ascii_case("vs");
    (starter() || opens_quotation) && !lexicon::is_abbreviated_title(word)
}

/// Whether a terminator with no space after it still ends a sentence, as a slip of typing
/// (`Trump said.Trump claimed`, `voters!”After his rally`, `authorities."We`): a word of two
/// lower-case letters or more before it, and a capitalised word (or an opening mark) after it,
/// which no number, initial or address ("3.5", "U.S.", "e.g.", "example.com") has.
fn run_together(para: &str, dot: usize, rest: &str) -> bool {
    let before = &para.as_bytes()[..dot];
    let word_before = before.len() >= 2 && before[before.len() - 2..].iter().all(u8::is_ascii_lowercase);
    let rest = rest.strip_prefix(['"', '\u{201c}']).unwrap_or(rest);
    let mut next = rest.bytes();
    let capitalised =
        next.next().is_some_and(|b| b.is_ascii_uppercase()) && next.next().is_some_and(|b| b.is_ascii_lowercase());
    word_before && capitalised
}

/// The word just before a position, with inner periods ("U.S" for "U.S.").
fn last_word(s: &str) -> &str {
    let start = s
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::split;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len()).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Dr. Smith met Sen. J. R. Ewing on Jan. 5 in Washington, D.C., at noon. He left."),
            ["Dr. Smith met Sen. J. R. Ewing on Jan. 5 in Washington, D.C., at noon.", "He left."]
        );
    }

    #[test]
    fn a_decimal_number_ends_a_sentence_and_an_initialism_only_before_a_starter() {
        assert_eq!(
            sentences("The average gift was $27.16. Sanders led by 3.5. He won in the U.S. Senate."),
            ["The average gift was $27.16.", "Sanders led by 3.5.", "He won in the U.S. Senate."]
        );
    }

    #[test]
    fn a_quotation_opening_after_a_company_or_a_suffix_starts_a_sentence() {
        assert_eq!(
            sentences(
                "He works for Acme Corp. \u{201c}Why now?\u{201d} asked Lee Jr. \"Go,\" said Smith vs. \"Jones\" fans."
            ),
            [
                "He works for Acme Corp.", "\u{201c}Why now?\u{201d} asked Lee Jr.",
                "\"Go,\" said Smith vs. \"Jones\" fans."
            ]
        );
        assert_eq!(sentences("Sen. \"Bob\" Hale spoke."), ["Sen. \"Bob\" Hale spoke."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201c}It is over.\u{201d} She left. \"Why?\" he asked."),
            ["\u{201c}It is over.\u{201d}", "She left.", "\"Why?\" he asked."]
        );
    }

    #[test]
    fn us_ends_a_sentence_before_a_clear_starter() {
        assert_eq!(
            sentences("It was made in the U.S. The plant closed."),
            ["It was made in the U.S.", "The plant closed."]
        );
        assert_eq!(sentences("The U.S. Senate voted."), ["The U.S. Senate voted."]);
    }

    #[test]
    fn a_sentence_typed_without_a_space_after_it_still_ends() {
        assert_eq!(
            sentences("\u{201c}It is over,\u{201d} Lee said.Lee left. \u{201c}Run now!\u{201d}Then he ran."),
            ["\u{201c}It is over,\u{201d} Lee said.", "Lee left.", "\u{201c}Run now!\u{201d}", "Then he ran."]
        );
        assert_eq!(
            sentences("See example.com and Mr.Lee at 3.5 p.m.Today."),
            ["See example.com and Mr.Lee at 3.5 p.m.Today."]
        );
    }

    #[test]
    fn a_dateline_is_no_part_of_the_first_sentence() {
        assert_eq!(
            sentences("WASHINGTON (AP) \u{2014} The toll will stay, Ana Ruiz said."),
            ["The toll will stay, Ana Ruiz said."]
        );
        assert_eq!(sentences("MANCHESTER, N.H. - Tom Baker won. He left."), ["Tom Baker won.", "He left."]);
        assert_eq!(sentences("ST. LOUIS -- The pier opened."), ["The pier opened."]);
        assert_eq!(sentences("MILLBROOK \u{2014}The pier opened."), ["The pier opened."]);
        assert_eq!(
            sentences("I \u{2014} and I mean it \u{2014} will stay."),
            ["I \u{2014} and I mean it \u{2014} will stay."]
        );
        assert_eq!(
            sentences("The pier \u{2014} old and grey \u{2014} stays."),
            ["The pier \u{2014} old and grey \u{2014} stays."]
        );
    }

    #[test]
    fn a_line_that_signs_a_quote_after_a_dash_ends_its_sentence() {
        assert_eq!(
            sentences(
                "\u{201c}The toll is too high.\u{201d} \u{2015} Ana Ruiz\n\u{201c}The pier is safe.\u{201d} \u{2015} Tom Berg"
            ),
            [
                "\u{201c}The toll is too high.\u{201d} \u{2015} Ana Ruiz",
                "\u{201c}The pier is safe.\u{201d} \u{2015} Tom Berg"
            ]
        );
        assert_eq!(
            sentences("The mayor said\n\u{201c}the toll\u{201d} was high."),
            ["The mayor said\n\u{201c}the toll\u{201d} was high."]
        );
    }

    #[test]
    fn numbers_and_lowercase_continuations_do_not_split() {
        assert_eq!(sentences("It rose 3.5 percent. e.g. nothing."), ["It rose 3.5 percent. e.g. nothing."]);
    }

    #[test]
    fn text_with_no_sentence_end_is_read_in_pieces_cut_at_a_clause_or_a_space() {
        let list: Vec<String> = (0..400).map(|i| format!("Ward {i} gave {i} votes")).collect();
        let list = list.join(", ");
        let pieces = sentences(&list);
        assert!(pieces.len() > 1 && pieces.iter().all(|p| p.len() <= super::LONGEST_SENTENCE), "{:?}", pieces.len());
        assert!(pieces[..pieces.len() - 1].iter().all(|p| p.ends_with(',')), "cut after a comma");
        assert_eq!(pieces.join(" "), list, "nothing lost");
        let words = "said ".repeat(1000);
        assert!(sentences(&words).iter().all(|p| p.len() <= super::LONGEST_SENTENCE && p.ends_with("said")));
        let short = "The toll, the mayor said, will stay; the pier will not.";
        assert_eq!(sentences(short), [short]);
    }
}
