//! The decision engine: *Melamine Chemicals, Inc. v. United States*, 1 CIT 65 (1980), and the
//! doctrine it rests on, as code.
//!
//! A [`Request`] states what is known of a privilege dispute (the [`Facts`], each three-valued)
//! and the [`Mode`]: `seed` applies only the rules the opinion states or implies (R1–R13),
//! `full` adds the doctrine overlays (D1–D13). [`evaluate`] returns a [`Verdict`]: the ruling and its
//! label in the words of the setting, every step of the reasoning with the rule, its basis, the opinion's words and the authorities,
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
//! // On a motion for a protective order, without the extension fact the ruling turns on it.
//! let request = Request::from_json_str(r#"{"mode": "seed", "facts": {
//!     "posture": "protective_order_motion",
//!     "state_secret": false, "formal_claim": true, "claimant": "agency_head",
//!     "personal_review": false
//! }}"#).unwrap();
//! let verdict = evaluate(&request);
//! assert_eq!(verdict.decided(), None);
//! assert_eq!(verdict.open_questions[0].fact, "extension_sought");
//! assert_eq!(verdict.label, "Not yet decided: the ruling turns on facts not yet known");
//! ```
//!
//! Layout, in the one direction the modules depend on each other:
//!
//! 1. Data: [`facts`] (the vocabulary of facts, each declared once), [`authorities`] (the table
//!    of authorities), [`opinion`] (the opinion's text and its star paging), [`rules`] (the
//!    rulebook, each rule declared once beside its source), [`outcome`], [`request`], [`error`],
//!    and [`vocabulary`] (every label a reader sees: answers, bases, rulings per setting).
//! 2. `findings`: the words of each finding and reason, keyed by what it finds.
//! 3. `trace`: one walk through the procedure, recording its steps.
//! 4. `procedure`: the order of decision itself.
//! 5. `explore`: the three-valued evaluation (possible rulings, open questions).
//! 6. `explain`, [`caveats`], `next_steps`: the reasoning along one path, what the verdict does
//!    not decide, what to do next.
//! 7. [`verdict`]: the answer; [`facts_that_matter`] for the page's dimming.
//!
//! `docs/doctrine.md` describes every rule; `docs/contract.md` the request and the verdict.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod authorities;
pub mod caveats;
pub mod diagram;
pub mod error;
mod explain;
mod explore;
pub mod facts;
mod findings;
pub mod interview;
mod next_steps;
pub mod opinion;
pub mod outcome;
mod procedure;
mod relevance;
pub mod request;
pub mod rules;
mod trace;
pub mod verdict;
pub mod vocabulary;

pub use authorities::Authority;
pub use caveats::{Caveat, CaveatKind};
pub use error::{Error, ErrorKind};
pub use facts::{Domain, FACTS, Fact, FactInfo, Facts, Group};
pub use outcome::{Outcome, OutcomeSet, Ruling};
pub use relevance::facts_that_matter;
pub use request::{Mode, Request};
pub use rules::{Basis, RULEBOOK, Rule, RuleId};
pub use verdict::{Brief, OpenQuestion, Step, Verdict, brief, evaluate};
pub use vocabulary::Forum;

/// Reads a request from JSON text and decides it.
pub fn check_json(text: &str) -> Result<Verdict, Error> {
    Request::from_json_str(text).map(|request| evaluate(&request))
}
