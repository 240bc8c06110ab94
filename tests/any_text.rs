//! Extraction of any text, as a property: it never panics, and every offset it gives points at
//! the body `whosaid text` prints (in bounds, on character boundaries, the quote's text made of
//! its parts). The texts are built from the pieces the rules look at — quotation marks of every
//! style, cues, names and titles, interview labels, numbers, dashes and breaks — in any order,
//! as plain text, Markdown and HTML, from arbitrary characters, and from this project's own
//! fixture articles cut, repeated, spliced and truncated anywhere (a mutant is also diffed as a
//! revision of its original).

use proptest::prelude::*;
use whosaid::model::Span;
use whosaid::{document, extract};

const PIECES: &[&str] = &[
    "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}", "\u{201e}", "''", "'", "`", "said",
    "says", "told", "according to", "added", "saying", "that", "Mr.", "Mrs.", "Sen.", "President", "Ana", "Ruiz",
    "Tom Baker", "Q:", "A:", "BAKER:", "he", "she", "they", "it", "I", "the mayor", "The council", "Reuters", "of",
    "with", "and", ",", ".", ":", ";", "?", "!", " — ", "--", "-", "(", ")", "[", "]", "\n", "\n\n", "  ", "\t", "42",
    "3.5", "%", "percent", "$", "1,200", "million", "poll", "showed", "é", "日本", "\u{a0}", "\u{200b}", "**", "#",
    "[link](http://a.b)", "who", "which", "'s", "Jr.", "continues to", "keeps saying", "With", "Amid", "Polls show",
    "his wife,", "first lady", "(R-Utah)", "2016", "Tuesday", "\u{2026}", "...", "\r\n", "*", "_", "\\",
    "http://x.y/z", "U.S.", "<p>", "</p>", "<a href=\"x\">", "</a>", "&amp;", "&#8220;", "<script>",
    "Original url: <http://a.b>", "By Ana Ruiz", "here", "there", "help", "Will", "May", "Okla.", "Iowa",
    "current and former pilots", "citing", "could", "them", "on Friday", "in 2010", "I interviewed", "around", "to",
    "defend", "as", "ABC's", "Good Morning America", "many of whom", "According to", "told reporters that",
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
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a body of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character"
    );
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

/// The fixture articles written for this project, with their file names: the seeds mutated.
fn fixtures() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for dir in ["articles", "html", "matching", "revisions"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if [".md", ".txt", ".html"].iter().any(|ext| name.ends_with(ext))
                && !name.ends_with("expected.txt")
                && name != "README.md"
            {
                out.push((name, std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

static FIXTURES: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(fixtures);

/// One edit of a text, at a fraction of its length: delete a stretch, repeat it, insert a
/// piece, or cut the text off there (a truncated page).
#[derive(Debug, Clone)]
enum Edit {
    Delete(f64, usize),
    Repeat(f64, usize),
    Insert(f64, &'static str),
    Truncate(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0, 1..200usize).prop_map(|(at, len)| Edit::Delete(at, len)),
        (0.0..1.0, 1..200usize).prop_map(|(at, len)| Edit::Repeat(at, len)),
        (0.0..1.0, proptest::sample::select(PIECES)).prop_map(|(at, piece)| Edit::Insert(at, piece)),
        (0.0..1.0).prop_map(Edit::Truncate),
    ]
}

/// The byte offset at `fraction` of `text`, moved back to a character boundary.
fn boundary(text: &str, fraction: f64) -> usize {
    let mut at = ((text.len() as f64) * fraction) as usize;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutated(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for e in edits {
        match *e {
            Edit::Delete(at, len) | Edit::Repeat(at, len) => {
                let start = boundary(&text, at);
                let end = boundary(&text, ((start + len) as f64 / text.len().max(1) as f64).min(1.0)).max(start);
                if matches!(e, Edit::Delete(..)) {
                    text.replace_range(start..end, "");
                } else {
                    let stretch = text[start..end].to_string();
                    text.insert_str(end, &stretch);
                }
            }
            Edit::Insert(at, piece) => text.insert_str(boundary(&text, at), piece),
            Edit::Truncate(at) => text.truncate(boundary(&text, at)),
        }
    }
    text
}

/// Inputs this property once failed on: a quotation mark that opens at a paragraph's end (an
/// empty quote), two commas with nothing between them before a cue (a panic), and a clause cut
/// after a quote in a part that starts past it (a panic).
#[test]
fn inputs_it_once_failed_on() {
    for text in [
        "\"Ana said \u{ab}",
        "Mr.,  ,said ",
        "''million according to  Mr.\u{201c}42 \u{201d} \u{2014} said \"the mayor",
        "Title\n\nhere say the pilots that the ferry is late.",
    ] {
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
    fn fixture_articles_cut_and_spliced(which in 0..64usize, edits in proptest::collection::vec(edit(), 1..8)) {
        let (name, original) = &FIXTURES[which % FIXTURES.len()];
        let text = mutated(original, &edits);
        extracts_soundly(text.as_bytes(), name)?;
        if let (Ok(old), Ok(new)) = (document::read_bytes(original.as_bytes(), Some(name)), document::read_bytes(text.as_bytes(), Some(name))) {
            whosaid::revise::diff(&old, &new);
        }
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
