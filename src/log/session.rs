//! A log review as a conversation: the page sends [`Command`]s and gets [`Reply`]s. The session
//! owns the log and its review; the page holds only what it shows (the counts, the order of the
//! entries it lists, the few rows on screen, the entry it opened).
//!
//! The same session runs in the page's Web Worker (so reading and checking a large log never
//! blocks the page) and, where no worker can be started (a page opened from a file), in the page
//! itself a slice at a time. Commands and replies are plain data (serde), so nothing but them
//! crosses between the two.

use super::claim::{Claim, Finding};
use super::context::LogContext;
use super::export::{meet_and_confer_letter, write_results};
use super::labels::Privilege;
use super::read::{Column, LogField, PrivilegeLog, RowProblem, read_log};
use super::review::{CueChoice, EntryResult, Review, Reviewer};
use crate::documents::{DOCX_MEDIA_TYPE, Withheld};
use crate::engine::{Facts, Mode, Request};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The longest description a table row carries, in characters: the table shows one line of it;
/// the entry's own view carries it whole.
pub const ROW_DESCRIPTION_CHARS: usize = 300;

/// The version of the conversation. The page and its worker come from one build; a page left
/// open across an update could meet a newer worker, and then says so rather than misreading it.
pub const PROTOCOL: u32 = 7;

/// How the listed entries are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Sort {
    /// As in the file.
    #[default]
    File,
    /// By the entry's outcome, worst first.
    Outcome,
    /// Most problems (missing elements and defeating findings) first.
    Deficiencies,
}

/// Which entries are listed, and in what order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct View {
    /// Only entries whose own outcome has this name (`deficient_log`), or all.
    pub outcome: Option<String>,
    /// Only entries whose id or description contains this text (any case), or all when empty.
    pub search: String,
    /// The order.
    pub sort: Sort,
}

/// What the results are exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportKind {
    /// Every entry with its results, as CSV.
    ResultsCsv,
    /// The meet-and-confer letter, in Markdown.
    LetterMarkdown,
    /// The meet-and-confer letter, in HTML.
    LetterHtml,
    /// The meet-and-confer letter for a Word file: its blocks as JSON, which the page's Word
    /// module writes as the file.
    LetterDocx,
    /// The entries asserting deliberative-process or presidential-communications privilege, as
    /// the schedule of the declaration the page writes from its matter: JSON, for Word.
    DeclarationDocx,
    /// The same, for the declaration as an HTML page.
    DeclarationHtml,
}

impl ExportKind {
    /// The file name and media type of the download.
    pub fn file(self) -> (&'static str, &'static str) {
        match self {
            ExportKind::ResultsCsv => ("privilege-log-results.csv", "text/csv"),
            ExportKind::LetterMarkdown => ("meet-and-confer-letter.md", "text/markdown"),
            ExportKind::LetterHtml => ("meet-and-confer-letter.html", "text/html"),
            ExportKind::LetterDocx => ("meet-and-confer-letter.docx", DOCX_MEDIA_TYPE),
            ExportKind::DeclarationDocx => ("declaration.docx", DOCX_MEDIA_TYPE),
            ExportKind::DeclarationHtml => ("declaration.html", "text/html"),
        }
    }
}

/// What the page asks. `job` names a review: replies about an older one are stale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Say which protocol this is (answered with [`Reply::Ready`]).
    Hello,
    /// Read a log (the worker is handed the file and reads its bytes itself).
    Open {
        /// The file's name, for messages.
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Read column `column` as `field`.
    Map {
        /// The column's index.
        column: usize,
        /// What it holds.
        field: LogField,
    },
    /// Check every entry (replacing any review under way).
    Review {
        /// The review's number.
        job: u64,
        /// The mode applied.
        mode: Mode,
        /// The dispute's facts, for entries that do not state them.
        defaults: Facts,
        /// Whose cue suggestions are accepted.
        choice: CueChoice,
        /// What the reviewer knows of the dispute.
        context: Box<LogContext>,
    },
    /// Stop the review under way.
    Cancel,
    /// List the entries `view` chooses (answered with [`Reply::Listed`]).
    List {
        /// The review listed.
        job: u64,
        /// The listing's number (a newer one makes older ones stale).
        listing: u64,
        /// Which entries, in what order.
        view: View,
    },
    /// The table rows of these entries (by index in the review).
    Rows {
        /// The review.
        job: u64,
        /// The entries.
        entries: Vec<u32>,
    },
    /// One entry in full.
    Entry {
        /// The review.
        job: u64,
        /// The entry.
        entry: u32,
    },
    /// Export the results.
    Export {
        /// The review.
        job: u64,
        /// What.
        kind: ExportKind,
        /// The report's title (the log's name).
        title: String,
    },
}

/// What the session answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The protocol spoken.
    Ready {
        /// [`PROTOCOL`].
        protocol: u32,
    },
    /// A log was read.
    Opened(Opened),
    /// A log could not be read; any log read before is kept.
    NotOpened {
        /// The file's name.
        name: String,
        /// Why.
        message: String,
    },
    /// The columns, after a change of mapping.
    Columns(Vec<Column>),
    /// Entries checked so far.
    Progress {
        /// The review.
        job: u64,
        /// Checked.
        done: usize,
        /// In all.
        total: usize,
    },
    /// Every entry checked.
    Reviewed(Reviewed),
    /// The entries a view lists, in order.
    Listed {
        /// The review.
        job: u64,
        /// The listing answered.
        listing: u64,
        /// The entries.
        entries: Vec<u32>,
    },
    /// Table rows.
    Rows {
        /// The review.
        job: u64,
        /// The rows.
        rows: Vec<RowView>,
    },
    /// One entry in full.
    Entry {
        /// The review.
        job: u64,
        /// The entry.
        entry: Box<EntryView>,
    },
    /// An export.
    Exported {
        /// What.
        kind: ExportKind,
        /// Its bytes: UTF-8 text (for a Word file, the letter's blocks as JSON).
        bytes: Vec<u8>,
    },
    /// The review under way was stopped.
    Cancelled,
    /// The worker stopped on an internal error (a panic), with its diagnostic: the log and its
    /// review are gone with it. Sent by the worker, never by the session.
    Stopped(String),
    /// A command about a review that has since been replaced: nothing to do.
    Stale,
    /// A command that could not be carried out, and why.
    Failed(String),
}

/// A log just read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    /// The file's name.
    pub name: String,
    /// Readable rows.
    pub rows: usize,
    /// The columns, as recognised.
    pub columns: Vec<Column>,
    /// Rows that could not be read.
    pub problems: Vec<RowProblem>,
}

/// A finished review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reviewed {
    /// The review.
    pub job: u64,
    /// Entries checked.
    pub entries: usize,
    /// Entries per outcome name, in name order.
    pub counts: Vec<(String, usize)>,
    /// Rows that could not be read or checked.
    pub problems: Vec<RowProblem>,
}

/// An entry as a table row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowView {
    /// Its index in the review.
    pub entry: u32,
    /// The line it starts on.
    pub line: u64,
    /// Its name: its Bates range, or its line where the log gives none.
    pub name: String,
    /// Its own outcome's name (its best claim's).
    pub outcome: String,
    /// Each claim's assessment (`attorney_client=adequately_logged; ...`).
    pub assessments: String,
    /// How many problems it has (missing elements and defeating findings).
    pub problems: usize,
    /// The start of its description.
    pub description: String,
}

/// An entry in full: what the page needs to show its reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryView {
    /// The entry as a row (the description whole).
    pub row: RowView,
    /// Its index among the log's rows (what accepting its cues names).
    pub log_row: usize,
    /// One sentence per claim.
    pub summary: String,
    /// Each privilege asserted, assessed.
    pub claims: Vec<Claim>,
    /// Notes on its form.
    pub warnings: Vec<Finding>,
    /// Its cue suggestions, in words, with the words that triggered them.
    pub cues: Vec<String>,
    /// What the accepted cues supplied, a sentence each.
    pub from_cues: Vec<String>,
    /// What the verdict was given: the page decides it again for the reasoning it shows.
    pub request: Request,
}

/// The log and its review.
#[derive(Default)]
pub struct LogSession {
    log: Option<Arc<PrivilegeLog>>,
    under_way: Option<(u64, Reviewer)>,
    review: Option<(u64, Review)>,
}

impl LogSession {
    /// A session with no log.
    pub fn new() -> LogSession {
        LogSession::default()
    }

    /// Whether a review is under way (call [`LogSession::step`] until it is not).
    pub fn busy(&self) -> bool {
        self.under_way.is_some()
    }

    /// Answers a command. A review is started here and carried on by [`LogSession::step`].
    pub fn handle(&mut self, command: Command) -> Reply {
        match command {
            Command::Hello => Reply::Ready { protocol: PROTOCOL },
            Command::Open { name, bytes } => self.open(name, &bytes),
            Command::Map { column, field } => self.map(column, field),
            Command::Review {
                job,
                mode,
                defaults,
                choice,
                context,
            } => match &self.log {
                Some(log) => {
                    let reviewer = Reviewer::new(Arc::clone(log), mode, defaults, choice, *context);
                    let (done, total) = reviewer.progress();
                    self.under_way = Some((job, reviewer));
                    Reply::Progress { job, done, total }
                }
                None => Reply::Failed("no log is open".into()),
            },
            Command::Cancel => {
                self.under_way = None;
                Reply::Cancelled
            }
            Command::List { job, listing, view } => match self.reviewed(job) {
                Some((log, review)) => Reply::Listed {
                    job,
                    listing,
                    entries: list(log, review, &view),
                },
                None => Reply::Stale,
            },
            Command::Rows { job, entries } => match self.reviewed(job) {
                Some((log, review)) => Reply::Rows {
                    job,
                    rows: entries
                        .iter()
                        .filter_map(|entry| {
                            row_view(log, review, *entry, Some(ROW_DESCRIPTION_CHARS))
                        })
                        .collect(),
                },
                None => Reply::Stale,
            },
            Command::Entry { job, entry } => match self.reviewed(job) {
                Some((log, review)) => match entry_view(log, review, entry) {
                    Some(view) => Reply::Entry {
                        job,
                        entry: Box::new(view),
                    },
                    None => Reply::Failed(format!("there is no entry {entry}")),
                },
                None => Reply::Stale,
            },
            Command::Export { job, kind, title } => match self.reviewed(job) {
                Some((log, review)) => export(log, review, kind, &title),
                None => Reply::Stale,
            },
        }
    }

    /// Checks up to `rows` more entries of the review under way: its progress, or the finished
    /// review; `None` when no review is under way.
    pub fn step(&mut self, rows: usize) -> Option<Reply> {
        let (job, mut reviewer) = self.under_way.take()?;
        if !reviewer.step(rows) {
            let (done, total) = reviewer.progress();
            self.under_way = Some((job, reviewer));
            return Some(Reply::Progress { job, done, total });
        }
        let review = reviewer.finish();
        let reviewed = Reviewed {
            job,
            entries: review.results.len(),
            counts: review
                .counts()
                .into_iter()
                .map(|(outcome, n)| (outcome.to_string(), n))
                .collect(),
            problems: review.problems.clone(),
        };
        self.review = Some((job, review));
        Some(Reply::Reviewed(reviewed))
    }

    fn open(&mut self, name: String, bytes: &[u8]) -> Reply {
        match read_log(bytes) {
            Ok(log) => {
                let opened = Opened {
                    name,
                    rows: log.rows.len(),
                    columns: log.columns.clone(),
                    problems: log.problems.clone(),
                };
                self.log = Some(Arc::new(log));
                self.under_way = None;
                self.review = None;
                Reply::Opened(opened)
            }
            Err(message) => Reply::NotOpened { name, message },
        }
    }

    fn map(&mut self, column: usize, field: LogField) -> Reply {
        let Some(log) = &mut self.log else {
            return Reply::Failed("no log is open".into());
        };
        // The review under way read the old mapping, and the page starts another after a change:
        // it is dropped first, so that the log is changed in place rather than copied from under
        // it.
        self.under_way = None;
        let log = Arc::make_mut(log);
        match log.columns.get_mut(column) {
            Some(slot) => {
                slot.field = field;
                Reply::Columns(log.columns.clone())
            }
            None => Reply::Failed(format!("the log has no column {column}")),
        }
    }

    fn reviewed(&self, job: u64) -> Option<(&PrivilegeLog, &Review)> {
        match (&self.log, &self.review) {
            (Some(log), Some((reviewed, review))) if *reviewed == job => Some((log, review)),
            _ => None,
        }
    }
}

/// The entries `view` lists, in its order.
fn list(log: &PrivilegeLog, review: &Review, view: &View) -> Vec<u32> {
    let needle = view.search.to_lowercase();
    let searched = [
        log.column(LogField::BatesBegin),
        log.column(LogField::Description),
    ];
    let matches = |result: &EntryResult| {
        needle.is_empty()
            || searched.iter().any(|column| {
                log.cell(result.row, *column)
                    .to_lowercase()
                    .contains(&needle)
            })
    };
    let mut entries: Vec<(u32, &EntryResult)> = (0u32..)
        .zip(&review.results)
        .filter(|(_, result)| {
            view.outcome
                .as_deref()
                .is_none_or(|outcome| result.outcome.name() == outcome)
                && matches(result)
        })
        .collect();
    match view.sort {
        Sort::File => {}
        Sort::Outcome => entries.sort_by_key(|(_, result)| {
            std::cmp::Reverse(
                crate::log::LogOutcome::ALL
                    .iter()
                    .position(|o| *o == result.outcome),
            )
        }),
        Sort::Deficiencies => {
            entries.sort_by_key(|(_, result)| std::cmp::Reverse(result.problems()));
        }
    }
    entries.into_iter().map(|(entry, _)| entry).collect()
}

/// Entry `entry` as a table row, its description cut to `chars` characters if given.
fn row_view(
    log: &PrivilegeLog,
    review: &Review,
    entry: u32,
    chars: Option<usize>,
) -> Option<RowView> {
    let result = review.results.get(usize::try_from(entry).ok()?)?;
    let description = log.cell(result.row, log.column(LogField::Description));
    let description = match chars.and_then(|n| description.char_indices().nth(n)) {
        Some((end, _)) => format!("{}…", description.get(..end).unwrap_or_default()),
        None => description.to_string(),
    };
    Some(RowView {
        entry,
        line: result.line,
        name: result.name.clone(),
        outcome: result.outcome.name().to_string(),
        assessments: result.assessments(),
        problems: result.problems(),
        description,
    })
}

fn entry_view(log: &PrivilegeLog, review: &Review, entry: u32) -> Option<EntryView> {
    let row = row_view(log, review, entry, None)?;
    let result = review.results.get(usize::try_from(entry).ok()?)?;
    Some(EntryView {
        row,
        log_row: result.row,
        summary: result.summary(),
        claims: result.claims.clone(),
        warnings: result.warnings.clone(),
        cues: result.cues.iter().map(|c| c.describe()).collect(),
        from_cues: result
            .from_cues
            .iter()
            .filter_map(|f| {
                let value = result.request.facts.get(*f)?;
                Some(crate::documents::fact_sentence(*f, value))
            })
            .collect(),
        request: result.request,
    })
}

fn export(log: &PrivilegeLog, review: &Review, kind: ExportKind, title: &str) -> Reply {
    let exported = |bytes: Vec<u8>| Reply::Exported { kind, bytes };
    match kind {
        ExportKind::ResultsCsv => {
            let mut out = Vec::new();
            match write_results(log, review, &mut out) {
                Ok(()) => exported(out),
                Err(error) => Reply::Failed(format!("the results could not be written: {error}")),
            }
        }
        ExportKind::LetterMarkdown => exported(
            meet_and_confer_letter(log, review, title)
                .to_markdown()
                .into_bytes(),
        ),
        ExportKind::LetterHtml => exported(
            meet_and_confer_letter(log, review, title)
                .to_html()
                .into_bytes(),
        ),
        ExportKind::DeclarationDocx | ExportKind::DeclarationHtml => {
            exported(serde_json::to_vec(&withheld(log, review)).unwrap_or_default())
        }
        // The worker has no Word writer: the page's Word module makes the file from the blocks.
        ExportKind::LetterDocx => exported(
            meet_and_confer_letter(log, review, title)
                .blocks_json()
                .into_bytes(),
        ),
    }
}

/// The entries that assert executive privilege in the sense the declaration makes it:
/// deliberative process or presidential communications, each as the log identifies it.
fn withheld(log: &PrivilegeLog, review: &Review) -> Vec<Withheld> {
    let cell = |row: usize, field: LogField| log.cell(row, log.column(field)).trim().to_string();
    review
        .results
        .iter()
        .filter(|r| {
            r.claims.iter().any(|c| {
                matches!(
                    c.privilege,
                    Privilege::DeliberativeProcess | Privilege::PresidentialCommunications
                )
            })
        })
        .map(|r| Withheld {
            name: r.name.clone(),
            date: cell(r.row, LogField::Date),
            author: cell(r.row, LogField::Author),
            recipients: [LogField::Recipients, LogField::Cc, LogField::Bcc]
                .into_iter()
                .map(|f| cell(r.row, f))
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join("; "),
            description: cell(r.row, LogField::Description),
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)] // tests
mod tests {
    use super::*;
    use crate::engine::evaluate;

    const LOG: &str = "Entry ID,Date,Author,Recipients,Description,Privilege Asserted,formal_claim,claimant,personal_review,affidavit\n\
        A-1,1980-05-01,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,yes,yes\n\
        A-2,1980-05-02,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,no,yes\n\
        B-3,,,,Privileged,Attorney-client,,,,\n\
        B-4,1980-05-03,Staff,Commission,bad value,DPP,maybe,agency_head,yes,yes\n";

    fn opened() -> LogSession {
        let mut session = LogSession::new();
        let reply = session.handle(Command::Open {
            name: "log.csv".into(),
            bytes: LOG.as_bytes().to_vec(),
        });
        let Reply::Opened(opened) = reply else {
            panic!("not opened: {reply:?}")
        };
        assert_eq!((opened.rows, opened.columns.len()), (4, 10));
        session
    }

    fn reviewed(session: &mut LogSession, job: u64, choice: CueChoice) -> Reviewed {
        let reply = session.handle(Command::Review {
            job,
            mode: Mode::Full,
            defaults: crate::engine::opinion::example_request().facts,
            choice,
            context: Box::default(),
        });
        assert_eq!(
            reply,
            Reply::Progress {
                job,
                done: 0,
                total: 4
            }
        );
        let mut progress = Vec::new();
        loop {
            match session.step(1) {
                Some(Reply::Progress { done, .. }) => progress.push(done),
                Some(Reply::Reviewed(reviewed)) => {
                    assert_eq!(progress, vec![1, 2, 3]);
                    assert!(!session.busy());
                    return reviewed;
                }
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    fn listed(session: &mut LogSession, job: u64, view: View) -> Vec<u32> {
        match session.handle(Command::List {
            job,
            listing: 7,
            view,
        }) {
            Reply::Listed {
                listing: 7,
                entries,
                ..
            } => entries,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_review_is_carried_out_a_slice_at_a_time_and_counted() {
        let mut session = opened();
        let reviewed = reviewed(&mut session, 1, CueChoice::None);
        assert_eq!(reviewed.entries, 3);
        assert_eq!(reviewed.problems.len(), 1);
        assert_eq!(reviewed.problems[0].line, 5);
        let total: usize = reviewed.counts.iter().map(|(_, n)| n).sum();
        assert_eq!(total, 3);
        assert!(
            reviewed
                .counts
                .contains(&("likely_not_privileged".to_string(), 1))
        );
        assert!(
            reviewed
                .counts
                .contains(&("adequately_logged".to_string(), 2))
        );
    }

    #[test]
    fn views_filter_search_and_sort_the_entries() {
        let mut session = opened();
        reviewed(&mut session, 1, CueChoice::None);
        assert_eq!(listed(&mut session, 1, View::default()), vec![0, 1, 2]);
        let only = |outcome: &str| View {
            outcome: Some(outcome.into()),
            ..View::default()
        };
        assert_eq!(
            listed(&mut session, 1, only("likely_not_privileged")),
            vec![2]
        );
        assert_eq!(
            listed(&mut session, 1, only("adequately_logged")),
            vec![0, 1]
        );
        let search = |text: &str| View {
            search: text.into(),
            ..View::default()
        };
        assert_eq!(listed(&mut session, 1, search("a-2")), vec![1]);
        assert_eq!(listed(&mut session, 1, search("PROS AND CONS")), vec![0, 1]);
        let most = View {
            sort: Sort::Deficiencies,
            ..View::default()
        };
        assert_eq!(listed(&mut session, 1, most)[0], 2);
    }

    #[test]
    fn rows_and_entries_carry_what_the_table_and_the_reasoning_show() {
        let mut session = opened();
        session.handle(Command::Review {
            job: 3,
            mode: Mode::Full,
            defaults: Facts::unknown(),
            choice: CueChoice::All,
            context: Box::default(),
        });
        while let Some(Reply::Progress { .. }) = session.step(1000) {}
        let Reply::Rows { rows, .. } = session.handle(Command::Rows {
            job: 3,
            entries: vec![2, 0, 99],
        }) else {
            panic!("no rows")
        };
        assert_eq!(rows.len(), 2, "an entry that does not exist is left out");
        assert_eq!((rows[0].name.as_str(), rows[0].line), ("B-3", 4));
        assert_eq!(rows[0].outcome, "likely_not_privileged");
        assert_eq!(rows[0].assessments, "attorney_client=likely_not_privileged");
        // Author, date, recipients and subject missing; no lawyer and no legal advice (A6).
        assert_eq!(rows[0].problems, 5);
        let Reply::Entry { entry, .. } = session.handle(Command::Entry { job: 3, entry: 0 }) else {
            panic!("no entry")
        };
        assert_eq!(entry.row.name, "A-1");
        assert!(entry.cues.iter().any(|c| c.contains("draft")));
        // In words, never the facts' machine names.
        assert!(
            entry
                .from_cues
                .iter()
                .any(|c| c.starts_with("The document is deliberative")),
            "{:?}",
            entry.from_cues
        );
        assert!(
            entry
                .cues
                .iter()
                .chain(&entry.from_cues)
                .all(|c| !c.contains("= yes") && !c.contains("predecisional =")),
            "{:?}",
            entry.cues
        );
        assert_eq!(
            entry.claims[0].privilege,
            crate::log::Privilege::DeliberativeProcess
        );
        // The page decides the entry again from its request, as the review did.
        assert!(!evaluate(&entry.request).summary.is_empty());
        assert!(matches!(
            session.handle(Command::Entry { job: 3, entry: 9 }),
            Reply::Failed(_)
        ));
    }

    #[test]
    fn long_descriptions_are_cut_for_the_table_and_whole_for_the_entry() {
        let long = "recommendation ".repeat(100);
        let mut session = LogSession::new();
        session.handle(Command::Open {
            name: "long.csv".into(),
            bytes: format!("Entry ID,Description\nX,{long}\n").into_bytes(),
        });
        reviewed_quietly(&mut session, 1);
        let Reply::Rows { rows, .. } = session.handle(Command::Rows {
            job: 1,
            entries: vec![0],
        }) else {
            panic!("no rows")
        };
        assert_eq!(
            rows[0].description.chars().count(),
            ROW_DESCRIPTION_CHARS + 1
        );
        assert!(rows[0].description.ends_with('…'));
        let Reply::Entry { entry, .. } = session.handle(Command::Entry { job: 1, entry: 0 }) else {
            panic!("no entry")
        };
        assert_eq!(entry.row.description, long);
    }

    fn reviewed_quietly(session: &mut LogSession, job: u64) {
        session.handle(Command::Review {
            job,
            mode: Mode::Seed,
            defaults: Facts::unknown(),
            choice: CueChoice::None,
            context: Box::default(),
        });
        while let Some(Reply::Progress { .. }) = session.step(1000) {}
    }

    #[test]
    fn replies_about_a_replaced_review_are_refused() {
        let mut session = opened();
        reviewed(&mut session, 1, CueChoice::None);
        reviewed(&mut session, 2, CueChoice::None);
        for command in [
            Command::Rows {
                job: 1,
                entries: vec![0],
            },
            Command::Entry { job: 1, entry: 0 },
            Command::Export {
                job: 1,
                kind: ExportKind::ResultsCsv,
                title: "t".into(),
            },
        ] {
            assert_eq!(session.handle(command), Reply::Stale);
        }
    }

    #[test]
    fn cancel_stops_the_review_under_way() {
        let mut session = opened();
        session.handle(Command::Review {
            job: 5,
            mode: Mode::Full,
            defaults: Facts::unknown(),
            choice: CueChoice::None,
            context: Box::default(),
        });
        assert!(matches!(session.step(1), Some(Reply::Progress { .. })));
        assert_eq!(session.handle(Command::Cancel), Reply::Cancelled);
        assert!(!session.busy());
        assert_eq!(session.step(1), None);
    }

    #[test]
    fn a_mapping_changed_mid_review_drops_the_review_under_way() {
        let mut session = opened();
        session.handle(Command::Review {
            job: 6,
            mode: Mode::Full,
            defaults: Facts::unknown(),
            choice: CueChoice::None,
            context: Box::default(),
        });
        assert!(session.busy());
        assert!(matches!(
            session.handle(Command::Map {
                column: 1,
                field: LogField::Other
            }),
            Reply::Columns(_)
        ));
        assert!(!session.busy());
        assert_eq!(session.step(1), None);
    }

    #[test]
    fn a_file_that_cannot_be_read_leaves_the_open_log_in_place() {
        let mut session = opened();
        reviewed(&mut session, 1, CueChoice::None);
        let reply = session.handle(Command::Open {
            name: "picture.png".into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0, 0, 0, 13],
        });
        assert!(matches!(reply, Reply::NotOpened { ref name, .. } if name == "picture.png"));
        assert_eq!(listed(&mut session, 1, View::default()).len(), 3);
    }

    #[test]
    fn a_column_mapped_by_hand_is_read_by_the_next_review() {
        let mut session = LogSession::new();
        session.handle(Command::Open {
            name: "log.csv".into(),
            bytes: b"Doc Ref,Description\nQ-1,Draft memo\n".to_vec(),
        });
        reviewed_quietly(&mut session, 1);
        let row = |session: &mut LogSession, job| match session.handle(Command::Rows {
            job,
            entries: vec![0],
        }) {
            Reply::Rows { rows, .. } => rows[0].name.clone(),
            other => panic!("unexpected {other:?}"),
        };
        assert_eq!(
            row(&mut session, 1),
            "line 2",
            "named by its line until mapped"
        );
        let Reply::Columns(columns) = session.handle(Command::Map {
            column: 0,
            field: LogField::BatesBegin,
        }) else {
            panic!("not mapped")
        };
        assert_eq!(columns[0].field, LogField::BatesBegin);
        reviewed_quietly(&mut session, 2);
        assert_eq!(row(&mut session, 2), "Q-1");
        assert!(matches!(
            session.handle(Command::Map {
                column: 5,
                field: LogField::Date
            }),
            Reply::Failed(_)
        ));
    }

    #[test]
    fn exports_are_the_results_csv_and_the_letter() {
        let mut session = opened();
        reviewed(&mut session, 1, CueChoice::None);
        for (kind, expected) in [
            (
                ExportKind::ResultsCsv,
                "entry,outcome,entry_outcome,assessments",
            ),
            (ExportKind::LetterMarkdown, "# "),
            (ExportKind::LetterHtml, "<!DOCTYPE html>"),
            (ExportKind::DeclarationDocx, "[{\"name\":"),
            (ExportKind::DeclarationHtml, "\"description\":"),
            // The letter's blocks, for the page's Word module.
            (
                ExportKind::LetterDocx,
                "[{\"Title\":\"Privilege log: request to meet and confer",
            ),
        ] {
            match session.handle(Command::Export {
                job: 1,
                kind,
                title: "log.csv".into(),
            }) {
                Reply::Exported { kind: k, bytes } => {
                    let text = String::from_utf8_lossy(&bytes);
                    assert_eq!(k, kind);
                    assert!(text.contains(expected), "{kind:?}: {text}");
                }
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn commands_and_replies_survive_the_crossing() {
        let mut session = opened();
        reviewed(&mut session, 1, CueChoice::Entries([0, 2].into()));
        let Reply::Entry { entry, .. } = session.handle(Command::Entry { job: 1, entry: 0 }) else {
            panic!("no entry")
        };
        let reply = Reply::Entry { job: 1, entry };
        let command = Command::Review {
            job: 4,
            mode: Mode::Seed,
            defaults: crate::engine::opinion::example_request().facts,
            choice: CueChoice::Entries([3].into()),
            context: Box::default(),
        };
        // In bincode, as the page and its worker exchange them.
        let bytes = bincode::serialize(&reply).unwrap();
        assert_eq!(bincode::deserialize::<Reply>(&bytes).unwrap(), reply);
        let bytes = bincode::serialize(&command).unwrap();
        assert_eq!(bincode::deserialize::<Command>(&bytes).unwrap(), command);
        // A message of another shape is an error, not a panic.
        assert!(bincode::deserialize::<Command>(&[200, 1, 2]).is_err());
        assert!(serde_json::from_str::<Facts>("[1, 2]").is_err());
    }
}
