//! What a verdict must never do silently: the grounds it cannot decide, the stated facts seed
//! mode sets aside, the answers that contradict each other (and which one governed), and the law
//! particular to the setting (`docs/doctrine.md`, "What the verdict never does silently").
//!
//! Caveats read only what was stated: they are the same whatever the unknown facts turn out to be.

use super::authorities::Authority;
use super::facts::{FACTS, Fact, Facts, NeedShown, Posture, Setting, YES};
use super::outcome::{Outcome, OutcomeSet};
use super::request::Mode;
use super::vocabulary::answer_in_sentence;
use serde::Serialize;

/// What kind of thing a caveat says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaveatKind {
    /// A stated ground or fact the rulebook cannot decide.
    NotDecided,
    /// A stated fact only full mode reads.
    IgnoredInSeedMode,
    /// Two stated facts that cannot both hold.
    Contradiction,
    /// Law particular to the setting that the reader must know.
    Setting,
}

/// One thing the ruling does not decide, or had to set aside.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Caveat {
    /// What kind of thing it is.
    pub kind: CaveatKind,
    /// The facts it concerns (contract names).
    pub facts: Vec<&'static str>,
    /// What it means, in words.
    pub message: String,
}

impl Caveat {
    fn new(kind: CaveatKind, facts: &[Fact], message: String) -> Caveat {
        Caveat {
            kind,
            facts: facts.iter().map(|f| f.name()).collect(),
            message,
        }
    }
}

/// Whether the opposition's waiver argument is stated: the one ground the rulebook cannot decide.
pub(crate) fn waiver_argued(facts: &Facts) -> bool {
    facts.get(Fact::OppositionWaiver) == Some(YES)
}

/// The caveats of a verdict. `possible`: the rulings the facts still allow (one if decided).
pub(crate) fn caveats(mode: Mode, facts: &Facts, possible: OutcomeSet) -> Vec<Caveat> {
    let mut caveats = Vec::new();
    not_decided(facts, possible, &mut caveats);
    if mode == Mode::Seed {
        ignored_in_seed_mode(facts, &mut caveats);
    }
    contradictions(mode, facts, &mut caveats);
    if mode == Mode::Full {
        setting_law(facts, possible, &mut caveats);
    }
    caveats
}

fn not_decided(facts: &Facts, possible: OutcomeSet, out: &mut Vec<Caveat>) {
    if waiver_argued(facts) {
        let rests = if possible.len() == 1 {
            "the ruling rests on the other grounds"
        } else {
            "each possible ruling rests on the other grounds"
        };
        out.push(Caveat::new(
            CaveatKind::NotDecided,
            &[Fact::OppositionWaiver],
            format!("The opposition argues waiver, which the opinion does not address and this checker does not decide; {rests}. Whether the privilege was waived (for instance by disclosure outside the government) must be assessed separately."),
        ));
    }
}

fn ignored_in_seed_mode(facts: &Facts, out: &mut Vec<Caveat>) {
    for info in FACTS.iter().filter(|info| info.full_mode_only) {
        let Some(value) = facts.get(info.fact) else {
            continue;
        };
        let answer = answer_in_sentence(info.fact, value);
        let consequence = if info.fact == Fact::Setting {
            " The ruling is worded as in the opinion's own court, on a motion for a protective order."
        } else {
            ""
        };
        out.push(Caveat::new(
            CaveatKind::IgnoredInSeedMode,
            &[info.fact],
            format!(
                "Seed mode does not apply this: {} (answered \u{201c}{answer}\u{201d}) is read only in full mode, which adds the doctrine the opinion does not state.{consequence}",
                info.topic
            ),
        ));
    }
}

fn contradictions(mode: Mode, facts: &Facts, out: &mut Vec<Caveat>) {
    let full = mode == Mode::Full;
    let yes = |fact: Fact| facts.get(fact) == Some(YES);
    let no = |fact: Fact| facts.get(fact) == Some(super::facts::NO);
    let setting = facts.get(Fact::Setting).and_then(Setting::from_index);
    let posture = facts.get(Fact::Posture).and_then(Posture::from_index);
    let need = facts.get(Fact::NeedShown).and_then(NeedShown::from_index);
    let mut say = |facts: &[Fact], message: String| {
        out.push(Caveat::new(CaveatKind::Contradiction, facts, message));
    };

    if yes(Fact::Predecisional) && yes(Fact::PostDecisional) {
        say(
            &[Fact::Predecisional, Fact::PostDecisional],
            if full {
                "The document is said to be both predecisional and post-decisional, which cannot both hold. The post-decisional answer governed: it is read first, and a document that explains or implements a decision already made is not protected.".into()
            } else {
                "The document is said to be both predecisional and post-decisional, which cannot both hold. Seed mode does not read the post-decisional answer, so the predecisional answer governed.".into()
            },
        );
    }
    if yes(Fact::OppositionContainsFacts) && no(Fact::ContentsQuestioned) {
        say(
            &[Fact::OppositionContainsFacts, Fact::ContentsQuestioned],
            "The opposition is said to argue that the document contains non-privileged facts, yet its contents are said not to be questioned. The answer that the contents were not questioned governed at the in camera step.".into(),
        );
    }
    if yes(Fact::OppositionNeed) && need == Some(NeedShown::None) {
        say(
            &[Fact::OppositionNeed, Fact::NeedShown],
            "The opposition is said to assert a need for the document, yet no need is said to have been shown. The need shown governed: asserting a need is not showing one.".into(),
        );
    }
    if yes(Fact::NeedOutweighsHarm) && matches!(need, Some(NeedShown::None | NeedShown::General)) {
        let shown = if need == Some(NeedShown::General) {
            "only a general need"
        } else {
            "no need"
        };
        say(
            &[Fact::NeedOutweighsHarm, Fact::NeedShown],
            format!(
                "The need is said to outweigh the harm of disclosure, yet {shown} is said to have been shown. The need shown governed: a need not shown cannot outweigh anything."
            ),
        );
    }
    let governed = if full {
        "The setting governed."
    } else {
        "Seed mode reads neither: it applies the opinion's own rules, as on a motion for a protective order."
    };
    match (setting, posture) {
        (Some(Setting::Foia), Some(p)) if p != Posture::FoiaSuit => say(
            &[Fact::Setting, Fact::Posture],
            format!(
                "The setting is a FOIA suit, but the posture is: {}. {governed}",
                answer_in_sentence(Fact::Posture, p.index())
            ),
        ),
        (Some(s), Some(Posture::FoiaSuit)) if s != Setting::Foia => say(
            &[Fact::Setting, Fact::Posture],
            format!(
                "The posture is a FOIA suit, but the setting is: {}. {governed}",
                answer_in_sentence(Fact::Setting, s.index())
            ),
        ),
        _ => {}
    }
    if facts.get(Fact::Claimant) == Some(super::facts::Claimant::President.index())
        && no(Fact::Presidential)
    {
        say(
            &[Fact::Claimant, Fact::Presidential],
            if full {
                "The claim is said to be lodged by the President, yet the document is said not to be a presidential communication. The answer that it is not governed: the claim was judged as any other claim, and the President is not the head of the agency having control of the matter.".into()
            } else {
                "The claim is said to be lodged by the President, yet the document is said not to be a presidential communication. Seed mode does not read the latter: the claim by the President governed, and the opinion does not reach it.".into()
            },
        );
    }
    if facts.get(Fact::PresidentialCircle).is_some() && no(Fact::Presidential) {
        say(
            &[Fact::PresidentialCircle, Fact::Presidential],
            "Whether the communication stayed within the President's circle is answered, yet the document is said not to be a presidential communication. The latter governed; the circle was not considered.".into(),
        );
    }
    if let Some(setting) = setting.filter(|s| *s != Setting::Foia) {
        for fact in [Fact::RecordOver25Years, Fact::ForeseeableHarm] {
            if facts.get(fact).is_some() {
                say(
                    &[fact, Fact::Setting],
                    format!(
                        "The question {} is answered, but it matters only in a FOIA suit, and the setting is: {}. The setting governed; the answer was not considered.",
                        fact.info().topic,
                        answer_in_sentence(Fact::Setting, setting.index())
                    ),
                );
            }
        }
    }
}

fn setting_law(facts: &Facts, possible: OutcomeSet, out: &mut Vec<Caveat>) {
    match facts.get(Fact::Setting).and_then(Setting::from_index) {
        Some(Setting::Criminal) => {
            let sustained = [Outcome::ProtectiveOrderGranted, Outcome::StateSecretsUpheld, Outcome::PartialDisclosure]
                .iter()
                .any(|o| possible.contains(*o));
            if sustained {
                out.push(Caveat::new(
                    CaveatKind::Setting,
                    &[Fact::Setting],
                    format!(
                        "In a prosecution the Government pays for its privilege: where it claims privilege and refuses to produce what the court has ordered produced, the prosecution must be dismissed ({}), and where a witness's statements are withheld, the testimony is struck or a mistrial declared ({}). The Government cannot prosecute and then invoke its privileges to deprive the accused of anything material to the defence ({}, dictum). The ruling on the privilege stands; what it costs the prosecution is for the court.",
                        Authority::Jencks.full(),
                        Authority::Usc18_3500d.full(),
                        Authority::ReynoldsProsecution.full()
                    ),
                ));
            }
        }
        Some(Setting::Congressional) => out.push(Caveat::new(
            CaveatKind::Setting,
            &[Fact::Setting],
            format!(
                "The reach of executive privilege against a congressional committee is unsettled and is mostly resolved by accommodation between the branches. In the one appellate decision the committee had to show that the material was demonstrably critical to the responsible fulfilment of its functions ({}). Read this ruling as a forecast under that test, not as settled law.",
                Authority::SenateSelect.full()
            ),
        )),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_mode_names_every_fact_it_sets_aside() {
        let facts = Facts::unknown()
            .with(Fact::Setting, Setting::Foia.index())
            .with_bool(Fact::Presidential, true)
            .with_bool(Fact::Misconduct, true)
            .with_bool(Fact::Deliberative, true);
        let found = caveats(Mode::Seed, &facts, OutcomeSet::new());
        let ignored: Vec<&str> = found
            .iter()
            .filter(|c| c.kind == CaveatKind::IgnoredInSeedMode)
            .flat_map(|c| c.facts.clone())
            .collect();
        assert_eq!(ignored, ["setting", "presidential", "misconduct"]);
        assert!(
            caveats(Mode::Full, &facts, OutcomeSet::new())
                .iter()
                .all(|c| c.kind != CaveatKind::IgnoredInSeedMode)
        );
    }

    #[test]
    fn every_listed_contradiction_is_named_with_what_governed() {
        let cases: [(Facts, [&str; 2]); 8] = [
            (
                Facts::unknown()
                    .with_bool(Fact::Predecisional, true)
                    .with_bool(Fact::PostDecisional, true),
                ["predecisional", "post_decisional"],
            ),
            (
                Facts::unknown()
                    .with_bool(Fact::OppositionContainsFacts, true)
                    .with_bool(Fact::ContentsQuestioned, false),
                ["opposition_grounds.contains_facts", "contents_questioned"],
            ),
            (
                Facts::unknown()
                    .with_bool(Fact::OppositionNeed, true)
                    .with(Fact::NeedShown, NeedShown::None.index()),
                ["opposition_grounds.need", "need_shown"],
            ),
            (
                Facts::unknown()
                    .with_bool(Fact::NeedOutweighsHarm, true)
                    .with(Fact::NeedShown, NeedShown::General.index()),
                ["need_outweighs_harm", "need_shown"],
            ),
            (
                Facts::unknown()
                    .with(Fact::Setting, Setting::Foia.index())
                    .with(Fact::Posture, Posture::MotionToCompel.index()),
                ["setting", "posture"],
            ),
            (
                Facts::unknown()
                    .with(Fact::Setting, Setting::Civil.index())
                    .with(Fact::Posture, Posture::FoiaSuit.index()),
                ["setting", "posture"],
            ),
            (
                Facts::unknown()
                    .with(
                        Fact::Claimant,
                        super::super::facts::Claimant::President.index(),
                    )
                    .with_bool(Fact::Presidential, false),
                ["claimant", "presidential"],
            ),
            (
                Facts::unknown()
                    .with_bool(Fact::PresidentialCircle, true)
                    .with_bool(Fact::Presidential, false),
                ["presidential_circle", "presidential"],
            ),
        ];
        for (facts, names) in cases {
            for mode in [Mode::Seed, Mode::Full] {
                let found = caveats(mode, &facts, OutcomeSet::new());
                let contradiction = found
                    .iter()
                    .find(|c| c.kind == CaveatKind::Contradiction)
                    .expect("the contradiction is flagged");
                assert_eq!(contradiction.facts, names);
                assert!(
                    contradiction.message.contains("governed")
                        || contradiction.message.contains("reads neither"),
                    "{}",
                    contradiction.message
                );
            }
        }
        let foia_only = Facts::unknown()
            .with(Fact::Setting, Setting::Civil.index())
            .with_bool(Fact::RecordOver25Years, true);
        assert!(
            caveats(Mode::Full, &foia_only, OutcomeSet::new())
                .iter()
                .any(|c| c.kind == CaveatKind::Contradiction
                    && c.facts == ["record_over_25_years", "setting"])
        );
    }
}
