//! `whosaid matches` output: clusters of variants as blocks for people, one CSV row per
//! appearance, or JSON (the [`ClusterRow`] shape: `{cluster, kind, classes[], speakers[],
//! outlets[], first_published, last_published, members: [{claim, statistic, text, class, diff,
//! matched, appearances: [{text, speaker, published, outlet, title, url, article, links[],
//! number?, cites?}]}], conflicts: [{kind, detail}]}`; `claim` or `statistic` is the member's
//! id, which the CSV's `id` column gives).

use super::listing::write_json_rows;
use super::{Format, write_csv_line};
use crate::store::clusters::ClusterRow;
use std::io::{self, Write};

/// Writes clusters in a format.
pub fn write_clusters(out: &mut impl Write, format: Format, clusters: &[ClusterRow]) -> io::Result<()> {
    match format {
        Format::Json | Format::Jsonl => write_json_rows(out, format, clusters),
        Format::Csv => {
            let header =
                ["cluster", "kind", "class", "id", "matched", "diff", "published", "outlet", "speaker", "text"];
            write_csv_line(out, &header.map(String::from))?;
            for cluster in clusters {
                for member in &cluster.members {
                    for appearance in &member.appearances {
                        let cells = [
                            cluster.cluster.to_string(),
                            cluster.kind.clone(),
                            member.class.clone().unwrap_or_default(),
                            member.claim.clone().or_else(|| member.statistic.clone()).unwrap_or_default(),
                            member.matched.clone().unwrap_or_default(),
                            member.diff.clone().unwrap_or_default(),
                            appearance.published.clone().unwrap_or_default(),
                            appearance.outlet.clone().unwrap_or_default(),
                            appearance.speaker.clone().unwrap_or_default(),
                            appearance.text.clone(),
                        ];
                        write_csv_line(out, &cells)?;
                    }
                }
            }
            Ok(())
        }
        Format::Table => {
            for cluster in clusters {
                let dates = match (&cluster.first_published, &cluster.last_published) {
                    (Some(first), Some(last)) if first != last => format!("{} … {}", day(first), day(last)),
                    (Some(first), _) => day(first).to_string(),
                    _ => "-".to_string(),
                };
                writeln!(
                    out,
                    "cluster {}  {}  {}  {dates}",
                    cluster.cluster,
                    cluster.kind,
                    cluster.classes.join(", ")
                )?;
                for (member_idx, member) in cluster.members.iter().enumerate() {
                    for (appearance_idx, appearance) in member.appearances.iter().enumerate() {
                        let class = match (member_idx, appearance_idx, member.class.as_deref()) {
                            (0, 0, _) => "first",
                            (_, _, Some(class)) if appearance_idx == 0 => class,
                            _ => "identical",
                        };
                        let published = appearance.published.as_deref().map_or("-", day);
                        let place = appearance.place();
                        let speaker = appearance.speaker.as_deref().unwrap_or("-");
                        let text = if cluster.kind == "statistic" {
                            format!("{} ({})", appearance.text, member.text)
                        } else {
                            appearance.text.clone()
                        };
                        writeln!(
                            out,
                            "  {class:<10}{published:<12}{place:<20.20}  {speaker:<24.24}  {}",
                            one_line(&text)
                        )?;
                    }
                    if let (Some(diff), Some(class)) = (&member.diff, member.class.as_deref())
                        && class != "identical"
                    {
                        writeln!(out, "  {:<10}{}", "", one_line(diff))?;
                    }
                }
                for conflict in &cluster.conflicts {
                    writeln!(out, "  conflict  {}: {}", conflict.kind, conflict.detail)?;
                }
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

/// The date part of an ISO 8601 time.
fn day(time: &str) -> &str {
    time.get(..10).unwrap_or(time)
}

/// Text on one line, cut to fit a terminal row.
fn one_line(text: &str) -> String {
    const WIDTH: usize = 100;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > WIDTH { format!("{}…", text.chars().take(WIDTH - 1).collect::<String>()) } else { text }
}
