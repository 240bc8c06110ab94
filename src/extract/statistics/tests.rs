//! Statistics end to end on sentences written for these tests, and property tests of value
//! normalisation: one amount written many ways is one value.

use super::find as find_in;
use super::quantity::{Quantity, find as quantities_of};
use super::tokens::tokenize;
use crate::document::read_bytes;
use crate::model::{Document, Quote, QuoteKind, Speaker, SpeakerKind, Statistic};
use proptest::prelude::*;

fn doc(text: &str) -> Document {
    read_bytes(text.as_bytes(), Some("t.md")).unwrap()
}

/// The statistics of a document, its sentences split as extraction splits them.
fn find(d: &Document, quotes: &[Quote], speakers: &[Speaker]) -> Vec<Statistic> {
    let sentences: Vec<_> =
        d.paragraphs.iter().flat_map(|p| crate::extract::sentences::split(&d.text, p.clone())).collect();
    let words = crate::extract::tokens::Tokenized::new(&d.text, &sentences);
    find_in(d, &sentences, &words, quotes, speakers)
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
    let s = &stats(
        "According to Harbor Arms Institute [data](https://example.org/d) for 2019, the navy spent an estimated $512 million for the decade.",
    )[0];
    assert_eq!(s.text, "an estimated $512 million");
    assert_eq!(s.source.as_deref(), Some("Harbor Arms Institute"));
    assert_eq!(s.link.as_deref(), Some("https://example.org/d"));
    assert_eq!(s.claim, "the navy spent an estimated $512 million for the decade");
    assert_eq!(s.time.as_deref(), Some("for the decade"));
    assert_eq!((s.value, s.unit.as_deref(), s.qualifier.as_deref()), (Some(512e6), Some("USD"), Some("an estimated")));
}

#[test]
fn reported_with_citations() {
    let s = &stats(
        "The Valley Courier reported Monday that floods destroyed over 200 homes in the county, citing data from a relief agency and local officials.",
    )[0];
    assert_eq!(s.source.as_deref(), Some("Valley Courier"));
    assert_eq!(s.cites, ["a relief agency", "local officials"]);
    assert_eq!(s.claim, "floods destroyed over 200 homes in the county");
    assert_eq!(s.noun.as_deref(), Some("homes"));
}

#[test]
fn the_article_own_authority_then_a_poll_the_next_paragraph_goes_on_reporting() {
    let found = stats(
        "The city hired 40 teachers last year.\n\nA Pinecrest poll found 52% back the plan.\n\nAnother 30 percent were unsure.",
    );
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
    let speaker =
        Speaker { name: "Ada Moreno".into(), kind: SpeakerKind::Person, aliases: vec![], descriptions: vec![] };
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

#[test]
fn a_number_before_a_verb_of_saying_or_after_an_identifying_noun_counts_nothing() {
    let found: Vec<String> =
        stats("Residents of street 31 say the pier floods; 40 residents told the council about report 574.")
            .into_iter()
            .map(|s| s.text)
            .collect();
    assert_eq!(found, ["40 residents"]);
}

#[test]
fn a_capitalised_adverb_or_subordinator_opening_the_sentence_names_no_figure_after_it() {
    let found: Vec<String> = stats(
        "Then 721 delegates voted for the plan. Since 2019 the ferry has run daily. Fortune 500 firms hired 40 pilots.",
    )
    .into_iter()
    .map(|s| s.text)
    .collect();
    assert_eq!(found, ["721 delegates", "40 pilots"]);
}

/// `n` with thousands separators ("1,500,000").
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
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

/// The sources of a text's statistics, in order.
fn sources(text: &str) -> Vec<Option<String>> {
    stats(text).into_iter().map(|s| s.source).collect()
}

/// A quote over the first occurrence of `part`, said by `speaker` (named `mention` there).
fn quote_over(text: &str, part: &str, mention: Option<&str>) -> Quote {
    let start = text.find(part).unwrap();
    Quote {
        kind: QuoteKind::Indirect,
        parts: vec![start..start + part.len()],
        text: part.into(),
        speaker: Some(0),
        speaker_mention: mention.map(|m| text.find(m).map(|i| i..i + m.len()).unwrap()),
        cue: None,
        links: vec![],
    }
}

fn speaker(name: &str) -> Speaker {
    Speaker { name: name.into(), kind: SpeakerKind::Organization, aliases: vec![], descriptions: vec![] }
}

#[test]
fn an_attribution_inside_a_quote_names_its_own_source() {
    let text = "The Ridge Center estimates that the levy would raise $2 billion; the Vale Foundation puts the figure at $900 million.";
    let quote =
        quote_over(text, "the levy would raise $2 billion; the Vale Foundation puts the figure at $900 million", None);
    let found = find(&doc(text), &[quote], &[speaker("Ridge Center")]);
    let got: Vec<Option<&str>> = found.iter().map(|s| s.source.as_deref()).collect();
    assert_eq!(got, [Some("Ridge Center"), Some("Vale Foundation")]);
}

#[test]
fn a_speaker_or_mention_that_is_no_name_names_nobody() {
    let text = "Though his budget would cut $3 billion, the council balked.";
    let quote = quote_over(text, "budget would cut $3 billion", Some("Though his"));
    assert_eq!(find(&doc(text), std::slice::from_ref(&quote), &[speaker("the council")])[0].source, None);
    let named = Quote { speaker: None, ..quote_over(text, "budget would cut $3 billion", Some("the council")) };
    assert_eq!(find(&doc(text), &[named], &[])[0].source, None);
}

#[test]
fn a_verb_followed_by_an_adjunct_attributes_the_figures_before_it() {
    assert_eq!(
        sources(
            "The Port Authority reports 400 cranes.\n\nThe east dock holds 12 percent, the agency said in a March report."
        ),
        [Some("Port Authority".into()), Some("Port Authority".into())]
    );
}

#[test]
fn a_body_opening_a_sentence_is_what_the_group_points_back_to() {
    assert_eq!(
        sources("The Marsh Tax Center, reviewing the draft, agreed.\n\nThe richest would save $9,000, the group said."),
        [Some("Marsh Tax Center".into())]
    );
}

#[test]
fn the_group_points_back_to_the_last_body_named_or_opening_a_sentence() {
    let named_last = "The Marsh Tax Center, reviewing the draft, agreed. Quill Research said the draft was fair.\n\nThe richest would save $9,000, the group said.";
    assert_eq!(sources(named_last), [Some("Quill Research".into())]);
    let opening_last = "Quill Research said the draft was fair. The Marsh Tax Center, reviewing the draft, agreed. Nobody objected.\n\nThe richest would save $9,000, the group said.";
    assert_eq!(sources(opening_last), [Some("Marsh Tax Center".into())]);
}

#[test]
fn a_subject_before_which_reports() {
    assert_eq!(
        sources("They called the Dale County Sheriff's Office, which reported 340 burglaries."),
        [Some("Dale County Sheriff's Office".into())]
    );
}

#[test]
fn people_at_a_body_speak_for_it_and_a_part_of_a_body_speaks_for_itself() {
    assert_eq!(
        sources("Economists at the Fenwick Institute estimated that 2,000 jobs would go."),
        [Some("Fenwick Institute".into())]
    );
    assert_eq!(
        sources("The Labor Desk at the Fenwick Institute estimated that 2,000 jobs would go."),
        [Some("Labor Desk".into())]
    );
}

#[test]
fn research_by_a_body_carries_into_the_next_paragraph() {
    assert_eq!(
        sources(
            "In 2014, research conducted by the Center for Town Affairs found the paper biased.\n\nIt praised 40% of council votes."
        ),
        [Some("Center for Town Affairs".into())]
    );
}

#[test]
fn a_person_name_ends_before_the_outlet_they_write_for() {
    assert_eq!(
        sources("\"Only 9 percent changed their minds,\" wrote Dana Pike for Harbor Polling."),
        [Some("Dana Pike".into())]
    );
}

#[test]
fn the_poll_points_back_to_the_last_poll_not_the_last_source() {
    let text = "A Meadow/Lark poll shows the mayor at 41 percent. This is her best month, reported Meadow.\n\nWhen the poll asked about taxes, 30 percent wanted cuts.";
    assert_eq!(sources(text), [Some("Meadow/Lark poll".into()), Some("Meadow/Lark poll".into())]);
}

#[test]
fn a_paragraph_with_neither_figures_nor_sources_ends_the_carried_poll() {
    let text = "A Pinecrest poll found 52% back the plan.\n\nMore votes are coming.\n\nDonors gave $3 million.";
    assert_eq!(sources(text), [Some("Pinecrest poll".into()), None]);
}

#[test]
fn a_described_study_takes_the_authors_the_article_names() {
    let text = "A long study released Monday shows that 61 percent of towns lack audits.\n\n\
                The authors of the study, which include the U.S. Ledger Fund and Citizens for Open Books, read 900 filings.";
    let named = Some("U.S. Ledger Fund and Citizens for Open Books".to_string());
    assert_eq!(sources(text), [named.clone(), named]);
}

#[test]
fn a_new_analysis_by_someone_is_not_the_study_described_before() {
    let text = "One study found that 8 million renters would pay more.\n\nThat matches an analysis by Noor Haddad, a tax scholar.";
    assert_eq!(sources(text), [Some("One study".into())]);
}

#[test]
fn a_document_opening_a_sentence_speaks_for_its_owner_and_another_of_its_kind_too() {
    let text = "A slide from a deck that Mayor Ana Ruiz shows to donors says 40 percent of bridges are unsafe. \
                Another slide shows that 3 in 10 roads need repair.\n\nThe city spends $2 million a year, one slide says.";
    assert_eq!(sources(text), [Some("Ana Ruiz".into()), Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]);
}

#[test]
fn a_report_from_a_body_is_the_body_s() {
    assert_eq!(sources("A memo from the Harbor Board shows 14 berths stood empty."), [Some("Harbor Board".into())]);
}

#[test]
fn a_body_named_in_short_takes_the_full_name_given_before() {
    let text = "Ines Ward, a fellow at the Lowell Institute for Trade Studies, was there.\n\n\
                Scholars at the Lowell Institute modeled the plan: it would cost 90,000 jobs.";
    assert_eq!(sources(text), [Some("Lowell Institute for Trade Studies".into())]);
}

#[test]
fn a_list_run_into_one_sentence_gives_each_number_its_own_item_not_the_whole_list() {
    let items: Vec<String> = (0..200).map(|i| format!("Ward {i} voted {} percent", i % 90 + 5)).collect();
    let found = stats(&format!("Results by ward: {}.", items.join(", ")));
    assert_eq!(found.len(), 200);
    assert_eq!(found[0].claim, "Results by ward: Ward 0 voted 5 percent");
    assert_eq!(found[120].claim, "Ward 120 voted 35 percent");
    assert!(found.iter().all(|s| s.claim.len() <= 2 * super::CLAIM_REACH), "bounded, not the whole list");
    let sentence = "The ferry carried 1.2 million riders last year, up from 900,000 in 2019.";
    assert_eq!(
        stats(sentence)[0].claim,
        "The ferry carried 1.2 million riders last year, up from 900,000 in 2019",
        "a clause of news is whole"
    );
}

#[test]
fn a_body_described_in_lower_case_is_a_source_and_its_determiner_leaves_the_claim() {
    let found = stats(
        "Spending will rise 4 percent, according to the city budget office.\n\nUnemployment fell to 3.2 percent in May, the city's finance office said.",
    );
    let got: Vec<_> = found.iter().map(|s| (s.source.as_deref(), s.claim.as_str())).collect();
    assert_eq!(
        got,
        [
            (Some("city budget office"), "Spending will rise 4 percent"),
            (Some("city's finance office"), "Unemployment fell to 3.2 percent in May"),
        ]
    );
}

#[test]
fn a_document_takes_the_body_named_after_it() {
    let found = stats(
        "Revenue rose 12 percent, according to a report by the State Audit Office.\n\nAbout 42 million people hold loans, according to data from the Lakeside Lending Bureau.",
    );
    let got: Vec<_> = found.iter().map(|s| s.source.as_deref()).collect();
    assert_eq!(got, [Some("State Audit Office"), Some("Lakeside Lending Bureau")]);
}

#[test]
fn the_company_points_back_only_to_a_company() {
    let found = stats(
        "Harbor Freight Lines reported a loss.\n\nThe Tidewater Shipping Company said its fleet grew 12 percent.\n\nThe company said it hired 300 drivers.",
    );
    assert_eq!(found[1].source.as_deref(), Some("Tidewater Shipping Company"));
    let found = stats("Analysts at Brightline Research were surprised.\n\nThe company said it hired 300 drivers.");
    assert_eq!(found[0].source, None, "a company is not the analysts named before");
    let found = stats("While one company says there are 2,400 stores, another counts fewer.");
    assert_eq!(found[0].source, None);
}
