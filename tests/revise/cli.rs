//! `whosaid diff` and `whosaid history` through the binary: files and stored versions, the
//! three formats, and errors that name what is wrong.

use crate::support::Workdir;

fn revision_fixture(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/revisions");
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// The before and after of case 01 (one quote reworded) with a canonical URL, so that
/// ingesting both makes two versions of one article.
fn write_versions(dir: &Workdir) -> (String, String) {
    let url = "\n\nOriginal url: <https://example.org/riverside-library>\n";
    let before = revision_fixture("case01.01.before_quote_reworded.md") + url;
    let after = revision_fixture("case01.02.after_quote_reworded.md") + url;
    let before = dir.write("before.md", &before).display().to_string();
    let after = dir.write("after.md", &after).display().to_string();
    (before, after)
}

#[test]
fn diff_of_two_files_as_json_lists_the_reworded_quote_with_its_word_diff() {
    let dir = Workdir::new();
    let (before, after) = write_versions(&dir);
    let out: serde_json::Value =
        serde_json::from_str(&dir.stdout(&["diff", &before, &after, "--format", "json"])).unwrap();
    let changes: Vec<&serde_json::Value> =
        out["events"].as_array().unwrap().iter().filter(|e| e["type"] != "quote_unchanged").collect();
    assert_eq!(changes.len(), 1, "{out:#}");
    assert_eq!(changes[0]["type"], "quote_reworded");
    assert_eq!(changes[0]["new"]["speaker"], "Joan Whitaker");
    let diff = changes[0]["diff"].as_array().unwrap();
    assert!(diff.contains(&serde_json::json!({"op": "deleted", "text": "until April,"})), "{diff:?}");
    assert!(diff.contains(&serde_json::json!({"op": "inserted", "text": "through the spring,"})), "{diff:?}");
    assert_eq!(out["summary"]["line"], "1 quote reworded");
}

#[test]
fn diff_for_a_terminal_marks_words_and_drops_colour_when_not_a_tty() {
    let dir = Workdir::new();
    let (before, after) = write_versions(&dir);
    let text = dir.stdout(&["diff", &before, &after]);
    assert!(text.contains("[-until April,-] {+through the spring,+}"), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in piped output: {text:?}");
    let forced = dir.command(&["diff", &before, &after]).env("CLICOLOR_FORCE", "1").output().unwrap();
    assert!(String::from_utf8(forced.stdout).unwrap().contains('\u{1b}'), "CLICOLOR_FORCE gives colour");
    let no_color =
        dir.command(&["diff", &before, &after]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8(no_color.stdout).unwrap().contains('\u{1b}'), "NO_COLOR wins");
}

#[test]
fn diff_and_history_read_stored_versions() {
    let dir = Workdir::new();
    let (before, after) = write_versions(&dir);
    dir.stdout(&["ingest", &before]);
    dir.stdout(&["ingest", &after]);
    let url = "https://example.org/riverside-library";
    let text = dir.stdout(&["diff", &format!("{url}@1"), &format!("{url}@2")]);
    assert!(text.contains(&format!("--- {url}@1")) && text.contains("quote reworded"), "{text}");

    let rows = dir.jsonl(&["history", url]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["changes"], "first version: 6 quotes");
    assert_eq!(rows[1]["changes"], "1 quote reworded");
    let hash = rows[1]["hash"].as_str().unwrap();
    let by_id = dir.stdout(&["diff", &format!("{url}@1"), &hash[..10], "--format", "json"]);
    assert!(by_id.contains(&format!("\"label\": \"{url}@2\"")), "{by_id}");
    let by_prefix = dir.jsonl(&["history", &hash[..8].to_ascii_uppercase()]);
    assert_eq!(by_prefix, rows, "a prefix of any version's id, in either case, names the article as its URL does");
}

#[test]
fn diff_errors_name_the_argument_and_say_what_to_do() {
    let dir = Workdir::new();
    let (before, _) = write_versions(&dir);
    let err = dir.fails(&["diff", &before, "missing.md"], 2);
    assert!(err.contains("missing.md: no such file") && err.contains("URL@N"), "{err}");
    dir.stdout(&["ingest", &before]);
    let err =
        dir.fails(&["diff", "https://example.org/riverside-library@1", "https://example.org/riverside-library@9"], 2);
    assert!(err.contains("has no version 9") && err.contains("whosaid history"), "{err}");
    let err = dir.fails(&["history", "https://example.org/elsewhere"], 2);
    assert!(err.contains("no article"), "{err}");
    let (_, after) = write_versions(&dir);
    dir.stdout(&["ingest", "--url", "https://example.org/copy", &after]);
    // A version id names its article from 4 hex digits: fewer, or none, name no article.
    let hash = dir.jsonl(&["history", "https://example.org/copy"])[0]["hash"].as_str().unwrap().to_string();
    for short in ["", &hash[..3]] {
        let err = dir.fails(&["history", short], 2);
        assert!(err.contains("no article"), "{short:?}: {err}");
    }
    assert_eq!(dir.jsonl(&["history", &hash[..4]]).len(), 1);
}
