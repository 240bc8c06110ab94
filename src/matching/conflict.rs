//! Conflicts inside a cluster: the same words given to different speakers, and the same
//! statistic stated with a different number or unit.

use crate::hash::normalize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What two occurrences of one claim or statistic disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// The same words are attributed to different speakers (a possible misattribution).
    Speaker,
    /// The same statistic has a different number.
    Number,
    /// The same statistic has a different unit.
    Unit,
}

impl Conflict {
    /// The lowercase name used in SQL, JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Conflict::Speaker => "speaker",
            Conflict::Number => "number",
            Conflict::Unit => "unit",
        }
    }
}

/// True when two canonical speaker names can be one person: equal, or the same surname where
/// one of them is only a surname or both have the same first name ("Clinton", "Hillary
/// Clinton", "Hillary Rodham Clinton"; not "Bill Clinton"). Names are compared as
/// [`normalize`] gives them, without accents: one outlet writes "Calderón", another "Calderon".
///
/// ```
/// use whosaid::matching::same_speaker;
/// assert!(same_speaker("Clinton", "Hillary Clinton"));
/// assert!(same_speaker("Donald J. Trump", "donald trump"));
/// assert!(same_speaker("Felipe Calderón", "Calderon"));
/// assert!(!same_speaker("Bill Clinton", "Hillary Clinton"));
/// ```
pub fn same_speaker(first: &str, second: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        let unaccented: String = normalize(name).nfd().filter(|&c| !is_combining_mark(c)).collect();
        unaccented.split(' ').filter(|w| !w.is_empty()).map(String::from).collect()
    };
    let (a, b) = (words(first), words(second));
    if a == b {
        return true;
    }
    match (a.as_slice(), b.as_slice()) {
        ([a_first, .., a_last], [b_first, .., b_last]) => a_last == b_last && a_first == b_first,
        ([only], [.., last]) | ([.., last], [only]) => only == last,
        _ => false,
    }
}

/// News agencies and broadcasters known by a name that says nothing of news, compared
/// without case and without a leading "The".
const NEWS_ORGANIZATIONS: &[&str] = &[
    "abc", "afp", "agence france-presse", "al jazeera", "ansa", "ap", "axios", "bbc", "bloomberg", "breitbart",
    "buzzfeed", "cbs", "cnbc", "cnn", "dpa", "efe", "fox", "huffpost", "interfax", "kyodo", "msnbc", "nbc", "npr",
    "pbs", "politico", "propublica", "pti", "reuters", "ria novosti", "sky", "tass", "upi", "xinhua", "yonhap",
];

/// The last words of newspapers' and magazines' names ("The Harbor Gazette", "Daily Mail").
const NEWS_NAME_ENDINGS: &[&str] = &[
    "bulletin", "chronicle", "courier", "daily", "dispatch", "enquirer", "examiner", "express", "gazette", "globe",
    "guardian", "herald", "independent", "inquirer", "journal", "ledger", "magazine", "mail", "mirror", "monitor",
    "newspaper", "observer", "post", "press", "record", "recorder", "register", "reporter", "review", "sentinel",
    "standard", "star", "statesman", "sun", "telegraph", "times", "tribune", "wire",
];

/// Words only news organisations' names hold, wherever they stand ("Fox News Channel",
/// "Australian Broadcasting Corporation").
const NEWS_NAME_WORDS: &[&str] = &["broadcasting", "news", "newspapers", "radio", "television"];

/// Whether an organisation's name reads as a news outlet's: a news agency's or broadcaster's
/// ("Reuters", "AFP"), a name that ends as newspapers' do ("The Harbor Gazette") or one with a
/// word only news organisations use ("Fox News"). Such an outlet, given as the speaker of
/// words a person is quoted saying elsewhere ("…, according to Reuters"), carried the words;
/// it did not say them. Only for organisations: "Emily Post" is a person.
///
/// ```
/// use whosaid::matching::reads_as_outlet;
/// assert!(reads_as_outlet("Reuters") && reads_as_outlet("The Harbor Gazette") && reads_as_outlet("Fox News Channel"));
/// assert!(!reads_as_outlet("Harbor City Council") && !reads_as_outlet("Pentagon"));
/// ```
pub fn reads_as_outlet(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    let name = name.strip_prefix("the ").unwrap_or(&name);
    let mut words = name.split_whitespace();
    NEWS_ORGANIZATIONS.contains(&name)
        || words.clone().next_back().is_some_and(|last| NEWS_NAME_ENDINGS.contains(&last))
        || words.any(|w| NEWS_NAME_WORDS.contains(&w))
}

/// How two statements of one statistic disagree, if they do: a different unit when both name
/// one, else a different value (or range end).
pub fn number_conflict(first: &Number, second: &Number) -> Option<Conflict> {
    if let (Some(a), Some(b)) = (&first.unit, &second.unit)
        && !a.eq_ignore_ascii_case(b)
    {
        return Some(Conflict::Unit);
    }
    let differs = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() > 1e-9 * a.abs().max(b.abs()),
        (None, None) => false,
        _ => true,
    };
    (differs(first.value, second.value) || differs(first.value_max, second.value_max)).then_some(Conflict::Number)
}

/// A statistic's number as a hop states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f64, unit: &str) -> Number {
        Number { value: Some(value), value_max: None, unit: Some(unit.to_string()) }
    }

    #[test]
    fn a_changed_number_or_unit_is_a_conflict_and_the_same_one_is_not() {
        assert_eq!(number_conflict(&number(4.2e6, "USD"), &number(4.2e6, "USD")), None);
        assert_eq!(number_conflict(&number(4.2e6, "USD"), &number(2.4e6, "USD")), Some(Conflict::Number));
        assert_eq!(number_conflict(&number(4.2e6, "USD"), &number(4.2e6, "EUR")), Some(Conflict::Unit));
    }

    #[test]
    fn different_first_names_are_different_speakers() {
        assert!(!same_speaker("Ana Ruiz", "Tom Baker"));
        assert!(!same_speaker("Tom Ruiz", "Ana Ruiz"));
        assert!(same_speaker("Ruiz", "Ana Ruiz"));
        assert!(same_speaker("Conan O’Brien", "O'Brien"), "apostrophes are straightened");
    }
}
