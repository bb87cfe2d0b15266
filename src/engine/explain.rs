//! The explanation of a verdict: the reasoning step by step along one path, and the summary.
//!
//! Where the walk meets a fact nobody stated, the reasoning says so and follows one answer:
//! where every answer leads to the same place, that this is so; where the answers part, where
//! each leads, and that the reasoning after it follows one answer only. Every finding that then
//! rests on that answer says "If …" (`trace.rs`): no unknown fact is ever stated as established.

use super::explore::{Tree, answers};
use super::facts::{Domain, FACT_COUNT, Fact, Facts};
use super::findings::Reason;
use super::outcome::OutcomeSet;
use super::procedure::decide;
use super::request::Mode;
use super::trace::{Reasons, Step, Walk};
use super::vocabulary::{Forum, answer_in_sentence, outcome_label};

/// A fact nobody stated that the reasoning meets, and the answer it follows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Followed {
    fact: Fact,
    answer: u8,
    /// Each answer it could have here, and the rulings it leads to.
    branches: Vec<(u8, OutcomeSet)>,
    /// Whether every answer leads to the same rulings (and the fact is no open question).
    same_everywhere: bool,
}

/// The path the reasoning takes: the stated facts, completed with the answers followed for the
/// unknown facts it meets; and what the ruling rests on. Found with silent walks only: no text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Path {
    values: Facts,
    assumed: u64,
    followed: Vec<Followed>,
    pub reason: Option<Reason>,
}

impl Path {
    /// The stated facts, completed with the answers followed for the unknown facts the
    /// reasoning meets: a silent walk on them takes the reasoning's own path (the decision
    /// diagram draws it).
    pub(crate) fn values(&self) -> Facts {
        self.values
    }

    /// The unknown facts whose answers the reasoning follows, as a set.
    pub(crate) fn assumed(&self) -> u64 {
        self.assumed
    }
}

/// Finds the path along which the reasons are told.
pub(crate) fn path(tree: &Tree, facts: Facts, open_mask: u64) -> Path {
    let mut values = facts;
    let mut assumed = 0u64;
    let mut followed: Vec<Followed> = Vec::new();
    let mut kept = tree.narrowing();
    // Each step answers one more unknown, so there are at most as many as facts. The path is
    // one of the tree's own, so each step is read off the tree rather than walked again.
    for _ in 0..=FACT_COUNT {
        let need = match tree.walk(&values, assumed) {
            Ok(reason) => {
                return Path {
                    values,
                    assumed,
                    followed,
                    reason,
                };
            }
            Err(need) => need,
        };
        let branches = kept.branches(need.fact, answers(need));
        let same_everywhere = open_mask & need.fact.bit() == 0
            && branches.windows(2).all(|pair| match pair {
                [(_, a), (_, b)] => a == b,
                _ => true,
            });
        let answer = preferred_answer(need.fact, &branches)
            .or_else(|| branches.first().map(|(answer, _)| *answer))
            .unwrap_or(0);
        values.set(need.fact, Some(answer));
        assumed |= need.fact.bit();
        kept.give(need.fact, answer);
        followed.push(Followed {
            fact: need.fact,
            answer,
            branches,
            same_everywhere,
        });
    }
    Path {
        values,
        assumed,
        followed,
        reason: None,
    }
}

/// The reasoning along the path, in words.
pub(crate) fn steps(path: &Path, mode: Mode, facts: Facts) -> Vec<Step> {
    let forum = Forum::of(mode, &facts);
    let unstated = path
        .followed
        .iter()
        .map(|f| {
            let question = f.fact.info().question;
            let followed_words = answer_in_sentence(f.fact, f.answer);
            let finding = if f.same_everywhere {
                format!(
                    "Not stated: {question} Every answer leads to the same result here, so the reasoning continues on the answer \u{201c}{followed_words}\u{201d}."
                )
            } else {
                let paths: Vec<String> = f
                    .branches
                    .iter()
                    .map(|(answer, outcomes)| {
                        let labels: Vec<&str> = outcomes.iter().map(|o| outcome_label(o, forum)).collect();
                        format!(
                            "{} \u{2192} {}",
                            answer_in_sentence(f.fact, *answer),
                            labels.join(" or ")
                        )
                    })
                    .collect();
                format!(
                    "The ruling turns on a fact not yet known: {question} ({}). The reasoning below follows the answer \u{201c}{followed_words}\u{201d} only, and each finding that rests on it says so; see the open questions.",
                    paths.join("; ")
                )
            };
            (f.fact, finding)
        })
        .collect();
    let mut reasons = Reasons {
        unstated,
        ..Reasons::default()
    };
    // The path is complete, so this walk reaches a ruling.
    let _ = decide(&mut Walk::recorded(
        mode,
        path.values,
        path.assumed,
        &facts,
        &mut reasons,
    ));
    reasons.steps
}

/// The ordinary answer, followed where every answer leads to the same place: the one that lets
/// the analysis go on.
fn preferred_answer(fact: Fact, branches: &[(u8, OutcomeSet)]) -> Option<u8> {
    match ordinary_answer(fact) {
        Some(wanted) => branches.iter().map(|(a, _)| *a).find(|a| *a == wanted),
        None => branches.first().map(|(a, _)| *a),
    }
}

/// The answer of a yes/no fact that lets the analysis go on (`None` for a fact with more
/// answers: the first the fact can have there is followed). The decision diagram follows the
/// same answers for the facts that are no open question.
pub(crate) fn ordinary_answer(fact: Fact) -> Option<u8> {
    let goes_on_when_yes = matches!(
        fact,
        Fact::IntraGovernmental
            | Fact::SolelyInternalUse
            | Fact::Deliberative
            | Fact::Predecisional
            | Fact::FormalClaim
            | Fact::PersonalReview
            | Fact::Affidavit
            | Fact::Itemized
            | Fact::PresidentialCircle
    );
    match fact.info().domain {
        Domain::YesNo => Some(u8::from(goes_on_when_yes)),
        Domain::OneOf(_) => None,
    }
}

/// The summary of an undecided verdict, in the questions' words. Every indeterminate verdict
/// carries it, so it is written straight into one string.
pub(crate) fn indeterminate_summary(possible: OutcomeSet, open: &[Fact], forum: Forum) -> String {
    let mut summary = String::with_capacity(256);
    summary.push_str("On the facts stated the ruling is not yet decided: it turns on ");
    match open {
        [] => summary.push_str("facts not yet known"),
        [init @ .., last] => {
            for (i, fact) in init.iter().enumerate() {
                if i > 0 {
                    summary.push_str(", ");
                }
                summary.push_str(fact.info().topic);
            }
            if !init.is_empty() {
                summary.push_str(" and ");
            }
            summary.push_str(last.info().topic);
        }
    }
    summary.push_str(", and could be: ");
    for (i, outcome) in possible.iter().enumerate() {
        if i > 0 {
            summary.push_str("; or ");
        }
        push_lower_first(&mut summary, outcome_label(outcome, forum));
    }
    summary.push('.');
    summary
}

/// `text` with its first letter in lower case (a label inside a sentence), except "FOIA".
fn push_lower_first(out: &mut String, text: &str) {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !text.starts_with("FOIA") => {
            out.extend(first.to_lowercase());
            out.push_str(chars.as_str());
        }
        _ => out.push_str(text),
    }
}
