//! The results of a log review, out: a CSV of every entry (its own columns, then its name, the
//! engine's outcome, the entry's outcome, each claim's assessment, what is missing, the findings
//! with their rules and sources, a summary, open questions and the facts taken from accepted
//! cues) and the meet-and-confer letter ([`meet_and_confer_letter`]). Cells that a spreadsheet would read as
//! formulas are neutralised (OWASP's rule: a leading `'`).

use super::claim::{Claim, Kind};
use super::read::PrivilegeLog;
use super::review::{EntryResult, Review};

mod letter;
pub use letter::meet_and_confer_letter;

/// The extra columns of the results CSV, after the log's own.
pub const RESULT_COLUMNS: [&str; 10] = [
    "entry",
    "outcome",
    "entry_outcome",
    "assessments",
    "deficiencies",
    "findings",
    "summary",
    "open_questions",
    "facts_from_cues",
    "engine_label",
];

/// A cell a spreadsheet would not run: one starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    // Every character that starts a formula is ASCII, so the first byte decides (every cell of
    // the results passes here).
    if cell
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
    {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes the results CSV.
pub fn write_results(
    log: &PrivilegeLog,
    review: &Review,
    mut out: impl std::io::Write,
) -> std::io::Result<()> {
    write_heading(log, &mut out)?;
    write_rows(log, &review.results, out)
}

/// [`write_results`] on every core: the rows cut into runs of 1,000, formatted side
/// by side (run `k` by thread `k % threads`) and written out in order. Each thread keeps at most
/// two runs ahead, so memory stays small whatever the log's size. The same bytes as
/// [`write_results`]. The command line uses it.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_results_on_all_cores(
    log: &PrivilegeLog,
    review: &Review,
    mut out: impl std::io::Write,
) -> std::io::Result<()> {
    let threads = super::cores();
    let runs: Vec<&[EntryResult]> = review.results.chunks(PARALLEL_RUN).collect();
    write_heading(log, &mut out)?;
    std::thread::scope(|scope| {
        let formatted: Vec<_> = (0..threads)
            .map(|thread| {
                let (send, receive) = std::sync::mpsc::sync_channel(2);
                let mine: Vec<&[EntryResult]> =
                    runs.iter().skip(thread).step_by(threads).copied().collect();
                scope.spawn(move || {
                    // Runs are alike in size: each starts with room for the largest so far,
                    // rather than growing (and copying) its way there.
                    let mut room = 0;
                    for run in mine {
                        let mut written = Vec::with_capacity(room);
                        let result = write_rows(log, run, &mut written).map(|()| written);
                        room = room.max(result.as_ref().map_or(0, Vec::len));
                        if send.send(result).is_err() {
                            return; // the writer stopped
                        }
                    }
                });
                receive
            })
            .collect();
        for run in 0..runs.len() {
            let written = formatted
                .get(run % threads)
                .and_then(|receive| receive.recv().ok())
                .ok_or_else(|| std::io::Error::other("a formatting thread stopped"))??;
            out.write_all(&written)?;
        }
        out.flush()
    })
}

/// Rows formatted at a time by each thread of [`write_results_on_all_cores`].
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_RUN: usize = 1_000;

/// The results CSV's heading: the log's own columns, then [`RESULT_COLUMNS`].
fn write_heading(log: &PrivilegeLog, out: impl std::io::Write) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let mut heading: Vec<&str> = log.columns.iter().map(|c| c.heading.as_str()).collect();
    heading.extend(RESULT_COLUMNS);
    writer.write_record(heading.iter().map(|h| neutralise(h).into_owned()))?;
    writer.flush()
}

/// The results CSV's rows for `results`. A large log has a hundred thousand rows of ten cells
/// each, so the cells this review adds are written through one buffer, reused row after row,
/// rather than each built as a string of its own.
fn write_rows(
    log: &PrivilegeLog,
    results: &[EntryResult],
    out: impl std::io::Write,
) -> std::io::Result<()> {
    fn put<W: std::io::Write>(writer: &mut csv::Writer<W>, cell: &str) -> csv::Result<()> {
        writer.write_field(neutralise(cell).as_bytes())
    }
    let mut writer = csv::Writer::from_writer(out);
    let mut cell = String::new();
    for result in results {
        let Some((_, cells)) = log.rows.get(result.row) else {
            continue;
        };
        for field in cells {
            put(&mut writer, field)?;
        }
        put(&mut writer, &result.name)?;
        put(&mut writer, result.engine_outcome())?;
        put(&mut writer, result.outcome.name())?;
        cell.clear();
        result.write_assessments(&mut cell);
        put(&mut writer, &cell)?;
        cell.clear();
        write_missing(&result.claims, &mut cell);
        put(&mut writer, &cell)?;
        cell.clear();
        write_findings(&result.claims, &mut cell);
        put(&mut writer, &cell)?;
        cell.clear();
        result.write_summary(&mut cell);
        put(&mut writer, &cell)?;
        cell.clear();
        if let Some(verdict) = &result.verdict {
            push_joined(
                &mut cell,
                verdict.open_questions.iter().map(|q| q.fact),
                "; ",
            );
        }
        put(&mut writer, &cell)?;
        cell.clear();
        push_joined(&mut cell, result.from_cues.iter().map(|f| f.name()), "; ");
        put(&mut writer, &cell)?;
        put(&mut writer, result.verdict.as_ref().map_or("", |v| v.label))?;
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()
}

/// `items` written one after the other with `separator` between them.
fn push_joined<'a>(out: &mut String, items: impl Iterator<Item = &'a str>, separator: &str) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
}

/// `attorney_client: lawyer, date; deliberative_process: decision`.
fn write_missing(claims: &[Claim], out: &mut String) {
    for (i, claim) in claims.iter().filter(|c| !c.missing.is_empty()).enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        out.push_str(claim.privilege.code());
        out.push_str(": ");
        push_joined(out, claim.missing.iter().map(|e| e.code()), ", ");
    }
}

/// Every finding with its privilege, rule, weight and source:
/// `attorney_client A6 fatal: No lawyer … [Upjohn, 449 U.S. at 389]`, joined by ` | `.
fn write_findings(claims: &[Claim], out: &mut String) {
    let findings = claims
        .iter()
        .flat_map(|c| c.findings.iter().map(move |f| (c, f)));
    for (i, (claim, finding)) in findings.enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        out.push_str(claim.privilege.code());
        out.push(' ');
        out.push_str(finding.rule.id());
        out.push(' ');
        out.push_str(kind_name(finding.kind));
        out.push_str(": ");
        out.push_str(&finding.text);
        let sources = finding.rule.authorities();
        if !sources.is_empty() {
            out.push_str(" [");
            push_joined(out, sources.iter().map(|a| a.short()), "; ");
            out.push(']');
        }
    }
}

/// A finding's weight as the results name it (its serialised name).
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Fatal => "fatal",
        Kind::Defect => "defect",
        Kind::Cue => "cue",
        Kind::Warning => "warning",
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::engine::Mode;
    use crate::log::{CueChoice, LogContext, read_log, review};

    #[test]
    fn a_findings_weight_is_named_as_it_serialises() {
        for kind in [Kind::Fatal, Kind::Defect, Kind::Cue, Kind::Warning] {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::Value::from(kind_name(kind))
            );
        }
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("plain"), "plain");
    }

    /// A log read and reviewed in full mode, with nothing known of the dispute.
    fn reviewed(text: &str) -> (PrivilegeLog, Review) {
        let log = read_log(text.as_bytes()).unwrap();
        let facts = crate::engine::Facts::unknown();
        let review = review(
            std::sync::Arc::new(log.clone()),
            Mode::Full,
            &facts,
            &CueChoice::None,
            &LogContext::default(),
        );
        (log, review)
    }

    #[test]
    fn results_csv_has_the_log_then_the_results() {
        let text =
            "id,description,privilege\n1,=cmd|' /C calc'!A0,DPP\n2,\"Staff memo, draft\",DPP\n";
        let (log, review) = reviewed(text);
        let mut out = Vec::new();
        write_results(&log, &review, &mut out).unwrap();
        let written = read_log(&out).unwrap();
        assert_eq!(
            written
                .columns
                .iter()
                .map(|c| c.heading.as_str())
                .collect::<Vec<_>>(),
            ["id", "description", "privilege"]
                .into_iter()
                .chain(RESULT_COLUMNS)
                .collect::<Vec<_>>()
        );
        assert_eq!(&written.rows[0].1[1], "'=cmd|' /C calc'!A0");
        assert_eq!(&written.rows[1].1[1], "Staff memo, draft");
        let column = |name: &str| {
            written
                .columns
                .iter()
                .position(|c| c.heading == name)
                .unwrap()
        };
        assert_eq!(&written.rows[1].1[column("entry")], "2");
        assert_eq!(&written.rows[1].1[column("outcome")], "indeterminate");
        assert_eq!(
            &written.rows[1].1[column("assessments")],
            "deliberative_process=deficient_log"
        );
        assert!(written.rows[1].1[column("findings")].contains("deliberative_process P1 defect"));
        assert!(
            written.rows[1].1[column("deficiencies")]
                .contains("deliberative_process: author, date")
        );
    }

    #[test]
    fn the_assessments_column_names_every_claim() {
        let text = "Bates,Date,Author,Recipients,Description,Privilege\n\
            P-1,2021-03-01,J. Ramirez (Assistant Chief Counsel),M. Chen (Penalties Officer),Legal advice on culpability and the statute of limitations for the proposed penalty,Attorney-Client; Deliberative Process\n";
        let (log, review) = reviewed(text);
        let mut out = Vec::new();
        write_results(&log, &review, &mut out).unwrap();
        let written = read_log(&out).unwrap();
        let column = written
            .columns
            .iter()
            .position(|c| c.heading == "assessments")
            .unwrap();
        assert_eq!(
            &written.rows[0].1[column],
            "attorney_client=adequately_logged; deliberative_process=adequately_logged"
        );
    }

    #[test]
    fn the_letter_groups_by_problem_and_never_asks_for_an_adequate_entry() {
        let text = "Bates,Date,Author,Recipients,Description,Privilege\n\
            P-1,2021-03-01,J. Ramirez (Assistant Chief Counsel),M. Chen (Penalties Officer),Legal advice on culpability and the statute of limitations for the proposed penalty,Attorney-Client\n\
            P-2,2021-03-02,M. Chen,Unknown,Email re: case,Attorney-Client\n\
            P-3,2021-03-03,Acme Imports Inc.,M. Chen,Price list submitted by the importer,Business Confidential\n\
            P-4,Unknown,Unknown,Unknown,Privileged,Privileged\n";
        let (log, review) = reviewed(text);
        let letter = meet_and_confer_letter(&log, &review, "Defendant's log").to_markdown();
        assert!(letter.contains("1 entry is adequately logged"), "{letter}");
        assert!(
            !letter.contains("P-1 ("),
            "no demand about the adequate entry: {letter}"
        );
        assert!(letter.contains("## Claims the log itself defeats"));
        assert!(letter.contains("P-2 (attorney-client privilege, as logged"));
        assert!(letter.contains("## Labels that are not privileges"));
        assert!(letter.contains("P-3"));
        assert!(letter.contains("## Entries to supplement"));
        assert!(letter.contains("P-4 (an unnamed privilege"));
        assert!(letter.contains("Name the privilege claimed"));
        assert!(letter.contains("Fed. R. Civ. P. 26(b)(5)(A)"));
        assert!(letter.contains("What this letter does not decide"));
        assert!(!letter.contains("produce all"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn writing_on_all_cores_writes_the_same_bytes() {
        let mut text = String::from("id,description,privilege\n");
        for i in 0..2_345 {
            text.push_str(&format!("{i},\"Staff draft, number {i}\",DPP\n"));
        }
        for text in [text.as_str(), "id,description\n", "id,description\n7,x\n"] {
            let (log, review) = reviewed(text);
            let (mut one, mut all) = (Vec::new(), Vec::new());
            write_results(&log, &review, &mut one).unwrap();
            write_results_on_all_cores(&log, &review, &mut all).unwrap();
            assert_eq!(
                String::from_utf8(all).unwrap(),
                String::from_utf8(one).unwrap()
            );
        }
    }
}
