//! Dates as pages write them, normalised to ISO 8601: `2021-03-26` for a day,
//! `2021-03-26T14:05:00+03:00` for a moment. Only explicit formats are tried, so the same
//! input always gives the same output (no clock is read).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Parses a date or date-time; `None` when no known format fits.
pub fn parse_date(raw: &str) -> Option<String> {
    let s = raw.trim().trim_end_matches('.');
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%d %H:%M:%S%.f%z", "%a, %d %b %Y %H:%M:%S %z"] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
        }
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    // Day-only forms; the comma and the day's suffix are optional ("March 26th, 2021").
    let cleaned = strip_ordinal_suffix(&s.replace(',', " "));
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A %B %d %Y", "%a %b %d %Y", "%A %d %B %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    // "Sept. 12, 2016"
    let sept = cleaned.replace("Sept.", "Sep").replace('.', "");
    for fmt in ["%b %d %Y", "%B %d %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(&sept, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

fn strip_ordinal_suffix(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th") {
                digits
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn forms_news_pages_use() {
        assert_eq!(parse_date("March 26, 2021").as_deref(), Some("2021-03-26"));
        assert_eq!(parse_date("Sept. 12, 2016").as_deref(), Some("2016-09-12"));
        assert_eq!(parse_date("26 March 2021").as_deref(), Some("2021-03-26"));
        assert_eq!(parse_date("2021-03-26T10:00:00+0300").as_deref(), Some("2021-03-26T10:00:00+03:00"));
        assert_eq!(parse_date("2021-03-26T10:00:00Z").as_deref(), Some("2021-03-26T10:00:00Z"));
        assert_eq!(parse_date("Fri, 26 Mar 2021 10:00:00 +0000").as_deref(), Some("2021-03-26T10:00:00Z"));
        assert_eq!(parse_date("March 26th, 2021").as_deref(), Some("2021-03-26"));
        assert_eq!(parse_date("not a date"), None);
        assert_eq!(parse_date(""), None);
    }
}
