//! whosaid's integration tests, one binary with a module per area:
//!
//! - `store`: the provenance database through the `whosaid` command (ingest, queries,
//!   formats), through the library (constructed extractions), and under faults (a crash
//!   mid-ingest, damaged, foreign or newer databases, read-only locations, two writers).
//!
//! `support` holds the `Workdir` helper that runs the built binary in a scratch folder.

mod revise;
mod store;
mod support;
