//! Fixture articles (written for this project) extract to their expected output, field by
//! field. `UPDATE_EXPECT=1` rewrites the expected files from today's output for review.

use std::path::Path;

#[test]
fn fixture_articles_extract_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".expected.json") || !(name.ends_with(".md") || name.ends_with(".txt")) {
            continue;
        }
        let doc = whosaid::document::read_path(&path).unwrap();
        let found = whosaid::extract::extract(&doc);
        let actual = serde_json::to_value(whosaid::report::article_json(&doc, &found, None)).unwrap();
        let expected_path = dir.join(format!("{}.expected.json", name.rsplit_once('.').unwrap().0));
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&expected_path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
        }
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        for key in ["article", "speakers", "quotes", "statistics"] {
            assert_eq!(actual[key], expected[key], "{name}: {key} differs from {}", expected_path.display());
        }
        checked += 1;
    }
    assert!(checked >= 2, "no fixture articles found in {}", dir.display());
}
