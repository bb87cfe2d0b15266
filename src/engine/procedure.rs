//! The order of decision (`docs/doctrine.md`, "The order of decision"), step by step.
//!
//! Each numbered section is one step. A step either decides (it calls [`Walk::conclude`] with the
//! reason the ruling rests on) or passes on. Every test reads its fact through the walk, so an
//! unknown fact stops the walk and is explored answer by answer (`explore.rs`). The words of
//! every finding are in `findings.rs`, beside the rule each applies.

use super::facts::{Claimant, Fact, FactualContent, ForeseeableHarm, NeedShown, Posture, Setting};
use super::findings::{Defects, Finding, Missing, PresidentialSetting, Reason};
use super::outcome::Outcome;
use super::rules::RuleId;
use super::trace::{Need, Walk};

/// The grounds of opposition that go to the merits (all but "premature" and "not evaluated").
pub(crate) const SUBSTANTIVE_GROUNDS: [Fact; 5] = [
    Fact::OppositionContainsFacts,
    Fact::OppositionOutsidePrivilege,
    Fact::OppositionNeed,
    Fact::OppositionDefectiveClaim,
    Fact::OppositionWaiver,
];

type Step = Result<Option<Outcome>, Need>;

/// One step of the order of decision: its number (§7) and the test it applies.
type Numbered = (u8, fn(&mut Walk<'_>) -> Step);

/// Decides one walk.
///
/// The walk carries the number of the step it is at (`Walk::stage`), so that where it concludes
/// or stops, and each step of reasoning it records, can be placed in the order of decision
/// (the decision diagram, `diagram.rs`).
pub(crate) fn decide(w: &mut Walk<'_>) -> Result<Outcome, Need> {
    w.stage = OBJECTIONS;
    objections_that_never_block(w);
    let steps: [Numbered; 9] = [
        (1, extension),
        (2, state_secrets),
        (3, presidential_communications),
        (4, threshold),
        (5, foia),
        (6, invocation),
        (7, category),
        (8, factual_dispute),
        (9, misconduct),
    ];
    for (stage, step) in steps {
        w.stage = stage;
        if let Some(outcome) = step(w)? {
            return Ok(outcome);
        }
    }
    w.stage = BALANCE;
    balance(w)
}

/// Step 0 of the order of decision: the objections that never block a ruling (recorded only).
pub(crate) const OBJECTIONS: u8 = 0;
/// Step 10, the last: the balance, which always rules.
pub(crate) const BALANCE: u8 = 10;

// 0. Objections that never block a ruling (R6, R7), and the agency's privileged status (R12).
//    Recorded, never decided on, so they read only what was stated; the trade courts' procedure
//    only (D13).
fn objections_that_never_block(w: &mut Walk<'_>) {
    if !w.recording() {
        return;
    }
    if w.full() && w.stated_setting() == Some(Setting::Congressional) {
        w.note(Finding::CongressionalLawUnsettled);
    }
    if !w.trade_procedure_stated() {
        return;
    }
    let premature = w.stated_bool(Fact::OppositionPremature) == Some(true);
    let not_evaluated = w.stated_bool(Fact::OppositionNotEvaluated) == Some(true);
    let demanded = w.stated_bool(Fact::Demanded);
    let on_its_own = w.stated_bool(Fact::SuaSponte) == Some(true)
        || w.stated(Fact::Posture) == Some(Posture::SuaSponte.index());
    if on_its_own {
        w.note(Finding::CourtOnItsOwn);
    } else if demanded == Some(false) {
        w.note(Finding::NotYetDemanded);
    } else if premature {
        w.note(Finding::PrematureObjectionFails);
    }
    if premature || not_evaluated {
        w.note(Finding::TimingObjectionIsNoOpposition);
    }
    if w.stated_setting().is_some_and(Setting::is_trade_court) {
        match w.stated_bool(Fact::PrivilegedInAgencyProceeding) {
            Some(true) => w.note(Finding::AgencyStatusPreserved),
            Some(false) => w.note(Finding::AgencyStatusAbsent),
            None => {}
        }
    }
}

// 1. Extension (R8): more time sought, on a protective-order motion in the trade courts → O8.
fn extension(w: &mut Walk<'_>) -> Step {
    // Both must hold; an extension known not to have been sought settles it without asking where.
    let not_sought = w.values().get_bool(Fact::ExtensionSought) == Some(false);
    if !not_sought && trade_procedure(w)? && w.yes(Fact::ExtensionSought, RuleId::R8)? {
        w.note(Finding::ExtensionSought);
        return w
            .conclude(Outcome::ExtensionOfTime, Reason::ExtensionSought)
            .map(Some);
    }
    let timing_only = w.stated_bool(Fact::OppositionPremature) == Some(true)
        || w.stated_bool(Fact::OppositionNotEvaluated) == Some(true);
    let known_not_sought = w.values().get_bool(Fact::ExtensionSought) == Some(false);
    if timing_only && known_not_sought && w.trade_procedure_stated() {
        w.note(Finding::NoExtensionSought);
    }
    Ok(None)
}

// 2. State secrets first: the only absolute branch (R2, and D1 in full mode).
fn state_secrets(w: &mut Walk<'_>) -> Step {
    if !w.yes(Fact::StateSecret, RuleId::R2)? {
        w.note(Finding::PrivilegeQualified);
        return Ok(None);
    }
    w.note(Finding::StateSecretAbsolute);
    let rule = if w.full() { RuleId::D1 } else { RuleId::R3 };
    let proper = w.yes(Fact::FormalClaim, rule)?
        && w.ask(Fact::Claimant, rule)? == Claimant::AgencyHead.index()
        && w.yes(Fact::PersonalReview, rule)?
        && (w.seed() || w.yes(Fact::Itemized, RuleId::D3)?);
    if proper {
        w.note(Finding::StateSecretClaimProper);
        price_in_a_prosecution(w);
        return w
            .conclude(Outcome::StateSecretsUpheld, Reason::StateSecretsUpheld)
            .map(Some);
    }
    // Reynolds' head-of-department rule: no delegation for state secrets.
    let defects = Defects::of(w.values(), w.mode, false, false);
    w.note(Finding::StateSecretClaimDefective(defects));
    w.conclude(
        Outcome::ClaimDefective,
        Reason::StateSecretClaimDefective(defects),
    )
    .map(Some)
}

// 3. Presidential communications: outside the opinion in seed mode (O9); D8 in full mode.
fn presidential_communications(w: &mut Walk<'_>) -> Step {
    if w.seed() {
        if w.ask(Fact::Claimant, RuleId::R3)? == Claimant::President.index() {
            w.note(Finding::PresidentialOutsideSeedMode);
            return w
                .conclude(Outcome::OutOfScope, Reason::PresidentialOutsideSeedMode)
                .map(Some);
        }
        return Ok(None);
    }
    if !w.yes(Fact::Presidential, RuleId::D8)? {
        return Ok(None);
    }
    if !w.yes(Fact::PresidentialCircle, RuleId::D8)? {
        // Outside the circle the document is decided as any other (steps 4–10).
        w.note(Finding::PresidentialOutsideCircle);
        return Ok(None);
    }
    let setting = w.ask(Fact::Setting, RuleId::D8)?;
    if setting == Setting::Foia.index() {
        // No formal claim and no need in FOIA (D10); foreseeable harm still required (D10c).
        w.note(Finding::PresidentialInFoia);
        if w.ask(Fact::ForeseeableHarm, RuleId::D10c)? == ForeseeableHarm::NotShown.index() {
            w.note(Finding::ForeseeableHarmNotShown);
            return w
                .conclude(Outcome::FurtherShowing, Reason::ForeseeableHarmNotShown)
                .map(Some);
        }
        return w
            .conclude(
                Outcome::ProtectiveOrderGranted,
                Reason::PresidentialWithheldInFoia,
            )
            .map(Some);
    }
    if !w.yes(Fact::FormalClaim, RuleId::D8)? {
        w.note(Finding::PresidentialNotClaimed);
        return w
            .conclude(Outcome::ClaimDefective, Reason::PresidentialNotClaimed)
            .map(Some);
    }
    w.note(Finding::PresidentialPresumption);
    let kind = if setting == Setting::Criminal.index() || setting == Setting::GrandJury.index() {
        PresidentialSetting::Criminal
    } else if setting == Setting::Congressional.index() {
        PresidentialSetting::Congressional
    } else {
        PresidentialSetting::Civil
    };
    let outweighs = w.yes(Fact::NeedOutweighsHarm, RuleId::D8)?;
    let shown = outweighs && {
        let need = need_given_outweighs(w)?;
        match kind {
            PresidentialSetting::Congressional => need == NeedShown::Compelling.index(),
            _ => need == NeedShown::Specific.index() || need == NeedShown::Compelling.index(),
        }
    };
    if !shown {
        w.note(Finding::PresumptionStands(kind));
        price_in_a_prosecution(w);
        return w
            .conclude(Outcome::ProtectiveOrderGranted, Reason::PresumptionStands)
            .map(Some);
    }
    match kind {
        PresidentialSetting::Criminal => {
            if !w.yes(Fact::InspectedInCamera, RuleId::D8)? {
                w.note(Finding::PresidentialInCameraFirst);
                return w
                    .conclude(Outcome::InCameraInspection, Reason::PresidentialInCamera)
                    .map(Some);
            }
            w.note(Finding::PresidentialNeedAfterInCamera);
        }
        PresidentialSetting::Congressional => w.note(Finding::CommitteeShowedCriticalNeed),
        PresidentialSetting::Civil => w.note(Finding::PresidentialSpecificNeed),
    }
    w.conclude(Outcome::NeedOutweighsHarm, Reason::PresumptionOvercome)
        .map(Some)
}

// 4. Threshold (D6, full mode): only intra-governmental communications.
fn threshold(w: &mut Walk<'_>) -> Step {
    if w.seed() {
        return Ok(None);
    }
    if w.yes(Fact::IntraGovernmental, RuleId::D6)? {
        w.note(Finding::IntraGovernmental);
        return Ok(None);
    }
    w.note(Finding::OutsideParty);
    w.conclude(Outcome::PrivilegeInapplicable, Reason::OutsideParty)
        .map(Some)
}

// 5. FOIA (D10, full mode): the privilege's scope and FOIA's own rules decide; no formalities,
//    no balance.
fn foia(w: &mut Walk<'_>) -> Step {
    if w.seed() || w.ask(Fact::Setting, RuleId::D10)? != Setting::Foia.index() {
        return Ok(None);
    }
    w.note(Finding::FoiaScopeAlone);
    if w.yes(Fact::PostDecisional, RuleId::D5)? {
        return post_decisional(w).map(Some);
    }
    if !protected_category(w)? {
        return outside_category(w).map(Some);
    }
    if w.yes(Fact::RecordOver25Years, RuleId::D10b)?
        && w.ask(Fact::ForeseeableHarm, RuleId::D10b)? != ForeseeableHarm::NotRequired.index()
    {
        w.note(Finding::Sunset);
        return w
            .conclude(Outcome::PrivilegeInapplicable, Reason::Sunset)
            .map(Some);
    }
    if w.yes(Fact::InspectedInCamera, RuleId::D10a)? {
        if w.ask(Fact::FactualContent, RuleId::D10d)? == FactualContent::Segregable.index() {
            return segregable_facts(w, RuleId::D10d).map(Some);
        }
        w.note(Finding::FoiaInCameraFindingsStand);
    } else if w.yes(Fact::AffidavitRefuted, RuleId::D10a)? {
        w.note(Finding::FoiaDeclarationContradicted);
        return w
            .conclude(Outcome::InCameraInspection, Reason::FoiaInCamera)
            .map(Some);
    }
    let harm = w.ask(Fact::ForeseeableHarm, RuleId::D10c)?;
    if harm == ForeseeableHarm::NotShown.index() {
        w.note(Finding::ForeseeableHarmNotShown);
        return w
            .conclude(Outcome::FurtherShowing, Reason::ForeseeableHarmNotShown)
            .map(Some);
    }
    w.note(if harm == ForeseeableHarm::Shown.index() {
        Finding::ForeseeableHarmShown
    } else {
        Finding::ForeseeableHarmNotRequired
    });
    if w.ask(Fact::FactualContent, RuleId::D10d)? == FactualContent::Segregable.index() {
        return segregable_facts(w, RuleId::D10d).map(Some);
    }
    w.conclude(Outcome::ProtectiveOrderGranted, Reason::FoiaWithheld)
        .map(Some)
}

// 6. Invocation (R3, with D2 and D3 in full mode).
fn invocation(w: &mut Walk<'_>) -> Step {
    let claim_rule = if w.full() { RuleId::D2 } else { RuleId::R3 };
    let mut delegated = false;
    let proper = w.yes(Fact::FormalClaim, RuleId::R3)?
        && {
            let claimant = w.ask(Fact::Claimant, claim_rule)?;
            delegated = claimant == Claimant::DelegatedOfficial.index();
            claimant == Claimant::AgencyHead.index() || (w.full() && delegated)
        }
        && w.yes(Fact::PersonalReview, RuleId::R3)?
        && w.yes(Fact::Affidavit, RuleId::R3)?
        && (w.seed() || w.yes(Fact::Itemized, RuleId::D3)?);
    if proper {
        w.note(Finding::ProperlyInvoked { delegated });
        if delegated {
            w.note(Finding::Delegation);
        }
        if w.full() {
            w.note(Finding::Itemized);
        }
        return Ok(None);
    }
    let defects = Defects::of(w.values(), w.mode, w.full(), true);
    w.note(if defects.itemization_only() {
        Finding::NotItemized
    } else {
        Finding::NotProperlyInvoked(defects)
    });
    w.conclude(Outcome::ClaimDefective, Reason::ClaimDefective(defects))
        .map(Some)
}

// 7. Category (R1, with D5 in full mode).
fn category(w: &mut Walk<'_>) -> Step {
    if w.full() && w.yes(Fact::PostDecisional, RuleId::D5)? {
        return post_decisional(w).map(Some);
    }
    if !protected_category(w)? {
        return outside_category(w).map(Some);
    }
    w.note(Finding::WithinCategory);
    if w.full() {
        w.note(Finding::Predecisional);
    }
    Ok(None)
}

// 8. Factual dispute (R9, R10, with D4 in full mode).
fn factual_dispute(w: &mut Walk<'_>) -> Step {
    if w.yes(Fact::InspectedInCamera, RuleId::R10)? {
        let rule = if w.full() { RuleId::D4 } else { RuleId::R10 };
        if w.ask(Fact::FactualContent, rule)? == FactualContent::Segregable.index() {
            return segregable_facts(w, rule).map(Some);
        }
        w.note(Finding::InCameraFindingsStand);
        return Ok(None);
    }
    let refuted = w.yes(Fact::AffidavitRefuted, RuleId::R10)?;
    if refuted || w.yes(Fact::ContentsQuestioned, RuleId::R10)? {
        w.note(Finding::FactualIssue { refuted });
        return w
            .conclude(Outcome::InCameraInspection, Reason::InCamera { refuted })
            .map(Some);
    }
    w.note(Finding::AffidavitDeemedTrue);
    if w.seed() {
        return Ok(None);
    }
    let content = w.ask(Fact::FactualContent, RuleId::D4)?;
    if content == FactualContent::Segregable.index() {
        return segregable_facts(w, RuleId::D4).map(Some);
    }
    if content == FactualContent::Intertwined.index() {
        w.note(Finding::FactsIntertwined);
    }
    Ok(None)
}

// 9. Misconduct (D7, full mode): an exception, read narrowly.
fn misconduct(w: &mut Walk<'_>) -> Step {
    if w.seed() || !w.yes(Fact::Misconduct, RuleId::D7)? {
        return Ok(None);
    }
    w.note(Finding::MisconductException);
    w.conclude(Outcome::PrivilegeInapplicable, Reason::Misconduct)
        .map(Some)
}

// 10. The balance (R4, R5, R6, R13; D7, D9 in full mode), and the disposition (R11).
fn balance(w: &mut Walk<'_>) -> Result<Outcome, Need> {
    w.note(Finding::BurdenOnOpponent);
    // Only a stated need or stated grounds count here: while they are unknown, the balance
    // itself decides, and a need that outweighs the harm presupposes that one was shown.
    let conflict = w.stated_bool(Fact::NeedOutweighsHarm) == Some(true);
    if let Some(need) = w
        .known(Fact::NeedShown)
        .filter(|n| *n == NeedShown::None.index() || *n == NeedShown::General.index())
    {
        let general = need == NeedShown::General.index();
        w.note(Finding::NoNeedShown { general, conflict });
        return privilege_stands(w);
    }
    let grounds_known = SUBSTANTIVE_GROUNDS.iter().all(|g| w.known(*g).is_some());
    let substantive = SUBSTANTIVE_GROUNDS
        .iter()
        .any(|g| w.values().get_bool(*g) == Some(true));
    if grounds_known && !substantive {
        w.note(Finding::NoGroundOnTheMerits { conflict });
        return privilege_stands(w);
    }
    if w.full() {
        let available_elsewhere = w.stated_bool(Fact::AvailableElsewhere);
        w.note(Finding::BalancingFactors {
            available_elsewhere,
        });
    }
    if w.yes(Fact::NeedOutweighsHarm, RuleId::R5)? {
        w.note(Finding::NeedOutweighs);
        if w.full() {
            w.note(Finding::ConditionalDisclosure);
        }
        return w.conclude(Outcome::NeedOutweighsHarm, Reason::NeedOutweighs);
    }
    w.note(Finding::NeedDoesNotOutweigh);
    privilege_stands(w)
}

fn privilege_stands(w: &mut Walk<'_>) -> Result<Outcome, Need> {
    w.note(Finding::NoCompellingReasons);
    // The opinion's disposition: only a protective order in the trade courts seals (D13).
    if w.stated_setting().is_some_and(Setting::is_trade_court)
        && matches!(
            w.stated(Fact::Posture).and_then(Posture::from_index),
            None | Some(
                Posture::ProtectiveOrderMotion | Posture::CrossMotions | Posture::SuaSponte
            )
        )
    {
        w.note(Finding::SealedPendingFurtherOrder);
    }
    price_in_a_prosecution(w);
    w.conclude(Outcome::ProtectiveOrderGranted, Reason::PrivilegeStands)
}

/// D11: where the privilege is sustained in a prosecution, what it may cost the Government.
fn price_in_a_prosecution(w: &mut Walk<'_>) {
    if w.full() && w.stated_setting() == Some(Setting::Criminal) {
        w.note(Finding::PriceInAProsecution);
    }
}

// R1: the protected category (read in the order DELIB, INT, PRE).
fn protected_category(w: &mut Walk<'_>) -> Result<bool, Need> {
    Ok(w.yes(Fact::Deliberative, RuleId::R1)?
        && w.yes(Fact::SolelyInternalUse, RuleId::R1)?
        && w.yes(Fact::Predecisional, RuleId::R1)?)
}

fn outside_category(w: &mut Walk<'_>) -> Result<Outcome, Need> {
    let missing = Missing::of(w.values());
    w.note(Finding::OutsideCategory(missing));
    w.conclude(
        Outcome::PrivilegeInapplicable,
        Reason::OutsideCategory(missing),
    )
}

fn post_decisional(w: &mut Walk<'_>) -> Result<Outcome, Need> {
    w.note(Finding::PostDecisional);
    w.conclude(Outcome::PrivilegeInapplicable, Reason::PostDecisional)
}

fn segregable_facts(w: &mut Walk<'_>, rule: RuleId) -> Result<Outcome, Need> {
    w.note(Finding::SegregableFacts { rule });
    price_in_a_prosecution(w);
    let reason = if rule == RuleId::D10d {
        Reason::FoiaSegregable
    } else {
        Reason::Segregable
    };
    w.conclude(Outcome::PartialDisclosure, reason)
}

/// Whether the trade courts' protective-order procedure governs (rule D13): a motion for a
/// protective order, or a protective order in the trade courts (seed mode: the opinion's own
/// court). Read as a test: an unknown posture or setting is explored.
fn trade_procedure(w: &mut Walk<'_>) -> Result<bool, Need> {
    // In full mode the setting comes first: a FOIA suit or a committee's demand has no
    // protective-order procedure, whatever the posture.
    let trade_court = if w.seed() {
        true
    } else {
        match Setting::from_index(w.ask(Fact::Setting, RuleId::D13)?) {
            Some(Setting::Foia | Setting::Congressional) => return Ok(false),
            setting => setting.is_some_and(Setting::is_trade_court),
        }
    };
    let rule = if w.seed() { RuleId::R8 } else { RuleId::D13 };
    Ok(match Posture::from_index(w.ask(Fact::Posture, rule)?) {
        Some(Posture::ProtectiveOrderMotion) => true,
        Some(Posture::CrossMotions | Posture::SuaSponte) => trade_court,
        _ => false,
    })
}

/// The need shown, read where the need already outweighs the harm: a need that outweighs the harm
/// was shown, so an unknown need can only be specific or compelling.
fn need_given_outweighs(w: &mut Walk<'_>) -> Result<u8, Need> {
    let shown = (1 << NeedShown::Specific.index()) | (1 << NeedShown::Compelling.index());
    w.ask_among(Fact::NeedShown, RuleId::D8, shown)
}
