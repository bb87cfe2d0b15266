//! The decision engine: *Melamine Chemicals, Inc. v. United States*, 1 CIT 65 (1980), and the
//! doctrine it rests on, as code.
//!
//! A [`Request`] states what is known of a privilege dispute (the [`Facts`], each three-valued)
//! and the [`Mode`]: `seed` applies only the rules the opinion states or implies (R1–R13),
//! `full` adds the doctrine overlays (D1–D10). [`evaluate`] returns a [`Verdict`]: the ruling,
//! every step of the reasoning with the rule, its basis, the opinion's words and the authorities,
//! the open questions and what counsel should do next.
//!
//! The engine is pure and total: no I/O, no clocks, no global state, and no panic on any input.
//! Errors ([`Error`]) are only for requests it cannot read; a dispute the facts leave open is an
//! `indeterminate` verdict, never an error.
//!
//! ```
//! use privcheck::engine::{Request, evaluate, Outcome};
//!
//! let request = Request::from_json_str(r#"{"mode": "seed", "facts": {
//!     "extension_sought": false, "state_secret": false,
//!     "formal_claim": true, "claimant": "agency_head", "personal_review": false
//! }}"#).unwrap();
//! let verdict = evaluate(&request);
//! // Whatever the unknown facts are, a claim the head did not personally review fails.
//! assert_eq!(verdict.decided(), Some(Outcome::ClaimDefective));
//!
//! // Without the extension fact the ruling turns on it.
//! let request = Request::from_json_str(r#"{"mode": "seed", "facts": {
//!     "state_secret": false, "formal_claim": true, "claimant": "agency_head",
//!     "personal_review": false
//! }}"#).unwrap();
//! let verdict = evaluate(&request);
//! assert_eq!(verdict.decided(), None);
//! assert_eq!(verdict.open_questions[0].fact, "extension_sought");
//! ```
//!
//! Layout: [`rules`] is the rulebook (data); [`facts`] the vocabulary; `procedure` the order of
//! DOCTRINE §7; `run` one walk through it; `explore` the three-valued evaluation; [`verdict`] the
//! answer; [`opinion`] the text of the opinion itself.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod error;
mod explore;
pub mod facts;
pub mod opinion;
pub mod outcome;
mod procedure;
mod relevance;
pub mod request;
pub mod rules;
mod run;
pub mod verdict;

pub use error::{Error, ErrorKind};
pub use facts::{Domain, FACTS, Fact, FactInfo, Facts, Group};
pub use outcome::{Outcome, OutcomeSet, Ruling};
pub use relevance::facts_that_matter;
pub use request::{Mode, Request};
pub use rules::{Basis, RULEBOOK, Rule, RuleId};
pub use verdict::{OpenQuestion, Step, Verdict, evaluate};

/// Reads a request from JSON text and decides it.
pub fn check_json(text: &str) -> Result<Verdict, Error> {
    Request::from_json_str(text).map(|request| evaluate(&request))
}
