//! Dates as pages write them, normalised to ISO 8601: `2021-03-26` for a day,
//! `2021-03-26T14:05:00+03:00` for a moment. Only explicit formats are tried, so the same
//! input always gives the same output (no clock is read).

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use regex::Regex;
use std::sync::LazyLock;

/// A day written inside longer text: `2019-11-19`, `2019/11/19`, `November 19, 2019`,
/// `Nov. 19th 2019`, `19 November 2019`.
static DAY_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:
            \d{4}[-/.]\d{1,2}[-/.]\d{1,2}
          | [A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
          | \d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}
        )\b",
    )
    .expect("valid regex")
});

/// Parses a date or date-time; `None` when no known format fits.
pub fn parse_date(raw: &str) -> Option<String> {
    let s = raw.trim().trim_end_matches('.');
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    }
    // `Z`, `GMT` and `UTC` after a time are the offset +00:00, which `%z` does not read.
    let zulu = ["Z", " GMT", " UTC"]
        .iter()
        .find_map(|z| s.strip_suffix(z))
        .filter(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
    let with_offset;
    let s = match zulu {
        Some(rest) => {
            with_offset = format!("{rest}+00:00");
            with_offset.as_str()
        }
        None => s,
    };
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
    for fmt in [
        "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A %B %d %Y", "%a %b %d %Y",
        "%A %d %B %Y",
    ] {
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

/// The first day written anywhere in `text` ("Posted: November 19, 2019, 07:47 PM EST"),
/// as `YYYY-MM-DD`; for free text where [`parse_date`] wants the date alone.
pub fn find_date(text: &str) -> Option<String> {
    DAY_IN_TEXT.find_iter(text).find_map(|m| {
        let day = m.as_str().replace(['/', '.'], "-");
        let day = if day.as_bytes().get(4) == Some(&b'-') { day } else { m.as_str().to_string() };
        parse_date(&day).map(|d| d[..10].to_string())
    })
}

fn strip_ordinal_suffix(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(suffix, "st" | "nd" | "rd" | "th")
            {
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
    use super::{find_date, parse_date};

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
        assert_eq!(parse_date("2019-11-20T10:43Z").as_deref(), Some("2019-11-20T10:43:00Z"));
        assert_eq!(parse_date("2019-11-18 17:19:53 GMT").as_deref(), Some("2019-11-18T17:19:53Z"));
        assert_eq!(parse_date("2019-11-20 12:32:13+08:00").as_deref(), Some("2019-11-20T12:32:13+08:00"));
    }

    #[test]
    fn days_inside_text() {
        assert_eq!(find_date("November 19, 2019, 07:47 PM EST").as_deref(), Some("2019-11-19"));
        assert_eq!(find_date("01:38:07 PM IST Nov 20, 2019").as_deref(), Some("2019-11-20"));
        assert_eq!(find_date("Posted: Sat 8:31 PM, 17 Feb 2018").as_deref(), Some("2018-02-17"));
        assert_eq!(find_date("2019/11/19").as_deref(), Some("2019-11-19"));
        assert_eq!(find_date("Updated 2019.1.5 by staff").as_deref(), Some("2019-01-05"));
        assert_eq!(find_date("Chapter 12 of 2019"), None);
    }
}
