//! What the page's log-review panel holds and how each thing heard or done changes it: one
//! reducer, pure, tested natively, as [`crate::state`] is for the single check. The panel
//! (`app/components/log_panel`) only wires it to the page, and the link to the review
//! (`app/log_link`) is the only code that knows the worker's messages.
//!
//! The log and its review live in the session ([`crate::log::session`]), in a Web Worker or in
//! the page; this state holds only what the panel shows: the counts, the order of the listed
//! entries, the rows on screen, the entry opened, and what the reviewer chose and typed.

pub mod context_form;

use crate::engine::{FACTS, Fact, Facts};
use crate::log::CueChoice;
use crate::log::session::{EntryView, Opened, Reply, Reviewed, RowView, Sort, View};
use crate::state::Notice;
use context_form::ContextForm;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The facts about what a document is, which each entry answers for itself: the answers of the
/// single check never stand in for them.
pub const DOCUMENT_CONTENT: [Fact; 5] = [
    Fact::SolelyInternalUse,
    Fact::Deliberative,
    Fact::Predecisional,
    Fact::PostDecisional,
    Fact::FactualContent,
];

/// The height of a table row, in pixels (the stylesheet's `.log-row`).
pub const ROW_HEIGHT: f64 = 36.0;
/// Rows drawn beyond the visible ones, above and below.
pub const OVERSCAN: usize = 8;
/// The height of the table's scroll area, in pixels (the stylesheet's `.log-table`).
pub const VIEW_HEIGHT: f64 = 432.0;

/// Where the review runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// In a Web Worker: the page stays responsive whatever the log's size.
    Worker,
    /// In the page, a slice at a time between paints.
    Page,
}

/// What the panel hears from the review.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    /// A reply of the session.
    Reply(Reply),
    /// Where the review runs, and why there when it is not the worker.
    RunsIn(Where, Option<String>),
}

/// The panel's state.
#[derive(Debug, Clone, PartialEq)]
pub struct LogState {
    /// Where the review runs, and why there when not in the worker.
    pub runs_in: Option<(Where, Option<String>)>,
    /// The log open.
    pub opened: Option<Rc<Opened>>,
    /// Changes when the log or its columns change: the log is checked again.
    pub generation: u64,
    /// The review asked for last.
    pub job: u64,
    /// Its progress while it runs.
    pub progress: Option<(usize, usize)>,
    /// The last finished review.
    pub reviewed: Option<Rc<Reviewed>>,
    /// The listing asked for last.
    pub listing: u64,
    /// The entries it lists, in order.
    pub listed: Rc<Vec<u32>>,
    /// Table rows received for the last finished review.
    pub rows: Rc<HashMap<u32, RowView>>,
    /// The entry opened.
    pub selected: Option<u32>,
    /// What the review sent of it.
    pub entry: Option<Rc<EntryView>>,
    /// Log rows whose cue suggestions the reviewer accepted one by one.
    pub accepted: Rc<HashSet<usize>>,
    /// Whether every entry's cue suggestions are accepted.
    pub accept_all: bool,
    /// Whether the single check's answers apply to entries that do not state them.
    pub apply_answers: bool,
    /// Only entries of this outcome are listed (its name), or all.
    pub filter: Option<String>,
    /// Only entries whose name or description holds this text are listed.
    pub search: String,
    /// The order of the listing.
    pub sort: Sort,
    /// How far the table is scrolled, in pixels.
    pub scroll_top: f64,
    /// The dispute as typed in its form (applied to the review only when it reads).
    pub context_form: ContextForm,
}

impl Default for LogState {
    fn default() -> LogState {
        LogState {
            runs_in: None,
            opened: None,
            generation: 0,
            job: 0,
            progress: None,
            reviewed: None,
            listing: 0,
            listed: Rc::default(),
            rows: Rc::default(),
            selected: None,
            entry: None,
            accepted: Rc::default(),
            accept_all: false,
            // A reviewer who answered the questions about the dispute means them for every entry.
            apply_answers: true,
            filter: None,
            search: String::new(),
            sort: Sort::File,
            scroll_top: 0.0,
            context_form: ContextForm::default(),
        }
    }
}

/// Something heard or done.
#[derive(Debug, Clone, PartialEq)]
pub enum LogAction {
    /// A reply of the review, or where it runs.
    Heard(Heard),
    /// Review `job` was asked for, over `total` entries.
    Started {
        /// The review's number.
        job: u64,
        /// Entries to check.
        total: usize,
    },
    /// Listing `listing` was asked for.
    Listing(u64),
    /// Opened an entry, or closed it (`None`).
    Select(Option<u32>),
    /// Accepted an entry's cue suggestions, or took them back (by its row in the log).
    ToggleAccepted(usize),
    /// Accepted every entry's cue suggestions, or none.
    AcceptAll(bool),
    /// Applied the single check's answers to every entry, or not.
    ApplyAnswers(bool),
    /// Listed only entries of this outcome, or all.
    Filter(Option<String>),
    /// Typed in the search box.
    Search(String),
    /// Chose an order.
    Sort(Sort),
    /// Scrolled the table.
    Scrolled(f64),
    /// Changed the dispute's form.
    Context(context_form::Edit),
}

/// The rows of the listing to draw, and the empty space above and below them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// The first listed entry drawn.
    pub first: usize,
    /// One past the last drawn.
    pub last: usize,
    /// Pixels above the first drawn row.
    pub above: f64,
    /// Pixels below the last drawn row.
    pub below: f64,
}

impl Window {
    /// The rows to draw when the table is scrolled `scroll_top` pixels down a listing of
    /// `listed` entries: those in view and [`OVERSCAN`] more each side.
    #[must_use]
    pub fn of(scroll_top: f64, listed: usize) -> Window {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped, small
        let in_view_from = (scroll_top.max(0.0) / ROW_HEIGHT) as usize;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let drawn = (VIEW_HEIGHT / ROW_HEIGHT).ceil() as usize + 2 * OVERSCAN;
        let first = in_view_from.saturating_sub(OVERSCAN).min(listed);
        let last = (first + drawn).min(listed);
        #[allow(clippy::cast_precision_loss)] // far below 2^52 rows
        Window {
            first,
            last,
            above: first as f64 * ROW_HEIGHT,
            below: (listed - last) as f64 * ROW_HEIGHT,
        }
    }
}

impl LogState {
    /// The state after `action`. Replies about a review, a listing or a log that has since been
    /// replaced are ignored: they are stale.
    #[must_use]
    pub fn apply(mut self, action: LogAction) -> LogState {
        match action {
            LogAction::Started { job, total } => {
                self.job = job;
                self.progress = Some((0, total));
            }
            LogAction::Listing(listing) => self.listing = listing,
            LogAction::Select(entry) => {
                if entry != self.selected {
                    self.entry = None;
                }
                self.selected = entry;
            }
            LogAction::ToggleAccepted(row) => {
                let accepted = Rc::make_mut(&mut self.accepted);
                if !accepted.remove(&row) {
                    accepted.insert(row);
                }
            }
            LogAction::AcceptAll(on) => self.accept_all = on,
            LogAction::ApplyAnswers(on) => self.apply_answers = on,
            // A new listing starts at its top.
            LogAction::Filter(outcome) => {
                self.filter = outcome;
                self.scroll_top = 0.0;
            }
            LogAction::Search(text) => {
                self.search = text;
                self.scroll_top = 0.0;
            }
            LogAction::Sort(sort) => self.sort = sort,
            LogAction::Scrolled(top) => self.scroll_top = top.max(0.0),
            LogAction::Context(edit) => self.context_form = self.context_form.edit(edit),
            LogAction::Heard(Heard::RunsIn(place, why)) => self.runs_in = Some((place, why)),
            LogAction::Heard(Heard::Reply(reply)) => return self.hear(reply),
        }
        self
    }

    fn hear(mut self, reply: Reply) -> LogState {
        let reviewed_job = self.reviewed.as_ref().map(|r| r.job);
        match reply {
            Reply::Opened(opened) => {
                let generation = self.generation + 1;
                self = self.closed();
                self.generation = generation;
                self.opened = Some(Rc::new(opened));
            }
            Reply::Columns(columns) => {
                if let Some(opened) = &self.opened {
                    self.opened = Some(Rc::new(Opened {
                        columns,
                        ..(**opened).clone()
                    }));
                    self.generation += 1;
                    self.selected = None;
                    self.entry = None;
                }
            }
            Reply::Progress { job, done, total } if job == self.job => {
                self.progress = Some((done, total));
            }
            Reply::Reviewed(reviewed) if reviewed.job == self.job => {
                self.progress = None;
                self.reviewed = Some(Rc::new(reviewed));
                self.rows = Rc::default();
            }
            Reply::Cancelled => self.progress = None,
            // The worker and the log it held are gone: the log is to be opened again.
            Reply::Stopped(_) => {
                let generation = self.generation + 1;
                self = self.closed();
                self.generation = generation;
            }
            Reply::Listed {
                job,
                listing,
                entries,
            } if Some(job) == reviewed_job && listing == self.listing => {
                self.listed = Rc::new(entries);
            }
            Reply::Rows { job, rows } if Some(job) == reviewed_job => {
                Rc::make_mut(&mut self.rows).extend(rows.into_iter().map(|row| (row.entry, row)));
            }
            Reply::Entry { job, entry }
                if Some(job) == reviewed_job && self.selected == Some(entry.row.entry) =>
            {
                self.entry = Some(Rc::from(entry));
            }
            _ => {}
        }
        self
    }

    /// The state with no log: what the reviewer chose and typed stays, and so do the counters,
    /// so that a reply to an earlier log is still recognised as stale.
    fn closed(self) -> LogState {
        LogState {
            runs_in: self.runs_in,
            job: self.job,
            listing: self.listing,
            accept_all: self.accept_all,
            apply_answers: self.apply_answers,
            filter: self.filter,
            search: self.search,
            sort: self.sort,
            context_form: self.context_form,
            ..LogState::default()
        }
    }

    /// The facts every entry starts from: the single check's answers (when they apply), less
    /// what each entry's own document is.
    #[must_use]
    pub fn defaults(&self, answers: &Facts) -> Facts {
        let mut defaults = Facts::unknown();
        if self.apply_answers {
            for info in FACTS.iter().filter(|f| !DOCUMENT_CONTENT.contains(&f.fact)) {
                defaults.set(info.fact, answers.get(info.fact));
            }
        }
        defaults
    }

    /// Whose cue suggestions the review uses.
    #[must_use]
    pub fn cue_choice(&self) -> CueChoice {
        if self.accept_all {
            CueChoice::All
        } else {
            CueChoice::Entries((*self.accepted).clone())
        }
    }

    /// Which entries are listed, and in what order.
    #[must_use]
    pub fn view(&self) -> View {
        View {
            outcome: self.filter.clone(),
            search: self.search.clone(),
            sort: self.sort,
        }
    }

    /// The rows to draw.
    #[must_use]
    pub fn window(&self) -> Window {
        Window::of(self.scroll_top, self.listed.len())
    }

    /// The listed entries to draw, in order.
    #[must_use]
    pub fn on_screen(&self) -> &[u32] {
        let window = self.window();
        self.listed
            .get(window.first..window.last)
            .unwrap_or_default()
    }

    /// The entries to draw whose rows have not arrived.
    #[must_use]
    pub fn rows_missing(&self) -> Vec<u32> {
        self.on_screen()
            .iter()
            .copied()
            .filter(|entry| !self.rows.contains_key(entry))
            .collect()
    }

    /// The entry opened, once the review has sent it.
    #[must_use]
    pub fn detail(&self) -> Option<&Rc<EntryView>> {
        self.entry
            .as_ref()
            .filter(|entry| self.selected == Some(entry.row.entry))
    }

    /// Whether the reviewer accepted this log row's cue suggestions.
    #[must_use]
    pub fn accepts(&self, log_row: usize) -> bool {
        self.accept_all || self.accepted.contains(&log_row)
    }
}

/// What the reviewer is told about a reply, if anything.
#[must_use]
pub fn notice(reply: &Reply) -> Option<Notice> {
    match reply {
        Reply::Opened(opened) => Some(Notice::info(format!(
            "Opened the log {}: {} entries{}.",
            opened.name,
            opened.rows,
            if opened.problems.is_empty() {
                String::new()
            } else {
                format!(", {} rows that could not be read", opened.problems.len())
            }
        ))),
        Reply::NotOpened { name, message } => Some(Notice::error(format!(
            "Could not open {name}: {message}. The current log is unchanged."
        ))),
        Reply::Stopped(diagnostic) => Some(Notice::error(format!(
            "The log review stopped on an internal error, and the log it held is closed; open the log again to check it in this page. Your matter is untouched. Diagnostic: {diagnostic}"
        ))),
        Reply::Failed(message) => Some(Notice::error(format!(
            "The log review could not do that: {message}."
        ))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::read::Column;
    use crate::log::{LogField, RowProblem};

    fn opened(name: &str, rows: usize) -> Opened {
        Opened {
            name: name.into(),
            rows,
            columns: vec![Column {
                heading: "Description".into(),
                field: LogField::Description,
            }],
            problems: Vec::new(),
        }
    }

    fn row(entry: u32) -> RowView {
        RowView {
            entry,
            line: u64::from(entry) + 2,
            name: format!("ITC-{entry:05}"),
            outcome: "deficient_log".into(),
            assessments: "attorney_client=deficient_log".into(),
            problems: 1,
            description: "Memorandum".into(),
        }
    }

    fn heard(reply: Reply) -> LogAction {
        LogAction::Heard(Heard::Reply(reply))
    }

    /// A log opened, reviewed as job 1 and listed as listing 2 with `entries` entries.
    fn reviewed(entries: u32) -> LogState {
        LogState::default()
            .apply(heard(Reply::Opened(opened("log.csv", entries as usize))))
            .apply(LogAction::Started {
                job: 1,
                total: entries as usize,
            })
            .apply(heard(Reply::Reviewed(Reviewed {
                job: 1,
                entries: entries as usize,
                counts: vec![("deficient_log".into(), entries as usize)],
                problems: Vec::<RowProblem>::new(),
            })))
            .apply(LogAction::Listing(2))
            .apply(heard(Reply::Listed {
                job: 1,
                listing: 2,
                entries: (0..entries).collect(),
            }))
    }

    #[test]
    fn a_review_runs_from_progress_to_its_listing() {
        let state = LogState::default()
            .apply(heard(Reply::Opened(opened("log.csv", 40))))
            .apply(LogAction::Started { job: 3, total: 40 });
        assert_eq!(state.generation, 1);
        assert_eq!(state.progress, Some((0, 40)));
        let state = state.apply(heard(Reply::Progress {
            job: 3,
            done: 20,
            total: 40,
        }));
        assert_eq!(state.progress, Some((20, 40)));
        let state = reviewed(40);
        assert_eq!(state.progress, None);
        assert_eq!(state.listed.len(), 40);
    }

    #[test]
    fn replies_about_an_older_review_or_listing_are_ignored() {
        let state = reviewed(10).apply(LogAction::Started { job: 5, total: 10 });
        // Progress and a finished review of job 1, which job 5 replaced.
        let later = state
            .clone()
            .apply(heard(Reply::Progress {
                job: 1,
                done: 9,
                total: 10,
            }))
            .apply(heard(Reply::Reviewed(Reviewed {
                job: 1,
                entries: 10,
                counts: Vec::new(),
                problems: Vec::new(),
            })));
        assert_eq!(later.progress, Some((0, 10)));
        // A listing answered after a newer one was asked for.
        let state = state
            .apply(LogAction::Listing(7))
            .apply(heard(Reply::Listed {
                job: 1,
                listing: 2,
                entries: vec![0],
            }));
        assert_eq!(state.listed.len(), 10);
        // Rows of a review that is not the one shown.
        let state = state.apply(heard(Reply::Rows {
            job: 9,
            rows: vec![row(0)],
        }));
        assert!(state.rows.is_empty());
    }

    #[test]
    fn rows_accumulate_until_the_next_review() {
        let state = reviewed(30)
            .apply(heard(Reply::Rows {
                job: 1,
                rows: vec![row(0), row(1)],
            }))
            .apply(heard(Reply::Rows {
                job: 1,
                rows: vec![row(2)],
            }));
        assert_eq!(state.rows.len(), 3);
        assert_eq!(state.rows_missing().len(), state.on_screen().len() - 3);
        let state = state
            .apply(LogAction::Started { job: 2, total: 30 })
            .apply(heard(Reply::Reviewed(Reviewed {
                job: 2,
                entries: 30,
                counts: Vec::new(),
                problems: Vec::new(),
            })));
        assert!(state.rows.is_empty(), "rows of the old review are dropped");
    }

    #[test]
    fn an_entry_arrives_only_for_the_one_opened() {
        let entry = |n: u32| {
            heard(Reply::Entry {
                job: 1,
                entry: Box::new(EntryView {
                    row: row(n),
                    log_row: n as usize,
                    summary: String::new(),
                    claims: Vec::new(),
                    warnings: Vec::new(),
                    cues: Vec::new(),
                    from_cues: Vec::new(),
                    request: crate::engine::Request::default(),
                }),
            })
        };
        let state = reviewed(5).apply(LogAction::Select(Some(3)));
        assert!(state.detail().is_none());
        let state = state.apply(entry(2));
        assert!(state.detail().is_none(), "an entry no longer opened");
        let state = state.apply(entry(3));
        assert_eq!(state.detail().map(|e| e.row.entry), Some(3));
        let state = state.apply(LogAction::Select(None));
        assert!(state.detail().is_none());
    }

    #[test]
    fn a_new_log_or_mapping_starts_over_but_keeps_the_reviewers_choices() {
        let state = reviewed(5)
            .apply(LogAction::ToggleAccepted(4))
            .apply(LogAction::AcceptAll(true))
            .apply(LogAction::Search("Smith".into()))
            .apply(LogAction::Select(Some(1)));
        let remapped = state.clone().apply(heard(Reply::Columns(Vec::new())));
        assert_eq!(remapped.generation, state.generation + 1);
        assert_eq!(remapped.selected, None);
        let reopened = state.apply(heard(Reply::Opened(opened("other.csv", 2))));
        assert_eq!(
            reopened.opened.as_ref().map(|o| o.name.as_str()),
            Some("other.csv")
        );
        assert!(reopened.reviewed.is_none() && reopened.listed.is_empty());
        assert!(
            reopened.accepted.is_empty(),
            "accepted rows belonged to the old log"
        );
        assert!(reopened.accept_all);
        assert_eq!(reopened.search, "Smith");
        assert_eq!(
            reopened.job, 1,
            "counters survive, so old replies stay stale"
        );
    }

    #[test]
    fn a_stopped_worker_closes_the_log() {
        let state = reviewed(5).apply(heard(Reply::Stopped("boom".into())));
        assert!(state.opened.is_none() && state.reviewed.is_none());
        assert!(notice(&Reply::Stopped("boom".into())).is_some_and(|n| n.is_error));
    }

    #[test]
    fn the_window_draws_the_rows_in_view_and_a_margin() {
        let window = Window::of(0.0, 1_000);
        assert_eq!(window.first, 0);
        assert_eq!(window.last, 12 + 2 * OVERSCAN);
        assert!((window.above - 0.0).abs() < f64::EPSILON);
        // Scrolled to row 100: drawn from row 92.
        let window = Window::of(100.0 * ROW_HEIGHT, 1_000);
        assert_eq!(window.first, 100 - OVERSCAN);
        assert!((window.above - 92.0 * ROW_HEIGHT).abs() < f64::EPSILON);
        let drawn = window.last - window.first;
        assert!((window.below - (1_000 - window.last) as f64 * ROW_HEIGHT).abs() < f64::EPSILON);
        assert_eq!(drawn, 12 + 2 * OVERSCAN);
        // A short listing, and a scroll position left over from a longer one.
        assert_eq!(Window::of(0.0, 3).last, 3);
        let stale = Window::of(5_000.0 * ROW_HEIGHT, 3);
        assert_eq!((stale.first, stale.last), (3, 3));
    }

    #[test]
    fn a_new_filter_or_search_starts_at_the_top() {
        let state = reviewed(500).apply(LogAction::Scrolled(4_000.0));
        assert_eq!(state.window().first, 111 - OVERSCAN);
        assert_eq!(
            state
                .clone()
                .apply(LogAction::Filter(Some("deficient_log".into())))
                .scroll_top,
            0.0
        );
        assert_eq!(state.apply(LogAction::Search("x".into())).scroll_top, 0.0);
    }

    #[test]
    fn the_answers_apply_except_what_the_document_is() {
        let mut answers = Facts::unknown();
        answers.set(Fact::PersonalReview, Some(1));
        answers.set(Fact::Deliberative, Some(1));
        let state = LogState::default();
        let defaults = state.defaults(&answers);
        assert_eq!(defaults.get(Fact::PersonalReview), Some(1));
        assert_eq!(defaults.get(Fact::Deliberative), None);
        let off = state.apply(LogAction::ApplyAnswers(false));
        assert_eq!(off.defaults(&answers).get(Fact::PersonalReview), None);
    }

    #[test]
    fn cue_choices() {
        let state = LogState::default().apply(LogAction::ToggleAccepted(7));
        assert!(state.accepts(7) && !state.accepts(8));
        assert_eq!(state.cue_choice(), CueChoice::Entries(HashSet::from([7])));
        let state = state.apply(LogAction::ToggleAccepted(7));
        assert!(!state.accepts(7));
        let state = state.apply(LogAction::AcceptAll(true));
        assert!(state.accepts(8));
        assert_eq!(state.cue_choice(), CueChoice::All);
    }

    #[test]
    fn notices_say_what_happened() {
        let opened = notice(&Reply::Opened(opened("log.csv", 12))).map(|n| n.text);
        assert_eq!(
            opened.as_deref(),
            Some("Opened the log log.csv: 12 entries.")
        );
        let refused = notice(&Reply::NotOpened {
            name: "x.csv".into(),
            message: "not UTF-8".into(),
        });
        assert!(refused.is_some_and(|n| n.is_error && n.text.contains("unchanged")));
        assert_eq!(notice(&Reply::Cancelled), None);
    }
}
