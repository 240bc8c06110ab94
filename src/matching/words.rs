//! The words a claim is matched on: the quoted words of a mixed quote (not the reporter's
//! clause around them, nor a name quoted in title case), normalised as for claim ids, with
//! contractions spelled out so that "we're" and "we are" are the same two words. A [`Wording`]
//! keeps, besides, each quoted fragment of a mixed quote that quotes several, and whether the
//! words are the reporter's.

use crate::hash::normalize;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words too common to show that two quotes say the same thing (`stopwords.txt`).
const STOPWORDS: &str = include_str!("stopwords.txt");

/// Quotation marks that open and close a quoted fragment inside a reported clause.
const QUOTE_MARKS: &[char] = &['"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{00ab}', '\u{00bb}'];

/// The fewest quoted words that make a mixed quote match on its quoted words alone.
const MIN_QUOTED_WORDS: usize = 3;

/// The fewest words outside the stopword list of a sentence that makes a direct quote match
/// another one that holds it whole.
const MIN_SENTENCE_CONTENT_WORDS: usize = 3;

/// The words `text` is matched on, in order.
///
/// ```
/// use whosaid::matching::matching_words;
/// assert_eq!(matching_words("the plan \u{201c}a waste of money\u{201d}"), ["a", "waste", "of", "money"]);
/// assert_eq!(matching_words("We're going to build it."), ["we", "are", "going", "to", "build", "it"]);
/// ```
pub fn matching_words(text: &str) -> Vec<String> {
    plain_words(quoted_words(&quoted_fragments(text)).as_deref().unwrap_or(text))
}

/// A claim as matching compares it (see [`compare_wordings`](super::compare_wordings)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The words it is matched on ([`matching_words`]).
    pub words: Vec<String>,
    /// The words of each quoted fragment when a mixed quote has several ("to fight \"A\" and to
    /// counter \"B\""): the reporter quoted two stretches of what was said, and `words` joins
    /// them where the speaker did not. For a direct quote of several sentences, the words of
    /// each sentence: another article may quote one of them with other sentences around it, or
    /// join it to another by an interruption ("A," she said. "B."). Empty for one fragment or
    /// none.
    pub fragments: Vec<Vec<String>>,
    /// True when the words are the reporter's, not the speaker's: reported speech, or a mixed
    /// quote whose quoted words are too few to match on.
    pub reported: bool,
}

impl Wording {
    /// The wording of a claim's text; `direct` when the claim is a direct quote (all of it
    /// stood between quotation marks).
    ///
    /// ```
    /// use whosaid::matching::Wording;
    /// let two = Wording::of("to fund \"the harbour school\" and to end \"the ferry strike\"", false);
    /// assert_eq!(two.words, ["the", "harbour", "school", "the", "ferry", "strike"]);
    /// assert_eq!(two.fragments, [["the", "harbour", "school"], ["the", "ferry", "strike"]]);
    /// assert!(!two.reported);
    /// assert!(Wording::of("the mayor would end the ferry strike", false).reported);
    /// ```
    pub fn of(text: &str, direct: bool) -> Wording {
        let quoted_fragments = quoted_fragments(text);
        let quoted = quoted_words(&quoted_fragments);
        let fragments = if quoted_fragments.len() > 1 {
            quoted_fragments.into_iter().map(plain_words).collect()
        } else if direct {
            sentence_fragments(text)
        } else {
            Vec::new()
        };
        Wording {
            words: plain_words(quoted.as_deref().unwrap_or(text)),
            fragments,
            reported: !direct && quoted.is_none(),
        }
    }
}

/// The normalised words of `text`, contractions spelled out and numbers in digits ("Forty
/// percent" and "40%" are one wording), with no regard to quotation marks.
///
/// ```
/// use whosaid::matching::plain_words;
/// assert_eq!(plain_words("Forty-two per cent"), plain_words("42%"));
/// assert_eq!(plain_words("One in five"), ["1", "in", "5"]);
/// ```
pub fn plain_words(text: &str) -> Vec<String> {
    // The sign is spelled before punctuation is dropped, which would drop it.
    let text = if text.contains('%') { Cow::Owned(text.replace('%', " percent")) } else { Cow::Borrowed(text) };
    let mut words: Vec<String> = Vec::new();
    // The round ten the last word spelled ("forty"), which a unit word may complete.
    let mut spelled_tens: Option<u32> = None;
    for word in normalize(&text).split(' ').filter(|w| !w.is_empty()).flat_map(spell_out) {
        let number = number_word(&word);
        match (number, spelled_tens, words.last_mut()) {
            // "forty-two", its hyphen dropped: the tens and the unit are one number.
            (Some(unit @ 1..=9), Some(tens), Some(last)) => *last = (tens + unit).to_string(),
            (Some(n), ..) => words.push(n.to_string()),
            (None, _, Some(last)) if word == "cent" && last == "per" => *last = "percent".to_string(),
            (None, ..) => words.push(word),
        }
        spelled_tens = number.filter(|&n| n >= 20);
    }
    words
}

/// The number a word spells, from "zero" to "ninety".
fn number_word(word: &str) -> Option<u32> {
    // A match, not a search of a list: every word of every claim is asked.
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// True for words that carry little meaning on their own ("the", "to", "we").
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.lines().collect()).contains(word)
}

/// The words of each sentence of a direct quote of several that holds
/// [`MIN_SENTENCE_CONTENT_WORDS`] (a short stock sentence, "That's who he is.", "I have to be
/// careful.", recurs in quotes that have nothing else in common).
fn sentence_fragments(text: &str) -> Vec<Vec<String>> {
    let mut sentences = sentences(text).peekable();
    let first = sentences.next();
    if sentences.peek().is_none() {
        return Vec::new();
    }
    first
        .into_iter()
        .chain(sentences)
        .map(plain_words)
        .filter(|words| words.iter().filter(|w| !is_stopword(w)).count() >= MIN_SENTENCE_CONTENT_WORDS)
        .collect()
}

/// The sentences of a quote: it breaks after a full stop, question or exclamation mark that
/// a space and a capital letter follow.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .filter(|&(_, c)| matches!(c, '.' | '?' | '!'))
            .map(|(at, _)| at + 1)
            .find(|&at| opens_sentence(&rest[at..]))
            .unwrap_or(rest.len());
        let (sentence, after) = rest.split_at(end);
        rest = after.trim_start();
        Some(sentence)
    })
}

/// True when the text after a full stop opens a new sentence: a space between any quotation
/// marks, then a capital letter.
fn opens_sentence(after: &str) -> bool {
    let is_mark = |c: char| QUOTE_MARKS.contains(&c) || matches!(c, '\'' | '\u{2018}' | '\u{2019}');
    let after = after.trim_start_matches(is_mark);
    let next = after.trim_start();
    next.len() < after.len() && next.trim_start_matches(is_mark).starts_with(char::is_uppercase)
}

/// The quoted fragments joined by a space, when they hold enough words to match on.
fn quoted_words(fragments: &[&str]) -> Option<String> {
    let quoted = fragments.join(" ");
    (word_count(&quoted) >= MIN_QUOTED_WORDS).then_some(quoted)
}

/// The stretches of text between quotation marks that are not titles, in order.
fn quoted_fragments(text: &str) -> Vec<&str> {
    let mut fragments = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // Two apostrophes stand for a double mark in some archives (''like this'').
        let doubled = c == '\'' && chars.next_if(|&(_, next)| next == '\'').is_some();
        if !doubled && !QUOTE_MARKS.contains(&c) {
            continue;
        }
        match open.take() {
            Some(start) => fragments.push(&text[start..at]),
            None => open = Some(at + if doubled { 2 } else { c.len_utf8() }),
        }
    }
    fragments.retain(|fragment| !is_quoted_name(fragment));
    fragments
}

/// True when a quoted fragment is a name in title case ("The Late Show with Stephen Colbert",
/// "Black Lives Matter"): a show, a book or a movement is quoted for its name, not as anyone's
/// words, and the name recurs in claims that have nothing else in common.
fn is_quoted_name(fragment: &str) -> bool {
    let mut content = fragment
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty() && !is_stopword(&word.to_lowercase()))
        .peekable();
    content.peek().is_some() && content.all(|word| word.starts_with(char::is_uppercase))
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// One normalised word as the words it stands for ("we're" → "we", "are").
fn spell_out(word: &str) -> Vec<String> {
    const WHOLE: &[(&str, &str, &str)] = &[
        ("can't", "can", "not"),
        ("won't", "will", "not"),
        ("it's", "it", "is"),
        ("that's", "that", "is"),
        ("he's", "he", "is"),
        ("she's", "she", "is"),
        ("there's", "there", "is"),
        ("what's", "what", "is"),
        ("let's", "let", "us"),
    ];
    const ENDINGS: &[(&str, &str)] =
        &[("n't", "not"), ("'re", "are"), ("'ll", "will"), ("'ve", "have"), ("'m", "am"), ("'d", "would")];
    if let Some((_, first, second)) = WHOLE.iter().find(|(whole, _, _)| *whole == word) {
        return vec![first.to_string(), second.to_string()];
    }
    for (ending, spelled) in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending).filter(|stem| !stem.is_empty()) {
            return vec![stem.to_string(), spelled.to_string()];
        }
    }
    vec![word.to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mixed_quote_matches_on_its_quoted_words_unless_they_are_too_few() {
        assert_eq!(matching_words("called it \"purely a domestic affair\""), ["purely", "a", "domestic", "affair"]);
        assert_eq!(matching_words("called it \"unfit\" for office"), ["called", "it", "unfit", "for", "office"]);
    }

    #[test]
    fn a_name_quoted_in_title_case_is_not_quoted_words() {
        let words =
            matching_words("she told \"The Morning Harbour Hour\" the ferry \"will not cost the town a penny\"");
        assert_eq!(words, ["will", "not", "cost", "the", "town", "a", "penny"]);
        let title_only = "he spoke on \"The Morning Harbour Hour\" today";
        assert_eq!(matching_words(title_only), plain_words(title_only), "the clause, then");
        assert_eq!(matching_words("she said \"We are all in this\""), ["we", "are", "all", "in", "this"]);
    }

    #[test]
    fn two_apostrophes_are_a_double_quotation_mark() {
        let words = matching_words("she thanked the crew ''for keeping the ferry running,'' aides said");
        assert_eq!(words, ["for", "keeping", "the", "ferry", "running"]);
        assert_eq!(matching_words("the crew's boat"), ["the", "crew's", "boat"]);
    }

    #[test]
    fn a_quote_breaks_into_sentences_at_a_stop_before_a_capital() {
        let text = "The ferry runs again. Will it last? \"Yes,\" they say! it will. Mr. Ruiz agrees";
        let found: Vec<&str> = sentences(text).collect();
        assert_eq!(
            found,
            ["The ferry runs again.", "Will it last?", "\"Yes,\" they say! it will.", "Mr.", "Ruiz agrees"]
        );
    }

    #[test]
    fn a_direct_quote_of_several_sentences_keeps_those_with_three_content_words() {
        let quote = Wording::of("The harbour ferry runs again. Will it last? Ruiz thanked the harbour board.", true);
        let kept: Vec<String> = quote.fragments.iter().map(|words| words.join(" ")).collect();
        assert_eq!(kept, ["the harbour ferry runs again", "ruiz thanked the harbour board"]);
        assert!(Wording::of("The harbour ferry runs again.", true).fragments.is_empty(), "one sentence");
        assert!(
            Wording::of("The harbour ferry runs again. Ruiz thanked the board.", false).fragments.is_empty(),
            "not direct"
        );
    }

    #[test]
    fn contractions_are_spelled_out() {
        assert_eq!(matching_words("I don't know, they'll see"), ["i", "do", "not", "know", "they", "will", "see"]);
        assert_eq!(matching_words("Trump's wall"), ["trump's", "wall"]);
    }
}
