//! Checking every entry of a log: the engine's verdict (with accepted cues), the adequacy checks,
//! and the cue suggestions. Identical fact sets are decided once.

use super::adequacy::{Deficiency, deficiencies, description_counts, description_key};
use super::cues::{Cue, cues};
use super::read::{LogField, PrivilegeLog, RowProblem, row_facts};
use crate::engine::{Fact, Facts, Mode, Request, Ruling, Verdict, evaluate};
use serde::{Deserialize, Serialize};
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
    /// The engine's verdict (shared by entries with the same facts).
    pub verdict: Arc<Verdict>,
    /// The shortcomings of the entry as a log entry.
    pub deficiencies: Vec<Deficiency>,
    /// Facts its description suggests.
    pub cues: Vec<Cue>,
    /// The facts that came from accepted cues (the row did not state them).
    pub from_cues: Vec<Fact>,
    /// What the verdict was given: the mode, and the entry's facts with the dispute's and the
    /// accepted cues'.
    pub request: Request,
}

impl EntryResult {
    /// The entry's outcome: the verdict's, or `out_of_scope` where the privilege asserted is not
    /// this privilege.
    pub fn outcome(&self) -> &'static str {
        if self.out_of_scope() {
            "out_of_scope"
        } else {
            self.verdict.outcome.name()
        }
    }

    /// The one-sentence summary for this entry.
    pub fn summary(&self) -> std::borrow::Cow<'_, str> {
        match self.deficiencies.iter().find_map(|d| match d {
            Deficiency::OutOfScope(asserted) => Some(asserted),
            _ => None,
        }) {
            Some(asserted) => std::borrow::Cow::Owned(format!(
                "The privilege asserted ({asserted}) is not executive or deliberative-process privilege; this checker does not decide it."
            )),
            None => std::borrow::Cow::Borrowed(self.verdict.summary.as_str()),
        }
    }

    fn out_of_scope(&self) -> bool {
        self.deficiencies
            .iter()
            .any(|d| matches!(d, Deficiency::OutOfScope(_)))
    }
}

/// A whole log reviewed.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// Every readable entry, in file order.
    pub results: Vec<EntryResult>,
    /// Rows that could not be read or checked, with their lines.
    pub problems: Vec<RowProblem>,
}

impl Review {
    /// How many entries reached each outcome.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for result in &self.results {
            *counts.entry(result.outcome()).or_insert(0) += 1;
        }
        counts
    }

    /// How many entries have each deficiency.
    pub fn deficiency_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for d in self.results.iter().flat_map(|r| &r.deficiencies) {
            *counts.entry(d.code()).or_insert(0) += 1;
        }
        counts
    }
}

/// Checks every entry of `log` in `mode`. `defaults` are facts of the whole dispute (the setting,
/// the posture, the opposition), applied to every entry that does not state them itself; the
/// cues `choice` accepts fill in what is still unknown.
pub fn review(log: Arc<PrivilegeLog>, mode: Mode, defaults: &Facts, choice: &CueChoice) -> Review {
    let mut reviewer = Reviewer::new(log, mode, *defaults, choice.clone());
    while !reviewer.step(usize::MAX) {}
    reviewer.finish()
}

/// [`review`] on every core: the rows cut into one part per thread, checked side by side, the
/// results joined in file order. The same results as [`review`]. The command line uses it.
#[cfg(not(target_arch = "wasm32"))]
pub fn review_on_all_cores(
    log: Arc<PrivilegeLog>,
    mode: Mode,
    defaults: &Facts,
    choice: &CueChoice,
) -> Review {
    let threads = super::cores();
    let parts = Reviewer::new(log, mode, *defaults, choice.clone()).split(threads);
    let reviews = std::thread::scope(|scope| {
        let running: Vec<_> = parts
            .into_iter()
            .map(|mut part| {
                scope.spawn(move || {
                    while !part.step(usize::MAX) {}
                    part.finish()
                })
            })
            .collect();
        running
            .into_iter()
            // A part cannot panic (the engine and readers deny it); if one did, the panic goes on
            // rather than an entry going missing.
            .map(|thread| thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect::<Vec<_>>()
    });
    Reviewer::join(reviews)
}

/// `f` of every item, in order; natively, a large slice is cut into one part per core.
#[cfg(not(target_arch = "wasm32"))]
fn map_on_all_cores<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    /// Below this, threads cost more than they save.
    const WORTH_THREADS: usize = 10_000;
    let threads = super::cores();
    if items.len() < WORTH_THREADS || threads == 1 {
        return items.iter().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| {
                (
                    part,
                    scope.spawn(move || part.iter().map(f).collect::<Vec<U>>()),
                )
            })
            .collect();
        let mut all = Vec::with_capacity(items.len());
        for (part, thread) in parts {
            match thread.join() {
                Ok(mapped) => all.extend(mapped),
                // A part whose thread failed is mapped again here: never a gap in the order.
                Err(_) => all.extend(part.iter().map(f)),
            }
        }
        all
    })
}

/// A review in progress, a slice of rows at a time (so that a page can show progress and stop).
pub struct Reviewer {
    log: Arc<PrivilegeLog>,
    mode: Mode,
    defaults: Facts,
    choice: CueChoice,
    columns: Vec<(LogField, usize)>,
    present: Vec<LogField>,
    keys: Arc<Vec<Option<u64>>>,
    counts: Arc<HashMap<u64, usize>>,
    verdicts: HashMap<u128, Arc<Verdict>>,
    next: usize,
    /// Where this review stops (the log's end, or the end of its part: see [`Reviewer::split`]).
    end: usize,
    review: Review,
}

impl Reviewer {
    /// Prepares the review: finds the columns and counts repeated descriptions over the whole log.
    pub fn new(log: Arc<PrivilegeLog>, mode: Mode, defaults: Facts, choice: CueChoice) -> Reviewer {
        let columns: Vec<(LogField, usize)> = LogField::DESCRIPTIVE
            .into_iter()
            .filter_map(|f| log.column(f).map(|i| (f, i)))
            .collect();
        let present = columns.iter().map(|(f, _)| *f).collect();
        let description_column = columns
            .iter()
            .find(|(f, _)| *f == LogField::Description)
            .map(|(_, i)| *i);
        let key = |(_, cells): &(u64, csv::StringRecord)| {
            description_column
                .and_then(|i| cells.get(i))
                .and_then(description_key)
        };
        #[cfg(not(target_arch = "wasm32"))]
        let keys = map_on_all_cores(&log.rows, key);
        #[cfg(target_arch = "wasm32")]
        let keys: Vec<Option<u64>> = log.rows.iter().map(key).collect();
        let counts = Arc::new(description_counts(keys.iter().copied()));
        let keys = Arc::new(keys);
        let review = Review {
            results: Vec::with_capacity(log.rows.len()),
            problems: log.problems.clone(),
        };
        Reviewer {
            mode,
            defaults,
            choice,
            columns,
            present,
            keys,
            counts,
            verdicts: HashMap::new(),
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
            pieces.push(Reviewer {
                log: Arc::clone(&self.log),
                mode: self.mode,
                defaults: self.defaults,
                choice: self.choice.clone(),
                columns: self.columns.clone(),
                present: self.present.clone(),
                keys: Arc::clone(&self.keys),
                counts: Arc::clone(&self.counts),
                verdicts: HashMap::new(),
                next: start,
                end,
                review: Review {
                    results: Vec::with_capacity(end - start),
                    // The rows the reader could not read are reported once, by the first part.
                    problems: if pieces.is_empty() {
                        self.review.problems.clone()
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
        let mut whole = Review::default();
        for part in parts {
            whole.results.extend(part.results);
            whole.problems.extend(part.problems);
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
        let log = Arc::clone(&self.log);
        let end = self.next.saturating_add(rows).min(self.end);
        for row in self.next..end {
            if let Some((line, cells)) = log.rows.get(row) {
                self.check(row, *line, cells);
            }
        }
        self.next = end;
        self.next >= self.end
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
        facts.fill_from(&self.defaults);
        let columns = &self.columns;
        let cell = |field: LogField| {
            columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, i)| cells.get(*i))
        };
        let suggested = cell(LogField::Description).map(cues).unwrap_or_default();
        let mut from_cues = Vec::new();
        if self.choice.accepts(row) {
            for cue in &suggested {
                if facts.get(cue.fact).is_none() {
                    facts.set(cue.fact, Some(cue.value));
                    from_cues.push(cue.fact);
                }
            }
        }
        let request = Request {
            mode: self.mode,
            facts,
        };
        let verdict = self
            .verdicts
            .entry(request.key())
            .or_insert_with(|| Arc::new(evaluate(&request)))
            .clone();
        let repeats = self
            .keys
            .get(row)
            .copied()
            .flatten()
            .and_then(|k| self.counts.get(&k))
            .copied();
        let deficiencies = deficiencies(&self.present, cell, repeats.unwrap_or(0));
        self.review.results.push(EntryResult {
            line,
            row,
            verdict,
            deficiencies,
            cues: suggested,
            from_cues,
            request,
        });
    }
}

/// Whether a result's verdict is decided (for filters).
pub fn decided(result: &EntryResult) -> bool {
    matches!(result.verdict.outcome, Ruling::Decided(_))
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::log::read_log;

    const LOG: &str = "Entry ID,Date,Author,Recipients,Description,Privilege Asserted,formal_claim,claimant,personal_review,affidavit\n\
        1,1980-05-01,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,yes,yes\n\
        2,1980-05-02,Staff,Commission,Staff draft recommendation on pros and cons of a negative determination,Deliberative process,yes,agency_head,no,yes\n\
        3,,,,Privileged,Attorney-client,,,,\n\
        4,1980-05-03,Staff,Commission,Final determination as adopted by the Commission in May,DPP,yes,agency_head,yes,yes\n\
        5,1980-05-03,Staff,Commission,bad value,DPP,maybe,agency_head,yes,yes\n";

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

    #[test]
    fn every_entry_gets_a_verdict_and_its_deficiencies() {
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        let review = review(log.clone(), Mode::Full, &dispute(), &CueChoice::None);
        assert_eq!(review.results.len(), 4);
        assert_eq!(
            review.problems,
            vec![RowProblem {
                line: 6,
                reason: "formal_claim: \"maybe\" is not yes/no/y/n/true/false/1/0 or blank".into()
            }]
        );
        assert_eq!(review.results[1].outcome(), "claim_defective");
        assert_eq!(review.results[2].outcome(), "out_of_scope");
        let codes: Vec<&str> = review.results[2]
            .deficiencies
            .iter()
            .map(Deficiency::code)
            .collect();
        assert_eq!(
            codes,
            vec![
                "missing_author",
                "missing_date",
                "missing_recipients",
                "too_short",
                "no_subject_matter",
                "out_of_scope"
            ]
        );
        assert!(review.results[0].from_cues.is_empty());
        assert!(!review.results[0].cues.is_empty());
    }

    #[test]
    fn accepted_cues_feed_the_verdict_and_are_named() {
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        let none = review(log.clone(), Mode::Full, &dispute(), &CueChoice::None);
        let all = review(log.clone(), Mode::Full, &dispute(), &CueChoice::All);
        assert_eq!(none.results[3].verdict.decided(), None);
        assert_eq!(
            all.results[3].outcome(),
            "privilege_inapplicable",
            "post-decisional from the cue"
        );
        assert_eq!(all.results[3].from_cues, vec![Fact::PostDecisional]);
        let one = review(
            log.clone(),
            Mode::Full,
            &dispute(),
            &CueChoice::Entries([0].into_iter().collect()),
        );
        assert_eq!(
            one.results[0].from_cues,
            vec![Fact::Deliberative, Fact::Predecisional]
        );
        assert!(one.results[3].from_cues.is_empty());
    }

    /// What a review found about one entry: line, row, outcome, deficiencies, facts from cues.
    type Found = (u64, usize, &'static str, Vec<&'static str>, Vec<Fact>);

    /// What a review found, in a form that compares.
    fn found(review: &Review) -> Vec<Found> {
        review
            .results
            .iter()
            .map(|r| {
                (
                    r.line,
                    r.row,
                    r.outcome(),
                    r.deficiencies.iter().map(Deficiency::code).collect(),
                    r.from_cues.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_review_cut_into_parts_and_joined_is_the_same_review() {
        let log = Arc::new(read_log(LOG.as_bytes()).unwrap());
        let whole = review(log.clone(), Mode::Full, &dispute(), &CueChoice::All);
        for parts in 1..=6 {
            let pieces =
                Reviewer::new(log.clone(), Mode::Full, dispute(), CueChoice::All).split(parts);
            assert!((1..=parts).contains(&pieces.len()), "{parts} parts");
            let joined = Reviewer::join(pieces.into_iter().map(|mut piece| {
                while !piece.step(1) {}
                piece.finish()
            }));
            assert_eq!(found(&joined), found(&whole), "{parts} parts");
            assert_eq!(joined.problems, whole.problems, "{parts} parts");
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let on_all_cores = review_on_all_cores(log, Mode::Full, &dispute(), &CueChoice::All);
            assert_eq!(found(&on_all_cores), found(&whole));
            assert_eq!(on_all_cores.problems, whole.problems);
        }
    }

    #[test]
    fn repeated_descriptions_are_counted_over_a_large_log() {
        // Over 10,000 rows the descriptions are hashed on every core: each of these is used by
        // exactly four entries, wherever the parts are cut.
        let mut text = String::from("Entry ID,Date,Author,Recipients,Description\n");
        for i in 0..12_000 {
            text.push_str(&format!(
                "E-{i},1980-05-01,Staff,Commission,Staff memorandum on the injury question number {}\n",
                i % 3_000
            ));
        }
        let log = Arc::new(read_log(text.as_bytes()).unwrap());
        let review = review(log, Mode::Seed, &Facts::unknown(), &CueChoice::None);
        assert_eq!(review.results.len(), 12_000);
        assert!(
            review
                .results
                .iter()
                .all(|r| r.deficiencies == vec![Deficiency::Boilerplate(4)])
        );
    }
}
