//! `whosaid matches` and `whosaid trace` as a user runs them.

use crate::support::Workdir;
use serde_json::Value;

/// The fixture articles with the metadata each is ingested with, oldest first.
const ARTICLES: &[(&str, &str, &str, &str)] = &[
    ("statement.md", "City of Harbor", "https://harbor.example/statements/bridge", "2026-03-01"),
    ("wire.md", "Harbor Wire", "https://wire.example/harbor-bridge", "2026-03-02"),
    ("gazette.md", "Harbor Gazette", "https://gazette.example/bridge-late", "2026-03-03"),
    ("courier.md", "Harbor Courier", "https://courier.example/baker", "2026-03-04"),
    ("post.md", "Harbor Post", "https://post.example/ferry", "2026-03-05"),
];

/// A work folder with every fixture article ingested, one at a time, as the README says.
fn ingested() -> Workdir {
    let wd = Workdir::new();
    for (file, outlet, url, published) in ARTICLES {
        let path = format!("{}/fixtures/matching/{file}", env!("CARGO_MANIFEST_DIR"));
        wd.stdout(&["ingest", "--outlet", outlet, "--url", url, "--published", published, &path]);
    }
    wd
}

/// The one cluster of a `matches --format json` listing.
fn only_cluster(wd: &Workdir, args: &[&str]) -> Value {
    let mut all = vec!["matches"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let clusters: Vec<Value> = serde_json::from_str(&wd.stdout(&all)).unwrap();
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    clusters.into_iter().next().unwrap()
}

#[test]
fn matches_finds_identical_trimmed_altered_and_both_conflicts() {
    let wd = ingested();
    let quote = only_cluster(&wd, &["--class", "trimmed"]);
    let classes: Vec<&str> = quote["classes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(classes, ["altered", "identical", "speaker", "trimmed"]);
    let members = quote["members"].as_array().unwrap();
    let altered = members.iter().find(|m| m["class"] == "altered").unwrap();
    assert_eq!(
        altered["diff"],
        "the new bridge will open in [-may-] {+june+} and it will stay within its budget for the whole project"
    );
    let trimmed = members.iter().find(|m| m["class"] == "trimmed").unwrap();
    assert_eq!(trimmed["text"], "It will stay within its budget for the whole project,");
    assert_eq!(members[0]["appearances"].as_array().unwrap().len(), 3, "the same words in three articles");
    assert_eq!(quote["conflicts"][0]["kind"], "speaker");
    assert_eq!(quote["conflicts"][0]["detail"], "Tom Baker / Ana Ruiz", "the misattribution");
    assert_eq!(quote["conflicts"].as_array().unwrap().len(), 1, "once, though the courier quotes the words twice");

    let number = only_cluster(&wd, &["--class", "number"]);
    assert_eq!(number["kind"], "statistic");
    assert_eq!(number["conflicts"][0]["detail"], "$2.4 million / $4.2 million");
    let classes: Vec<(Option<&str>, Option<&str>)> =
        number["members"].as_array().unwrap().iter().map(|m| (m["class"].as_str(), m["diff"].as_str())).collect();
    assert_eq!(
        classes,
        [(None, None), (Some("identical"), None), (Some("number"), Some("[-$4.2 million-] {+$2.4 million+}"))],
        "the statement first; the wire states the same clause, the gazette another number"
    );
}

#[test]
fn matches_filters_by_speaker_outlet_and_date_in_every_format() {
    let wd = ingested();
    assert_eq!(only_cluster(&wd, &["--speaker", "Baker"])["members"][0]["claim"].as_str().unwrap().len(), 64);
    only_cluster(&wd, &["--outlet", "harbor courier"]);
    wd.fails(&["matches", "--outlet", "harbor courier", "--until", "2026-03-03"], 1);
    assert_eq!(wd.jsonl(&["matches", "--since", "2026/03/04"]).len(), 1, "a date written with slashes is read");
    for (args, says) in [
        (&["matches", "--since", "garbage"][..], "is not a date whosaid reads"),
        (&["quotes", "--until", "2026-13-45"][..], "is not a date whosaid reads"),
        (&["matches", "--since", "2026-03-04", "--until", "2026-03-02"][..], "no date is in that range"),
    ] {
        let err = wd.fails(args, 2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    wd.fails(&["matches", "--outlet", "Nowhere Times"], 1);
    wd.fails(&["matches", "--since", "2026-03-06"], 1);
    assert_eq!(
        wd.jsonl(&["matches", "--until", "2026-03-02"]).len(),
        3,
        "the quote, and the figure as a claim and as a statistic"
    );
    let table = wd.stdout(&["matches", "--class", "altered", "--speaker", "Ana Ruiz"]);
    assert!(table.contains("[-may-] {+june+}") && table.contains("conflict  speaker: Tom Baker / Ana Ruiz"), "{table}");
    let csv = wd.stdout(&["matches", "--class", "speaker", "--speaker", "Baker", "--format", "csv"]);
    assert!(csv.starts_with("cluster,kind,class,id,matched,diff,published,outlet,speaker,text\n"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + 5, "one row per appearance");
}

#[test]
fn trace_follows_article_to_wire_story_to_statement_with_each_verdict() {
    let wd = ingested();
    let trace: Value =
        serde_json::from_str(&wd.stdout(&["trace", "the new bridge will open in June", "--format", "json"])).unwrap();
    assert_eq!(trace["@type"], "Claim");
    assert_eq!(trace["firstAppearance"]["publisher"]["name"], "City of Harbor", "first appearance first");
    let appearances = trace["appearance"].as_array().unwrap();
    let dates: Vec<&str> = appearances.iter().map(|a| a["datePublished"].as_str().unwrap()).collect();
    assert!(dates.is_sorted(), "{dates:?}");
    let gazette = appearances.iter().find(|a| a["publisher"]["name"] == "Harbor Gazette").unwrap();
    let to_wire = &gazette["citation"][0];
    assert_eq!((to_wire["name"].as_str(), to_wire["verdict"].as_str()), (Some("Harbor Wire"), Some("altered")));
    assert!(to_wire["difference"].as_str().unwrap().contains("[-june-] {+may+}"));
    let to_statement = &to_wire["citation"][0];
    assert_eq!(to_statement["verdict"], "confirmed");
    assert_eq!(to_statement["url"], "https://harbor.example/statements/bridge");
    let courier = appearances.iter().find(|a| a["creditedTo"] == "Tom Baker").unwrap();
    assert_eq!(courier["misattributed"], true, "the mayor's words given to a council member");
    let to_wire = &courier["citation"][0];
    assert_eq!(to_wire["verdict"], "confirmed", "the words are the wire's");
    assert_eq!((to_wire["creditedTo"].as_str(), to_wire["misattributed"].as_bool()), (Some("Ana Ruiz"), Some(true)));
    assert!(appearances.iter().filter(|a| a["creditedTo"] == "Ana Ruiz").all(|a| a["misattributed"] == false));
    let table = wd.stdout(&["trace", "the new bridge will open in May and it will stay within its budget"]);
    assert!(table.contains("credited to Tom Baker  (misattributed? first credited to Ana Ruiz)"), "{table}");
    assert!(table.contains("misattributed? the source credits the words to Ana Ruiz"), "{table}");

    let absent: Value =
        serde_json::from_str(&wd.stdout(&["trace", "The ferry will stop running", "--format", "json"])).unwrap();
    assert_eq!(absent["appearance"][0]["citation"][0]["verdict"], "absent");
    let unknown: Value =
        serde_json::from_str(&wd.stdout(&["trace", "The toll for every car will be two dollars", "--format", "json"]))
            .unwrap();
    assert_eq!(unknown["appearance"][0]["citation"][0]["verdict"], "not_in_database");
}

#[test]
fn trace_of_a_statistic_shows_the_number_at_each_hop() {
    let wd = ingested();
    let table = wd.stdout(&["trace", "--statistic", "The new Harbor Bridge will cost $2.4 million to build"]);
    assert!(table.contains("\"$2.4 million\"\n  → cites Harbor Wire — altered"), "{table}");
    assert!(table.contains("\"$4.2 million\"\n  diff: [-$2.4 million-] {+$4.2 million+}"), "another number: {table}");
    assert!(table.contains("the source states: $4.2 million"), "{table}");
    let claim_id = wd.jsonl(&["quotes", "--search", "whole project", "--speaker", "Ana Ruiz"])[0]["claim"]
        .as_str()
        .unwrap()
        .to_string();
    let by_id: Value = serde_json::from_str(&wd.stdout(&["trace", &claim_id[..10], "--format", "json"])).unwrap();
    assert_eq!(by_id["identifier"], claim_id.as_str());
    let err = wd.fails(&["trace", "words nobody ever wrote down anywhere"], 2);
    assert!(err.contains("nothing in the database is called"), "{err}");
}

#[test]
fn a_statistic_has_an_id_that_extract_prints_and_trace_and_show_take() {
    let wd = ingested();
    let gazette = format!("{}/fixtures/matching/gazette.md", env!("CARGO_MANIFEST_DIR"));
    let extracted: Value = serde_json::from_str(&wd.stdout(&["extract", "--format", "json", &gazette])).unwrap();
    let statistic = &extracted["statistics"][0];
    assert_eq!(statistic["text"], "$2.4 million");
    let id = statistic["id"].as_str().unwrap();
    let quote_ids: Vec<&str> =
        extracted["quotes"].as_array().unwrap().iter().filter_map(|q| q["id"].as_str()).collect();
    assert!(!quote_ids.contains(&id), "a quote in the clause's words has another id");
    let traced: Value = serde_json::from_str(&wd.stdout(&["trace", &id[..8], "--format", "json"])).unwrap();
    assert_eq!((traced["additionalType"].as_str(), traced["identifier"].as_str()), (Some("statistic"), Some(id)));
    assert_eq!(traced["text"], "The new Harbor Bridge will cost $2.4 million to build");
    let table = wd.stdout(&["trace", &id[..8]]);
    assert!(table.starts_with(&format!("statistic {}\n", &id[..12])), "{table}");
    let shown = wd.stdout(&["show", "https://gazette.example/bridge-late"]);
    assert!(shown.contains(&format!("statistic    {}  $2.4 million", &id[..12])), "{shown}");
    let shown: Value = serde_json::from_str(&wd.stdout(&["show", &id[..8], "--format", "json"])).unwrap();
    assert_eq!((shown["type"].as_str(), shown["statistic"].as_str()), (Some("statistic"), Some(id)));
    assert_eq!(shown["occurrences"][0]["article"], "https://gazette.example/bridge-late");
    let listed = only_cluster(&wd, &["--class", "number"]);
    let members: Vec<&str> =
        listed["members"].as_array().unwrap().iter().filter_map(|m| m["statistic"].as_str()).collect();
    assert!(members.contains(&id), "matches lists it: {listed:#}");
}

#[test]
fn show_of_a_statistic_lists_every_article_that_states_it_in_its_clause() {
    let wd = ingested();
    let statement = format!("{}/fixtures/matching/statement.md", env!("CARGO_MANIFEST_DIR"));
    let extracted: Value = serde_json::from_str(&wd.stdout(&["extract", "--format", "json", &statement])).unwrap();
    let id = extracted["statistics"][0]["id"].as_str().unwrap().to_string();
    let table = wd.stdout(&["show", &id[..10]]);
    let rows: Vec<Vec<&str>> = table
        .lines()
        .skip_while(|l| !l.starts_with("published"))
        .skip(1)
        .map(|l| l.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect())
        .collect();
    // The city states the $4.2 million first, the wire repeats it in the same words; the
    // gazette's $2.4 million is another clause, with an id of its own.
    assert_eq!(
        rows,
        [
            [
                "2026-03-01",
                "City of Harbor",
                "$4.2 million",
                "city's finance office",
                "https://harbor.example/statements/bridge@1"
            ],
            ["2026-03-02", "Harbor Wire", "$4.2 million", "City of Harbor", "https://wire.example/harbor-bridge@1"],
        ],
        "{table}"
    );
    assert!(table.contains("claim        The new Harbor Bridge will cost $4.2 million to build"), "{table}");
}

#[test]
fn an_article_with_no_date_has_no_publication_date_and_comes_after_the_dated_ones() {
    let wd = Workdir::new();
    let said =
        "\"The old harbour wall will be rebuilt in stone before the winter storms arrive,\" Mayor Lena Holt said.";
    let undated = wd.write("undated.txt", &format!("Harbour wall\n\n{said}\n"));
    let dated = wd.write("dated.txt", &format!("Harbour wall plans\n\n{said}\n"));
    wd.stdout(&["ingest", undated.to_str().unwrap()]);
    wd.stdout(&["ingest", "--published", "2026-02-10", dated.to_str().unwrap()]);
    let trace: Value = serde_json::from_str(&wd.stdout(&[
        "trace",
        "The old harbour wall will be rebuilt in stone",
        "--format",
        "json",
    ]))
    .unwrap();
    let dates: Vec<&Value> = trace["appearance"].as_array().unwrap().iter().map(|a| &a["datePublished"]).collect();
    assert_eq!(dates, [&Value::from("2026-02-10"), &Value::Null], "ingest time is not a publication date");
    assert_eq!(trace["firstAppearance"]["datePublished"], "2026-02-10");
    let cluster = only_cluster(&wd, &[]);
    assert_eq!(
        (cluster["first_published"].as_str(), cluster["last_published"].as_str()),
        (Some("2026-02-10"), Some("2026-02-10"))
    );
    // With no outlet or URL, the tables name each article by its title, not by its body's hash.
    let table = wd.stdout(&["trace", "The old harbour wall will be rebuilt in stone"]);
    assert!(table.contains("\n2026-02-10  Harbour wall plans  first  credited to Lena Holt"), "{table}");
    assert!(table.contains("\n-  Harbour wall  same  credited to Lena Holt"), "{table}");
    let listing = wd.stdout(&["matches"]);
    assert!(listing.contains("  first     2026-02-10  Harbour wall plans    Lena Holt"), "{listing}");
}

#[test]
fn trace_names_each_appearance_by_its_outlet_and_title() {
    let wd = ingested();
    let table = wd.stdout(&["trace", "The ferry will stop running"]);
    let first = "2026-03-05  Harbor Post · Ferry to stop when bridge opens  first  credited to Ana Ruiz";
    assert!(table.contains(first), "{table}");
}

/// A work folder with one short article for each number, its sentence stating that number in
/// place of `#`, ingested.
fn figures_ingested(numbers: &[u32], sentence: &str) -> Workdir {
    let wd = Workdir::new();
    for (n, number) in numbers.iter().enumerate() {
        wd.write(&format!("a{n}.txt"), &format!("Report {n}\n\n{}\n", sentence.replace('#', &number.to_string())));
    }
    wd.stdout(&["ingest", wd.path("").to_str().unwrap()]);
    wd
}

#[test]
fn a_figure_restated_with_a_new_number_in_each_article_is_one_conflict_per_article() {
    let said = "The council said the repairs of the old harbour wall will cost # million dollars this year.";
    let wd = figures_ingested(&[4, 5, 6, 7], said);
    let number = only_cluster(&wd, &["--class", "number"]);
    let details: Vec<&str> =
        number["conflicts"].as_array().unwrap().iter().map(|c| c["detail"].as_str().unwrap()).collect();
    assert_eq!(details.len(), 3, "the second, third and fourth article each disagree once: {details:?}");
}

#[test]
fn a_figure_reprinted_in_the_same_words_joins_its_cluster_and_adds_no_conflict() {
    let said = "The port authority said the dredging of the inner basin will cost # million dollars next spring.";
    let wd = figures_ingested(&[4, 9, 4, 4], said);
    let number = only_cluster(&wd, &["--class", "number"]);
    assert_eq!(number["members"].as_array().unwrap().len(), 4, "{number:#}");
    let conflicts = number["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "the 9 disagrees; the 4 reprinted twice after it is no news: {conflicts:#?}");
}

#[test]
fn an_outlet_given_as_the_speaker_is_a_citation_not_a_conflict() {
    let wd = Workdir::new();
    let wire = wd.write("wire.md", "# Fares to stay\n\n\"The fare will stay at four dollars for the whole year,\" Mayor Ana Ruiz said on Monday.\n");
    let gazette = wd.write(
        "gazette.md",
        "# Fares frozen\n\nThe fare will stay at four dollars for the whole year, according to Harbor Wire.\n",
    );
    let courier = wd
        .write("courier.md", "# Fares\n\n\"The fare will stay at four dollars for the whole year,\" Tom Baker said.\n");
    for (file, outlet, published) in [(&gazette, "Gazette", "2026-03-01"), (&wire, "Harbor Wire", "2026-03-02")] {
        wd.stdout(&["ingest", "--outlet", outlet, "--published", published, file.to_str().unwrap()]);
    }
    let cluster = only_cluster(&wd, &[]);
    assert_eq!(cluster["conflicts"].as_array().map(Vec::len), Some(0), "{cluster:#}");
    wd.stdout(&["ingest", "--outlet", "Courier", "--published", "2026-03-03", courier.to_str().unwrap()]);
    let cluster = only_cluster(&wd, &[]);
    assert_eq!(cluster["conflicts"][0]["detail"], "Tom Baker / Ana Ruiz", "a person still conflicts, with a person");
}

#[test]
fn an_outlet_that_nothing_stored_comes_from_is_a_citation_too() {
    let wd = Workdir::new();
    let said = "\"The ferry will run every twenty minutes from the first of June,\"";
    let articles = [
        ("mayor.md", format!("# Ferry\n\n{said} Mayor Ana Ruiz said on Monday.\n")),
        ("agency.md", format!("# Ferry plan\n\n{said} according to Reuters.\n")),
        ("paper.md", format!("# Ferry times\n\n{said} the Lakeside Gazette reported.\n")),
        ("council.md", format!("# Ferry council\n\n{said} the Harbor City Council said.\n")),
    ];
    for (name, text) in &articles {
        wd.write(name, text);
    }
    for (name, _) in &articles[..3] {
        wd.stdout(&["ingest", wd.path(name).to_str().unwrap()]);
    }
    // Neither Reuters nor the Lakeside Gazette is the outlet of a stored article; their names
    // say what they are.
    let cluster = only_cluster(&wd, &[]);
    assert_eq!(cluster["members"][0]["appearances"].as_array().map(Vec::len), Some(3), "{cluster:#}");
    assert_eq!(cluster["conflicts"].as_array().map(Vec::len), Some(0), "{cluster:#}");
    wd.stdout(&["ingest", wd.path("council.md").to_str().unwrap()]);
    let cluster = only_cluster(&wd, &[]);
    assert_eq!(
        cluster["conflicts"][0]["detail"], "Harbor City Council / Ana Ruiz",
        "an organisation that is no outlet conflicts"
    );
}

#[test]
fn trace_finds_a_statistic_by_its_clause_however_short() {
    let wd = Workdir::new();
    let poll = wd.write(
        "poll.md",
        "# Ferry poll\n\nA Harbor Gazette poll asked 600 riders about the ferry.\n\nTwelve percent were unsure.\n\nRuiz earned $19.3 million in 2025.\n",
    );
    wd.stdout(&["ingest", poll.to_str().unwrap()]);
    for (clause, quantity) in
        [("Twelve percent were unsure", "Twelve percent"), ("Ruiz earned $19.3 million in 2025", "$19.3 million")]
    {
        let trace: Value =
            serde_json::from_str(&wd.stdout(&["trace", "--statistic", clause, "--format", "json"])).unwrap();
        assert_eq!((trace["text"].as_str(), trace["firstAppearance"]["text"].as_str()), (Some(clause), Some(quantity)));
    }
}

#[test]
fn a_number_spelled_out_and_the_same_number_in_digits_are_the_same_words() {
    let wd = Workdir::new();
    let quotes = [
        "\"Forty-two percent of the pilots want the new harbour schedule dropped by the spring,\" Ana Ruiz said.",
        "\"42% of the pilots want the new harbour schedule dropped by the spring,\" Ana Ruiz said.",
        "\"Forty-three per cent of the pilots want the new harbour schedule dropped by the spring,\" Ana Ruiz said.",
    ];
    for (n, quote) in quotes.iter().enumerate() {
        wd.write(&format!("a{n}.txt"), &format!("Schedule {n}\n\n{quote}\n"));
    }
    wd.stdout(&["ingest", wd.path("").to_str().unwrap()]);
    let clusters: Vec<Value> = serde_json::from_str(&wd.stdout(&["matches", "--format", "json"])).unwrap();
    let quote = clusters.iter().find(|c| c["kind"] == "claim").expect("the quote is one cluster");
    let members = quote["members"].as_array().unwrap();
    let classes: Vec<&str> = members.iter().map(|m| m["class"].as_str().unwrap_or("first")).collect();
    assert_eq!(classes, ["first", "identical", "altered"], "{quote:#}");
    assert_eq!(
        members[2]["diff"], "[-42-] {+43+} percent of the pilots want the new harbour schedule dropped by the spring",
        "only the number differs"
    );
}
