//! What a page says about its article: title, authors, published and modified time,
//! canonical URL, outlet and language. Read from the parsed page before readability changes
//! it. Each field takes the first source that has it, in the order below: structured data
//! first (JSON-LD, then OpenGraph/`article:` meta, then itemprop, Parse.ly, Sailthru and
//! Dublin Core meta), visible markup (`<time datetime>`, byline elements) last.

use super::jsonld::{self, LinkedData};
use crate::document::dates::{find_date, parse_date};
use crate::model::Metadata;
use dom_query::Document;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;
use url::Url;

const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"];
const AUTHOR_KEYS: &[&str] = &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time", "og:published_time", "datepublished", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "article.published",
];
const MODIFIED_KEYS: &[&str] =
    &["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"];
const URL_KEYS: &[&str] = &["og:url", "parsely-link", "twitter:url"];
const OUTLET_KEYS: &[&str] = &["og:site_name", "application-name", "apple-mobile-web-app-title"];
const LANGUAGE_KEYS: &[&str] = &["content-language", "language", "dc.language", "og:locale"];

/// Elements that hold the byline as text, most specific first.
const BYLINE_SELECTORS: &[&str] = &[
    r#"[itemprop~="author"] [itemprop~="name"]"#,
    r#"[itemprop~="author"]"#,
    r#"[rel~="author"]"#,
    r#"[class*="byline"]"#,
    r#"[class*="author"]"#,
];

/// A publication day written in a URL path: `/2021/03/26/`, `/2021-03-26/`, `/2021/mar/26/`.
static URL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/((?:19|20)\d\d)[/-](0[1-9]|1[0-2]|[a-z]{3})[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|\.html?|$)")
        .expect("valid regex")
});

/// Reads the metadata of a parsed page.
pub(super) fn read(doc: &Document) -> Metadata {
    let tags = meta_tags(doc);
    let ld = jsonld::read(doc);
    let tag = |keys: &[&str]| keys.iter().find_map(|k| tags.get(*k).cloned());
    let url = canonical_url(doc, &ld, &tag(URL_KEYS));
    let published = ld
        .published
        .iter()
        .chain(&tag(PUBLISHED_KEYS))
        .chain(&itemprop(doc, "datePublished"))
        .chain(&time_element(doc))
        .chain(&other_date_tag(&tags))
        .find_map(|raw| date(raw))
        .or_else(|| dated_element(doc))
        .or_else(|| url.as_deref().and_then(day_in_url));
    let modified =
        ld.modified.iter().chain(&tag(MODIFIED_KEYS)).chain(&itemprop(doc, "dateModified")).find_map(|raw| date(raw));
    Metadata {
        title: ld
            .headline
            .clone()
            .or_else(|| tag(TITLE_KEYS))
            .or_else(|| text_of(doc, "h1"))
            .or_else(|| text_of(doc, "title")),
        authors: authors(doc, &ld, &tags),
        published,
        modified,
        url,
        language: language(doc, &ld, &tag(LANGUAGE_KEYS)),
        outlet: tag(OUTLET_KEYS).or(ld.publisher),
    }
}

/// `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first
/// non-empty value of each key wins.
fn meta_tags(doc: &Document) -> HashMap<String, String> {
    let mut tags = HashMap::new();
    for meta in doc.select("meta[content]").nodes() {
        let Some(content) = meta.attr("content").map(|c| clean(&c)).filter(|c| !c.is_empty()) else { continue };
        for attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(key) = meta.attr(attr) {
                tags.entry(key.trim().to_ascii_lowercase()).or_insert_with(|| content.clone());
            }
        }
    }
    tags
}

/// The value of the first element with this microdata property: its `content` or `datetime`
/// attribute, else its text.
fn itemprop(doc: &Document, property: &str) -> Option<String> {
    let node = doc.select(&format!(r#"[itemprop~="{property}"]"#)).nodes().first().cloned()?;
    let value = node.attr("content").or_else(|| node.attr("datetime")).unwrap_or_else(|| node.text());
    Some(clean(&value)).filter(|v| !v.is_empty())
}

/// The `datetime` of a `<time>` element, preferring one marked as the publication time.
fn time_element(doc: &Document) -> Option<String> {
    ["time[pubdate][datetime]", r#"time[class*="publish"][datetime]"#, "time[datetime]"]
        .iter()
        .find_map(|sel| doc.select(sel).nodes().first().and_then(|t| t.attr("datetime")).map(|d| d.to_string()))
}

/// A date as written in metadata, normalised; a day found inside longer text will do. Years
/// before 1900 are placeholders ("0001-01-01"), not dates.
fn date(raw: &str) -> Option<String> {
    parse_date(raw)
        .or_else(|| find_date(raw))
        .filter(|d| d.get(..4).and_then(|y| y.parse::<u32>().ok()).is_some_and(|y| y >= 1900))
}

/// A meta tag not in [`PUBLISHED_KEYS`] whose name says it holds a date (`sn-post-date`),
/// unless it names a modification or expiry. The alphabetically first such name wins, so the
/// choice does not depend on hashing.
fn other_date_tag(tags: &HashMap<String, String>) -> Option<String> {
    let dated = |k: &&String| k.contains("date") && !["modif", "updat", "expir", "valid"].iter().any(|w| k.contains(w));
    tags.keys().filter(dated).min().map(|k| tags[k].clone())
}

/// The first element whose class or id says it holds the publication date and whose value
/// or text has one: `<span class="article-publish-date">November 19, 2019, 9:02 AM</span>`.
fn dated_element(doc: &Document) -> Option<String> {
    const SELECTORS: &[&str] = &[
        r#"[class*="publish" i], [id*="publish" i], [class*="posted" i]"#,
        r#"[class*="date" i], [id*="date" i]"#,
        r#"[class*="time" i]"#,
    ];
    SELECTORS.iter().find_map(|sel| {
        doc.select(sel).nodes().iter().find_map(|node| {
            let names = format!("{} {}", node.attr("class").unwrap_or_default(), node.attr("id").unwrap_or_default())
                .to_lowercase();
            if ["updat", "modif"].iter().any(|w| names.contains(w)) {
                return None;
            }
            let value =
                ["datetime", "content", "value"].iter().find_map(|a| node.attr(a)).unwrap_or_else(|| node.text());
            (value.len() < 200).then(|| date(&value)).flatten()
        })
    })
}

/// The day in the canonical URL's path, for pages that state no date anywhere else.
fn day_in_url(url: &str) -> Option<String> {
    let path = Url::parse(url).ok()?.path().to_string();
    let day = URL_DAY.captures(&path)?;
    let (year, month, day) = (&day[1], &day[2], &day[3]);
    if month.starts_with(|c: char| c.is_ascii_digit()) {
        parse_date(&format!("{year}-{month}-{day}"))
    } else {
        parse_date(&format!("{day} {month} {year}"))
    }
}

/// The canonical URL: `<link rel=canonical>`, then JSON-LD, then `og:url` and kin. Only an
/// absolute http(s) URL is kept; a relative one is resolved against the other candidates.
fn canonical_url(doc: &Document, ld: &LinkedData, from_tags: &Option<String>) -> Option<String> {
    let first_attr = |sel: &str, attr: &str| {
        doc.select(sel).nodes().first().and_then(|l| l.attr(attr)).map(|h| h.trim().to_string())
    };
    let link = first_attr(r#"link[rel~="canonical" i][href]"#, "href");
    // Last resort: the address the page's own Facebook like or share button names.
    let like_button = first_attr(r#"[class*="fb-"][data-href]"#, "data-href");
    let candidates: Vec<&String> = link.iter().chain(&ld.url).chain(from_tags).chain(&like_button).collect();
    let absolute = |s: &str| Url::parse(s).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
    let base = candidates.iter().find_map(|c| absolute(c));
    candidates.iter().find_map(|c| absolute(c).or_else(|| base.as_ref()?.join(c).ok())).map(String::from)
}

fn authors(doc: &Document, ld: &LinkedData, tags: &HashMap<String, String>) -> Vec<String> {
    // `article:author` is often a profile URL, not a name.
    let is_name = |s: &&String| !s.contains("://") && !s.starts_with("www.");
    if !ld.authors.is_empty() {
        return ld.authors.iter().filter(is_name).flat_map(|a| split_byline(a)).collect();
    }
    if let Some(named) = AUTHOR_KEYS.iter().filter_map(|k| tags.get(*k)).find(is_name) {
        return split_byline(named);
    }
    BYLINE_SELECTORS
        .iter()
        .filter_map(|sel| doc.select(sel).nodes().first().map(|n| clean(&n.text())))
        .find(|text| !text.is_empty() && text.len() < 120)
        .map(|text| split_byline(&text))
        .unwrap_or_default()
}

/// Splits "By Ann Lee and Bo Chan" or "Ann Lee, Bo Chan" into names.
pub(super) fn split_byline(byline: &str) -> Vec<String> {
    let byline = byline.trim();
    let byline = ["By ", "by ", "BY "].iter().find_map(|p| byline.strip_prefix(p)).unwrap_or(byline);
    byline
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" & ")))
        .map(str::trim)
        .filter(|name| !name.is_empty() && name.chars().any(char::is_alphabetic))
        .map(String::from)
        .collect()
}

/// `<html lang>` first: it is about this page, where a meta tag is often a site default.
fn language(doc: &Document, ld: &LinkedData, from_tags: &Option<String>) -> Option<String> {
    let html_lang = doc.select("html[lang]").nodes().first().and_then(|h| h.attr("lang")).map(|l| l.to_string());
    html_lang
        .iter()
        .chain(from_tags)
        .chain(&ld.language)
        .map(|l| l.trim().replace('_', "-"))
        .find(|l| !l.is_empty() && l.len() <= 35)
}

fn text_of(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).nodes().first().map(|n| clean(&n.text())).filter(|t| !t.is_empty())
}

/// White space collapsed to single spaces, ends trimmed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{day_in_url, split_byline};

    #[test]
    fn days_in_url_paths() {
        assert_eq!(day_in_url("https://ex.org/news/2019/11/18/story/").as_deref(), Some("2019-11-18"));
        assert_eq!(day_in_url("https://ex.org/statements/2019/nov/18/someone/claim/").as_deref(), Some("2019-11-18"));
        assert_eq!(day_in_url("https://ex.org/2019-11-18.html").as_deref(), Some("2019-11-18"));
        assert_eq!(day_in_url("https://ex.org/article/3834/1"), None);
    }

    #[test]
    fn bylines_split_into_names() {
        assert_eq!(split_byline("By Ann Lee and Bo Chan"), ["Ann Lee", "Bo Chan"]);
        assert_eq!(split_byline("Ann Lee, Bo Chan & Cy Dee"), ["Ann Lee", "Bo Chan", "Cy Dee"]);
    }
}
