//! The `whosaid` binary as a user runs it: output formats, and bad input that must give a
//! clear error naming the file (exit 2), never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output().expect("the binary runs")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles").join(name).display().to_string()
}

fn scratch(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

#[test]
fn text_prints_the_body_without_page_furniture() {
    let out = whosaid(&["text", &fixture("harbor-council.md")]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("The seawall will protect more than 2,000 homes"));
    for furniture in ["Lena Ortiz", "Related article", "Maria Chen", "Original url", "flood.jpg"] {
        assert!(!text.contains(furniture), "{furniture} leaked into the body");
    }
}

#[test]
fn extract_json_has_ids_offsets_and_speakers() {
    let out = whosaid(&["extract", "--format", "json", &fixture("harbor-council.md")]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let body = String::from_utf8(whosaid(&["text", &fixture("harbor-council.md")]).stdout).unwrap();
    let chars: Vec<char> = body.chars().collect();
    let quotes = json["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 6);
    for q in quotes {
        assert_eq!(q["id"].as_str().unwrap().len(), 64);
        assert_eq!(q["id"].as_str().unwrap(), whosaid::hash::content_id(q["text"].as_str().unwrap()).to_hex());
        for part in q["parts"].as_array().unwrap() {
            let (s, e) = (part[0].as_u64().unwrap() as usize, part[1].as_u64().unwrap() as usize);
            let piece: String = chars[s..e].iter().collect();
            assert!(q["text"].as_str().unwrap().contains(piece.trim()), "offsets {s}..{e} select {piece:?}");
        }
    }
    assert_eq!(json["article"]["published"], "2025-06-04");
}

#[test]
fn jsonl_gives_one_article_a_line_and_table_a_header() {
    let out = whosaid(&["extract", "--format", "jsonl", &fixture("harbor-council.md"), &fixture("river-report.txt")]);
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 2);
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["file"].is_string());
    }
    let table = String::from_utf8(whosaid(&["extract", &fixture("river-report.txt")]).stdout).unwrap();
    assert!(table.lines().next().unwrap().starts_with("kind"));
    assert!(table.contains("Tomas Berg"));
}

#[test]
fn extract_tables_and_csv_list_statistics_after_quotes() {
    let table = String::from_utf8(whosaid(&["extract", &fixture("harbor-council.md")]).stdout).unwrap();
    let statistics: Vec<&str> = table.lines().skip_while(|l| !l.is_empty()).skip(1).collect();
    assert!(statistics[0].starts_with("statistic") && statistics[0].contains("source"), "{table}");
    assert!(statistics[1].starts_with("more than 2,000 homes") && statistics[1].contains("Rosa Delgado"), "{table}");
    let csv =
        String::from_utf8(whosaid(&["extract", "--format", "csv", &fixture("harbor-council.md")]).stdout).unwrap();
    assert!(csv.starts_with("kind,speaker,cue,text,figure,value,unit\n"), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("statistic,Rosa Delgado,-,") && l.ends_with(",\"more than 2,000 homes\",2000,")),
        "{csv}"
    );
    let (one, other) = (fixture("harbor-council.md"), fixture("river-report.txt"));
    let both = String::from_utf8(whosaid(&["extract", "--format", "csv", &one, &other]).stdout).unwrap();
    let lines: Vec<&str> = both.lines().collect();
    assert_eq!(lines[0], "file,kind,speaker,cue,text,figure,value,unit", "{both}");
    assert!(lines[1..].iter().all(|l| l.starts_with(&one) || l.starts_with(&other)), "one header, then rows: {both}");
    assert!(lines.iter().any(|l| l.starts_with(&other)), "{both}");
}

#[test]
fn bad_input_is_a_clear_error_naming_the_file() {
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.txt", b"", "it is empty"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary data"),
        ("notepad.txt", b"R\0u\0i\0z\0 \0s\0a\0i\0d\0 \0s\0o\0.\0", "iconv -f utf-16le"),
        ("latin1.txt", b"caf\xe9 au lait, she said.", "not valid UTF-8"),
        ("blank.md", b"   \n\n  \n", "no article text"),
    ];
    for (name, bytes, message) in cases {
        let (_dir, path) = scratch(name, bytes);
        let out = whosaid(&["extract", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains(name) && stderr.contains(message), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[test]
fn an_article_saved_as_utf16_gives_what_its_utf8_gives() {
    let original = fixture("harbor-council.md");
    let text = std::fs::read_to_string(&original).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let (_dir, copy) = scratch("harbor-council.md", &utf16);
    let quotes = |path: &str| String::from_utf8(whosaid(&["extract", "--format", "jsonl", path]).stdout).unwrap();
    let expected = quotes(&original);
    assert!(expected.contains("\"speaker\""), "{expected}");
    assert_eq!(quotes(copy.to_str().unwrap()), expected.replace(&original, copy.to_str().unwrap()));
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let (_dir, bad) = scratch("empty.txt", b"");
    let out = whosaid(&["extract", "--format", "jsonl", bad.to_str().unwrap(), &fixture("river-report.txt")]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::str::from_utf8(&out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn json_of_several_files_is_one_array_of_the_articles_read_with_their_jsonl_objects() {
    let (_dir, bad) = scratch("empty.txt", b"");
    let files = [fixture("harbor-council.md"), bad.to_str().unwrap().to_string(), fixture("river-report.txt")];
    let args =
        |format: &'static str| ["extract", "--format", format].into_iter().chain(files.iter().map(String::as_str));
    let json = whosaid(&args("json").collect::<Vec<_>>());
    assert_eq!(json.status.code(), Some(2), "a file could not be read");
    let array: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    let jsonl = whosaid(&args("jsonl").collect::<Vec<_>>());
    let lines: Vec<serde_json::Value> =
        std::str::from_utf8(&jsonl.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(array, lines);
    let read: Vec<&str> = array.iter().map(|a| a["file"].as_str().unwrap()).collect();
    assert_eq!(read, [files[0].as_str(), files[2].as_str()]);
    assert!(array[0]["quotes"].as_array().is_some_and(|q| !q.is_empty()));
}

#[test]
fn a_missing_file_names_itself() {
    let out = whosaid(&["text", "/no/such/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/article.txt"));
}

#[test]
fn a_50_mb_article_extracts_without_trouble() {
    let paragraph = "\u{201c}The budget is sound,\u{201d} Mayor Ana Ruiz said. Officials said the plan would cost $5 million. The so-called \"bridge to nowhere\" stands.\n\n";
    let big = paragraph.repeat(50_000_000 / paragraph.len() + 1);
    let (_dir, path) = scratch("big.txt", big.as_bytes());
    let out = whosaid(&["extract", "--format", "jsonl", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"].as_array().unwrap().len(), 2 * (50_000_000 / paragraph.len() + 1));
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("\"It works,\" Ruiz said.".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["speaker"], "Ruiz");
}
