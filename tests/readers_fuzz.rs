//! Hostile input for every reader a user can reach: request JSON, matter files and privilege logs.
//! Over 100,000 generated cases in all (property tests, run in the README's test command): none
//! may panic, and each either reads or is refused with a message. Inputs that once broke a reader
//! are kept in `tests/data/regressions/` and replayed.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::{Request, evaluate};
use privcheck::log::{CueChoice, read_log, review};
use privcheck::matter::Session;
use proptest::prelude::*;
use std::sync::Arc;

/// JSON-ish text: mostly the request's own vocabulary, in any arrangement, with noise.
fn jsonish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("\"facts\"".to_string()),
        Just("\"mode\"".to_string()),
        Just("\"seed\"".to_string()),
        Just("\"full\"".to_string()),
        Just("\"personal_review\"".to_string()),
        Just("\"claimant\"".to_string()),
        Just("\"opposition_grounds\"".to_string()),
        Just("\"opposition_grounds.need\"".to_string()),
        Just("\"agency_head\"".to_string()),
        Just("\"premature\"".to_string()),
        Just("true".to_string()),
        Just("false".to_string()),
        Just("null".to_string()),
        Just("1e999".to_string()),
        Just("\"\\u0000\"".to_string()),
        Just("\"format\"".to_string()),
        Just("\"privcheck-matter\"".to_string()),
        Just("\"version\"".to_string()),
        Just("\"request\"".to_string()),
        Just("\"matter\"".to_string()),
        "[ -~]{0,6}",
    ];
    proptest::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

/// CSV-ish bytes: headings the reader knows, separators, quotes, newlines, noise and raw bytes.
fn csvish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        Just(b",".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"Entry ID".to_vec()),
        Just(b"Description".to_vec()),
        Just(b"personal_review".to_vec()),
        Just(b"opposition_grounds".to_vec()),
        Just(b"yes".to_vec()),
        Just(b"maybe".to_vec()),
        Just(b"=HYPERLINK(1)".to_vec()),
        Just(b"Attorney-client".to_vec()),
        Just(b"draft recommendation".to_vec()),
        Just(b"{\"id\": 1}".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(vec![0xff]),
        Just(vec![0]),
        proptest::collection::vec(any::<u8>(), 0..4),
    ];
    proptest::collection::vec(token, 0..60).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn request_reader_never_panics(text in jsonish()) {
        if let Ok(request) = Request::from_json_str(&text) {
            let verdict = evaluate(&request);
            prop_assert!(!verdict.summary.is_empty());
        }
    }

    #[test]
    fn matter_reader_never_panics(text in jsonish()) {
        let wrapped = format!("{{\"format\":\"privcheck-matter\",\"version\":1,{}", text.trim_start_matches('{'));
        for candidate in [text.as_str(), wrapped.as_str()] {
            match Session::from_file_text(candidate) {
                Ok(session) => prop_assert_eq!(Session::from_file_text(&session.to_file_text()).unwrap(), session),
                Err(error) => prop_assert!(!error.message().is_empty()),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 25_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn log_reader_never_panics(bytes in csvish()) {
        match read_log(&bytes) {
            Ok(log) => {
                let review = review(Arc::new(log.clone()), privcheck::engine::Mode::Full, &privcheck::engine::Facts::unknown(), &CueChoice::All, &privcheck::log::LogContext::default());
                prop_assert_eq!(review.results.len() + review.problems.len() >= log.rows.len(), true);
                let mut out = Vec::new();
                privcheck::log::export::write_results(&log, &review, &mut out).unwrap();
                let _ = privcheck::log::export::meet_and_confer_letter(&log, &review, "log").to_html();
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }
}

#[test]
fn regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let _ = Request::from_json_str(&text).map(|r| evaluate(&r));
        let _ = Session::from_file_text(&text);
        if let Ok(log) = read_log(&bytes) {
            let _ = review(
                Arc::new(log),
                privcheck::engine::Mode::Full,
                &privcheck::engine::Facts::unknown(),
                &CueChoice::All,
                &privcheck::log::LogContext::default(),
            );
            let _ = privcheck::log::read_context(&text);
        }
        replayed += 1;
    }
    assert!(replayed > 0);
}
