//! Revisions (`whosaid diff`, `whosaid history`, the `revise` library module):
//!
//! - `fixtures`: the pairs in `fixtures/revisions/` against their expected events;
//! - `cli`: `diff` and `history` through the binary (files, stored versions, formats, errors);
//! - `html`: the HTML page loaded in headless Chromium (skipped when it is not installed);
//! - `simulator`: known edits applied to real articles from `../shared/corpus/polnear-train`,
//!   with the reported events scored against them (skipped when the corpus is absent).

mod cli;
mod fixtures;
mod html;
mod simulator;
