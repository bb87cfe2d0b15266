//! Three-valued evaluation: what the unknown facts could make of the ruling.
//!
//! The procedure reads facts one at a time, so a walk that meets an unknown fact stops and is
//! walked again once per answer. Only facts the procedure actually reads on some path are ever
//! branched on: the cost is the number of paths through the decision tree that the stated facts
//! leave open (a few dozen at most), never 2^n in the number of unknowns.
//!
//! An unknown fact is an open question exactly when some completion of the other unknowns gives
//! different rulings for two of its answers (`docs/contract.md`). [`is_open`] decides that by walking the
//! procedure for all answers of the fact side by side, sharing the answers given to every other
//! unknown, and looking for a completion where they part.
//!
//! One relation between facts limits the completions: a need that outweighs the harm
//! (`need_outweighs_harm` = yes) presupposes that a need was shown (the balance, step 10). So where
//! `need_shown` or the substantive opposition grounds are unknown, a completion may not give them
//! values that say no need was shown while the need outweighs the harm. [`consistent`] states it.

use super::facts::{Fact, Facts, NeedShown, YES};
use super::outcome::{Outcome, OutcomeSet};
use super::procedure::{SUBSTANTIVE_GROUNDS, decide};
use super::request::Mode;
use super::trace::{Need, Walk};

/// Every ruling some completion of the unknowns reaches.
pub(crate) fn explore(mode: Mode, facts: Facts) -> OutcomeSet {
    grow(mode, facts).outcomes
}

/// One end of a path through the procedure: the answers given on the way, and the ruling.
#[derive(Debug, Clone, Copy)]
struct Leaf {
    /// The unknown facts answered on the path.
    answered: u64,
    /// The stated facts plus those answers.
    values: Facts,
    outcome: Outcome,
}

/// Every path the unknowns leave open, kept so that questions about single answers can be read
/// off the paths instead of walking again.
///
/// A walk reads only the facts on its path, so fixing an unknown fact to one answer keeps exactly
/// the paths that gave it that answer or never read it. That holds for every fact the procedure
/// branches on; the facts a test reads only when stated (and `need_shown`, whose answers the
/// balance limits) are walked afresh instead.
#[derive(Debug, Clone)]
pub(crate) struct Tree {
    mode: Mode,
    facts: Facts,
    leaves: Vec<Leaf>,
    /// Every ruling some completion reaches.
    pub outcomes: OutcomeSet,
    /// The unknown facts the procedure branched on, or consulted while unknown.
    pub touched: u64,
    consulted: u64,
}

/// Walks every path the unknowns leave open, keeping the ends.
pub(crate) fn grow(mode: Mode, facts: Facts) -> Tree {
    let mut tree = Tree {
        mode,
        facts,
        leaves: Vec::new(),
        outcomes: OutcomeSet::new(),
        touched: 0,
        consulted: 0,
    };
    let mut pending = vec![(facts, 0u64)];
    while let Some((values, answered)) = pending.pop() {
        let mut walk = Walk::silent(mode, values);
        let result = decide(&mut walk);
        tree.consulted |= walk.consulted_unknown;
        match result {
            Ok(outcome) => {
                tree.outcomes.insert(outcome);
                tree.leaves.push(Leaf {
                    answered,
                    values,
                    outcome,
                });
            }
            Err(need) => {
                let bit = need.fact.bit();
                tree.touched |= bit;
                pending.extend(
                    answers(need).map(|answer| (values.with(need.fact, answer), answered | bit)),
                );
            }
        }
    }
    tree.touched |= tree.consulted;
    tree
}

impl Tree {
    /// Whether answers to `fact` can be read off the paths (see [`Tree`]).
    fn readable(&self, fact: Fact) -> bool {
        self.consulted & fact.bit() == 0
            && fact != Fact::NeedShown
            && !SUBSTANTIVE_GROUNDS.contains(&fact)
    }

    /// The rulings still possible once the unknown facts in `given` have those answers.
    pub fn outcomes_given(&self, given: &[(Fact, u8)]) -> OutcomeSet {
        if given.iter().all(|(fact, _)| self.readable(*fact)) {
            self.leaves
                .iter()
                .filter(|leaf| {
                    given.iter().all(|(fact, answer)| {
                        leaf.answered & fact.bit() == 0 || leaf.values.get(*fact) == Some(*answer)
                    })
                })
                .map(|leaf| leaf.outcome)
                .collect()
        } else {
            let mut values = self.facts;
            for (fact, answer) in given {
                values.set(*fact, Some(*answer));
            }
            explore(self.mode, values)
        }
    }

    /// For each answer of `fact`, the rulings still possible once it is given (`leads_to`).
    pub fn leads_to(&self, fact: Fact) -> impl Iterator<Item = (u8, OutcomeSet)> + '_ {
        (0..fact.info().domain.len())
            .map(move |answer| (answer, self.outcomes_given(&[(fact, answer)])))
    }

    /// Whether `fact` (unknown) is an open question: whether two paths that can hold together
    /// give different rulings for different answers of it.
    pub fn is_open(&self, fact: Fact) -> bool {
        if !self.readable(fact) {
            return is_open(self.mode, self.facts, fact);
        }
        let unknown_before = unknown_mask(&self.facts);
        let bit = fact.bit();
        let all_answers = |leaf: &Leaf| -> (u8, u8) {
            if leaf.answered & bit == 0 {
                (0, fact.info().domain.len())
            } else {
                let answer = leaf.values.get(fact).unwrap_or(0);
                (answer, answer + 1)
            }
        };
        for (i, first) in self.leaves.iter().enumerate() {
            for second in self.leaves.iter().skip(i + 1) {
                if first.outcome == second.outcome {
                    continue;
                }
                let shared = first.answered & second.answered & !bit;
                let clash = Fact::all()
                    .any(|f| shared & f.bit() != 0 && first.values.get(f) != second.values.get(f));
                if clash {
                    continue;
                }
                let mut merged = first.values;
                for f in Fact::all().filter(|f| second.answered & f.bit() != 0) {
                    merged.set(f, second.values.get(f));
                }
                let (a_from, a_to) = all_answers(first);
                let (b_from, b_to) = all_answers(second);
                for a in a_from..a_to {
                    for b in (b_from..b_to).filter(|b| *b != a) {
                        if consistent(&merged.with(fact, a), unknown_before)
                            && consistent(&merged.with(fact, b), unknown_before)
                        {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }
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
            match decide(&mut Walk::silent(mode, values)) {
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
