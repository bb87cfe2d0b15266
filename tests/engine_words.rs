//! The words of every verdict fit its setting and posture, cite as a court would, and never show
//! the reader an internal label.
//!
//! Walks every setting × posture (and the setting or posture unstated) × a set of fact patterns
//! that together reach every outcome, in both modes, and checks every text a reader sees.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::facts::{Posture, Setting};
use privcheck::engine::vocabulary::Vehicle;
use privcheck::engine::{
    Authority, Fact, Facts, Mode, Outcome, OutcomeSet, Request, RuleId, Verdict, evaluate,
    request::read_facts,
};
use std::collections::BTreeSet;

fn melamine() -> Facts {
    Request::from_json_str(include_str!("../law/melamine-example.json"))
        .unwrap()
        .facts
}

/// Fact patterns that reach every outcome in one setting or another.
const PATTERNS: &[&str] = &[
    "{}",
    r#"{"deliberative": false}"#,
    r#"{"post_decisional": true}"#,
    r#"{"intra_governmental": false}"#,
    r#"{"contents_questioned": true, "opposition_grounds": ["contains_facts"]}"#,
    r#"{"affidavit_refuted": true}"#,
    r#"{"factual_content": "segregable"}"#,
    r#"{"inspected_in_camera": true, "factual_content": "segregable"}"#,
    r#"{"personal_review": false}"#,
    r#"{"claimant": "subordinate", "itemized": false}"#,
    r#"{"opposition_grounds": ["need"], "need_shown": "compelling", "need_outweighs_harm": true, "available_elsewhere": false}"#,
    r#"{"state_secret": true}"#,
    r#"{"state_secret": true, "personal_review": false}"#,
    r#"{"extension_sought": true}"#,
    r#"{"misconduct": true}"#,
    r#"{"claimant": "president"}"#,
    r#"{"presidential": true, "presidential_circle": true}"#,
    r#"{"presidential": true, "presidential_circle": true, "opposition_grounds": ["need"], "need_shown": "compelling", "need_outweighs_harm": true}"#,
    r#"{"presidential": true, "presidential_circle": true, "formal_claim": false}"#,
    r#"{"presidential": true, "presidential_circle": false}"#,
    r#"{"record_over_25_years": true, "foreseeable_harm": "shown"}"#,
    r#"{"record_over_25_years": false, "foreseeable_harm": "not_shown"}"#,
    r#"{"record_over_25_years": false, "foreseeable_harm": "shown"}"#,
    r#"{"personal_review": null}"#,
    r#"{"opposition_grounds": ["waiver"], "need_shown": null, "need_outweighs_harm": null}"#,
    r#"{"predecisional": null, "affidavit": null, "extension_sought": null}"#,
];

/// Every verdict of the walk, with its mode and facts.
fn walk() -> Vec<(Mode, Facts, Verdict)> {
    let mut settings: Vec<Option<Setting>> = Setting::ALL.iter().copied().map(Some).collect();
    settings.push(None);
    let mut postures: Vec<Option<Posture>> = Posture::ALL.iter().copied().map(Some).collect();
    postures.push(None);
    let mut out = Vec::new();
    for setting in &settings {
        for posture in &postures {
            for pattern in PATTERNS {
                let mut facts = melamine();
                facts.set(Fact::Setting, setting.map(Setting::index));
                facts.set(Fact::Posture, posture.map(Posture::index));
                let change: serde_json::Value = serde_json::from_str(pattern).unwrap();
                let stated = read_facts(&change).unwrap();
                for (key, value) in change.as_object().unwrap() {
                    if key == "opposition_grounds" {
                        for fact in Fact::all().filter(|f| f.ground().is_some()) {
                            facts.set(fact, stated.get(fact));
                        }
                    } else {
                        let fact = Fact::from_name(key).unwrap();
                        facts.set(
                            fact,
                            if value.is_null() {
                                None
                            } else {
                                stated.get(fact)
                            },
                        );
                    }
                }
                for mode in [Mode::Seed, Mode::Full] {
                    out.push((mode, facts, evaluate(&Request { mode, facts })));
                }
            }
        }
    }
    out
}

/// Every text a reader sees, quotations of the opinion aside; the authorities apart.
fn texts(verdict: &Verdict) -> Vec<String> {
    let mut texts = vec![verdict.label.to_string(), verdict.summary.clone()];
    for step in verdict.steps() {
        texts.push(step.finding.to_string());
        texts.push(step.rule.rule().title.to_string());
    }
    texts.extend(verdict.next_steps().iter().cloned());
    // A contradiction names what was stated, another setting's words included.
    texts.extend(
        verdict
            .caveats
            .iter()
            .filter(|c| c.kind != privcheck::engine::CaveatKind::Contradiction)
            .map(|c| c.message.clone()),
    );
    texts
}

fn authorities(verdict: &Verdict) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = verdict
        .steps()
        .iter()
        .flat_map(|s| s.authorities.iter().map(|a| a.full()))
        .collect();
    out.extend(verdict.steps().iter().map(|s| s.source));
    out
}

#[test]
fn every_setting_speaks_its_own_procedure() {
    let mut reached: BTreeSet<(String, &str)> = BTreeSet::new();
    let mut failures = Vec::new();
    for (mode, facts, verdict) in walk() {
        let forum = verdict.forum;
        let setting = facts.get(Fact::Setting).and_then(Setting::from_index);
        let trade = mode == Mode::Seed || setting.is_some_and(Setting::is_trade_court);
        let words = texts(&verdict).join(" \u{2016} ").to_lowercase();
        let cited = authorities(&verdict).join(" \u{2016} ");
        let mut fail = |what: &str| {
            failures.push(format!(
                "{mode:?} {setting:?} {:?} {}: {what}\n  {}",
                facts.get(Fact::Posture).and_then(Posture::from_index),
                verdict.outcome.name(),
                verdict.label
            ))
        };
        if let Some(outcome) = verdict.decided() {
            reached.insert((format!("{:?}", forum.vehicle), outcome.name()));
        }
        if mode == Mode::Full && forum.vehicle == Vehicle::Foia {
            for word in ["seal", "protective order", "motion"] {
                if words.contains(word) {
                    let at = words.find(word).unwrap_or(0);
                    let context: String = words
                        .chars()
                        .skip(at.saturating_sub(200))
                        .take(300)
                        .collect();
                    fail(&format!("FOIA verdict says {word:?}: …{context}…"));
                }
            }
        }
        if words.contains("seal") && !(trade && forum.protective_order()) {
            fail("\"seal\" outside a trade-court protective order");
        }
        if !trade {
            for word in [
                "1516a",
                "ct. int'l trade r.",
                "rule 26(c)",
                "customs court rule",
            ] {
                if words.contains(word) {
                    fail(&format!("says {word:?} outside the trade courts"));
                }
            }
            for trade_law in ["1516a", "Ct. Int'l Trade R."] {
                if cited.contains(trade_law) {
                    fail(&format!("cites {trade_law} outside the trade courts"));
                }
            }
            for rule in [RuleId::R11, RuleId::R12] {
                if verdict.cites(rule) {
                    fail(&format!(
                        "applies {} outside the trade courts",
                        rule.as_str()
                    ));
                }
            }
            let protective_order_motion =
                facts.get(Fact::Posture) == Some(Posture::ProtectiveOrderMotion.index());
            // Where the posture is not stated, the reasoning may follow a protective-order motion
            // as one answer of it (and says so).
            let posture_unknown = facts.get(Fact::Posture).is_none() || setting.is_none();
            for rule in [RuleId::R6, RuleId::R7, RuleId::R8] {
                if verdict.cites(rule) && !protective_order_motion && !posture_unknown {
                    fail(&format!(
                        "applies {} outside the trade courts without a protective-order motion",
                        rule.as_str()
                    ));
                }
            }
        }
        if matches!(
            forum.vehicle,
            Vehicle::MotionToCompel | Vehicle::Subpoena | Vehicle::Congressional | Vehicle::Foia
        ) && (verdict.label.contains("rotective order")
            || verdict.summary.contains("rotective order"))
        {
            fail("a protective order named where none was sought");
        }
        if forum.vehicle == Vehicle::MotionToCompel
            && verdict.next_steps().iter().any(|s| {
                s.replace("administrative protective order", "")
                    .contains("protective order")
            })
        {
            fail("next steps for a protective order on a motion to compel");
        }
        if words.contains("insufficient to defeat the motion") && !forum.protective_order() {
            fail("\"insufficient to defeat the motion\" without a motion to defeat");
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The walk reaches every outcome in some forum, and each vehicle's main rulings.
    let outcomes: BTreeSet<&str> = reached.iter().map(|(_, o)| *o).collect();
    for outcome in Outcome::ALL {
        assert!(
            outcomes.contains(outcome.name()),
            "no pattern reaches {}",
            outcome.name()
        );
    }
    for vehicle in [
        "Foia",
        "MotionToCompel",
        "Subpoena",
        "Congressional",
        "ProtectiveOrder",
        "CrossMotions",
        "CourtOnItsOwn",
        "Unstated",
    ] {
        for outcome in [
            "protective_order_granted",
            "privilege_inapplicable",
            "claim_defective",
        ] {
            assert!(
                reached.contains(&(vehicle.to_string(), outcome)),
                "{vehicle} never reaches {outcome}"
            );
        }
    }
}

#[test]
fn the_reader_never_sees_an_internal_label() {
    for (_, _, verdict) in walk() {
        let json = serde_json::to_string(&verdict).unwrap();
        for label in [
            "Seed \u{b6}",
            "Seed fn",
            "DOCTRINE",
            "\u{a7}9.",
            "FACTS.md",
            "*66",
            "*67",
        ] {
            assert!(!json.contains(label), "{label:?} in {json}");
        }
        for step in verdict.steps() {
            assert!(!step.source.contains('\u{b6}'), "{}", step.source);
        }
    }
}

/// Every citation a verdict shows is the table's, and a case is never cited another way in
/// running text.
#[test]
fn every_authority_is_cited_from_the_one_table() {
    let table: BTreeSet<&str> = Authority::ALL.iter().map(|a| a.full()).collect();
    let reporters = [
        " U.S. ",
        " F.2d ",
        " F.3d ",
        " F.4th ",
        " F. Supp",
        " F.R.D. ",
        " Cust. Ct. ",
        " S. Ct. ",
    ];
    for (_, _, verdict) in walk() {
        for step in verdict.steps() {
            for authority in step.authorities {
                assert!(table.contains(authority.full()));
            }
        }
        let json: serde_json::Value = serde_json::to_value(&verdict).unwrap();
        for step in json["steps"].as_array().unwrap() {
            for authority in step["authorities"].as_array().unwrap() {
                assert!(table.contains(authority.as_str().unwrap()), "{authority}");
            }
        }
        for text in texts(&verdict) {
            let mut rest = text.clone();
            for full in &table {
                rest = rest.replace(full, "");
            }
            for reporter in reporters {
                assert!(
                    !rest.contains(reporter),
                    "a citation not from the table: {text}"
                );
            }
        }
    }
}

#[test]
fn outcome_sets_in_open_questions_are_labelled_in_words() {
    for (_, _, verdict) in walk() {
        if verdict.decided().is_none() {
            assert!(
                !verdict.summary.contains('_'),
                "a machine name in: {}",
                verdict.summary
            );
            let possible: OutcomeSet = verdict.possible_outcomes;
            assert!(possible.len() > 1);
        }
    }
}
