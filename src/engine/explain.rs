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

/// Finds the path along which the reasons are told.
pub(crate) fn path(tree: &Tree, mode: Mode, facts: Facts, open_mask: u64) -> Path {
    let mut values = facts;
    let mut assumed = 0u64;
    let mut followed: Vec<Followed> = Vec::new();
    let mut given: Vec<(Fact, u8)> = Vec::new();
    // Each silent walk answers one more unknown, so there are at most as many as facts.
    for _ in 0..=FACT_COUNT {
        let mut walk = Walk::silent(mode, values);
        let need = match decide(&mut walk) {
            Ok(_) => {
                return Path {
                    values,
                    assumed,
                    followed,
                    reason: walk.reason,
                };
            }
            Err(need) => need,
        };
        let branches: Vec<(u8, OutcomeSet)> = answers(need)
            .map(|answer| {
                given.push((need.fact, answer));
                let outcomes = tree.outcomes_given(&given);
                given.pop();
                (answer, outcomes)
            })
            .collect();
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
        given.push((need.fact, answer));
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
    let wanted = match fact.info().domain {
        Domain::YesNo => u8::from(goes_on_when_yes),
        Domain::OneOf(_) => return branches.first().map(|(a, _)| *a),
    };
    branches.iter().map(|(a, _)| *a).find(|a| *a == wanted)
}

/// The summary of an undecided verdict, in the questions' words.
pub(crate) fn indeterminate_summary(possible: OutcomeSet, open: &[Fact], forum: Forum) -> String {
    let labels: Vec<String> = possible
        .iter()
        .map(|o| lower_first(outcome_label(o, forum)))
        .collect();
    let topics: Vec<&str> = open.iter().map(|f| f.info().topic).collect();
    format!(
        "On the facts stated the ruling is not yet decided: it turns on {}, and could be: {}.",
        join_and(&topics),
        labels.join("; or ")
    )
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => "facts not yet known".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !text.starts_with("FOIA") => first.to_lowercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}
