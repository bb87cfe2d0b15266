//! Cues: facts a log entry's description suggests but does not state. "Draft",
//! "recommendation" or "pros and cons" suggest a deliberative, predecisional document; "final
//! determination" or "as adopted" a post-decisional one; "statistics" or "data" factual content.
//! A cue is only ever a suggestion, shown with the words that triggered it; it counts only when the
//! user accepts it, and the verdict then says which facts came from accepted cues.

use crate::engine::Fact;
use crate::engine::facts::{FactualContent, NO, YES};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// A suggested fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The fact suggested.
    pub fact: Fact,
    /// The value suggested.
    pub value: u8,
    /// The words in the description that suggest it, as written there.
    pub words: String,
}

impl Cue {
    /// The cue in words: the fact it suggests as a sentence, and the entry's words that
    /// suggest it.
    pub fn describe(&self) -> String {
        format!(
            "{} (the entry's words: \u{201c}{}\u{201d})",
            crate::documents::fact_sentence(self.fact, self.value),
            self.words
        )
    }
}

const DELIBERATIVE: (Fact, u8) = (Fact::Deliberative, YES);
const PREDECISIONAL: (Fact, u8) = (Fact::Predecisional, YES);
const POST: (Fact, u8) = (Fact::PostDecisional, YES);
const SEGREGABLE: (Fact, u8) = (Fact::FactualContent, FactualContent::Segregable as u8);
const INTERTWINED: (Fact, u8) = (Fact::FactualContent, FactualContent::Intertwined as u8);
const INTERNAL: (Fact, u8) = (Fact::SolelyInternalUse, YES);
const OUTSIDE: (Fact, u8) = (Fact::IntraGovernmental, NO);

/// The phrases and what each suggests. A trailing `*` matches any ending ("deliberat*").
const PHRASES: &[(&str, &[(Fact, u8)])] = &[
    ("draft*", &[DELIBERATIVE, PREDECISIONAL]),
    ("recommendation*", &[DELIBERATIVE, PREDECISIONAL]),
    ("recommend*", &[DELIBERATIVE, PREDECISIONAL]),
    ("pros and cons", &[DELIBERATIVE, PREDECISIONAL]),
    ("pro and con", &[DELIBERATIVE, PREDECISIONAL]),
    ("pro-con", &[DELIBERATIVE, PREDECISIONAL]),
    ("pro/con", &[DELIBERATIVE, PREDECISIONAL]),
    ("staff memorandum", &[DELIBERATIVE]),
    ("staff memo", &[DELIBERATIVE]),
    ("options paper", &[DELIBERATIVE, PREDECISIONAL]),
    ("proposed", &[DELIBERATIVE, PREDECISIONAL]),
    ("advisory opinion*", &[DELIBERATIVE]),
    ("preliminary", &[PREDECISIONAL]),
    ("prior to the final", &[PREDECISIONAL]),
    ("before the final", &[PREDECISIONAL]),
    ("final determination", &[POST]),
    ("as adopted", &[POST]),
    ("instructions implementing", &[POST]),
    ("implementing instructions", &[POST]),
    ("final decision", &[POST]),
    ("final opinion", &[POST]),
    ("as issued", &[POST]),
    ("working law", &[POST]),
    ("statistics", &[SEGREGABLE]),
    ("statistical", &[SEGREGABLE]),
    ("data", &[SEGREGABLE]),
    ("figures", &[SEGREGABLE]),
    ("tables", &[SEGREGABLE]),
    ("factual summary", &[INTERTWINED]),
    ("summary of facts", &[INTERTWINED]),
    ("summary of the facts", &[INTERTWINED]),
    ("internal use", &[INTERNAL]),
    ("solely for the", &[INTERNAL]),
    ("submitted by", &[OUTSIDE]),
    ("outside consultant", &[OUTSIDE]),
    ("third party", &[OUTSIDE]),
    ("third-party", &[OUTSIDE]),
];

/// The phrases compiled once into one automaton (immutable: a cache, not state).
fn matcher() -> Option<&'static AhoCorasick> {
    static MATCHER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    MATCHER
        .get_or_init(|| {
            let patterns: Vec<&str> = PHRASES
                .iter()
                .map(|(p, _)| p.trim_end_matches('*'))
                .collect();
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .ok()
        })
        .as_ref()
}

/// The cues in a description, each fact once (the first words that suggest it). A fact suggested
/// both ways ("draft … final determination") is left out: the words do not settle it.
pub fn cues(description: &str) -> Vec<Cue> {
    let mut found: Vec<Cue> = Vec::new();
    let mut conflicting: Vec<Fact> = Vec::new();
    let bytes = description.as_bytes();
    let Some(matcher) = matcher() else {
        return found;
    };
    for hit in matcher.find_iter(description) {
        let Some((phrase, suggestions)) = PHRASES.get(hit.pattern().as_usize()) else {
            continue;
        };
        let before = hit.start().checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(hit.end());
        let word_char = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
        if word_char(before) || (!phrase.ends_with('*') && word_char(after)) {
            continue;
        }
        let end = if phrase.ends_with('*') {
            bytes
                .iter()
                .skip(hit.end())
                .take_while(|b| b.is_ascii_alphanumeric())
                .count()
                + hit.end()
        } else {
            hit.end()
        };
        // Copied only for the cues it makes.
        let words = description.get(hit.start()..end).unwrap_or_default();
        for (fact, value) in *suggestions {
            match found.iter().find(|c| c.fact == *fact) {
                Some(existing) if existing.value != *value => conflicting.push(*fact),
                Some(_) => {}
                None => found.push(Cue {
                    fact: *fact,
                    value: *value,
                    words: words.to_string(),
                }),
            }
        }
    }
    found.retain(|cue| !conflicting.contains(&cue.fact));
    found
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;

    fn suggested(description: &str) -> Vec<String> {
        // The fact's contract name and value: what the cue sets, independent of its wording.
        cues(description)
            .iter()
            .map(|c| {
                let value = match c.fact.info().domain {
                    crate::engine::Domain::YesNo if c.value == YES => "yes",
                    crate::engine::Domain::YesNo => "no",
                    domain => domain.value_name(c.value),
                };
                format!("{} = {value} (\u{201c}{}\u{201d})", c.fact.name(), c.words)
            })
            .collect()
    }

    #[test]
    fn deliberative_words_suggest_deliberative_and_predecisional() {
        assert_eq!(
            suggested("Staff DRAFT recommendation on pros and cons of an affirmative finding"),
            vec![
                "deliberative = yes (\u{201c}DRAFT\u{201d})",
                "predecisional = yes (\u{201c}DRAFT\u{201d})"
            ]
        );
        // The agency's own label restates the claim: it is not evidence (docs/log-review.md).
        assert!(suggested("Deliberative, predecisional communication").is_empty());
    }

    #[test]
    fn post_decisional_and_factual_words() {
        assert_eq!(
            suggested("Final determination as adopted"),
            vec!["post_decisional = yes (\u{201c}Final determination\u{201d})"]
        );
        assert_eq!(
            suggested("Import statistics for 1979"),
            vec!["factual_content = segregable (\u{201c}statistics\u{201d})"]
        );
        assert_eq!(
            suggested("Factual summary of the record"),
            vec!["factual_content = intertwined (\u{201c}Factual summary\u{201d})"]
        );
    }

    #[test]
    fn a_phrase_of_several_words_takes_any_ending() {
        assert_eq!(
            suggested("Staff advisory opinions, 1980"),
            vec!["deliberative = yes (\u{201c}advisory opinions\u{201d})"]
        );
    }

    #[test]
    fn whole_words_only_and_conflicts_left_out() {
        assert!(cues("Database update; candidate list; undrafted").is_empty());
        // Segregable and intertwined both suggested: the words do not settle it.
        assert!(
            suggested("Factual summary with statistics")
                .iter()
                .all(|c| !c.starts_with("factual_content"))
        );
    }
}
