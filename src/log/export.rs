//! The results of a log review, out: a CSV of every entry (its own columns, then its name, the
//! engine's outcome, the entry's outcome, each claim's assessment, what is missing, the findings
//! with their rules and sources, a summary, open questions and the facts taken from accepted
//! cues) and the meet-and-confer letter ([`meet_and_confer_letter`]). Cells that a spreadsheet would read as
//! formulas are neutralised (OWASP's rule: a leading `'`).

use super::claim::{Claim, Kind};
use super::read::PrivilegeLog;
use super::review::{EntryResult, Review};
#[cfg(not(target_arch = "wasm32"))]
use super::review::{Reviewer, Tallies};
#[cfg(not(target_arch = "wasm32"))]
use std::sync::mpsc::{channel, sync_channel};

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

/// What [`review_and_write_on_all_cores`] keeps of a review once its results are written: what
/// the command line's summary reports, and every result where they were asked for.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub struct Written {
    /// How many entries were checked.
    pub entries: usize,
    /// The review: the rows that could not be read or checked, with their lines, in order; the
    /// notes on the log's form; and the entries' results, only where they were kept.
    pub review: Review,
    /// How many entries reached each outcome, and how many claims lack each element.
    pub tallies: Tallies,
    /// The first error in writing the results (a reader that stopped early, a full disk),
    /// after which nothing more was written; the review went on, so the rest is whole.
    pub error: Option<std::io::Error>,
}

/// A log reviewed and its results CSV written in one pass, on every core: the rows cut into
/// runs of 1,000, run `k` checked and formatted by thread `k % threads` (each with a
/// [`Reviewer`] of its own) and written out in order. Each run's results are let go once
/// written unless `keep` (a letter reads every result); each thread keeps at most two runs
/// ahead of the writing. The same bytes as [`write_results`] of the whole review; for a large
/// log, far less memory, and each row read while it is still at hand. Where writing fails the
/// review still goes to the end (the summary is whole), writing nothing more. A panic in a
/// thread goes on as a panic. The command line uses it.
#[cfg(not(target_arch = "wasm32"))]
pub fn review_and_write_on_all_cores(
    log: &PrivilegeLog,
    reviewer: Reviewer,
    mut out: impl std::io::Write,
    keep: bool,
) -> Written {
    let rows = log.rows.len();
    let runs = rows.div_ceil(PARALLEL_RUN);
    let parts = reviewer.split(super::cores());
    let threads = parts.len().max(1);
    let mut error = write_heading(log, &mut out).err();
    std::thread::scope(|scope| {
        let (formatted, running): (Vec<_>, Vec<_>) = parts
            .into_iter()
            .enumerate()
            .map(|(thread, mut part)| {
                let (send, receive) = sync_channel(2);
                // The writer hands each run's bytes back once written, to be written over:
                // a run's bytes are not allocated again.
                let (give_back, given_back) = channel::<Vec<u8>>();
                let running = scope.spawn(move || {
                    let mut tallies = Tallies::default();
                    let mut entries = 0;
                    let mut kept = Vec::new();
                    let mut results = Vec::with_capacity(PARALLEL_RUN);
                    for run in (thread..runs).step_by(threads) {
                        let start = run * PARALLEL_RUN;
                        part.check_run(start..(start + PARALLEL_RUN).min(rows), &mut results);
                        tallies.add(&results);
                        entries += results.len();
                        let mut written = given_back.try_recv().unwrap_or_default();
                        written.clear();
                        let result = write_rows_into(log, &results, &mut written).map(|()| written);
                        if keep {
                            kept.push(std::mem::replace(
                                &mut results,
                                Vec::with_capacity(PARALLEL_RUN),
                            ));
                        }
                        if send.send(result).is_err() {
                            break; // the writer stopped
                        }
                    }
                    (part.finish(), tallies, entries, kept)
                });
                ((receive, give_back), Some(running))
            })
            .unzip();
        let mut running = running;
        let mut join = |thread: usize| {
            let running = running.get_mut(thread).and_then(Option::take)?;
            Some(
                running
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            )
        };
        for run in 0..runs {
            let Some((receive, give_back)) = formatted.get(run % threads) else {
                break;
            };
            let formatted: std::io::Result<Vec<u8>> = match receive.recv() {
                Ok(formatted) => formatted,
                // Its thread stopped before its last run: only a panic stops it early, and the
                // panic goes on.
                Err(_) => {
                    join(run % threads);
                    Err(std::io::Error::other("a reviewing thread stopped"))
                }
            };
            match formatted {
                Ok(bytes) => {
                    if error.is_none() {
                        error = out.write_all(&bytes).err();
                    }
                    // Its thread may have stopped: then the bytes are simply let go.
                    let _ = give_back.send(bytes);
                }
                Err(e) => {
                    error.get_or_insert(e);
                }
            }
        }
        if error.is_none() {
            error = out.flush().err();
        }
        let mut whole = Written::default();
        let mut reviews = Vec::with_capacity(threads);
        let mut kept = Vec::with_capacity(threads);
        for (review, tallies, entries, runs_kept) in (0..threads).filter_map(&mut join) {
            reviews.push(review);
            whole.tallies.join(tallies);
            whole.entries += entries;
            kept.push(runs_kept.into_iter());
        }
        whole.review = Reviewer::join(reviews);
        // The kept runs back in file order: run `k` is its thread's next.
        for run in 0..runs {
            if let Some(results) = kept.get_mut(run % threads).and_then(Iterator::next) {
                whole.review.results.extend(results);
            }
        }
        whole.error = error;
        whole
    })
}

/// Rows checked and formatted at a time by each thread of [`review_and_write_on_all_cores`].
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
/// rather than each built as a string of its own; the rows are written into one buffer of bytes
/// ([`write_rows_into`]) and handed on in large pieces.
fn write_rows(
    log: &PrivilegeLog,
    results: &[EntryResult],
    mut out: impl std::io::Write,
) -> std::io::Result<()> {
    /// Bytes gathered before they are handed on.
    const PIECE: usize = 64 * 1024;
    let mut rows = Rows::default();
    let mut written = Vec::with_capacity(PIECE + PIECE / 4);
    for part in results.chunks(64) {
        rows.write(log, part, &mut written)?;
        if written.len() >= PIECE {
            out.write_all(&written)?;
            written.clear();
        }
    }
    out.write_all(&written)?;
    out.flush()
}

/// [`write_rows`] into `out`, which grows to hold them.
#[cfg(not(target_arch = "wasm32"))]
fn write_rows_into(
    log: &PrivilegeLog,
    results: &[EntryResult],
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    Rows::default().write(log, results, out)
}

/// The rows of the results CSV, written as `csv::Writer` writes them (fields quoted only where
/// they hold a comma, a quotation mark or a line break, quotation marks doubled, rows ended by
/// `\n`), cell by cell into one buffer of bytes, with no per-byte state machine: each cell is
/// looked over once for the bytes that need quoting and copied whole.
#[derive(Default)]
struct Rows {
    /// The cell being built (reused row after row).
    cell: String,
    /// How many fields the first row had: like `csv::Writer`, rows of another length are an
    /// error.
    fields: Option<usize>,
}

impl Rows {
    fn write(
        &mut self,
        log: &PrivilegeLog,
        results: &[EntryResult],
        out: &mut Vec<u8>,
    ) -> std::io::Result<()> {
        let cell = &mut self.cell;
        for result in results {
            let Some((_, cells)) = log.rows.get(result.row) else {
                continue;
            };
            let fields = cells.len() + RESULT_COLUMNS.len();
            match self.fields {
                None => self.fields = Some(fields),
                Some(expected) if expected != fields => return Err(unequal(expected, fields)),
                Some(_) => {}
            }
            // Every row has more than one field, so no row is empty (`csv::Writer` writes an
            // empty row as `""`).
            let mut first = true;
            let mut put = |out: &mut Vec<u8>, text: &str| {
                if !first {
                    out.push(b',');
                }
                first = false;
                put_field(out, text);
            };
            for field in cells {
                put(out, field);
            }
            put(out, &result.name);
            put(out, result.engine_outcome());
            put(out, result.outcome.name());
            cell.clear();
            result.write_assessments(cell);
            put(out, cell);
            cell.clear();
            write_missing(&result.claims, cell);
            put(out, cell);
            cell.clear();
            write_findings(&result.claims, cell);
            put(out, cell);
            cell.clear();
            result.write_summary(cell);
            put(out, cell);
            cell.clear();
            if let Some(verdict) = &result.verdict {
                push_joined(cell, verdict.open_facts().map(|fact| fact.name()), "; ");
            }
            put(out, cell);
            cell.clear();
            push_joined(cell, result.from_cues.iter().map(|f| f.name()), "; ");
            put(out, cell);
            put(out, result.verdict.as_ref().map_or("", |v| v.label));
            out.push(b'\n');
        }
        Ok(())
    }
}

/// The error `csv::Writer` gives for a row whose length differs from the first row's.
fn unequal(expected: usize, fields: usize) -> std::io::Error {
    let mut writer = csv::Writer::from_writer(std::io::sink());
    let rows = [vec![""; expected.max(1)], vec![""; fields.max(1)]];
    match rows.iter().try_for_each(|row| writer.write_record(row)) {
        Err(error) => error.into(),
        Ok(()) => std::io::Error::other(format!(
            "found record with {fields} fields, but the previous record has {expected} fields"
        )),
    }
}

/// One cell of the results CSV, neutralised ([`neutralise`]) and quoted as `csv::Writer`
/// quotes it by default.
fn put_field(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let formula = bytes
        .first()
        .is_some_and(|b| matches!(b, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'));
    if !needs_quotes(bytes) {
        if formula {
            out.push(b'\'');
        }
        out.extend_from_slice(bytes);
        return;
    }
    out.reserve(bytes.len() + 3);
    out.push(b'"');
    if formula {
        out.push(b'\'');
    }
    let mut rest = bytes;
    while let Some(at) = memchr::memchr(b'"', rest) {
        let (piece, after) = rest.split_at(at + 1);
        out.extend_from_slice(piece);
        out.push(b'"');
        rest = after;
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// Whether a cell holds a byte that `csv::Writer` quotes: a comma, a quotation mark or a line
/// break.
fn needs_quotes(bytes: &[u8]) -> bool {
    /// Below this, looking at each byte costs less than setting up the searches.
    const SHORT: usize = 32;
    if bytes.len() < SHORT {
        return bytes
            .iter()
            .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    }
    memchr::memchr3(b',', b'"', b'\n', bytes).is_some() || memchr::memchr(b'\r', bytes).is_some()
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

    /// A review of `log` as [`reviewed`] makes it, not yet begun.
    #[cfg(not(target_arch = "wasm32"))]
    fn reviewer(log: &std::sync::Arc<PrivilegeLog>) -> Reviewer {
        Reviewer::new(
            std::sync::Arc::clone(log),
            Mode::Full,
            crate::engine::Facts::unknown(),
            CueChoice::None,
            LogContext::default(),
        )
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

    /// Every cell is written as `csv::Writer` writes it (after [`neutralise`]): quoted where it
    /// holds a comma, a quotation mark, `\r` or `\n`, quotation marks doubled.
    #[test]
    fn cells_are_written_as_the_csv_writer_writes_them() {
        let cells = [
            "",
            "plain",
            "a,b",
            "say \"no\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\ronly",
            "=1+2",
            "=\"quoted\", formula",
            "-",
            "@x,\"y\"\n",
            "\tTab",
            "\rfirst",
            "caf\u{e9}, cr\u{e8}me",
            "a long cell, with commas, and \"quotes\" and more than sixteen bytes of text",
        ];
        // Each byte that needs quoting last in cells just shorter and longer than the ones
        // looked over byte by byte.
        let mut around_short: Vec<String> = Vec::new();
        for length in [1, 30, 31, 32, 33, 64] {
            for last in ["", ",", "\"", "\n", "\r"] {
                around_short.push(format!("{}{last}", "x".repeat(length)));
            }
        }
        for cell in cells
            .into_iter()
            .chain(around_short.iter().map(String::as_str))
        {
            let mut expected = csv::Writer::from_writer(Vec::new());
            expected
                .write_record([neutralise(cell).as_bytes(), b"x"])
                .unwrap();
            let expected = expected.into_inner().unwrap();
            let mut written = Vec::new();
            put_field(&mut written, cell);
            written.extend_from_slice(b",x\n");
            assert_eq!(
                String::from_utf8(written).unwrap(),
                String::from_utf8(expected).unwrap(),
                "{cell:?}"
            );
        }
    }

    #[test]
    fn rows_of_another_length_are_the_csv_writers_error() {
        let error = unequal(3, 5);
        assert!(
            error.to_string().contains("found record with 5 fields"),
            "{error}"
        );
    }

    /// The command line's one pass (review and write run by run, on every core) writes what
    /// reviewing the whole log and then writing it writes, and sums it up the same way: bad
    /// rows in order, the same tallies; the results it keeps for a letter are the whole
    /// review's, in file order.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn reviewing_and_writing_in_one_pass_writes_the_same_bytes() {
        let mut text = String::from("id,description,privilege,affidavit\n");
        for i in 0..3_456 {
            // A bad fact value now and then, in runs handled by different threads.
            let affidavit = if i % 1_234 == 7 { "perhaps" } else { "yes" };
            let privilege = ["DPP", "Attorney-client", "Work product; DPP"][i % 3];
            text.push_str(&format!(
                "{i},\"Staff draft, number {i}\",{privilege},{affidavit}\n"
            ));
        }
        for text in [text.as_str(), "id,description\n", "id,description\n7,x\n"] {
            let (log, review) = reviewed(text);
            let mut whole = Vec::new();
            write_results(&log, &review, &mut whole).unwrap();
            let log = std::sync::Arc::new(log);
            for keep in [false, true] {
                let mut one_pass = Vec::new();
                let written =
                    review_and_write_on_all_cores(&log, reviewer(&log), &mut one_pass, keep);
                assert!(written.error.is_none());
                assert_eq!(
                    String::from_utf8(one_pass).unwrap(),
                    String::from_utf8(whole.clone()).unwrap()
                );
                assert_eq!(written.entries, review.results.len());
                assert_eq!(written.review.problems, review.problems);
                assert_eq!(written.review.form, review.form);
                assert_eq!(written.tallies.counts(), review.counts());
                assert_eq!(written.tallies.missing_counts(), review.missing_counts());
                // Kept, the results are the whole review's: written again, the same bytes.
                let mut kept = Vec::new();
                write_results(&log, &written.review, &mut kept).unwrap();
                if keep {
                    assert!(kept == whole, "the kept results are the whole review's");
                } else {
                    assert!(written.review.results.is_empty());
                }
            }
        }
        assert!(
            !reviewed(&text).1.problems.is_empty(),
            "the bad rows are reported"
        );
    }

    /// A reader of the results that stops early (a pipe closed by `head`) stops the writing,
    /// not the review: the summary is whole.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_reader_that_stops_early_leaves_the_review_whole() {
        /// Takes the first few thousand bytes, then is closed.
        struct Closes(usize);
        impl std::io::Write for Closes {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                if self.0 >= 4_000 {
                    return Err(std::io::ErrorKind::BrokenPipe.into());
                }
                self.0 += bytes.len();
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut text = String::from("id,description,privilege\n");
        for i in 0..4_321 {
            text.push_str(&format!("{i},\"Staff draft, number {i}\",DPP\n"));
        }
        let (log, review) = reviewed(&text);
        let log = std::sync::Arc::new(log);
        let written = review_and_write_on_all_cores(&log, reviewer(&log), Closes(0), false);
        assert_eq!(
            written.error.map(|e| e.kind()),
            Some(std::io::ErrorKind::BrokenPipe)
        );
        assert_eq!(written.entries, 4_321);
        assert_eq!(written.tallies.counts(), review.counts());
    }
}
