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

/// What the coverage-guided fuzz targets (`fuzz/fuzz_targets/`, run by `scripts/fuzz.sh`) turned up,
/// each with the input that showed it, so that the fix stays.
mod found_by_fuzzing {
    use privcheck::log::labels::parse_labels;
    use privcheck::log::read::MAX_CELL_CHARS;
    use privcheck::log::{Privilege, read_context, read_log};

    /// context_reader (its round trip, on a hand-made seed): `"@"` was kept as the domain "",
    /// which `to_json` wrote back as an empty item that does not read: a context that read could
    /// not be saved and read again.
    #[test]
    fn a_domain_of_only_at_is_refused_and_domains_round_trip() {
        for json in [
            r#"{"own_domains": ["@"]}"#,
            r#"{"own_domains": ["@ "]}"#,
            r#"{"own_domains": ["x.gov", "@@"]}"#,
        ] {
            let error = read_context(json).unwrap_err();
            assert!(
                error.starts_with("log_context.own_domains: item ")
                    && error.ends_with("is not a domain"),
                "{json}: {error}"
            );
        }
        let context = read_context(r#"{"own_domains": ["@ @CBP.dhs.GOV", "@usdoj.gov"]}"#).unwrap();
        assert_eq!(context.own_domains, vec!["cbp.dhs.gov", "usdoj.gov"]);
        assert_eq!(
            read_context(&context.to_json().to_string()).unwrap(),
            context
        );
    }

    /// context_reader (libFuzzer's own find, `{"log_context":"own_organisations"\n}`, in about two
    /// minutes): a `log_context` wrapper that is not an object read as the default context,
    /// silently dropping what the file said.
    #[test]
    fn a_log_context_wrapper_that_is_not_an_object_is_refused() {
        for json in [
            "{\"log_context\":\"own_organisations\"\n}",
            r#"{"log_context": 5}"#,
            r#"{"log_context": null}"#,
            r#"{"log_context": [{"accept_cues": true}]}"#,
        ] {
            assert_eq!(
                read_context(json).unwrap_err(),
                "log_context: expected a JSON object",
                "{json}"
            );
        }
        assert!(
            read_context(r#"{"log_context": {"accept_cues": true}}"#)
                .unwrap()
                .accept_cues
        );
    }

    /// log_reader (its cell-length check, on a hand-made seed): a JSON Lines value that is a list
    /// or an object was kept whole, past MAX_CELL_CHARS (a string of the same length was cut).
    #[test]
    fn json_lines_lists_and_objects_are_cut_like_strings() {
        let long = "é".repeat(MAX_CELL_CHARS + 1);
        for value in [
            serde_json::json!(long),
            serde_json::json!([long]),
            serde_json::json!(["a", long]),
            serde_json::json!({ "k": long }),
        ] {
            let line = serde_json::json!({ "id": "1", "description": value }).to_string();
            let log = read_log(line.as_bytes()).unwrap();
            let cell = log.cell(0, log.column(privcheck::log::LogField::Description));
            assert_eq!(cell.chars().count(), MAX_CELL_CHARS, "{}", &line[..40]);
        }
    }

    /// log_reader (its line-order check, on the seed of a log saved with old Mac line ends, `\r`
    /// alone): lines were counted by `\n` only, so every row and bad row of such a file was
    /// "line 1".
    #[test]
    fn rows_are_numbered_by_line_whatever_ends_the_lines() {
        let lines = |text: &str| {
            let log = read_log(text.as_bytes()).unwrap();
            let rows: Vec<u64> = log.rows.iter().map(|(line, _)| *line).collect();
            let problems: Vec<u64> = log.problems.iter().map(|p| p.line).collect();
            (rows, problems)
        };
        let expected = (vec![2, 4], vec![3]);
        assert_eq!(lines("id,d\n1,a\n2,b,c\n3,x\n"), expected);
        assert_eq!(lines("id,d\r\n1,a\r\n2,b,c\r\n3,x\r\n"), expected);
        assert_eq!(lines("id,d\r1,a\r2,b,c\r3,x\r"), expected, "old Mac");
        assert_eq!(lines("id,d\n1,a\r\n2,b,c\r3,x"), expected, "mixed");
        // A line end inside quotes is a line too.
        assert_eq!(
            lines("id,d\n1,\"x\ny\"\n2,b,c\n3,z\n"),
            (vec![2, 5], vec![4])
        );
        assert_eq!(
            lines("id,d\r1,\"x\ry\"\r2,b,c\r3,z\r"),
            (vec![2, 5], vec![4])
        );
        // The seed, fuzz/corpus/log_reader/cr-only.
        let seed = "Entry ID,Date,Author,Recipients,CC,Description,Privilege Asserted,Basis,\
                    personal_review,claimant,opposition_grounds\r\
                    1,,X,Y,,Plain,WP,,no,,\r2,,X,Y,,Plain,WP,,no,,\r";
        assert_eq!(lines(seed), (vec![2, 3], vec![]));
    }

    /// label_parser (its runs were slow; a profile showed why): every match of a short phrase was
    /// checked against every phrase taken before it, so a long cell of repeated codes took
    /// quadratic time. The claims are unchanged.
    #[test]
    fn long_cells_of_repeated_codes_claim_each_privilege_once() {
        let claims = |cell: &str| {
            parse_labels(cell)
                .iter()
                .map(|l| l.privilege)
                .collect::<Vec<_>>()
        };
        let started = std::time::Instant::now();
        assert_eq!(
            claims(&"ac ".repeat(33_333)),
            vec![Privilege::AttorneyClient]
        );
        assert_eq!(
            claims(&"AC/WP; ".repeat(14_285)),
            vec![Privilege::AttorneyClient, Privilege::WorkProduct]
        );
        assert_eq!(
            claims(&"Privileged, DPP; ".repeat(5_000)),
            vec![Privilege::DeliberativeProcess]
        );
        assert_eq!(
            claims(&"le acp wp ".repeat(10_000)),
            vec![
                Privilege::LawEnforcement,
                Privilege::AttorneyClient,
                Privilege::WorkProduct
            ]
        );
        // Only a guard against a hang: quadratic, the first cell alone took a sixth of a second
        // in a release build; now the four take a few milliseconds.
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
