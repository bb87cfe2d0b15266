//! Three-valued evaluation: what the unknown facts could make of the ruling.
//!
//! The procedure reads facts one at a time, so a walk that meets an unknown fact stops and is
//! walked again once per answer. Only facts the procedure actually reads on some path are ever
//! branched on: the cost is the number of paths through §7's decision tree that the stated facts
//! leave open (a few dozen at most), never 2^n in the number of unknowns.
//!
//! An unknown fact is an open question exactly when some completion of the other unknowns gives
//! different rulings for two of its answers (FACTS.md). [`is_open`] decides that by walking the
//! procedure for all answers of the fact side by side, sharing the answers given to every other
//! unknown, and looking for a completion where they part.
//!
//! One relation between facts limits the completions: a need that outweighs the harm
//! (`need_outweighs_harm` = yes) presupposes that a need was shown (§7 step 10). So where
//! `need_shown` or the substantive opposition grounds are unknown, a completion may not give them
//! values that say no need was shown while the need outweighs the harm. [`consistent`] states it.

use super::facts::{Fact, Facts, NeedShown, YES};
use super::outcome::{Outcome, OutcomeSet};
use super::procedure::{SUBSTANTIVE_GROUNDS, decide};
use super::request::Mode;
use super::run::{Need, Run};

/// What the paths through the procedure reach from some stated facts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exploration {
    /// Every ruling some completion reaches.
    pub outcomes: OutcomeSet,
    /// The unknown facts the procedure branched on, or consulted while unknown.
    pub touched: u64,
}

/// Walks every path the unknowns leave open.
pub(crate) fn explore(mode: Mode, facts: Facts) -> Exploration {
    let mut outcomes = OutcomeSet::new();
    let mut touched = 0;
    let mut pending = vec![facts];
    while let Some(values) = pending.pop() {
        let mut run = Run::silent(mode, values);
        let result = decide(&mut run);
        touched |= run.consulted_unknown;
        match result {
            Ok(outcome) => outcomes.insert(outcome),
            Err(need) => {
                touched |= need.fact.bit();
                pending.extend(answers(need).map(|answer| values.with(need.fact, answer)));
            }
        }
    }
    Exploration { outcomes, touched }
}

/// Whether `fact` (unknown in `facts`) is an open question: whether some completion of the other
/// unknowns gives different rulings for two of its answers.
pub(crate) fn is_open(mode: Mode, facts: Facts, fact: Fact) -> bool {
    let unknown_before = unknown_mask(&facts);
    let answer_count = fact.info().domain.len();
    // Each entry is a partial completion of the other unknowns, shared by every answer of `fact`.
    let mut pending = vec![facts];
    'completions: while let Some(shared) = pending.pop() {
        let mut seen: Option<Outcome> = None;
        let mut differ = false;
        for answer in 0..answer_count {
            let values = shared.with(fact, answer);
            match decide(&mut Run::silent(mode, values)) {
                Ok(outcome) => {
                    if !consistent(&values, unknown_before) {
                        continue;
                    }
                    match seen {
                        None => seen = Some(outcome),
                        Some(first) if first != outcome => differ = true,
                        Some(_) => {}
                    }
                }
                Err(need) => {
                    pending.extend(answers(need).map(|a| shared.with(need.fact, a)));
                    continue 'completions;
                }
            }
        }
        if differ {
            return true;
        }
    }
    false
}

/// The rulings still possible once `fact` is given each of its answers, the other unknowns
/// staying unknown.
pub(crate) fn leads_to(mode: Mode, facts: Facts, fact: Fact) -> Vec<(u8, OutcomeSet)> {
    (0..fact.info().domain.len())
        .map(|answer| (answer, explore(mode, facts.with(fact, answer)).outcomes))
        .collect()
}

/// Whether a (partial) completion respects the one relation between facts: where the need is
/// said to outweigh the harm, the facts that were unknown must not say that no need was shown.
/// Facts still unanswered can always be answered consistently.
pub(crate) fn consistent(values: &Facts, unknown_before: u64) -> bool {
    if values.get(Fact::NeedOutweighsHarm) != Some(YES) {
        return true;
    }
    let was_unknown = |fact: Fact| unknown_before & fact.bit() != 0;
    let no_need = values
        .get(Fact::NeedShown)
        .is_some_and(|n| n == NeedShown::None.index() || n == NeedShown::General.index());
    if was_unknown(Fact::NeedShown) && no_need {
        return false;
    }
    let any_ground_was_unknown = SUBSTANTIVE_GROUNDS.iter().any(|g| was_unknown(*g));
    let no_ground = SUBSTANTIVE_GROUNDS
        .iter()
        .all(|g| values.get(*g) == Some(super::facts::NO));
    !(any_ground_was_unknown && no_ground)
}

/// The set of facts unknown in `facts`.
pub(crate) fn unknown_mask(facts: &Facts) -> u64 {
    facts.unknowns().fold(0, |mask, fact| mask | fact.bit())
}

/// The answers a walk stopped at `need` could take.
pub(crate) fn answers(need: Need) -> impl Iterator<Item = u8> {
    (0..need.fact.info().domain.len()).filter(move |a| need.answers & (1 << a) != 0)
}
