//! Statistics end to end on sentences written for these tests, and property tests of value
//! normalisation: one amount written many ways is one value.

use super::find;
use super::quantity::{Quantity, find as quantities_of};
use super::tokens::tokenize;
use crate::document::read_bytes;
use crate::model::{Document, Quote, QuoteKind, Speaker, SpeakerKind, Statistic};
use proptest::prelude::*;

fn doc(text: &str) -> Document {
    read_bytes(text.as_bytes(), Some("t.md")).unwrap()
}

fn stats(text: &str) -> Vec<Statistic> {
    find(&doc(text), &[], &[])
}

fn quantities(text: &str) -> Vec<Quantity> {
    let mut toks = Vec::new();
    tokenize(text, 0..text.len(), &mut toks);
    quantities_of(text, &toks)
}

#[test]
fn according_to_gives_source_link_claim_and_time() {
    let s = &stats("According to Harbor Arms Institute [data](https://example.org/d) for 2019, the navy spent an estimated $512 million for the decade.")[0];
    assert_eq!(s.text, "an estimated $512 million");
    assert_eq!(s.source.as_deref(), Some("Harbor Arms Institute"));
    assert_eq!(s.link.as_deref(), Some("https://example.org/d"));
    assert_eq!(s.claim, "the navy spent an estimated $512 million for the decade");
    assert_eq!(s.time.as_deref(), Some("for the decade"));
    assert_eq!((s.value, s.unit.as_deref(), s.qualifier.as_deref()), (Some(512e6), Some("USD"), Some("an estimated")));
}

#[test]
fn reported_with_citations() {
    let s = &stats("The Valley Courier reported Monday that floods destroyed over 200 homes in the county, citing data from a relief agency and local officials.")[0];
    assert_eq!(s.source.as_deref(), Some("Valley Courier"));
    assert_eq!(s.cites, ["a relief agency", "local officials"]);
    assert_eq!(s.claim, "floods destroyed over 200 homes in the county");
    assert_eq!(s.noun.as_deref(), Some("homes"));
}

#[test]
fn the_article_own_authority_then_a_poll_the_next_paragraph_goes_on_reporting() {
    let found = stats("The city hired 40 teachers last year.\n\nA Pinecrest poll found 52% back the plan.\n\nAnother 30 percent were unsure.");
    assert_eq!(found[0].source, None);
    assert_eq!(found[0].time.as_deref(), Some("last year"));
    assert_eq!(found[1].source.as_deref(), Some("Pinecrest poll"));
    assert_eq!(found[2].source.as_deref(), Some("Pinecrest poll"));
}

#[test]
fn a_number_inside_a_quote_belongs_to_its_speaker() {
    let text = "\"We lost 3,000 jobs,\" he said.";
    let d = doc(text);
    let quote = Quote {
        kind: QuoteKind::Direct,
        parts: vec![1..text.find("jobs,").unwrap() + 5],
        text: "We lost 3,000 jobs,".into(),
        speaker: Some(0),
        speaker_mention: None,
        cue: None,
        links: vec![],
    };
    let speaker = Speaker { name: "Ada Moreno".into(), kind: SpeakerKind::Person, aliases: vec![], descriptions: vec![] };
    let found = find(&d, &[quote], &[speaker]);
    assert_eq!(found[0].source.as_deref(), Some("Ada Moreno"));
    // Without the quote, the pronoun names nobody.
    assert_eq!(stats(text)[0].source, None);
}

#[test]
fn exclusions_leave_only_the_figures() {
    let text = "On March 3, 2020, at 9 a.m., Mayor Lee, 64, signed bill No. 12 and Section 8 rules for the 13th \
                time; one of the two Fortune 500 firms, Orbit-7, called 555-0199 and hired 12,000 workers.";
    let found: Vec<String> = stats(text).into_iter().map(|s| s.text).collect();
    assert_eq!(found, ["12,000 workers"]);
}

/// `n` with thousands separators ("1,500,000").
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How a writer may put an amount of dollars given in thousands of dollars.
fn written(thousands: u64, style: u8) -> String {
    let dollars = thousands * 1000;
    let decimal = |n: f64| format!("{}", (n * 1000.0).round() / 1000.0);
    match style % 5 {
        0 => format!("${}", grouped(dollars)),
        1 => format!("${} million", decimal(dollars as f64 / 1e6)),
        2 => format!("${}bn", decimal(dollars as f64 / 1e9)),
        3 => format!("{} million dollars", grouped(dollars / 1_000_000)),
        _ => format!("US${} thousand", grouped(thousands)),
    }
}

#[test]
fn one_and_a_half_billion_written_three_ways() {
    for text in ["$1.5bn", "1,500 million dollars", "$1,500,000,000", "$1.5 billion"] {
        let q = &quantities(text)[0];
        assert_eq!((q.value, q.unit.as_deref()), (1.5e9, Some("USD")), "{text}");
    }
}

proptest! {
    /// Every way of writing an amount normalises to the same dollars.
    #[test]
    fn amounts_normalise_to_dollars(millions in 1u64..5000, style in 0u8..5) {
        let thousands = millions * 1000;
        let text = written(thousands, style);
        let q = quantities(&text);
        prop_assert_eq!(q.len(), 1, "{}", text);
        let want = thousands as f64 * 1000.0;
        prop_assert!((q[0].value - want).abs() <= want * 1e-9, "{} gave {}", text, q[0].value);
        prop_assert_eq!(q[0].unit.as_deref(), Some("USD"));
    }

    /// Grouped digits read back to the number they were formatted from.
    #[test]
    fn grouped_digits_round_trip(n in 0u64..10_000_000_000, cents in 0u32..100) {
        let text = format!("{n}.{cents:02}");
        let written = format!("{}.{cents:02}", grouped(n));
        prop_assert_eq!(super::quantity::parse_digits(&written), text.parse::<f64>().ok());
    }

    /// A percentage reads the same with the sign, the word, or two words.
    #[test]
    fn percent_spellings_agree(whole in 0u32..100, tenth in 0u32..10, style in 0u8..3) {
        let n = format!("{whole}.{tenth}");
        let text = match style { 0 => format!("{n}%"), 1 => format!("{n} percent"), _ => format!("{n} per cent") };
        let q = quantities(&text);
        prop_assert_eq!(q.len(), 1);
        prop_assert_eq!(q[0].value, n.parse::<f64>().unwrap());
        prop_assert_eq!(q[0].unit.as_deref(), Some("percent"));
    }
}
