//! privcheck decides whether a government document is protected from discovery by executive /
//! deliberative-process privilege, as the Court of International Trade laid it out in
//! *Melamine Chemicals, Inc. v. United States*, 1 CIT 65 (1980).
//!
//! The [`engine`] is the whole of the law: pure Rust, no web dependencies, tested natively. The
//! [`report`] module writes a verdict as a memorandum. The command line (`src/main.rs`) and the
//! web app are thin shells around them.
//!
//! Not legal advice: see the README's "Limitations".

pub mod documents;
pub mod engine;
pub mod log;
pub mod log_state;
pub mod matter;
pub mod report;
pub mod state;

#[cfg(feature = "web")]
pub mod api;
#[cfg(feature = "web")]
pub mod app;
#[cfg(feature = "web")]
pub mod start;
#[cfg(feature = "word")]
pub mod word;
#[cfg(feature = "web")]
pub mod worker;
