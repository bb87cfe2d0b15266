//! The verdict (`docs/contract.md`): the ruling and its label, the reasons step by step, what it
//! does not decide, the open questions and what to do next.

use super::caveats::{Caveat, caveats, waiver_argued};
use super::explain::{Path, indeterminate_summary, path, steps};
use super::explore::{Tree, grow, unknown_mask};
use super::facts::{Fact, Facts};
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

/// Decides a request.
pub fn evaluate(request: &Request) -> Verdict {
    let Request { mode, facts } = *request;
    let forum = Forum::of(mode, &facts);
    let exploration = grow(mode, facts);
    let decided = exploration.outcomes.single();
    let mut open_facts = Vec::new();
    let mut open_mask = 0u64;
    if decided.is_none() {
        open_mask = exploration.open_among(exploration.touched & unknown_mask(&facts));
        open_facts.extend(facts.unknowns().filter(|fact| open_mask & fact.bit() != 0));
    }
    let open_questions: Vec<OpenQuestion> = open_facts
        .iter()
        .map(|fact| open_question(&exploration, *fact))
        .collect();
    let path = path(&exploration, facts, open_mask);
    let (outcome, summary, possible_outcomes) = match decided {
        Some(outcome) => {
            let mut summary = path
                .reason
                .map(|r| r.words().into_owned())
                .unwrap_or_default();
            summary.push(' ');
            summary.push_str(outcome_label(outcome, forum));
            summary.push('.');
            if waiver_argued(&facts) {
                summary.push_str(" This does not decide the opposition's waiver argument: the ruling rests on the other grounds.");
            }
            (Ruling::Decided(outcome), summary, OutcomeSet::new())
        }
        None => (
            Ruling::Indeterminate,
            indeterminate_summary(exploration.outcomes, &open_facts, forum),
            exploration.outcomes,
        ),
    };
    Verdict {
        outcome,
        label: ruling_label(outcome, forum),
        mode,
        summary,
        caveats: caveats(mode, &facts, exploration.outcomes),
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
        match self.outcome {
            Ruling::Decided(outcome) => Some(outcome),
            Ruling::Indeterminate => None,
        }
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
