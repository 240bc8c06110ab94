//! The sources an article cites for a claim, read from the paragraph that holds it:
//! `according to Reuters`, `Reuters reported`, `told the Harbor Gazette`, `in a statement
//! from City Hall`. Links are taken from the store, not from here.

use regex::Regex;
use std::sync::OnceLock;

/// A capitalised name of up to five words ("Reuters", "the Harbor Gazette" → "Harbor
/// Gazette").
const NAME: &str = r"(?:[Tt]he\s+)?((?:[A-Z][\w&'-]*)(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'-]*){0,4})";

/// The names of sources the paragraph cites, in order of position, without repeats.
///
/// ```
/// use whosaid::trace::cited_names;
/// let text = "The bridge will open in May, the mayor said, according to Reuters. The Harbor Gazette reported it first.";
/// assert_eq!(cited_names(text), ["Reuters", "Harbor Gazette"]);
/// ```
pub fn cited_names(paragraph: &str) -> Vec<String> {
    static PATTERNS: OnceLock<Vec<Regex>> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            format!(r"\baccording to {NAME}"),
            format!(r"{NAME}\s+(?:reported|reports|first reported|wrote)\b"),
            format!(r"\b(?:told|in an interview with|in a statement (?:to|from)|a statement by|citing)\s+{NAME}"),
        ]
        .iter()
        .map(|pattern| Regex::new(pattern).expect("a valid citation pattern"))
        .collect()
    });
    let mut found: Vec<(usize, String)> = patterns
        .iter()
        .flat_map(|pattern| pattern.captures_iter(paragraph))
        .filter_map(|captures| captures.get(1))
        .map(|name| (name.start(), name.as_str().trim_end_matches(['.', '\'']).to_string()))
        .filter(|(_, name)| !name.is_empty())
        .collect();
    found.sort();
    let mut names: Vec<String> = Vec::new();
    for (_, name) in found {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_and_interviews_name_their_source() {
        assert_eq!(cited_names("in a statement from the City of Harbor on Monday"), ["City of Harbor"]);
        assert_eq!(cited_names("she told Harbor Wire."), ["Harbor Wire"]);
        assert!(cited_names("nobody is cited here, they said").is_empty());
    }
}
