//! The fixture revision pairs (`caseNN.01.before_<what>` / `caseNN.02.after_<what>`), each
//! checked against `caseNN.expected.txt`: one line an event, as `type: text`, then the
//! trivial changes. `UPDATE_EXPECT=1 cargo test` rewrites the expected files; review the diff.

use std::path::{Path, PathBuf};
use whosaid::revise::{Event, Revision};

fn revisions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/revisions")
}

/// The events of a revision, one line each.
fn event_lines(old: &whosaid::model::Document, new: &whosaid::model::Document, revision: &Revision) -> String {
    let mut lines = Vec::new();
    for event in &revision.events {
        let detail = match event {
            Event::QuoteAdded { new } => revision.new.quotes[*new].text.clone(),
            Event::QuoteRemoved { old }
            | Event::QuoteReworded { old, .. }
            | Event::QuoteReattributed { old, .. }
            | Event::QuoteMoved { old, .. }
            | Event::QuoteUnchanged { old, .. } => revision.old.quotes[*old].text.clone(),
            Event::StatisticAdded { new } => revision.new.statistics[*new].text.clone(),
            Event::StatisticRemoved { old } | Event::StatisticChanged { old, .. } => {
                revision.old.statistics[*old].text.clone()
            }
            Event::MetadataChanged(field) => {
                format!("{:?} -> {:?}", field.value(old).unwrap_or_default(), field.value(new).unwrap_or_default())
            }
        };
        let detail = match event {
            Event::QuoteReworded { new, .. } => format!("{detail} -> {}", revision.new.quotes[*new].text),
            Event::StatisticChanged { new, .. } => format!("{detail} -> {}", revision.new.statistics[*new].text),
            _ => detail,
        };
        lines.push(format!("{}: {detail}", event.name()));
    }
    for change in &revision.trivial {
        lines.push(format!("trivial {}: {:?}", change.kind.as_str(), change.place));
    }
    lines.join("\n") + "\n"
}

#[test]
fn every_fixture_pair_reports_its_expected_events() {
    let dir = revisions_dir();
    let mut befores: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().contains(".01.before_"))
        .collect();
    befores.sort();
    assert!(befores.len() >= 7, "the fixture pairs are missing from {}", dir.display());
    for before in befores {
        let name = before.file_name().unwrap().to_str().unwrap().to_string();
        let case = &name[..name.find('.').unwrap()];
        let after = dir.join(name.replace(".01.before_", ".02.after_"));
        let old = whosaid::document::read_path(&before).unwrap();
        let new = whosaid::document::read_path(&after).unwrap();
        let actual = event_lines(&old, &new, &whosaid::revise::diff(&old, &new));
        let expected_path = dir.join(format!("{case}.expected.txt"));
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} is missing; run with UPDATE_EXPECT=1", expected_path.display()));
        assert_eq!(actual, expected, "{case}: events differ from {}", expected_path.display());
    }
}

#[test]
fn every_event_type_is_covered_by_some_fixture() {
    let all: String = std::fs::read_dir(revisions_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_str().unwrap().ends_with(".expected.txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let types = [
        "quote_added", "quote_removed", "quote_reworded", "quote_reattributed", "quote_moved", "quote_unchanged",
        "statistic_added", "statistic_removed", "statistic_changed", "title_changed", "byline_changed",
        "published_changed", "trivial quote_marks",
    ];
    for wanted in types {
        assert!(all.lines().any(|line| line.starts_with(wanted)), "no fixture shows {wanted}");
    }
}
