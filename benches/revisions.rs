//! Two versions of a generated article of a given size, a heavy revision: shared by the
//! revision bench (`benches/revise.rs`) and `examples/measure_revise.rs`.
//!
//! The old version is the articles of `corpus.rs` one after another up to the size; the new
//! version has every 7th paragraph reworded, every 11th removed, one new paragraph every 13
//! and straight quotes made curly in every 17th.

#[path = "corpus.rs"]
mod corpus;

use whosaid::document::read_bytes;
use whosaid::model::Document;

/// An old and a new version of about `bytes` of generated text.
pub fn versions(bytes: usize) -> (Document, Document) {
    let mut old = String::new();
    let mut n = 0;
    while old.len() < bytes {
        old.push_str(&corpus::article(n));
        n += 1;
    }
    let mut new = String::new();
    for (idx, paragraph) in old.split("\n\n").filter(|p| !p.is_empty()).enumerate() {
        if idx % 11 == 5 {
            continue;
        }
        let paragraph = match idx {
            _ if idx % 7 == 3 => paragraph.replace("more weeks", "further weeks").replace("waited", "been waiting"),
            _ if idx % 17 == 8 => paragraph.replacen('"', "\u{201c}", 1).replacen('"', "\u{201d}", 1),
            _ => paragraph.to_string(),
        };
        new.push_str(&paragraph);
        new.push_str("\n\n");
        if idx % 13 == 12 {
            new.push_str(&format!("\"We expect the new quay in spring {idx},\" said engineer Rosa Lind.\n\n"));
        }
    }
    (read_bytes(old.as_bytes(), Some("old.txt")).unwrap(), read_bytes(new.as_bytes(), Some("new.txt")).unwrap())
}
