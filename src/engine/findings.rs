//! The words of the reasoning, as data: each finding the procedure can record, beside the rule it
//! applies, the authorities that support that very point, and the facts its words state; and
//! each reason a ruling can rest on, for the verdict's summary.
//!
//! The procedure (`procedure.rs`) only names findings; the words are here, chosen by setting
//! where the law differs by setting (rule D13: the trade courts' own procedure, 19 U.S.C.
//! § 1516a and the court's Rule 26(c), is cited only there). Text is built only when a walk is
//! recorded, never while exploring.

use super::authorities::Authority::{self, *};
use super::facts::{Claimant, Fact, Facts, Setting};
use super::request::Mode;
use super::rules::{Basis, RuleId};
use super::vocabulary::{Forum, Vehicle};
use std::borrow::Cow;

/// What a recorded walk knows when it words a finding.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    pub mode: Mode,
    pub forum: Forum,
    pub values: &'a Facts,
    /// What was stated (words that depend on the setting follow it).
    pub stated: &'a Facts,
}

impl Context<'_> {
    /// The trade courts, where the opinion's own procedure applies.
    fn trade(&self) -> bool {
        self.forum.trade_court
    }
}

/// A finding in words: what a step of the reasoning shows.
pub(crate) struct Note {
    pub rule: RuleId,
    pub basis: Basis,
    pub text: Cow<'static, str>,
    pub authorities: &'static [Authority],
    /// The facts whose answers the words state, as a set.
    pub states: u64,
}

/// A set of facts.
fn set(facts: &[Fact]) -> u64 {
    facts.iter().fold(0, |mask, fact| mask | fact.bit())
}

/// The set of the facts whose flag is raised.
fn set_where(flagged: &[(bool, Fact)]) -> u64 {
    flagged
        .iter()
        .filter(|(raised, _)| *raised)
        .fold(0, |mask, (_, fact)| mask | fact.bit())
}

/// The elements of a proper invocation that are missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Defects {
    pub no_formal_claim: bool,
    pub claimant: Option<Claimant>,
    pub no_personal_review: bool,
    pub no_affidavit: bool,
    pub not_itemized: bool,
}

impl Defects {
    /// The defects the facts show. `delegation_accepted`: whether a formally delegated official
    /// may claim (full mode, outside state secrets); `with_affidavit`: whether an affidavit is an
    /// element here.
    pub fn of(
        values: &Facts,
        mode: Mode,
        delegation_accepted: bool,
        with_affidavit: bool,
    ) -> Defects {
        let claimant = values
            .get(Fact::Claimant)
            .and_then(Claimant::from_index)
            .filter(|c| match c {
                Claimant::AgencyHead => false,
                Claimant::DelegatedOfficial => !delegation_accepted,
                _ => true,
            });
        Defects {
            no_formal_claim: values.get_bool(Fact::FormalClaim) == Some(false),
            claimant,
            no_personal_review: values.get_bool(Fact::PersonalReview) == Some(false),
            no_affidavit: with_affidavit && values.get_bool(Fact::Affidavit) == Some(false),
            not_itemized: mode == Mode::Full && values.get_bool(Fact::Itemized) == Some(false),
        }
    }

    /// The facts whose answers the words of the defects state.
    fn states(self) -> u64 {
        set_where(&[
            (self.no_formal_claim, Fact::FormalClaim),
            (self.claimant.is_some(), Fact::Claimant),
            (self.no_personal_review, Fact::PersonalReview),
            (self.no_affidavit, Fact::Affidavit),
            (self.not_itemized, Fact::Itemized),
        ])
    }

    /// Whether the only defect is that the claim is not itemised.
    pub fn itemization_only(self) -> bool {
        self == Defects {
            not_itemized: true,
            ..Defects::default()
        }
    }

    /// The defects, in words.
    pub fn words(self) -> String {
        let mut items: Vec<&str> = Vec::new();
        if self.no_formal_claim {
            items.push("no formal claim of privilege was lodged");
        }
        match self.claimant {
            Some(Claimant::Subordinate) => items.push("the claim was lodged by a subordinate official without a formal delegation, not by the head of the agency"),
            Some(Claimant::Counsel) => items.push("the claim was made by litigating counsel, not by the head of the agency"),
            Some(Claimant::DelegatedOfficial) => items.push("the claim was lodged by a delegated official, not by the head of the agency (the opinion requires the head; delegation is accepted only under Marriott, and not for state secrets)"),
            Some(Claimant::President) => items.push("the claim was lodged by the President, not by the head of the agency having control of the matter"),
            Some(Claimant::AgencyHead) | None => {}
        }
        if self.no_personal_review {
            items.push(
                "the official who claimed the privilege did not personally review the materials",
            );
        }
        if self.no_affidavit {
            items.push("no affidavit was submitted in support of the claim");
        }
        if self.not_itemized {
            items.push("the claim does not identify the documents item by item with reasons");
        }
        join(&items)
    }
}

/// Items joined as a lawyer lists them: "a; b; and c".
pub(crate) fn join(items: &[&str]) -> String {
    match items {
        [] => "one of its elements is missing".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{}; and {last}", init.join("; ")),
    }
}

/// Which elements of the protected category the document lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Missing {
    pub not_deliberative: bool,
    pub not_internal: bool,
    pub not_predecisional: bool,
}

impl Missing {
    pub fn of(values: &Facts) -> Missing {
        Missing {
            not_deliberative: values.get_bool(Fact::Deliberative) == Some(false),
            not_internal: values.get_bool(Fact::SolelyInternalUse) == Some(false),
            not_predecisional: values.get_bool(Fact::Predecisional) == Some(false),
        }
    }

    fn states(self) -> u64 {
        set_where(&[
            (self.not_deliberative, Fact::Deliberative),
            (self.not_internal, Fact::SolelyInternalUse),
            (self.not_predecisional, Fact::Predecisional),
        ])
    }

    fn words(self) -> String {
        let mut items = Vec::new();
        if self.not_deliberative {
            items.push("it is not of a pro-con, deliberative nature");
        }
        if self.not_internal {
            items.push("it was not compiled solely for internal use");
        }
        if self.not_predecisional {
            items.push("it is not part of the process by which the final determination was made");
        }
        join(&items)
    }
}

/// How the presidential presumption is overcome, or not, by setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PresidentialSetting {
    Criminal,
    Congressional,
    Civil,
}

/// A finding the procedure records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Finding {
    // 0. Objections that never block a ruling.
    CourtOnItsOwn,
    NotYetDemanded,
    PrematureObjectionFails,
    TimingObjectionIsNoOpposition,
    AgencyStatusPreserved,
    AgencyStatusAbsent,
    // 1. Extension.
    ExtensionSought,
    NoExtensionSought,
    // 2. State secrets.
    PrivilegeQualified,
    StateSecretAbsolute,
    StateSecretClaimProper,
    StateSecretClaimDefective(Defects),
    // 3. Presidential communications.
    PresidentialOutsideSeedMode,
    PresidentialOutsideCircle,
    PresidentialInFoia,
    PresidentialNotClaimed,
    PresidentialPresumption,
    PresumptionStands(PresidentialSetting),
    PresidentialInCameraFirst,
    PresidentialNeedAfterInCamera,
    CommitteeShowedCriticalNeed,
    PresidentialSpecificNeed,
    // 4. Threshold.
    IntraGovernmental,
    OutsideParty,
    // 5. FOIA.
    FoiaScopeAlone,
    Sunset,
    FoiaInCameraFindingsStand,
    FoiaDeclarationContradicted,
    ForeseeableHarmNotShown,
    ForeseeableHarmShown,
    ForeseeableHarmNotRequired,
    // 6. Invocation.
    ProperlyInvoked { delegated: bool },
    Delegation,
    Itemized,
    NotItemized,
    NotProperlyInvoked(Defects),
    // 7. Category.
    PostDecisional,
    OutsideCategory(Missing),
    WithinCategory,
    Predecisional,
    // 8. Factual dispute.
    SegregableFacts { rule: RuleId },
    InCameraFindingsStand,
    FactualIssue { refuted: bool },
    AffidavitDeemedTrue,
    FactsIntertwined,
    // 9. Misconduct.
    MisconductException,
    // 10. Balance and disposition.
    BurdenOnOpponent,
    NoNeedShown { general: bool, conflict: bool },
    NoGroundOnTheMerits { conflict: bool },
    BalancingFactors { available_elsewhere: Option<bool> },
    NeedOutweighs,
    ConditionalDisclosure,
    NeedDoesNotOutweigh,
    NoCompellingReasons,
    SealedPendingFurtherOrder,
    // Law of the setting.
    PriceInAProsecution,
    CongressionalLawUnsettled,
}

use Fact as F;
use Finding as X;

impl Finding {
    /// The finding in words, with its rule, basis, authorities and the facts it states.
    pub fn note(self, cx: &Context<'_>) -> Note {
        let trade = cx.trade();
        let foia = cx.forum.vehicle == Vehicle::Foia;
        let (rule, text, authorities, states): (RuleId, Cow<'static, str>, &'static [Authority], u64) = match self {
            X::CourtOnItsOwn => (RuleId::R7, "The court is acting on its own initiative: it may protect the document as justice requires, without regard to whether a demand has been made and without a motion by the parties (1 CIT at 66 n.3).".into(), &[CitRule26c], 0),
            X::NotYetDemanded => (RuleId::R7, "The document had not been demanded when the motion was made. That does not matter: a motion for a protective order may be made before the document is demanded, and the court may make any order justice requires without any limitation as to when.".into(), &[Asahi, Henkel], 0),
            X::PrematureObjectionFails => (RuleId::R7, "The objection that the motion is premature fails: a motion for a protective order may be made before the document is demanded, and the court may make any order justice requires without any limitation as to when.".into(), &[Asahi, Henkel], 0),
            X::TimingObjectionIsNoOpposition => (RuleId::R6, "The opposition says only that the motion is premature or that the document has not yet been evaluated. That is insufficient to defeat the motion: those opposing a motion for a protective order must evaluate the importance of the document in making their opposition.".into(), &[], 0),
            X::AgencyStatusPreserved => (RuleId::R12, "The document was accorded privileged status in the administrative proceeding. In an action under 19 U.S.C. § 1516a that status is to be preserved, subject to the court's power to examine the material in camera and disclose it on conditions; it supports the claim but neither establishes the protected category nor replaces a proper invocation.".into(), &[Usc19_1516aB2B], 0),
            X::AgencyStatusAbsent => (RuleId::R12, "The document was not accorded privileged status in the administrative proceeding. The opinion recites that status but never makes it a criterion, so its absence does not defeat the claim.".into(), &[], 0),
            X::ExtensionSought => (RuleId::R8, "The opposing party has conferred with counsel or petitioned for an extension of time for good cause shown: the route the opinion prescribes for a party that needs time to evaluate the document. The court may extend the time to oppose before ruling on the merits. The opinion did not itself rule on such a petition, so how the court will exercise that discretion it does not say.".into(), &[], set(&[F::ExtensionSought])),
            X::NoExtensionSought => (RuleId::R8, "No extension of time was sought. A party that needs more time should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion; without that, the motion is decided on the papers.".into(), &[], set(&[F::ExtensionSought])),
            X::PrivilegeQualified if foia => (RuleId::R2, "No military or state secret is claimed, so the privilege is qualified, not absolute. In a FOIA suit, though, no need of the requester is weighed against it: its scope decides.".into(), &[Reynolds], set(&[F::StateSecret])),
            X::PrivilegeQualified => (RuleId::R2, "No military or state secret is claimed, so the privilege is qualified, not absolute: it may yield to a sufficient showing of need.".into(), &[Reynolds], set(&[F::StateSecret])),
            X::StateSecretAbsolute => (RuleId::R2, "The claim concerns military or state secrets: the one case in which executive privilege is absolute. No showing of need overcomes a proper claim, and there is no balancing.".into(), &[Reynolds], set(&[F::StateSecret])),
            X::StateSecretClaimProper if cx.mode == Mode::Full => (RuleId::D1, "The claim was lodged formally by the head of the department having control of the matter, after actual personal consideration, and item by item. Once the court is satisfied that there is a reasonable danger that disclosure would expose military or state secrets, the claim is absolute, even against the most compelling need; in camera inspection is not required.".into(), &[ReynoldsFormalClaim, Zubaydah, Nlg], set(&[F::FormalClaim, F::Claimant, F::PersonalReview, F::Itemized])),
            X::StateSecretClaimProper => (RuleId::R3, "The claim was lodged formally through the head of the agency having control of the matter, who personally considered the material.".into(), &[ReynoldsFormalClaim], set(&[F::FormalClaim, F::Claimant, F::PersonalReview])),
            X::StateSecretClaimDefective(defects) => (
                if cx.mode == Mode::Full { RuleId::D1 } else { RuleId::R3 },
                format!("The state-secrets claim was not properly lodged: {}. The privilege belongs to the Government and must be claimed formally by the head of the department having control of the matter, after actual personal consideration.", defects.words()).into(),
                &[ReynoldsFormalClaim],
                defects.states(),
            ),
            X::PresidentialOutsideSeedMode => (RuleId::R1, "The claim is lodged by the President: a presidential communications claim. The opinion's rule concerns the internal documents of an agency claimed through its head; it does not reach presidential communications, and seed-only mode does not decide them. Full mode applies the presidential communications privilege.".into(), &[], set(&[F::Claimant])),
            X::PresidentialOutsideCircle => (RuleId::D8, "The document is said to be a presidential communication, but it was not authored or solicited and received within the President's circle of advisers, or not kept confidential within it: the presidential communications privilege does not reach it, and it is decided as any other document.".into(), &[SealedCaseCircle, JudicialWatch, EffectiveGovernment], set(&[F::Presidential, F::PresidentialCircle])),
            X::PresidentialInFoia => (RuleId::D8, "The document is a presidential communication within the President's circle of advisers. In a FOIA suit no formal claim by the agency head is required, and the requester's need does not count.".into(), &[Usc5_552b5, Sears], set(&[F::Presidential, F::PresidentialCircle])),
            X::PresidentialNotClaimed => (RuleId::D8, "The document is a presidential communication, but no formal claim of privilege was lodged. The privilege belongs to the Government and must be claimed.".into(), &[ReynoldsFormalClaim, Nixon], set(&[F::Presidential, F::FormalClaim])),
            X::PresidentialPresumption => (RuleId::D8, "The document is a presidential communication within the President's circle of advisers, and the privilege was formally claimed: the whole communication is presumptively privileged, with no split of its facts from its deliberation, and a generalized interest in confidentiality yields only to the showing the setting requires.".into(), &[Nixon, SealedCase], set(&[F::Presidential, F::PresidentialCircle, F::FormalClaim])),
            X::PresumptionStands(PresidentialSetting::Congressional) => (RuleId::D8, "The committee has not shown that the material is demonstrably critical to the responsible fulfilment of its functions: the presumption stands.".into(), &[SenateSelect], presumption_states(cx)),
            X::PresumptionStands(PresidentialSetting::Criminal) => (RuleId::D8, "No demonstrated, specific need for the evidence outweighs the presumption of privilege: the presumption stands.".into(), &[Nixon, Sirica], presumption_states(cx)),
            X::PresumptionStands(PresidentialSetting::Civil) => (RuleId::D8, "No specific need that outweighs the presumption of privilege has been shown: the presumption stands.".into(), &[SealedCase], presumption_states(cx)),
            X::PresidentialInCameraFirst => (RuleId::D8, "A demonstrated, specific need for evidence in a criminal proceeding (or a grand jury's particularized showing) overcomes a generalized claim of confidentiality; the court first examines the material in camera to excise what is not relevant.".into(), &[Nixon, Sirica], set(&[F::NeedShown, F::NeedOutweighsHarm, F::InspectedInCamera])),
            X::PresidentialNeedAfterInCamera => (RuleId::D8, "The court has examined the material in camera, and the demonstrated, specific need overcomes the presumption.".into(), &[Nixon], set(&[F::NeedShown, F::NeedOutweighsHarm, F::InspectedInCamera])),
            X::CommitteeShowedCriticalNeed => (RuleId::D8, "The committee has shown that the material is demonstrably critical to the responsible fulfilment of its functions.".into(), &[SenateSelect], set(&[F::NeedShown, F::NeedOutweighsHarm])),
            X::PresidentialSpecificNeed => (RuleId::D8, "The need shown is specific and outweighs the presumption of privilege.".into(), &[SealedCase], set(&[F::NeedShown, F::NeedOutweighsHarm])),
            X::IntraGovernmental => (RuleId::D6, "The document is an internal government communication, so it can be an intra-agency memorandum within the privilege.".into(), &[Klamath], set(&[F::IntraGovernmental])),
            X::OutsideParty if trade => (RuleId::D6, "The document is not an internal government communication: a communication from or shared with an outside party that has its own interest is not an intra-agency memorandum and gets no deliberative-process protection. Where another regime governs the material, such as business-proprietary data under an administrative protective order (19 U.S.C. § 1516a(b)(2)(B); American Spring Wire), the question belongs there, and this checker does not decide it.".into(), &[Klamath, AmericanSpringWire, Usc19_1516aB2B], set(&[F::IntraGovernmental])),
            X::OutsideParty => (RuleId::D6, "The document is not an internal government communication: a communication from or shared with an outside party that has its own interest is not an intra-agency memorandum and gets no deliberative-process protection. Where another regime governs the material, the question belongs there, and this checker does not decide it.".into(), &[Klamath], set(&[F::IntraGovernmental])),
            X::FoiaScopeAlone => (RuleId::D10, "This is a FOIA suit. Under Exemption 5 the agency must justify the withholding, and the court decides de novo. The requester's particular need does not count, no formal claim by the agency head is required, and no need is weighed against harm: the privilege's scope, with FOIA's own rules, decides.".into(), &[Usc5_552b5, Usc5_552a4b, Sears], set(&[F::Setting])),
            X::Sunset => (RuleId::D10b, "The record was created 25 years or more before a request made after June 30, 2016: the deliberative-process privilege cannot justify withholding it. Another privilege or exemption may still apply.".into(), &[Usc5_552b5, FoiaImprovementAct], set(&[F::RecordOver25Years, F::ForeseeableHarm])),
            X::FoiaInCameraFindingsStand => (RuleId::D10a, "The court has examined the record in camera and found it deliberative, with no reasonably segregable factual portion: its findings stand.".into(), &[Usc5_552a4b], set(&[F::InspectedInCamera, F::FactualContent])),
            X::FoiaDeclarationContradicted => (RuleId::D10a, "The agency's declaration is contradicted by the record or shown to be in bad faith, so it does not carry the agency's burden: the court is likely to examine the record in camera.".into(), &[Usc5_552a4b], set(&[F::AffidavitRefuted])),
            X::ForeseeableHarmNotShown => (RuleId::D10c, "The agency has not shown that disclosure would foreseeably harm an interest the exemption protects; generic, boilerplate assertions do not suffice. For a request made after June 30, 2016, it may withhold only on that showing.".into(), &[Usc5_552a8a, ReportersCommittee], set(&[F::ForeseeableHarm])),
            X::ForeseeableHarmShown => (RuleId::D10c, "The agency has shown that disclosure would foreseeably harm the interests the privilege protects.".into(), &[Usc5_552a8a], set(&[F::ForeseeableHarm])),
            X::ForeseeableHarmNotRequired => (RuleId::D10c, "The request was made before July 1, 2016, so no showing of foreseeable harm is required.".into(), &[FoiaImprovementAct], set(&[F::ForeseeableHarm])),
            X::ProperlyInvoked { delegated } => (
                RuleId::R3,
                if delegated {
                    "The privilege was properly invoked: a formal claim, lodged through an official to whom the head of the agency formally delegated the authority (the opinion itself speaks of the head of the agency), who personally reviewed the materials in issue, supported by an appropriate affidavit."
                } else {
                    "The privilege was properly invoked: a formal claim, lodged through the head of the agency having control of the matter, who personally reviewed the materials in issue, supported by an appropriate affidavit."
                }.into(),
                &[],
                set(&[F::FormalClaim, F::Claimant, F::PersonalReview, F::Affidavit]),
            ),
            X::Delegation if trade => (RuleId::D2, "The deliberative-process privilege may be invoked by a high-ranking official to whom the agency head has formally delegated the authority; the Federal Circuit so held, and its decisions bind the Court of International Trade.".into(), &[Marriott], set(&[F::Claimant])),
            X::Delegation => (RuleId::D2, "The deliberative-process privilege may be invoked by a high-ranking official to whom the agency head has formally delegated the authority.".into(), &[Marriott], set(&[F::Claimant])),
            X::Itemized => (RuleId::D3, "The claim identifies the documents item by item and gives reasons, so the other side can assess it.".into(), &[Frcp26b5a, Nlg], set(&[F::Itemized])),
            X::NotItemized => (RuleId::D3, "The claim does not identify the documents item by item with reasons. Claims must be asserted item by item, describing each document so that the other side can assess the claim without its contents being revealed.".into(), &[Frcp26b5a, Nlg], set(&[F::Itemized])),
            X::NotProperlyInvoked(defects) => (
                RuleId::R3,
                format!("The privilege was not properly invoked: {}. The opinion upheld a claim formally invoked through the head of the agency having control of the matter, who personally reviewed the materials, with an appropriate affidavit; a claim lacking any of these fails on this record, by negative implication and under Reynolds. Whether the government may cure the defect the opinion does not say.", defects.words()).into(),
                &[ReynoldsFormalClaim],
                defects.states(),
            ),
            X::PostDecisional => (RuleId::D5, "The document is post-decisional: a final opinion, an explanation of or instruction implementing a decision already made, or the agency's working law. Such documents are not protected.".into(), &[Sears, CoastalStates], set(&[F::PostDecisional])),
            X::OutsideCategory(missing) => (
                RuleId::R1,
                format!("The document is outside the protected category: {}. The privilege protects documents 'of a pro-con nature which are compiled solely for internal use' and which 'comprise part of the process' by which the final determination was made.", missing.words()).into(),
                &[],
                missing.states(),
            ),
            X::WithinCategory => {
                let outside_the_itc = cx.mode == Mode::Full
                    && cx.stated.get(F::Setting).and_then(Setting::from_index).is_some_and(|s| !s.is_trade_court());
                (
                    RuleId::R1,
                    if outside_the_itc {
                        "The document is within the protected category: of a pro-con nature, compiled solely for internal use, and part of the process by which the final determination was made. The opinion's sentence concerns documents of the International Trade Commission; applying it elsewhere rests on the general deliberative-process doctrine, not on the opinion."
                    } else {
                        "The document is within the protected category: of a pro-con nature, compiled solely for internal use, and part of the process by which the final determination was made."
                    }.into(),
                    &[Scm, Sprague, Henkel],
                    set(&[F::Deliberative, F::SolelyInternalUse, F::Predecisional]),
                )
            }
            X::Predecisional => (RuleId::D5, "The document is predecisional and not a post-decisional explanation or working law.".into(), &[Sears, Grumman], set(&[F::PostDecisional, F::Predecisional])),
            X::SegregableFacts { rule } if foia => (rule, "The record contains purely factual material that can reasonably be segregated from its deliberative portions: those portions must be released once the exempt portions are deleted.".into(), &[Usc5_552b, Usc5_552a8a], set(&[F::FactualContent])),
            X::SegregableFacts { rule } => (
                rule,
                "The document contains purely factual material that can be severed without compromising its deliberative material. The factual material is not protected; the deliberative portions are.".into(),
                if rule == RuleId::D4 { &[Mink] } else { &[] },
                set(&[F::FactualContent]),
            ),
            X::InCameraFindingsStand => (RuleId::R10, "The court has inspected the document in camera and found it deliberative, with no segregable factual material: the claim stands on the court's own findings.".into(), &[Henkel], set(&[F::InspectedInCamera, F::FactualContent])),
            X::FactualIssue { refuted } => {
                let what = if refuted { "refuted the supporting affidavit" } else { "questioned the contents of the document" };
                let under = if trade { " under 19 U.S.C. § 1516a(b)(2)(B)" } else { "" };
                (
                    RuleId::R10,
                    format!("The opposing party has {what}, so there is an issue whether the document contains facts or other material not subject to executive privilege. The opinion found inspection unnecessary only because there was no such issue; here the court may examine the document in camera{under}, as the court did in Henkel. What follows a refuted affidavit the opinion does not decide, and in camera review remains discretionary.").into(),
                    if trade { &[Henkel, Usc19_1516aB2B, Mink] } else { &[Henkel, Mink] },
                    if refuted { set(&[F::AffidavitRefuted]) } else { set(&[F::AffidavitRefuted, F::ContentsQuestioned]) },
                )
            }
            X::AffidavitDeemedTrue => (RuleId::R9, "The opposing party has neither refuted the supporting affidavit nor questioned the contents of the document, so the court deems the affidavit's facts true; an in camera inspection is unnecessary because there is no issue whether the document contains facts or other material not subject to executive privilege.".into(), if trade { &[Scm, Usc19_1516aB2B] } else { &[Scm] }, set(&[F::AffidavitRefuted, F::ContentsQuestioned])),
            X::FactsIntertwined => (RuleId::D4, "The document's facts are intertwined with its deliberation: their selection and weighing is itself deliberative, so they are protected with the rest.".into(), &[Montrose], set(&[F::FactualContent])),
            X::MisconductException => (
                RuleId::D7,
                if cx.stated.get(F::Setting) == Some(Setting::TradeRecordReview.index()) {
                    "The cause of action puts the government's own misconduct or decision-making at issue, and where that is so the deliberative-process privilege does not shield those deliberations. The exception is read narrowly: a bare allegation of wrongdoing is not enough. In review on the administrative record the decision-makers' motives are immaterial unless bad faith or improper behaviour is shown, so the exception applies here only on such a showing."
                } else {
                    "The cause of action puts the government's own misconduct or decision-making at issue, and where that is so the deliberative-process privilege does not shield those deliberations. The exception is read narrowly: a bare allegation of wrongdoing is not enough."
                }.into(),
                if cx.stated.get(F::Setting) == Some(Setting::TradeRecordReview.index()) { &[Comptroller1998, Comptroller1998Rehearing, SealedCase] } else { &[Comptroller1998, SealedCase] },
                set(&[F::Misconduct]),
            ),
            X::BurdenOnOpponent => (RuleId::R4, "The privilege having been properly invoked over protected material, it is incumbent upon the opposing party to show, clearly and persuasively, that the need for disclosure outweighs the harm that could result from nondisclosure.".into(), &[Nixon, Sprague], 0),
            X::NoNeedShown { general, conflict } => {
                let shown = if general { "only a general need" } else { "no need" };
                let mut text = format!("The opposing party has shown {shown} for the document, not the compelling need that outweighs the harm of protection.");
                if conflict {
                    text.push_str(" The answers conflict: the need is said to outweigh the harm, yet no specific or compelling need is stated; a need not shown cannot outweigh anything, so the stated need governs.");
                }
                (RuleId::R5, text.into(), &[], 0)
            }
            X::NoGroundOnTheMerits { conflict } => {
                let mut text = String::from(if cx.forum.protective_order() && trade {
                    "The opposition raises no ground that goes to the merits: at most that the motion is premature or the document not yet evaluated, which is insufficient to defeat the motion. No need for the document has been shown."
                } else {
                    "The opposition raises no ground that goes to the merits, and no need for the document has been shown."
                });
                if conflict {
                    text.push_str(" The answers conflict: the need is said to outweigh the harm, yet no ground of need was raised; the stated grounds govern.");
                }
                (if cx.forum.protective_order() && trade { RuleId::R6 } else { RuleId::R13 }, text.into(), &[], 0)
            }
            X::BalancingFactors { available_elsewhere } => {
                let mut text = String::from("In weighing need against harm the court considers the relevance of the evidence, the availability of other evidence, the seriousness of the litigation and the issues, the government's role in the litigation, and the possibility of future timidity by government employees.");
                match available_elsewhere {
                    Some(true) => text.push_str(" The information is available from other sources, which weighs against disclosure."),
                    Some(false) => text.push_str(" The information is not available from other sources, which weighs toward disclosure."),
                    None => {}
                }
                (RuleId::D7, text.into(), &[SealedCase, Comptroller1992], 0)
            }
            X::NeedOutweighs => (RuleId::R5, "The opposing party has demonstrated, clearly and persuasively, a compelling need for the document that outweighs the harm that could result from protection.".into(), &[], set(&[F::NeedOutweighsHarm])),
            X::ConditionalDisclosure if trade => (RuleId::D9, "The court may disclose the material under such terms and conditions as it may order, for instance to counsel only.".into(), &[Usc19_1516aB2B], 0),
            X::ConditionalDisclosure => (RuleId::D9, "Disclosure may be ordered on conditions that limit the harm, for instance to counsel only.".into(), &[], 0),
            X::NeedDoesNotOutweigh => (RuleId::R5, "The opposing party has not shown clearly and persuasively that its need for the document outweighs the harm that could result from disclosure.".into(), &[], set(&[F::NeedOutweighsHarm])),
            X::NoCompellingReasons if cx.forum.protective_order() => (RuleId::R13, "In opposition, no compelling reasons have been offered to justify denial of the relief sought.".into(), &[], 0),
            X::NoCompellingReasons => (RuleId::R13, "The opposing party has offered no compelling reason to set the privilege aside.".into(), &[], 0),
            X::SealedPendingFurtherOrder if cx.forum.vehicle == Vehicle::CourtOnItsOwn => (RuleId::R11, "The court may order the clerk to seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court.".into(), &[], 0),
            X::PriceInAProsecution => (RuleId::D11, "The privilege is sustained in a criminal prosecution, where the Government pays for it: if it refuses to produce what the court orders produced, the prosecution may be dismissed, or a witness's testimony struck; it cannot prosecute and then invoke its privileges to deprive the accused of anything material to the defence.".into(), &[Jencks, Usc18_3500d, ReynoldsProsecution], set(&[F::Setting])),
            X::CongressionalLawUnsettled => (RuleId::D12, "The demand is a congressional committee's. The reach of executive privilege against a committee is unsettled and mostly resolved by accommodation between the branches; the one appellate decision asked whether the material was demonstrably critical to the responsible fulfilment of the committee's functions.".into(), &[SenateSelect], set(&[F::Setting])),
            X::SealedPendingFurtherOrder => (RuleId::R11, "The motion for a protective order is granted in all respects: the clerk shall seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court.".into(), &[], 0),
        };
        let basis = match self {
            X::ExtensionSought
            | X::PresidentialOutsideSeedMode
            | X::NotProperlyInvoked(_)
            | X::OutsideCategory(_)
            | X::FactualIssue { .. }
            | X::InCameraFindingsStand => Basis::SeedImplied,
            X::StateSecretClaimDefective(_) if cx.mode == Mode::Seed => Basis::SeedImplied,
            X::SegregableFacts { rule }
                if rule != RuleId::D4 && !rule.as_str().starts_with('D') =>
            {
                Basis::SeedImplied
            }
            _ => rule.rule().basis,
        };
        Note {
            rule,
            basis,
            text,
            authorities,
            states,
        }
    }
}

/// The facts a finding that the presidential presumption stands states: the balance, and the
/// need shown only where the balance was said to tip (the need is read only then).
fn presumption_states(cx: &Context<'_>) -> u64 {
    if cx.values.get_bool(F::NeedOutweighsHarm) == Some(true) {
        set(&[F::NeedOutweighsHarm, F::NeedShown])
    } else {
        set(&[F::NeedOutweighsHarm])
    }
}

/// What a ruling rests on: the first half of the verdict's summary (the second is the ruling in
/// the words of its setting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    ExtensionSought,
    StateSecretsUpheld,
    StateSecretClaimDefective(Defects),
    PresidentialOutsideSeedMode,
    PresidentialWithheldInFoia,
    PresidentialNotClaimed,
    PresumptionStands,
    PresidentialInCamera,
    PresumptionOvercome,
    ForeseeableHarmNotShown,
    OutsideParty,
    PostDecisional,
    OutsideCategory(Missing),
    Sunset,
    FoiaInCamera,
    FoiaSegregable,
    FoiaWithheld,
    ClaimDefective(Defects),
    InCamera { refuted: bool },
    Segregable,
    Misconduct,
    NeedOutweighs,
    PrivilegeStands,
}

impl Reason {
    /// The reason in one sentence.
    pub fn words(self) -> Cow<'static, str> {
        use Reason as R;
        match self {
            R::ExtensionSought => "The opposing party has taken the route the opinion prescribes for a party that needs time to evaluate the document, so the court is likely to extend the time to oppose rather than rule on the merits now.".into(),
            R::StateSecretsUpheld => "The claim concerns military or state secrets and was properly lodged by the head of the department after personal consideration, so the privilege is absolute: no showing of need overcomes it and no balancing follows.".into(),
            R::StateSecretClaimDefective(defects) => format!("The state-secrets privilege was not properly invoked ({}), so the claim fails on this record until it is renewed in proper form.", defects.words()).into(),
            R::PresidentialOutsideSeedMode => "A claim lodged by the President is a presidential communications claim, which the opinion does not reach; seed-only mode leaves it undecided (full mode applies the presidential communications privilege).".into(),
            R::PresidentialWithheldInFoia => "The document is a presidential communication within the President's circle, and in a FOIA suit the requester's need does not count.".into(),
            R::PresidentialNotClaimed => "The presidential communications privilege was not formally claimed, so the claim fails on this record until it is properly lodged.".into(),
            R::PresumptionStands => "The document is a presidential communication within the President's circle, presumptively privileged, and the showing needed to overcome the presumption has not been made.".into(),
            R::PresidentialInCamera => "A demonstrated, specific need in a criminal or grand-jury proceeding overcomes the presumption for presidential communications, so the court should examine the material in camera before ordering it produced.".into(),
            R::PresumptionOvercome => "The showing required to overcome the presumption for presidential communications has been made, so production is likely to be ordered, possibly on conditions.".into(),
            R::ForeseeableHarmNotShown => "The agency has not shown that disclosure would foreseeably harm an interest the exemption protects, which a request made after June 30, 2016 requires before it may withhold.".into(),
            R::OutsideParty => "The document is not an internal government communication, so the deliberative-process privilege does not protect it; any protection must come from another regime.".into(),
            R::PostDecisional => "The document explains or implements a decision already made (or is the agency's working law), so it is not predecisional and the privilege does not protect it.".into(),
            R::OutsideCategory(missing) => format!("The document is outside the category the privilege protects ({}).", missing.words()).into(),
            R::Sunset => "The record is 25 years old or more and was requested after June 30, 2016, so the deliberative-process privilege cannot justify withholding it; another exemption may still apply.".into(),
            R::FoiaInCamera => "The agency's declaration is contradicted by the record or shown to be in bad faith, so the court is likely to examine the record in camera before ruling.".into(),
            R::FoiaSegregable => "The record is deliberative, but its purely factual, reasonably segregable portions must be released once the exempt portions are deleted.".into(),
            R::FoiaWithheld => "The record is predecisional and deliberative, compiled solely for internal use, and the agency has carried its burden, so Exemption 5 protects it; the requester's need does not count.".into(),
            R::ClaimDefective(defects) => format!("The privilege was not properly invoked ({}), so the claim fails on this record.", defects.words()).into(),
            R::InCamera { refuted } => {
                let what = if refuted { "refuted the supporting affidavit" } else { "questioned the contents of the document" };
                format!("The opposing party has {what}, so there is an issue whether the document contains material not subject to the privilege, and the court is likely to inspect it in camera before ruling.").into()
            }
            R::Segregable => "The deliberative portions of the document are protected, but its purely factual, segregable portions are not.".into(),
            R::Misconduct => "The cause of action puts the government's own deliberations at issue, and the deliberative-process privilege does not shield them there.".into(),
            R::NeedOutweighs => "The privilege was properly invoked, but the opposing party has shown clearly and persuasively that its need for the document outweighs the harm of disclosure.".into(),
            R::PrivilegeStands => "The privilege was properly invoked over a pro-con document compiled solely for internal use as part of the deliberative process, and no compelling need outweighing the harm of disclosure has been shown.".into(),
        }
    }
}
