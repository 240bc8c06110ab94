//! The provenance database. `cli`: ingest and the query commands through the binary;
//! `library`: the store API with extractions built by hand; `faults`: crashes, bad
//! databases, read-only locations and concurrent writers.

mod cli;
mod faults;
mod library;
