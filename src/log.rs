//! Privilege-log review: a whole log checked at once, every privilege it asserts
//! (`docs/log-review.md`).
//!
//! A log is read from CSV (RFC 4180) or JSON Lines ([`read`]); its columns are recognised by
//! role (Bates begin and end, date, author, recipients, cc, bcc, document type, description,
//! privilege asserted, basis, treatment, and any fact of the public contract). The dispute as a
//! whole is the [`context`]. Each entry's privilege labels ([`labels`]) are assessed one by one
//! ([`assess`], on the [`words`] and [`participants`] of the entry, by the [`rules`]) into
//! [`claim`]s; deliberative-process claims also get the engine's verdict, with cue suggestions
//! ([`cues`]) that count only when accepted. The results export as CSV and as the
//! meet-and-confer letter ([`export`]).
//!
//! Pure Rust, no web dependencies: the command line and the web app share it.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod assess;
pub mod claim;
pub mod context;
pub mod cues;
pub mod export;
pub mod labels;
pub mod participants;
pub mod read;
pub mod review;
pub mod rules;
pub mod session;
pub mod words;

/// How many parts the command line cuts work into: one per core.
#[cfg(not(target_arch = "wasm32"))]
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

pub use claim::{Claim, Element, LogOutcome};
pub use context::{LogContext, read_context};
pub use labels::Privilege;
pub use read::{Column, LogField, MAX_LOG_BYTES, PrivilegeLog, RowProblem, read_log};
pub use review::{CueChoice, EntryResult, Review, review};
