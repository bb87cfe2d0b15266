//! The guided interview's choice of question: which open question to ask next.
//!
//! Only an open question is ever asked: an unknown fact for which some completion of the other
//! unknowns gives different rulings for two of its answers (`verdict.open_questions`). A fact
//! that cannot change the ruling given the answers so far is never among them.
//!
//! Among the open questions, the one that best narrows the possible rulings:
//! 1. the smallest worst case: the fewest rulings still possible after its least helpful answer;
//! 2. then the fewest rulings still possible on average over its answers;
//! 3. then the first in the order of the questionnaire, which follows the order of decision.
//!
//! The worst case comes first because counsel cannot choose the answer: a question whose every
//! answer settles much is worth more than one that settles everything on one answer and nothing
//! on the others. The facts are counted as the verdict counts them (`leads_to`), so the choice
//! costs no walk of its own.

use super::facts::Fact;
use super::verdict::{OpenQuestion, Verdict};

/// The question to ask next: the best-narrowing open question not yet set aside as not known
/// (`passed`: the facts answered "Not known" in this interview, as a set of `Fact::bit`).
/// `None` when the ruling is decided, or every open question has been answered "Not known".
pub fn next_question(verdict: &Verdict, passed: u64) -> Option<(Fact, &OpenQuestion)> {
    verdict
        .open_questions
        .iter()
        .enumerate()
        .filter_map(|(order, question)| {
            let fact = Fact::from_name(question.fact)?;
            (passed & fact.bit() == 0).then_some((narrowing(question), order, fact, question))
        })
        .min_by_key(|(narrowing, order, _, _)| (*narrowing, *order))
        .map(|(_, _, fact, question)| (fact, question))
}

/// How little a question narrows the possible rulings: the most rulings any one answer leaves
/// possible, then the rulings its answers leave in all (the average, over a fixed count).
fn narrowing(question: &OpenQuestion) -> (usize, usize) {
    let counts = question
        .leads_to
        .0
        .iter()
        .map(|(_, outcomes)| outcomes.len());
    let worst = counts.clone().max().unwrap_or(0);
    let total: usize = counts.sum();
    // Compared as averages: total / answers, cross-multiplied against a common denominator so
    // that questions with two and with four answers compare fairly.
    let answers = question.leads_to.0.len().max(1);
    (worst, total * LCM_OF_ANSWER_COUNTS / answers)
}

/// A common multiple of every count of answers a fact can have (2 to 16), so that averages
/// compare as whole numbers.
const LCM_OF_ANSWER_COUNTS: usize = 720_720;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::Facts;
    use crate::engine::opinion::example_request;
    use crate::engine::outcome::OutcomeSet;
    use crate::engine::request::{Mode, Request};
    use crate::engine::verdict::{LeadsTo, evaluate};

    fn open(fact: &'static str, leads: &[usize]) -> OpenQuestion {
        use crate::engine::outcome::Outcome;
        OpenQuestion {
            fact,
            question: "",
            leads_to: LeadsTo(
                leads
                    .iter()
                    .map(|n| {
                        let mut set = OutcomeSet::new();
                        for outcome in Outcome::ALL.iter().take(*n) {
                            set.insert(*outcome);
                        }
                        ("", set)
                    })
                    .collect(),
            ),
        }
    }

    #[test]
    fn the_worst_case_decides_then_the_average() {
        // A question that settles everything on one answer and nothing on the other narrows
        // less than one whose every answer halves the rulings.
        assert!(narrowing(&open("a", &[1, 6])) > narrowing(&open("b", &[3, 3])));
        // Same worst case: the smaller average wins, across different counts of answers.
        assert!(narrowing(&open("c", &[3, 3])) > narrowing(&open("d", &[3, 1, 1, 1])));
        assert_eq!(
            narrowing(&open("e", &[2, 2])),
            narrowing(&open("f", &[2, 2, 2]))
        );
    }

    #[test]
    fn asks_only_open_questions_and_the_best_narrowing_first() {
        let request = Request {
            mode: Mode::Full,
            facts: Facts::unknown(),
        };
        let verdict = evaluate(&request);
        let (fact, question) = next_question(&verdict, 0).expect("a new matter has open questions");
        assert_eq!(question.fact, fact.name());
        // It is open, and no open question narrows more.
        let best = narrowing(question);
        for other in &verdict.open_questions {
            assert!(
                narrowing(other) >= best,
                "{} narrows more than {}",
                other.fact,
                question.fact
            );
        }
        // Setting it aside as not known moves on to another open question.
        let (second, _) = next_question(&verdict, fact.bit()).expect("more than one open question");
        assert_ne!(second, fact);
        assert!(
            verdict
                .open_questions
                .iter()
                .any(|q| q.fact == second.name())
        );
    }

    #[test]
    fn ends_when_decided_or_when_every_open_question_is_not_known() {
        let decided = evaluate(&example_request());
        assert!(decided.decided().is_some());
        assert!(next_question(&decided, 0).is_none());

        let mut request = example_request();
        request.facts.set(Fact::PersonalReview, None);
        let verdict = evaluate(&request);
        let all_open = verdict
            .open_questions
            .iter()
            .filter_map(|q| Fact::from_name(q.fact))
            .fold(0u64, |set, fact| set | fact.bit());
        assert_ne!(all_open, 0);
        assert!(next_question(&verdict, 0).is_some());
        assert!(next_question(&verdict, all_open).is_none());
    }

    /// Walks the interview on the opinion's own facts: each question asked is open when asked,
    /// the answers come from the opinion, and it ends on the protective order.
    #[test]
    fn the_opinions_own_facts_reach_the_protective_order_asking_only_open_questions() {
        let truth = example_request();
        let mut request = Request {
            mode: truth.mode,
            facts: Facts::unknown(),
        };
        let mut passed = 0u64;
        let mut asked = Vec::new();
        for _ in 0..=crate::engine::facts::FACT_COUNT {
            let verdict = evaluate(&request);
            let Some((fact, _)) = next_question(&verdict, passed) else {
                break;
            };
            assert!(crate::engine::explore::is_open(
                request.mode,
                request.facts,
                fact
            ));
            asked.push(fact);
            match truth.facts.get(fact) {
                Some(answer) => request.facts.set(fact, Some(answer)),
                None => passed |= fact.bit(),
            }
        }
        let verdict = evaluate(&request);
        assert_eq!(
            verdict.decided(),
            Some(crate::engine::outcome::Outcome::ProtectiveOrderGranted),
            "asked {asked:?}"
        );
        // Far fewer questions than the form has.
        println!("asked {asked:?}");
        assert!(
            asked.len() < crate::engine::facts::FACT_COUNT * 2 / 3,
            "asked {asked:?}"
        );
    }
}
