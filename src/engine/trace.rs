//! One walk through the decision procedure: the facts it reads, and (when recorded) the steps of
//! reasoning it gives on the way.
//!
//! The procedure never guesses. When it reads a fact nobody stated, the walk stops with a
//! [`Need`] naming the fact; the explorer (`explore.rs`) then walks again once for each answer
//! the fact could have. A silent walk allocates nothing and words nothing: findings are only
//! named, and worded when a walk is recorded.

use super::authorities::Authority;
use super::facts::{Fact, Facts, Setting, YES};
use super::findings::{Context, Finding, Reason};
use super::outcome::Outcome;
use super::request::Mode;
use super::rules::{Basis, RuleId};
use super::vocabulary::{Forum, answer_in_sentence};
use serde::Serialize;
use std::borrow::Cow;

/// One step of the reasoning.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The rule applied.
    pub rule: RuleId,
    /// Where this step comes from: the opinion, the opinion by implication, or doctrine.
    pub basis: Basis,
    /// What the rule finds on these facts, in plain English. Where it rests on the answer the
    /// reasoning follows for a fact nobody stated, it begins "If".
    pub finding: Cow<'static, str>,
    /// The pinpoint a court accepts: "Melamine, 1 CIT at 66", "Melamine, 1 CIT at 66 n.2", or
    /// the leading authority of a doctrine rule.
    pub source: &'static str,
    /// The paragraph of the opinion (the app's numbering, "¶8", "fn2"), for linking to its text.
    pub paragraph: Option<&'static str>,
    /// The opinion's own words, where the rule comes from the opinion (without star paging).
    pub quote: Option<&'static str>,
    /// The authorities that support this step, in Bluebook form.
    pub authorities: &'static [Authority],
    /// The facts whose answers the finding states, as a set (see [`Step::states`]).
    #[serde(skip)]
    pub(crate) stated_facts: u64,
    /// The step of the order of decision (`docs/doctrine.md`, §7: 0 to 10) that gives it, so
    /// the decision diagram can link each step of the procedure to its reasoning. Not part of
    /// the verdict's JSON.
    #[serde(skip)]
    pub(crate) stage: u8,
}

impl Step {
    /// The step of the order of decision (`docs/doctrine.md`, "The order of decision": 0 for the
    /// objections that never block a ruling, 1 for the extension, … 10 for the balance) that
    /// gives this step of the reasoning.
    pub fn stage(&self) -> u8 {
        self.stage
    }

    /// The facts whose answers the finding states.
    pub fn states(&self) -> impl Iterator<Item = Fact> + '_ {
        Fact::all().filter(|fact| self.stated_facts & fact.bit() != 0)
    }
}

/// A walk stopped at a fact nobody stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Need {
    /// The fact.
    pub fact: Fact,
    /// The answers it could have here, as a bit set of value indices.
    pub answers: u16,
}

/// What a recorded walk says: the steps.
#[derive(Debug, Default)]
pub(crate) struct Reasons {
    pub steps: Vec<Step>,
    /// What to say where the walk reads a fact nobody stated but the reasoning follows an answer
    /// for (see `explain.rs`), each said once, where the walk first reads it.
    pub unstated: Vec<(Fact, String)>,
}

/// One walk.
pub(crate) struct Walk<'r> {
    pub mode: Mode,
    /// The stated facts plus the answers given to unknowns on this path.
    values: Facts,
    /// The facts nobody stated whose answers this walk follows (recorded walks only).
    assumed: u64,
    /// Unknown facts that a test reading only what was stated (the balance, step 10 of the order of decision) consulted.
    pub consulted_unknown: u64,
    reasons: Option<&'r mut Reasons>,
    /// What was stated: the words follow it, never the answers followed for unknown facts.
    stated: Facts,
    /// What the ruling rests on, once the walk concludes (kept by silent walks too: it is only
    /// a name, and the summary needs it).
    pub reason: Option<Reason>,
    /// The step of the order of decision (§7, 0 to 10) the walk is at: where it concludes, or
    /// where it stopped at an unknown fact. Set by `decide` before each step; one byte stored
    /// per step, so the silent walks pay nothing worth measuring.
    pub stage: u8,
    forum: Forum,
}

impl<'r> Walk<'r> {
    /// A silent walk, for exploring.
    pub fn silent(mode: Mode, values: Facts) -> Walk<'static> {
        Walk {
            mode,
            values,
            assumed: 0,
            consulted_unknown: 0,
            reasons: None,
            stated: values,
            reason: None,
            stage: 0,
            forum: Forum::of(mode, &values),
        }
    }

    /// A walk that records its reasons. `assumed`: the facts in `values` that nobody stated.
    pub fn recorded(
        mode: Mode,
        values: Facts,
        assumed: u64,
        stated: &Facts,
        reasons: &'r mut Reasons,
    ) -> Walk<'r> {
        Walk {
            mode,
            values,
            assumed,
            consulted_unknown: 0,
            reasons: Some(reasons),
            stated: *stated,
            reason: None,
            stage: 0,
            forum: Forum::of(mode, stated),
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

    /// Reads a fact; stops the walk if it is unknown. `rule`: the rule that asks.
    #[inline]
    pub fn ask(&mut self, fact: Fact, rule: RuleId) -> Result<u8, Need> {
        match self.values.get(fact) {
            Some(value) => {
                self.read(fact, rule);
                Ok(value)
            }
            None => Err(Need {
                fact,
                answers: full_mask(fact),
            }),
        }
    }

    /// Reads a fact whose unknown answers are limited to `answers` here.
    #[inline]
    pub fn ask_among(&mut self, fact: Fact, rule: RuleId, answers: u16) -> Result<u8, Need> {
        match self.values.get(fact) {
            Some(value) => {
                self.read(fact, rule);
                Ok(value)
            }
            None => Err(Need { fact, answers }),
        }
    }

    /// A fact read with an answer: a recorded walk says here what it says of a fact nobody
    /// stated. The explorer's silent walks, which are most walks, only test and go on.
    #[inline]
    fn read(&mut self, fact: Fact, rule: RuleId) {
        if self.reasons.is_some() {
            self.say_unstated(fact, rule);
        }
    }

    #[inline(never)]
    fn say_unstated(&mut self, fact: Fact, rule: RuleId) {
        if let Some(reasons) = self.reasons.as_deref_mut()
            && let Some(at) = reasons.unstated.iter().position(|(f, _)| *f == fact)
        {
            let (_, finding) = reasons.unstated.swap_remove(at);
            let entry = rule.rule();
            reasons.steps.push(Step {
                rule,
                basis: entry.basis,
                finding: finding.into(),
                source: entry.source(),
                paragraph: entry.paragraph,
                quote: entry.quote,
                authorities: &[],
                stated_facts: 0,
                stage: self.stage,
            });
        }
    }

    /// Reads a yes/no fact.
    #[inline]
    pub fn yes(&mut self, fact: Fact, rule: RuleId) -> Result<bool, Need> {
        self.ask(fact, rule).map(|v| v == YES)
    }

    /// What was stated of a fact, for the tests of the order of decision that look only at what is known.
    pub fn known(&mut self, fact: Fact) -> Option<u8> {
        let value = self.values.get(fact);
        if value.is_none() {
            self.consulted_unknown |= fact.bit();
        }
        value
    }

    /// What was stated of a yes/no fact, for words only: never decides.
    pub fn stated_bool(&self, fact: Fact) -> Option<bool> {
        self.stated.get_bool(fact)
    }

    /// What was stated of a fact, for words only: never decides.
    pub fn stated(&self, fact: Fact) -> Option<u8> {
        self.stated.get(fact)
    }

    /// The setting as stated (for words only): seed mode applies the opinion's own.
    pub fn stated_setting(&self) -> Option<Setting> {
        if self.seed() {
            return Some(Setting::TradeRecordReview);
        }
        self.stated.get(Fact::Setting).and_then(Setting::from_index)
    }

    /// Whether the trade courts' protective-order procedure governs, as far as was stated (rule
    /// D13).
    pub fn trade_procedure_stated(&self) -> bool {
        self.forum.trade_procedure()
    }

    /// Records a finding (a silent walk records nothing).
    #[inline]
    pub fn note(&mut self, finding: Finding) {
        if self.reasons.is_some() {
            self.record(finding);
        }
    }

    #[inline(never)]
    fn record(&mut self, finding: Finding) {
        let Some(reasons) = self.reasons.as_deref_mut() else {
            return;
        };
        let context = Context {
            mode: self.mode,
            forum: self.forum,
            values: &self.values,
            stated: &self.stated,
        };
        let note = finding.note(&context);
        let entry = note.rule.rule();
        let assumed_mask = self.assumed & note.states;
        let finding = if assumed_mask == 0 {
            note.text
        } else {
            let assumed: Vec<Fact> = Fact::all()
                .filter(|f| assumed_mask & f.bit() != 0)
                .collect();
            let conditions: Vec<String> = assumed
                .iter()
                .map(|fact| {
                    let answer = self.values.get(*fact).unwrap_or_default();
                    format!(
                        "the answer to \u{201c}{}\u{201d} is \u{201c}{}\u{201d}",
                        fact.info().question,
                        answer_in_sentence(*fact, answer)
                    )
                })
                .collect();
            format!("If {}: {}", conditions.join(", and "), note.text).into()
        };
        let authorities: &'static [Authority] = note.authorities;
        reasons.steps.push(Step {
            rule: note.rule,
            basis: note.basis,
            finding,
            source: entry.source(),
            paragraph: entry.paragraph,
            quote: entry.quote,
            authorities,
            stated_facts: note.states,
            stage: self.stage,
        });
    }

    /// Ends the walk with a ruling and what it rests on.
    pub fn conclude(&mut self, outcome: Outcome, reason: Reason) -> Result<Outcome, Need> {
        self.reason = Some(reason);
        Ok(outcome)
    }
}

/// Every answer of a fact, as a bit set.
pub(crate) fn full_mask(fact: Fact) -> u16 {
    (1u16 << fact.info().domain.len()) - 1
}
