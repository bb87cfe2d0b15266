//! A matter: the request (mode and facts) plus what identifies the dispute and the document,
//! and its file format ("Save matter" / "Open matter").
//!
//! ```json
//! { "format": "privcheck-matter", "version": 2,
//!   "request": { "mode": "full", "facts": { … } },
//!   "matter": { "court": "…", "case_name": "…", "court_number": "…",
//!               "document": "…", "description": "…" },
//!   "log_context": { "attorneys": [ … ], "own_domains": [ … ], … } }
//! ```
//!
//! `log_context` is what the reviewer knows of the dispute for its privilege log
//! ([`crate::log::context`], the object `privcheck log --context FILE` reads). Version 1 files,
//! written before the matter carried it, still open.
//!
//! A file that is not JSON, of another format or version, with an unknown fact or field, or over
//! [`MAX_MATTER_BYTES`] is refused with a message that says what and where; nothing is guessed.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use crate::engine::{Error, ErrorKind, Request, opinion, request::facts_to_json};
use crate::log::context::{LogContext, context_from};
use serde_json::{Map, Value};

/// The format tag of a matter file.
pub const FORMAT: &str = "privcheck-matter";
/// The version of the matter file this program writes.
pub const VERSION: u64 = 2;
/// The versions it reads.
pub const READS: [u64; 2] = [1, 2];
/// The largest matter file read, in bytes. A matter is a few kilobytes, with a long description.
pub const MAX_MATTER_BYTES: usize = 1 << 20;
/// The longest text field kept, in characters.
pub const MAX_FIELD_CHARS: usize = 100_000;

/// Declares the matter's fields once: the struct, the [`Field`] enum, each field's key in a
/// matter file, its label and hint on the form, its part of the form and whether it takes lines.
macro_rules! matter_fields {
    ($( $(#[$doc:meta])* $variant:ident => $field:ident, $key:literal, $part:ident, $lines:literal,
        $label:literal, $hint:literal; )+) => {
        /// What identifies the dispute, the document and the people who sign its papers. Free
        /// text that never leaves the machine; what is left empty stays a visible blank in the
        /// papers.
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct Matter {
            $( $(#[$doc])* pub $field: String, )+
        }

        /// A field of the matter.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Field {
            $( $(#[$doc])* $variant, )+
        }

        impl Field {
            /// Every field, in form order.
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            /// The field's key in a matter file.
            pub fn key(self) -> &'static str {
                match self { $(Field::$variant => $key,)+ }
            }

            /// The field's label on the form.
            pub fn label(self) -> &'static str {
                match self { $(Field::$variant => $label,)+ }
            }

            /// What to write in it (an example), or nothing.
            pub fn hint(self) -> &'static str {
                match self { $(Field::$variant => $hint,)+ }
            }

            /// The part of the form it belongs to.
            pub fn part(self) -> Part {
                match self { $(Field::$variant => Part::$part,)+ }
            }

            /// Whether it takes several lines.
            pub fn multiline(self) -> bool {
                match self { $(Field::$variant => $lines,)+ }
            }
        }

        impl Matter {
            /// The value of a field.
            pub fn get(&self, field: Field) -> &str {
                match field { $(Field::$variant => &self.$field,)+ }
            }

            fn slot(&mut self, field: Field) -> &mut String {
                match field { $(Field::$variant => &mut self.$field,)+ }
            }
        }
    };
}

/// The parts of the matter form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The court, the case and the parties: the caption.
    Case,
    /// The document checked.
    Document,
    /// Who signs the papers for the party claiming the privilege.
    Counsel,
    /// The official who declares the claim.
    Declarant,
}

impl Part {
    /// Every part, in form order.
    pub const ALL: [Part; 4] = [Part::Case, Part::Document, Part::Counsel, Part::Declarant];

    /// Its heading on the form.
    pub fn title(self) -> &'static str {
        match self {
            Part::Case => "The case",
            Part::Document => "The document",
            Part::Counsel => "Counsel",
            Part::Declarant => "The declarant",
        }
    }
}

matter_fields! {
    /// The court ("United States Court of International Trade").
    Court => court, "court", Case, false, "Court",
        "United States Court of International Trade; United States District Court";
    /// The district or division, for a district court ("Southern District of New York").
    Division => division, "division", Case, false, "District or division", "For a district court: Southern District of New York";
    /// The case name ("Melamine Chemicals, Inc. v. United States").
    CaseName => case_name, "case_name", Case, false, "Case name", "";
    /// The court number ("Court No. 80-5-00780").
    CourtNumber => court_number, "court_number", Case, false, "Court number", "Court No. 80-5-00780; No. 1:21-cv-01234";
    /// The judge ("Landis").
    Judge => judge, "judge", Case, false, "Judge", "The judge's surname: Landis";
    /// The plaintiffs, as the caption names them.
    Plaintiff => plaintiff, "plaintiff", Case, false, "Plaintiff", "Melamine Chemicals, Inc.";
    /// The defendants, as the caption names them.
    Defendant => defendant, "defendant", Case, false, "Defendant", "United States";
    /// The party claiming the privilege, by its role ("defendant").
    ClaimingParty => claiming_party, "claiming_party", Case, false, "Party claiming the privilege", "By its role in the case: defendant";
    /// The party seeking the document, by its role ("plaintiff").
    RequestingParty => requesting_party, "requesting_party", Case, false, "Party seeking the document", "By its role in the case: plaintiff";
    /// The document's identifier ("document numbered 22 on list No. 2").
    Document => document, "document", Document, false, "Document", "";
    /// Counsel's description of the document.
    Description => description, "description", Document, true, "Description of the document", "";
    /// The date of the document.
    DocumentDate => document_date, "document_date", Document, false, "Date of the document", "";
    /// Who wrote it, with their position.
    Author => author, "author", Document, false, "Author and position", "";
    /// Who received it, with their positions.
    Recipients => recipients, "recipients", Document, false, "Recipients and positions", "";
    /// The decision the document preceded.
    Decision => decision, "decision", Document, false, "The decision it preceded", "The Commission's final injury determination of May 14, 1980";
    /// Counsel's signature block: name, office, address, telephone, e-mail, one a line.
    Counsel => counsel, "counsel", Counsel, true, "Signature block", "Name, office, address, telephone and e-mail, one a line";
    /// Where the papers are signed ("New York, New York").
    Place => place, "place", Counsel, false, "Place of signing", "New York, New York";
    /// The declarant's name ("Bill Alberger").
    Declarant => declarant, "declarant", Declarant, false, "Declarant's name", "Bill Alberger";
    /// The declarant's title ("Chairman").
    DeclarantTitle => declarant_title, "declarant_title", Declarant, false, "Declarant's title", "Chairman";
    /// The agency having control of the matter.
    Agency => agency, "agency", Declarant, false, "Agency", "United States International Trade Commission";
    /// The delegation the declarant acts under, where the declarant is not the agency head.
    Delegation => delegation, "delegation", Declarant, true, "Delegation (if the declarant is not the agency head)", "The instrument by which the head of the agency delegated the claim, with its date";
}

impl Matter {
    /// Sets a field, cut to [`MAX_FIELD_CHARS`].
    pub fn set(&mut self, field: Field, value: &str) {
        *self.slot(field) = value.chars().take(MAX_FIELD_CHARS).collect();
    }

    /// A field's text, trimmed, or `None` when empty.
    pub fn stated(&self, field: Field) -> Option<&str> {
        Some(self.get(field).trim()).filter(|v| !v.is_empty())
    }

    /// The opinion's own matter, for the example.
    pub fn melamine() -> Matter {
        // Only what the opinion states (1 CIT at 65): the court number, the document's date,
        // author and recipients, counsel and the place are not in it and stay blank.
        Matter {
            court: "United States Court of International Trade".into(),
            case_name: "Melamine Chemicals, Inc. v. United States".into(),
            judge: "Landis".into(),
            plaintiff: "Melamine Chemicals, Inc.".into(),
            defendant: "United States".into(),
            claiming_party: "defendant".into(),
            requesting_party: "plaintiff".into(),
            document: "document numbered 22 on list No. 2 of the administrative record".into(),
            description: "Internal communications prepared by staff members of the Commission solely for use by the Commission, setting forth advisory opinions, conclusions, considerations, deliberations and recommendations (affidavit of Chairman Bill Alberger).".into(),
            author: "Staff members of the Commission".into(),
            recipients: "the Commission".into(),
            decision: "the Commission's determination of no material injury or threat thereof, published May 14, 1980, in investigation Nos. 731-TA-13 and 14 (final)".into(),
            declarant: "Bill Alberger".into(),
            declarant_title: "Chairman".into(),
            agency: "United States International Trade Commission".into(),
            ..Matter::default()
        }
    }

    /// The document's name for documents: its identifier, or "the document".
    pub fn document_or_default(&self) -> &str {
        if self.document.trim().is_empty() {
            "the document"
        } else {
            self.document.trim()
        }
    }
}

/// Everything the checker holds for one matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    /// The mode and the facts.
    pub request: Request,
    /// The caption, the document and its description.
    pub matter: Matter,
    /// What the reviewer knows of the dispute, for its privilege log.
    pub log_context: LogContext,
}

impl Session {
    /// The opinion's own facts and matter.
    pub fn melamine() -> Session {
        Session {
            request: opinion::example_request(),
            matter: Matter::melamine(),
            log_context: LogContext::default(),
        }
    }

    /// The session as a matter file.
    pub fn to_json(&self) -> Value {
        let mut matter = Map::new();
        for &field in Field::ALL {
            matter.insert(field.key().into(), Value::from(self.matter.get(field)));
        }
        let mut request = Map::new();
        request.insert("mode".into(), Value::from(self.request.mode.name()));
        request.insert("facts".into(), facts_to_json(&self.request.facts));
        let mut file = Map::new();
        file.insert("format".into(), Value::from(FORMAT));
        file.insert("version".into(), Value::from(VERSION));
        file.insert("request".into(), Value::Object(request));
        file.insert("matter".into(), Value::Object(matter));
        file.insert("log_context".into(), self.log_context.to_json());
        Value::Object(file)
    }

    /// The session as the text of a matter file.
    pub fn to_file_text(&self) -> String {
        serde_json::to_string_pretty(&self.to_json()).unwrap_or_default()
    }

    /// Reads a matter file.
    pub fn from_file_text(text: &str) -> Result<Session, Error> {
        if text.len() > MAX_MATTER_BYTES {
            return Err(Error::new(ErrorKind::TooLarge {
                size: text.len(),
                limit: MAX_MATTER_BYTES,
            }));
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::Syntax {
                detail: e.to_string(),
            })
        })?;
        Session::from_json(&value)
    }

    /// Reads a matter file's JSON.
    pub fn from_json(value: &Value) -> Result<Session, Error> {
        let Some(object) = value.as_object() else {
            return Err(Error::new(ErrorKind::NotAnObject {
                key: "matter file".into(),
                given: short(value),
            }));
        };
        match object.get("format") {
            Some(Value::String(format)) if format == FORMAT => {}
            other => {
                return Err(Error::new(ErrorKind::NotAllowed {
                    key: "format".into(),
                    given: other.map_or_else(|| "nothing".into(), short),
                    allowed: vec![format!("\"{FORMAT}\"")],
                }));
            }
        }
        match object.get("version") {
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| READS.contains(&v)) => {}
            other => {
                return Err(Error::new(ErrorKind::NotAllowed {
                    key: "version".into(),
                    given: other.map_or_else(|| "nothing".into(), short),
                    allowed: vec![format!(
                        "{} (this privcheck reads matter files of versions {} only)",
                        READS.map(|v| v.to_string()).join(" or "),
                        READS.map(|v| v.to_string()).join(" and ")
                    )],
                }));
            }
        }
        let mut session = Session::default();
        for (key, value) in object {
            match key.as_str() {
                "format" | "version" => {}
                "request" => session.request = read_request(value)?,
                "matter" => session.matter = read_matter(value)?,
                "log_context" => session.log_context = read_log_context(value)?,
                _ => {
                    return Err(Error::new(ErrorKind::UnknownKey {
                        key: key.clone(),
                        suggestion: None,
                    }));
                }
            }
        }
        Ok(session)
    }
}

/// The request inside a matter file: read as any request is, its errors named under `request.`.
fn read_request(value: &Value) -> Result<Request, Error> {
    Request::from_json(value).map_err(|e| prefixed("request.", e))
}

fn read_matter(value: &Value) -> Result<Matter, Error> {
    let Some(object) = value.as_object() else {
        return Err(Error::new(ErrorKind::NotAnObject {
            key: "matter".into(),
            given: short(value),
        }));
    };
    let mut matter = Matter::default();
    for (key, value) in object {
        let Some(field) = Field::ALL.iter().copied().find(|f| f.key() == key) else {
            return Err(Error::new(ErrorKind::UnknownKey {
                key: format!("matter.{key}"),
                suggestion: None,
            }));
        };
        match value {
            Value::String(text) => matter.set(field, text),
            Value::Null => {}
            _ => {
                return Err(Error::new(ErrorKind::WrongType {
                    key: format!("matter.{key}"),
                    given: short(value),
                    expected: "text".into(),
                }));
            }
        }
    }
    Ok(matter)
}

/// The dispute's context, read as `privcheck log --context` reads it; its errors name the key.
fn read_log_context(value: &Value) -> Result<LogContext, Error> {
    let Some(object) = value.as_object() else {
        return Err(Error::new(ErrorKind::NotAnObject {
            key: "log_context".into(),
            given: short(value),
        }));
    };
    context_from(object).map_err(|message| {
        // "log_context.attorneys: item 2: …": the key, and what is wrong with it.
        let (key, what) = message
            .split_once(": ")
            .unwrap_or(("log_context", message.as_str()));
        let given = key
            .strip_prefix("log_context.")
            .and_then(|inner| object.get(inner))
            .map_or_else(|| short(value), short);
        Error::new(ErrorKind::WrongType {
            key: key.to_string(),
            given,
            expected: what.to_string(),
        })
    })
}

/// Puts `prefix` before the key an error names (unless it is there already).
fn prefixed(prefix: &str, error: Error) -> Error {
    let add = |key: String| {
        if key.starts_with(prefix) {
            key
        } else {
            format!("{prefix}{key}")
        }
    };
    let kind = match error.kind().clone() {
        ErrorKind::UnknownKey { key, suggestion } => ErrorKind::UnknownKey {
            key: add(key),
            suggestion,
        },
        ErrorKind::WrongType {
            key,
            given,
            expected,
        } => ErrorKind::WrongType {
            key: add(key),
            given,
            expected,
        },
        ErrorKind::NotAllowed {
            key,
            given,
            allowed,
        } => ErrorKind::NotAllowed {
            key: add(key),
            given,
            allowed,
        },
        ErrorKind::NotAnObject { key, given } => ErrorKind::NotAnObject {
            key: add(key),
            given,
        },
        ErrorKind::Conflict { key, other } => ErrorKind::Conflict {
            key: add(key),
            other: add(other),
        },
        other => other,
    };
    Error::new(kind)
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::engine::Fact;

    #[test]
    fn a_saved_matter_opens_as_it_was() {
        let mut session = Session::melamine();
        session
            .matter
            .set(Field::Description, "Draft <b>memo</b> \"quoted\" — ünïcode");
        session.request.facts.set(Fact::PersonalReview, None);
        session.log_context = crate::log::read_context(
            r#"{"attorneys": [{"name": "Jane Roe", "role": "agency_counsel"}], "own_domains": ["cbp.dhs.gov"],
                "litigation_anticipated_from": "2019-03-04", "wide_distribution_threshold": 20}"#,
        )
        .unwrap();
        let text = session.to_file_text();
        assert_eq!(Session::from_file_text(&text).unwrap(), session);
    }

    #[test]
    fn the_example_matter_file_is_the_opinions_matter() {
        let file = Session::from_file_text(include_str!("../law/melamine-matter.json")).unwrap();
        assert_eq!(file, Session::melamine());
    }

    #[test]
    fn version_1_files_still_open() {
        let text = r#"{"format":"privcheck-matter","version":1,"request":{"mode":"seed","facts":{}},
                       "matter":{"court":"United States Court of International Trade"}}"#;
        let session = Session::from_file_text(text).unwrap();
        assert_eq!(
            session.matter.court,
            "United States Court of International Trade"
        );
        assert_eq!(session.log_context, LogContext::default());
        assert!(session.to_file_text().contains("\"version\": 2"));
    }

    #[test]
    fn bad_files_say_what_and_where() {
        let cases = [
            ("not json", "not valid JSON"),
            ("[]", "matter file: expected a JSON object"),
            (
                r#"{"format":"other","version":1}"#,
                "format: given \"other\"",
            ),
            (
                r#"{"format":"privcheck-matter","version":3}"#,
                "version: given 3; allowed: 1 or 2 (this privcheck reads matter files of versions 1 and 2 only)",
            ),
            (
                r#"{"format":"privcheck-matter","version":2,"log_context":{"attorneys":[{"name":"Roe","role":"boss"}]}}"#,
                "log_context.attorneys: given [{\"name\":\"Roe\",\"role\":\"boss\"}]; allowed: item 1: role \"boss\" is not one of",
            ),
            (
                r#"{"format":"privcheck-matter","version":2,"log_context":{"vibes":1}}"#,
                "log_context: given {\"vibes\":1}; allowed: unknown key \"vibes\"",
            ),
            (
                r#"{"format":"privcheck-matter","version":1,"request":{"facts":{"vibes":true}}}"#,
                "request.facts.vibes: unknown key",
            ),
            (
                r#"{"format":"privcheck-matter","version":1,"matter":{"bailiff":"x"}}"#,
                "matter.bailiff: unknown key",
            ),
            (
                r#"{"format":"privcheck-matter","version":1,"matter":{"court":5}}"#,
                "matter.court: given 5; allowed: text",
            ),
        ];
        for (text, expected) in cases {
            let error = Session::from_file_text(text).unwrap_err();
            assert!(
                error.message().starts_with(expected),
                "{text}: {}",
                error.message()
            );
        }
    }

    #[test]
    fn huge_files_are_refused_before_parsing() {
        let text = "x".repeat(MAX_MATTER_BYTES + 1);
        assert!(matches!(
            Session::from_file_text(&text).unwrap_err().kind(),
            ErrorKind::TooLarge { .. }
        ));
    }

    #[test]
    fn the_example_is_the_opinion() {
        let session = Session::melamine();
        assert_eq!(
            session.request.facts.get_bool(Fact::PersonalReview),
            Some(true)
        );
        assert!(
            session
                .matter
                .document
                .contains("document numbered 22 on list No. 2")
        );
    }
}
