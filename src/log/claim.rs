//! One claim of privilege on one log entry, assessed: its outcome, the elements the log must
//! add, and the findings behind them (`docs/log-review.md`, "Outcomes"). The words of outcomes
//! and elements live here, once, for the table, the results CSV and the letter.

use super::labels::Privilege;
use super::rules::LogRule;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What the log shows about one claim. Never a finding that a document is privileged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogOutcome {
    /// Every element the log must show is there and nothing on its face defeats the claim.
    AdequatelyLogged,
    /// An element is missing, a placeholder or conclusory: the log must be supplemented.
    DeficientLog,
    /// The log's own words show a fatal problem.
    LikelyNotPrivileged,
    /// Adequate or curable, but something needs counsel's check.
    NeedsReview,
    /// The label is not a privilege.
    NotAPrivilege,
    /// A recognised protection this review does not analyse.
    NotAssessed,
}

impl LogOutcome {
    /// Every outcome, best first (the roll-up's order).
    pub const ALL: [LogOutcome; 6] = [
        LogOutcome::AdequatelyLogged,
        LogOutcome::NeedsReview,
        LogOutcome::NotAssessed,
        LogOutcome::DeficientLog,
        LogOutcome::LikelyNotPrivileged,
        LogOutcome::NotAPrivilege,
    ];

    /// The name written in results.
    pub fn name(self) -> &'static str {
        match self {
            LogOutcome::AdequatelyLogged => "adequately_logged",
            LogOutcome::DeficientLog => "deficient_log",
            LogOutcome::LikelyNotPrivileged => "likely_not_privileged",
            LogOutcome::NeedsReview => "needs_review",
            LogOutcome::NotAPrivilege => "not_a_privilege",
            LogOutcome::NotAssessed => "not_assessed",
        }
    }

    /// The outcome a results name gives.
    pub fn from_name(name: &str) -> Option<LogOutcome> {
        LogOutcome::ALL.into_iter().find(|o| o.name() == name)
    }

    /// The outcome in words.
    pub fn words(self) -> &'static str {
        match self {
            LogOutcome::AdequatelyLogged => "Adequately logged",
            LogOutcome::DeficientLog => "Log entry deficient",
            LogOutcome::LikelyNotPrivileged => "Likely not privileged on the log's own words",
            LogOutcome::NeedsReview => "Needs counsel's review",
            LogOutcome::NotAPrivilege => "Not a privilege",
            LogOutcome::NotAssessed => "Not assessed by this review",
        }
    }

    /// How good it is for the party withholding the entry: the best claim carries the entry.
    /// Needing review and not being assessed rank alike.
    fn strength(self) -> u8 {
        match self {
            LogOutcome::AdequatelyLogged => 4,
            LogOutcome::NeedsReview | LogOutcome::NotAssessed => 3,
            LogOutcome::DeficientLog => 2,
            LogOutcome::LikelyNotPrivileged => 1,
            LogOutcome::NotAPrivilege => 0,
        }
    }

    /// Whether an entry with this outcome fails to meet the requirements for withholding.
    pub fn counted_against(self) -> bool {
        matches!(
            self,
            LogOutcome::DeficientLog | LogOutcome::LikelyNotPrivileged | LogOutcome::NotAPrivilege
        )
    }
}

/// An element a log entry must show and does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// The privilege claimed.
    PrivilegeNamed,
    /// The author.
    Author,
    /// The date.
    Date,
    /// The recipients.
    Recipients,
    /// The lawyer.
    Lawyer,
    /// That legal advice was sought, given or relayed.
    LegalPurpose,
    /// The litigation anticipated or pending.
    LitigationIdentified,
    /// The law-enforcement interest protected.
    LeInterest,
    /// The decision the document preceded.
    Decision,
    /// The document's role in that decision.
    Role,
    /// The general subject.
    SubjectMatter,
}

impl Element {
    /// The code written in results.
    pub fn code(self) -> &'static str {
        match self {
            Element::PrivilegeNamed => "privilege_named",
            Element::Author => "author",
            Element::Date => "date",
            Element::Recipients => "recipients",
            Element::Lawyer => "lawyer",
            Element::LegalPurpose => "legal_purpose",
            Element::LitigationIdentified => "litigation_identified",
            Element::LeInterest => "le_interest",
            Element::Decision => "decision",
            Element::Role => "role",
            Element::SubjectMatter => "subject_matter",
        }
    }

    /// What the log must add, as a demand reads it ("identify the author (name and role)").
    pub fn demand(self) -> &'static str {
        match self {
            Element::PrivilegeNamed => "name the privilege claimed",
            Element::Author => "identify the author (name and role)",
            Element::Date => "give the date",
            Element::Recipients => {
                "identify every recipient, copyee and blind copyee, with role or organisation"
            }
            Element::Lawyer => {
                "identify the lawyer (name and role) who gave or was asked for the advice"
            }
            Element::LegalPurpose => "state that legal advice was sought, given or relayed",
            Element::LitigationIdentified => {
                "identify the litigation anticipated or pending when the document was prepared"
            }
            Element::LeInterest => {
                "identify the investigation and the interest protected (an informant, a technique, a witness, an ongoing investigation)"
            }
            Element::Decision => "identify the decision the document preceded",
            Element::Role => {
                "state the document's role in that decision (draft, recommendation, options, analysis)"
            }
            Element::SubjectMatter => "describe the document's general subject in words of its own",
        }
    }
}

/// How much a finding weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The log's own words defeat the claim.
    Fatal,
    /// An element is missing.
    Defect,
    /// A question for counsel.
    Cue,
    /// A note on the log's form; no outcome changes.
    Warning,
}

/// How far one row's words can be trusted for a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    /// Mechanical.
    High,
    /// A word test.
    Medium,
    /// Suggestive only.
    Low,
}

/// One finding about a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule it applies.
    #[serde(serialize_with = "rule_id", deserialize_with = "rule_from_id")]
    pub rule: LogRule,
    /// How much it weighs.
    pub kind: Kind,
    /// How far it can be trusted.
    pub reliability: Reliability,
    /// What was found, in words: most findings' words are fixed, and are not copied for
    /// every entry.
    pub text: Cow<'static, str>,
}

fn rule_id<S: serde::Serializer>(rule: &LogRule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.id())
}

fn rule_from_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<LogRule, D::Error> {
    let id = String::deserialize(d)?;
    LogRule::ALL
        .iter()
        .copied()
        .find(|r| r.id() == id)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown rule {id}")))
}

/// Opinion or fact work product (W6), as the description reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkProductKind {
    /// Counsel's mental impressions, opinions or theories.
    Opinion,
    /// Facts gathered for litigation.
    Fact,
}

/// What to do about a claim that the log cannot show either way (DOCTRINE-LOG L2: the formal
/// invocation of the law-enforcement privilege): asked for, never counted missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    /// The rule it follows from.
    #[serde(serialize_with = "rule_id", deserialize_with = "rule_from_id")]
    pub rule: LogRule,
    /// What to do, in words.
    pub text: String,
}

/// One claim assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The privilege claimed.
    pub privilege: Privilege,
    /// The words of the log that claim it.
    pub as_written: String,
    /// What the log shows.
    pub outcome: LogOutcome,
    /// The elements the log must add.
    pub missing: Vec<Element>,
    /// Every finding, fatal first.
    pub findings: Vec<Finding>,
    /// Opinion or fact work product, for a work-product claim.
    pub work_product_kind: Option<WorkProductKind>,
    /// What to ask for that no log can show, whatever the outcome.
    pub next_steps: Vec<NextStep>,
}

impl Claim {
    /// A claim from its findings and missing elements: within one claim, the first that applies
    /// wins (not a privilege, fatal, missing, cue, adequate); the rest are still listed.
    pub fn new(
        privilege: Privilege,
        as_written: &str,
        mut findings: Vec<Finding>,
        missing: Vec<Element>,
        outcome_if_clean: LogOutcome,
    ) -> Claim {
        let has = |kind: Kind| findings.iter().any(|f| f.kind == kind);
        let outcome = if outcome_if_clean == LogOutcome::NotAPrivilege {
            LogOutcome::NotAPrivilege
        } else if has(Kind::Fatal) {
            LogOutcome::LikelyNotPrivileged
        } else if !missing.is_empty() {
            LogOutcome::DeficientLog
        } else if has(Kind::Cue) {
            LogOutcome::NeedsReview
        } else {
            outcome_if_clean
        };
        findings.sort_by_key(|f| match f.kind {
            Kind::Fatal => 0,
            Kind::Defect => 1,
            Kind::Cue => 2,
            Kind::Warning => 3,
        });
        Claim {
            privilege,
            as_written: as_written.to_string(),
            outcome,
            missing,
            findings,
            work_product_kind: None,
            next_steps: Vec::new(),
        }
    }

    /// The rules of the fatal findings.
    pub fn reasons(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.kind == Kind::Fatal)
    }

    /// The questions for counsel.
    pub fn cues(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.kind == Kind::Cue)
    }

    /// `attorney_client=adequately_logged`.
    pub fn assessment(&self) -> String {
        format!("{}={}", self.privilege.code(), self.outcome.name())
    }
}

/// The entry's outcome: its best claim's (DOCTRINE-LOG's roll-up). An entry that names no claim
/// at all has been given one (`unnamed_privilege`) before this.
pub fn roll_up(claims: &[Claim]) -> LogOutcome {
    claims
        .iter()
        .map(|c| c.outcome)
        .max_by_key(|o| {
            (
                o.strength(),
                std::cmp::Reverse(*o == LogOutcome::NotAssessed),
            )
        })
        .unwrap_or(LogOutcome::DeficientLog)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;

    fn claim(outcome: LogOutcome) -> Claim {
        Claim {
            privilege: Privilege::AttorneyClient,
            as_written: String::new(),
            outcome,
            missing: Vec::new(),
            findings: Vec::new(),
            work_product_kind: None,
            next_steps: Vec::new(),
        }
    }

    #[test]
    fn the_best_claim_carries_the_entry() {
        use LogOutcome::*;
        let entry = |outcomes: &[LogOutcome]| {
            roll_up(&outcomes.iter().map(|o| claim(*o)).collect::<Vec<_>>())
        };
        assert_eq!(
            entry(&[LikelyNotPrivileged, AdequatelyLogged]),
            AdequatelyLogged
        );
        assert_eq!(entry(&[NotAPrivilege, DeficientLog]), DeficientLog);
        assert_eq!(entry(&[DeficientLog, NeedsReview]), NeedsReview);
        assert_eq!(entry(&[NotAssessed, LikelyNotPrivileged]), NotAssessed);
        assert_eq!(entry(&[NotAssessed, NeedsReview]), NeedsReview);
        assert_eq!(entry(&[NotAPrivilege]), NotAPrivilege);
        assert!(!AdequatelyLogged.counted_against() && !NeedsReview.counted_against());
        assert!(NotAPrivilege.counted_against() && DeficientLog.counted_against());
    }

    #[test]
    fn within_a_claim_the_first_that_applies_wins() {
        let finding = |kind| Finding {
            rule: LogRule::X4,
            kind,
            reliability: Reliability::Medium,
            text: Cow::Borrowed(""),
        };
        let c = Claim::new(
            Privilege::AttorneyClient,
            "A/C",
            vec![finding(Kind::Cue), finding(Kind::Fatal)],
            vec![Element::Date],
            LogOutcome::AdequatelyLogged,
        );
        assert_eq!(c.outcome, LogOutcome::LikelyNotPrivileged);
        assert_eq!(c.findings[0].kind, Kind::Fatal, "fatal listed first");
        let c = Claim::new(
            Privilege::AttorneyClient,
            "A/C",
            vec![finding(Kind::Cue)],
            vec![Element::Date],
            LogOutcome::AdequatelyLogged,
        );
        assert_eq!(c.outcome, LogOutcome::DeficientLog);
        let c = Claim::new(
            Privilege::AttorneyClient,
            "A/C",
            vec![finding(Kind::Cue)],
            vec![],
            LogOutcome::AdequatelyLogged,
        );
        assert_eq!(c.outcome, LogOutcome::NeedsReview);
        assert_eq!(c.assessment(), "attorney_client=needs_review");
    }
}
