//! The verdict (FACTS.md): the ruling, the reasons step by step, the open questions and what to do
//! next.

use super::explore::{Tree, answers, grow};
use super::facts::{Claimant, Fact, Facts, Setting};
use super::outcome::{Outcome, OutcomeSet, Ruling};
use super::procedure::decide;
use super::request::{Mode, Request};
use super::rules::{Basis, RuleId};
use super::run::{Reasons, Run, describe_answer};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// The version of the rulebook, stamped on every verdict.
pub const DOCTRINE_VERSION: &str = "1.0.0";
/// The date the rulebook's law was last reviewed.
pub const DOCTRINE_AS_OF: &str = "2026-11-27";

/// One step of the reasoning.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The rule applied.
    pub rule: RuleId,
    /// Where this step comes from: the opinion, the opinion by implication, or doctrine.
    pub basis: Basis,
    /// What the rule finds on these facts, in plain English.
    pub finding: String,
    /// The pinpoint: "Seed ¶8", "Seed fn2", or the doctrine's leading authority.
    pub source: &'static str,
    /// The opinion's own words, where the rule comes from the opinion.
    pub quote: Option<&'static str>,
    /// The authorities, in full citation form.
    pub authorities: &'static [&'static str],
}

impl Step {
    pub(crate) fn new(rule: RuleId, basis: Basis, finding: String) -> Step {
        let entry = rule.rule();
        Step {
            rule,
            basis,
            finding,
            source: entry.pinpoint,
            quote: entry.quote,
            authorities: entry.authorities,
        }
    }
}

/// An unknown fact that can change the ruling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenQuestion {
    /// The fact's JSON name.
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
    /// The mode applied.
    pub mode: Mode,
    /// One sentence a lawyer can paste into a memo.
    pub summary: String,
    /// The reasoning, step by step.
    pub steps: Vec<Step>,
    /// When indeterminate: every ruling some answer to the open questions reaches.
    pub possible_outcomes: OutcomeSet,
    /// The unknown facts that can change the ruling, and where each answer leads.
    pub open_questions: Vec<OpenQuestion>,
    /// What counsel should do now.
    pub next_steps: Vec<String>,
    /// The rulebook's version and date.
    pub doctrine: DoctrineStamp,
}

/// Decides a request.
pub fn evaluate(request: &Request) -> Verdict {
    let Request { mode, facts } = *request;
    let exploration = grow(mode, facts);
    let decided = exploration.outcomes.single();
    let mut open_questions = Vec::new();
    let mut open_mask = 0u64;
    if decided.is_none() {
        for fact in facts.unknowns() {
            if exploration.touched & fact.bit() != 0 && exploration.is_open(fact) {
                open_mask |= fact.bit();
                open_questions.push(open_question(&exploration, fact));
            }
        }
    }
    let reasons = reasons(&exploration, mode, facts, open_mask);
    let (outcome, summary, possible_outcomes) = match decided {
        Some(outcome) => (Ruling::Decided(outcome), reasons.summary, OutcomeSet::new()),
        None => (
            Ruling::Indeterminate,
            indeterminate_summary(exploration.outcomes, &open_questions),
            exploration.outcomes,
        ),
    };
    let next_steps = next_steps(mode, &facts, outcome, exploration.outcomes, &open_questions);
    Verdict {
        outcome,
        mode,
        summary,
        steps: reasons.steps,
        possible_outcomes,
        open_questions,
        next_steps,
        doctrine: DoctrineStamp {
            version: DOCTRINE_VERSION,
            as_of: DOCTRINE_AS_OF,
        },
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

/// Records the reasoning. Where the walk meets a fact nobody stated, it says so and follows one
/// answer: where every answer leads to the same place, that that is so; where the answers part,
/// where each leads, and that the reasoning after it follows one answer only.
fn reasons(tree: &Tree, mode: Mode, facts: Facts, open_mask: u64) -> Reasons {
    let mut values = facts;
    let mut unstated: Vec<(Fact, String)> = Vec::new();
    let mut followed_answers: Vec<(Fact, u8)> = Vec::new();
    // Find the path first with silent walks (each answers one more unknown, so there are at most
    // as many as facts), then record it once.
    for _ in 0..=super::facts::FACT_COUNT {
        let Err(need) = decide(&mut Run::silent(mode, values)) else {
            break;
        };
        let branches: Vec<(u8, OutcomeSet)> = answers(need)
            .map(|answer| {
                followed_answers.push((need.fact, answer));
                let outcomes = tree.outcomes_given(&followed_answers);
                followed_answers.pop();
                (answer, outcomes)
            })
            .collect();
        let same_everywhere = branches.windows(2).all(|pair| match pair {
            [(_, a), (_, b)] => a == b,
            _ => true,
        });
        let answer = preferred_answer(need.fact, &branches)
            .or_else(|| branches.first().map(|(answer, _)| *answer))
            .unwrap_or(0);
        let followed = describe_answer(need.fact, answer);
        let question = need.fact.info().question;
        let finding = if open_mask & need.fact.bit() == 0 && same_everywhere {
            format!(
                "Not stated: {question} Every answer leads to the same result here, so the reasoning continues on the answer \u{201c}{followed}\u{201d}."
            )
        } else {
            let paths: Vec<String> = branches
                .iter()
                .map(|(answer, outcomes)| {
                    let names: Vec<&str> = outcomes.iter().map(Outcome::name).collect();
                    format!(
                        "{} \u{2192} {}",
                        describe_answer(need.fact, *answer),
                        names.join(" or ")
                    )
                })
                .collect();
            format!(
                "The ruling turns on a fact not yet known: {question} ({}). The reasoning below follows the answer \u{201c}{followed}\u{201d} only; see the open questions.",
                paths.join("; ")
            )
        };
        unstated.push((need.fact, finding));
        values.set(need.fact, Some(answer));
        followed_answers.push((need.fact, answer));
    }
    let mut reasons = Reasons {
        unstated,
        ..Reasons::default()
    };
    // The path is complete now, so this walk reaches a ruling.
    let _ = decide(&mut Run::recorded(mode, values, &mut reasons));
    reasons
}

/// The ordinary answer, followed where every answer leads to the same place: the one that lets
/// the analysis go on.
fn preferred_answer(fact: Fact, branches: &[(u8, OutcomeSet)]) -> Option<u8> {
    let goes_on_when_yes = matches!(
        fact,
        Fact::IntraGovernmental
            | Fact::SolelyInternalUse
            | Fact::Deliberative
            | Fact::Predecisional
            | Fact::FormalClaim
            | Fact::PersonalReview
            | Fact::Affidavit
            | Fact::Itemized
    );
    let wanted = match fact.info().domain {
        super::facts::Domain::YesNo => u8::from(goes_on_when_yes),
        super::facts::Domain::OneOf(_) => return branches.first().map(|(a, _)| *a),
    };
    branches.iter().map(|(a, _)| *a).find(|a| *a == wanted)
}

fn indeterminate_summary(possible: OutcomeSet, open: &[OpenQuestion]) -> String {
    let outcomes: Vec<&str> = possible.iter().map(Outcome::heading).collect();
    let facts: Vec<&str> = open.iter().map(|q| q.fact).collect();
    format!(
        "On the facts stated the ruling is not yet decided: it turns on {} ({}), and could be: {}.",
        if open.len() == 1 {
            "one open question"
        } else {
            "open questions"
        },
        facts.join(", "),
        outcomes.join("; or ").to_lowercase()
    )
}

fn next_steps(
    mode: Mode,
    facts: &Facts,
    ruling: Ruling,
    possible: OutcomeSet,
    open: &[OpenQuestion],
) -> Vec<String> {
    let mut steps = Vec::new();
    match ruling {
        Ruling::Decided(outcome) => steps.extend(steps_for(mode, facts, outcome)),
        Ruling::Indeterminate => {
            for question in open {
                steps.push(format!("Establish the answer to: {}", question.question));
            }
            for outcome in possible.iter() {
                if let Some(first) = steps_for(mode, facts, outcome).into_iter().next() {
                    steps.push(format!("If the ruling is {}: {first}", outcome.name()));
                }
            }
        }
    }
    let timing_objection = facts.get_bool(Fact::OppositionPremature) == Some(true)
        || facts.get_bool(Fact::OppositionNotEvaluated) == Some(true);
    if timing_objection && facts.get_bool(Fact::ExtensionSought) != Some(true) {
        steps.push("For the opposing party: instead of objecting that the motion is premature, confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion, and use the time to evaluate the document's importance (¶10).".into());
    }
    steps
}

fn steps_for(mode: Mode, facts: &Facts, outcome: Outcome) -> Vec<String> {
    let foia = facts.get(Fact::Setting) == Some(Setting::Foia.index()) && mode == Mode::Full;
    match outcome {
        Outcome::ProtectiveOrderGranted if foia => vec![
            "Withholding under FOIA Exemption 5 should be upheld: in the agency's filings, describe the document's deliberative, predecisional character item by item (a Vaughn-style index), since the requester's need does not count.".into(),
        ],
        Outcome::ProtectiveOrderGranted => vec![
            "Submit a proposed order in the opinion's form: the motion is granted in all respects, and the clerk shall seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court (¶11–12).".into(),
            "The order is interlocutory ('pending further order'): a party that later has a compelling need may move for relief, evaluating the document's importance and showing clearly and persuasively that the need outweighs the harm (¶7, ¶10).".into(),
        ],
        Outcome::PrivilegeInapplicable => vec![
            "Expect the protective order to be denied (or a motion to compel granted): on these facts the document is not within the privilege.".into(),
            "For the government: consider whether another protection governs (an administrative protective order for business-proprietary data, 19 U.S.C. § 1516a(b)(2)(B)), and whether any deliberative portions can be segregated and claimed item by item.".into(),
        ],
        Outcome::InCameraInspection => vec![
            "Prepare for in camera inspection under 19 U.S.C. § 1516a(b)(2)(B): the court will decide whether the document is wholly deliberative (protective order granted), partly factual and segregable (deliberative portions protected, factual portions disclosed), or not deliberative at all (privilege inapplicable).".into(),
            "For the government: lodge the document for inspection with a detailed affidavit that identifies its deliberative portions; detailed affidavits may make inspection unnecessary (Mink). For the opposing party: say specifically which facts or other non-privileged material the document is said to contain.".into(),
            "After the inspection, answer 'inspected in camera' yes and the document questions with the court's findings.".into(),
        ],
        Outcome::PartialDisclosure => vec![
            "Produce the segregable factual portions with the deliberative portions redacted, and describe each redaction item by item so the other side can assess it (Fed. R. Civ. P. 26(b)(5)(A)).".into(),
            "Seek a protective order for the deliberative portions in the opinion's form (sealed pending further order, ¶11–12).".into(),
        ],
        Outcome::ClaimDefective => claim_defective_steps(mode, facts),
        Outcome::NeedOutweighsHarm => vec![
            "Expect disclosure, possibly limited or on conditions: the court 'may disclose such material under such terms and conditions as it may order' (19 U.S.C. § 1516a(b)(2)(B)).".into(),
            "For the government: propose conditions that limit the harm (disclosure to counsel only, use restricted to this litigation, redaction of what the need does not reach).".into(),
        ],
        Outcome::StateSecretsUpheld => vec![
            "The document is excluded from discovery and evidence: no showing of need overcomes a proper state-secrets claim (Reynolds). What follows for the case (proceeding without the evidence, or in some courts dismissal) is beyond the opinion.".into(),
        ],
        Outcome::ExtensionOfTime => vec![
            "While the extension runs, the opposing party should evaluate the document's importance and then oppose on the merits with a showing of compelling need (¶10), or withdraw the opposition.".into(),
            "Confer on a schedule; the opinion did not decide how an extension petition is ruled on (DOCTRINE §9.7).".into(),
        ],
        Outcome::OutOfScope => vec![
            "This is not a question Melamine decides: analyse it under the presidential communications privilege (full mode applies United States v. Nixon and its successors).".into(),
        ],
        Outcome::FurtherShowing => vec![
            "The government must (or may) make a further showing before the court rules.".into(),
        ],
    }
}

/// The cure for a defective claim, naming what is missing now.
fn claim_defective_steps(mode: Mode, facts: &Facts) -> Vec<String> {
    let state_secret = facts.get_bool(Fact::StateSecret) == Some(true);
    let who = if mode == Mode::Full && !state_secret {
        "the head of the agency having control of the matter (or an official to whom the head has formally delegated the authority, Marriott)"
    } else {
        "the head of the agency having control of the matter"
    };
    let mut steps = vec![format!(
        "Cure the claim: a formal claim of privilege by {who}, after personally reviewing the document, supported by an affidavit that identifies each document withheld and gives the reasons for the claim, with a Rule 26(b)(5)(A) privilege log (¶8; Reynolds)."
    )];
    let mut missing = Vec::new();
    if facts.get_bool(Fact::FormalClaim) == Some(false) {
        missing.push("a formal claim");
    }
    match facts.get(Fact::Claimant).and_then(Claimant::from_index) {
        Some(Claimant::AgencyHead) | None => {}
        Some(Claimant::DelegatedOfficial) if mode == Mode::Full && !state_secret => {}
        Some(_) => missing.push("a claim by the head of the agency"),
    }
    if facts.get_bool(Fact::PersonalReview) == Some(false) {
        missing.push("the claiming official's personal review of the document");
    }
    if facts.get_bool(Fact::Affidavit) == Some(false) && !state_secret {
        missing.push("a supporting affidavit");
    }
    if mode == Mode::Full && facts.get(Fact::Itemized) == Some(super::facts::NO) {
        missing.push("an item-by-item identification of the documents with reasons");
    }
    if !missing.is_empty() {
        steps.push(format!("Missing now: {}.", missing.join("; ")));
    }
    steps.push("Then renew the motion. The opinion does not say whether a defective claim may be cured (DOCTRINE §9.5), but courts often allow a renewed motion (Sprague was one). For the opposing party: oppose on the ground that the claim does not meet the established criteria of ¶8.".into());
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
}
