//! The review of one log entry, claim by claim, in the order of `docs/log-review.md`
//! ("Order of review"): what the entry shows is read once ([`Entry`]), then each privilege it
//! asserts is assessed on its own, and the entry is protected if any claim survives.

use super::claim::{
    Claim, Element, Finding, Kind, LogOutcome, NextStep, Reliability, WorkProductKind,
};
use super::context::{AttorneyRole, Date, LogContext};
use super::labels::{Label, Privilege};
use super::participants::{LawyerBy, Outside, Participants, Place};
use super::rules::LogRule;
use super::words::{Mark, Marks, content_words, is_placeholder, marks};
use crate::documents::capitalised;
use crate::engine::{Brief, Outcome, Ruling};
use std::sync::Arc;

/// What one entry shows, read once for all its claims.
pub struct Entry<'a> {
    /// The description, the basis and the document type, each with the marks its words carry.
    texts: [(&'a str, Marks); 3],
    /// Who took part (shared by the entries that name the same people).
    pub participants: Arc<Participants>,
    /// The date, where it reads as one.
    pub date: Option<Date>,
    /// Whether the date is missing (empty or a placeholder).
    pub date_missing: bool,
    /// Whether the description is missing.
    pub description_missing: bool,
    /// Content words of the description and basis, counted up to the context's minimum.
    pub content_words: usize,
    /// How many entries of the log have this description word for word.
    pub repeats: usize,
    /// Whether the entry is withheld in full (a blank treatment is read as withheld in full).
    pub withheld_in_full: bool,
}

/// The cells of an entry the review reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cells<'a> {
    /// Description.
    pub description: Option<&'a str>,
    /// Basis of the claim.
    pub basis: Option<&'a str>,
    /// Document type.
    pub doc_type: Option<&'a str>,
    /// Date.
    pub date: Option<&'a str>,
    /// Withheld or redacted.
    pub treatment: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// Reads an entry's cells.
    pub fn read(
        cells: Cells<'a>,
        participants: Arc<Participants>,
        repeats: usize,
        context: &LogContext,
    ) -> Entry<'a> {
        let description = cells.description.unwrap_or_default();
        let basis = cells.basis.unwrap_or_default();
        let doc_type = cells.doc_type.unwrap_or_default();
        let enough = context.min_content_words as usize;
        let date_cell = cells.date.unwrap_or_default();
        let in_description = content_words(description, enough);
        Entry {
            texts: [
                (description, marks(description)),
                (basis, marks(basis)),
                (doc_type, marks(doc_type)),
            ],
            participants,
            date: Date::read(date_cell),
            date_missing: is_placeholder(date_cell),
            description_missing: is_placeholder(description),
            content_words: in_description
                + content_words(basis, enough.saturating_sub(in_description)),
            repeats,
            withheld_in_full: !cells
                .treatment
                .is_some_and(|t| t.to_ascii_lowercase().contains("redact")),
        }
    }

    /// Whether the description, basis or document type carries `mark`.
    fn has(&self, mark: Mark) -> bool {
        self.texts.iter().any(|(_, m)| m.has(mark))
    }

    /// The words that carried `mark`, in quotation marks.
    fn quoted(&self, mark: Mark) -> String {
        self.texts
            .iter()
            .find_map(|(text, m)| m.words(mark, text))
            .map_or_else(String::new, |w| format!("\u{201c}{w}\u{201d}"))
    }

    fn description(&self) -> &str {
        self.texts[0].0
    }

    /// A draft: "draft" in the document type, or opening the description. A draft's words
    /// about a final document describe another document (T4's override).
    fn draft(&self) -> bool {
        let (doc_type, type_marks) = &self.texts[2];
        let opens_with_draft = self.texts[0]
            .1
            .words(Mark::Draft, self.description())
            .is_some_and(|w| {
                self.description()
                    .trim_start()
                    .get(..w.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(w))
            });
        (type_marks.has(Mark::Draft) && !doc_type.is_empty()) || opens_with_draft
    }

    /// T4: issued, adopted, filed or served (or sent to an outsider), and not a draft.
    fn issued(&self) -> Option<String> {
        if self.draft() {
            return None;
        }
        if self.has(Mark::Issued) {
            return Some(self.quoted(Mark::Issued));
        }
        (self.has(Mark::SentTo) && self.participants.outsiders().next().is_some())
            .then(|| self.quoted(Mark::SentTo))
    }

    /// Whether the document is a communication, which must name its recipients (X1): the
    /// words say so, or the log lists recipients for it.
    fn communication(&self) -> bool {
        self.has(Mark::Communication) || !self.participants.recipients_missing
    }

    /// Whether the words are conclusory (X3).
    fn conclusory(&self, context: &LogContext) -> bool {
        self.description_missing || self.content_words < context.min_content_words as usize
    }
}

/// A finding.
fn found(
    rule: LogRule,
    kind: Kind,
    reliability: Reliability,
    text: impl Into<std::borrow::Cow<'static, str>>,
) -> Finding {
    Finding {
        rule,
        kind,
        reliability,
        text: text.into(),
    }
}

/// The checks every claim shares (X1-X3): the elements missing and why.
fn missing_basics(
    entry: &Entry<'_>,
    context: &LogContext,
    needs_recipients: bool,
) -> (Vec<Element>, Vec<Finding>) {
    let mut missing = Vec::new();
    let mut findings = Vec::new();
    if entry.participants.author_missing {
        missing.push(Element::Author);
        findings.push(found(
            LogRule::X1,
            Kind::Defect,
            Reliability::High,
            "The log gives no author (the cell is empty or a placeholder).",
        ));
    }
    if entry.date_missing {
        missing.push(Element::Date);
        findings.push(found(
            LogRule::X1,
            Kind::Defect,
            Reliability::High,
            "The log gives no date.",
        ));
    }
    if needs_recipients && entry.participants.recipients_missing {
        missing.push(Element::Recipients);
        findings.push(found(
            LogRule::X1,
            Kind::Defect,
            Reliability::High,
            "The log names no recipient for a communication.",
        ));
    }
    let boilerplate = entry.repeats >= context.boilerplate_min_repeats as usize;
    if entry.conclusory(context) {
        missing.push(Element::SubjectMatter);
        findings.push(if entry.description_missing {
            found(LogRule::X1, Kind::Defect, Reliability::High, "The log gives no description.")
        } else {
            found(
                LogRule::X3,
                Kind::Defect,
                if entry.content_words == 0 { Reliability::High } else { Reliability::Medium },
                format!(
                    "The description \u{201c}{}\u{201d} has {} word{} of substance beyond labels and kinds of document.",
                    entry.description().trim(),
                    entry.content_words,
                    if entry.content_words == 1 { "" } else { "s" }
                ),
            )
        });
        if boilerplate {
            findings.push(found(
                LogRule::X2,
                Kind::Defect,
                Reliability::High,
                format!(
                    "The same description is used word for word in {} entries.",
                    entry.repeats
                ),
            ));
        }
    } else if boilerplate {
        findings.push(found(LogRule::X2, Kind::Cue, Reliability::High, format!("The same description is used word for word in {} entries: ask what distinguishes them.", entry.repeats)));
    }
    (missing, findings)
}

/// X5: an outsider among the participants, adverse (fatal, by `fatal_rule`) or not (a cue, by
/// `cue_rule`).
fn outsiders(
    entry: &Entry<'_>,
    context: &LogContext,
    fatal_rule: LogRule,
    cue_rule: LogRule,
    findings: &mut Vec<Finding>,
) {
    let reliability = if context.outside_parties.is_empty() && context.own_domains.is_empty() {
        Reliability::Medium
    } else {
        Reliability::High
    };
    if let Some(adverse) = entry.participants.adverse() {
        findings.push(found(
            fatal_rule,
            Kind::Fatal,
            Reliability::High,
            format!(
                "{} is the opposing party, its counsel or its agent.",
                adverse.name
            ),
        ));
    } else if let Some(outsider) = entry.participants.outsiders().next() {
        findings.push(found(cue_rule, Kind::Cue, reliability, format!("{} appears to be outside the producing party: ask who it is and why it received the document.", outsider.name)));
    }
}

/// X6: issued, adopted, filed or served.
fn issued(entry: &Entry<'_>, rule: LogRule, what: &str, findings: &mut Vec<Finding>) {
    if let Some(words) = entry.issued() {
        findings.push(found(
            rule,
            Kind::Fatal,
            Reliability::Medium,
            format!("The description reads {words}: {what}"),
        ));
    }
}

/// X7: withheld in full with factual content.
fn segregability(entry: &Entry<'_>, findings: &mut Vec<Finding>) {
    if entry.withheld_in_full && entry.has(Mark::Factual) {
        findings.push(found(LogRule::X7, Kind::Cue, Reliability::Low, format!("Withheld in full though the description speaks of {}: ask whether the facts can be segregated and produced.", entry.quoted(Mark::Factual))));
    }
}

/// X4: a wide distribution.
fn distribution(entry: &Entry<'_>, context: &LogContext, why: &str, findings: &mut Vec<Finding>) {
    let count = entry.participants.recipients();
    if entry.participants.has_group() {
        findings.push(found(
            LogRule::X4,
            Kind::Cue,
            Reliability::Medium,
            format!("Sent to a group with no count: {why}"),
        ));
    } else if count >= context.wide_distribution_threshold as usize {
        findings.push(found(
            LogRule::X4,
            Kind::Cue,
            Reliability::Medium,
            format!("Sent to {count} recipients: {why}"),
        ));
    }
}

/// X8: addressees in the description that the recipients do not list.
fn addressees(entry: &Entry<'_>, findings: &mut Vec<Finding>) {
    if !entry.has(Mark::Addressees) {
        return;
    }
    let named = entry.quoted(Mark::Addressees);
    let noun = named
        .trim_matches(['\u{201c}', '\u{201d}'])
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let listed = entry.participants.all.iter().any(|p| {
        p.place != Place::Author && p.name.to_lowercase().contains(noun.trim_end_matches('s'))
    });
    if !listed {
        findings.push(found(
            LogRule::X8,
            Kind::Cue,
            Reliability::Medium,
            format!("The description says it went {named}, whom the recipients do not list."),
        ));
    }
}

/// A claim of attorney-client privilege (A).
pub fn attorney_client(label: &Label, entry: &Entry<'_>, context: &LogContext) -> Claim {
    let mut findings = Vec::new();
    let lawyer_participant = entry.participants.lawyers().next().is_some();
    let lawyer_described = entry.has(Mark::Lawyer);
    let legal_purpose = entry.has(Mark::LegalPurpose);
    outsiders(entry, context, LogRule::A8, LogRule::A8, &mut findings);
    issued(
        entry,
        LogRule::A7,
        "a document issued or filed is not a confidential communication.",
        &mut findings,
    );
    if !lawyer_participant && !lawyer_described && !legal_purpose {
        let people = match entry.participants.all.len() {
            0 => "The entry names no author or recipient".to_string(),
            1 => "No lawyer is the one person the entry names".to_string(),
            n => format!("No lawyer is among the {n} people the entry names"),
        };
        findings.push(found(
            LogRule::A6,
            Kind::Fatal,
            Reliability::Medium,
            format!(
                "{people}; no lawyer is named in the description, and no legal advice is described."
            ),
        ));
    }
    let (mut missing, basics) = missing_basics(entry, context, true);
    findings.extend(basics);
    if !lawyer_participant && !lawyer_described && legal_purpose {
        missing.push(Element::Lawyer);
        findings.push(found(
            LogRule::A6,
            Kind::Defect,
            Reliability::Medium,
            "Legal advice is described, but no lawyer is named.",
        ));
    }
    if !legal_purpose && (lawyer_participant || lawyer_described) {
        missing.push(Element::LegalPurpose);
        findings.push(found(
            LogRule::A9,
            Kind::Defect,
            Reliability::Medium,
            "The entry does not say that legal advice was sought, given or relayed.",
        ));
    }
    distribution(
        entry,
        context,
        "ask whether everyone needed to know it, or the communication was not confidential.",
        &mut findings,
    );
    segregability(entry, &mut findings);
    addressees(entry, &mut findings);
    // X9: the only lawyer copied, and no legal purpose described.
    let lawyers: Vec<_> = entry.participants.lawyers().collect();
    if !lawyers.is_empty()
        && lawyers
            .iter()
            .all(|l| matches!(l.place, Place::Cc | Place::Bcc))
        && !legal_purpose
    {
        findings.push(found(LogRule::X9, Kind::Cue, Reliability::Medium, "The only lawyer is copied and no legal purpose is described: a business communication is not privileged because a lawyer was copied."));
    }
    if entry.has(Mark::Attachment) {
        findings.push(found(
            LogRule::A10,
            Kind::Cue,
            Reliability::Medium,
            format!(
                "The description mentions {}: a pre-existing attachment needs its own entry.",
                entry.quoted(Mark::Attachment)
            ),
        ));
    }
    Claim::new(
        Privilege::AttorneyClient,
        &label.as_written,
        findings,
        missing,
        LogOutcome::AdequatelyLogged,
    )
}

/// A claim of work product (W).
pub fn work_product(label: &Label, entry: &Entry<'_>, context: &LogContext) -> Claim {
    let mut findings = Vec::new();
    issued(
        entry,
        LogRule::W7,
        "a filed, served or public document is not work product.",
        &mut findings,
    );
    if let Some(adverse) = entry.participants.adverse() {
        findings.push(found(
            LogRule::W7,
            Kind::Fatal,
            Reliability::High,
            format!(
                "Given to {}, the opposing party, its counsel or its agent.",
                adverse.name
            ),
        ));
    }
    let litigation = entry.has(Mark::Litigation);
    if entry.has(Mark::OrdinaryCourse) && !litigation {
        findings.push(found(LogRule::W4, Kind::Fatal, Reliability::Medium, format!("The description reads {} and names no litigation: a document made in the ordinary course is not work product.", entry.quoted(Mark::OrdinaryCourse))));
    }
    let (mut missing, basics) = missing_basics(entry, context, false);
    findings.extend(basics);
    let litigation_counsel_after_anticipation =
        context.litigation_anticipated_from.is_some_and(|from| {
            entry.date.is_some_and(|d| d >= from)
                && entry.participants.lawyers().any(|l| {
                    l.lawyer == Some(LawyerBy::Context(Some(AttorneyRole::LitigationCounsel)))
                })
        });
    if !litigation && !litigation_counsel_after_anticipation {
        missing.push(Element::LitigationIdentified);
        findings.push(found(
            LogRule::W9,
            Kind::Defect,
            Reliability::Medium,
            "The entry does not identify the litigation anticipated or pending.",
        ));
    }
    if let (Some(from), Some(date)) = (context.litigation_anticipated_from, entry.date)
        && date < from
    {
        findings.push(found(LogRule::W5, Kind::Cue, Reliability::Medium, format!("Dated {date}, before litigation was anticipated ({from}): ask what litigation it was prepared for.")));
    }
    if entry.participants.adverse().is_none()
        && let Some(outsider) = entry.participants.outsiders().next()
    {
        findings.push(found(LogRule::W8, Kind::Cue, Reliability::Medium, format!("{} appears to be outside the producing party: ask who it is and why it received the document.", outsider.name)));
    }
    segregability(entry, &mut findings);
    addressees(entry, &mut findings);
    let mut claim = Claim::new(
        Privilege::WorkProduct,
        &label.as_written,
        findings,
        missing,
        LogOutcome::AdequatelyLogged,
    );
    claim.work_product_kind = Some(if entry.has(Mark::Opinion) {
        WorkProductKind::Opinion
    } else {
        WorkProductKind::Fact
    });
    claim
}

/// A claim of the law-enforcement investigatory privilege (L).
pub fn law_enforcement(label: &Label, entry: &Entry<'_>, context: &LogContext) -> Claim {
    let mut findings = Vec::new();
    if let Some(adverse) = entry.participants.adverse() {
        findings.push(found(
            LogRule::L4,
            Kind::Fatal,
            Reliability::High,
            format!(
                "Shared with {}, the opposing party, its counsel or its agent.",
                adverse.name
            ),
        ));
    }
    issued(
        entry,
        LogRule::L4,
        "a document issued or made public is not protected.",
        &mut findings,
    );
    let (mut missing, basics) = missing_basics(entry, context, false);
    findings.extend(basics);
    if !entry.has(Mark::LawEnforcementInterest) {
        missing.push(Element::LeInterest);
        findings.push(found(LogRule::L4, Kind::Defect, Reliability::Medium, "The entry does not identify the interest protected (an informant, a technique, a witness, an ongoing investigation)."));
    }
    segregability(entry, &mut findings);
    let mut claim = Claim::new(
        Privilege::LawEnforcement,
        &label.as_written,
        findings,
        missing,
        LogOutcome::AdequatelyLogged,
    );
    // L2: the invocation is the department head's, which no log entry can show; it is asked for
    // on every claim, adequately logged or not, and never counted as missing.
    claim.next_steps.push(NextStep {
        rule: LogRule::L2,
        text: "Ask for the formal claim of the privilege: by the head of the department having control over the information, after that official's personal consideration, specifying the information and why it falls within the privilege.".into(),
    });
    claim
}

/// A claim of deliberative-process privilege (P), with the engine's verdict on the entry's
/// facts. `stated_only` says whether the verdict rests on stated facts alone (no accepted cue).
pub fn deliberative_process(
    label: &Label,
    entry: &Entry<'_>,
    context: &LogContext,
    verdict: Option<&Brief>,
    stated_only: bool,
) -> Claim {
    let mut findings = Vec::new();
    if let Some(adverse) = entry.participants.adverse() {
        findings.push(found(LogRule::P2, Kind::Fatal, Reliability::High, format!("Exchanged with {}, the opposing party, its counsel or its agent: not intra-agency.", adverse.name)));
    } else if let Some(outsider) = entry.participants.outsiders().next() {
        findings.push(found(LogRule::P2, Kind::Cue, Reliability::Medium, format!("{} appears to be outside the agency: ask whether it had an interest of its own, or the communication is not intra-agency.", outsider.name)));
    }
    issued(
        entry,
        LogRule::P3,
        "a document issued, adopted or implementing a decision is not predecisional.",
        &mut findings,
    );
    let role = entry.has(Mark::Role);
    if entry.has(Mark::Factual) {
        if role {
            findings.push(found(LogRule::P4, Kind::Cue, Reliability::Low, format!("The description speaks of {}: ask whether the facts were selected for the decision-maker, or are segregable.", entry.quoted(Mark::Factual))));
        } else {
            findings.push(found(LogRule::P4, Kind::Fatal, Reliability::Medium, format!("The description speaks of {} and of no role in a decision: purely factual material is not deliberative.", entry.quoted(Mark::Factual))));
        }
    }
    let communication = entry.communication();
    let (mut missing, basics) = missing_basics(entry, context, communication);
    findings.extend(basics);
    if !entry.has(Mark::Decision) {
        missing.push(Element::Decision);
        findings.push(found(
            LogRule::P1,
            Kind::Defect,
            Reliability::Medium,
            "The entry does not identify the decision the document preceded.",
        ));
    }
    if !role {
        missing.push(Element::Role);
        findings.push(found(
            LogRule::P1,
            Kind::Defect,
            Reliability::Medium,
            "The entry does not state the document's role in a decision.",
        ));
    }
    distribution(
        entry,
        context,
        "ask whether it is an instruction or the agency's working law.",
        &mut findings,
    );
    segregability(entry, &mut findings);
    addressees(entry, &mut findings);
    engine(verdict, stated_only, &mut findings);
    Claim::new(
        Privilege::DeliberativeProcess,
        &label.as_written,
        findings,
        missing,
        LogOutcome::AdequatelyLogged,
    )
}

/// The engine's verdict on the facts the entry states: where it finds the privilege does not
/// apply, the log's outcome is at least "likely not privileged".
fn engine(verdict: Option<&Brief>, stated_only: bool, findings: &mut Vec<Finding>) {
    if let Some(verdict) = verdict
        && stated_only
        && verdict.outcome == Ruling::Decided(Outcome::PrivilegeInapplicable)
    {
        findings.push(found(
            LogRule::Engine,
            Kind::Fatal,
            Reliability::High,
            verdict.summary(),
        ));
    }
}

/// A claim of the state-secrets or presidential-communications privilege: decided by the
/// checker's analysis of the entry's facts, not by the log's words.
pub fn engine_branch(label: &Label, verdict: Option<&Brief>, stated_only: bool) -> Claim {
    let mut findings = vec![found(
        LogRule::Engine,
        Kind::Warning,
        Reliability::High,
        format!(
            "{} is decided by the checker's analysis of the entry's facts, not by the log's words.",
            capitalised(label.privilege.words())
        ),
    )];
    engine(verdict, stated_only, &mut findings);
    Claim::new(
        label.privilege,
        &label.as_written,
        findings,
        Vec::new(),
        LogOutcome::NotAssessed,
    )
}

/// A label of confidentiality (N1).
pub fn confidential_label(label: &Label, entry: &Entry<'_>) -> Claim {
    let mut findings = vec![found(
        LogRule::N1,
        Kind::Fatal,
        Reliability::High,
        format!(
            "\u{201c}{}\u{201d} is not a privilege: confidential material is produced under a protective order, not withheld.",
            label.as_written
        ),
    )];
    if entry
        .participants
        .all
        .iter()
        .any(|p| p.place == Place::Author && p.outside.is_some())
    {
        findings.push(found(LogRule::N1, Kind::Cue, Reliability::Medium, "The author appears to be outside the producing party: a party's own submission is not withheld from it."));
    }
    Claim::new(
        Privilege::ConfidentialLabel,
        &label.as_written,
        findings,
        Vec::new(),
        LogOutcome::NotAPrivilege,
    )
}

/// No privilege named (N2).
pub fn unnamed_privilege(label: &Label, entry: &Entry<'_>, context: &LogContext) -> Claim {
    let mut missing = vec![Element::PrivilegeNamed];
    let mut findings = vec![found(
        LogRule::N2,
        Kind::Defect,
        Reliability::High,
        if label.as_written.is_empty() {
            "The entry names no privilege.".to_string()
        } else {
            format!("\u{201c}{}\u{201d} names no privilege.", label.as_written)
        },
    )];
    if entry.conclusory(context) {
        missing.push(Element::SubjectMatter);
        findings.push(found(
            LogRule::X3,
            Kind::Defect,
            Reliability::Medium,
            "The description is too conclusory to tell which privilege could apply.",
        ));
    }
    Claim::new(
        Privilege::UnnamedPrivilege,
        &label.as_written,
        findings,
        missing,
        LogOutcome::AdequatelyLogged,
    )
}

/// A label not recognised (N3).
pub fn unknown_label(label: &Label) -> Claim {
    let findings = vec![found(
        LogRule::N3,
        Kind::Cue,
        Reliability::Low,
        format!(
            "\u{201c}{}\u{201d} is not a label this review recognises: ask what privilege is meant.",
            label.as_written
        ),
    )];
    Claim::new(
        Privilege::UnknownLabel,
        &label.as_written,
        findings,
        Vec::new(),
        LogOutcome::NeedsReview,
    )
}

/// A recognised protection this review does not analyse.
pub fn not_assessed(label: &Label) -> Claim {
    Claim::new(
        label.privilege,
        &label.as_written,
        Vec::new(),
        Vec::new(),
        LogOutcome::NotAssessed,
    )
}

/// Every claim of an entry, in the order written. An entry that names no privilege gets one
/// claim, "no privilege named".
pub fn assess(
    labels: &[Label],
    entry: &Entry<'_>,
    context: &LogContext,
    verdict: Option<&Brief>,
    stated_only: bool,
) -> Vec<Claim> {
    if labels.is_empty() {
        let none = Label {
            privilege: Privilege::UnnamedPrivilege,
            as_written: String::new(),
        };
        return vec![unnamed_privilege(&none, entry, context)];
    }
    labels
        .iter()
        .map(|label| match label.privilege {
            Privilege::ConfidentialLabel => confidential_label(label, entry),
            Privilege::UnnamedPrivilege => unnamed_privilege(label, entry, context),
            Privilege::UnknownLabel => unknown_label(label),
            Privilege::OtherRecognised => not_assessed(label),
            Privilege::StateSecrets | Privilege::PresidentialCommunications => {
                engine_branch(label, verdict, stated_only)
            }
            Privilege::AttorneyClient => attorney_client(label, entry, context),
            Privilege::WorkProduct => work_product(label, entry, context),
            Privilege::LawEnforcement => law_enforcement(label, entry, context),
            Privilege::DeliberativeProcess => {
                deliberative_process(label, entry, context, verdict, stated_only)
            }
        })
        .collect()
}

/// Whether the words of an entry would read as outside the producing party — for the engine's
/// cue that the document is not intra-governmental (P2).
pub fn outside_party<'e>(entry: &'e Entry<'_>) -> Option<(Outside, &'e str)> {
    entry
        .participants
        .outsiders()
        .next()
        .and_then(|p| p.outside.map(|o| (o, p.name.as_str())))
}

/// Whether the entry reads as issued (P3) — for the engine's post-decisional cue.
pub fn reads_as_issued(entry: &Entry<'_>) -> Option<String> {
    entry.issued()
}

/// Whether the entry reads as factual with no role (P4) — for the engine's factual cue.
pub fn reads_as_factual(entry: &Entry<'_>) -> Option<String> {
    (entry.has(Mark::Factual) && !entry.has(Mark::Role)).then(|| entry.quoted(Mark::Factual))
}
