//! The store through the library, with extractions built by hand, so these tests do not
//! depend on what the extractor finds.

use whosaid::model::{Document, Extraction, Quote, QuoteKind, Speaker, SpeakerKind, Statistic};
use whosaid::store::query::{QuoteFilter, Shown};
use whosaid::store::{Outcome, Store};

const BODY: &str = "\"Turnout will be high,\" she said. The Democratic nominee spoke in Ohio. \
                    Officials said 3.2% of ballots were late, citing a county audit.";

/// A document and an extraction over [`BODY`]: a quote by Hillary Clinton, named only by a
/// pronoun here, and a statistic with its source.
fn clinton_article(url: Option<&str>) -> (Document, Extraction) {
    let mut doc = whosaid::document::read_bytes(BODY.as_bytes(), None).unwrap();
    doc.meta.url = url.map(String::from);
    doc.meta.published = Some("2016-10-01".into());
    let find = |s: &str| BODY.find(s).map(|at| at..at + s.len()).unwrap();
    let found = Extraction {
        quotes: vec![Quote {
            kind: QuoteKind::Direct,
            parts: vec![find("Turnout will be high,")],
            text: "Turnout will be high,".into(),
            speaker: Some(0),
            speaker_mention: Some(find("she")),
            cue: Some(find("said")),
            links: vec![],
        }],
        speakers: vec![Speaker {
            name: "Hillary Clinton".into(),
            kind: SpeakerKind::Person,
            aliases: vec!["Clinton".into(), "the Democratic nominee".into()],
            descriptions: vec!["Democratic nominee".into()],
        }],
        statistics: vec![Statistic {
            span: find("3.2%"),
            text: "3.2%".into(),
            claim: "3.2% of ballots were late".into(),
            value: Some(3.2),
            value_max: None,
            unit: Some("percent".into()),
            noun: Some("ballots".into()),
            qualifier: None,
            time: None,
            source: Some("Officials".into()),
            cites: vec!["a county audit".into()],
            link: None,
        }],
        diagnostics: vec![],
    };
    (doc, found)
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("w.db")).unwrap();
    (dir, store)
}

#[test]
fn a_speaker_is_found_by_any_name_the_articles_gave_them() {
    let (_dir, mut store) = store();
    let (doc, found) = clinton_article(None);
    store.write(&doc, &found, Some("a.txt")).unwrap();
    for name in ["Hillary Clinton", "clinton", "The Democratic Nominee"] {
        let rows = store.quotes(&QuoteFilter { speaker: Some(name.into()), ..QuoteFilter::default() }).unwrap();
        assert_eq!(rows.len(), 1, "{name}");
        assert_eq!(rows[0].speaker.as_deref(), Some("Hillary Clinton"));
        assert_eq!(rows[0].mention.as_deref(), Some("she"));
        assert_eq!((rows[0].start, rows[0].end), (1, 22), "character offsets of the quote");
    }
    let Shown::Speaker { speaker, occurrences } = store.show("the democratic nominee").unwrap() else { panic!() };
    assert_eq!(speaker.descriptions, ["Democratic nominee"]);
    assert_eq!(occurrences.len(), 1);
}

#[test]
fn the_same_speaker_in_two_articles_is_one_row() {
    let (_dir, mut store) = store();
    let (doc, found) = clinton_article(Some("https://news.example/1"));
    let first = store.write(&doc, &found, None).unwrap();
    let (doc, found) = clinton_article(Some("https://news.example/2"));
    let second = store.write(&doc, &found, None).unwrap();
    assert_eq!((first.new_speakers, second.new_speakers), (1, 0));
    let counts = store.counts().unwrap();
    assert_eq!((counts.articles, counts.speakers, counts.claims, counts.occurrences), (2, 1, 1, 2));
    assert_eq!(store.speakers(None).unwrap()[0].articles, 2);
}

#[test]
fn versions_and_unchanged_bodies() {
    let (_dir, mut store) = store();
    let (doc, found) = clinton_article(Some("https://news.example/1"));
    assert_eq!(store.write(&doc, &found, None).unwrap().outcome, Outcome::NewArticle);
    assert_eq!(store.write(&doc, &found, None).unwrap().outcome, Outcome::Unchanged);
    let mut revised = doc.clone();
    revised.text.push_str(" Polls close at eight.");
    let res = store.write(&revised, &found, None).unwrap();
    assert_eq!((res.outcome, res.version), (Outcome::NewVersion, 2));
    // Whitespace and case are not a new version: the body hash is of the normalised text.
    let mut respaced = revised.clone();
    respaced.text = respaced.text.replace(' ', "  ").to_uppercase();
    assert_eq!(store.write(&respaced, &found, None).unwrap().outcome, Outcome::Unchanged);
    assert_eq!(store.counts().unwrap().versions, 2);
}

#[test]
fn statistics_keep_their_source_and_citations() {
    let (_dir, mut store) = store();
    let (doc, found) = clinton_article(Some("https://news.example/1"));
    store.write(&doc, &found, None).unwrap();
    let Shown::Article { statistics, .. } = store.show("https://news.example/1").unwrap() else { panic!() };
    assert_eq!(statistics.len(), 1);
    assert_eq!(statistics[0].source.as_deref(), Some("Officials"));
    assert_eq!(statistics[0].cites, ["a county audit"]);
    let mut views = Vec::new();
    store
        .export("statistic_sources", |columns, values| -> Result<(), whosaid::store::Error> {
            views.push(columns.iter().cloned().zip(values).collect::<serde_json::Map<_, _>>());
            Ok(())
        })
        .unwrap();
    assert_eq!(views[0]["cites"], "a county audit");
    assert_eq!(views[0]["article"], "https://news.example/1");
}

#[test]
fn show_says_when_an_id_is_unknown_or_ambiguous() {
    let (_dir, mut store) = store();
    let (doc, mut found) = clinton_article(None);
    found.speakers.push(Speaker {
        name: "Bill Clinton".into(),
        kind: SpeakerKind::Person,
        aliases: vec!["Clinton".into()],
        descriptions: vec![],
    });
    store.write(&doc, &found, None).unwrap();
    let err = store.show("nobody at all").unwrap_err().to_string();
    assert!(err.contains("nothing in the database is called \"nobody at all\""), "{err}");
    let err = store.show("Clinton").unwrap_err().to_string();
    assert!(err.contains("Bill Clinton") && err.contains("Hillary Clinton"), "{err}");
    assert!(matches!(store.show("Bill Clinton").unwrap(), Shown::Speaker { .. }));
    // An article with no URL goes by its body's hash; a prefix of it names it from 4 digits.
    let article = store.quotes(&QuoteFilter::default()).unwrap()[0].article.clone();
    let err = store.show(&article[..3]).unwrap_err().to_string();
    assert!(err.contains("nothing in the database is called"), "{err}");
    assert!(matches!(store.show(&article[..4]).unwrap(), Shown::Article { .. }));
}

#[test]
fn a_date_that_only_a_later_version_gives_dates_the_quotes_of_the_earlier_one() {
    let (_dir, mut store) = store();
    let (mut undated, found) = clinton_article(Some("https://news.example/1"));
    undated.meta.published = None;
    store.write(&undated, &found, None).unwrap();
    let mut dated = undated.clone();
    dated.text.push_str(" Polls close at eight.");
    dated.meta.published = Some("2016-10-02".into());
    store.write(&dated, &found, None).unwrap();
    let all = QuoteFilter { speaker: Some("Clinton".into()), all_versions: true, ..QuoteFilter::default() };
    let dates: Vec<(i64, Option<String>)> =
        store.quotes(&all).unwrap().into_iter().map(|q| (q.version, q.published)).collect();
    assert_eq!(dates, [(1, Some("2016-10-02".into())), (2, Some("2016-10-02".into()))]);
}

#[test]
fn a_limited_listing_of_a_name_several_people_share_is_the_start_of_the_full_one() {
    let (_dir, mut store) = store();
    let people = ["Hillary Clinton", "Bill Clinton", "Chelsea Clinton"];
    for n in 0..12 {
        let (mut doc, mut found) = clinton_article(Some(&format!("https://news.example/{n}")));
        // Dates that tie across people, and some articles with none (those list first).
        doc.meta.published = (n % 5 != 0).then(|| format!("2016-10-{:02}", 1 + (n * 7) % 9));
        found.speakers[0].name = people[n % 3].into();
        store.write(&doc, &found, None).unwrap();
    }
    let listing = |limit: Option<usize>| -> Vec<(String, Option<String>)> {
        let filter = QuoteFilter { speaker: Some("Clinton".into()), limit, ..QuoteFilter::default() };
        store.quotes(&filter).unwrap().into_iter().map(|row| (row.article, row.published)).collect()
    };
    let all = listing(None);
    assert_eq!(all.len(), 12);
    assert!(all.windows(2).all(|w| w[0].1 <= w[1].1), "oldest first: {all:?}");
    for limit in [1, 4, 7, 12] {
        assert_eq!(listing(Some(limit)), all[..limit], "limit {limit}");
    }
}
