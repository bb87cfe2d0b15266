//! The privilege-log reader (`read_log`: CSV or JSON Lines from raw bytes), the hand mapping of
//! columns (`map_columns`) and, on every log that reads, the whole review with the default
//! context (and the dispute's facts: see [`dispute_facts`]) and the results CSV, written from the
//! whole review and in the command line's one pass.
//!
//! What must hold: nothing panics; a refusal says why; every row read has one cell per column,
//! none longer than `MAX_CELL_CHARS`; each row is on a later line than the one before; a mapping
//! of headings the log has succeeds and one of a heading it lacks fails and changes nothing; the
//! review accounts for every row (a result or a problem each); the one pass and the whole review
//! write the same results.

#![no_main]

use libfuzzer_sys::fuzz_target;
use privcheck::engine::{Fact, Facts, Mode};
use privcheck::log::read::MAX_CELL_CHARS;
use privcheck::log::review::Reviewer;
use privcheck::log::{CueChoice, LogContext, LogField, PrivilegeLog, export, read_log, review};
use std::sync::{Arc, LazyLock};

/// The roles an unrecognised column is mapped to by hand, as a context's `log_columns` would:
/// every field the review reads, the opposition's grounds, three facts, and none.
static ROLES: LazyLock<Vec<LogField>> = LazyLock::new(|| {
    LogField::DESCRIPTIVE
        .into_iter()
        .chain([
            LogField::OppositionGrounds,
            LogField::Fact(Fact::PersonalReview),
            LogField::Fact(Fact::Claimant),
            LogField::Fact(Fact::OppositionNeed),
            LogField::Other,
        ])
        .collect()
});

fuzz_target!(|data: &[u8]| {
    let mut log = match read_log(data) {
        Ok(log) => log,
        Err(message) => {
            assert!(!message.is_empty(), "a refusal says why");
            return;
        }
    };
    check_rows(&log);
    map_by_hand(&mut log);

    let rows = log.rows.len();
    let read_problems = log.problems.len();
    let log = Arc::new(log);
    let review = review(
        Arc::clone(&log),
        Mode::Full,
        &dispute_facts(),
        &CueChoice::All,
        &LogContext::default(),
    );
    // Each row is either an entry's result or a problem (a cell the facts cannot read).
    assert_eq!(
        review.results.len() + review.problems.len(),
        rows + read_problems,
        "every row is accounted for"
    );
    assert!(review.results.windows(2).all(|w| w[0].row < w[1].row));
    assert!(
        review
            .results
            .iter()
            .all(|r| r.row < rows && !r.name.is_empty())
    );
    let mut out = Vec::new();
    export::write_results(&log, &review, &mut out).expect("writing to a Vec cannot fail");
    assert!(!out.is_empty(), "the results CSV has its heading at least");
    // The command line's one pass (review and write run by run, on every core) writes the same
    // bytes and sums up the same way.
    let reviewer = Reviewer::new(
        Arc::clone(&log),
        Mode::Full,
        dispute_facts(),
        CueChoice::All,
        LogContext::default(),
    );
    let mut one_pass = Vec::new();
    let written = export::review_and_write_on_all_cores(&log, reviewer, &mut one_pass, false);
    assert!(written.error.is_none(), "writing to a Vec cannot fail");
    assert!(
        one_pass == out,
        "the one pass writes what the whole review writes"
    );
    assert_eq!(written.entries, review.results.len());
    assert_eq!(written.review.problems, review.problems);
    assert_eq!(written.tallies.counts(), review.counts());
    assert_eq!(written.tallies.missing_counts(), review.missing_counts());
    // Not the meet-and-confer letter: rendering it took a fifth of each run, and
    // tests/readers_fuzz.rs writes it for every generated log.
});

/// The dispute's facts, as a `--facts` file gives them: every fact answered (its first value)
/// except those an entry's words can suggest, so that accepted cues still fill them. With every
/// fact unknown, the engine's exploration of the open questions takes nearly all of each run
/// (the engine has its own property tests); with these, the log's own code does.
fn dispute_facts() -> Facts {
    const CUED: [Fact; 6] = [
        Fact::Deliberative,
        Fact::Predecisional,
        Fact::PostDecisional,
        Fact::FactualContent,
        Fact::SolelyInternalUse,
        Fact::IntraGovernmental,
    ];
    let mut facts = Facts::unknown();
    for fact in Fact::all().filter(|f| !CUED.contains(f)) {
        facts.set(fact, Some(0));
    }
    facts
}

fn check_rows(log: &PrivilegeLog) {
    let mut last_line = 0;
    for (line, cells) in &log.rows {
        assert!(*line >= 1, "lines count from 1");
        // Every record ends with a line end (`\n`, `\r\n` or a lone `\r`), so the next starts on a
        // later line.
        assert!(
            *line > last_line,
            "rows in file order, each on its own line"
        );
        last_line = *line;
        assert_eq!(cells.len(), log.columns.len(), "one cell per column");
        for cell in cells {
            assert!(
                cell.chars().count() <= MAX_CELL_CHARS,
                "a cell of {} characters was kept",
                cell.chars().count()
            );
        }
    }
    for problem in &log.problems {
        assert!(problem.line >= 1 && !problem.reason.is_empty());
    }
}

/// Maps every column the reader did not recognise to a role (chosen by its heading), as a
/// context's `log_columns` would; then a heading the log does not have, which must fail.
fn map_by_hand(log: &mut PrivilegeLog) {
    let mapping: Vec<(String, LogField)> = log
        .columns
        .iter()
        .filter(|c| c.field == LogField::Other)
        .map(|c| {
            let pick = c.heading.bytes().fold(c.heading.len(), |h, b| {
                h.wrapping_mul(31).wrapping_add(usize::from(b))
            });
            (c.heading.clone(), ROLES[pick % ROLES.len()])
        })
        .collect();
    log.map_columns(&mapping)
        .expect("a mapping of the log's own headings succeeds");
    for (heading, _) in &mapping {
        // The first column of that heading holds the last role given to it.
        let column = log
            .columns
            .iter()
            .find(|c| c.heading.trim() == heading.trim())
            .expect("the heading is there");
        let last = mapping
            .iter()
            .rev()
            .find(|(h, _)| h.trim() == heading.trim())
            .map(|(_, f)| *f);
        assert_eq!(Some(column.field), last);
    }

    let longest = log
        .columns
        .iter()
        .map(|c| c.heading.trim().len())
        .max()
        .unwrap_or(0);
    let absent = "x".repeat(longest + 1);
    let before = log.columns.clone();
    let error = log
        .map_columns(&[(absent, LogField::Description)])
        .expect_err("a heading the log lacks is an error");
    assert!(error.contains("log_context.log_columns"));
    assert_eq!(log.columns, before, "a failed mapping changes nothing");
}
