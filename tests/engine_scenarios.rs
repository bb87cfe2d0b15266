//! The scenario files in `tests/data/scenarios/`: each scenario changes the opinion's facts (or
//! starts from nothing) and says what the ruling must be and which rules must be applied.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::{
    Fact, Facts, Mode, Outcome, Request, RuleId, Verdict, evaluate, request::read_facts,
};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct File {
    scenario: Vec<Scenario>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    rule: String,
    modes: Vec<String>,
    from: String,
    #[serde(default)]
    set: toml::Table,
    outcome: String,
    #[serde(default)]
    cites: Vec<String>,
    #[serde(default)]
    not_cites: Vec<String>,
    possible: Option<Vec<String>>,
    open: Option<Vec<String>>,
    #[serde(default)]
    next_steps_contain: Vec<String>,
    #[serde(default)]
    findings_contain: Vec<String>,
    /// The verdict's label, exactly.
    label: Option<String>,
    /// Words the summary must contain.
    #[serde(default)]
    summary_contains: Vec<String>,
    /// The caveats, each "kind: fact, fact", exactly and in order.
    caveats: Option<Vec<String>>,
    /// Words no text a reader sees may contain (quotations of the opinion aside).
    #[serde(default)]
    never_says: Vec<String>,
}

fn melamine() -> Facts {
    Request::from_json_str(include_str!("../law/melamine-example.json"))
        .unwrap()
        .facts
}

fn rule_id(name: &str) -> RuleId {
    RuleId::from_name(name).unwrap_or_else(|| panic!("no rule {name}"))
}

fn facts_of(scenario: &Scenario) -> Facts {
    let mut facts = match scenario.from.as_str() {
        "melamine" => melamine(),
        "nothing" => Facts::unknown(),
        other => panic!("{}: unknown base {other}", scenario.name),
    };
    let mut known = serde_json::Map::new();
    for (key, value) in &scenario.set {
        if value.as_str() == Some("unknown") {
            if key == "opposition_grounds" {
                for fact in Fact::all().filter(|f| f.ground().is_some()) {
                    facts.set(fact, None);
                }
            } else {
                facts.set(Fact::from_name(key).unwrap(), None);
            }
        } else {
            known.insert(key.clone(), serde_json::to_value(value).unwrap());
        }
    }
    let changes = read_facts(&serde_json::Value::Object(known))
        .unwrap_or_else(|e| panic!("{}: {e}", scenario.name));
    for fact in Fact::all() {
        let opp_set = fact.ground().is_some() && scenario.set.contains_key("opposition_grounds");
        if changes.get(fact).is_some() || opp_set {
            facts.set(fact, changes.get(fact));
        }
    }
    facts
}

fn check(scenario: &Scenario, mode: Mode, verdict: &Verdict) -> Vec<String> {
    let mut failures = Vec::new();
    let label = format!("{} [{}]", scenario.name, mode.name());
    if verdict.outcome.name() != scenario.outcome {
        failures.push(format!(
            "{label}: outcome {} (expected {})",
            verdict.outcome.name(),
            scenario.outcome
        ));
    }
    for rule in &scenario.cites {
        if !verdict.cites(rule_id(rule)) {
            failures.push(format!("{label}: does not apply {rule}"));
        }
    }
    for rule in &scenario.not_cites {
        if verdict.cites(rule_id(rule)) {
            failures.push(format!("{label}: applies {rule}"));
        }
    }
    if let Some(possible) = &scenario.possible {
        let got: Vec<&str> = verdict
            .possible_outcomes
            .iter()
            .map(Outcome::name)
            .collect();
        let mut expected: Vec<&str> = possible.iter().map(String::as_str).collect();
        expected.sort_by_key(|name| Outcome::ALL.iter().position(|o| o.name() == *name));
        if got != expected {
            failures.push(format!("{label}: possible {got:?} (expected {expected:?})"));
        }
    }
    if let Some(open) = &scenario.open {
        let mut got: Vec<&str> = verdict.open_questions.iter().map(|q| q.fact).collect();
        let mut expected: Vec<&str> = open.iter().map(String::as_str).collect();
        got.sort_unstable();
        expected.sort_unstable();
        if got != expected {
            failures.push(format!("{label}: open {got:?} (expected {expected:?})"));
        }
    }
    for text in &scenario.next_steps_contain {
        if !verdict
            .next_steps()
            .iter()
            .any(|s| s.contains(text.as_str()))
        {
            failures.push(format!(
                "{label}: no next step says {text:?}: {:#?}",
                verdict.next_steps()
            ));
        }
    }
    if let Some(label) = &scenario.label
        && verdict.label != label
    {
        failures.push(format!(
            "{label_}: label {:?} (expected {label:?})",
            verdict.label,
            label_ = label_of(scenario, mode)
        ));
    }
    for text in &scenario.summary_contains {
        if !verdict.summary.contains(text.as_str()) {
            failures.push(format!(
                "{label}: the summary does not say {text:?}: {}",
                verdict.summary
            ));
        }
    }
    if let Some(expected) = &scenario.caveats {
        let got: Vec<String> = verdict
            .caveats
            .iter()
            .map(|c| {
                format!(
                    "{}: {}",
                    serde_json::to_value(c.kind).unwrap().as_str().unwrap(),
                    c.facts.join(", ")
                )
            })
            .collect();
        if &got != expected {
            failures.push(format!("{label}: caveats {got:?} (expected {expected:?})"));
        }
    }
    for words in &scenario.never_says {
        let words = words.to_lowercase();
        for text in reader_texts(verdict) {
            if text.to_lowercase().contains(&words) {
                failures.push(format!("{label}: says {words:?}: {text}"));
            }
        }
    }
    for text in &scenario.findings_contain {
        if !verdict
            .steps()
            .iter()
            .any(|s| s.finding.contains(text.as_str()))
        {
            failures.push(format!("{label}: no finding says {text:?}"));
        }
    }
    failures
}

fn label_of(scenario: &Scenario, mode: Mode) -> String {
    format!("{} [{}]", scenario.name, mode.name())
}

/// Every text of a verdict a reader sees, quotations of the opinion aside.
fn reader_texts(verdict: &Verdict) -> Vec<String> {
    let mut texts = vec![verdict.label.to_string(), verdict.summary.clone()];
    texts.extend(verdict.steps().iter().map(|s| s.finding.to_string()));
    texts.extend(
        verdict
            .steps()
            .iter()
            .map(|s| s.rule.rule().title.to_string()),
    );
    texts.extend(verdict.next_steps().iter().cloned());
    texts.extend(verdict.caveats.iter().map(|c| c.message.clone()));
    texts
}

fn scenarios() -> Vec<Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/scenarios");
    let mut all = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let file: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        all.extend(file.scenario);
    }
    all
}

fn verdicts() -> Vec<(Scenario, Mode, Verdict)> {
    let mut out = Vec::new();
    for scenario in scenarios() {
        let facts = facts_of(&scenario);
        for mode in scenario.modes.clone() {
            let mode = Mode::from_name(&mode).unwrap();
            let verdict = evaluate(&Request { mode, facts });
            out.push((scenario.clone(), mode, verdict));
        }
    }
    out
}

#[test]
fn every_scenario_holds() {
    let failures: Vec<String> = verdicts()
        .iter()
        .flat_map(|(scenario, mode, verdict)| check(scenario, *mode, verdict))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_scenario_that_applies_it() {
    let all = scenarios();
    for id in RuleId::ALL {
        assert!(
            all.iter().any(|s| s.rule == id.as_str()),
            "no scenario is about {}",
            id.as_str()
        );
    }
    let applied: Vec<RuleId> = verdicts()
        .iter()
        .flat_map(|(_, _, v)| v.steps().iter().map(|s| s.rule).collect::<Vec<_>>())
        .collect();
    // D13 governs the words of every verdict, not a step of its own; its scenarios check labels.
    for id in RuleId::ALL.iter().filter(|id| **id != RuleId::D13) {
        assert!(
            applied.contains(id),
            "no scenario's reasoning applies {}",
            id.as_str()
        );
    }
}

#[test]
fn seed_mode_never_applies_a_doctrine_overlay() {
    for (scenario, mode, verdict) in verdicts() {
        if mode == Mode::Seed {
            for step in verdict.steps() {
                assert!(
                    step.rule.in_seed_mode(),
                    "{}: seed mode applied {}",
                    scenario.name,
                    step.rule.as_str()
                );
            }
        }
    }
}
