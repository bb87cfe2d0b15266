//! Privilege-log review: a whole log checked at once.
//!
//! A log is read from CSV (RFC 4180) or JSON Lines ([`read`]); its columns are recognised by name
//! (entry id, date, author, recipients, document type, description, privilege asserted, and any
//! fact of the public contract). Every entry gets the engine's verdict, the log-adequacy checks
//! of Fed. R. Civ. P. 26(b)(5)(A) and the itemisation overlay D3 ([`adequacy`]), and cue
//! suggestions read from its description ([`cues`]), which count only when accepted. The results
//! export as CSV and as a deficiency report ([`export`]).
//!
//! Pure Rust, no web dependencies: the command line and the web app share it.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod adequacy;
pub mod cues;
pub mod export;
pub mod read;
pub mod review;
pub mod session;

/// How many parts the command line cuts work into: one per core.
#[cfg(not(target_arch = "wasm32"))]
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

pub use read::{Column, LogField, MAX_LOG_BYTES, PrivilegeLog, RowProblem, read_log};
pub use review::{CueChoice, EntryResult, Review, review};
