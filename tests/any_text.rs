//! Extraction of any text, as a property: it never panics, and every offset it gives points at
//! the body `whosaid text` prints (in bounds, on character boundaries, the quote's text made of
//! its parts). The texts are built from the pieces the rules look at — quotation marks of every
//! style, cues, names and titles, interview labels, numbers, dashes and breaks — in any order,
//! as plain text, Markdown and HTML, and from arbitrary characters.

use proptest::prelude::*;
use whosaid::model::Span;
use whosaid::{document, extract};

const PIECES: &[&str] = &[
    "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}", "\u{201e}", "''", "'", "`", "said", "says",
    "told", "according to", "added", "saying", "that", "Mr.", "Mrs.", "Sen.", "President", "Ana", "Ruiz", "Tom Baker",
    "Q:", "A:", "BAKER:", "he", "she", "they", "it", "I", "the mayor", "The council", "Reuters", "of", "with", "and",
    ",", ".", ":", ";", "?", "!", " — ", "--", "-", "(", ")", "[", "]", "\n", "\n\n", "  ", "\t", "42", "3.5", "%",
    "percent", "$", "1,200", "million", "poll", "showed", "é", "日本", "\u{a0}", "\u{200b}", "**", "#", "[link](http://a.b)",
    "who", "which", "'s", "Jr.", "continues to", "keeps saying", "With", "Amid", "Polls show", "his wife,",
    "first lady", "(R-Utah)", "2016", "Tuesday", "\u{2026}", "...", "\r\n", "*", "_", "\\", "http://x.y/z", "U.S.",
    "<p>", "</p>", "<a href=\"x\">", "</a>", "&amp;", "&#8220;", "<script>", "Original url: <http://a.b>", "By Ana Ruiz",
];

fn piece_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..60).prop_map(|pieces| {
        let mut text = String::new();
        for p in pieces {
            text.push_str(p);
            // Words need spaces between them more often than not.
            if p.chars().all(char::is_alphanumeric) {
                text.push(' ');
            }
        }
        text
    })
}

fn check_span(text: &str, span: &Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} outside a body of {} bytes", text.len());
    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} splits a character");
    Ok(())
}

fn extracts_soundly(bytes: &[u8], name: &str) -> Result<(), TestCaseError> {
    // Reading may refuse (empty, binary); it must say so, not panic.
    let Ok(doc) = document::read_bytes(bytes, Some(name)) else { return Ok(()) };
    let found = extract::extract(&doc);
    let text = doc.text.as_str();
    for q in &found.quotes {
        prop_assert!(!q.parts.is_empty(), "a quote with no parts: {q:?}");
        for p in &q.parts {
            check_span(text, p, "quote part")?;
        }
        let joined = q.parts.iter().map(|p| text[p.clone()].trim()).collect::<Vec<_>>().join(" ");
        prop_assert_eq!(&q.text, &joined);
        for span in q.speaker_mention.iter().chain(&q.cue) {
            check_span(text, span, "mention or cue")?;
        }
        prop_assert!(q.speaker.is_none_or(|s| s < found.speakers.len()), "speaker index out of range");
        prop_assert!(q.links.iter().all(|&l| l < doc.links.len()), "link index out of range");
    }
    for s in &found.statistics {
        check_span(text, &s.span, "statistic")?;
    }
    for s in &found.speakers {
        prop_assert!(!s.name.trim().is_empty(), "a speaker with no name");
    }
    Ok(())
}

/// Inputs this property once failed on: a quotation mark that opens at a paragraph's end (an
/// empty quote), two commas with nothing between them before a cue (a panic), and a clause cut
/// after a quote in a part that starts past it (a panic).
#[test]
fn inputs_it_once_failed_on() {
    for text in ["\"Ana said \u{ab}", "Mr.,  ,said ", "''million according to  Mr.\u{201c}42 \u{201d} \u{2014} said \"the mayor"] {
        extracts_soundly(text.as_bytes(), "once.txt").unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20000))]

    #[test]
    fn plain_text_of_rule_pieces(text in piece_text()) {
        extracts_soundly(text.as_bytes(), "any.txt")?;
    }

    #[test]
    fn markdown_of_rule_pieces(text in piece_text()) {
        extracts_soundly(format!("# {text}\n\n{text}").as_bytes(), "any.md")?;
    }

    #[test]
    fn html_of_rule_pieces(text in piece_text()) {
        extracts_soundly(format!("<html><body><article><p>{text}</p></article></body></html>").as_bytes(), "any.html")?;
    }

    #[test]
    fn arbitrary_characters(text in "\\PC{0,400}") {
        extracts_soundly(text.as_bytes(), "any.txt")?;
    }

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        extracts_soundly(&bytes, "any.txt")?;
    }
}
