//! What a "privilege asserted" cell claims: each privilege it names, as written
//! (`docs/log-review.md`, "Privilege labels").
//!
//! Case is ignored and `&` joins claims like " and "; known phrases are matched first, longest
//! first, so that `a/c` and `ac/wp` survive; what is left is split on `; , / + |`, newlines and
//! " and ". A word that names no privilege ("privilege", "privileged") beside one that does is
//! read as part of that claim; "doctrine" alone is no claim. Each claim keeps the cell's own
//! words, as written.

use serde::{Deserialize, Serialize};

/// A privilege (or a label) a log entry asserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Privilege {
    /// Attorney-client privilege.
    AttorneyClient,
    /// Work product (Fed. R. Civ. P. 26(b)(3)).
    WorkProduct,
    /// Deliberative-process (executive) privilege: the checker's own engine.
    DeliberativeProcess,
    /// The law-enforcement investigatory privilege.
    LawEnforcement,
    /// A label of confidentiality, which is not a privilege (N1).
    ConfidentialLabel,
    /// "Privileged" with no privilege named (N2).
    UnnamedPrivilege,
    /// State or military secrets: the engine's own branch.
    StateSecrets,
    /// Presidential communications: the engine's own branch.
    PresidentialCommunications,
    /// A recognised protection this review does not analyse.
    OtherRecognised,
    /// A label not recognised (N3).
    UnknownLabel,
}

impl Privilege {
    /// Every privilege and label, in the enum's order.
    pub const ALL: [Privilege; 10] = [
        Privilege::AttorneyClient,
        Privilege::WorkProduct,
        Privilege::DeliberativeProcess,
        Privilege::LawEnforcement,
        Privilege::ConfidentialLabel,
        Privilege::UnnamedPrivilege,
        Privilege::StateSecrets,
        Privilege::PresidentialCommunications,
        Privilege::OtherRecognised,
        Privilege::UnknownLabel,
    ];

    /// The code written in results (`attorney_client=adequately_logged`).
    pub fn code(self) -> &'static str {
        match self {
            Privilege::AttorneyClient => "attorney_client",
            Privilege::WorkProduct => "work_product",
            Privilege::DeliberativeProcess => "deliberative_process",
            Privilege::LawEnforcement => "law_enforcement",
            Privilege::ConfidentialLabel => "confidential_label",
            Privilege::UnnamedPrivilege => "unnamed_privilege",
            Privilege::StateSecrets => "state_secrets",
            Privilege::PresidentialCommunications => "presidential_communications",
            Privilege::OtherRecognised => "other_recognised",
            Privilege::UnknownLabel => "unknown_label",
        }
    }

    /// The privilege a code names.
    pub fn from_code(code: &str) -> Option<Privilege> {
        Privilege::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The privilege in words, as a letter would name it.
    pub fn words(self) -> &'static str {
        match self {
            Privilege::AttorneyClient => "attorney-client privilege",
            Privilege::WorkProduct => "work-product protection",
            Privilege::DeliberativeProcess => "deliberative-process privilege",
            Privilege::LawEnforcement => "law-enforcement investigatory privilege",
            Privilege::ConfidentialLabel => "a label of confidentiality",
            Privilege::UnnamedPrivilege => "an unnamed privilege",
            Privilege::StateSecrets => "the state-secrets privilege",
            Privilege::PresidentialCommunications => "the presidential-communications privilege",
            Privilege::OtherRecognised => "a protection this review does not analyse",
            Privilege::UnknownLabel => "a label this review does not recognise",
        }
    }

    /// Whether the engine decides this claim on the entry's facts.
    pub fn goes_to_engine(self) -> bool {
        matches!(
            self,
            Privilege::DeliberativeProcess
                | Privilege::StateSecrets
                | Privilege::PresidentialCommunications
        )
    }
}

/// One claim in a "privilege asserted" cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// What it claims.
    pub privilege: Privilege,
    /// The words of the cell that claim it.
    pub as_written: String,
}

/// Known phrases and what each claims; `&[]` for a word that claims nothing of its own
/// ("privileged" beside a named privilege). Matched longest first.
const PHRASES: &[(&str, &[Privilege])] = {
    use Privilege::*;
    &[
        // Both attorney-client and work product.
        (
            "attorney-client/work product",
            &[AttorneyClient, WorkProduct],
        ),
        ("ac/wp", &[AttorneyClient, WorkProduct]),
        ("acwp", &[AttorneyClient, WorkProduct]),
        ("ac-wp", &[AttorneyClient, WorkProduct]),
        ("a/c-wp", &[AttorneyClient, WorkProduct]),
        // Attorney-client.
        ("attorney-client communication", &[AttorneyClient]),
        ("attorney-client", &[AttorneyClient]),
        ("attorney client", &[AttorneyClient]),
        ("attorney/client", &[AttorneyClient]),
        ("atty-client", &[AttorneyClient]),
        ("atty/client", &[AttorneyClient]),
        ("legal advice", &[AttorneyClient]),
        ("a-c", &[AttorneyClient]),
        ("a/c", &[AttorneyClient]),
        ("acp", &[AttorneyClient]),
        ("ac", &[AttorneyClient]),
        // Work product.
        ("opinion/fact work product", &[WorkProduct]),
        ("attorney work product", &[WorkProduct]),
        ("opinion work product", &[WorkProduct]),
        ("fact work product", &[WorkProduct]),
        ("work product", &[WorkProduct]),
        ("work-product", &[WorkProduct]),
        ("trial preparation materials", &[WorkProduct]),
        ("trial preparation", &[WorkProduct]),
        ("anticipation of litigation", &[WorkProduct]),
        ("rule 26(b)(3)", &[WorkProduct]),
        ("awp", &[WorkProduct]),
        ("wp", &[WorkProduct]),
        // Deliberative process.
        ("deliberative process", &[DeliberativeProcess]),
        ("deliberative", &[DeliberativeProcess]),
        ("pre-decisional", &[DeliberativeProcess]),
        ("predecisional", &[DeliberativeProcess]),
        ("executive", &[DeliberativeProcess]),
        ("governmental", &[DeliberativeProcess]),
        ("dpp", &[DeliberativeProcess]),
        ("dp", &[DeliberativeProcess]),
        // Law enforcement.
        ("law enforcement investigatory", &[LawEnforcement]),
        ("investigative files", &[LawEnforcement]),
        ("law enforcement", &[LawEnforcement]),
        ("law-enforcement", &[LawEnforcement]),
        ("investigatory", &[LawEnforcement]),
        ("investigative", &[LawEnforcement]),
        ("lep", &[LawEnforcement]),
        ("le", &[LawEnforcement]),
        // Not privileges (N1).
        ("confidential business information", &[ConfidentialLabel]),
        ("business confidential information", &[ConfidentialLabel]),
        ("business confidential", &[ConfidentialLabel]),
        ("business proprietary", &[ConfidentialLabel]),
        ("commercially sensitive", &[ConfidentialLabel]),
        ("trade secret", &[ConfidentialLabel]),
        ("privacy act", &[ConfidentialLabel]),
        ("proprietary", &[ConfidentialLabel]),
        ("confidential", &[ConfidentialLabel]),
        ("sensitive", &[ConfidentialLabel]),
        ("privacy", &[ConfidentialLabel]),
        ("fouo", &[ConfidentialLabel]),
        ("bci", &[ConfidentialLabel]),
        ("cbi", &[ConfidentialLabel]),
        ("bpi", &[ConfidentialLabel]),
        ("sbu", &[ConfidentialLabel]),
        ("les", &[ConfidentialLabel]),
        ("pii", &[ConfidentialLabel]),
        // The engine's own branches.
        ("military secrets", &[StateSecrets]),
        ("military secret", &[StateSecrets]),
        ("state secrets", &[StateSecrets]),
        ("state secret", &[StateSecrets]),
        ("presidential communications", &[PresidentialCommunications]),
        // Recognised, not analysed here.
        ("bank examination", &[OtherRecognised]),
        ("self-critical analysis", &[OtherRecognised]),
        ("settlement communications", &[OtherRecognised]),
        ("informer's", &[OtherRecognised]),
        ("informant's", &[OtherRecognised]),
        ("26 u.s.c. 6103", &[OtherRecognised]),
        ("26 u.s.c. § 6103", &[OtherRecognised]),
        ("rule 6(e)", &[OtherRecognised]),
        ("common interest", &[OtherRecognised]),
        ("joint defense", &[OtherRecognised]),
        // No privilege named (N2).
        ("privileged and confidential", &[UnnamedPrivilege]),
        ("privileged + confidential", &[UnnamedPrivilege]),
        ("exemption 5", &[UnnamedPrivilege]),
        ("(b)(5)", &[UnnamedPrivilege]),
        ("privileged", &[UnnamedPrivilege]),
        ("privilege", &[UnnamedPrivilege]),
        ("protected", &[UnnamedPrivilege]),
        ("exempt", &[UnnamedPrivilege]),
    ]
};

/// [`PHRASES`], longest first (sorted once).
fn longest_first() -> &'static [&'static (&'static str, &'static [Privilege])] {
    static SORTED: std::sync::OnceLock<Vec<&'static (&'static str, &'static [Privilege])>> =
        std::sync::OnceLock::new();
    SORTED.get_or_init(|| {
        let mut phrases: Vec<_> = PHRASES.iter().collect();
        phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        phrases
    })
}

/// Separators between claims in what is left once the known phrases are taken out.
fn is_separator(c: char) -> bool {
    matches!(c, ';' | ',' | '/' | '+' | '|' | '\n' | '\r')
}

/// The claims of a "privilege asserted" cell, in the order written, each privilege once.
/// An empty cell claims nothing.
pub fn parse_labels(cell: &str) -> Vec<Label> {
    // Matched on a copy of the same length (ASCII lower case, `&` read as a separator), so that
    // what each claim quotes is the cell's own words, as written.
    let lowered = cell.to_ascii_lowercase().replace('&', "+");
    let text = lowered.as_str();
    let written = |start: usize, end: usize| cell.get(start..end).unwrap_or_default().trim();
    // Every known phrase that stands as whole words, longest first, not overlapping. Which bytes
    // are taken is kept byte by byte: checking each match against every phrase taken before was
    // quadratic (a cell of 100,000 characters of "ac ac ..." took a sixth of a second).
    let mut taken: Vec<(usize, usize, &'static [Privilege])> = Vec::new();
    let mut taken_bytes = vec![false; text.len()];
    for (phrase, claims) in longest_first() {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|rest| rest.find(phrase)) {
            let start = from + found;
            let end = start + phrase.len();
            from = end;
            let free = taken_bytes
                .get(start..end)
                .is_some_and(|bytes| !bytes.contains(&true));
            if !free || !whole_word(text, start, end) {
                continue;
            }
            if let Some(bytes) = taken_bytes.get_mut(start..end) {
                bytes.fill(true);
            }
            taken.push((start, end, claims));
        }
    }
    taken.sort_by_key(|(start, _, _)| *start);
    let mut labels: Vec<Label> = Vec::new();
    let mut claim = |privilege: Privilege, as_written: &str| {
        if let Some(existing) = labels.iter_mut().find(|l| l.privilege == privilege) {
            if !existing.as_written.contains(as_written) {
                existing.as_written.push_str("; ");
                existing.as_written.push_str(as_written);
            }
        } else {
            labels.push(Label {
                privilege,
                as_written: as_written.to_string(),
            });
        }
    };
    // What no phrase took is split into the remaining claims: each an unknown label.
    let mut leftovers = Vec::new();
    let mut at = 0;
    for (start, end, claims) in &taken {
        leftovers.push((at, *start));
        at = *end;
        for privilege in *claims {
            claim(*privilege, written(*start, *end));
        }
    }
    leftovers.push((at, text.len()));
    for (from, to) in leftovers {
        let piece = text.get(from..to).unwrap_or_default();
        for part in pieces(piece) {
            // `part` lies within `piece`: its place there is its place in the cell.
            let start = from + (part.as_ptr() as usize - piece.as_ptr() as usize);
            if !matches!(part, "and" | "doctrine" | "privilege") {
                claim(Privilege::UnknownLabel, written(start, start + part.len()));
            }
        }
    }
    // "Privileged" beside a named privilege is part of that claim, not a claim of its own (N2).
    if labels.iter().any(|l| {
        !matches!(
            l.privilege,
            Privilege::UnnamedPrivilege | Privilege::UnknownLabel | Privilege::ConfidentialLabel
        )
    }) {
        labels.retain(|l| l.privilege != Privilege::UnnamedPrivilege);
    }
    labels
}

/// What is left of a cell once the known phrases are taken out, split into claims on
/// `; , / + |`, newlines and " and ", each trimmed of spaces and stray punctuation.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator)
        .flat_map(|l| l.split(" and "))
        .map(|l| {
            l.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '.' | ':' | '(' | ')'))
        })
        .filter(|l| !l.is_empty())
}

/// Whether `text[start..end]` stands as whole words.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !word(before) && !word(after)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use Privilege::*;

    fn claims(cell: &str) -> Vec<Privilege> {
        parse_labels(cell).iter().map(|l| l.privilege).collect()
    }

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(claims("Attorney-Client Privilege"), vec![AttorneyClient]);
        assert_eq!(claims("A/C"), vec![AttorneyClient]);
        assert_eq!(claims("AC/WP"), vec![AttorneyClient, WorkProduct]);
        assert_eq!(claims("Attorney Work Product"), vec![WorkProduct]);
        assert_eq!(
            claims("Deliberative Process Privilege"),
            vec![DeliberativeProcess]
        );
        assert_eq!(claims("DPP"), vec![DeliberativeProcess]);
        assert_eq!(claims("Executive privilege"), vec![DeliberativeProcess]);
        assert_eq!(claims("Law Enforcement Privilege"), vec![LawEnforcement]);
        assert_eq!(claims("State secrets"), vec![StateSecrets]);
        assert_eq!(claims("Business Confidential"), vec![ConfidentialLabel]);
        assert_eq!(claims("Common interest doctrine"), vec![OtherRecognised]);
    }

    #[test]
    fn several_claims_in_one_cell() {
        assert_eq!(
            claims("Deliberative Process; Attorney-Client"),
            vec![DeliberativeProcess, AttorneyClient]
        );
        assert_eq!(
            claims("Attorney-Client & Work Product"),
            vec![AttorneyClient, WorkProduct]
        );
        assert_eq!(
            claims("DPP, ACP, Confidential"),
            vec![DeliberativeProcess, AttorneyClient, ConfidentialLabel]
        );
        assert_eq!(claims("WP | LE"), vec![WorkProduct, LawEnforcement]);
    }

    #[test]
    fn privileged_alone_names_no_privilege_and_beside_one_is_absorbed() {
        assert_eq!(claims("Privileged"), vec![UnnamedPrivilege]);
        assert_eq!(claims("Exemption 5"), vec![UnnamedPrivilege]);
        assert_eq!(claims("Privileged - Attorney Client"), vec![AttorneyClient]);
        assert_eq!(
            claims("Privileged and Confidential"),
            vec![UnnamedPrivilege]
        );
    }

    #[test]
    fn every_code_names_its_privilege() {
        for privilege in Privilege::ALL {
            assert_eq!(Privilege::from_code(privilege.code()), Some(privilege));
        }
        assert_eq!(Privilege::from_code("attorney"), None);
    }

    #[test]
    fn unknown_labels_are_kept_as_written() {
        let labels = parse_labels("Deliberative; Secret Sauce");
        assert_eq!(labels[1].privilege, UnknownLabel);
        assert_eq!(labels[1].as_written, "Secret Sauce");
        let labels = parse_labels("Attorney-Client Privilege");
        assert_eq!(
            labels[0].as_written, "Attorney-Client",
            "the cell's own words"
        );
        assert!(parse_labels("").is_empty());
        assert!(parse_labels("  ").is_empty());
    }

    #[test]
    fn short_codes_match_only_as_words() {
        // "le" inside "settlement" is not law enforcement; "ac" inside "action" is nothing.
        assert_eq!(claims("Settlement communications"), vec![OtherRecognised]);
        assert_eq!(claims("action"), vec![UnknownLabel]);
    }
}
