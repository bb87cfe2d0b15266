//! Checking every entry of a log: each privilege it asserts assessed on its own
//! ([`super::assess`]), the engine's verdict where it claims a privilege the engine decides
//! (with accepted cues), and the cue suggestions. Identical fact sets are decided once.

use super::assess::{Cells, Entry, assess, outside_party, reads_as_factual, reads_as_issued};
use super::claim::{Claim, Element, Finding, Kind, LogOutcome, Reliability, roll_up};
use super::context::LogContext;
use super::cues::{Cue, cues};
use super::labels::{Label, parse_labels};
use super::participants::{Participants, Place, lawyers_by_title, participants};
use super::read::{LogField, PrivilegeLog, RowProblem, row_facts};
use super::rules::LogRule;
use super::words::description_key;
use crate::engine::facts::{FactualContent, NO, YES};
use crate::engine::{Brief, Fact, Facts, Mode, Request, brief};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// Which entries' cue suggestions the user accepted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CueChoice {
    /// None: cues are shown, never used.
    #[default]
    None,
    /// Every entry's.
    All,
    /// These entries' (by row index in the log).
    Entries(HashSet<usize>),
}

impl CueChoice {
    fn accepts(&self, index: usize) -> bool {
        match self {
            CueChoice::None => false,
            CueChoice::All => true,
            CueChoice::Entries(entries) => entries.contains(&index),
        }
    }
}

/// One entry's result.
#[derive(Debug, Clone)]
pub struct EntryResult {
    /// Where it stands in the file.
    pub line: u64,
    /// Its index in the log's rows.
    pub row: usize,
    /// Its name: its Bates range, or its line where the log gives none.
    pub name: String,
    /// The entry's outcome: its best claim's.
    pub outcome: LogOutcome,
    /// Each privilege it asserts, assessed on its own.
    pub claims: Vec<Claim>,
    /// Notes on the entry's form (X10), which change no outcome.
    pub warnings: Vec<Finding>,
    /// The engine's verdict on the entry's facts in brief, where it claims a privilege the
    /// engine decides (shared by entries with the same facts; the page decides the full verdict
    /// again from [`EntryResult::request`] when the entry is opened).
    pub verdict: Option<Arc<Brief>>,
    /// Facts its words suggest to the engine.
    pub cues: Vec<Cue>,
    /// The facts that came from accepted cues (the row did not state them).
    pub from_cues: Vec<Fact>,
    /// What the verdict was given: the mode, and the entry's facts with the dispute's and the
    /// accepted cues'.
    pub request: Request,
}

impl EntryResult {
    /// The engine's outcome for the deliberative-process (or state-secrets, presidential)
    /// claim, or "" where the entry asserts none.
    pub fn engine_outcome(&self) -> &'static str {
        self.verdict.as_ref().map_or("", |v| v.outcome.name())
    }

    /// `attorney_client=adequately_logged; deliberative_process=likely_not_privileged`.
    pub fn assessments(&self) -> String {
        let mut text = String::new();
        self.write_assessments(&mut text);
        text
    }

    /// [`EntryResult::assessments`], written into `out` (the results CSV writes it for every
    /// entry of a log).
    pub(crate) fn write_assessments(&self, out: &mut String) {
        for (i, claim) in self.claims.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            out.push_str(claim.privilege.code());
            out.push('=');
            out.push_str(claim.outcome.name());
        }
    }

    /// One sentence per claim: the privilege and what the log shows of it.
    pub fn summary(&self) -> String {
        let mut text = String::new();
        self.write_summary(&mut text);
        text
    }

    /// [`EntryResult::summary`], written into `out`.
    pub(crate) fn write_summary(&self, out: &mut String) {
        for (i, claim) in self.claims.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let mut privilege = claim.privilege.words().chars();
            if let Some(first) = privilege.next() {
                out.extend(first.to_uppercase());
                out.push_str(privilege.as_str());
            }
            out.push_str(": ");
            let outcome = claim.outcome.words();
            if outcome.is_ascii() {
                out.extend(outcome.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                out.push_str(&outcome.to_lowercase());
            }
            out.push('.');
        }
    }

    /// How many elements its claims lack and how many findings defeat them.
    pub fn problems(&self) -> usize {
        self.claims
            .iter()
            .map(|c| c.missing.len() + c.reasons().count())
            .sum()
    }
}

/// A whole log reviewed.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// Every readable entry, in file order.
    pub results: Vec<EntryResult>,
    /// Rows that could not be read or checked, with their lines.
    pub problems: Vec<RowProblem>,
    /// Notes on the log's form as a whole (columns not recognised).
    pub form: Vec<String>,
}

impl Review {
    /// How many entries reached each outcome.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        Tallies::of(&self.results).counts()
    }

    /// How many claims lack each element.
    pub fn missing_counts(&self) -> BTreeMap<&'static str, usize> {
        Tallies::of(&self.results).missing_counts()
    }
}

/// How many entries reached each outcome, and how many claims lack each element: counted run by
/// run where a review's results are let go once written (the command line's one pass,
/// `export::review_and_write_on_all_cores`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tallies {
    outcomes: Vec<(LogOutcome, usize)>,
    missing: Vec<(Element, usize)>,
}

impl Tallies {
    /// The tallies of `results`.
    pub fn of(results: &[EntryResult]) -> Tallies {
        let mut tallies = Tallies::default();
        tallies.add(results);
        tallies
    }

    /// Counts `results` too.
    pub fn add(&mut self, results: &[EntryResult]) {
        tally(&mut self.outcomes, results.iter().map(|r| r.outcome));
        let missing = results
            .iter()
            .flat_map(|r| &r.claims)
            .flat_map(|c| c.missing.iter().copied());
        tally(&mut self.missing, missing);
    }

    /// Counts what `other` counted too.
    pub fn join(&mut self, other: Tallies) {
        for (outcome, count) in other.outcomes {
            tally_n(&mut self.outcomes, outcome, count);
        }
        for (element, count) in other.missing {
            tally_n(&mut self.missing, element, count);
        }
    }

    /// How many entries reached each outcome.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        named(&self.outcomes, LogOutcome::name)
    }

    /// How many claims lack each element.
    pub fn missing_counts(&self) -> BTreeMap<&'static str, usize> {
        named(&self.missing, Element::code)
    }
}

/// Counts each of `items` in `tally`. A log's entries reach a handful of outcomes and lack a
/// handful of elements, so a short list counts them faster than a map of names.
fn tally<T: PartialEq>(tally: &mut Vec<(T, usize)>, items: impl Iterator<Item = T>) {
    for item in items {
        tally_n(tally, item, 1);
    }
}

/// Counts `item` `n` times more in `tally`.
fn tally_n<T: PartialEq>(tally: &mut Vec<(T, usize)>, item: T, n: usize) {
    match tally.iter_mut().find(|(seen, _)| *seen == item) {
        Some((_, count)) => *count += n,
        None => tally.push((item, n)),
    }
}

/// A tally by the values' names.
fn named<T: Copy>(
    tally: &[(T, usize)],
    name: fn(T) -> &'static str,
) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for (item, count) in tally {
        *counts.entry(name(*item)).or_insert(0) += count;
    }
    counts
}

/// Checks every entry of `log` in `mode`. `defaults` are facts of the whole dispute (the setting,
/// the posture, the opposition), applied to every entry that does not state them itself;
/// `context` is what the reviewer knows of the dispute; the cues `choice` accepts (every
/// entry's, where the context says so) fill in what is still unknown.
pub fn review(
    log: Arc<PrivilegeLog>,
    mode: Mode,
    defaults: &Facts,
    choice: &CueChoice,
    context: &LogContext,
) -> Review {
    let mut reviewer = Reviewer::new(log, mode, *defaults, choice.clone(), context.clone());
    while !reviewer.step(usize::MAX) {}
    reviewer.finish()
}

/// `f` of consecutive parts of `items`, in order; natively, a large slice is cut into one part
/// per core, read side by side.
fn parts<'a, T: Sync, U: Send>(items: &'a [T], f: impl Fn(&'a [T]) -> U + Sync) -> Vec<U> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        /// Below this, threads cost more than they save.
        const WORTH_THREADS: usize = 10_000;
        let threads = super::cores();
        if items.len() >= WORTH_THREADS && threads > 1 {
            let f = &f;
            return std::thread::scope(|scope| {
                let mut chunks = items.chunks(items.len().div_ceil(threads));
                let first = chunks.next();
                let running: Vec<_> = chunks
                    .map(|part| (part, scope.spawn(move || f(part))))
                    .collect();
                // The calling thread reads the first part itself rather than waiting idle.
                let mut all = Vec::with_capacity(threads);
                all.extend(first.map(f));
                // A part whose thread failed is read again here: never a gap in the order.
                all.extend(
                    running
                        .into_iter()
                        .map(|(part, thread)| thread.join().unwrap_or_else(|_| f(part))),
                );
                all
            });
        }
    }
    vec![f(items)]
}

/// A map keyed by what a log's rows hold (description keys, Bates numbers, cells, fact sets),
/// with the standard library's hasher: a log comes from the other side of a dispute, and keys
/// built to collide must not slow the review down.
type Map<K, V> = HashMap<K, V, RandomState>;
/// A set of such keys.
type Set<K> = HashSet<K, RandomState>;

/// The keys `maps` (one per part of a log's rows) count more than once in all, with their
/// totals, among the keys of part `part`: each key is reported by the first part that counts it.
fn repeated_in<K: Eq + std::hash::Hash + Copy>(
    maps: &[&Map<K, usize>],
    part: usize,
) -> Vec<(K, usize)> {
    let (Some(before), Some(mine), Some(after)) =
        (maps.get(..part), maps.get(part), maps.get(part + 1..))
    else {
        return Vec::new();
    };
    mine.iter()
        .filter(|(key, _)| !before.iter().any(|m| m.contains_key(*key)))
        .filter_map(|(key, count)| {
            let total = count + after.iter().filter_map(|m| m.get(key)).sum::<usize>();
            (total > 1).then_some((*key, total))
        })
        .collect()
}

/// `f` of `0..n`, in order; natively each on a thread of its own.
fn on_threads<U: Send>(n: usize, f: impl Fn(usize) -> U + Sync) -> Vec<U> {
    #[cfg(not(target_arch = "wasm32"))]
    if n > 1 {
        let f = &f;
        return std::thread::scope(|scope| {
            let running: Vec<_> = (1..n).map(|i| (i, scope.spawn(move || f(i)))).collect();
            // The calling thread does the first itself rather than waiting idle.
            let mut all = Vec::with_capacity(n);
            all.push(f(0));
            // One whose thread failed is done again here: never a gap in the order.
            all.extend(
                running
                    .into_iter()
                    .map(|(i, thread)| thread.join().unwrap_or_else(|_| f(i))),
            );
            all
        });
    }
    (0..n).map(f).collect()
}

/// What one part of a log's rows shows before the review: each row's description key, and how
/// often each description and each Bates number occurs, and the distinct cells that name
/// participants.
struct Survey<'l> {
    keys: Vec<Option<u64>>,
    counts: Map<u64, usize>,
    bates: Map<&'l str, usize>,
    people: Set<&'l str>,
}

impl<'l> Survey<'l> {
    /// Surveys `rows`, given the columns of the description, the first Bates number and the
    /// participants. Participants repeat from entry to entry, so each distinct cell naming
    /// them is kept once, to be read for lawyers' titles once.
    fn of(
        rows: &'l [(u64, csv::StringRecord)],
        description: Option<usize>,
        bates_begin: Option<usize>,
        people: &[usize],
    ) -> Survey<'l> {
        let keys: Vec<Option<u64>> = rows
            .iter()
            .map(|(_, cells)| {
                description
                    .and_then(|i| cells.get(i))
                    .and_then(description_key)
            })
            .collect();
        // As `words::description_counts`, with room for every row so the map never regrows.
        let mut counts = Map::with_capacity_and_hasher(rows.len(), RandomState::default());
        for key in keys.iter().flatten() {
            *counts.entry(*key).or_insert(0) += 1;
        }
        // Most Bates numbers begin one entry: room for every row, so the map never regrows.
        let mut bates = Map::with_capacity_and_hasher(
            if bates_begin.is_some() { rows.len() } else { 0 },
            RandomState::default(),
        );
        let mut cells_naming_people = Set::default();
        for (_, cells) in rows {
            if let Some(id) = bates_begin
                .and_then(|i| cells.get(i))
                .map(str::trim)
                .filter(|id| !id.is_empty())
            {
                *bates.entry(id).or_insert(0) += 1;
            }
            cells_naming_people.extend(people.iter().filter_map(|i| cells.get(*i)));
        }
        Survey {
            keys,
            counts,
            bates,
            people: cells_naming_people,
        }
    }
}

/// What a review reads once, over the whole log, before any entry: the columns, how often each
/// description and each Bates number occurs, and the names that carry a lawyer's title.
struct Prepared {
    columns: Vec<(LogField, usize)>,
    keys: Vec<Option<u64>>,
    /// The descriptions (by key) that more than one entry uses, and how many: a description
    /// not among them is its entry's own. Only these are kept, so that finding an entry's count
    /// looks in a small table rather than one the size of the log.
    repeated: Map<u64, usize>,
    /// The Bates numbers that begin more than one entry, and how many.
    bates: Map<String, usize>,
    titled_lawyers: HashSet<String>,
}

impl Prepared {
    /// How many entries use the description of the entry at `row` (0 when it has none).
    fn repeats(&self, row: usize) -> usize {
        match self.keys.get(row).copied().flatten() {
            None => 0,
            Some(_) if self.repeated.is_empty() => 1,
            Some(key) => self.repeated.get(&key).copied().unwrap_or(1),
        }
    }

    fn new(log: &PrivilegeLog) -> Prepared {
        let columns: Vec<(LogField, usize)> = LogField::DESCRIPTIVE
            .into_iter()
            .filter_map(|f| log.column(f).map(|i| (f, i)))
            .collect();
        let column = |field: LogField| columns.iter().find(|(f, _)| *f == field).map(|(_, i)| *i);
        let description_column = column(LogField::Description);
        let bates_column = column(LogField::BatesBegin);
        let people: Vec<usize> = [
            LogField::Author,
            LogField::Recipients,
            LogField::Cc,
            LogField::Bcc,
        ]
        .into_iter()
        .filter_map(column)
        .collect();
        // One pass over each part of the rows, the parts side by side.
        let survey = |rows| Survey::of(rows, description_column, bates_column, &people);
        let surveyed = parts(&log.rows, survey);
        // What each part counted is joined by looking each part's own keys up in the other
        // parts' tables, the parts side by side, rather than pouring every table into one: only
        // the keys counted more than once are kept.
        let (counts, bates): (Vec<_>, Vec<_>) =
            surveyed.iter().map(|s| (&s.counts, &s.bates)).unzip();
        let (repeated, bates) = on_threads(surveyed.len(), |part| {
            (repeated_in(&counts, part), repeated_in(&bates, part))
        })
        .into_iter()
        .fold(
            (Map::default(), Map::default()),
            |(mut repeated, mut all_bates), (counts, bates)| {
                repeated.extend(counts);
                // Only a Bates number that begins more than one entry is ever reported (X10),
                // so only those are kept as strings of their own.
                all_bates.extend(bates.into_iter().map(|(id, n)| (id.to_string(), n)));
                (repeated, all_bates)
            },
        );
        let mut keys = Vec::with_capacity(log.rows.len());
        let mut people = Set::default();
        for part in surveyed {
            keys.extend(part.keys);
            people.extend(part.people);
        }
        let titled_lawyers = lawyers_by_title(people.into_iter());
        Prepared {
            columns,
            keys,
            repeated,
            bates,
            titled_lawyers,
        }
    }
}

/// A review in progress, a slice of rows at a time (so that a page can show progress and stop).
pub struct Reviewer {
    log: Arc<PrivilegeLog>,
    mode: Mode,
    defaults: Facts,
    choice: CueChoice,
    context: Arc<LogContext>,
    prepared: Arc<Prepared>,
    verdicts: Map<u128, Arc<Brief>>,
    labels: Map<String, Arc<Vec<Label>>>,
    /// The participants of each distinct set of author, recipients, cc and bcc cells (see
    /// [`participants_of`]).
    people: Map<String, Arc<Participants>>,
    people_key: String,
    next: usize,
    /// Where this review stops (the log's end, or the end of its part: see [`Reviewer::split`]).
    end: usize,
    review: Review,
}

impl Reviewer {
    /// Prepares the review: finds the columns, and reads over the whole log what every entry's
    /// review needs (repeated descriptions and Bates numbers, lawyers named by title).
    pub fn new(
        log: Arc<PrivilegeLog>,
        mode: Mode,
        defaults: Facts,
        choice: CueChoice,
        context: LogContext,
    ) -> Reviewer {
        let prepared = Prepared::new(&log);
        let choice = if context.accept_cues {
            CueChoice::All
        } else {
            choice
        };
        let form = log
            .columns
            .iter()
            .filter(|c| c.field == LogField::Other)
            .map(|c| {
                format!(
                    "The column \u{201c}{}\u{201d} is not recognised and was not read (X10).",
                    c.heading
                )
            })
            .collect();
        let review = Review {
            results: Vec::with_capacity(log.rows.len()),
            problems: log.problems.clone(),
            form,
        };
        Reviewer {
            mode,
            defaults,
            choice,
            context: Arc::new(context),
            prepared: Arc::new(prepared),
            verdicts: Map::default(),
            labels: Map::default(),
            people: Map::default(),
            people_key: String::new(),
            next: 0,
            end: log.rows.len(),
            log,
            review,
        }
    }

    /// The review cut into `parts` reviews of consecutive rows, to be run side by side (each on
    /// its own thread) and joined in order with [`Reviewer::join`]. Only before any step.
    pub fn split(self, parts: usize) -> Vec<Reviewer> {
        let rows = self.end - self.next;
        let size = rows.div_ceil(parts.max(1)).max(1);
        let mut pieces = Vec::new();
        let mut start = self.next;
        while start < self.end || pieces.is_empty() {
            let end = (start + size).min(self.end);
            let first = pieces.is_empty();
            pieces.push(Reviewer {
                log: Arc::clone(&self.log),
                mode: self.mode,
                defaults: self.defaults,
                choice: self.choice.clone(),
                context: Arc::clone(&self.context),
                prepared: Arc::clone(&self.prepared),
                verdicts: Map::default(),
                labels: Map::default(),
                people: Map::default(),
                people_key: String::new(),
                next: start,
                end,
                review: Review {
                    // The first part's results grow to hold every part's when they are joined
                    // (see [`Reviewer::join`]): room for all of them from the start, so that
                    // joining copies the other parts' results once and never the first's.
                    results: Vec::with_capacity(if first { rows } else { end - start }),
                    // What concerns the whole log is reported once, by the first part.
                    problems: if first {
                        self.review.problems.clone()
                    } else {
                        Vec::new()
                    },
                    form: if first {
                        self.review.form.clone()
                    } else {
                        Vec::new()
                    },
                },
            });
            start = end;
        }
        pieces
    }

    /// The reviews of consecutive parts, joined into one.
    pub fn join(parts: impl IntoIterator<Item = Review>) -> Review {
        let parts: Vec<Review> = parts.into_iter().collect();
        // The first part's results grow in place to hold the rest: a hundred thousand results
        // are moved once, not copied into a new list as it grows.
        let rest: usize = parts.iter().skip(1).map(|p| p.results.len()).sum();
        let mut parts = parts.into_iter();
        let mut whole = parts.next().unwrap_or_default();
        whole.results.reserve_exact(rest);
        for part in parts {
            whole.results.extend(part.results);
            whole.problems.extend(part.problems);
            whole.form.extend(part.form);
        }
        whole.problems.sort_by_key(|p| p.line);
        whole
    }

    /// Rows checked so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.end)
    }

    /// Checks up to `rows` more rows; `true` when every row is checked.
    pub fn step(&mut self, rows: usize) -> bool {
        let end = self.next.saturating_add(rows).min(self.end);
        self.check_rows(self.next..end);
        self.next = end;
        self.next >= self.end
    }

    fn check_rows(&mut self, rows: std::ops::Range<usize>) {
        let log = Arc::clone(&self.log);
        for row in rows {
            if let Some((line, cells)) = log.rows.get(row) {
                self.check(row, *line, cells);
            }
        }
    }

    /// Checks the rows `rows` and puts their results, in order, in `results` (emptied first)
    /// rather than keeping them; the rows' problems are kept for [`Reviewer::finish`]. A review
    /// run this way, a run of rows at a time, may take the runs in any order, each once; it
    /// ignores its own end. `results` is reused run after run, so a run's list is not allocated
    /// again.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn check_run(
        &mut self,
        rows: std::ops::Range<usize>,
        results: &mut Vec<EntryResult>,
    ) {
        results.clear();
        std::mem::swap(&mut self.review.results, results);
        self.check_rows(rows);
        std::mem::swap(&mut self.review.results, results);
    }

    /// The review, once every row is checked (or as far as it went).
    pub fn finish(mut self) -> Review {
        self.review.problems.sort_by_key(|p| p.line);
        self.review
    }

    fn check(&mut self, row: usize, line: u64, cells: &csv::StringRecord) {
        let mut facts = match row_facts(&self.log.columns, cells) {
            Ok(facts) => facts,
            Err(reason) => {
                self.review.problems.push(RowProblem { line, reason });
                return;
            }
        };
        let stated = facts;
        facts.fill_from(&self.defaults);
        // What the review reads and keeps, borrowed field by field: the parts of a review run
        // side by side share the prepared survey and the context, so a count of references
        // taken on them for every entry would pass between the cores entry after entry.
        let Reviewer {
            prepared,
            context,
            labels: labels_read,
            people,
            people_key,
            ..
        } = self;
        let cell = |field: LogField| {
            prepared
                .columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, i)| cells.get(*i))
        };
        let labels = labels_of(labels_read, cell(LogField::Privilege).unwrap_or_default());
        let repeats = prepared.repeats(row);
        let participants = participants_of(
            people,
            people_key,
            context,
            &prepared.titled_lawyers,
            [
                (Place::Author, cell(LogField::Author)),
                (Place::To, cell(LogField::Recipients)),
                (Place::Cc, cell(LogField::Cc)),
                (Place::Bcc, cell(LogField::Bcc)),
            ],
        );
        let entry = Entry::read(
            Cells {
                description: cell(LogField::Description),
                basis: cell(LogField::Basis),
                doc_type: cell(LogField::DocumentType),
                date: cell(LogField::Date),
                treatment: cell(LogField::Treatment),
            },
            participants,
            repeats,
            context,
        );
        // The engine decides only the claims it knows; its cues come from the entry's words.
        let to_engine = labels.iter().any(|l| l.privilege.goes_to_engine());
        let mut suggested = cell(LogField::Description).map(cues).unwrap_or_default();
        if to_engine {
            engine_cues(&entry, &mut suggested);
        }
        let mut from_cues = Vec::new();
        if to_engine && self.choice.accepts(row) {
            for cue in &suggested {
                if facts.get(cue.fact).is_none() && stated.get(cue.fact).is_none() {
                    facts.set(cue.fact, Some(cue.value));
                    from_cues.push(cue.fact);
                }
            }
        }
        let request = Request {
            mode: self.mode,
            facts,
        };
        let verdict = to_engine.then(|| {
            self.verdicts
                .entry(request.key())
                .or_insert_with(|| Arc::new(brief(&request)))
                .clone()
        });
        let claims = assess(
            &labels,
            &entry,
            &self.context,
            verdict.as_deref(),
            from_cues.is_empty(),
        );
        let begin = cell(LogField::BatesBegin)
            .map(str::trim)
            .unwrap_or_default();
        let end = cell(LogField::BatesEnd).map(str::trim).unwrap_or_default();
        let name = entry_name(begin, end, line);
        let uses = if prepared.bates.is_empty() {
            1
        } else {
            prepared.bates.get(begin).copied().unwrap_or(1)
        };
        let warnings = bates_warnings(begin, end, uses);
        self.review.results.push(EntryResult {
            line,
            row,
            name,
            outcome: roll_up(&claims),
            claims,
            warnings,
            verdict,
            cues: suggested,
            from_cues,
            request,
        });
    }
}

/// The claims a "privilege asserted" cell makes (read once per distinct cell).
fn labels_of(read: &mut Map<String, Arc<Vec<Label>>>, cell: &str) -> Arc<Vec<Label>> {
    if let Some(labels) = read.get(cell) {
        return Arc::clone(labels);
    }
    let labels = Arc::new(parse_labels(cell));
    read.insert(cell.to_string(), Arc::clone(&labels));
    labels
}

/// Who took part, read once per distinct set of cells (`read`, keyed by the cells written into
/// `key`): a log names the same few authors and recipients entry after entry, and reading a
/// name (its title, its organisation, its count) costs more than finding it again. The context
/// and the lawyers named by title are the same for every entry of a review, so the cells alone
/// decide.
fn participants_of(
    read: &mut Map<String, Arc<Participants>>,
    key: &mut String,
    context: &LogContext,
    titled_lawyers: &HashSet<String>,
    cells: [(Place, Option<&str>); 4],
) -> Arc<Participants> {
    key.clear();
    for (_, cell) in &cells {
        // Each cell with its length, so that no two sets of cells write the same key.
        match cell {
            Some(text) => {
                push_number(key, text.len() as u64);
                key.push(':');
                key.push_str(text);
            }
            None => key.push('-'),
        }
    }
    /// Distinct sets of cells kept: a log whose every entry names other people gains nothing
    /// from keeping them, and keeps no second copy of each beyond this.
    const KEPT: usize = 10_000;
    if let Some(people) = read.get(key.as_str()) {
        return Arc::clone(people);
    }
    let people = Arc::new(participants(cells, context, titled_lawyers));
    if read.len() < KEPT {
        read.insert(key.clone(), Arc::clone(&people));
    }
    people
}

/// `number` in decimal digits, pushed onto `text` (as `write!` would, without its machinery:
/// every entry's key and name has one).
fn push_number(text: &mut String, number: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = number;
    loop {
        at -= 1;
        if let Some(digit) = digits.get_mut(at) {
            // A remainder below ten: a digit.
            *digit = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for digit in digits.iter().skip(at) {
        text.push(char::from(*digit));
    }
}

/// The cues a deliberative-process claim's log side offers the engine (P2, P3, P4), beside the
/// description's own: an outsider (not intra-governmental), an issued document
/// (post-decisional), facts with no role (segregable factual content). A fact the description
/// already suggests is not suggested twice.
fn engine_cues(entry: &Entry<'_>, suggested: &mut Vec<Cue>) {
    let mut suggest = |fact: Fact, value: u8, words: String| {
        if !suggested.iter().any(|c| c.fact == fact) {
            suggested.push(Cue { fact, value, words });
        }
    };
    if let Some((_, name)) = outside_party(entry) {
        suggest(Fact::IntraGovernmental, NO, name.to_string());
    }
    if let Some(words) = reads_as_issued(entry) {
        suggest(
            Fact::PostDecisional,
            YES,
            words.trim_matches(['\u{201c}', '\u{201d}']).to_string(),
        );
    }
    if let Some(words) = reads_as_factual(entry) {
        suggest(
            Fact::FactualContent,
            FactualContent::Segregable as u8,
            words.trim_matches(['\u{201c}', '\u{201d}']).to_string(),
        );
    }
}

/// An entry's name: its Bates range ("PRIV-0001\u{2013}PRIV-0003"), its first Bates number, or
/// its line.
fn entry_name(begin: &str, end: &str, line: u64) -> String {
    match (begin.is_empty(), end.is_empty() || end == begin) {
        (false, true) => begin.to_string(),
        (false, false) => format!("{begin}\u{2013}{end}"),
        (true, _) => {
            let mut name = String::with_capacity(16);
            name.push_str("line ");
            push_number(&mut name, line);
            name
        }
    }
}

/// A Bates number split into its prefix and its number ("PRIV-000053" → ("PRIV-", 53)).
fn bates_parts(bates: &str) -> Option<(&str, u64)> {
    let digits = bates.len() - bates.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, number) = bates.split_at(bates.len() - digits);
    number.parse().ok().map(|n| (prefix, n))
}

/// X10: a range that runs backwards or changes prefix, or a Bates number used twice.
fn bates_warnings(begin: &str, end: &str, uses: usize) -> Vec<Finding> {
    let warning = |text: String| Finding {
        rule: LogRule::X10,
        kind: Kind::Warning,
        reliability: Reliability::High,
        text: text.into(),
    };
    let mut warnings = Vec::new();
    if let (Some((p1, n1)), Some((p2, n2))) = (bates_parts(begin), bates_parts(end)) {
        if p1 != p2 {
            warnings.push(warning(format!(
                "The range {begin} to {end} changes prefix."
            )));
        } else if n2 < n1 {
            warnings.push(warning(format!(
                "The range {begin} to {end} runs backwards."
            )));
        }
    }
    if uses > 1 {
        warnings.push(warning(format!("{begin} begins {uses} entries.")));
    }
    warnings
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::log::read_log;

    const LOG: &str = "Bates Begin,Bates End,Date,Author,Recipients,Description,Privilege Asserted,formal_claim,claimant,personal_review,affidavit\n\
        P-1,P-2,1980-05-01,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,yes,yes\n\
        P-3,,1980-05-02,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,no,yes\n\
        ,,,,,Privileged,Attorney-client,,,,\n\
        P-5,,1980-05-03,Staff,Commission,Final determination as adopted by the Commission in May,DPP,yes,agency_head,yes,yes\n\
        P-6,,1980-05-03,Staff,Commission,bad value,DPP,maybe,agency_head,yes,yes\n";

    /// The dispute's own facts, as a log review would set them once.
    fn dispute() -> Facts {
        let mut facts = crate::engine::opinion::example_request().facts;
        for fact in [
            Fact::PersonalReview,
            Fact::Affidavit,
            Fact::FormalClaim,
            Fact::Claimant,
            Fact::Deliberative,
            Fact::Predecisional,
            Fact::PostDecisional,
            Fact::SolelyInternalUse,
            Fact::FactualContent,
        ] {
            facts.set(fact, None);
        }
        facts
    }

    fn reviewed(choice: &CueChoice) -> Review {
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        review(log, Mode::Full, &dispute(), choice, &LogContext::default())
    }

    #[test]
    fn every_entry_gets_its_claims_and_its_name() {
        let review = reviewed(&CueChoice::None);
        assert_eq!(review.results.len(), 4);
        assert_eq!(
            review.problems,
            vec![RowProblem {
                line: 6,
                reason: "formal_claim: \"maybe\" is not yes/no/y/n/true/false/1/0 or blank".into()
            }]
        );
        assert_eq!(review.results[0].name, "P-1\u{2013}P-2");
        assert_eq!(review.results[1].name, "P-3");
        assert_eq!(review.results[2].name, "line 4", "no Bates number");
        assert_eq!(review.results[1].engine_outcome(), "claim_defective");
        // An attorney-client claim is assessed as one, never "out of scope".
        let ac = &review.results[2];
        assert_eq!(ac.claims.len(), 1);
        assert_eq!(
            ac.claims[0].privilege,
            crate::log::Privilege::AttorneyClient
        );
        assert_eq!(
            ac.outcome,
            LogOutcome::LikelyNotPrivileged,
            "no lawyer, no legal advice (A6)"
        );
        assert!(
            ac.verdict.is_none(),
            "the engine decides no attorney-client claim"
        );
        assert_eq!(ac.assessments(), "attorney_client=likely_not_privileged");
        assert!(review.results[0].from_cues.is_empty());
        assert!(!review.results[0].cues.is_empty());
    }

    #[test]
    fn accepted_cues_feed_the_verdict_and_are_named() {
        let none = reviewed(&CueChoice::None);
        let all = reviewed(&CueChoice::All);
        assert_eq!(none.results[3].verdict.as_ref().unwrap().decided(), None);
        assert_eq!(
            all.results[3].engine_outcome(),
            "privilege_inapplicable",
            "post-decisional from the cue"
        );
        assert_eq!(all.results[3].from_cues, vec![Fact::PostDecisional]);
        // The log side finds it issued (P3) whatever the cues.
        assert_eq!(none.results[3].outcome, LogOutcome::LikelyNotPrivileged);
        let one = reviewed(&CueChoice::Entries([0].into_iter().collect()));
        assert_eq!(
            one.results[0].from_cues,
            vec![Fact::Deliberative, Fact::Predecisional]
        );
        assert!(one.results[3].from_cues.is_empty());
        // The context can accept every entry's cues.
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        let context = LogContext {
            accept_cues: true,
            ..LogContext::default()
        };
        let by_context = review(log, Mode::Full, &dispute(), &CueChoice::None, &context);
        assert_eq!(by_context.results[3].from_cues, vec![Fact::PostDecisional]);
    }

    /// What a review found about one entry: line, row, outcome, assessments, facts from cues.
    type Found = (u64, usize, LogOutcome, String, Vec<Fact>);

    /// What a review found, in a form that compares.
    fn found(review: &Review) -> Vec<Found> {
        review
            .results
            .iter()
            .map(|r| {
                (
                    r.line,
                    r.row,
                    r.outcome,
                    r.assessments(),
                    r.from_cues.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_review_cut_into_parts_and_joined_is_the_same_review() {
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        let context = LogContext::default();
        let whole = review(
            log.clone(),
            Mode::Full,
            &dispute(),
            &CueChoice::All,
            &context,
        );
        for parts in 1..=6 {
            let pieces = Reviewer::new(
                log.clone(),
                Mode::Full,
                dispute(),
                CueChoice::All,
                context.clone(),
            )
            .split(parts);
            assert!((1..=parts).contains(&pieces.len()), "{parts} parts");
            let joined = Reviewer::join(pieces.into_iter().map(|mut piece| {
                while !piece.step(1) {}
                piece.finish()
            }));
            assert_eq!(found(&joined), found(&whole), "{parts} parts");
            assert_eq!(joined.problems, whole.problems, "{parts} parts");
            assert_eq!(joined.form, whole.form, "{parts} parts");
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            // The command line's one pass, keeping the results as for a letter.
            let reviewer = Reviewer::new(
                Arc::clone(&log),
                Mode::Full,
                dispute(),
                CueChoice::All,
                context.clone(),
            );
            let on_all_cores = crate::log::export::review_and_write_on_all_cores(
                &log,
                reviewer,
                std::io::sink(),
                true,
            )
            .review;
            assert_eq!(found(&on_all_cores), found(&whole));
            assert_eq!(on_all_cores.problems, whole.problems);
        }
    }

    #[test]
    fn repeated_descriptions_are_counted_over_a_large_log() {
        // Over 10,000 rows the descriptions are hashed on every core: each of these is used by
        // exactly four entries, wherever the parts are cut.
        let mut text = String::from("Bates,Date,Author,Recipients,Description,Privilege\n");
        for i in 0..12_000 {
            text.push_str(&format!(
                "E-{i},1980-05-01,Staff,Commission,Staff draft recommendation on the injury decision number {},DPP\n",
                i % 3_000
            ));
        }
        let log = Arc::new(read_log(text.as_bytes()).unwrap());
        let review = review(
            log,
            Mode::Seed,
            &Facts::unknown(),
            &CueChoice::None,
            &LogContext::default(),
        );
        assert_eq!(review.results.len(), 12_000);
        assert!(review.results.iter().all(|r| {
            r.claims[0]
                .findings
                .iter()
                .any(|f| f.rule == LogRule::X2 && f.text.contains("in 4 entries"))
        }));
    }

    #[test]
    fn a_summary_names_each_claim_and_its_outcome_in_words() {
        for privilege in crate::log::Privilege::ALL {
            for outcome in LogOutcome::ALL {
                let claim = Claim::new(privilege, "", Vec::new(), Vec::new(), outcome);
                let result = EntryResult {
                    line: 2,
                    row: 0,
                    name: String::new(),
                    outcome,
                    claims: vec![claim.clone(), claim.clone()],
                    warnings: Vec::new(),
                    verdict: None,
                    cues: Vec::new(),
                    from_cues: Vec::new(),
                    request: Request::default(),
                };
                let one = format!(
                    "{}: {}.",
                    crate::documents::capitalised(privilege.words()),
                    claim.outcome.words().to_lowercase()
                );
                assert_eq!(result.summary(), format!("{one} {one}"));
                assert_eq!(
                    result.assessments(),
                    format!("{}; {}", claim.assessment(), claim.assessment())
                );
            }
        }
    }

    #[test]
    fn bates_form_warnings() {
        assert!(bates_warnings("P-10", "P-12", 1).is_empty());
        assert!(
            bates_warnings("P-12", "P-10", 1)[0]
                .text
                .contains("runs backwards")
        );
        assert!(
            bates_warnings("P-10", "Q-12", 1)[0]
                .text
                .contains("changes prefix")
        );
        assert!(
            bates_warnings("P-10", "", 2)[0]
                .text
                .contains("begins 2 entries")
        );
        assert_eq!(entry_name("", "", 7), "line 7");
    }

    #[test]
    fn unrecognised_columns_are_reported_not_guessed() {
        let log = Arc::new(read_log(b"Bates,Custodian,Description,Privilege\nP-1,J. Doe,Draft options memo on the penalty decision,DPP\n").unwrap());
        let review = review(
            log,
            Mode::Seed,
            &Facts::unknown(),
            &CueChoice::None,
            &LogContext::default(),
        );
        assert_eq!(review.form.len(), 1);
        assert!(review.form[0].contains("Custodian"));
    }
}
