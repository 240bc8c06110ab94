//! The HTML reader end to end: the project's own fixture pages (fixtures/html/), bad input,
//! and link offsets on the article-extraction benchmark when ../shared/corpus/html is there.

use std::io::{Read, Write};
use std::path::Path;
use whosaid::document::{Error, read_bytes, read_path};
use whosaid::model::Document;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/html").join(name)).expect("fixture exists")
}

/// Every link's span must select exactly its anchor text: trimmed, never empty, never
/// reaching across a paragraph break.
fn assert_link_spans(doc: &Document, page: &str) {
    for link in &doc.links {
        let anchor = doc
            .text
            .get(link.span.clone())
            .unwrap_or_else(|| panic!("{page}: span {:?} is not on char boundaries", link.span));
        assert!(!anchor.is_empty() && anchor.trim() == anchor, "{page}: anchor {anchor:?} is empty or untrimmed");
        assert!(!anchor.contains("\n\n"), "{page}: anchor {anchor:?} crosses a paragraph");
    }
}

fn link_to<'d>(doc: &'d Document, anchor: &str) -> &'d str {
    let link = doc
        .links
        .iter()
        .find(|l| &doc.text[l.span.clone()] == anchor)
        .unwrap_or_else(|| panic!("no link on {anchor:?}"));
    &link.href
}

#[test]
fn article_body_leaves_out_page_furniture() {
    let doc = read_bytes(&fixture("article.html"), Some("article.html")).unwrap();
    assert!(doc.text.starts_with("The harbour council voted on Thursday"), "{}", doc.text);
    assert!(doc.text.ends_with("where the final design will be shown."));
    assert!(
        doc.text.contains("\n\nOpposition from traders\n\n"),
        "a subheading inside the article is kept as a paragraph"
    );
    for furniture in [
        "Home", "By Ana Ruiz", "Share on Twitter", "Photo: Ledger staff", "READ MORE", "Related stories", "Great news",
        "rights reserved",
    ] {
        assert!(!doc.text.contains(furniture), "{furniture:?} should be left out:\n{}", doc.text);
    }
    assert_eq!(doc.paragraphs.len(), 6);
}

#[test]
fn article_links_are_absolute_and_span_their_anchors() {
    let doc = read_bytes(&fixture("article.html"), Some("article.html")).unwrap();
    assert_link_spans(&doc, "article.html");
    assert_eq!(doc.links.len(), 3);
    assert_eq!(link_to(&doc, "Mara Lind"), "https://ledger.example.org/people/mara-lind");
    assert_eq!(link_to(&doc, "a report by the coastal agency"), "https://agency.example.gov/reports/coastal-2020.pdf");
    // Relative to the canonical URL's folder.
    assert_eq!(link_to(&doc, "drop-in sessions"), "https://ledger.example.org/news/2021/03/26/events/drop-in");
}

#[test]
fn article_metadata() {
    let meta = read_bytes(&fixture("article.html"), None).unwrap().meta;
    assert_eq!(meta.title.as_deref(), Some("Harbour council backs £12m flood wall plan"));
    assert_eq!(meta.authors, ["Ana Ruiz", "Tom Okafor"]);
    assert_eq!(meta.published.as_deref(), Some("2021-03-26T14:05:00+01:00"));
    assert_eq!(meta.modified.as_deref(), Some("2021-03-27T08:15:00Z"));
    assert_eq!(meta.url.as_deref(), Some("https://ledger.example.org/news/2021/03/26/flood-wall-plan"));
    assert_eq!(meta.outlet.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(meta.language.as_deref(), Some("en-GB"));
}

#[test]
fn metadata_from_meta_tags_and_byline_without_json_ld() {
    let page = r#"<html><head><meta property="og:url" content="https://news.example.com/a/1">
        <meta name="parsely-pub-date" content="2019-11-19T15:38:00Z"><meta http-equiv="content-language" content="de">
        <meta name="sailthru.author" content="Lena Vogt"></head><body><article>
        <p>Die Stadt hat am Dienstag beschlossen, die alte Br&uuml;cke abzurei&szlig;en und eine neue zu bauen, die auch f&uuml;r Busse breit genug ist.</p>
        <p>Der B&uuml;rgermeister sagte, der Bau werde zwei Jahre dauern und rund acht Millionen Euro kosten. Die Arbeiten sollen im Fr&uuml;hjahr beginnen.</p>
        <p>Anwohner hatten sich &uuml;ber den L&auml;rm beschwert, den die Baustelle bringen werde, und eine Versammlung im Rathaus verlangt.</p>
        </article></body></html>"#;
    let meta = read_bytes(page.as_bytes(), Some("a.html")).unwrap().meta;
    assert_eq!(meta.url.as_deref(), Some("https://news.example.com/a/1"));
    assert_eq!(meta.published.as_deref(), Some("2019-11-19T15:38:00Z"));
    assert_eq!(meta.authors, ["Lena Vogt"]);
    assert_eq!(meta.language.as_deref(), Some("de"));
}

#[test]
fn windows_1252_page_reads_right() {
    let bytes = fixture("windows-1252.html");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must hold windows-1252 bytes");
    let doc = read_bytes(&bytes, Some("windows-1252.html")).unwrap();
    assert!(
        doc.text.contains("said Renée Dubois, who has run the Café du Port for thirty years – longer"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("to €1,200 a table, and naïve promises"));
    assert!(doc.text.contains("The council’s spokesman said a review would start “in due course”"));
    assert_eq!(doc.meta.title.as_deref(), Some("Café owners say “enough”"));
}

#[test]
fn gzipped_page_is_read_by_its_magic_bytes() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&fixture("article.html")).unwrap();
    let doc = read_bytes(&gz.finish().unwrap(), Some("saved")).unwrap();
    assert!(doc.text.starts_with("The harbour council voted"));
}

#[test]
fn page_with_no_article_is_a_clear_error() {
    let err = read_bytes(&fixture("no-article.html"), Some("no-article.html")).unwrap_err();
    assert!(matches!(err, Error::NoArticle | Error::NoText), "{err}");
}

#[test]
fn binary_data_named_html_is_a_clear_error() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    let err = read_bytes(&png, Some("photo.html")).unwrap_err();
    assert!(matches!(err, Error::Binary(_)), "{err}");
    // High bytes with no NUL decode as some legacy encoding; the result is an error or text, never a panic.
    let noise: Vec<u8> = (1..8192u32).map(|i| 0x80 | (i.wrapping_mul(2_654_435_761) >> 25) as u8).collect();
    let _ = read_bytes(&noise, Some("noise.html"));
}

#[test]
fn truncated_page_gives_a_result_or_an_error_never_a_panic() {
    let page = fixture("article.html");
    for tenth in 1..10 {
        let cut = &page[..page.len() * tenth / 10];
        if let Ok(doc) = read_bytes(cut, Some("cut.html")) {
            assert_link_spans(&doc, "cut.html");
        }
    }
    // Cut inside a multi-byte character and inside a tag.
    let cut = &page[..page.iter().position(|&b| b == 0xc2).unwrap() + 1];
    let _ = read_bytes(cut, Some("cut.html"));
}

#[test]
fn twenty_megabyte_page_is_read() {
    let paragraph = "<p>The council met again on Thursday evening to discuss the budget, and members argued \
        about the cost of the new flood wall for several hours before a vote was taken late at night.</p>\n";
    let mut page = String::from("<html><head><title>Long</title></head><body><article>");
    while page.len() < 20 << 20 {
        page.push_str(paragraph);
    }
    page.push_str("</article></body></html>");
    match read_bytes(page.as_bytes(), Some("long.html")) {
        Ok(doc) => assert!(doc.paragraphs.len() > 10_000, "{} paragraphs", doc.paragraphs.len()),
        Err(err) => assert!(matches!(err, Error::TooManyElements(_)), "{err}"),
    }
}

#[test]
fn deeply_nested_page_is_refused_before_parsing() {
    let page = format!("<html><body>{}<p>Deep text.</p></body></html>", "<div>".repeat(100_000));
    let err = read_bytes(page.as_bytes(), Some("deep.html")).unwrap_err();
    assert!(matches!(err, Error::TooDeep(_)), "{err}");
}

/// On every page of the benchmark, every body link's span selects exactly its anchor text:
/// the spans' texts, in order, are anchors of the page's `<a href>` elements, in order.
#[test]
fn benchmark_link_spans_select_their_anchor_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/html/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is not there", dir.display());
        return;
    };
    let (mut pages, mut links) = (0, 0);
    for entry in entries {
        let path = entry.unwrap().path();
        let page = path.display().to_string();
        let doc = read_path(&path).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_link_spans(&doc, &page);
        let anchors = page_anchors(&path);
        let mut remaining = anchors.iter();
        for link in &doc.links {
            let text = &doc.text[link.span.clone()];
            assert!(remaining.any(|a| a == text), "{page}: {text:?} is not the next anchor of the page");
        }
        pages += 1;
        links += doc.links.len();
    }
    assert_eq!(pages, 181);
    assert!(links > 1000, "only {links} links on {pages} pages");
}

/// The anchor texts of a gzipped page's `<a href>` elements, white space collapsed, in order.
fn page_anchors(path: &Path) -> Vec<String> {
    let mut html = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_end(&mut html).unwrap();
    let page = dom_query::Document::from(String::from_utf8_lossy(&html).as_ref());
    page.select("a[href]").nodes().iter().map(|a| a.text().split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}
