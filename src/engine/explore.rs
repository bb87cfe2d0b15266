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

use super::facts::{FACTS, Fact, Facts, NeedShown, YES};
use super::findings::Reason;
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
pub(crate) struct Leaf {
    /// The unknown facts answered on the path.
    pub answered: u64,
    /// The stated facts plus those answers.
    pub values: Facts,
    pub outcome: Outcome,
    /// What the ruling rests on.
    reason: Option<Reason>,
    /// The step of the order of decision (§7) that gives the ruling.
    pub stage: u8,
    /// The fork the path last branched at (an index into the tree's forks; [`ROOT`] for none).
    pub parent: u32,
}

/// The parent of the first walk, which no fork precedes.
pub(crate) const ROOT: u32 = u32::MAX;

/// A place where a walk stopped at an unknown fact: the answers given on the way, and the fact.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fork {
    pub answered: u64,
    pub values: Facts,
    pub need: Need,
    /// The step of the order of decision (§7) the walk stopped at.
    pub stage: u8,
    /// The fork the path last branched at before this one ([`ROOT`] for none).
    pub parent: u32,
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
    /// Where the walks stopped, so that the reasoning's own path (`explain.rs`) is followed
    /// through the tree without walking it again.
    forks: Vec<Fork>,
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
        leaves: Vec::with_capacity(8),
        forks: Vec::with_capacity(8),
        outcomes: OutcomeSet::new(),
        touched: 0,
        consulted: 0,
    };
    let mut pending = Vec::with_capacity(8);
    pending.push((facts, 0u64, ROOT));
    while let Some((values, answered, parent)) = pending.pop() {
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
                    reason: walk.reason,
                    stage: walk.stage,
                    parent,
                });
            }
            Err(need) => {
                let bit = need.fact.bit();
                tree.touched |= bit;
                let here = u32::try_from(tree.forks.len()).unwrap_or(ROOT);
                tree.forks.push(Fork {
                    answered,
                    values,
                    need,
                    stage: walk.stage,
                    parent,
                });
                pending.extend(
                    answers(need)
                        .map(|answer| (values.with(need.fact, answer), answered | bit, here)),
                );
            }
        }
    }
    tree.touched |= tree.consulted;
    tree
}

impl Tree {
    /// The ends of every path (the decision diagram reads where each rules).
    pub fn leaves(&self) -> &[Leaf] {
        &self.leaves
    }

    /// Every place a walk stopped at an unknown fact.
    pub fn forks(&self) -> &[Fork] {
        &self.forks
    }

    /// What a silent walk does with the tree's stated facts and answers to the unknown facts
    /// in `answered` (`values`: the two together): it reaches a ruling resting on a reason, or
    /// stops at an unknown fact. Read off the tree when the walk is one of its own, walked
    /// afresh otherwise.
    pub fn walk(&self, values: &Facts, answered: u64) -> Result<Option<Reason>, Need> {
        // Every walk of the tree starts from its stated facts, so a walk with the same answers
        // to the same unknown facts is the same walk.
        let same = |other: &Facts| {
            let (a, b) = (values.raw(), other.raw());
            let mut bits = answered;
            while bits != 0 {
                let index = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if a.get(index) != b.get(index) {
                    return false;
                }
            }
            true
        };
        if let Some(fork) = self
            .forks
            .iter()
            .find(|fork| fork.answered == answered && same(&fork.values))
        {
            return Err(fork.need);
        }
        if let Some(leaf) = self
            .leaves
            .iter()
            .find(|leaf| leaf.answered == answered && same(&leaf.values))
        {
            return Ok(leaf.reason);
        }
        let mut walk = Walk::silent(self.mode, *values);
        decide(&mut walk).map(|_| walk.reason)
    }

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
        let read_off = self
            .readable(fact)
            .then(|| by_answer(fact, self.leaves.iter()))
            .flatten();
        (0..fact.info().domain.len()).map(move |answer| {
            let outcomes = read_off.and_then(|sets| sets.get(usize::from(answer)).copied());
            (
                answer,
                outcomes.unwrap_or_else(|| self.outcomes_given(&[(fact, answer)])),
            )
        })
    }

    /// The paths kept as answers are given one at a time (see [`Narrowing`]).
    pub fn narrowing(&self) -> Narrowing<'_> {
        Narrowing {
            tree: self,
            given: Vec::new(),
            kept: None,
            readable: true,
        }
    }

    /// Whether `fact` (unknown) is an open question: whether two paths that can hold together
    /// give different rulings for different answers of it.
    pub fn is_open(&self, fact: Fact) -> bool {
        self.open_among(fact.bit()) != 0
    }

    /// Which of `candidates` (unknown facts) are open questions (see [`Tree::is_open`]).
    ///
    /// A verdict asks this of every unknown fact the exploration touched, so the paths are
    /// compared pair by pair once for all of them rather than once per fact: what decides
    /// whether two paths can hold together (the facts both answered, differently) does not
    /// depend on the fact asked about, except that the fact's own answers may differ.
    pub fn open_among(&self, candidates: u64) -> u64 {
        let mut open = 0u64;
        let mut readable = 0u64;
        for fact in facts_in(candidates) {
            if self.readable(fact) {
                readable |= fact.bit();
            } else if is_open(self.mode, self.facts, fact) {
                open |= fact.bit();
            }
        }
        let unknown_before = unknown_mask(&self.facts);
        for (i, first) in self.leaves.iter().enumerate() {
            for second in self.leaves.iter().skip(i + 1) {
                let remaining = readable & !open;
                if remaining == 0 {
                    return open;
                }
                if first.outcome == second.outcome {
                    continue;
                }
                // Paths that answered two facts differently never hold together, whichever
                // fact is asked about; one fact answered differently can only be that fact.
                // A first fact answered differently that is not a candidate settles the pair.
                let mut differ = 0u64;
                let mut apart = false;
                let (a, b) = (first.values.raw(), second.values.raw());
                let mut both = first.answered & second.answered;
                while both != 0 {
                    let index = both.trailing_zeros() as usize;
                    both &= both - 1;
                    if a.get(index) != b.get(index) {
                        let bit = 1u64 << index;
                        apart = differ != 0 || remaining & bit == 0;
                        differ |= bit;
                        if apart {
                            break;
                        }
                    }
                }
                if apart {
                    continue;
                }
                let asked = if differ == 0 {
                    remaining
                } else {
                    remaining & differ
                };
                if asked == 0 {
                    continue;
                }
                let merged = || {
                    let mut merged = first.values;
                    for f in facts_in(second.answered) {
                        merged.set(f, second.values.get(f));
                    }
                    merged
                };
                // The relation between facts reads only the need and the balance, so for any
                // other fact it holds for every answer alike; and it always holds unless the
                // need is said to outweigh the harm.
                let balance = if second.answered & Fact::NeedOutweighsHarm.bit() != 0 {
                    second.values.get(Fact::NeedOutweighsHarm)
                } else {
                    first.values.get(Fact::NeedOutweighsHarm)
                };
                let holds = balance != Some(YES) || consistent(&merged(), unknown_before);
                for fact in facts_in(asked) {
                    let count = fact.info().domain.len();
                    let range = |leaf: &Leaf| -> (u8, u8) {
                        if leaf.answered & fact.bit() == 0 {
                            (0, count)
                        } else {
                            let answer = leaf.values.get(fact).unwrap_or(0);
                            (answer, answer + 1)
                        }
                    };
                    let (a_from, a_to) = range(first);
                    let (b_from, b_to) = range(second);
                    let parts = if fact == Fact::NeedOutweighsHarm {
                        let merged = merged();
                        (a_from..a_to).any(|a| {
                            (b_from..b_to).filter(|b| *b != a).any(|b| {
                                consistent(&merged.with(fact, a), unknown_before)
                                    && consistent(&merged.with(fact, b), unknown_before)
                            })
                        })
                    } else {
                        holds && (a_from..a_to).any(|a| (b_from..b_to).any(|b| b != a))
                    };
                    if parts {
                        open |= fact.bit();
                    }
                }
            }
        }
        open
    }
}

/// For each answer of `fact` (readable), the rulings on `leaves` under it, gathered in one pass:
/// a path that never read the fact holds under every answer, one that did under its own.
fn by_answer<'l>(
    fact: Fact,
    leaves: impl Iterator<Item = &'l Leaf>,
) -> Option<[OutcomeSet; MAX_ANSWERS]> {
    let count = usize::from(fact.info().domain.len());
    if count > MAX_ANSWERS {
        return None;
    }
    let mut sets = [OutcomeSet::new(); MAX_ANSWERS];
    for leaf in leaves {
        if leaf.answered & fact.bit() == 0 {
            for outcomes in sets.iter_mut().take(count) {
                outcomes.insert(leaf.outcome);
            }
        } else if let Some(outcomes) = leaf
            .values
            .get(fact)
            .and_then(|answer| sets.get_mut(usize::from(answer)))
        {
            outcomes.insert(leaf.outcome);
        }
    }
    Some(sets)
}

/// The paths that agree with answers given one at a time, as the reasoning follows its own path
/// (`explain.rs`): each answer given narrows the paths kept, so the rulings under the next
/// fact's answers are read off the paths still kept rather than off every path again. The same
/// rulings as [`Tree::outcomes_given`] with every answer given so far.
pub(crate) struct Narrowing<'t> {
    tree: &'t Tree,
    given: Vec<(Fact, u8)>,
    /// The indices of the paths that agree with every answer given (none given yet: all).
    kept: Option<Vec<usize>>,
    /// Whether every fact given can be read off the paths; once one cannot, the rulings are
    /// found by walking again, as [`Tree::outcomes_given`] does.
    readable: bool,
}

impl Narrowing<'_> {
    /// For each of `answers` of `fact`, the rulings still possible once it is given too.
    pub fn branches(
        &mut self,
        fact: Fact,
        answers: impl Iterator<Item = u8>,
    ) -> Vec<(u8, OutcomeSet)> {
        let tree = self.tree;
        let read_off = (self.readable && tree.readable(fact))
            .then(|| match &self.kept {
                Some(kept) => by_answer(fact, kept.iter().filter_map(|i| tree.leaves.get(*i))),
                None => by_answer(fact, tree.leaves.iter()),
            })
            .flatten();
        answers
            .map(|answer| {
                let outcomes = match read_off {
                    Some(sets) => sets.get(usize::from(answer)).copied().unwrap_or_default(),
                    None => {
                        self.given.push((fact, answer));
                        let outcomes = tree.outcomes_given(&self.given);
                        self.given.pop();
                        outcomes
                    }
                };
                (answer, outcomes)
            })
            .collect()
    }

    /// Gives `fact` the answer `answer`.
    pub fn give(&mut self, fact: Fact, answer: u8) {
        self.given.push((fact, answer));
        if self.readable && self.tree.readable(fact) {
            let leaves = &self.tree.leaves;
            let agrees = |leaf: &Leaf| {
                leaf.answered & fact.bit() == 0 || leaf.values.get(fact) == Some(answer)
            };
            match &mut self.kept {
                Some(kept) => kept.retain(|i| leaves.get(*i).is_some_and(agrees)),
                None => {
                    self.kept = Some(
                        (0..leaves.len())
                            .filter(|i| leaves.get(*i).is_some_and(agrees))
                            .collect(),
                    );
                }
            }
        } else {
            self.readable = false;
        }
    }
}

/// The facts in a set, in questionnaire order (bit by bit: a set holds few facts, and this is
/// asked of every pair of paths).
pub(crate) fn facts_in(mut set: u64) -> impl Iterator<Item = Fact> {
    std::iter::from_fn(move || {
        while set != 0 {
            let index = set.trailing_zeros() as usize;
            set &= set - 1;
            if let Some(info) = FACTS.get(index) {
                return Some(info.fact);
            }
        }
        None
    })
}

/// The most answers any fact has (`leads_to` gathers them side by side).
const MAX_ANSWERS: usize = 16;

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
