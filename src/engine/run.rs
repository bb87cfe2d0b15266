//! One walk through the decision procedure: the facts it reads, and (when asked) the reasons it
//! gives on the way.
//!
//! The procedure never guesses. When it reads a fact nobody stated, the walk stops with a
//! [`Need`] naming the fact; the explorer (`explore.rs`) then walks again once for each answer
//! the fact could have. A walk is cheap: no allocation unless reasons are being recorded.

use super::facts::{Fact, Facts, NO, YES};
use super::outcome::Outcome;
use super::request::Mode;
use super::rules::{Basis, RuleId};
use super::verdict::Step;

/// A walk stopped at a fact nobody stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Need {
    /// The fact.
    pub fact: Fact,
    /// The answers it could have here, as a bit set of value indices.
    pub answers: u16,
    /// The rule that asked.
    pub rule: RuleId,
}

/// What a recorded walk says: the reasons, and the summary of its conclusion.
#[derive(Debug, Default)]
pub(crate) struct Reasons {
    pub steps: Vec<Step>,
    pub summary: String,
    /// What to say where the walk reads a fact that nobody stated but the explorer answered
    /// (see `verdict::reasons`), each said once.
    pub unstated: Vec<(Fact, String)>,
}

/// One walk.
pub(crate) struct Run<'r> {
    pub mode: Mode,
    /// The stated facts plus the answers given to unknowns on this path.
    values: Facts,
    /// Unknown facts that a test reading only what was stated (§7 step 10) consulted.
    pub consulted_unknown: u64,
    reasons: Option<&'r mut Reasons>,
}

impl<'r> Run<'r> {
    /// A silent walk, for exploring.
    pub fn silent(mode: Mode, values: Facts) -> Run<'static> {
        Run {
            mode,
            values,
            consulted_unknown: 0,
            reasons: None,
        }
    }

    /// A walk that records its reasons.
    pub fn recorded(mode: Mode, values: Facts, reasons: &'r mut Reasons) -> Run<'r> {
        Run {
            mode,
            values,
            consulted_unknown: 0,
            reasons: Some(reasons),
        }
    }

    pub fn full(&self) -> bool {
        self.mode == Mode::Full
    }

    pub fn seed(&self) -> bool {
        self.mode == Mode::Seed
    }

    pub fn recording(&self) -> bool {
        self.reasons.is_some()
    }

    /// The facts as this walk sees them.
    pub fn values(&self) -> &Facts {
        &self.values
    }

    /// Reads a fact; stops the walk if it is unknown.
    pub fn ask(&mut self, fact: Fact, rule: RuleId) -> Result<u8, Need> {
        self.ask_among(fact, rule, full_mask(fact))
    }

    /// Reads a fact whose unknown answers are limited to `answers` here.
    pub fn ask_among(&mut self, fact: Fact, rule: RuleId, answers: u16) -> Result<u8, Need> {
        match self.values.get(fact) {
            Some(value) => {
                if let Some(reasons) = self.reasons.as_deref_mut() {
                    if let Some(at) = reasons.unstated.iter().position(|(f, _)| *f == fact) {
                        let (_, finding) = reasons.unstated.swap_remove(at);
                        reasons
                            .steps
                            .push(Step::new(rule, rule.rule().basis, finding));
                    }
                }
                Ok(value)
            }
            None => Err(Need {
                fact,
                answers,
                rule,
            }),
        }
    }

    /// Reads a yes/no fact.
    pub fn yes(&mut self, fact: Fact, rule: RuleId) -> Result<bool, Need> {
        self.ask(fact, rule).map(|v| v == YES)
    }

    /// What was stated of a fact, for the tests of §7 that look only at what is known.
    pub fn known(&mut self, fact: Fact) -> Option<u8> {
        let value = self.values.get(fact);
        if value.is_none() {
            self.consulted_unknown |= fact.bit();
        }
        value
    }

    /// What is stated of a yes/no fact, without consulting it for the decision (trace notes only).
    pub fn stated_bool(&self, fact: Fact) -> Option<bool> {
        self.values.get_bool(fact)
    }

    /// Records a step under the rule's own basis.
    pub fn note(&mut self, rule: RuleId, finding: impl FnOnce() -> String) {
        self.note_as(rule, rule.rule().basis, finding);
    }

    /// Records a step under a basis of its own (a seed rule applied by implication, say).
    pub fn note_as(&mut self, rule: RuleId, basis: Basis, finding: impl FnOnce() -> String) {
        if let Some(reasons) = self.reasons.as_deref_mut() {
            reasons.steps.push(Step::new(rule, basis, finding()));
        }
    }

    /// Ends the walk with a ruling and its one-sentence summary.
    pub fn conclude(
        &mut self,
        outcome: Outcome,
        summary: impl FnOnce() -> String,
    ) -> Result<Outcome, Need> {
        if let Some(reasons) = self.reasons.as_deref_mut() {
            reasons.summary = summary();
        }
        Ok(outcome)
    }
}

/// Every answer of a fact, as a bit set.
pub(crate) fn full_mask(fact: Fact) -> u16 {
    (1u16 << fact.info().domain.len()) - 1
}

/// An answer in words: "yes", "no", or the enum value.
pub(crate) fn describe_answer(fact: Fact, value: u8) -> &'static str {
    match fact.info().domain {
        super::facts::Domain::YesNo => {
            if value == NO {
                "no"
            } else {
                "yes"
            }
        }
        domain => domain.value_name(value),
    }
}
