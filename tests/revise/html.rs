//! The HTML view, loaded by headless Chromium (Debian's `chromium` package): the page must
//! load on its own and show the claim events. Without Chromium the test says so and passes.

use crate::support::Workdir;
use std::process::Command;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok_and(|out| out.status.success()))
}

#[test]
fn html_view_loads_in_headless_chromium_and_lists_the_events() {
    let dir = Workdir::new();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/revisions");
    let before = fixtures.join("case03.01.before_quote_added_removed.md");
    let after = fixtures.join("case03.02.after_quote_added_removed.md");
    let page = dir.stdout(&["diff", before.to_str().unwrap(), after.to_str().unwrap(), "--format", "html"]);
    assert!(
        !page.contains("http://") && !page.contains("https://") && !page.contains("<script"),
        "the page must load nothing"
    );
    let path = dir.write("revision.html", &page);

    let Some(browser) = chromium() else {
        println!("skipped: no chromium installed (apt-get install chromium) to load the page");
        return;
    };
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", path.display()))
        .output()
        .expect("running chromium");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(dom.contains("id=\"events\""), "no event list in the loaded page");
    assert!(dom.contains("class=\"event quote_removed\"") && dom.contains("class=\"event quote_added\""), "{dom}");
    assert!(
        dom.contains("Lucia Moreno") && dom.contains("class=\"version old\"") && dom.contains("class=\"version new\"")
    );
}
