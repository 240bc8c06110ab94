//! whosaid: a claim and quotation provenance tracker for news text.
//!
//! The library follows the flow of data: [`document`] reads a file into a
//! [`model::Document`], [`extract`] finds who said what in it (an [`model::Extraction`]),
//! [`hash`] gives every claim a content id, [`store`] keeps it all in one SQLite file,
//! [`matching`] links the same claim across articles as they are stored, [`trace`] follows a
//! claim back through its cited sources, [`revise`] diffs two versions of an article, and
//! [`report`] renders results for people and programs. Reading and extraction touch no
//! database, so they run in parallel freely.
//!
//! ```
//! let doc = whosaid::document::read_bytes(
//!     "\"We will not back down,\" Mayor Ana Ruiz said on Monday.".as_bytes(), Some("a.txt")).unwrap();
//! assert_eq!(doc.paragraphs.len(), 1);
//! ```

pub mod document;
pub mod extract;
pub mod hash;
pub mod matching;
pub mod model;
pub mod report;
pub mod revise;
pub mod store;
pub mod trace;

/// mimalloc instead of the system allocator: extraction makes many small, short-lived
/// allocations (words, mentions, candidate lists), where glibc's malloc cost a tenth of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
