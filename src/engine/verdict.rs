//! The verdict (`docs/contract.md`): the ruling and its label, the reasons step by step, what it
//! does not decide, the open questions and what to do next.

use super::caveats::{Caveat, caveats, waiver_argued};
use super::explain::{indeterminate_summary, reasons};
use super::explore::{Tree, grow};
use super::facts::Fact;
use super::next_steps::{EXTENSION_INSTEAD, for_ruling};
use super::outcome::{Outcome, OutcomeSet, Ruling};
use super::request::{Mode, Request};
use super::rules::RuleId;
use super::vocabulary::{Forum, outcome_label, ruling_label};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The ruling, or `indeterminate`.
    pub outcome: Ruling,
    /// The ruling in the words of its setting and posture.
    pub label: &'static str,
    /// The mode applied.
    pub mode: Mode,
    /// One or two sentences a lawyer can paste into a memo.
    pub summary: String,
    /// The reasoning, step by step.
    pub steps: Vec<Step>,
    /// What the ruling does not decide, or had to set aside.
    pub caveats: Vec<Caveat>,
    /// When indeterminate: every ruling some answer to the open questions reaches.
    pub possible_outcomes: OutcomeSet,
    /// The unknown facts that can change the ruling, and where each answer leads.
    pub open_questions: Vec<OpenQuestion>,
    /// What counsel should do now.
    pub next_steps: Vec<String>,
    /// The rulebook's version and date.
    pub doctrine: DoctrineStamp,
    /// The forum whose words the verdict speaks.
    #[serde(skip)]
    pub forum: Forum,
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
        for fact in facts.unknowns() {
            if exploration.touched & fact.bit() != 0 && exploration.is_open(fact) {
                open_mask |= fact.bit();
                open_facts.push(fact);
            }
        }
    }
    let open_questions: Vec<OpenQuestion> = open_facts
        .iter()
        .map(|fact| open_question(&exploration, *fact))
        .collect();
    let reasons = reasons(&exploration, mode, facts, open_mask);
    let caveats = caveats(mode, &facts, exploration.outcomes);
    let (outcome, summary, possible_outcomes) = match decided {
        Some(outcome) => {
            let mut summary = reasons
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
    let next_steps = next_steps(
        request,
        forum,
        outcome,
        &exploration,
        &open_questions,
        &reasons,
    );
    Verdict {
        outcome,
        label: ruling_label(outcome, forum),
        mode,
        summary,
        steps: reasons.steps,
        caveats,
        possible_outcomes,
        open_questions,
        next_steps,
        doctrine: DoctrineStamp {
            version: DOCTRINE_VERSION,
            as_of: DOCTRINE_AS_OF,
        },
        forum,
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

fn next_steps(
    request: &Request,
    forum: Forum,
    ruling: Ruling,
    tree: &Tree,
    open: &[OpenQuestion],
    reasons: &super::trace::Reasons,
) -> Vec<String> {
    let Request { mode, facts } = *request;
    let mut steps = Vec::new();
    match ruling {
        Ruling::Decided(outcome) => {
            steps.extend(for_ruling(mode, &facts, forum, outcome, reasons.reason))
        }
        Ruling::Indeterminate => {
            for question in open {
                steps.push(format!("Establish the answer to: {}", question.question));
            }
            for outcome in tree.outcomes.iter() {
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

impl Verdict {
    /// Whether some step applies `rule`.
    pub fn cites(&self, rule: RuleId) -> bool {
        self.steps.iter().any(|step| step.rule == rule)
    }

    /// The decided ruling, if any.
    pub fn decided(&self) -> Option<Outcome> {
        match self.outcome {
            Ruling::Decided(outcome) => Some(outcome),
            Ruling::Indeterminate => None,
        }
    }

    /// A possible ruling in the words of this verdict's setting and posture.
    pub fn outcome_label(&self, outcome: Outcome) -> &'static str {
        outcome_label(outcome, self.forum)
    }
}
