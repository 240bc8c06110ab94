//! What a cited source says about a claim or a statistic: the verdict of one hop.

use crate::matching::{Class, compare, matching_words, number_conflict, plain_words, same_statistic};
use crate::store::clusters::{StatedNumber, VersionStatistic};
use serde::Serialize;

/// Whether a cited source backs what the citing article says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The source has the same words (or the same number).
    Confirmed,
    /// The source has other words or another number (the difference is shown).
    Altered,
    /// The source is in the database but does not contain it.
    Absent,
    /// No article in the database is this source.
    NotInDatabase,
}

impl Verdict {
    /// The name shown in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Altered => "altered",
            Verdict::Absent => "absent",
            Verdict::NotInDatabase => "not in the database",
        }
    }
}

/// The verdict on a claim in a source's body, with the word diff when altered: confirmed when
/// a paragraph holds all of the claim's words in order, altered when a paragraph holds a
/// variant of it, absent otherwise.
pub fn check_claim(claim: &str, body: &str) -> (Verdict, Option<String>) {
    let words = matching_words(claim);
    let mut altered: Option<String> = None;
    for paragraph in body.split("\n\n") {
        let stated = plain_words(paragraph);
        if contains(&stated, &words) {
            return (Verdict::Confirmed, None);
        }
        if altered.is_none()
            && let Some(relation) = compare(&words, &stated)
        {
            let changed =
                relation.class == Class::Altered || relation.diff.starts_with('…') && relation.diff.ends_with('…');
            altered = Some(relation.diff).filter(|_| changed);
        }
    }
    match altered {
        Some(diff) => (Verdict::Altered, Some(diff)),
        None => (Verdict::Absent, None),
    }
}

/// The verdict on a statistic among a source's statistics: the first that states the same
/// statistic ([`same_statistic`]) decides (confirmed with the same number and unit, altered otherwise,
/// with the number it states); absent when none is.
pub fn check_statistic(
    words: &[String],
    number: &StatedNumber,
    stated: &[VersionStatistic],
) -> (Verdict, Option<String>) {
    for statistic in stated {
        if !same_statistic(words, &statistic.words) {
            continue;
        }
        return match number_conflict(&number.number(), &statistic.number.number()) {
            None => (Verdict::Confirmed, Some(statistic.text.clone())),
            Some(_) => (Verdict::Altered, Some(statistic.text.clone())),
        };
    }
    (Verdict::Absent, None)
}

/// True when `part` stands in `whole` as a run of consecutive words.
fn contains(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|window| window == part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_confirmed_altered_or_absent_in_a_body() {
        let body = "Intro.\n\nThe mayor said: the bridge will open in May and stay on budget.\n\nOther news.";
        assert_eq!(check_claim("the bridge will open in May", body).0, Verdict::Confirmed);
        let (verdict, diff) = check_claim("the bridge will open in June and stay on budget", body);
        assert_eq!(verdict, Verdict::Altered);
        assert!(diff.unwrap().contains("[-june-] {+may+}"));
        assert_eq!(check_claim("taxes will rise again next spring", body).0, Verdict::Absent);
    }
}
