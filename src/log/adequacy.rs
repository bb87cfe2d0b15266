//! Whether a log entry lets the other side assess the claim: Fed. R. Civ. P. 26(b)(5)(A) requires
//! the withholding party to describe each document "in a manner that, without revealing
//! information itself privileged or protected, will enable other parties to assess the claim", and
//! the itemisation overlay (D3, National Lawyers Guild) requires claims item by item.

use super::read::LogField;
use std::collections::HashMap;

/// A shortcoming of a log entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deficiency {
    /// No author given.
    MissingAuthor,
    /// No date given.
    MissingDate,
    /// No recipients given.
    MissingRecipients,
    /// No description at all.
    MissingDescription,
    /// A description too short to assess (its number of words).
    TooShort(usize),
    /// The same description word for word in this many entries.
    Boilerplate(usize),
    /// A description with no subject matter, only labels ("deliberative, privileged").
    NoSubjectMatter,
    /// A privilege asserted that is not executive or deliberative-process privilege.
    OutOfScope(String),
}

/// Fewer words than this cannot describe a document well enough to assess the claim.
pub const MIN_DESCRIPTION_WORDS: usize = 5;
/// A description used word for word by this many entries or more is boilerplate.
pub const BOILERPLATE_REPEATS: usize = 3;

impl Deficiency {
    /// The deficiency in words, with why it matters.
    pub fn describe(&self) -> String {
        match self {
            Deficiency::MissingAuthor => "no author".into(),
            Deficiency::MissingDate => "no date".into(),
            Deficiency::MissingRecipients => "no recipients".into(),
            Deficiency::MissingDescription => "no description: the claim cannot be assessed".into(),
            Deficiency::TooShort(words) => format!(
                "description too conclusory to assess the claim: {words} word{} (fewer than {MIN_DESCRIPTION_WORDS})",
                if *words == 1 { "" } else { "s" }
            ),
            Deficiency::Boilerplate(count) => {
                format!("boilerplate description, repeated word for word in {count} entries")
            }
            Deficiency::NoSubjectMatter => {
                "description names no subject matter, only labels of privilege or form".into()
            }
            Deficiency::OutOfScope(asserted) => format!(
                "privilege asserted ({asserted}) is not executive or deliberative-process privilege: out of scope"
            ),
        }
    }

    /// A short code, for counting and filtering.
    pub fn code(&self) -> &'static str {
        match self {
            Deficiency::MissingAuthor => "missing_author",
            Deficiency::MissingDate => "missing_date",
            Deficiency::MissingRecipients => "missing_recipients",
            Deficiency::MissingDescription => "missing_description",
            Deficiency::TooShort(_) => "too_short",
            Deficiency::Boilerplate(_) => "boilerplate",
            Deficiency::NoSubjectMatter => "no_subject_matter",
            Deficiency::OutOfScope(_) => "out_of_scope",
        }
    }
}

/// Words that label a privilege or a form of document, not what the document is about.
const LABELS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "to",
    "for",
    "in",
    "on",
    "with",
    "by",
    "from",
    "re",
    "regarding",
    "concerning",
    "about",
    "privileged",
    "privilege",
    "deliberative",
    "predecisional",
    "pre-decisional",
    "process",
    "confidential",
    "attorney",
    "client",
    "attorney-client",
    "communication",
    "communications",
    "document",
    "documents",
    "email",
    "e-mail",
    "emails",
    "memo",
    "memorandum",
    "letter",
    "note",
    "notes",
    "legal",
    "advice",
    "material",
    "materials",
    "information",
    "internal",
    "draft",
    "drafts",
    "executive",
    "dpp",
    "acp",
    "wp",
    "work",
    "product",
    "protected",
    "withheld",
    "containing",
    "contains",
    "reflecting",
    "reflects",
];

/// A description's identity for the boilerplate check: its words, ASCII case and spacing aside,
/// hashed (FNV-1a, 64 bits) so that a log of any size is counted without copies. `None` when the
/// description has no words.
pub fn description_key(text: &str) -> Option<u64> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET;
    let mut words = 0;
    for word in text.split_ascii_whitespace() {
        for byte in word.bytes() {
            hash = (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(PRIME);
        }
        hash = (hash ^ u64::from(b' ')).wrapping_mul(PRIME);
        words += 1;
    }
    (words > 0).then_some(hash)
}

/// How often each description key occurs in a log.
pub fn description_counts(keys: impl Iterator<Item = Option<u64>>) -> HashMap<u64, usize> {
    let mut counts = HashMap::new();
    for key in keys.flatten() {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

/// The deficiencies of one entry. `present` says which descriptive columns the log has;
/// `cell` reads one of them for this entry; `repeats` is how many entries of the log have its
/// description word for word.
pub fn deficiencies<'a>(
    present: &[LogField],
    cell: impl Fn(LogField) -> Option<&'a str>,
    repeats: usize,
) -> Vec<Deficiency> {
    let mut found = Vec::new();
    let blank = |field: LogField| {
        !present.contains(&field) || cell(field).is_none_or(|c| c.trim().is_empty())
    };
    if blank(LogField::Author) {
        found.push(Deficiency::MissingAuthor);
    }
    if blank(LogField::Date) {
        found.push(Deficiency::MissingDate);
    }
    if blank(LogField::Recipients) {
        found.push(Deficiency::MissingRecipients);
    }
    match cell(LogField::Description)
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => found.push(Deficiency::MissingDescription),
        Some(description) => {
            // Only a short description's words need counting.
            let words = description
                .split_whitespace()
                .take(MIN_DESCRIPTION_WORDS)
                .count();
            if words < MIN_DESCRIPTION_WORDS {
                found.push(Deficiency::TooShort(words));
            }
            if repeats >= BOILERPLATE_REPEATS {
                found.push(Deficiency::Boilerplate(repeats));
            }
            // Two words of substance are enough; stop there.
            // Bytes, not chars: any non-ASCII byte counts as part of a word.
            let content = description
                .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
                .filter(|w| !LABELS.iter().any(|label| label.eq_ignore_ascii_case(w)))
                .take(2)
                .count();
            if content < 2 {
                found.push(Deficiency::NoSubjectMatter);
            }
        }
    }
    if let Some(asserted) = cell(LogField::Privilege)
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if !within_scope(asserted) {
            found.push(Deficiency::OutOfScope(asserted.to_string()));
        }
    }
    found
}

/// Whether an asserted privilege is (or includes) executive / deliberative-process privilege.
pub fn within_scope(asserted: &str) -> bool {
    let contains = |name: &str| {
        asserted
            .as_bytes()
            .windows(name.len())
            .any(|w| w.eq_ignore_ascii_case(name.as_bytes()))
    };
    [
        "deliberative",
        "executive",
        "predecisional",
        "pre-decisional",
        "dpp",
        "state secret",
        "presidential",
        "exemption 5",
        "(b)(5)",
    ]
    .iter()
    .any(|name| contains(name))
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;

    fn check(
        description: &str,
        privilege: &str,
        counts: &HashMap<u64, usize>,
    ) -> Vec<&'static str> {
        let repeats = description_key(description)
            .and_then(|k| counts.get(&k))
            .copied()
            .unwrap_or(0);
        let present = LogField::DESCRIPTIVE;
        let cell = |field: LogField| match field {
            LogField::Author => Some("J. Smith"),
            LogField::Date => Some("1980-05-01"),
            LogField::Recipients => Some("The Commission"),
            LogField::Description => Some(description),
            LogField::Privilege => Some(privilege),
            _ => None,
        };
        deficiencies(&present, cell, repeats)
            .iter()
            .map(Deficiency::code)
            .collect()
    }

    #[test]
    fn a_good_entry_has_none() {
        let counts = HashMap::new();
        assert!(
            check(
                "Staff memorandum weighing the injury evidence for Italian melamine imports",
                "Deliberative process",
                &counts
            )
            .is_empty()
        );
    }

    #[test]
    fn conclusory_descriptions() {
        let counts = HashMap::new();
        assert_eq!(
            check("Privileged memo", "DPP", &counts),
            vec!["too_short", "no_subject_matter"]
        );
        assert_eq!(
            check(
                "Confidential deliberative process privileged attorney-client communication",
                "DPP",
                &counts
            ),
            vec!["no_subject_matter"]
        );
    }

    #[test]
    fn boilerplate_is_counted_across_the_log() {
        let text = "Email regarding the antidumping case schedule and staff views";
        let upper = text.to_uppercase();
        let counts = description_counts(
            [text, text, upper.as_str(), "other"]
                .into_iter()
                .map(description_key),
        );
        assert_eq!(check(text, "DPP", &counts), vec!["boilerplate"]);
    }

    #[test]
    fn other_privileges_are_out_of_scope() {
        let counts = HashMap::new();
        assert_eq!(
            check(
                "Letter from outside counsel on the merits of the appeal",
                "Attorney-Client",
                &counts
            ),
            vec!["out_of_scope"]
        );
        assert!(
            check(
                "Letter from outside counsel on the merits of the appeal",
                "ACP; Deliberative Process",
                &counts
            )
            .is_empty()
        );
    }

    #[test]
    fn missing_columns_are_deficiencies() {
        let description = |f: LogField| {
            (f == LogField::Description).then_some("Staff analysis of the Italian import data")
        };
        let found: Vec<&str> = deficiencies(&[LogField::Description], description, 0)
            .iter()
            .map(Deficiency::code)
            .collect();
        assert_eq!(
            found,
            vec!["missing_author", "missing_date", "missing_recipients"]
        );
    }
}
