//! The decision diagram (`engine::diagram`): which steps of the order of decision each mode
//! applies, where the facts take the dispute, which branches the open questions leave, and that
//! every step of the reasoning belongs to a step of the procedure that cites its rule.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::diagram::{
    Diagram, RulingState, Status, diagram, rules_at, rulings_at, stages_applied,
};
use privcheck::engine::{Fact, Facts, Mode, Outcome, OutcomeSet, Request, evaluate, opinion};

fn opinion_facts(mode: Mode) -> Request {
    let mut request = opinion::example_request();
    request.mode = mode;
    request
}

fn drawn(request: &Request) -> Diagram {
    diagram(&evaluate(request))
}

fn status(d: &Diagram, stage: u8) -> Status {
    d.stage(stage)
        .unwrap_or_else(|| panic!("step {stage} drawn"))
        .status
}

fn rulings(d: &Diagram, state: RulingState) -> Vec<(u8, Outcome)> {
    d.stages
        .iter()
        .flat_map(|s| {
            s.rulings
                .iter()
                .filter(move |r| r.state == state)
                .map(move |r| (s.number, r.outcome))
        })
        .collect()
}

#[test]
fn seed_mode_has_no_threshold_foia_or_misconduct() {
    let seed: Vec<u8> = stages_applied(Mode::Seed).collect();
    assert_eq!(seed, [1, 2, 3, 6, 7, 8, 10]);
    let full: Vec<u8> = stages_applied(Mode::Full).collect();
    assert_eq!(full, (1..=10).collect::<Vec<u8>>());
    let d = drawn(&opinion_facts(Mode::Seed));
    for step in [4, 5, 9] {
        assert!(d.stage(step).is_none(), "seed mode draws step {step}");
        assert!(rules_at(Mode::Seed, step).is_empty());
    }
}

#[test]
fn each_step_gives_the_rulings_of_the_order_of_decision() {
    let set = |outcomes: &[Outcome]| outcomes.iter().copied().collect::<OutcomeSet>();
    use Outcome as O;
    assert_eq!(rulings_at(Mode::Seed, 1), set(&[O::ExtensionOfTime]));
    assert_eq!(
        rulings_at(Mode::Seed, 2),
        set(&[O::StateSecretsUpheld, O::ClaimDefective])
    );
    assert_eq!(rulings_at(Mode::Seed, 3), set(&[O::OutOfScope]));
    assert_eq!(rulings_at(Mode::Full, 4), set(&[O::PrivilegeInapplicable]));
    assert_eq!(
        rulings_at(Mode::Full, 5),
        set(&[
            O::PrivilegeInapplicable,
            O::PartialDisclosure,
            O::InCameraInspection,
            O::FurtherShowing,
            O::ProtectiveOrderGranted
        ])
    );
    assert_eq!(rulings_at(Mode::Seed, 6), set(&[O::ClaimDefective]));
    assert_eq!(rulings_at(Mode::Full, 7), set(&[O::PrivilegeInapplicable]));
    assert_eq!(
        rulings_at(Mode::Seed, 8),
        set(&[O::InCameraInspection, O::PartialDisclosure])
    );
    assert_eq!(rulings_at(Mode::Full, 9), set(&[O::PrivilegeInapplicable]));
    assert_eq!(
        rulings_at(Mode::Seed, 10),
        set(&[O::ProtectiveOrderGranted, O::NeedOutweighsHarm])
    );
    // The objections of step 0 never rule.
    assert!(rulings_at(Mode::Full, 0).is_empty());
}

#[test]
fn the_opinions_facts_run_through_to_the_balance() {
    for mode in [Mode::Seed, Mode::Full] {
        let d = drawn(&opinion_facts(mode));
        assert_eq!(d.lands_at, 10, "{mode:?}");
        assert_eq!(d.landing, Some(Outcome::ProtectiveOrderGranted));
        for stage in &d.stages {
            assert!(stage.on_path, "{mode:?} step {}", stage.number);
            assert!(stage.open_questions.is_empty());
            let expected = if stage.number == 10 {
                Status::Decides
            } else {
                Status::Passed
            };
            assert_eq!(stage.status, expected, "{mode:?} step {}", stage.number);
        }
        assert_eq!(
            rulings(&d, RulingState::Decided),
            [(10, Outcome::ProtectiveOrderGranted)]
        );
        // No dashed branch: no ruling is still possible anywhere else.
        assert!(rulings(&d, RulingState::Possible).is_empty(), "{mode:?}");
        // The balance links to its own first step: the burden on the opponent (R4).
        let verdict = evaluate(&opinion_facts(mode));
        let balance = d.stage(10).unwrap();
        let first = balance.first_step.unwrap();
        assert_eq!(verdict.steps()[first].rule.as_str(), "R4");
        assert_eq!(balance.link_step, Some(first));
    }
}

#[test]
fn an_unknown_personal_review_opens_the_invocation() {
    let mut request = opinion_facts(Mode::Full);
    request.facts.set(Fact::PersonalReview, None);
    let d = drawn(&request);
    let invocation = d.stage(6).unwrap();
    assert_eq!(invocation.status, Status::Open);
    assert_eq!(invocation.open_questions, [Fact::PersonalReview]);
    assert_eq!(
        rulings(&d, RulingState::Possible),
        [
            (6, Outcome::ClaimDefective),
            (10, Outcome::ProtectiveOrderGranted)
        ]
    );
    // The reasoning follows the answer that goes on, and says so at the step that reads it.
    assert_eq!(d.lands_at, 10);
    assert_eq!(invocation.followed, [(Fact::PersonalReview, 1)]);
    for earlier in [1, 2, 3, 4, 5] {
        assert_eq!(status(&d, earlier), Status::Passed);
        assert!(d.stage(earlier).unwrap().open_questions.is_empty());
    }
    let line = d.line(invocation);
    assert!(
        line.contains(Fact::PersonalReview.info().question),
        "{line}"
    );
    assert!(
        line.contains(d.outcome_label(Outcome::ClaimDefective)),
        "{line}"
    );
}

#[test]
fn a_fact_read_early_can_open_a_later_step() {
    // Seed mode reads the claimant first at step 3 (is it the President?), then at step 6 (is it
    // the agency head?): both steps turn on it.
    let mut request = opinion_facts(Mode::Seed);
    request.facts.set(Fact::Claimant, None);
    let d = drawn(&request);
    for step in [3, 6] {
        let stage = d.stage(step).unwrap();
        assert_eq!(stage.status, Status::Open, "step {step}");
        assert_eq!(stage.open_questions, [Fact::Claimant], "step {step}");
    }
    assert_eq!(d.stage(3).unwrap().followed.len(), 1);
    assert!(d.stage(6).unwrap().followed.is_empty());
}

#[test]
fn an_extension_sought_decides_at_the_first_step() {
    for mode in [Mode::Seed, Mode::Full] {
        let mut request = opinion_facts(mode);
        request.facts.set(Fact::ExtensionSought, Some(1));
        let d = drawn(&request);
        assert_eq!(status(&d, 1), Status::Decides, "{mode:?}");
        assert_eq!(d.lands_at, 1);
        assert_eq!(
            rulings(&d, RulingState::Decided),
            [(1, Outcome::ExtensionOfTime)]
        );
        for stage in d.stages.iter().filter(|s| s.number > 1) {
            assert_eq!(stage.status, Status::NotReached, "step {}", stage.number);
            assert!(!stage.on_path);
            // A step never reached links to the ruling that ends the matter before it.
            assert_eq!(stage.link_step, d.stage(1).unwrap().first_step);
        }
    }
}

#[test]
fn an_undecided_extension_leaves_every_later_step_conditional() {
    let mut request = opinion_facts(Mode::Seed);
    request.facts.set(Fact::ExtensionSought, None);
    let d = drawn(&request);
    let extension = d.stage(1).unwrap();
    assert_eq!(extension.status, Status::Open);
    assert_eq!(extension.open_questions, [Fact::ExtensionSought]);
    assert_eq!(status(&d, 10), Status::Decides);
}

/// A small deterministic generator (xorshift), so the sweep below is the same on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The opinion's facts with some facts changed or made unknown; or, one time in four, a few
/// facts stated and nothing else known.
fn varied(random: &mut Random, mode: Mode) -> Request {
    let mut request = opinion_facts(mode);
    let facts: Vec<Fact> = Fact::all().collect();
    let mut changes = 1 + random.below(6);
    if random.below(4) == 0 {
        request.facts = Facts::unknown();
        changes = 4 + random.below(12);
    }
    for _ in 0..changes {
        let fact = facts[random.below(facts.len() as u64) as usize];
        let values = u64::from(fact.info().domain.len());
        let value = random.below(values + 1);
        request
            .facts
            .set(fact, (value < values).then_some(value as u8));
    }
    request
}

fn machine_names() -> Vec<&'static str> {
    Fact::all()
        .map(|f| f.name())
        .chain(Outcome::ALL.iter().map(|o| o.name()))
        .filter(|name| name.contains('_'))
        .collect()
}

#[test]
fn every_verdict_is_drawn_consistently() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let names = machine_names();
    for case in 0..3000 {
        let mode = if case % 2 == 0 {
            Mode::Seed
        } else {
            Mode::Full
        };
        let request = varied(&mut random, mode);
        let verdict = evaluate(&request);
        let d = diagram(&verdict);
        let applied: Vec<u8> = stages_applied(mode).collect();
        let drawn: Vec<u8> = d.stages.iter().map(|s| s.number).collect();
        assert_eq!(drawn, applied);

        // Every step of the reasoning belongs to a step of the procedure, in order, and that
        // step lists the rule it applies.
        let steps = verdict.steps();
        let mut last = 0;
        for step in steps {
            assert!(step.stage() >= last, "{request:?}: steps out of order");
            last = step.stage();
            if step.stage() > 0 {
                assert!(
                    rules_at(mode, step.stage()).contains(&step.rule),
                    "{mode:?}: step {} does not list {}",
                    step.stage(),
                    step.rule.as_str()
                );
            }
        }
        assert_eq!(last, d.lands_at, "{request:?}");

        // The path: every step before the one that rules is passed or open, none after it
        // reached on the path.
        for stage in &d.stages {
            assert_eq!(stage.on_path, stage.number <= d.lands_at);
            if stage.number < d.lands_at {
                assert!(
                    matches!(stage.status, Status::Passed | Status::Open),
                    "{request:?}: step {} {:?}",
                    stage.number,
                    stage.status
                );
            }
            if stage.status == Status::Open {
                assert!(
                    !stage.open_questions.is_empty(),
                    "{request:?}: step {} open on no question",
                    stage.number
                );
            }
            let link = stage.link_step.expect("every step links to the reasoning");
            assert!(link < steps.len());
            let line = d.line(stage);
            for name in &names {
                assert!(!line.contains(name), "{line} shows {name}");
            }
        }
        let landed = d.stage(d.lands_at).unwrap();
        assert!(landed.rulings.iter().any(|r| r.on_path));

        match verdict.decided() {
            Some(outcome) => {
                // One ruling, where the path lands; no branch left open.
                assert_eq!(rulings(&d, RulingState::Decided), [(d.lands_at, outcome)]);
                assert!(rulings(&d, RulingState::Possible).is_empty());
                assert!(d.stages.iter().all(|s| s.status != Status::Open));
            }
            None => {
                // The rulings still possible on the drawing are the verdict's, and each open
                // question labels some step.
                let possible: OutcomeSet = rulings(&d, RulingState::Possible)
                    .into_iter()
                    .map(|(_, o)| o)
                    .collect();
                assert_eq!(possible, verdict.possible_outcomes, "{request:?}");
                for question in &verdict.open_questions {
                    let fact = Fact::from_name(question.fact).unwrap();
                    assert!(
                        d.stages.iter().any(|s| s.open_questions.contains(&fact)),
                        "{request:?}: {} labels no step",
                        question.fact
                    );
                }
            }
        }
    }
}

#[test]
fn nothing_known_is_drawn_too() {
    for mode in [Mode::Seed, Mode::Full] {
        let d = drawn(&Request {
            mode,
            facts: Facts::unknown(),
        });
        assert_eq!(status(&d, 1), Status::Open);
        assert!(d.stages.iter().all(|s| s.status != Status::NotReached));
    }
}
