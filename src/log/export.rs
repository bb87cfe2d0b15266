//! The results of a log review, out: a CSV of every entry (its own columns, then the outcome,
//! summary, open questions, deficiencies and the facts taken from accepted cues) and a deficiency
//! report for a meet-and-confer letter. Cells that a spreadsheet would read as formulas are
//! neutralised (OWASP's rule: a leading `'`).

use super::read::{LogField, PrivilegeLog};
use super::review::{EntryResult, Review};
use crate::documents::{Block, Document};

/// The extra columns of the results CSV, after the log's own.
pub const RESULT_COLUMNS: [&str; 5] = [
    "outcome",
    "summary",
    "open_questions",
    "deficiencies",
    "facts_from_cues",
];

/// A cell a spreadsheet would not run: one starting with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
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
                    for run in mine {
                        let mut written = Vec::new();
                        let result = write_rows(log, run, &mut written).map(|()| written);
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

/// The results CSV's rows for `results`.
fn write_rows(
    log: &PrivilegeLog,
    results: &[EntryResult],
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    for result in results {
        let Some((_, cells)) = log.rows.get(result.row) else {
            continue;
        };
        let open: Vec<&str> = if result.outcome() == "out_of_scope" {
            Vec::new()
        } else {
            result
                .verdict
                .open_questions
                .iter()
                .map(|q| q.fact)
                .collect()
        };
        let deficiencies: Vec<String> = result.deficiencies.iter().map(|d| d.describe()).collect();
        let from_cues: Vec<&str> = result.from_cues.iter().map(|f| f.name()).collect();
        let summary = result.summary();
        let extra = [
            result.outcome(),
            summary.as_ref(),
            &open.join("; "),
            &deficiencies.join("; "),
            &from_cues.join("; "),
        ];
        for field in cells.iter().chain(extra) {
            writer.write_field(neutralise(field).as_bytes())?;
        }
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()
}

/// The deficiency report: what is wrong with the log, entry by entry, with the rule that requires
/// better.
pub fn deficiency_report(log: &PrivilegeLog, review: &Review, title: &str) -> Document {
    let id_column = log.column(LogField::EntryId);
    let mut blocks = vec![Block::Title(format!("Privilege log deficiencies: {title}"))];
    let deficient: Vec<_> = review
        .results
        .iter()
        .filter(|r| !r.deficiencies.is_empty())
        .collect();
    blocks.push(Block::Paragraph(format!(
        "Of the {} entries of the log, {} do not meet the requirements for withholding a document as privileged. A party withholding otherwise discoverable information must expressly make the claim and describe the nature of each document withheld in a manner that, without revealing information itself privileged, enables the other parties to assess the claim (Fed. R. Civ. P. 26(b)(5)(A); USCIT Rule 26(b)(5)); claims of executive privilege must be made item by item (National Lawyers Guild v. Attorney General, 96 F.R.D. 390 (S.D.N.Y. 1982)), formally, by the head of the agency having control of the matter after personal review, with a supporting affidavit (Melamine Chemicals, Inc. v. United States, 1 CIT 65 (1980); United States v. Reynolds, 345 U.S. 1 (1953)).",
        review.results.len(),
        deficient.len()
    )));
    let counts = review.deficiency_counts();
    if !counts.is_empty() {
        blocks.push(Block::Heading("Summary".into()));
        blocks.push(Block::List(
            counts
                .iter()
                .map(|(code, n)| format!("{}: {n} entries", code.replace('_', " ")))
                .collect(),
        ));
    }
    if !review.problems.is_empty() {
        blocks.push(Block::Heading("Rows that could not be read".into()));
        blocks.push(Block::List(
            review
                .problems
                .iter()
                .map(|p| format!("Line {}: {}", p.line, p.reason))
                .collect(),
        ));
    }
    blocks.push(Block::Heading("Entries".into()));
    blocks.push(Block::List(
        deficient
            .iter()
            .map(|r| {
                let id = Some(log.cell(r.row, id_column))
                    .filter(|id| !id.trim().is_empty())
                    .map_or_else(
                        || format!("line {}", r.line),
                        |id| format!("{id} (line {})", r.line),
                    );
                let items: Vec<String> = r.deficiencies.iter().map(|d| d.describe()).collect();
                format!("Entry {id}: {}.", items.join("; "))
            })
            .collect(),
    ));
    blocks.push(Block::Paragraph("We ask that the log be supplemented for each entry above within [__] days, or that the documents be produced.".into()));
    Document {
        kind: "deficiency-report",
        blocks,
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::engine::Mode;
    use crate::log::{CueChoice, read_log, review};

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
            vec![
                "id",
                "description",
                "privilege",
                "outcome",
                "summary",
                "open_questions",
                "deficiencies",
                "facts_from_cues"
            ]
        );
        assert_eq!(&written.rows[0].1[1], "'=cmd|' /C calc'!A0");
        assert_eq!(&written.rows[1].1[1], "Staff memo, draft");
        assert_eq!(&written.rows[1].1[3], "indeterminate");
    }

    #[test]
    fn the_report_names_each_deficient_entry() {
        let text = "id,description,privilege\nA-7,Privileged,Attorney-client\n";
        let (log, review) = reviewed(text);
        let report = deficiency_report(&log, &review, "Defendant's log").to_markdown();
        assert!(report.contains("Entry A-7 (line 2): no author; no date; no recipients"));
        assert!(report.contains("Fed. R. Civ. P. 26(b)(5)(A)"));
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
