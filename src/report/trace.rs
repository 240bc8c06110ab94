//! `whosaid trace` output: the appearances of a claim oldest first with the hops to its
//! sources, as an indented listing for people or as JSON that follows schema.org's `Claim`.
//!
//! # The JSON (`--format json`; `jsonl` is the same on one line)
//!
//! ```text
//! { "@context": "https://schema.org", "@type": "Claim",
//!   "identifier": the claim's or the statistic's id, "text": the words traced,
//!   "additionalType": "claim" | "statistic",
//!   "author": {"@type": "Person" | "Organization", "name"}   (who the first appearance credits),
//!   "firstAppearance": appearance, "appearance": [appearance…]   (every one, oldest first)
//! }
//! appearance = { "@type": "NewsArticle", "identifier": article identity, "url", "headline",
//!   "datePublished", "publisher": {"@type": "Organization", "name": outlet},
//!   "text": the words as this article has them (a statistic: the quantity),
//!   "creditedTo": the speaker or source it attributes them to, "misattributed": whether
//!   that is someone other than the first appearance credits, "relation", "diff",
//!   "citation": [hop…] }
//! hop = { "name": the source as cited, "verdict": confirmed | altered | absent |
//!   not_in_database (of the words or number), "url", "identifier", "publisher", "datePublished",
//!   "difference" (altered claim: word diff), "stated" (statistic: the quantity there),
//!   "creditedTo" (whom the source credits the words to), "misattributed" (someone other than
//!   the citing article credits), "citation": [hop…] }
//! ```
//!
//! `firstAppearance`, `appearance`, `author`, `citation`, `publisher`, `headline` and
//! `datePublished` are schema.org terms; `creditedTo`, `relation`, `diff`, `verdict`,
//! `difference`, `stated` and `misattributed` are whosaid's.

use super::Format;
use crate::trace::{Hop, Trace, Traced};
use serde_json::{Value, json};
use std::io::{self, Write};

/// Writes a trace in a format (CSV: one row per appearance and hop).
pub fn write_trace(out: &mut impl Write, format: Format, trace: &Trace) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &claim_json(trace))?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &claim_json(trace))?;
            writeln!(out)
        }
        Format::Csv => {
            let header = [
                "published", "outlet", "article", "credited_to", "relation", "text", "source", "verdict", "depth",
                "misattributed",
            ];
            super::write_csv_line(out, &header.map(String::from))?;
            for traced in &trace.appearances {
                let a = &traced.appearance;
                let row = |source: &str, verdict: &str, depth: usize, misattributed: bool| {
                    [
                        a.published.clone().unwrap_or_default(),
                        a.outlet.clone().unwrap_or_default(),
                        a.article.clone(),
                        a.speaker.clone().unwrap_or_default(),
                        traced.relation.clone().unwrap_or_else(|| "same".into()),
                        a.text.clone(),
                        source.to_string(),
                        verdict.to_string(),
                        depth.to_string(),
                        misattributed.to_string(),
                    ]
                };
                super::write_csv_line(out, &row("", "", 0, traced.misattributed))?;
                let mut stack: Vec<(&Hop, usize)> = traced.citations.iter().rev().map(|h| (h, 1)).collect();
                while let Some((hop, depth)) = stack.pop() {
                    super::write_csv_line(out, &row(&hop.source, hop.verdict.as_str(), depth, hop.misattributed))?;
                    stack.extend(hop.citations.iter().rev().map(|h| (h, depth + 1)));
                }
            }
            Ok(())
        }
        Format::Table => {
            let id = trace.claim.as_deref().or(trace.statistic.as_deref());
            let id = id.map_or(String::new(), |c| format!(" {}", c.get(..12).unwrap_or(c)));
            writeln!(out, "{}{id}", trace.kind)?;
            writeln!(out, "text    {}", trace.text)?;
            for (idx, traced) in trace.appearances.iter().enumerate() {
                let a = &traced.appearance;
                let label = if idx == 0 { "first" } else { traced.relation.as_deref().unwrap_or("same") };
                writeln!(
                    out,
                    "\n{}  {}  {label}  credited to {}{}",
                    a.published.as_deref().map_or("-", |p| p.get(..10).unwrap_or(p)),
                    a.place(),
                    a.speaker.as_deref().unwrap_or("nobody named"),
                    misattribution(traced.misattributed, trace.first_credited.as_deref()),
                )?;
                writeln!(out, "  \"{}\"", a.text)?;
                if let Some(diff) = &traced.diff {
                    writeln!(out, "  diff: {diff}")?;
                }
                write_hops(out, &traced.citations, 1)?;
            }
            Ok(())
        }
    }
}

/// The warning after an appearance that credits the words to someone other than their first
/// appearance did.
fn misattribution(misattributed: bool, first: Option<&str>) -> String {
    match first.filter(|_| misattributed) {
        Some(first) => format!("  (misattributed? first credited to {first})"),
        None => String::new(),
    }
}

fn write_hops(out: &mut impl Write, hops: &[Hop], depth: usize) -> io::Result<()> {
    for hop in hops {
        let indent = "  ".repeat(depth);
        let place = match (&hop.outlet, &hop.url, &hop.article) {
            (Some(outlet), Some(url), _) => format!(": {outlet}, {url}"),
            (_, Some(url), _) => format!(": {url}"),
            (_, _, Some(article)) => format!(": {article}"),
            _ => String::new(),
        };
        writeln!(out, "{indent}→ cites {} — {}{place}", hop.source, hop.verdict.as_str())?;
        if hop.misattributed {
            let credited = hop.credited_to.as_deref().unwrap_or("someone else");
            writeln!(out, "{indent}  misattributed? the source credits the words to {credited}")?;
        }
        if let Some(difference) = &hop.difference {
            writeln!(out, "{indent}  difference: {difference}")?;
        }
        if let Some(stated) = &hop.stated {
            writeln!(out, "{indent}  the source states: {stated}")?;
        }
        write_hops(out, &hop.citations, depth + 1)?;
    }
    Ok(())
}

/// The schema.org Claim object of a trace.
fn claim_json(trace: &Trace) -> Value {
    let appearances: Vec<Value> = trace.appearances.iter().map(appearance_json).collect();
    let first = trace.appearances.first();
    let author = first.and_then(|t| t.appearance.speaker.as_ref()).map(|name| {
        let organization = first.is_some_and(|t| t.appearance.speaker_is_organization || t.appearance.number.is_some());
        json!({"@type": if organization { "Organization" } else { "Person" }, "name": name})
    });
    let mut claim = json!({
        "@context": "https://schema.org",
        "@type": "Claim",
        "additionalType": trace.kind,
        "text": trace.text,
        "author": author,
        "firstAppearance": appearances.first(),
        "appearance": appearances,
    });
    if let Some(id) = trace.claim.as_ref().or(trace.statistic.as_ref()) {
        claim["identifier"] = json!(id);
    }
    claim
}

fn appearance_json(traced: &Traced) -> Value {
    let a = &traced.appearance;
    json!({
        "@type": "NewsArticle",
        "identifier": a.article,
        "url": a.url,
        "headline": a.title,
        "datePublished": a.published,
        "publisher": a.outlet.as_ref().map(|name| json!({"@type": "Organization", "name": name})),
        "text": a.text,
        "number": a.number,
        "creditedTo": a.speaker,
        "misattributed": traced.misattributed,
        "relation": traced.relation,
        "diff": traced.diff,
        "citation": traced.citations.iter().map(hop_json).collect::<Vec<_>>(),
    })
}

fn hop_json(hop: &Hop) -> Value {
    json!({
        "name": hop.source,
        "verdict": hop.verdict,
        "identifier": hop.article,
        "url": hop.url,
        "publisher": hop.outlet.as_ref().map(|name| json!({"@type": "Organization", "name": name})),
        "datePublished": hop.published,
        "difference": hop.difference,
        "stated": hop.stated,
        "creditedTo": hop.credited_to,
        "misattributed": hop.misattributed,
        "citation": hop.citations.iter().map(hop_json).collect::<Vec<_>>(),
    })
}
