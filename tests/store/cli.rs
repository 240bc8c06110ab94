//! `whosaid ingest` and the query commands, run as a user would, on the fixture articles.

use crate::support::{Workdir, fixture};

const URL: &str = "https://news.example/bridge";

#[test]
fn ingest_reports_what_it_stored_and_a_second_run_changes_nothing() {
    let wd = Workdir::new();
    let bridge = fixture("bridge.txt");
    let out = wd.stdout(&["ingest", &bridge, &fixture("ferry.md")]);
    assert!(out.contains("2 articles into whosaid.db: 2 new, 0 unchanged, 0 new versions, 0 failed"), "{out}");
    assert!(out.contains("stored 5 quotes, 2 new speakers"), "{out}");
    let rows = |table: &str| Workdir::count(&wd.db(), &format!("SELECT count(*) FROM {table}"));
    let before: Vec<i64> = ["articles", "versions", "claims", "occurrences", "speakers"].map(rows).to_vec();

    let again = wd.stdout(&["ingest", &bridge, &fixture("ferry.md")]);
    assert!(again.contains("0 new, 2 unchanged"), "{again}");
    assert!(again.contains("nothing was written"), "{again}");
    let after: Vec<i64> = ["articles", "versions", "claims", "occurrences", "speakers"].map(rows).to_vec();
    assert_eq!(before, after);
}

#[test]
fn the_same_url_with_a_new_body_is_a_new_version() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", "--url", URL, "--outlet", "City News", "--published", "2026-03-02", &fixture("bridge.txt")]);
    let out = wd.stdout(&["ingest", "--url", URL, &fixture("bridge-revised.txt")]);
    assert!(out.contains("0 new, 0 unchanged, 1 new versions"), "{out}");
    assert_eq!(Workdir::count(&wd.db(), "SELECT count(*) FROM articles"), 1);
    assert_eq!(Workdir::count(&wd.db(), "SELECT max(number) FROM versions"), 2);

    // Quotes come from the newest version unless asked for all.
    let newest = wd.jsonl(&["quotes", "--article", URL]);
    assert_eq!(newest.len(), 4);
    assert!(newest.iter().all(|q| q["version"] == 2 && q["outlet"] == "City News" && q["published"] == "2026-03-02"));
    assert_eq!(wd.jsonl(&["quotes", "--article", URL, "--all-versions"]).len(), 7);

    let shown: serde_json::Value = serde_json::from_str(&wd.stdout(&["show", URL, "--format", "json"])).unwrap();
    assert_eq!(shown["type"], "article");
    assert_eq!(shown["versions"].as_array().unwrap().len(), 2);
    assert_eq!((shown["version"].as_i64(), shown["occurrences"].as_array().unwrap().len()), (Some(2), 4));

    // `URL@N` shows version N's quotes, as `diff` takes it.
    let first: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["show", &format!("{URL}@1"), "--format", "json"])).unwrap();
    let quotes = first["occurrences"].as_array().unwrap();
    assert_eq!((first["version"].as_i64(), quotes.len()), (Some(1), 3));
    assert!(quotes.iter().all(|q| q["version"] == 1), "{first:#}");
    let err = wd.fails(&["show", &format!("{URL}@3")], 2);
    assert!(err.contains("has no version 3") && err.contains("whosaid history"), "{err}");
}

#[test]
fn quotes_filter_by_speaker_alias_search_kind_and_date() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", "--published", "2026-03-02", &fixture("bridge.txt")]);
    wd.stdout(&["ingest", "--published", "2026-04-10T09:30:00Z", &fixture("ferry.md")]);
    let by_name = wd.jsonl(&["quotes", "--speaker", "Ana Ruiz"]);
    assert_eq!(by_name.len(), 3);
    assert_eq!(wd.jsonl(&["quotes", "--speaker", "ruiz"]).len(), 3, "an alias, in any case");
    assert_eq!(wd.jsonl(&["quotes", "--speaker", "Baker"]).len(), 1);
    assert_eq!(wd.jsonl(&["quotes", "--search", "crossing"]).len(), 2);
    assert_eq!(wd.jsonl(&["quotes", "--kind", "direct"]).len(), 4);
    assert_eq!(wd.jsonl(&["quotes", "--kind", "indirect"]).len(), 1, "the city said");
    assert_eq!(wd.jsonl(&["quotes", "--since", "2026-04-01"]).len(), 2);
    assert_eq!(wd.jsonl(&["quotes", "--until", "2026-03-02"]).len(), 3, "the whole day counts");
    assert_eq!(wd.jsonl(&["quotes", "--until", "2026-04-10"]).len(), 5);
    wd.fails(&["quotes", "--speaker", "Nobody"], 1);
}

#[test]
fn one_claim_quoted_in_two_articles_is_one_claim_with_two_occurrences() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", &fixture("bridge.txt"), &fixture("ferry.md")]);
    let found = wd.jsonl(&["search", "safe", "crossing"]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0]["claim"], found[1]["claim"]);
    let claim = found[0]["claim"].as_str().unwrap();
    let shown: serde_json::Value = serde_json::from_str(&wd.stdout(&["show", &claim[..8], "-f", "json"])).unwrap();
    assert_eq!(shown["type"], "claim");
    assert_eq!(shown["occurrences"].as_array().unwrap().len(), 2);
    let origins = Workdir::count(&wd.db(), &format!("SELECT occurrences FROM claim_origins WHERE claim = '{claim}'"));
    assert_eq!(origins, 2);
}

#[test]
fn every_listing_speaks_every_format() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", &fixture("bridge.txt"), &fixture("ferry.md")]);
    for command in [&["quotes"][..], &["speakers"], &["search", "bridge"], &["show", "Tom Baker"]] {
        let table = wd.stdout(command);
        assert!(table.lines().count() >= 2, "{command:?} table: {table}");
        let json: serde_json::Value =
            serde_json::from_str(&wd.stdout(&[command, &["--format", "json"]].concat())).unwrap();
        assert!(json.is_array() || json.is_object());
        let lines = wd.stdout(&[command, &["--format", "jsonl"]].concat());
        assert!(lines.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()), "{lines}");
        let csv = wd.stdout(&[command, &["--format", "csv"]].concat());
        assert!(csv.lines().next().unwrap().split(',').count() >= 5, "{command:?} csv: {csv}");
    }
    let speakers = wd.jsonl(&["speakers"]);
    assert_eq!(speakers[0]["name"], "Ana Ruiz");
    assert_eq!(speakers[0]["quotes"], 3);
    assert!(speakers[0]["aliases"].as_array().unwrap().iter().any(|a| a == "Ruiz"));
}

#[test]
fn export_writes_every_table_as_json_lines_and_one_as_csv() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", &fixture("bridge.txt")]);
    let lines = wd.stdout(&["export"]);
    let tables: std::collections::BTreeSet<String> = lines
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["table"].as_str().unwrap().to_string())
        .collect();
    for table in ["articles", "versions", "claims", "occurrences", "speakers", "speaker_aliases"] {
        assert!(tables.contains(table), "{table} missing from {tables:?}");
    }
    let csv = wd.stdout(&["export", "--format", "csv", "--table", "occurrences"]);
    assert!(csv.starts_with("id,claim_id,version_id,speaker_id,kind,text,"), "{csv}");
    assert_eq!(csv.lines().count(), 4);
}

#[test]
fn export_writes_the_statistics_as_csv() {
    let wd = Workdir::new();
    wd.stdout(&["ingest", &format!("{}/fixtures/articles/harbor-council.md", env!("CARGO_MANIFEST_DIR"))]);
    let csv = wd.stdout(&["export", "--format", "csv", "--table", "statistic_sources"]);
    assert!(csv.starts_with("statistic_id,text,value,unit,claim,source,"), "{csv}");
    assert!(
        csv.lines().nth(1).is_some_and(|row| row.contains("\"more than 2,000 homes\"") && row.contains("Rosa Delgado")),
        "{csv}"
    );
}

#[test]
fn a_bad_file_is_skipped_and_the_rest_go_in() {
    let wd = Workdir::new();
    let bad = wd.write("in/a-bad.txt", "");
    std::fs::write(&bad, b"\x00\x01binary").unwrap();
    wd.write("in/b-good.txt", "\"We are ready,\" Chief Ola Berg said.");
    wd.write("in/notes.json", "{}");
    let out = wd.run(&["ingest", "in"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a-bad.txt") && stderr.contains("binary"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 new, 0 unchanged, 0 new versions, 1 failed"));
    assert_eq!(Workdir::count(&wd.db(), "SELECT count(*) FROM articles"), 1);
}

#[test]
fn standard_input_and_the_database_from_the_environment() {
    let wd = Workdir::new();
    let mut child = wd
        .command(&["ingest", "-", "--url", "https://news.example/stdin"])
        .env("WHOSAID_DB", wd.path("env.db"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"\"Doors open at nine,\" organiser Sam Lee said.").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    assert!(!wd.db().exists());
    assert_eq!(
        Workdir::count(&wd.path("env.db"), "SELECT count(*) FROM articles WHERE url = 'https://news.example/stdin'"),
        1
    );
    wd.fails(&["ingest", "--url", "https://x.example", &fixture("bridge.txt"), &fixture("ferry.md")], 2);
    wd.fails(&["ingest", "--published", "someday", &fixture("bridge.txt")], 2);
}
