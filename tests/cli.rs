//! The `privcheck` command line, run as a user runs it.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn privcheck(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_privcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A command that fails early may close its input first.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn seed_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/law/melamine-example.json").to_string()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn check_prints_the_verdict_json() {
    let output = privcheck(&["check", &seed_path()], b"");
    assert!(output.status.success());
    let verdict: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(verdict["outcome"], "protective_order_granted");
    assert_eq!(verdict["mode"], "full");
    assert_eq!(verdict["doctrine"]["version"], "1.1.0");
    assert_eq!(
        verdict["label"],
        "Protective order granted: the document is sealed pending further order"
    );
    assert!(verdict["caveats"].as_array().unwrap().is_empty());
    assert!(
        verdict["steps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["rule"] == "R3")
    );
}

#[test]
fn check_reads_standard_input_and_mode_overrides_the_request() {
    let request = r#"{"mode":"full","facts":{"extension_sought":false,"state_secret":false,"claimant":"delegated_official","formal_claim":true,"personal_review":true,"affidavit":true}}"#;
    let output = privcheck(&["check", "--mode", "seed"], request.as_bytes());
    assert!(output.status.success());
    let verdict: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(verdict["mode"], "seed");
    assert_eq!(verdict["outcome"], "claim_defective");
}

#[test]
fn check_text_prints_a_memo() {
    let output = privcheck(
        &["check", "--format", "text", "-"],
        std::fs::read(seed_path()).unwrap().as_slice(),
    );
    assert!(output.status.success());
    let memo = String::from_utf8(output.stdout).unwrap();
    assert!(memo.contains("RULING: Protective order granted"));
    assert!(memo.contains("REASONING"));
    assert!(memo.contains("United States v. Reynolds, 345 U.S. 1 (1953)"));
    assert!(memo.contains("Not legal advice"));
}

#[test]
fn bad_input_exits_2_with_one_line_naming_key_value_and_allowed() {
    let cases: [(&[u8], &str); 6] = [
        (b"{not json", "not valid JSON"),
        (
            br#"{"facts":{"personal_reviw":true}}"#,
            "facts.personal_reviw: unknown key (did you mean \"personal_review\"?)",
        ),
        (
            br#"{"facts":{"affidavit":"yes"}}"#,
            "facts.affidavit: given a string \"yes\"; allowed: true, false or null (unknown)",
        ),
        (
            br#"{"facts":{"need_shown":"dire"}}"#,
            "facts.need_shown: given a string \"dire\"; allowed: none, general, specific, compelling",
        ),
        (
            br#"{"mode":"lenient"}"#,
            "mode: given a string \"lenient\"; allowed: seed, full",
        ),
        (b"\xff\xfe\x00", "not UTF-8"),
    ];
    for (input, expected) in cases {
        let output = privcheck(&["check"], input);
        assert_eq!(output.status.code(), Some(2), "{expected}");
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.contains(expected), "{message}");
        assert!(!message.contains("panicked"));
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn missing_file_and_huge_input_exit_2() {
    let output = privcheck(&["check", "/nonexistent/request.json"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent/request.json"));
    let huge = vec![b' '; 2 << 20];
    let output = privcheck(&["check"], &huge);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("larger than"));
}

#[test]
fn rules_prints_the_rulebook() {
    let output = privcheck(&["rules"], b"");
    assert!(output.status.success());
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert_eq!(rules.len(), 30);
    assert_eq!(rules[2]["id"], "R3");
    assert_eq!(rules[2]["basis"], "seed");
    assert_eq!(rules[2]["source"], "Melamine, 1 CIT at 66");
    assert_eq!(rules[2]["paragraph"], "¶8");
    assert!(
        rules[2]["quote"]
            .as_str()
            .unwrap()
            .contains("personally reviewed the materials")
    );
    assert_eq!(rules[13]["id"], "D1");
    assert!(rules[13]["quote"].is_null());
}

#[test]
fn doc_writes_each_paper_from_a_matter_file() {
    let matter = privcheck::matter::Session::melamine().to_file_text();
    let order = privcheck(&["doc", "order", "--format", "txt", "-"], matter.as_bytes());
    assert!(order.status.success(), "{}", stderr(&order));
    let text = String::from_utf8(order.stdout).unwrap();
    assert!(text.contains("UNITED STATES COURT OF INTERNATIONAL TRADE"));
    assert!(
        text.contains("Ordered and Adjudged that defendant's motion is, in all respects, granted")
    );
    assert!(!text.contains("**"), "plain text has no markup");
    let dir = std::env::temp_dir().join(format!("privcheck-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("matter.json");
    std::fs::write(&file, &matter).unwrap();
    let out = dir.join("declaration.html");
    let declaration = privcheck(
        &[
            "doc",
            "declaration",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert!(declaration.status.success(), "{}", stderr(&declaration));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("declare pursuant to 28 U.S.C. § 1746"));
    // A Word file goes to a file, never to the terminal.
    let word = dir.join("order.docx");
    let docx = privcheck(
        &[
            "doc",
            "order",
            "--format",
            "docx",
            "--out",
            word.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert!(docx.status.success(), "{}", stderr(&docx));
    assert!(std::fs::read(&word).unwrap().starts_with(b"PK"));
    let to_terminal = privcheck(
        &["doc", "order", "--format", "docx", file.to_str().unwrap()],
        b"",
    );
    assert_eq!(to_terminal.status.code(), Some(2));
    assert!(stderr(&to_terminal).contains("--out FILE.docx"));
    for paper in ["memo", "log-entry"] {
        let output = privcheck(&["doc", paper, file.to_str().unwrap()], b"");
        assert!(output.status.success(), "{paper}: {}", stderr(&output));
        assert!(!output.stdout.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn doc_says_why_there_is_no_order_and_refuses_bad_files() {
    // Personal review unknown: the ruling is open, and no order is written.
    let mut session = privcheck::matter::Session::melamine();
    session
        .request
        .facts
        .set(privcheck::engine::Fact::PersonalReview, None);
    let open = privcheck(&["doc", "order", "-"], session.to_file_text().as_bytes());
    assert_eq!(open.status.code(), Some(2));
    assert_eq!(
        stderr(&open).trim(),
        "privcheck: No proposed order: the ruling turns on facts not yet known. Answer the open questions first."
    );
    for (input, message) in [
        (&b"not json"[..], "privcheck: -: not valid JSON"),
        (
            &br#"{"format":"privcheck-matter","version":9}"#[..],
            "privcheck: -: version: given 9",
        ),
    ] {
        let output = privcheck(&["doc", "memo", "-"], input);
        assert_eq!(output.status.code(), Some(2));
        let error = stderr(&output);
        assert_eq!(error.lines().count(), 1, "{error}");
        assert!(error.starts_with(message), "{error}");
    }
}
