//! The same claim across articles and the trace to its origin, through the `whosaid` binary
//! on the fixture articles of `fixtures/matching/` (see its README): every class, every
//! conflict, and a three-hop trace with each verdict.

mod cli;
