//! Article facts from the page's JSON-LD (`<script type="application/ld+json">`): schema.org
//! objects given alone, in arrays, or in a `@graph`, with authors and publishers given inline
//! or by `@id` reference. Objects whose `@type` names an article come first; a page's other
//! objects (a `WebPage`, say) only fill what the article leaves out.

use dom_query::Document;
use serde_json::Value;
use std::collections::HashMap;

/// What JSON-LD says about the article; each field is as written (dates are not normalised).
#[derive(Debug, Default)]
pub(super) struct LinkedData {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub language: Option<String>,
}

pub(super) fn read(doc: &Document) -> LinkedData {
    let mut objects = Vec::new();
    for script in doc.select(r#"script[type="application/ld+json" i]"#).nodes() {
        let raw = script.text();
        // Some pages wrap the JSON in a CDATA section or an HTML comment.
        let raw = raw.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>");
        let raw = raw.trim().trim_start_matches("<!--").trim_end_matches("-->");
        if let Some(value) = serde_json::from_str::<Value>(raw).ok().or_else(|| serde_json::from_str(&repair(raw)).ok())
        {
            flatten(value, &mut objects);
        }
    }
    let by_id: HashMap<&str, &Value> = objects.iter().filter_map(|o| Some((o.get("@id")?.as_str()?, o))).collect();
    let (articles, others): (Vec<&Value>, Vec<&Value>) = objects.iter().partition(|o| is_article(o));
    let ordered: Vec<&Value> = articles.into_iter().chain(others).collect();
    let first = |pick: &dyn Fn(&Value) -> Option<String>| ordered.iter().find_map(|o| pick(o));
    LinkedData {
        headline: first(&|o| string(o.get("headline")?)),
        authors: ordered.iter().map(|o| names(o.get("author"), &by_id)).find(|n| !n.is_empty()).unwrap_or_default(),
        published: first(&|o| string(o.get("datePublished")?)),
        modified: first(&|o| string(o.get("dateModified")?)),
        url: first(&|o| string(o.get("url")?).or_else(|| reference(o.get("mainEntityOfPage")?))),
        publisher: first(&|o| names(o.get("publisher"), &by_id).into_iter().next()),
        language: first(&|o| string(o.get("inLanguage")?)),
    }
}

/// Mends the two mistakes pages make most in hand-written JSON-LD: raw line breaks and tabs
/// inside strings (become spaces) and trailing commas before `]` or `}` (dropped).
fn repair(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in raw.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            out.push(if c.is_control() { ' ' } else { c });
            continue;
        }
        if matches!(c, ']' | '}') {
            let kept = out.trim_end().len();
            if out[..kept].ends_with(',') {
                out.truncate(kept - 1);
            }
        }
        in_string = c == '"';
        out.push(c);
    }
    out
}

/// Collects every object of a JSON-LD value: arrays are opened, `@graph` members joined.
fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

fn is_article(object: &Value) -> bool {
    let named = |t: &str| t.contains("Article") || t.ends_with("Posting") || t == "Report";
    match object.get("@type") {
        Some(Value::String(t)) => named(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(named),
        _ => false,
    }
}

/// A non-empty string, or the first of an array of strings.
fn string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Array(items) => items.iter().find_map(string),
        _ => None,
    }
}

/// `mainEntityOfPage` is a URL string or an object holding it in `@id` or `url`.
fn reference(value: &Value) -> Option<String> {
    string(value).or_else(|| string(value.get("@id")?)).or_else(|| string(value.get("url")?))
}

/// The names of people or organisations given as a string, an object with a `name`, a bare
/// `{"@id": …}` reference to an object elsewhere on the page, or an array of those.
fn names(value: Option<&Value>, by_id: &HashMap<&str, &Value>) -> Vec<String> {
    match value {
        Some(name @ Value::String(_)) => string(name).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|v| names(Some(v), by_id)).collect(),
        Some(object @ Value::Object(_)) => {
            let target = match object.get("name") {
                None => object.get("@id").and_then(Value::as_str).and_then(|id| by_id.get(id).copied()),
                Some(_) => Some(object),
            };
            target.and_then(|t| string(t.get("name")?)).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::read;

    fn page(json: &str) -> dom_query::Document {
        dom_query::Document::from(format!(
            r#"<html><head><script type="application/ld+json">{json}</script></head></html>"#
        ))
    }

    #[test]
    fn graph_with_references() {
        let ld = read(&page(
            r#"{"@context":"https://schema.org","@graph":[
                {"@type":"WebPage","@id":"https://ex.org/a#page","url":"https://ex.org/a","datePublished":"2001-01-01"},
                {"@type":"NewsArticle","headline":"Mayor Backs Plan","datePublished":"2021-03-26T10:00:00Z",
                 "author":[{"@id":"https://ex.org/#ruiz"}],"publisher":{"@id":"https://ex.org/#org"},
                 "mainEntityOfPage":{"@id":"https://ex.org/a"}},
                {"@type":"Person","@id":"https://ex.org/#ruiz","name":"Ana Ruiz"},
                {"@type":"Organization","@id":"https://ex.org/#org","name":"The Example Times"}]}"#,
        ));
        assert_eq!(ld.headline.as_deref(), Some("Mayor Backs Plan"));
        assert_eq!(ld.published.as_deref(), Some("2021-03-26T10:00:00Z"));
        assert_eq!(ld.authors, ["Ana Ruiz"]);
        assert_eq!(ld.publisher.as_deref(), Some("The Example Times"));
        assert_eq!(ld.url.as_deref(), Some("https://ex.org/a"));
    }

    #[test]
    fn top_level_array_and_string_authors() {
        let ld = read(&page(
            r#"[{"@type":"BreadcrumbList"},{"@type":["Article"],"author":["Ann Lee","Bo Chan"],"inLanguage":"en-GB","dateModified":"2020-05-02"}]"#,
        ));
        assert_eq!(ld.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(ld.language.as_deref(), Some("en-GB"));
        assert_eq!(ld.modified.as_deref(), Some("2020-05-02"));
    }

    #[test]
    fn common_mistakes_are_mended() {
        let ld = read(&page(
            "{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\",\"keywords\":[\"a\", ],\"datePublished\":\"2019-11-18\",}",
        ));
        assert_eq!(ld.headline.as_deref(), Some("Two lines"));
        assert_eq!(ld.published.as_deref(), Some("2019-11-18"));
    }

    #[test]
    fn broken_json_is_ignored() {
        let ld = read(&page(r#"{"@type":"NewsArticle","headline":"#));
        assert!(ld.headline.is_none() && ld.authors.is_empty());
    }
}
