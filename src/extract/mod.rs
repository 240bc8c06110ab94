//! Extraction: who said what in a document, and which numbers come from whom.
//!
//! Extraction never fails: odd input (an unclosed quote, say) becomes a
//! [`Diagnostic`](crate::model::Diagnostic), never an error.

pub mod sentences;
pub mod statistics;

use crate::model::{Document, Extraction};

/// Finds the quotes, speakers and statistics of a document.
pub fn extract(doc: &Document) -> Extraction {
    let (quotes, speakers) = (Vec::new(), Vec::new());
    let statistics = statistics::find(doc, &quotes, &speakers);
    Extraction { quotes, speakers, statistics, ..Extraction::default() }
}
