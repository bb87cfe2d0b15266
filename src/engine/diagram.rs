//! The decision procedure drawn: the steps of the order of decision (`docs/doctrine.md`, "The
//! order of decision") that the mode applies, the rulings each can give, and where the facts
//! take the dispute. Pure data; the page draws it (`app/components/decision_diagram.rs`).
//!
//! Nothing here is written by hand that the procedure itself can tell: which steps a mode
//! applies, and which rulings each step can give, are read off the tree of every path an
//! entirely unknown dispute leaves open (grown once per mode). Where the stated facts take the
//! dispute is read off the verdict's own tree: a step is **passed** when every path that reaches
//! it goes on, **decides** when every path that reaches it ends there in one ruling, **open**
//! when the open questions leave both (or more than one ruling) possible there, and **not
//! reached** when no path gets to it.
//!
//! The paths compared are those that agree with the reasoning on every unknown fact that is no
//! open question: such a fact changes nothing the reader must decide, so the diagram follows it
//! as the reasoning does (`explain.rs`) rather than showing a branch that leads nowhere new.

use super::explain::ordinary_answer;
use super::explore::{Leaf, Tree, grow};
use super::facts::{FACT_COUNT, Fact, Facts};
use super::outcome::{Outcome, OutcomeSet, Ruling};
use super::procedure::{BALANCE, decide};
use super::request::Mode;
use super::rules::RuleId;
use super::trace::Walk;
use super::verdict::Verdict;
use super::vocabulary::{Forum, answer_in_sentence, outcome_label};
use std::sync::OnceLock;

/// Where the facts leave one step of the order of decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Every path that reaches the step goes on past it.
    Passed,
    /// Every path that reaches the step ends there, in one ruling.
    Decides,
    /// The open questions decide whether the step ends the matter, or in which ruling.
    Open,
    /// No path reaches the step: an earlier step rules.
    NotReached,
}

impl Status {
    /// A name for styling and tests (`data-status`): never shown.
    pub fn name(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Decides => "decides",
            Status::Open => "open",
            Status::NotReached => "not-reached",
        }
    }

    /// The status in words.
    pub fn label(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Decides => "decides",
            Status::Open => "open",
            Status::NotReached => "not reached",
        }
    }
}

/// Whether a ruling a step can give is given there on these facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulingState {
    /// The verdict is decided, and this is where and how.
    Decided,
    /// Some answer to the open questions ends the matter here with this ruling.
    Possible,
    /// The step can give this ruling, but not on these facts.
    RuledOut,
}

impl RulingState {
    /// A name for styling and tests (`data-ruling`): never shown.
    pub fn name(self) -> &'static str {
        match self {
            RulingState::Decided => "decided",
            RulingState::Possible => "possible",
            RulingState::RuledOut => "ruled-out",
        }
    }
}

/// A ruling one step can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageRuling {
    /// The ruling.
    pub outcome: Outcome,
    /// Whether the facts give it here.
    pub state: RulingState,
    /// Whether the reasoning's own path ends here with it (decided, or the answer the
    /// reasoning follows for the open questions).
    pub on_path: bool,
}

/// One step of the order of decision, on these facts.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// Its number in the order of decision (1 to 10).
    pub number: u8,
    /// What it decides, in plain words.
    pub title: &'static str,
    /// What going on past it means, as a clause ("no state secret is claimed").
    pub passing: &'static str,
    /// The rules it applies in this mode.
    pub rules: &'static [RuleId],
    /// Where the facts leave it.
    pub status: Status,
    /// Whether the reasoning's own path reaches it (passing it, or ending there).
    pub on_path: bool,
    /// Every ruling it can give in this mode, in the order O1–O10.
    pub rulings: Vec<StageRuling>,
    /// The open questions whose answers decide whether it ends the matter, or how.
    pub open_questions: Vec<Fact>,
    /// The unknown facts first read here on the reasoning's path, with the answer the reasoning
    /// follows (see the reasoning's "Not stated" steps).
    pub followed: Vec<(Fact, u8)>,
    /// The first step of the reasoning ([`Verdict::steps`]) this step gives, if any.
    pub first_step: Option<usize>,
    /// The step of the reasoning a link from this step goes to: its own first step; else the
    /// first the reasoning gives after it (it passed without a word); else, for a step never
    /// reached, the first step of the ruling that ends the matter before it.
    pub link_step: Option<usize>,
}

/// The decision procedure as the verdict's facts leave it.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    /// The mode applied.
    pub mode: Mode,
    /// The forum whose words the rulings are given in.
    pub forum: Forum,
    /// The verdict's ruling.
    pub ruling: Ruling,
    /// The steps the mode applies, in order.
    pub stages: Vec<Stage>,
    /// The step where the reasoning's path ends.
    pub lands_at: u8,
    /// The ruling the reasoning's path ends in (the ruling itself, when decided).
    pub landing: Option<Outcome>,
}

/// The steps of the order of decision that can rule, with their words and rules.
struct StageInfo {
    number: u8,
    title: &'static str,
    passing: &'static str,
    seed_passing: Option<&'static str>,
    seed_rules: &'static [RuleId],
    full_rules: &'static [RuleId],
}

use RuleId as R;

/// The steps 1–10 of the order of decision (step 0 only records objections and never rules:
/// it is not drawn). The rules each applies are those its findings cite and its tests ask by
/// (`procedure.rs`); a test checks every step of reasoning against them.
const STAGES: [StageInfo; 10] = [
    StageInfo {
        number: 1,
        title: "Extension of time",
        passing: "no extension of time puts off the ruling",
        seed_passing: None,
        seed_rules: &[R::R8],
        full_rules: &[R::R8, R::D13],
    },
    StageInfo {
        number: 2,
        title: "State secrets",
        passing: "no military or state secret is claimed",
        seed_passing: None,
        seed_rules: &[R::R2, R::R3],
        full_rules: &[R::R2, R::D1, R::D3, R::D11],
    },
    StageInfo {
        number: 3,
        title: "Presidential communications",
        passing: "not a presidential communication within the privilege",
        seed_passing: Some("the claim is not the President's"),
        seed_rules: &[R::R1, R::R3],
        full_rules: &[R::D8, R::D10c, R::D11],
    },
    StageInfo {
        number: 4,
        title: "Threshold: an internal government communication?",
        passing: "an internal government communication",
        seed_passing: None,
        seed_rules: &[],
        full_rules: &[R::D6],
    },
    StageInfo {
        number: 5,
        title: "FOIA Exemption 5",
        passing: "not a FOIA suit",
        seed_passing: None,
        seed_rules: &[],
        full_rules: &[R::D10, R::D5, R::R1, R::D10a, R::D10b, R::D10c, R::D10d],
    },
    StageInfo {
        number: 6,
        title: "Invocation of the privilege",
        passing: "the privilege was properly invoked",
        seed_passing: None,
        seed_rules: &[R::R3],
        full_rules: &[R::R3, R::D2, R::D3],
    },
    StageInfo {
        number: 7,
        title: "Category: predecisional and deliberative",
        passing: "within the protected category",
        seed_passing: None,
        seed_rules: &[R::R1],
        full_rules: &[R::R1, R::D5],
    },
    StageInfo {
        number: 8,
        title: "Factual dispute",
        passing: "no factual dispute or segregable facts stop the claim",
        seed_passing: Some("no factual dispute calls for inspection"),
        seed_rules: &[R::R9, R::R10],
        full_rules: &[R::R9, R::R10, R::D4, R::D11],
    },
    StageInfo {
        number: 9,
        title: "Government misconduct",
        passing: "no government misconduct is in issue",
        seed_passing: None,
        seed_rules: &[],
        full_rules: &[R::D7],
    },
    StageInfo {
        number: 10,
        title: "Balance of need and harm",
        passing: "the balance always rules",
        seed_passing: None,
        seed_rules: &[R::R4, R::R5, R::R6, R::R11, R::R13],
        full_rules: &[R::R4, R::R5, R::R6, R::R11, R::R13, R::D7, R::D9, R::D11],
    },
];

/// What a mode's procedure can do at each step, whatever the facts: whether the step applies
/// (some path reads a fact there or rules there), and the rulings it can give.
#[derive(Clone, Copy, Debug, Default)]
struct Reach {
    applies: bool,
    rulings: OutcomeSet,
}

/// Steps 0–10, indexed by number.
type Procedure = [Reach; BALANCE as usize + 1];

/// The procedure of `mode`, read off the tree of a dispute of which nothing is known: every
/// path the procedure can take, so every step it can reach and every ruling each can give.
fn procedure(mode: Mode) -> &'static Procedure {
    static SEED: OnceLock<Procedure> = OnceLock::new();
    static FULL: OnceLock<Procedure> = OnceLock::new();
    let cell = match mode {
        Mode::Seed => &SEED,
        Mode::Full => &FULL,
    };
    cell.get_or_init(|| {
        let tree = grow(mode, Facts::unknown());
        let mut reach = Procedure::default();
        for leaf in tree.leaves() {
            if let Some(step) = reach.get_mut(usize::from(leaf.stage)) {
                step.applies = true;
                step.rulings.insert(leaf.outcome);
            }
        }
        for fork in tree.forks() {
            if let Some(step) = reach.get_mut(usize::from(fork.stage)) {
                step.applies = true;
            }
        }
        reach
    })
}

/// The steps `mode` applies, in order (1–10).
pub fn stages_applied(mode: Mode) -> impl Iterator<Item = u8> {
    let reach = procedure(mode);
    STAGES
        .iter()
        .map(|info| info.number)
        .filter(move |n| reach.get(usize::from(*n)).is_some_and(|r| r.applies))
}

/// Every ruling step `stage` can give in `mode`.
pub fn rulings_at(mode: Mode, stage: u8) -> OutcomeSet {
    procedure(mode)
        .get(usize::from(stage))
        .map(|r| r.rulings)
        .unwrap_or_default()
}

/// The rules step `stage` applies in `mode` (empty for a step it does not apply).
pub fn rules_at(mode: Mode, stage: u8) -> &'static [RuleId] {
    STAGES
        .iter()
        .find(|info| info.number == stage)
        .map_or(&[], |info| match mode {
            Mode::Seed => info.seed_rules,
            Mode::Full => info.full_rules,
        })
}

/// What one path does at one step: ends there in a ruling, or goes on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Ends(Outcome),
    GoesOn,
}

fn fate(leaf: &Leaf, stage: u8) -> Fate {
    if leaf.stage == stage {
        Fate::Ends(leaf.outcome)
    } else {
        Fate::GoesOn
    }
}

/// Whether a path agrees with the reasoning's path (`values`) on the unknown facts in `facts`.
fn agrees(leaf: &Leaf, values: &Facts, facts: u64) -> bool {
    Fact::all()
        .filter(|fact| leaf.answered & facts & fact.bit() != 0)
        .all(|fact| leaf.values.get(fact) == values.get(fact))
}

/// The decision procedure as the verdict's facts leave it.
pub fn diagram(verdict: &Verdict) -> Diagram {
    let mode = verdict.mode;
    let facts = *verdict.facts();
    let tree = grow(mode, facts);
    let open = verdict
        .open_questions
        .iter()
        .filter_map(|q| Fact::from_name(q.fact))
        .fold(0u64, |set, fact| set | fact.bit());
    let path = verdict.path();
    let (path_values, path_assumed) = (path.values(), path.assumed());
    // The reasoning's own path is complete: a silent walk on it rules, at the step it rules at.
    let mut walk = Walk::silent(mode, path_values);
    let landing = decide(&mut walk).ok();
    let lands_at = walk.stage;
    // The facts that are no open question take one answer each: the reasoning's where it
    // follows one, else the ordinary one where some path gives it, else the first any path
    // gives. Every answer to the open questions still has its path.
    let mut followed_values = path_values;
    let to_follow = !open & !path_assumed;
    // For each fact, the answers some path gives it, as a bit set.
    let mut given = [0u16; FACT_COUNT];
    for leaf in tree.leaves() {
        for fact in Fact::all().filter(|f| leaf.answered & to_follow & f.bit() != 0) {
            if let (Some(answers), Some(answer)) =
                (given.get_mut(fact as usize), leaf.values.get(fact))
            {
                *answers |= 1 << answer;
            }
        }
    }
    for (fact, answers) in Fact::all().zip(given) {
        if answers != 0 {
            let answer = ordinary_answer(fact)
                .filter(|a| answers & (1 << a) != 0)
                .unwrap_or(answers.trailing_zeros() as u8);
            followed_values.set(fact, Some(answer));
        }
    }
    let kept_mask = kept_mask(&tree, &followed_values, open);
    let kept: Vec<&Leaf> = tree
        .leaves()
        .iter()
        .zip(&kept_mask)
        .filter_map(|(leaf, kept)| kept.then_some(leaf))
        .collect();
    let steps = verdict.steps();
    let first_at = |stage: u8| steps.iter().position(|step| step.stage() == stage);
    // Where each unknown fact the reasoning follows is first read on its path.
    let mut followed_at: Vec<(u8, Fact)> = tree
        .forks()
        .iter()
        .filter(|fork| {
            fork.answered & !path_assumed == 0
                && Fact::all()
                    .filter(|f| fork.answered & f.bit() != 0)
                    .all(|f| fork.values.get(f) == path_values.get(f))
        })
        .map(|fork| (fork.stage, fork.need.fact))
        .collect();
    followed_at.sort_unstable();

    let opened = opened_by(&tree, &kept_mask, open);

    let mut placed = 0u64;
    let mut stages: Vec<Stage> = Vec::with_capacity(STAGES.len());
    for info in &STAGES {
        let n = info.number;
        if !procedure(mode)
            .get(usize::from(n))
            .is_some_and(|r| r.applies)
        {
            continue;
        }
        let reaching: Vec<&Leaf> = kept.iter().copied().filter(|l| l.stage >= n).collect();
        let mut fates = reaching.iter().map(|l| fate(l, n));
        let status = match fates.next() {
            None => Status::NotReached,
            Some(first) => {
                let all_same = fates.all(|f| f == first);
                match (first, all_same) {
                    (Fate::GoesOn, true) => Status::Passed,
                    (Fate::Ends(_), true) => Status::Decides,
                    _ => Status::Open,
                }
            }
        };
        let open_here = if status == Status::Open {
            opened.get(usize::from(n)).copied().unwrap_or(0)
        } else {
            0
        };
        placed |= open_here;
        let ends_here: OutcomeSet = reaching
            .iter()
            .filter(|l| l.stage == n)
            .map(|l| l.outcome)
            .collect();
        let decided = verdict.decided();
        let rulings = rulings_at(mode, n)
            .iter()
            .map(|outcome| {
                let on_path = n == lands_at && landing == Some(outcome);
                let state = if on_path && decided == Some(outcome) {
                    RulingState::Decided
                } else if ends_here.contains(outcome) {
                    RulingState::Possible
                } else {
                    RulingState::RuledOut
                };
                StageRuling {
                    outcome,
                    state,
                    on_path,
                }
            })
            .collect();
        let first_step = first_at(n);
        let link_step = first_step
            .or_else(|| steps.iter().position(|step| step.stage() > n))
            .or_else(|| first_at(lands_at))
            .or_else(|| steps.len().checked_sub(1));
        stages.push(Stage {
            number: n,
            title: info.title,
            passing: match (mode, info.seed_passing) {
                (Mode::Seed, Some(words)) => words,
                _ => info.passing,
            },
            rules: rules_at(mode, n),
            status,
            on_path: n <= lands_at,
            rulings,
            open_questions: facts_of(open_here),
            followed: followed_at
                .iter()
                .filter(|(stage, _)| *stage == n)
                .filter_map(|(_, fact)| path_values.get(*fact).map(|answer| (*fact, answer)))
                .collect(),
            first_step,
            link_step,
        });
    }
    // An open question no fork reads (the balance reads the need shown and the grounds only
    // when stated) belongs to the balance, or failing that to the last step still open.
    let unplaced = open & !placed;
    if unplaced != 0 {
        let home = stages
            .iter()
            .rposition(|s| s.number == BALANCE && s.status != Status::NotReached)
            .or_else(|| stages.iter().rposition(|s| s.status == Status::Open));
        if let Some(stage) = home.and_then(|i| stages.get_mut(i)) {
            let mut set = facts_of(unplaced);
            stage.open_questions.append(&mut set);
            stage.open_questions.sort_unstable();
        }
    }
    Diagram {
        mode,
        forum: verdict.forum,
        ruling: verdict.outcome,
        stages,
        lands_at,
        landing,
    }
}

/// Which of a tree's paths the drawing keeps (see [`diagram`]), by index.
fn kept_mask(tree: &Tree, followed: &Facts, open: u64) -> Vec<bool> {
    tree.leaves()
        .iter()
        .map(|leaf| agrees(leaf, followed, !open))
        .collect()
}

/// Where a path ends, as one bit of a set of (step, ruling) pairs: ten rulings a step.
fn end_bit(leaf: &Leaf) -> u128 {
    1u128 << (u32::from(leaf.stage) * RULINGS + leaf.outcome as u32)
}

const RULINGS: u32 = Outcome::ALL.len() as u32;

/// For each step, the open questions that decide there: a question opens a step where, at a
/// fork that reads it, two of its answers send the kept paths that reach the step to different
/// fates there (ending in different rulings, or ending against going on).
///
/// Each fork gathers, answer by answer, the (step, ruling) pairs where the kept paths below it
/// end; each path climbs to the root once, so the cost is the paths times their depth.
fn opened_by(tree: &Tree, kept: &[bool], open: u64) -> [u64; BALANCE as usize + 1] {
    let forks = tree.forks();
    // Where each fork's answers begin in `ends`.
    let mut offsets = Vec::with_capacity(forks.len());
    let mut total = 0usize;
    for fork in forks {
        offsets.push(total);
        total += usize::from(fork.need.fact.info().domain.len());
    }
    let mut ends = vec![0u128; total];
    for (leaf, _) in tree.leaves().iter().zip(kept).filter(|(_, kept)| **kept) {
        let bit = end_bit(leaf);
        let mut parent = leaf.parent;
        // A path is no deeper than the facts it answers.
        for _ in 0..=FACT_COUNT {
            let index = parent as usize;
            let (Some(fork), Some(offset)) = (forks.get(index), offsets.get(index)) else {
                break;
            };
            if let Some(answer) = leaf.values.get(fork.need.fact)
                && let Some(slot) = ends.get_mut(offset + usize::from(answer))
            {
                *slot |= bit;
            }
            parent = fork.parent;
        }
    }
    let mut opened = [0u64; BALANCE as usize + 1];
    for (fork, offset) in forks.iter().zip(&offsets) {
        let fact = fork.need.fact;
        if open & fact.bit() == 0 {
            continue;
        }
        let count = usize::from(fact.info().domain.len());
        let Some(children) = ends.get(*offset..offset + count) else {
            continue;
        };
        for (stage, opens) in opened.iter_mut().enumerate() {
            let shift = stage as u32 * RULINGS;
            let here = ((1u128 << RULINGS) - 1) << shift;
            let beyond = !((1u128 << (shift + RULINGS)) - 1);
            // A child's fate at this step: the rulings it can end in here, and whether it can go
            // on; none if it never reaches the step.
            let mut fates = children
                .iter()
                .filter(|ends| **ends >> shift != 0)
                .map(|ends| (ends & here, ends & beyond != 0));
            if let Some(first) = fates.next()
                && fates.any(|fate| fate != first)
            {
                *opens |= fact.bit();
            }
        }
    }
    opened
}

/// The facts in a set, in questionnaire order.
fn facts_of(set: u64) -> Vec<Fact> {
    Fact::all().filter(|f| set & f.bit() != 0).collect()
}

// The sets above are u64 bit sets of facts.
const _: () = assert!(FACT_COUNT <= 64);

impl Diagram {
    /// A ruling in the words of the verdict's setting and posture.
    pub fn outcome_label(&self, outcome: Outcome) -> &'static str {
        outcome_label(outcome, self.forum)
    }

    /// The step numbered `number`, if the mode applies it.
    pub fn stage(&self, number: u8) -> Option<&Stage> {
        self.stages.iter().find(|s| s.number == number)
    }

    /// The diagram in words, one line per step: the text a screen reader reads, and what the
    /// printed memorandum says beside the drawing. Only questions and labels, never a fact's or
    /// a ruling's contract name.
    pub fn lines(&self) -> Vec<String> {
        self.stages.iter().map(|s| self.line(s)).collect()
    }

    /// One step in words ("Extension of time: passed — no extension of time puts off the
    /// ruling").
    pub fn line(&self, stage: &Stage) -> String {
        format!("{}: {}", stage.title, self.account(stage))
    }

    /// What the facts make of one step, in words, without its title ("passed — no extension of
    /// time puts off the ruling").
    pub fn account(&self, stage: &Stage) -> String {
        let mut line = stage.status.label().to_string();
        let ends: Vec<&str> = stage
            .rulings
            .iter()
            .filter(|r| r.state != RulingState::RuledOut)
            .map(|r| self.outcome_label(r.outcome))
            .collect();
        match stage.status {
            Status::Passed => {
                line.push_str(" \u{2014} ");
                line.push_str(stage.passing);
            }
            Status::Decides => {
                line.push_str(" \u{2014} ");
                line.push_str(&ends.join("; or "));
            }
            Status::Open => {
                line.push_str(" \u{2014} ");
                if !stage.open_questions.is_empty() {
                    let questions: Vec<String> = stage
                        .open_questions
                        .iter()
                        .map(|f| format!("\u{201c}{}\u{201d}", f.info().question))
                        .collect();
                    line.push_str("it turns on ");
                    line.push_str(&questions.join(" and "));
                    line.push_str(". ");
                }
                line.push_str("It can rule here: ");
                line.push_str(&ends.join("; or "));
                let goes_on = self
                    .stages
                    .iter()
                    .any(|later| later.number > stage.number && later.status != Status::NotReached);
                if goes_on {
                    line.push_str("; or go on");
                }
                line.push('.');
            }
            Status::NotReached => {}
        }
        // What the reasoning follows here for a fact nobody stated: for an open question, one
        // answer among those the step turns on; for any other, an answer every answer agrees
        // with.
        for (fact, answer) in stage.followed.iter().filter(|_| stage.on_path) {
            let answer = answer_in_sentence(*fact, *answer);
            let topic = fact.info().topic;
            if stage.open_questions.contains(fact) {
                line.push_str(&format!(
                    " The reasoning follows the answer \u{201c}{answer}\u{201d} on {topic}."
                ));
            } else {
                line.push_str(&format!(
                    " Not stated: {topic}. Every answer leads to the same result; the reasoning follows \u{201c}{answer}\u{201d}."
                ));
            }
        }
        line
    }
}
