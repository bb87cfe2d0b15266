//! The log review on a realistic customs-penalty log of 43 entries: every privilege and every
//! defect `docs/log-review.md` names, each entry's expected assessment per privilege written in
//! `tests/data/logs/customs_penalty_expected.toml`, and every rule of the review shown by some
//! entry.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // tests

use privcheck::engine::{Facts, Mode};
use privcheck::log::claim::{Kind, WorkProductKind};
use privcheck::log::rules::LogRule;
use privcheck::log::{CueChoice, LogOutcome, Privilege, read_context, read_log, review};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::sync::Arc;

#[derive(Deserialize)]
struct Expected {
    entry: Vec<ExpectedEntry>,
}

#[derive(Deserialize)]
struct ExpectedEntry {
    line: u64,
    bates: String,
    assessments: String,
    findings: Vec<String>,
    shows: Vec<String>,
    why: String,
}

fn data(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/logs")
            .join(name),
    )
    .unwrap()
}

fn reviewed() -> (privcheck::log::PrivilegeLog, privcheck::log::Review) {
    let log = read_log(data("customs_penalty_log.csv").as_bytes()).unwrap();
    let context = read_context(&data("customs_penalty_context.json")).unwrap();
    let review = review(
        Arc::new(log.clone()),
        Mode::Full,
        &Facts::unknown(),
        &CueChoice::None,
        &context,
    );
    (log, review)
}

fn expected() -> Expected {
    toml::from_str(&data("customs_penalty_expected.toml")).unwrap()
}

#[test]
fn every_entry_gets_the_expected_assessment_of_each_privilege() {
    let (_, review) = reviewed();
    let expected = expected();
    assert!(review.problems.is_empty());
    assert_eq!(review.results.len(), expected.entry.len());
    assert!(review.results.len() >= 40);
    for (result, want) in review.results.iter().zip(&expected.entry) {
        assert_eq!(
            (result.line, result.name.as_str()),
            (want.line, want.bates.as_str())
        );
        assert_eq!(
            result.assessments(),
            want.assessments,
            "{}: {}",
            want.bates,
            want.why
        );
        let found: BTreeSet<&str> = result
            .claims
            .iter()
            .flat_map(|c| &c.findings)
            .map(|f| f.rule.id())
            .collect();
        for rule in &want.findings {
            assert!(
                found.contains(rule.as_str()),
                "{}: no {rule} finding ({found:?})",
                want.bates
            );
        }
    }
}

#[test]
fn every_rule_of_the_review_is_shown_by_an_entry() {
    let (_, review) = reviewed();
    let expected = expected();
    let mut shown: BTreeSet<String> = BTreeSet::new();
    for (result, want) in review.results.iter().zip(&expected.entry) {
        shown.extend(want.shows.iter().cloned());
        shown.extend(
            result
                .claims
                .iter()
                .flat_map(|c| &c.findings)
                .map(|f| f.rule.id().to_string()),
        );
        shown.extend(result.warnings.iter().map(|w| w.rule.id().to_string()));
    }
    for rule in LogRule::ALL {
        assert!(shown.contains(rule.id()), "no entry shows {}", rule.id());
    }
}

#[test]
fn what_the_doctrine_rules_show() {
    let (_, review) = reviewed();
    let entry = |bates: &str| review.results.iter().find(|r| r.name == bates).unwrap();
    // W6: opinion and fact work product told apart.
    let strategy = &entry("CBP-0015").claims[0];
    assert_eq!(strategy.work_product_kind, Some(WorkProductKind::Opinion));
    let facts = &entry("CBP-0019").claims[0];
    assert_eq!(facts.work_product_kind, Some(WorkProductKind::Fact));
    // An entry is protected if any claim survives (CBP-0003), and a deficient secondary claim
    // does not count against it.
    assert_eq!(entry("CBP-0003").outcome, LogOutcome::AdequatelyLogged);
    // The agency's own words "deliberative", "privileged" set no fact of the engine.
    assert!(
        entry("CBP-0034")
            .cues
            .iter()
            .all(|c| c.fact.name() != "deliberative")
    );
    // X10: form warnings change no outcome.
    let backwards = entry("CBP-0037\u{2013}CBP-0036");
    assert_eq!(backwards.warnings[0].kind, Kind::Warning);
    assert_eq!(backwards.outcome, LogOutcome::AdequatelyLogged);
    // State secrets go to the engine.
    let secrets = review
        .results
        .iter()
        .find(|r| r.claims[0].privilege == Privilege::StateSecrets)
        .unwrap();
    assert!(secrets.verdict.is_some());
    assert!(
        entry("CBP-0004").verdict.is_none(),
        "no engine for attorney-client"
    );
    // Without the context, the adverse broker is only a question (X5 by domain is off).
    let log = read_log(data("customs_penalty_log.csv").as_bytes()).unwrap();
    let bare = privcheck::log::review(
        Arc::new(log),
        Mode::Full,
        &Facts::unknown(),
        &CueChoice::None,
        &privcheck::log::LogContext::default(),
    );
    let broker = bare.results.iter().find(|r| r.name == "CBP-0006").unwrap();
    assert_eq!(
        broker.outcome,
        LogOutcome::AdequatelyLogged,
        "nothing marks the domain as outside"
    );
}

#[test]
fn the_letter_on_the_realistic_log() {
    let (log, review) = reviewed();
    let letter =
        privcheck::log::export::meet_and_confer_letter(&log, &review, "Defendant's privilege log")
            .to_markdown();
    let counted = review
        .results
        .iter()
        .filter(|r| r.outcome.counted_against())
        .count();
    assert_eq!(counted, 22);
    assert!(
        letter.contains("On the log's own words, 9 entries are adequately logged"),
        "{letter}"
    );
    // Never a demand about an adequately logged entry.
    for adequate in review
        .results
        .iter()
        .filter(|r| r.outcome == LogOutcome::AdequatelyLogged)
    {
        let demanded = letter
            .lines()
            .filter(|l| l.starts_with("- ") && l.contains(&format!("{} (", adequate.name)))
            .filter(|l| {
                !l.contains("we do not accept")
                    && !l.contains("deficient")
                    && !l.contains("likely not")
            })
            .count();
        assert_eq!(
            demanded, 0,
            "{} is adequately logged: {letter}",
            adequate.name
        );
    }
    // The substantive findings reach the letter: issued, implementing, factual.
    for defeated in ["CBP-0007 (", "CBP-0030 (", "CBP-0010 ("] {
        assert!(letter.contains(defeated), "{defeated}");
    }
    // Each demand has its authority.
    assert!(letter.contains("Fed. R. Civ. P. 26(b)(5)(A)(ii)"));
    assert!(
        letter.contains("Sears, Roebuck &amp; Co., 421 U.S. 132 (1975)"),
        "markup escaped"
    );
    assert!(letter.contains("Upjohn Co. v. United States, 449 U.S. 383, 389 (1981)"));
    // The secondary claim is listed apart, not demanded.
    assert!(letter.contains("## Further claims we do not accept"));
    assert!(letter.contains("CBP-0003 (work-product protection"));
    // L2: the formal claim of the law-enforcement privilege is asked for (the adequately logged
    // informant entry too: asking for the claim is not a demand to produce), never for a claim
    // the log already defeats.
    let section = letter
        .split("## Law-enforcement privilege: the formal claim")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_else(|| panic!("no law-enforcement section: {letter}"));
    assert!(section.contains("Sealed Case, 856 F.2d"), "{section}");
    assert!(section.contains("CBP-0020"), "{section}");
    for result in &review.results {
        for claim in &result.claims {
            if claim.privilege == Privilege::LawEnforcement {
                assert!(
                    claim.next_steps.iter().any(|s| s.rule == LogRule::L2),
                    "{}: every law-enforcement claim asks for the formal claim",
                    result.name
                );
                assert!(!claim.missing.is_empty() || claim.outcome != LogOutcome::DeficientLog);
                assert_eq!(
                    section.contains(result.name.as_str()),
                    claim.outcome != LogOutcome::LikelyNotPrivileged,
                    "{}",
                    result.name
                );
            } else {
                assert!(claim.next_steps.is_empty(), "{}", result.name);
            }
        }
    }
}
