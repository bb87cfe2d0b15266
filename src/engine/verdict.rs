//! The verdict (`docs/contract.md`): the ruling and its label, the reasons step by step, what it
//! does not decide, the open questions and what to do next.

use super::caveats::{Caveat, caveats, waiver_argued};
use super::explain::{Path, indeterminate_summary, path, steps};
use super::explore::{Tree, facts_in, grow, unknown_mask};
use super::facts::{Fact, Facts};
use super::findings::Reason;
use super::next_steps::{EXTENSION_INSTEAD, for_ruling};
use super::outcome::{Outcome, OutcomeSet, Ruling};
use super::request::{Mode, Request};
use super::rules::RuleId;
use super::vocabulary::{Forum, outcome_label, ruling_label};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use std::sync::OnceLock;

pub use super::trace::Step;

/// The version of the rulebook, stamped on every verdict.
pub const DOCTRINE_VERSION: &str = "1.1.0";
/// The date the rulebook's law was last reviewed.
pub const DOCTRINE_AS_OF: &str = "2026-12-02";

/// An unknown fact that can change the ruling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenQuestion {
    /// The fact's contract name.
    pub fact: &'static str,
    /// The question, in plain words.
    pub question: &'static str,
    /// For each answer, the rulings still possible once it is given.
    pub leads_to: LeadsTo,
}

/// Answer → rulings still possible, in the fact's own order of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct LeadsTo(pub Vec<(&'static str, OutcomeSet)>);

impl Serialize for LeadsTo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (answer, outcomes) in &self.0 {
            map.serialize_entry(answer, outcomes)?;
        }
        map.end()
    }
}

/// The rulebook a verdict was reached under.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoctrineStamp {
    /// The rulebook's version.
    pub version: &'static str,
    /// When its law was last reviewed.
    pub as_of: &'static str,
}

/// What the engine concludes from a request.
///
/// The reasoning and the next steps are worded only when first read ([`Verdict::steps`],
/// [`Verdict::next_steps`], or serialising the verdict): a caller that needs only the ruling and
/// its summary, such as the privilege-log review, never pays for their text.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The ruling, or `indeterminate`.
    pub outcome: Ruling,
    /// The ruling in the words of its setting and posture.
    pub label: &'static str,
    /// The mode applied.
    pub mode: Mode,
    /// One or two sentences a lawyer can paste into a memo.
    pub summary: String,
    /// What the ruling does not decide, or had to set aside.
    pub caveats: Vec<Caveat>,
    /// When indeterminate: every ruling some answer to the open questions reaches.
    pub possible_outcomes: OutcomeSet,
    /// The unknown facts that can change the ruling, and where each answer leads.
    pub open_questions: Vec<OpenQuestion>,
    /// The rulebook's version and date.
    pub doctrine: DoctrineStamp,
    /// The forum whose words the verdict speaks.
    pub forum: Forum,
    facts: Facts,
    path: Path,
    steps: OnceLock<Vec<Step>>,
    next_steps: OnceLock<Vec<String>>,
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Verdict", 10)?;
        s.serialize_field("outcome", &self.outcome)?;
        s.serialize_field("label", self.label)?;
        s.serialize_field("mode", &self.mode)?;
        s.serialize_field("summary", &self.summary)?;
        s.serialize_field("steps", self.steps())?;
        s.serialize_field("caveats", &self.caveats)?;
        s.serialize_field("possible_outcomes", &self.possible_outcomes)?;
        s.serialize_field("open_questions", &self.open_questions)?;
        s.serialize_field("next_steps", self.next_steps())?;
        s.serialize_field("doctrine", &self.doctrine)?;
        s.end()
    }
}

/// What deciding a request settles before anything is worded: the forum whose words it
/// speaks, the tree of its unknown facts, the single ruling every answer reaches (if one does),
/// and the unknown facts whose answers can change the ruling.
struct Decision {
    forum: Forum,
    exploration: Tree,
    decided: Option<Outcome>,
    open_mask: u64,
}

impl Decision {
    fn of(request: &Request) -> Decision {
        let Request { mode, facts } = *request;
        let exploration = grow(mode, facts);
        let decided = exploration.outcomes.single();
        let open_mask = if decided.is_none() {
            exploration.open_among(exploration.touched & unknown_mask(&facts))
        } else {
            0
        };
        Decision {
            forum: Forum::of(mode, &facts),
            exploration,
            decided,
            open_mask,
        }
    }

    /// The ruling, and what its summary says. A decided ruling's summary gives `reason`, the
    /// reason the path through the facts ends on.
    fn ruling(&self, facts: &Facts, reason: Option<Reason>) -> (Ruling, Summary) {
        let summary = Summary {
            decided: self.decided,
            reason,
            waiver_argued: waiver_argued(facts),
            possible: self.exploration.outcomes,
            open: self.open_mask,
            forum: self.forum,
        };
        let ruling = self.decided.map_or(Ruling::Indeterminate, Ruling::Decided);
        (ruling, summary)
    }
}

/// What a verdict's summary says, kept to be worded when it is read: a privilege-log review
/// decides thousands of entries and reads few of their summaries.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Summary {
    decided: Option<Outcome>,
    reason: Option<Reason>,
    waiver_argued: bool,
    possible: OutcomeSet,
    /// The open facts (bits of [`Fact`]).
    open: u64,
    forum: Forum,
}

impl Summary {
    /// One or two sentences: a decided ruling with its reason, or what an undecided one turns
    /// on and could be.
    fn words(&self) -> String {
        match self.decided {
            Some(outcome) => {
                let mut summary = self
                    .reason
                    .map(|r| r.words().into_owned())
                    .unwrap_or_default();
                summary.push(' ');
                summary.push_str(outcome_label(outcome, self.forum));
                summary.push('.');
                if self.waiver_argued {
                    summary.push_str(" This does not decide the opposition's waiver argument: the ruling rests on the other grounds.");
                }
                summary
            }
            None => {
                // In the order of the questionnaire, as the verdict's open questions.
                let open: Vec<Fact> = facts_in(self.open).collect();
                indeterminate_summary(self.possible, &open, self.forum)
            }
        }
    }
}

/// Decides a request.
pub fn evaluate(request: &Request) -> Verdict {
    let Request { mode, facts } = *request;
    let decision = Decision::of(request);
    // The open facts (all of them unknown) in the order of the questionnaire.
    let open_questions: Vec<OpenQuestion> = facts_in(decision.open_mask)
        .map(|fact| open_question(&decision.exploration, fact))
        .collect();
    let path = path(&decision.exploration, facts, decision.open_mask);
    let (outcome, summary) = decision.ruling(&facts, path.reason);
    let possible_outcomes = match outcome {
        Ruling::Decided(_) => OutcomeSet::new(),
        Ruling::Indeterminate => decision.exploration.outcomes,
    };
    let forum = decision.forum;
    Verdict {
        outcome,
        label: ruling_label(outcome, forum),
        mode,
        summary: summary.words(),
        caveats: caveats(mode, &facts, decision.exploration.outcomes),
        possible_outcomes,
        open_questions,
        doctrine: DoctrineStamp {
            version: DOCTRINE_VERSION,
            as_of: DOCTRINE_AS_OF,
        },
        forum,
        facts,
        path,
        steps: OnceLock::new(),
        next_steps: OnceLock::new(),
    }
}

/// A verdict in brief: its ruling, label and summary, and which facts its open questions ask,
/// each the same as [`evaluate`]'s. What a privilege-log review keeps of each of thousands of
/// entries: where each answer leads, the caveats and the reasoning are left to the full
/// verdict, decided again when an entry is opened. It holds no text of its own: the summary is
/// worded when read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Brief {
    /// The ruling, or `indeterminate`.
    pub outcome: Ruling,
    /// The ruling in the words of its setting and posture.
    pub label: &'static str,
    summary: Summary,
}

impl Brief {
    /// The verdict's summary.
    pub fn summary(&self) -> String {
        self.summary.words()
    }

    /// The facts the verdict's open questions ask, in their order.
    pub fn open_facts(&self) -> impl Iterator<Item = Fact> + '_ {
        facts_in(self.summary.open)
    }

    /// The decided ruling, if any.
    pub fn decided(&self) -> Option<Outcome> {
        self.outcome.decided()
    }
}

/// Decides a request in brief ([`Brief`]): the ruling and its summary without where each open
/// question's answers lead, the caveats, or (when undecided) the path the reasoning follows.
pub fn brief(request: &Request) -> Brief {
    let facts = request.facts;
    let decision = Decision::of(request);
    // Only a decided ruling's summary reads the path (its reason).
    let reason = decision
        .decided
        .and_then(|_| path(&decision.exploration, facts, decision.open_mask).reason);
    let (outcome, summary) = decision.ruling(&facts, reason);
    Brief {
        outcome,
        label: ruling_label(outcome, decision.forum),
        summary,
    }
}

fn open_question(tree: &Tree, fact: Fact) -> OpenQuestion {
    let domain = fact.info().domain;
    OpenQuestion {
        fact: fact.name(),
        question: fact.info().question,
        leads_to: LeadsTo(
            tree.leads_to(fact)
                .map(|(answer, outcomes)| (domain.value_name(answer), outcomes))
                .collect(),
        ),
    }
}

impl Verdict {
    /// The reasoning, step by step (worded on first use).
    pub fn steps(&self) -> &[Step] {
        self.steps
            .get_or_init(|| steps(&self.path, self.mode, self.facts))
    }

    /// What counsel should do now (worded on first use).
    pub fn next_steps(&self) -> &[String] {
        self.next_steps.get_or_init(|| self.word_next_steps())
    }

    fn word_next_steps(&self) -> Vec<String> {
        let (mode, facts, forum) = (self.mode, self.facts, self.forum);
        let mut steps = Vec::new();
        match self.outcome {
            Ruling::Decided(outcome) => {
                steps.extend(for_ruling(mode, &facts, forum, outcome, self.path.reason));
            }
            Ruling::Indeterminate => {
                for question in &self.open_questions {
                    steps.push(format!("Establish the answer to: {}", question.question));
                }
                for outcome in self.possible_outcomes.iter() {
                    if let Some(first) = for_ruling(mode, &facts, forum, outcome, None)
                        .into_iter()
                        .next()
                    {
                        steps.push(format!(
                            "If the ruling is \u{201c}{}\u{201d}: {first}",
                            outcome_label(outcome, forum)
                        ));
                    }
                }
            }
        }
        let timing_objection = facts.get_bool(Fact::OppositionPremature) == Some(true)
            || facts.get_bool(Fact::OppositionNotEvaluated) == Some(true);
        if timing_objection
            && forum.trade_procedure()
            && facts.get_bool(Fact::ExtensionSought) != Some(true)
        {
            steps.push(EXTENSION_INSTEAD.into());
        }
        steps
    }

    /// Whether some step applies `rule`.
    pub fn cites(&self, rule: RuleId) -> bool {
        self.steps().iter().any(|step| step.rule == rule)
    }

    /// The decided ruling, if any.
    pub fn decided(&self) -> Option<Outcome> {
        self.outcome.decided()
    }

    /// The facts as stated (the decision diagram explores them again).
    pub(crate) fn facts(&self) -> &Facts {
        &self.facts
    }

    /// The path the reasoning follows through the unknown facts.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// A possible ruling in the words of this verdict's setting and posture.
    pub fn outcome_label(&self, outcome: Outcome) -> &'static str {
        outcome_label(outcome, self.forum)
    }
}
