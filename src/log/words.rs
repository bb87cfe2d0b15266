//! The text tests a log entry's words are put to (`docs/log-review.md`, "Text tests"): lists of
//! words, not law. Each list is a [`Mark`]; one pass over a cell finds every mark it carries,
//! with the words that carried it. Matching ignores ASCII case and takes whole words only; a
//! phrase ending in `*` takes any ending ("recommend*").
//!
//! These words only ever point to what the log shows on its face. They never set a fact of the
//! engine by restating a label: "deliberative", "privileged", "confidential" carry no mark.

use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};
use std::sync::OnceLock;

/// Declares the marks once: the [`Mark`] enum and [`Mark::ALL`], every mark in order.
macro_rules! marks {
    ($($(#[$doc:meta])* $variant:ident,)+) => {
        /// What a phrase points to.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum Mark {
            $($(#[$doc])* $variant,)+
        }

        impl Mark {
            /// Every mark, in order.
            const ALL: [Mark; MARKS] = [$(Mark::$variant,)+];
        }
    };
}

marks! {
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

/// The phrases compiled once into one anchored automaton, walked from each word's start by
/// [`marks`] (immutable: a cache, not state). A DFA: each byte of a walk is one look-up in a
/// table, where a trie would search the state's transitions.
fn anchored() -> Option<&'static (DFA, StateID)> {
    static ANCHORED: OnceLock<Option<(DFA, StateID)>> = OnceLock::new();
    ANCHORED
        .get_or_init(|| {
            let dfa = aho_corasick::dfa::Builder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .start_kind(aho_corasick::StartKind::Anchored)
                .prefilter(false)
                .build(PHRASES.iter().map(|(p, _)| p.trim_end_matches('*')))
                .ok()?;
            let start = dfa.start_state(Anchored::Yes).ok()?;
            Some((dfa, start))
        })
        .as_ref()
}

/// The marks `text` carries. Every phrase found as whole words counts, overlapping or not,
/// except words inside a phrase listed with no marks. Each mark keeps the first words that
/// carried it, in the order phrases end (and, ending together, the longer first).
pub fn marks(text: &str) -> Marks {
    let Some((dfa, start)) = anchored() else {
        return marks_hidden(text);
    };
    let bytes = text.as_bytes();
    // For each mark, the first phrase that carried it: (where the phrase as listed ends, where
    // it starts, where its words end).
    let mut first: [Option<(usize, usize, usize)>; MARKS] = [None; MARKS];
    // A phrase counts only as whole words, so only where a word starts: the phrases starting
    // there are found by walking the automaton until no phrase goes on.
    for at in 0..bytes.len() {
        if at > 0 && bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let mut state = *start;
        for (i, byte) in bytes.iter().enumerate().skip(at) {
            state = dfa.next_state(Anchored::Yes, state, *byte);
            if dfa.is_dead(state) {
                break;
            }
            if !dfa.is_match(state) {
                continue;
            }
            let found_end = i + 1;
            for k in 0..dfa.match_len(state) {
                let pattern = dfa.match_pattern(state, k);
                // The state also matches shorter phrases ending here, which start later.
                if dfa.pattern_len(pattern) != found_end - at {
                    continue;
                }
                let Some((end, carried)) = whole_words(bytes, pattern.as_usize(), at, found_end)
                else {
                    continue;
                };
                // Most texts hold no phrase that hides others; one that does is read again,
                // every phrase kept until the hiding ones are known.
                if carried.is_empty() {
                    return marks_hidden(text);
                }
                for mark in carried {
                    if let Some(slot) = first.get_mut(*mark as usize)
                        && slot.is_none_or(|(e, s, _)| (found_end, at) < (e, s))
                    {
                        *slot = Some((found_end, at, end));
                    }
                }
            }
        }
    }
    let mut marks = Marks::default();
    for (mark, found) in Mark::ALL.iter().zip(first) {
        if let Some((_, start, end)) = found {
            marks.add(*mark, start, end);
        }
    }
    marks
}

/// Phrase `pattern` found in `bytes` from `start` to `found_end`, where it stands as whole words
/// (`start` beginning a word): where its words end (the end of the word, for a phrase taking any
/// ending) and the marks it carries.
fn whole_words(
    bytes: &[u8],
    pattern: usize,
    start: usize,
    found_end: usize,
) -> Option<(usize, &'static [Mark])> {
    let (phrase, carried) = PHRASES.get(pattern)?;
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    if word(start.checked_sub(1).and_then(|i| bytes.get(i))) {
        return None;
    }
    let any_ending = phrase.ends_with('*');
    let end = if any_ending {
        found_end
            + bytes
                .iter()
                .skip(found_end)
                .take_while(|b| b.is_ascii_alphanumeric())
                .count()
    } else {
        found_end
    };
    // A phrase ending in "." ends a word itself.
    let closed = phrase.ends_with('.');
    if !any_ending && !closed && word(bytes.get(end)) {
        return None;
    }
    Some((end, carried))
}

/// [`marks`] of a text holding a phrase that hides the words inside it: every phrase found,
/// in the order found, kept until the hiding ones are known.
fn marks_hidden(text: &str) -> Marks {
    let mut marks = Marks::default();
    let Some(matcher) = matcher() else {
        return marks;
    };
    let bytes = text.as_bytes();
    // Spans of the phrases that hide the words inside them.
    let mut hidden: Vec<(usize, usize)> = Vec::new();
    let mut hits: Vec<(usize, usize, &[Mark])> = Vec::new();
    for hit in matcher.find_overlapping_iter(text) {
        let Some((end, carried)) =
            whole_words(bytes, hit.pattern().as_usize(), hit.start(), hit.end())
        else {
            continue;
        };
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
        .filter(|w| !is_empty_word(w))
        .take(enough)
        .count()
}

/// Whether `word` is one of [`EMPTY_WORDS`], any ASCII case: the word lowercased once and
/// looked up among the empty words of its length (every word has this test).
fn is_empty_word(word: &str) -> bool {
    /// Empty words by length (all ASCII and lowercase: `empty_words_are_lowercase_ascii`).
    static BY_LENGTH: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let by_length = BY_LENGTH.get_or_init(|| {
        let longest = EMPTY_WORDS.iter().map(|e| e.len()).max().unwrap_or(0);
        let mut by_length = vec![Vec::new(); longest + 1];
        for empty in EMPTY_WORDS {
            if let Some(same) = by_length.get_mut(empty.len()) {
                same.push(*empty);
            }
        }
        by_length
    });
    let Some(same) = by_length.get(word.len()) else {
        return false;
    };
    let mut lower = [0u8; 32];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return same.iter().any(|e| e.eq_ignore_ascii_case(word));
    };
    for (to, from) in lower.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    same.iter().any(|e| e.as_bytes() == lower)
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
/// aside, hashed (64 bits, eight bytes of a word at a time, each word's length mixed in after
/// it) so that a log of any size is counted without copies. `None` when the description has no
/// words.
pub fn description_key(text: &str) -> Option<u64> {
    /// An odd constant with well-spread bits (the golden ratio's).
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    fn mix(hash: u64, value: u64) -> u64 {
        (hash ^ value).wrapping_mul(K).rotate_left(29)
    }
    let mut hash = K;
    let mut words = 0;
    for word in text.split_ascii_whitespace() {
        for chunk in word.as_bytes().chunks(8) {
            let mut lower = [0u8; 8];
            for (to, from) in lower.iter_mut().zip(chunk) {
                *to = from.to_ascii_lowercase();
            }
            hash = mix(hash, u64::from_le_bytes(lower));
        }
        hash = mix(hash, word.len() as u64);
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
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
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
    fn every_mark_is_listed_in_order() {
        for (i, mark) in Mark::ALL.iter().enumerate() {
            assert_eq!(*mark as usize, i);
        }
    }

    /// [`marks`] (phrases found from each word's start) reads every text as the reading that
    /// keeps every phrase found does ([`marks_hidden`], the reading of a text with a phrase
    /// that hides others): the same marks, carried by the same words.
    #[test]
    fn the_marks_found_from_word_starts_are_the_marks_of_every_phrase_found() {
        let fragments: Vec<&str> = PHRASES
            .iter()
            .map(|(p, _)| p.trim_end_matches('*'))
            .chain([
                " ", " ", " ", ", ", "-", "/", ".", "s", "ing", "x", "'s", "\u{e9}", "(", ")",
                "General ", "COUNSEL", "Draft", "final ", "to ",
            ])
            .collect();
        // A small generator, the same on every run.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + next(12) {
                text.push_str(fragments[next(fragments.len())]);
                if next(3) > 0 {
                    text.push(' ');
                }
            }
            assert_eq!(marks(&text), marks_hidden(&text), "{text:?}");
        }
        for text in [
            "General Counsel's advice of counsel, legal advice on the draft of the options",
            "Letter sent to the broker; all staff; to all staff; attorney work product",
            "Counsel counsel COUNSEL general counsel",
            "",
            "recommendations recommended recommend",
        ] {
            assert_eq!(marks(text), marks_hidden(text), "{text:?}");
        }
    }

    #[test]
    fn self_serving_words_carry_no_mark() {
        let m = marks("Privileged deliberative predecisional confidential communication");
        assert_eq!(m, Marks::default());
    }

    #[test]
    fn empty_words_are_lowercase_ascii() {
        for empty in EMPTY_WORDS {
            assert!(
                empty
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase()),
                "{empty}"
            );
            assert!(is_empty_word(empty) && is_empty_word(&empty.to_uppercase()));
        }
        assert!(!is_empty_word("staffing") && !is_empty_word(""));
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
    fn descriptions_with_other_words_have_other_keys() {
        // The same letters cut into other words, moved, or with more of them: each its own key
        // (lengths around the eight bytes hashed at a time).
        let texts = [
            "ab c",
            "a bc",
            "abc",
            "a b c",
            "c ab",
            "ab c ab c",
            "abcdefgh",
            "abcdefg h",
            "abcdefgh i",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnop q",
            "a\0",
            "a",
            "a\0\0\0\0\0\0\0",
            "draft memo",
            "memo draft",
            "Staff draft recommendation on pricing comparisons, entry 1.",
            "Staff draft recommendation on pricing comparisons, entry 2.",
            "Staff draft recommendation on pricing comparisons, entry 12.",
        ];
        let keys: std::collections::HashSet<u64> =
            texts.iter().filter_map(|t| description_key(t)).collect();
        assert_eq!(keys.len(), texts.len());
        assert_eq!(
            description_key("Email\tregarding\r\nthe  CASE Schedule; ÉTÉ"),
            description_key("email regarding the case schedule; ÉTÉ")
        );
        assert_ne!(description_key("ÉTÉ"), description_key("été"));
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
