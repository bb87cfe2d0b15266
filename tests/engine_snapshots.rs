//! Full verdicts of a few scenarios, kept in `tests/snapshots/`: any change in the reasoning
//! shows up in review (`cargo insta review`).

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::{Request, check_json, evaluate};

fn seed_request(mode: &str, changes: &[(&str, serde_json::Value)]) -> Request {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../law/melamine-example.json")).unwrap();
    json["mode"] = mode.into();
    for (key, value) in changes {
        if value.is_null() {
            json["facts"].as_object_mut().unwrap().remove(*key);
        } else {
            json["facts"][*key] = value.clone();
        }
    }
    Request::from_json(&json).unwrap()
}

#[test]
fn melamine_full() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request("full", &[])));
}

#[test]
fn melamine_seed() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request("seed", &[])));
}

#[test]
fn claim_not_personally_reviewed() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request(
        "seed",
        &[("personal_review", false.into())]
    )));
}

#[test]
fn contents_questioned_and_review_unknown() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request(
        "full",
        &[
            ("contents_questioned", true.into()),
            ("personal_review", serde_json::Value::Null)
        ]
    )));
}

#[test]
fn foia_with_segregable_facts() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request(
        "full",
        &[
            ("setting", "foia".into()),
            ("posture", "foia_suit".into()),
            ("record_over_25_years", false.into()),
            ("foreseeable_harm", "shown".into()),
            ("factual_content", "segregable".into())
        ]
    )));
}

#[test]
fn motion_to_compel_in_a_criminal_case() {
    insta::assert_yaml_snapshot!(evaluate(&seed_request(
        "full",
        &[
            ("setting", "criminal".into()),
            ("posture", "motion_to_compel".into()),
            ("opposition_grounds", serde_json::json!(["need", "waiver"])),
            ("need_shown", "specific".into()),
        ]
    )));
}

#[test]
fn error_is_tagged_json() {
    let error = check_json(r#"{"facts":{"claimant":"boss"}}"#).unwrap_err();
    insta::assert_yaml_snapshot!(error);
}
