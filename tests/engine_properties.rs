//! Properties of the three-valued evaluation, checked against brute force.
//!
//! For random fact sets with a few unknowns, every completion of the unknowns is enumerated and
//! decided on its own (a complete request is always decided). The engine's answer must match:
//! - a decided ruling is the ruling of every completion;
//! - an indeterminate one lists exactly the rulings the completions reach;
//! - the open questions are exactly the unknown facts for which some completion of the other
//!   unknowns gives different rulings for two answers;
//! - `leads_to` gives, for each answer, what the engine says once that answer is stated.
//!
//! Completions respect the one relation between facts (`docs/doctrine.md`, the balance): where the
//! need is said to outweigh the harm, facts that were unknown may not say that no need was shown.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::{Fact, Facts, Mode, Outcome, OutcomeSet, Request, brief, evaluate};
use proptest::prelude::*;

const SUBSTANTIVE: [Fact; 5] = [
    Fact::OppositionContainsFacts,
    Fact::OppositionOutsidePrivilege,
    Fact::OppositionNeed,
    Fact::OppositionDefectiveClaim,
    Fact::OppositionWaiver,
];

fn all_facts() -> Vec<Fact> {
    Fact::all().collect()
}

fn domain_len(fact: Fact) -> u8 {
    fact.info().domain.len()
}

/// Whether a completion respects the relation between need and balance.
fn admissible(completion: &Facts, unknown: &[Fact]) -> bool {
    if completion.get_bool(Fact::NeedOutweighsHarm) != Some(true) {
        return true;
    }
    let need = completion.get(Fact::NeedShown);
    if unknown.contains(&Fact::NeedShown) && matches!(need, Some(0 | 1)) {
        return false;
    }
    let some_ground_unknown = SUBSTANTIVE.iter().any(|g| unknown.contains(g));
    let no_ground = SUBSTANTIVE
        .iter()
        .all(|g| completion.get_bool(*g) == Some(false));
    !(some_ground_unknown && no_ground)
}

/// Every completion of `unknown` in `facts`.
fn completions(facts: Facts, unknown: &[Fact]) -> Vec<Facts> {
    let mut all = vec![facts];
    for fact in unknown {
        all = all
            .into_iter()
            .flat_map(|partial| (0..domain_len(*fact)).map(move |v| partial.with(*fact, v)))
            .collect();
    }
    all
}

fn decide_complete(mode: Mode, facts: Facts) -> Outcome {
    let verdict = evaluate(&Request { mode, facts });
    verdict
        .decided()
        .unwrap_or_else(|| panic!("a complete request is decided: {facts:?}"))
}

fn possible(mode: Mode, facts: Facts) -> OutcomeSet {
    let verdict = evaluate(&Request { mode, facts });
    match verdict.decided() {
        Some(outcome) => std::iter::once(outcome).collect(),
        None => verdict.possible_outcomes,
    }
}

fn brute_force_outcomes(mode: Mode, facts: Facts, unknown: &[Fact]) -> OutcomeSet {
    completions(facts, unknown)
        .into_iter()
        .filter(|c| admissible(c, unknown))
        .map(|c| decide_complete(mode, c))
        .collect()
}

fn brute_force_is_open(mode: Mode, facts: Facts, unknown: &[Fact], fact: Fact) -> bool {
    let others: Vec<Fact> = unknown.iter().copied().filter(|f| *f != fact).collect();
    completions(facts, &others).into_iter().any(|c| {
        let outcomes: OutcomeSet = (0..domain_len(fact))
            .map(|v| c.with(fact, v))
            .filter(|full| admissible(full, unknown))
            .map(|full| decide_complete(mode, full))
            .collect();
        outcomes.len() > 1
    })
}

/// A fact set with a few unknowns: half the time entirely random, half the time the opinion's
/// own facts with a few changed (random sets mostly end early, at an extension or a state secret;
/// the opinion's facts reach the balance, so changes near them explore the deep paths).
fn facts_with_unknowns(max_unknown: usize) -> impl Strategy<Value = (Mode, Facts, Vec<Fact>)> {
    prop_oneof![random_facts(max_unknown), near_the_opinion(max_unknown)]
}

fn melamine() -> Facts {
    Request::from_json_str(include_str!("../law/melamine-example.json"))
        .unwrap()
        .facts
}

fn near_the_opinion(max_unknown: usize) -> impl Strategy<Value = (Mode, Facts, Vec<Fact>)> {
    let change = (proptest::sample::select(all_facts()), 0u8..7);
    (
        prop_oneof![Just(Mode::Seed), Just(Mode::Full)],
        proptest::collection::vec(change, 0..=5),
        proptest::sample::subsequence(all_facts(), 0..=max_unknown),
    )
        .prop_map(|(mode, changes, unknown)| {
            // Every fact known: the opinion's values, the unstated ones as "no".
            let mut facts = melamine();
            for fact in all_facts() {
                if facts.get(fact).is_none() {
                    facts.set(fact, Some(0));
                }
            }
            for (fact, value) in changes {
                facts.set(fact, Some(value % domain_len(fact)));
            }
            for fact in &unknown {
                facts.set(*fact, None);
            }
            (mode, facts, unknown)
        })
}

fn random_facts(max_unknown: usize) -> impl Strategy<Value = (Mode, Facts, Vec<Fact>)> {
    let values: Vec<BoxedStrategy<u8>> = all_facts()
        .into_iter()
        .map(|f| (0..domain_len(f)).boxed())
        .collect();
    (
        prop_oneof![Just(Mode::Seed), Just(Mode::Full)],
        values,
        proptest::sample::subsequence(all_facts(), 0..=max_unknown),
    )
        .prop_map(|(mode, values, unknown)| {
            let mut facts = Facts::unknown();
            for (fact, value) in all_facts().into_iter().zip(values) {
                facts.set(fact, Some(value));
            }
            for fact in &unknown {
                facts.set(*fact, None);
            }
            (mode, facts, unknown)
        })
}

/// Any request: either mode, each fact unknown or any value (a value past a fact's answers
/// leaves it unknown: `Facts::set` drops it).
fn any_request() -> impl Strategy<Value = Request> {
    (
        prop_oneof![Just(Mode::Seed), Just(Mode::Full)],
        proptest::collection::vec(
            proptest::option::of(0u8..8),
            privcheck::engine::facts::FACT_COUNT,
        ),
    )
        .prop_map(|(mode, values)| {
            let mut facts = Facts::unknown();
            for (fact, value) in all_facts().into_iter().zip(values) {
                facts.set(fact, value);
            }
            Request { mode, facts }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn outcome_is_exactly_what_the_completions_reach((mode, facts, unknown) in facts_with_unknowns(4)) {
        let verdict = evaluate(&Request { mode, facts });
        let expected = brute_force_outcomes(mode, facts, &unknown);
        match verdict.decided() {
            Some(outcome) => {
                prop_assert_eq!(expected.iter().collect::<Vec<_>>(), vec![outcome]);
                prop_assert!(verdict.open_questions.is_empty());
                prop_assert!(verdict.possible_outcomes.is_empty());
            }
            None => {
                prop_assert!(expected.len() > 1, "indeterminate, yet every completion gives {:?}", expected);
                prop_assert_eq!(verdict.possible_outcomes, expected);
            }
        }
    }

    #[test]
    fn open_questions_are_exactly_the_facts_that_can_change_the_ruling((mode, facts, unknown) in facts_with_unknowns(4)) {
        let verdict = evaluate(&Request { mode, facts });
        let listed: Vec<&str> = verdict.open_questions.iter().map(|q| q.fact).collect();
        let expected: Vec<&str> = unknown
            .iter()
            .filter(|f| brute_force_is_open(mode, facts, &unknown, **f))
            .map(|f| f.name())
            .collect();
        let mut listed_sorted = listed.clone();
        listed_sorted.sort_unstable();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort_unstable();
        prop_assert_eq!(listed_sorted, expected_sorted);
        for question in &verdict.open_questions {
            let fact = Fact::from_name(question.fact).unwrap();
            prop_assert_eq!(question.leads_to.0.len(), usize::from(domain_len(fact)));
            for (answer, outcomes) in &question.leads_to.0 {
                let value = fact.info().domain.index_of(answer).unwrap();
                prop_assert_eq!(*outcomes, possible(mode, facts.with(fact, value)), "{} = {}", question.fact, answer);
            }
        }
    }

    #[test]
    fn never_panics_on_any_fact_set(request in any_request()) {
        let verdict = evaluate(&request);
        prop_assert!(!verdict.summary.is_empty());
        prop_assert!(!verdict.steps().is_empty());
        prop_assert!(!verdict.next_steps().is_empty());
        prop_assert_eq!(verdict.decided().is_none(), !verdict.open_questions.is_empty());
    }

    /// The verdict in brief (what a privilege-log review keeps of each entry) says what the
    /// full verdict says: the same ruling, label and summary, and its open questions' facts in
    /// their order.
    #[test]
    fn the_brief_says_what_the_verdict_says(request in any_request()) {
        let (verdict, brief) = (evaluate(&request), brief(&request));
        prop_assert_eq!(brief.outcome, verdict.outcome);
        prop_assert_eq!(brief.decided(), verdict.decided());
        prop_assert_eq!(brief.label, verdict.label);
        prop_assert_eq!(&brief.summary(), &verdict.summary);
        let open: Vec<&str> = brief.open_facts().map(|f| f.name()).collect();
        let asked: Vec<&str> = verdict.open_questions.iter().map(|q| q.fact).collect();
        prop_assert_eq!(open, asked);
    }

    /// No finding states an unknown fact as established: a finding whose words state a fact's
    /// answer states only stated facts, or says "If".
    #[test]
    fn findings_state_only_stated_facts_or_say_if(request in any_request()) {
        let verdict = evaluate(&request);
        for step in verdict.steps() {
            let unstated: Vec<&str> = step.states().filter(|f| request.facts.get(*f).is_none()).map(|f| f.name()).collect();
            prop_assert!(
                unstated.is_empty() || step.finding.starts_with("If the answer to"),
                "{} states {:?}, which nobody stated: {}", step.rule.as_str(), unstated, step.finding
            );
        }
    }
}

#[test]
fn nothing_known_is_indeterminate_with_every_reachable_ruling() {
    for mode in [Mode::Seed, Mode::Full] {
        let verdict = evaluate(&Request {
            mode,
            facts: Facts::unknown(),
        });
        assert_eq!(verdict.decided(), None);
        assert!(
            verdict
                .possible_outcomes
                .contains(Outcome::ProtectiveOrderGranted)
        );
        assert!(verdict.possible_outcomes.contains(Outcome::ClaimDefective));
        // A further showing is FOIA's (foreseeable harm), which seed mode does not apply.
        assert_eq!(
            verdict.possible_outcomes.contains(Outcome::FurtherShowing),
            mode == Mode::Full
        );
        // Seed mode never reads the doctrine's facts.
        if mode == Mode::Seed {
            for question in &verdict.open_questions {
                let fact = Fact::from_name(question.fact).unwrap();
                assert!(
                    !fact.info().full_mode_only,
                    "seed mode asks {}",
                    question.fact
                );
            }
        }
    }
}
