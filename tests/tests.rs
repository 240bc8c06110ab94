//! whosaid's integration tests, one binary with a module per area:
//!
//! - `store`: the provenance database through the `whosaid` command (ingest, queries,
//!   formats), through the library (constructed extractions), and under faults (a crash
//!   mid-ingest, damaged, foreign or newer databases, read-only locations, two writers).
//! - `matching`: the same claim across articles (`matches`) and the trace to its origin
//!   (`trace`), on the fixtures of `fixtures/matching/`.
//!
//! `support` holds the `Workdir` helper that runs the built binary in a scratch folder.

mod matching;
mod revise;
mod store;
mod support;
