//! Errors: only for input the engine cannot read. A legal question the facts leave open is not an
//! error; it is an `indeterminate` verdict.

use serde::Serialize;
use std::fmt;

/// Input the engine could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    #[serde(flatten)]
    kind: ErrorKind,
    message: String,
}

/// What was wrong with the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not JSON.
    Syntax {
        /// Where the parser stopped, and why.
        detail: String,
    },
    /// A value that must be a JSON object is something else.
    NotAnObject {
        /// Which value: "request" or "facts".
        key: String,
        /// A short description of what was given.
        given: String,
    },
    /// A key that the contract does not know.
    UnknownKey {
        /// The key, with its path ("facts.personal_reviw").
        key: String,
        /// The nearest known key, when one is close.
        suggestion: Option<String>,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// The key.
        key: String,
        /// What was given.
        given: String,
        /// What is allowed.
        expected: String,
    },
    /// A value outside the fact's enum.
    NotAllowed {
        /// The key.
        key: String,
        /// What was given.
        given: String,
        /// The values allowed.
        allowed: Vec<String>,
    },
    /// Two keys that state the same fact.
    Conflict {
        /// The first key.
        key: String,
        /// The key it conflicts with.
        other: String,
    },
    /// The input is larger than the engine reads.
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// Wraps a kind, with its message.
    pub fn new(kind: ErrorKind) -> Error {
        let message = describe(&kind);
        Error { kind, message }
    }

    /// What was wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The one-line message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

fn describe(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::Syntax { detail } => format!("not valid JSON: {detail}"),
        ErrorKind::NotAnObject { key, given } => {
            format!("{key}: expected a JSON object, given {given}")
        }
        ErrorKind::UnknownKey { key, suggestion } => match suggestion {
            Some(s) => format!("{key}: unknown key (did you mean {s:?}?)"),
            None => format!("{key}: unknown key"),
        },
        ErrorKind::WrongType {
            key,
            given,
            expected,
        } => {
            format!("{key}: given {given}; allowed: {expected}")
        }
        ErrorKind::NotAllowed {
            key,
            given,
            allowed,
        } => {
            format!("{key}: given {given}; allowed: {}", allowed.join(", "))
        }
        ErrorKind::Conflict { key, other } => {
            format!("{key}: conflicts with {other}; state the opposition grounds one way only")
        }
        ErrorKind::TooLarge { size, limit } => {
            format!("the input is {size} bytes; the limit is {limit} bytes")
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
