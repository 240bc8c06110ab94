//! A revision as one standalone HTML page (`whosaid diff --format html`): the claim events
//! listed first, then the two versions side by side with what changed highlighted. The page
//! loads nothing: the CSS is inline and there is no script, so it opens offline and can be
//! mailed or archived as one file.
//!
//! In the versions, removed sentences and deleted words are red and struck through, added
//! sentences and inserted words green, moved sentences blue with a bar in the margin, and
//! sentences whose typography alone changed have a dotted grey underline. The event list has
//! the id `events`, and every event is an `li` whose class is its JSON type.

use super::revision::{RevisionView, Side, trivial_texts, word_runs};
use crate::model::Span;
use crate::revise::{Event, SentenceChange, WordTag};
use std::io::{self, Write};

const STYLE: &str = r#"
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
header, #events, #versions { max-width: 1360px; margin: 0 auto; padding: 0 20px; }
header h1 { font-size: 22px; margin: 18px 0 4px; }
.labels { color: #57606a; margin: 0; } .labels .old { color: #a40e26; } .labels .new { color: #116329; }
.summary { font-weight: 600; margin: 6px 0 12px; }
#events { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 20px 12px; }
#events h2, .version h2 { font-size: 16px; margin: 8px 0; }
ol.events { list-style: none; padding: 0; margin: 0; }
ol.events li { padding: 5px 0; border-top: 1px solid #eaeef2; }
.tag { display: inline-block; min-width: 150px; font: 12px ui-monospace, monospace; font-weight: 600; padding: 1px 6px; border-radius: 4px; margin-right: 8px; }
.quote_added .tag, .statistic_added .tag { background: #dafbe1; color: #116329; }
.quote_removed .tag, .statistic_removed .tag { background: #ffebe9; color: #a40e26; }
.quote_reworded .tag, .quote_reattributed .tag, .statistic_changed .tag, .meta .tag { background: #fff8c5; color: #7d4e00; }
.quote_moved .tag { background: #ddf4ff; color: #0550ae; }
.speaker { font-weight: 600; }
.arrow { color: #57606a; padding: 0 4px; }
details { margin-top: 8px; color: #57606a; }
#versions { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 16px; margin-bottom: 24px; }
.version { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 4px 18px; }
.version.old h2 { color: #a40e26; } .version.new h2 { color: #116329; }
del, .removed { background: #ffebe9; color: #82071e; text-decoration: line-through; text-decoration-color: #cf222e; }
ins, .added { background: #dafbe1; color: #044f1e; text-decoration: none; }
.moved { background: #ddf4ff; box-shadow: -4px 0 0 #54aeff; }
.trivial { text-decoration: underline dotted #8c959f; }
.legend { color: #57606a; font-size: 13px; } .legend > * { margin-right: 12px; padding: 0 4px; }
"#;

/// Writes the page.
pub fn write_revision_html(out: &mut impl Write, view: &RevisionView) -> io::Result<()> {
    let (old_label, new_label) = (escape(view.old_label), escape(view.new_label));
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")?;
    writeln!(
        out,
        "<title>whosaid diff: {old_label} \u{2192} {new_label}</title>\n<style>{STYLE}</style>\n</head>\n<body>"
    )?;
    writeln!(out, "<header>\n<h1>What changed</h1>")?;
    writeln!(
        out,
        "<p class=\"labels\"><span class=\"old\">{old_label}</span> \u{2192} <span class=\"new\">{new_label}</span></p>"
    )?;
    writeln!(out, "<p class=\"summary\">{}</p>\n</header>", escape(&view.revision.summary().to_string()))?;
    write_events(out, view)?;
    writeln!(out, "<section id=\"versions\">")?;
    write_version(out, view, Which::Old)?;
    write_version(out, view, Which::New)?;
    writeln!(out, "</section>\n</body>\n</html>")
}

fn write_events(out: &mut impl Write, view: &RevisionView) -> io::Result<()> {
    let (old, new) = (view.old_side(), view.new_side());
    writeln!(out, "<section id=\"events\">\n<h2>Claim events</h2>\n<ol class=\"events\">")?;
    let mut unchanged = Vec::new();
    let mut listed = 0;
    for event in &view.revision.events {
        if let Event::QuoteUnchanged { new: n, .. } = event {
            unchanged.push(said(new, *n));
            continue;
        }
        listed += 1;
        let class = if matches!(event, Event::MetadataChanged(_)) {
            format!("{} meta", event.name())
        } else {
            event.name().to_string()
        };
        write!(out, "<li class=\"event {class}\"><span class=\"tag\">{}</span>", event.name().replace('_', " "))?;
        match event {
            Event::QuoteAdded { new: n } | Event::QuoteMoved { new: n, .. } => write!(out, "{}", said(new, *n))?,
            Event::QuoteRemoved { old: o } => write!(out, "{}", said(old, *o))?,
            Event::QuoteReworded { old: o, new: n, words } | Event::QuoteReattributed { old: o, new: n, words } => {
                let (old_quote, new_quote) = (&old.found.quotes[*o], &new.found.quotes[*n]);
                let speaker =
                    |side: Side, quote| escape(&side.speaker(quote).unwrap_or_else(|| "(unattributed)".into()));
                if matches!(event, Event::QuoteReattributed { .. }) {
                    write!(
                        out,
                        "<span class=\"speaker\"><del>{}</del><span class=\"arrow\">\u{2192}</span><ins>{}</ins></span>: ",
                        speaker(old, old_quote),
                        speaker(new, new_quote)
                    )?;
                } else {
                    write!(out, "<span class=\"speaker\">{}</span>: ", speaker(new, new_quote))?;
                }
                write!(out, "\u{201c}")?;
                for (idx, (tag, text)) in word_runs(words, &old_quote.text, &new_quote.text).into_iter().enumerate() {
                    let space = if idx > 0 { " " } else { "" };
                    match tag {
                        WordTag::Equal => write!(out, "{space}{}", escape(text))?,
                        WordTag::Deleted => write!(out, "{space}<del>{}</del>", escape(text))?,
                        WordTag::Inserted => write!(out, "{space}<ins>{}</ins>", escape(text))?,
                    }
                }
                write!(out, "\u{201d}")?;
            }
            Event::StatisticAdded { new: n } => write!(out, "{}", figure(new, *n))?,
            Event::StatisticRemoved { old: o } => write!(out, "{}", figure(old, *o))?,
            Event::StatisticChanged { old: o, new: n } => {
                let (old_stat, new_stat) = (&old.found.statistics[*o], &new.found.statistics[*n]);
                write!(
                    out,
                    "<del>{}</del><span class=\"arrow\">\u{2192}</span><ins>{}</ins> \u{2014} {}",
                    escape(&old_stat.text),
                    escape(&new_stat.text),
                    escape(&new_stat.claim)
                )?;
            }
            Event::MetadataChanged(field) => {
                let value = |doc| escape(&field.value(doc).unwrap_or_else(|| "(none)".into()));
                write!(
                    out,
                    "<del>{}</del><span class=\"arrow\">\u{2192}</span><ins>{}</ins>",
                    value(old.doc),
                    value(new.doc)
                )?;
            }
            Event::QuoteUnchanged { .. } => {}
        }
        writeln!(out, "</li>")?;
    }
    if listed == 0 {
        writeln!(out, "<li class=\"event none\">No quote, statistic or metadata changed.</li>")?;
    }
    writeln!(out, "</ol>")?;
    if !unchanged.is_empty() {
        let noun = if unchanged.len() == 1 { "quote" } else { "quotes" };
        writeln!(out, "<details><summary>{} unchanged {noun}</summary><ul>", unchanged.len())?;
        for quote in unchanged {
            writeln!(out, "<li>{quote}</li>")?;
        }
        writeln!(out, "</ul></details>")?;
    }
    if !view.revision.trivial.is_empty() {
        let n_trivial = view.revision.trivial.len();
        let noun = if n_trivial == 1 { "change" } else { "changes" };
        writeln!(out, "<details><summary>{n_trivial} trivial {noun} (typography only)</summary><ul>")?;
        for change in &view.revision.trivial {
            let (place, old_text, new_text) = trivial_texts(view, &change.place);
            writeln!(
                out,
                "<li>{} in {place}: {} <span class=\"arrow\">\u{2192}</span> {}</li>",
                change.kind.as_str().replace('_', " "),
                escape(&old_text),
                escape(&new_text)
            )?;
        }
        writeln!(out, "</ul></details>")?;
    }
    writeln!(
        out,
        "<p class=\"legend\"><del>deleted</del> <ins>inserted</ins> <span class=\"moved\">moved</span> <span class=\"trivial\">typography only</span></p>"
    )?;
    writeln!(out, "</section>")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Old,
    New,
}

/// One version's body, paragraph by paragraph, with its changes marked.
fn write_version(out: &mut impl Write, view: &RevisionView, which: Which) -> io::Result<()> {
    let (doc, label) = match which {
        Which::Old => (view.old_doc, view.old_label),
        Which::New => (view.new_doc, view.new_label),
    };
    let marks = marks_of(view, which);
    let class = if which == Which::Old { "old" } else { "new" };
    let heading = if which == Which::Old { "Before" } else { "After" };
    writeln!(out, "<article class=\"version {class}\">\n<h2>{heading}: {}</h2>", escape(label))?;
    let mut next_mark = 0;
    for paragraph in &doc.paragraphs {
        write!(out, "<p>")?;
        let mut at = paragraph.start;
        while next_mark < marks.len() && marks[next_mark].0.start < paragraph.end {
            let (span, tag, class) = &marks[next_mark];
            let start = span.start.max(at);
            write!(out, "{}", escape(&doc.text[at..start]))?;
            let end = span.end.min(paragraph.end);
            write!(out, "<{tag} class=\"{class}\">{}</{tag}>", escape(&doc.text[start..end]))?;
            at = end;
            next_mark += 1;
        }
        writeln!(out, "{}</p>", escape(&doc.text[at..paragraph.end]))?;
    }
    writeln!(out, "</article>")
}

/// The marked ranges of one version, in order and not overlapping: (span, element, class).
fn marks_of(view: &RevisionView, which: Which) -> Vec<(Span, &'static str, &'static str)> {
    let alignment = &view.revision.alignment;
    let mut marks = Vec::new();
    for pair in &alignment.pairs {
        let sentence = match which {
            Which::Old => pair.old.map(|o| alignment.old[o].span.clone()),
            Which::New => pair.new.map(|n| alignment.new[n].span.clone()),
        };
        let Some(sentence) = sentence else { continue };
        match (&pair.change, which) {
            (SentenceChange::Removed, _) => marks.push((sentence, "del", "removed")),
            (SentenceChange::Added, _) => marks.push((sentence, "ins", "added")),
            (SentenceChange::Moved, _) => marks.push((sentence, "span", "moved")),
            (SentenceChange::Trivial(_), _) => marks.push((sentence, "span", "trivial")),
            (SentenceChange::Edited(words), Which::Old) => {
                marks.extend(words.iter().filter(|w| w.tag == WordTag::Deleted).map(|w| (w.old.clone(), "del", "word")))
            }
            (SentenceChange::Edited(words), Which::New) => marks
                .extend(words.iter().filter(|w| w.tag == WordTag::Inserted).map(|w| (w.new.clone(), "ins", "word"))),
            (SentenceChange::Same, _) => {}
        }
    }
    marks.sort_by_key(|(span, _, _)| span.start);
    marks
}

fn said(side: Side, idx: usize) -> String {
    let quote = &side.found.quotes[idx];
    let speaker = side.speaker(quote).unwrap_or_else(|| "(unattributed)".into());
    format!("<span class=\"speaker\">{}</span>: \u{201c}{}\u{201d}", escape(&speaker), escape(&quote.text))
}

fn figure(side: Side, idx: usize) -> String {
    let statistic = &side.found.statistics[idx];
    format!("<b>{}</b> \u{2014} {}", escape(&statistic.text), escape(&statistic.claim))
}

/// Text made safe for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
