//! The text tests a log entry's words are put to (`docs/log-review.md`, "Text tests"): lists of
//! words, not law. Each list is a [`Mark`]; one pass over a cell finds every mark it carries,
//! with the words that carried it. Matching ignores ASCII case and takes whole words only; a
//! phrase ending in `*` takes any ending ("recommend*").
//!
//! These words only ever point to what the log shows on its face. They never set a fact of the
//! engine by restating a label: "deliberative", "privileged", "confidential" carry no mark.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// What a phrase points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Mark {
    /// T1: a lawyer's title.
    Lawyer,
    /// T2: legal advice sought, given or relayed (and every litigation word).
    LegalPurpose,
    /// T3: litigation.
    Litigation,
    /// T4: final, issued, adopted, filed or served.
    Issued,
    /// T4's "sent to", which counts only where an outsider is a participant.
    SentTo,
    /// T5: the ordinary course of business.
    OrdinaryCourse,
    /// T7: a decision.
    Decision,
    /// T8: the document's role in a decision.
    Role,
    /// T9: opinion work product.
    Opinion,
    /// T10: factual content.
    Factual,
    /// The word "draft" (the draft override of T4).
    Draft,
    /// A10: an attachment.
    Attachment,
    /// L4: the interest the law-enforcement privilege protects.
    LawEnforcementInterest,
    /// X1: a communication (which must name its recipients).
    Communication,
    /// X4: a named group of recipients with no count.
    Group,
    /// X5: a mark of an outside organisation.
    Organisation,
    /// X8: addressees named in the description ("to field staff").
    Addressees,
}

/// How many marks there are.
const MARKS: usize = Mark::Addressees as usize + 1;

/// Each phrase and the marks it carries. A phrase listed with no marks hides the words inside
/// it ("attorney-client" names no lawyer; "before issuance" is not issued).
const PHRASES: &[(&str, &[Mark])] = {
    use Mark::*;
    &[
        // T1: lawyers.
        ("counsel", &[Lawyer]),
        ("attorney", &[Lawyer]),
        ("attorneys", &[Lawyer]),
        ("general counsel", &[Lawyer]),
        ("chief counsel", &[Lawyer]),
        ("office of chief counsel", &[Lawyer]),
        ("solicitor", &[Lawyer]),
        ("ausa", &[Lawyer]),
        ("trial attorney", &[Lawyer]),
        ("esq", &[Lawyer]),
        ("esq.", &[Lawyer]),
        ("legal department", &[Lawyer]),
        ("attorney-client", &[]),
        ("attorney client", &[]),
        ("attorney/client", &[]),
        ("attorney work product", &[]),
        // T2: legal purpose.
        ("legal advice", &[LegalPurpose, Role]),
        ("advice of counsel", &[LegalPurpose, Lawyer, Role]),
        ("counsel's advice", &[LegalPurpose, Lawyer, Role]),
        ("counsel's recommendation", &[LegalPurpose, Lawyer, Role]),
        ("counsel's analysis", &[LegalPurpose, Lawyer, Role]),
        ("legal opinion", &[LegalPurpose]),
        ("legal analysis", &[LegalPurpose, Role]),
        ("legal memorandum", &[LegalPurpose]),
        ("statute of limitations", &[LegalPurpose]),
        ("legal sufficiency", &[LegalPurpose]),
        // T3: litigation (each also T2).
        ("litigation", &[Litigation, LegalPurpose]),
        ("anticipation of litigation", &[Litigation, LegalPurpose]),
        ("lawsuit", &[Litigation, LegalPurpose]),
        ("complaint", &[Litigation, LegalPurpose]),
        ("trial", &[Litigation, LegalPurpose]),
        ("collection action", &[Litigation, LegalPurpose]),
        (
            "referral for litigation",
            &[Litigation, LegalPurpose, Decision],
        ),
        ("referred for litigation", &[Litigation, LegalPurpose]),
        ("settlement posture", &[Litigation, LegalPurpose]),
        ("defenses", &[Litigation, LegalPurpose, Opinion]),
        ("defences", &[Litigation, LegalPurpose, Opinion]),
        ("strategy", &[Litigation, LegalPurpose, Opinion]),
        ("deposition", &[Litigation, LegalPurpose]),
        ("declaration", &[Litigation, LegalPurpose]),
        ("interview by counsel", &[Litigation, LegalPurpose, Opinion]),
        ("discovery", &[Litigation, LegalPurpose]),
        ("litigation hold", &[Litigation, LegalPurpose]),
        ("court", &[Litigation, LegalPurpose]),
        // T4: final or issued; not bare "final", "before issuance" or "executed".
        ("as issued", &[Issued]),
        ("issued to", &[Issued]),
        ("as adopted", &[Issued]),
        ("adopted by", &[Issued]),
        ("final decision", &[Issued, Decision]),
        ("final determination", &[Issued, Decision]),
        ("implementing", &[Issued]),
        ("as filed", &[Issued]),
        ("as-filed", &[Issued]),
        ("filed with", &[Issued]),
        ("served on", &[Issued]),
        ("sent to", &[SentTo]),
        ("before issuance", &[]),
        // T5: ordinary course.
        ("ordinary course", &[OrdinaryCourse]),
        ("routine", &[OrdinaryCourse]),
        ("regular", &[OrdinaryCourse]),
        ("periodic", &[OrdinaryCourse]),
        ("status report", &[OrdinaryCourse]),
        ("standard operating", &[OrdinaryCourse]),
        ("compliance file", &[OrdinaryCourse]),
        // T7: a decision.
        ("whether", &[Decision]),
        ("decision", &[Decision]),
        ("determination", &[Decision]),
        ("proposed", &[Decision, Role]),
        ("recommend*", &[Decision, Role, Opinion]),
        ("options", &[Decision, Role]),
        ("referral", &[Decision]),
        ("penalty amount", &[Decision]),
        ("mitigation", &[Decision]),
        ("settlement", &[Decision]),
        ("culpability", &[Decision]),
        ("audit report", &[Decision]),
        ("audit findings", &[Decision]),
        ("investigation", &[Decision]),
        ("policy", &[Decision]),
        ("draft of", &[Decision, Role, Draft]),
        // T8: the document's role.
        ("draft*", &[Role, Draft]),
        ("alternatives", &[Role]),
        ("analysis", &[Role, Opinion]),
        ("pros and cons", &[Role]),
        ("preliminary", &[Role]),
        ("comments", &[Role]),
        ("advice", &[Role]),
        ("assessment", &[Role]),
        ("evaluation", &[Role, Opinion]),
        ("weighing", &[Role]),
        ("for use in", &[Role]),
        ("supporting", &[Role]),
        ("in support of", &[Role]),
        ("prepared for", &[Role]),
        ("requesting", &[Role]),
        // T9: opinion work product.
        ("risk*", &[Opinion]),
        ("theories", &[Opinion]),
        ("theory", &[Opinion]),
        ("interview*", &[Opinion]),
        (
            "draft pleading",
            &[Opinion, Role, Draft, Litigation, LegalPurpose],
        ),
        (
            "draft declaration",
            &[Opinion, Role, Draft, Litigation, LegalPurpose],
        ),
        (
            "draft brief",
            &[Opinion, Role, Draft, Litigation, LegalPurpose],
        ),
        // T10: factual content.
        ("data", &[Factual]),
        ("entry data", &[Factual]),
        ("spreadsheet", &[Factual]),
        ("figures", &[Factual]),
        ("calculations", &[Factual]),
        ("statistics", &[Factual]),
        ("chronology", &[Factual]),
        ("factual summary", &[Factual]),
        ("facts", &[Factual]),
        ("entry summaries", &[Factual]),
        // A10: attachments.
        ("attaching", &[Attachment]),
        ("attached", &[Attachment]),
        ("attachment*", &[Attachment]),
        ("enclosing", &[Attachment]),
        ("enclosure", &[Attachment]),
        // L4: the interest protected.
        ("informant*", &[LawEnforcementInterest]),
        ("confidential source*", &[LawEnforcementInterest]),
        ("technique*", &[LawEnforcementInterest]),
        ("investigative method*", &[LawEnforcementInterest]),
        ("witness*", &[LawEnforcementInterest]),
        ("ongoing investigation", &[LawEnforcementInterest, Decision]),
        ("open investigation", &[LawEnforcementInterest, Decision]),
        ("pending investigation", &[LawEnforcementInterest, Decision]),
        ("undercover", &[LawEnforcementInterest]),
        ("surveillance", &[LawEnforcementInterest]),
        ("targets", &[LawEnforcementInterest]),
        // X1: communications.
        ("email*", &[Communication]),
        ("e-mail*", &[Communication]),
        ("letter*", &[Communication]),
        ("memo", &[Communication]),
        ("memorandum", &[Communication]),
        ("memoranda", &[Communication]),
        ("message*", &[Communication]),
        ("correspondence", &[Communication]),
        ("fax", &[Communication]),
        ("transmittal", &[Communication]),
        // X4: groups with no count.
        ("all staff", &[Group]),
        ("all employees", &[Group]),
        ("all personnel", &[Group]),
        ("all hands", &[Group]),
        ("listserv", &[Group]),
        ("distribution list", &[Group]),
        ("mailing list", &[Group]),
        ("all ports", &[Group]),
        ("all field offices", &[Group]),
        // X5: outside organisations.
        ("inc", &[Organisation]),
        ("inc.", &[Organisation]),
        ("llc", &[Organisation]),
        ("corp", &[Organisation]),
        ("corp.", &[Organisation]),
        ("ltd", &[Organisation]),
        ("ltd.", &[Organisation]),
        ("llp", &[Organisation]),
        ("via counsel", &[Organisation]),
        ("broker*", &[Organisation]),
        ("importer*", &[Organisation]),
        // X8: addressees named in the description.
        ("to the custodians", &[Addressees]),
        ("to custodians", &[Addressees]),
        ("to field staff", &[Addressees]),
        ("to staff", &[Addressees]),
        ("to all staff", &[Addressees, Group]),
        ("to employees", &[Addressees]),
        ("to all employees", &[Addressees, Group]),
        ("to the field", &[Addressees]),
        ("to field offices", &[Addressees]),
        ("to port directors", &[Addressees]),
        ("to the ports", &[Addressees]),
    ]
};

/// The marks a text carries, and for each the first words that carried it (a byte range of
/// the text).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    found: u32,
    words: [(u32, u32); MARKS],
}

impl Marks {
    /// Whether the text carries `mark`.
    pub fn has(&self, mark: Mark) -> bool {
        self.found & (1 << mark as u32) != 0
    }

    /// The words of `text` (the text these marks were found in) that carried `mark`.
    pub fn words<'t>(&self, mark: Mark, text: &'t str) -> Option<&'t str> {
        if !self.has(mark) {
            return None;
        }
        let (start, end) = self.words.get(mark as usize).copied()?;
        text.get(start as usize..end as usize)
    }

    fn add(&mut self, mark: Mark, start: usize, end: usize) {
        if !self.has(mark) {
            self.found |= 1 << mark as u32;
            if let (Some(slot), Ok(start), Ok(end)) = (
                self.words.get_mut(mark as usize),
                u32::try_from(start),
                u32::try_from(end),
            ) {
                *slot = (start, end);
            }
        }
    }
}

/// The phrases compiled once into one automaton (immutable: a cache, not state).
fn matcher() -> Option<&'static AhoCorasick> {
    static MATCHER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    MATCHER
        .get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(PHRASES.iter().map(|(p, _)| p.trim_end_matches('*')))
                .ok()
        })
        .as_ref()
}

/// The marks `text` carries. Every phrase found as whole words counts, overlapping or not,
/// except words inside a phrase listed with no marks.
pub fn marks(text: &str) -> Marks {
    let mut marks = Marks::default();
    let Some(matcher) = matcher() else {
        return marks;
    };
    let bytes = text.as_bytes();
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    // Spans of the phrases that hide the words inside them.
    let mut hidden: Vec<(usize, usize)> = Vec::new();
    let mut hits: Vec<(usize, usize, &[Mark])> = Vec::new();
    for hit in matcher.find_overlapping_iter(text) {
        let Some((phrase, carried)) = PHRASES.get(hit.pattern().as_usize()) else {
            continue;
        };
        let before = hit.start().checked_sub(1).and_then(|i| bytes.get(i));
        let any_ending = phrase.ends_with('*');
        let end = if any_ending {
            hit.end()
                + bytes
                    .iter()
                    .skip(hit.end())
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count()
        } else {
            hit.end()
        };
        // A phrase ending in "." ends a word itself.
        let closed = phrase.ends_with('.');
        if word(before) || (!any_ending && !closed && word(bytes.get(end))) {
            continue;
        }
        if carried.is_empty() {
            hidden.push((hit.start(), end));
        } else {
            hits.push((hit.start(), end, carried));
        }
    }
    for (start, end, carried) in hits {
        if hidden
            .iter()
            .any(|(s, e)| *s <= start && end <= *e && (*s, *e) != (start, end))
        {
            continue;
        }
        for mark in carried {
            marks.add(*mark, start, end);
        }
    }
    marks
}

/// Words that say nothing of what a document is about (T6): stop words, kinds of document,
/// privilege words and generic words.
const EMPTY_WORDS: &[&str] = &[
    // Stop words.
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
    "at",
    "as",
    "is",
    "are",
    "be",
    "was",
    "were",
    "this",
    "that",
    "these",
    "those",
    "its",
    "it",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "we",
    "i",
    "you",
    "he",
    "she",
    "they",
    "not",
    "no",
    "per",
    "via",
    "cc",
    "fw",
    "fwd",
    "w",
    "s",
    // Kinds of document.
    "email",
    "e-mail",
    "emails",
    "memo",
    "memos",
    "memorandum",
    "memoranda",
    "letter",
    "letters",
    "note",
    "notes",
    "handwritten",
    "document",
    "documents",
    "attachment",
    "attachments",
    "report",
    "reports",
    "spreadsheet",
    "file",
    "files",
    "draft",
    "drafts",
    "message",
    "messages",
    // Privilege words.
    "privileged",
    "privilege",
    "confidential",
    "deliberative",
    "predecisional",
    "pre-decisional",
    "attorney",
    "client",
    "attorney-client",
    "work",
    "product",
    "legal",
    "advice",
    "internal",
    "communication",
    "communications",
    "process",
    "protected",
    // Generic words.
    "re",
    "regarding",
    "concerning",
    "about",
    "case",
    "matter",
    "matters",
    "issue",
    "issues",
    "information",
    "providing",
    "requesting",
    "discussing",
    "transmitting",
    "forwarding",
    "attaching",
    "reflecting",
    "containing",
    "related",
    "relating",
];

/// How many content words `text` has (T6), counting no further than `enough`.
pub fn content_words(text: &str, enough: usize) -> usize {
    text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .filter(|w| !EMPTY_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)))
        .take(enough)
        .count()
}

/// Whether a cell is missing: empty, or a placeholder ("Unknown", "N/A", "various", ...).
pub fn is_placeholder(cell: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "",
        "unknown",
        "unk",
        "n/a",
        "na",
        "none",
        "-",
        "--",
        "\u{2014}",
        "?",
        "tbd",
        "various",
        "multiple",
        "see attached",
    ];
    let value = cell.trim().trim_end_matches('.');
    PLACEHOLDERS.iter().any(|p| p.eq_ignore_ascii_case(value))
}

/// A description's identity for the boilerplate check (X2): its words, ASCII case and spacing
/// aside, hashed (FNV-1a, 64 bits) so that a log of any size is counted without copies. `None`
/// when the description has no words.
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
pub fn description_counts(
    keys: impl Iterator<Item = Option<u64>>,
) -> std::collections::HashMap<u64, usize> {
    let mut counts = std::collections::HashMap::new();
    for key in keys.flatten() {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(text: &str, mark: Mark) -> bool {
        marks(text).has(mark)
    }

    #[test]
    fn lawyers_by_title_but_not_in_privilege_labels() {
        assert!(has("J. Ramirez (Assistant Chief Counsel)", Mark::Lawyer));
        assert!(has("Trial Attorney, Civil Division", Mark::Lawyer));
        assert!(has("Jane Doe, Esq.", Mark::Lawyer));
        assert!(!has(
            "Attorney-client communication about the entries",
            Mark::Lawyer
        ));
        assert!(!has("Counselor program schedule", Mark::Lawyer));
    }

    #[test]
    fn legal_purpose_and_litigation() {
        assert!(has(
            "Legal advice on culpability and the statute of limitations",
            Mark::LegalPurpose
        ));
        let m = marks("Memorandum on defenses to the collection action");
        assert!(m.has(Mark::Litigation) && m.has(Mark::LegalPurpose) && m.has(Mark::Opinion));
        assert!(!has("Staffing for the port", Mark::LegalPurpose));
    }

    #[test]
    fn issued_but_not_bare_final_or_before_issuance() {
        assert!(has(
            "Pre-penalty notice as issued to importer",
            Mark::Issued
        ));
        assert!(has("Complaint as filed", Mark::Issued));
        assert!(!has("Recommended final penalty amount", Mark::Issued));
        assert!(!has("Comments before issuance of the notice", Mark::Issued));
        let m = marks("Letter sent to the broker");
        assert!(m.has(Mark::SentTo) && !m.has(Mark::Issued));
    }

    #[test]
    fn the_words_that_carried_a_mark_are_kept() {
        let text = "Draft RECOMMENDATION on the penalty amount";
        let m = marks(text);
        assert_eq!(m.words(Mark::Role, text), Some("Draft"));
        assert_eq!(m.words(Mark::Decision, text), Some("RECOMMENDATION"));
        assert_eq!(m.words(Mark::Factual, text), None);
    }

    #[test]
    fn self_serving_words_carry_no_mark() {
        let m = marks("Privileged deliberative predecisional confidential communication");
        assert_eq!(m, Marks::default());
    }

    #[test]
    fn content_words_leave_out_labels_and_forms() {
        assert_eq!(content_words("Email re: case", 5), 0);
        assert_eq!(content_words("Handwritten note", 5), 0);
        assert_eq!(
            content_words("Privileged attorney-client communication", 5),
            0
        );
        assert_eq!(content_words("Email re: staffing of the Laredo port", 5), 3);
        assert_eq!(content_words("one two three four", 2), 2);
    }

    #[test]
    fn boilerplate_is_counted_whatever_the_case_and_spacing() {
        let text = "Email regarding the antidumping case schedule";
        let upper = format!("  {}  ", text.to_uppercase());
        let counts = description_counts(
            [text, upper.as_str(), "other", ""]
                .into_iter()
                .map(description_key),
        );
        assert_eq!(counts.get(&description_key(text).unwrap()), Some(&2));
        assert_eq!(description_key("   "), None);
    }

    #[test]
    fn placeholders_are_missing() {
        for p in [
            "",
            " ",
            "Unknown",
            "N/A",
            "--",
            "Various",
            "TBD",
            "See attached",
            "none.",
        ] {
            assert!(is_placeholder(p), "{p:?}");
        }
        assert!(!is_placeholder("J. Smith"));
    }
}
