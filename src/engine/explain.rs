//! The explanation of a verdict: the reasoning step by step along one path, and the summary.
//!
//! Where the walk meets a fact nobody stated, the reasoning says so and follows one answer:
//! where every answer leads to the same place, that this is so; where the answers part, where
//! each leads, and that the reasoning after it follows one answer only. Every finding that then
//! rests on that answer says "If …" (`trace.rs`): no unknown fact is ever stated as established.

use super::explore::{Tree, answers};
use super::facts::{Domain, FACT_COUNT, Fact, Facts};
use super::outcome::OutcomeSet;
use super::procedure::decide;
use super::request::Mode;
use super::trace::{Reasons, Walk};
use super::vocabulary::{Forum, answer_in_sentence, outcome_label};

/// Records the reasoning along the path the stated facts, and the followed answers, take.
pub(crate) fn reasons(tree: &Tree, mode: Mode, facts: Facts, open_mask: u64) -> Reasons {
    let forum = Forum::of(mode, &facts);
    let mut values = facts;
    let mut assumed = 0u64;
    let mut unstated: Vec<(Fact, String)> = Vec::new();
    let mut followed: Vec<(Fact, u8)> = Vec::new();
    // Find the path first with silent walks (each answers one more unknown, so there are at most
    // as many as facts), then record it once.
    for _ in 0..=FACT_COUNT {
        let Err(need) = decide(&mut Walk::silent(mode, values)) else {
            break;
        };
        let branches: Vec<(u8, OutcomeSet)> = answers(need)
            .map(|answer| {
                followed.push((need.fact, answer));
                let outcomes = tree.outcomes_given(&followed);
                followed.pop();
                (answer, outcomes)
            })
            .collect();
        let same_everywhere = branches.windows(2).all(|pair| match pair {
            [(_, a), (_, b)] => a == b,
            _ => true,
        });
        let answer = preferred_answer(need.fact, &branches)
            .or_else(|| branches.first().map(|(answer, _)| *answer))
            .unwrap_or(0);
        let followed_words = answer_in_sentence(need.fact, answer);
        let question = need.fact.info().question;
        let finding = if open_mask & need.fact.bit() == 0 && same_everywhere {
            format!(
                "Not stated: {question} Every answer leads to the same result here, so the reasoning continues on the answer \u{201c}{followed_words}\u{201d}."
            )
        } else {
            let paths: Vec<String> = branches
                .iter()
                .map(|(answer, outcomes)| {
                    let labels: Vec<&str> =
                        outcomes.iter().map(|o| outcome_label(o, forum)).collect();
                    format!(
                        "{} \u{2192} {}",
                        answer_in_sentence(need.fact, *answer),
                        labels.join(" or ")
                    )
                })
                .collect();
            format!(
                "The ruling turns on a fact not yet known: {question} ({}). The reasoning below follows the answer \u{201c}{followed_words}\u{201d} only, and each finding that rests on it says so; see the open questions.",
                paths.join("; ")
            )
        };
        unstated.push((need.fact, finding));
        values.set(need.fact, Some(answer));
        assumed |= need.fact.bit();
        followed.push((need.fact, answer));
    }
    let mut reasons = Reasons {
        unstated,
        ..Reasons::default()
    };
    // The path is complete now, so this walk reaches a ruling.
    let _ = decide(&mut Walk::recorded(
        mode,
        values,
        assumed,
        &facts,
        &mut reasons,
    ));
    reasons
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
