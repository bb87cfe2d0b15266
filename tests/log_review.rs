//! Privilege-log review: the reader against the csv crate's own writer (property test), and the
//! `privcheck log` command line as a user runs it.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::log::read_log;
use proptest::prelude::*;
use std::process::Command;

/// Cells with everything RFC 4180 must survive: commas, quotes, CR, LF, CRLF, unicode, spaces.
fn cell() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(",".to_string()),
            Just("\"".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just(" ".to_string()),
            Just("é—¶".to_string()),
            "[a-zA-Z0-9]{1,8}",
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_log_the_csv_crate_writes_reads_back_intact(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 3), 1..20),
        crlf in any::<bool>(),
    ) {
        let mut writer = csv::WriterBuilder::new()
            .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        writer.write_record(["Entry ID", "Description", "Author"]).unwrap();
        for row in &rows {
            writer.write_record(row).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let log = read_log(&bytes).unwrap();
        prop_assert!(log.problems.is_empty(), "{:?}", log.problems);
        let read: Vec<Vec<String>> = log.rows.iter().map(|(_, cells)| cells.iter().map(str::to_string).collect()).collect();
        // A row of three empty cells is written as ",," and read back as such.
        prop_assert_eq!(read, rows);
    }
}

fn privcheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_privcheck"))
        .args(args)
        .output()
        .unwrap()
}

fn temp(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("privcheck-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn log_writes_results_and_reports_bad_rows_by_line() {
    let path = temp(
        "log.csv",
        b"Entry ID,Date,Author,Recipients,Description,Privilege,personal_review\n\
          1,1980-05-01,Staff,Commission,Staff draft recommendation on the injury question,DPP,no\n\
          2,1980-05-01,Staff,Commission,Too,many,fields,here\n\
          3,1980-05-01,Staff,Commission,\"=HYPERLINK(\"\"http://x\"\")\",DPP,sometimes\n\
          4,,,,Privileged,Attorney-client,\n",
    );
    let output = privcheck(&["log", "--mode", "seed", &path]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("2 entries checked (seed mode), 2 bad rows"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: 8 fields where the heading has 7"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 4: personal_review: \"sometimes\" is not yes/no"),
        "{stderr}"
    );
    let results = read_log(&output.stdout).unwrap();
    assert_eq!(results.columns.last().unwrap().heading, "engine_label");
    assert_eq!(results.rows.len(), 2);
    // The attorney-client claim is assessed as one, never "out of scope".
    assert_eq!(result_cell(&results, 1, "outcome"), "");
    assert_eq!(
        result_cell(&results, 1, "assessments"),
        "attorney_client=likely_not_privileged"
    );
    assert!(stderr.contains("likely_not_privileged: 1"), "{stderr}");
}

/// The cell of the results' row `row` under the heading `name`.
fn result_cell<'a>(results: &'a privcheck::log::PrivilegeLog, row: usize, name: &str) -> &'a str {
    let column = results
        .columns
        .iter()
        .position(|c| c.heading == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    &results.rows[row].1[column]
}

#[test]
fn a_context_file_sets_the_dispute_and_a_bad_one_names_its_key() {
    let log = temp(
        "context-log.csv",
        b"Beg. No.,Date,From,To,CC,Description,Privilege
          PRIV-1,2021-03-01,M. Chen,K. Lee,,Memorandum on the penalty decision and the importer's likely defenses,Work Product
          PRIV-2,2021-03-01,M. Chen,ops@harborbrokers.com,,Staff recommendation on the penalty decision,Deliberative Process
",
    );
    let context = temp(
        "context.json",
        br#"{"attorneys":[{"name":"K. Lee","role":"litigation_counsel"}],
             "own_domains":["cbp.dhs.gov"],
             "outside_parties":[{"name":"harborbrokers.com","adverse":true}],
             "litigation_anticipated_from":"2021-01-01",
             "log_columns":{"Beg. No.":"bates_begin"}}"#,
    );
    let letter_path = std::env::temp_dir()
        .join(format!("privcheck-log-{}", std::process::id()))
        .join("letter.md");
    let letter_arg = letter_path.to_string_lossy().into_owned();
    let output = privcheck(&["log", "--context", &context, "--letter", &letter_arg, &log]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let results = read_log(&output.stdout).unwrap();
    assert_eq!(result_cell(&results, 0, "entry"), "PRIV-1");
    assert_eq!(
        result_cell(&results, 0, "assessments"),
        "work_product=adequately_logged"
    );
    assert_eq!(
        result_cell(&results, 1, "assessments"),
        "deliberative_process=likely_not_privileged",
        "an adverse outsider"
    );
    let letter = std::fs::read_to_string(&letter_path).unwrap();
    assert!(
        letter.contains("PRIV-2 (deliberative-process privilege"),
        "{letter}"
    );
    assert!(!letter.contains("PRIV-1 ("), "{letter}");
    // The letter as a Word file, by its name.
    let word = letter_path.with_extension("docx");
    let word_arg = word.to_string_lossy().into_owned();
    let output = privcheck(&["log", "--context", &context, "--letter", &word_arg, &log]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(std::fs::read(&word).unwrap().starts_with(b"PK"));

    let bad = temp(
        "bad-context.json",
        br#"{"wide_distribution_threshold": "many"}"#,
    );
    let output = privcheck(&["log", "--context", &bad, &log]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("log_context.wide_distribution_threshold"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn log_facts_apply_to_every_entry_and_cues_count_only_when_accepted() {
    let facts = temp(
        "dispute.json",
        br#"{"mode":"full","facts":{"setting":"trade_record_review","extension_sought":false,"state_secret":false,"presidential":false,"intra_governmental":true,"formal_claim":true,"claimant":"agency_head","personal_review":true,"affidavit":true,"itemized":true,"solely_internal_use":true,"inspected_in_camera":false,"affidavit_refuted":false,"contents_questioned":false,"misconduct":false,"opposition_grounds":["premature"],"predecisional":true,"deliberative":true,"factual_content":"none"}}"#,
    );
    let log = temp(
        "cues.csv",
        b"id,date,author,recipients,description,privilege\n7,1980-05-14,Staff,Commission,Final determination as adopted by the Commission,DPP\n",
    );
    let without = privcheck(&["log", "--facts", &facts, &log]);
    let with = privcheck(&["log", "--facts", &facts, "--accept-cues", &log]);
    let without = read_log(&without.stdout).unwrap();
    let with = read_log(&with.stdout).unwrap();
    assert_eq!(result_cell(&without, 0, "outcome"), "indeterminate");
    assert_eq!(result_cell(&with, 0, "outcome"), "privilege_inapplicable");
    assert_eq!(result_cell(&with, 0, "facts_from_cues"), "post_decisional");
    // Adopted and final on the log's own words, cues or not (P3).
    assert_eq!(
        result_cell(&without, 0, "assessments"),
        "deliberative_process=likely_not_privileged"
    );
}

#[test]
fn unreadable_logs_exit_2_with_one_message() {
    for (name, contents, message) in [
        ("empty.csv", &b""[..], "the file is empty"),
        ("binary.csv", &b"\x00\x01\x02\x03"[..], "binary file"),
        ("one-column.csv", &b"notes\nhello\n"[..], "fewer than two"),
    ] {
        let path = temp(name, contents);
        let output = privcheck(&["log", &path]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
    }
    let output = privcheck(&["log", "/nonexistent/log.csv"]);
    assert_eq!(output.status.code(), Some(2));
}

/// With a letter the whole review is made first; without one, the review and the results are
/// made together, run by run: the results and the summary are the same either way (a log of
/// several runs, with bad rows among them).
#[test]
fn the_results_and_summary_are_the_same_with_and_without_a_letter() {
    let mut text = String::from("Entry ID,Author,Recipients,Description,Privilege,affidavit\n");
    for i in 0..2_500 {
        let affidavit = if i % 997 == 3 { "perhaps" } else { "yes" };
        let privilege = ["DPP", "Attorney-client", "Work product; DPP"][i % 3];
        text.push_str(&format!(
            "ITC-{i:05},Staff,Commission,\"Staff draft recommendation, number {i}\",{privilege},{affidavit}\n"
        ));
    }
    let log = temp("several-runs.csv", text.as_bytes());
    let letter = temp("several-runs-letter.md", b"");
    let without = privcheck(&["log", "--accept-cues", &log]);
    let with = privcheck(&["log", "--accept-cues", "--letter", &letter, &log]);
    assert_eq!(without.status.code(), Some(0));
    assert_eq!(with.status.code(), Some(0));
    assert!(without.stdout == with.stdout, "the same results CSV");
    let summary = String::from_utf8(without.stderr).unwrap();
    assert_eq!(summary, String::from_utf8(with.stderr).unwrap());
    assert!(summary.contains("2497 entries checked"), "{summary}");
    assert!(summary.contains("line 5:"), "{summary}");
}

/// Results that cannot be written (a full disk) exit 2 with one message, and no letter is
/// written after them.
#[test]
fn results_that_cannot_be_written_exit_2_before_any_letter() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // a system without a full device
    };
    let log = temp(
        "to-a-full-disk.csv",
        b"id,description,privilege\n1,Staff draft recommendation,DPP\n",
    );
    let letter = std::env::temp_dir()
        .join(format!("privcheck-log-{}", std::process::id()))
        .join("never-written.md");
    let letter_arg = letter.to_string_lossy().into_owned();
    for args in [
        vec!["log", &log],
        vec!["log", "--letter", &letter_arg, &log],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_privcheck"))
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("cannot write the results"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
    }
    assert!(
        !letter.exists(),
        "no letter after results that could not be written"
    );
}
