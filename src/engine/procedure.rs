//! The decision procedure of DOCTRINE.md §7, in its order.
//!
//! Each numbered section below is one step of §7. A step either decides (it calls
//! [`Run::conclude`]) or passes on. Every test reads its fact through the walk, so an unknown fact
//! stops the walk and is explored answer by answer (`explore.rs`); every finding is recorded
//! against the rule it applies, whose source is in the rulebook.

use super::facts::{Claimant, Fact, FactualContent, NeedShown, Setting, YES};
use super::outcome::Outcome;
use super::rules::{Basis, RuleId};
use super::run::{Need, Run};

/// The grounds of opposition that go to the merits (all but "premature" and "not evaluated").
pub(crate) const SUBSTANTIVE_GROUNDS: [Fact; 5] = [
    Fact::OppositionContainsFacts,
    Fact::OppositionOutsidePrivilege,
    Fact::OppositionNeed,
    Fact::OppositionDefectiveClaim,
    Fact::OppositionWaiver,
];

/// Decides one walk.
pub(crate) fn decide(run: &mut Run<'_>) -> Result<Outcome, Need> {
    objections_that_never_block(run);
    if let Some(outcome) = extension(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = state_secrets(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = presidential(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = threshold(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = foia(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = invocation(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = category(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = factual_dispute(run)? {
        return Ok(outcome);
    }
    if let Some(outcome) = misconduct(run)? {
        return Ok(outcome);
    }
    balance(run)
}

// 0. Objections that never block a ruling (R6, R7) and the agency's privileged status (R12).
//    They are recorded, never decided on, so they read only what was stated.
fn objections_that_never_block(run: &mut Run<'_>) {
    if !run.recording() {
        return;
    }
    let premature = run.stated_bool(Fact::OppositionPremature) == Some(true);
    let not_evaluated = run.stated_bool(Fact::OppositionNotEvaluated) == Some(true);
    let demanded = run.stated_bool(Fact::Demanded);
    let sua_sponte = run.stated_bool(Fact::SuaSponte) == Some(true)
        || run.values().get(Fact::Posture) == Some(super::facts::Posture::SuaSponte.index());

    if sua_sponte {
        run.note(RuleId::R7, || "The court is acting on its own initiative. Under CIT Rule 26(c) it may issue such orders as justice requires, without regard to whether a demand has been made and without a motion by the parties (fn3).".into());
    } else if premature || demanded == Some(false) {
        let opening = if demanded == Some(false) {
            "The document had not been demanded when the motion was made. That does not matter"
        } else {
            "The objection that the motion is premature fails"
        };
        run.note(RuleId::R7, || format!("{opening}: a motion for a protective order may be made before the document is demanded, and the court may make any order justice requires without any limitation as to when (¶9, following Asahi; accord Henkel); the court may even act on its own initiative (fn3)."));
    }
    if premature || not_evaluated {
        run.note(RuleId::R6, || "The opposition says only that the motion is premature or that the document has not yet been evaluated. That is insufficient to defeat the motion: those opposing a motion for a protective order must evaluate the importance of the document in making their opposition (¶10).".into());
    }
    match run.stated_bool(Fact::PrivilegedInAgencyProceeding) {
        Some(true) => run.note(RuleId::R12, || "The document was accorded privileged status in the administrative proceeding (¶4). In an action under 19 U.S.C. § 1516a that status is to be preserved, subject to the court's power to inspect in camera and disclose on conditions; it supports the claim but neither establishes the protected category nor replaces a proper invocation.".into()),
        Some(false) => run.note(RuleId::R12, || "The document was not accorded privileged status in the administrative proceeding. The opinion recites that status (¶4) but never makes it a criterion, so its absence does not defeat the claim.".into()),
        None => {}
    }
}

// 1. Extension (R8): EXT = y → O8.
fn extension(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.yes(Fact::ExtensionSought, RuleId::R8)? {
        run.note_as(RuleId::R8, Basis::SeedImplied, || "The opposing party has conferred with counsel or petitioned for an extension of time for good cause shown: the route ¶10 prescribes for a party that needs time to evaluate the document. The court may extend the time to oppose before ruling on the merits. The opinion did not itself rule on such a petition (DOCTRINE §9.7), so how the court will exercise that discretion it does not say.".into());
        return run
            .conclude(Outcome::ExtensionOfTime, || "The opposing party has taken the route Melamine prescribes for a party that needs time to evaluate the document, so the likely next step is an extension of time to oppose, not a ruling on the merits.".into())
            .map(Some);
    }
    let timing_only = run.stated_bool(Fact::OppositionPremature) == Some(true)
        || run.stated_bool(Fact::OppositionNotEvaluated) == Some(true);
    if timing_only {
        run.note(RuleId::R8, || "No extension of time was sought. A party that needs more time 'should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion' (¶10); without that, the motion is decided on the papers.".into());
    }
    Ok(None)
}

// 2. State secrets first: the only absolute branch (R2 + D1).
fn state_secrets(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if !run.yes(Fact::StateSecret, RuleId::R2)? {
        run.note(RuleId::R2, || "No military or state secret is claimed, so the privilege is qualified, not absolute (¶7): it may yield to a clear and persuasive showing that the need for disclosure outweighs the harm.".into());
        return Ok(None);
    }
    run.note(RuleId::R2, || "The claim concerns military or state secrets: the one case in which executive privilege is absolute (¶7; Reynolds). No showing of need overcomes a proper claim, and there is no balancing.".into());
    let rule = if run.full() { RuleId::D1 } else { RuleId::R3 };
    let proper = run.yes(Fact::FormalClaim, rule)?
        && run.ask(Fact::Claimant, rule)? == Claimant::AgencyHead.index()
        && run.yes(Fact::PersonalReview, rule)?
        && (run.seed() || run.yes(Fact::Itemized, RuleId::D3)?);
    if proper {
        if run.full() {
            run.note(RuleId::D1, || "The claim was lodged formally by the head of the department having control of the matter, after actual personal consideration, and item by item, as Reynolds and National Lawyers Guild require. Once the court is satisfied that there is a reasonable danger that disclosure would expose military or state secrets, the claim is absolute, even against the most compelling need; in camera inspection is not required (Reynolds; Zubaydah).".into());
        } else {
            run.note(RuleId::R3, || "The claim was lodged formally through the head of the agency having control of the matter, who personally considered the material (¶8; Reynolds).".into());
        }
        return run
            .conclude(Outcome::StateSecretsUpheld, || "The claim concerns military or state secrets and was properly lodged by the head of the department after personal consideration, so the privilege is absolute: no showing of need overcomes it and no balancing follows.".into())
            .map(Some);
    }
    let defects = invocation_defects(run, false);
    let rule = if run.full() { RuleId::D1 } else { RuleId::R3 };
    run.note_as(rule, Basis::SeedImplied, || format!("The state-secrets claim was not properly lodged: {defects}. The privilege belongs to the Government and must be claimed formally by the head of the department having control of the matter, after actual personal consideration (Reynolds; ¶8)."));
    run.conclude(Outcome::ClaimDefective, || format!("The state-secrets privilege was not properly invoked ({defects}), so the claim fails on this record until it is renewed in proper form."))
        .map(Some)
}

// 3. Presidential communications: outside the opinion in seed mode (O9), D8 in full mode.
fn presidential(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.seed() {
        if run.ask(Fact::Claimant, RuleId::R3)? == Claimant::President.index() {
            run.note_as(RuleId::R1, Basis::SeedImplied, || "The claim is lodged by the President: a presidential communications claim. The opinion's rule concerns the internal documents of an agency claimed through its head (¶6, ¶8); it does not reach presidential communications, and seed-only mode does not decide them. Full mode applies the doctrine of United States v. Nixon (D8).".into());
            return run
                .conclude(Outcome::OutOfScope, || "A claim lodged by the President is a presidential communications claim, which Melamine does not reach; seed-only mode leaves it undecided (full mode applies Nixon).".into())
                .map(Some);
        }
        return Ok(None);
    }
    if !run.yes(Fact::Presidential, RuleId::D8)? {
        return Ok(None);
    }
    if !run.yes(Fact::FormalClaim, RuleId::D8)? {
        run.note_as(RuleId::D8, Basis::Doctrine, || "The document is a presidential communication, but no formal claim of privilege was lodged. The privilege belongs to the Government and must be claimed (Reynolds; Nixon).".into());
        return run
            .conclude(Outcome::ClaimDefective, || "The presidential communications privilege was not formally claimed, so the claim fails on this record until it is properly lodged.".into())
            .map(Some);
    }
    let setting = run.ask(Fact::Setting, RuleId::D8)?;
    if setting == Setting::Foia.index() {
        run.note(RuleId::D10, || "In a FOIA suit the requester's particular need does not count; only the privilege's scope decides (Sears).".into());
        run.note(RuleId::D8, || "A presidential communication is presumptively privileged (Nixon), and no need can be weighed against it here: withholding is upheld.".into());
        return run
            .conclude(Outcome::ProtectiveOrderGranted, || "The document is a presidential communication, presumptively privileged, and in a FOIA suit the requester's need does not count, so withholding is upheld.".into())
            .map(Some);
    }
    run.note(RuleId::D8, || "The document is a presidential communication and the privilege was formally claimed: it is presumptively privileged, and a generalized interest in confidentiality yields only to the showing the setting requires (Nixon).".into());
    let outweighs = run.yes(Fact::NeedOutweighsHarm, RuleId::D8)?;
    let criminal = setting == Setting::Criminal.index() || setting == Setting::GrandJury.index();
    let congressional = setting == Setting::Congressional.index();
    let needed = outweighs && {
        let need = need_given_outweighs(run, RuleId::D8)?;
        if congressional {
            need == NeedShown::Compelling.index()
        } else {
            need == NeedShown::Specific.index() || need == NeedShown::Compelling.index()
        }
    };
    if !needed {
        run.note(RuleId::D8, || if congressional {
            "The committee has not shown that the material is demonstrably critical to the responsible fulfilment of its functions (Senate Select Committee): the presumption stands."
        } else if criminal {
            "No demonstrated, specific need for the evidence outweighs the presumption of privilege (Nixon; Sirica): the presumption stands."
        } else {
            "No need that outweighs the presumption of privilege has been shown: the presumption stands."
        }.into());
        return run
            .conclude(Outcome::ProtectiveOrderGranted, || "The document is a presidential communication, presumptively privileged, and the showing needed to overcome the presumption has not been made, so it stays protected.".into())
            .map(Some);
    }
    if criminal {
        if !run.yes(Fact::InspectedInCamera, RuleId::D8)? {
            run.note(RuleId::D8, || "A demonstrated, specific need for evidence in a criminal proceeding (or a grand jury's particularized showing) overcomes a generalized claim of confidentiality; the court first examines the material in camera to excise what is not relevant (Nixon; Sirica).".into());
            return run
                .conclude(Outcome::InCameraInspection, || "A demonstrated, specific need in a criminal or grand-jury proceeding overcomes the presumption for presidential communications, so the court should inspect the material in camera before ordering disclosure.".into())
                .map(Some);
        }
        run.note(RuleId::D8, || "The court has inspected the material in camera, and the demonstrated, specific need overcomes the presumption (Nixon).".into());
    } else if congressional {
        run.note(RuleId::D8, || "The committee has shown that the material is demonstrably critical to its functions (Senate Select Committee).".into());
    } else {
        run.note(RuleId::D8, || "The need shown is specific and outweighs the presumption of privilege (Nixon; In re Sealed Case).".into());
    }
    run.conclude(Outcome::NeedOutweighsHarm, || "The showing required to overcome the presumption for presidential communications has been made, so disclosure is likely to be ordered, possibly on conditions.".into())
        .map(Some)
}

// 4. Threshold (D6, full mode): only intra-governmental communications.
fn threshold(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.seed() {
        return Ok(None);
    }
    if run.yes(Fact::IntraGovernmental, RuleId::D6)? {
        run.note(RuleId::D6, || "The document is an internal government communication, so it can be an intra-agency memorandum within the privilege (Klamath).".into());
        return Ok(None);
    }
    run.note(RuleId::D6, || "The document is not an internal government communication: a communication from or shared with an outside party that has its own interest is not an intra-agency memorandum and gets no deliberative-process protection (Klamath). Where another regime governs the material (business-proprietary data under an administrative protective order, 19 U.S.C. § 1516a(b)(2)(B); American Spring Wire), the question belongs there, and this checker does not decide it (DOCTRINE §9.8).".into());
    run.conclude(Outcome::PrivilegeInapplicable, || "The document is not an internal government communication, so the deliberative-process privilege does not protect it; any protection must come from another regime, such as an administrative protective order.".into())
        .map(Some)
}

// 5. FOIA (D10, full mode): scope alone decides; no formalities, no balance.
fn foia(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.seed() || run.ask(Fact::Setting, RuleId::D10)? != Setting::Foia.index() {
        return Ok(None);
    }
    run.note(RuleId::D10, || "This is a FOIA suit: under Exemption 5 the requester's particular need does not count, and neither do the invocation formalities or the balance of need against harm. Only the privilege's scope decides (Sears).".into());
    if run.yes(Fact::PostDecisional, RuleId::D5)? {
        return post_decisional(run).map(Some);
    }
    if !protected_category(run)? {
        return outside_category(run).map(Some);
    }
    if run.ask(Fact::FactualContent, RuleId::D4)? == FactualContent::Segregable.index() {
        return segregable_facts(run, RuleId::D4).map(Some);
    }
    run.conclude(Outcome::ProtectiveOrderGranted, || "The document is predecisional and deliberative, compiled solely for internal use, so Exemption 5 protects it and withholding is upheld; the requester's need does not count.".into())
        .map(Some)
}

// 6. Invocation (R3, with D2 and D3 in full mode).
fn invocation(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    let claim_rule = if run.full() { RuleId::D2 } else { RuleId::R3 };
    let mut delegated = false;
    let proper = run.yes(Fact::FormalClaim, RuleId::R3)?
        && {
            let claimant = run.ask(Fact::Claimant, claim_rule)?;
            delegated = claimant == Claimant::DelegatedOfficial.index();
            claimant == Claimant::AgencyHead.index() || (run.full() && delegated)
        }
        && run.yes(Fact::PersonalReview, RuleId::R3)?
        && run.yes(Fact::Affidavit, RuleId::R3)?
        && (run.seed() || run.yes(Fact::Itemized, RuleId::D3)?);
    if proper {
        let who = if delegated {
            "an official to whom the head of the agency formally delegated the authority (accepted under D2, Marriott; the opinion itself speaks of the head of the agency)"
        } else {
            "the head of the agency having control of the matter"
        };
        run.note(RuleId::R3, || format!("The privilege was properly invoked: a formal claim, lodged through {who}, who personally reviewed the materials in issue, supported by an appropriate affidavit (¶8)."));
        if delegated {
            run.note(RuleId::D2, || "The deliberative-process privilege may be invoked by a high-ranking official to whom the agency head has formally delegated the authority (Marriott, binding on the CIT).".into());
        }
        if run.full() {
            run.note(RuleId::D3, || "The claim identifies the documents item by item and gives reasons, so the other side can assess it (Fed. R. Civ. P. 26(b)(5)(A); National Lawyers Guild).".into());
        }
        return Ok(None);
    }
    let missing = invocation_defects_list(run, true);
    let itemization_only =
        run.values().get_bool(Fact::Itemized) == Some(false) && missing.len() == 1;
    let defects = join(&missing);
    if itemization_only {
        run.note(RuleId::D3, || "The claim does not identify the documents item by item with reasons. Claims must be asserted item by item, describing each document so that the other side can assess the claim without its contents being revealed (Fed. R. Civ. P. 26(b)(5)(A); National Lawyers Guild).".into());
    } else {
        run.note_as(RuleId::R3, Basis::SeedImplied, || format!("The privilege was not properly invoked: {defects}. The opinion upheld a claim formally invoked through the head of the agency having control of the matter, who personally reviewed the materials, with an appropriate affidavit (¶8); a claim lacking any of these fails on this record by negative implication and under Reynolds. Whether the government may cure the defect the opinion does not say (DOCTRINE §9.5); courts often allow a renewed motion (Sprague was one)."));
    }
    run.conclude(Outcome::ClaimDefective, || format!("The privilege was not properly invoked ({defects}), so the claim fails on this record; it can be cured by a formal claim of the head of the agency having control of the matter, after personal review, with an itemised affidavit."))
        .map(Some)
}

// 7. Category (R1, with D5 in full mode).
fn category(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.full() && run.yes(Fact::PostDecisional, RuleId::D5)? {
        return post_decisional(run).map(Some);
    }
    if !protected_category(run)? {
        return outside_category(run).map(Some);
    }
    let other_setting = run.full()
        && run.values().get(Fact::Setting).is_some_and(|s| {
            s != Setting::TradeRecordReview.index() && s != Setting::CustomsCourt.index()
        });
    run.note(RuleId::R1, || {
        let mut finding = String::from("The document is within the protected category: of a pro-con nature, compiled solely for internal use, and part of the process by which the final determination was made (¶6).");
        if other_setting {
            finding.push_str(" The opinion's sentence concerns documents of the International Trade Commission; applying it in other settings rests on the general deliberative-process doctrine, not on the opinion.");
        }
        finding
    });
    if run.full() {
        run.note(RuleId::D5, || "The document is predecisional and not a post-decisional explanation or working law (Sears; Grumman).".into());
    }
    Ok(None)
}

// 8. Factual dispute (R9, R10, with D4 in full mode).
fn factual_dispute(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.yes(Fact::InspectedInCamera, RuleId::R10)? {
        let rule = if run.full() { RuleId::D4 } else { RuleId::R10 };
        if run.ask(Fact::FactualContent, rule)? == FactualContent::Segregable.index() {
            return segregable_facts(run, rule).map(Some);
        }
        run.note_as(RuleId::R10, Basis::SeedImplied, || "The court has inspected the document in camera and found it deliberative, with no segregable factual material: the claim stands on the court's own findings (19 U.S.C. § 1516a(b)(2)(B); Henkel).".into());
        return Ok(None);
    }
    let refuted = run.yes(Fact::AffidavitRefuted, RuleId::R10)?;
    if refuted || run.yes(Fact::ContentsQuestioned, RuleId::R10)? {
        let what = if refuted {
            "refuted the supporting affidavit"
        } else {
            "questioned the contents of the document"
        };
        run.note_as(RuleId::R10, Basis::SeedImplied, || format!("The opposing party has {what}, so there is an issue whether the document contains facts or other material not subject to executive privilege. The opinion found inspection unnecessary only because there was no such issue (fn2); here the court may examine the document in camera under 19 U.S.C. § 1516a(b)(2)(B), as the court did in Henkel. What follows a refuted affidavit the opinion does not decide (DOCTRINE §9.1), and in camera review remains discretionary (Mink)."));
        return run
            .conclude(Outcome::InCameraInspection, || format!("The opposing party has {what}, so there is an issue whether the document contains material not subject to the privilege, and the court is likely to inspect it in camera before ruling."))
            .map(Some);
    }
    run.note(RuleId::R9, || "The opposing party has neither refuted the supporting affidavit nor questioned the contents of the document, so the court deems the affidavit's facts true; an in camera inspection is unnecessary because there is no issue whether the document contains facts or other material not subject to executive privilege (fn2).".into());
    if run.seed() {
        return Ok(None);
    }
    let content = run.ask(Fact::FactualContent, RuleId::D4)?;
    if content == FactualContent::Segregable.index() {
        return segregable_facts(run, RuleId::D4).map(Some);
    }
    if content == FactualContent::Intertwined.index() {
        run.note(RuleId::D4, || "The document's facts are intertwined with its deliberation: their selection and weighing is itself deliberative, so they are protected with the rest (Montrose).".into());
    }
    Ok(None)
}

// 9. Misconduct (D7, full mode).
fn misconduct(run: &mut Run<'_>) -> Result<Option<Outcome>, Need> {
    if run.seed() || !run.yes(Fact::Misconduct, RuleId::D7)? {
        return Ok(None);
    }
    run.note(RuleId::D7, || "There is reason to believe that government misconduct is the subject of the inquiry: where there is reason to believe misconduct occurred, the deliberative-process privilege does not shield it (In re Sealed Case).".into());
    run.conclude(Outcome::PrivilegeInapplicable, || "There is reason to believe that government misconduct is the subject of the inquiry, and the deliberative-process privilege does not shield it, so the document is likely to be disclosed.".into())
        .map(Some)
}

// 10. The balance (R4, R5, R6, R13; D7, D9 in full mode), and the disposition (R11).
fn balance(run: &mut Run<'_>) -> Result<Outcome, Need> {
    run.note(RuleId::R4, || "The privilege having been properly invoked over protected material, it is incumbent upon the opposing party to show, clearly and persuasively, that the need for disclosure outweighs the harm that could result from nondisclosure (¶7).".into());
    // Only a stated need or stated grounds count here (§7 step 10): while they are unknown, the
    // balance itself decides, and a need that outweighs the harm presupposes that one was shown.
    let need = run.known(Fact::NeedShown);
    let conflict = run.stated_bool(Fact::NeedOutweighsHarm) == Some(true);
    if let Some(need) =
        need.filter(|n| *n == NeedShown::None.index() || *n == NeedShown::General.index())
    {
        let shown = if need == NeedShown::None.index() {
            "no need"
        } else {
            "only a general need"
        };
        run.note(RuleId::R5, || {
            let mut finding = format!("The opposing party has shown {shown} for the document, not the compelling need that outweighs the harm of protection (¶10).");
            if conflict {
                finding.push_str(" The answers conflict: the need is said to outweigh the harm, yet no specific or compelling need is stated; a need not shown cannot outweigh anything, so the stated need governs.");
            }
            finding
        });
        return grant(run);
    }
    let grounds_known = SUBSTANTIVE_GROUNDS.iter().all(|g| run.known(*g).is_some());
    let substantive = SUBSTANTIVE_GROUNDS
        .iter()
        .any(|g| run.values().get(*g) == Some(YES));
    if grounds_known && !substantive {
        run.note(RuleId::R6, || {
            let mut finding = String::from("The opposition raises no ground that goes to the merits: at most that the motion is premature or the document not yet evaluated, which is insufficient to defeat the motion (¶10). No need for the document has been shown.");
            if conflict {
                finding.push_str(" The answers conflict: the need is said to outweigh the harm, yet no ground of need was raised; the stated grounds govern.");
            }
            finding
        });
        return grant(run);
    }
    if run.full() {
        let elsewhere = run.stated_bool(Fact::AvailableElsewhere);
        run.note(RuleId::D7, || {
            let mut finding = String::from("In weighing need against harm the court considers the relevance of the evidence, the availability of other evidence, the seriousness of the litigation and the issues, the government's role in the litigation, and the possibility of future timidity by government employees (In re Sealed Case).");
            match elsewhere {
                Some(true) => finding.push_str(" The information is available from other sources, which weighs against disclosure."),
                Some(false) => finding.push_str(" The information is not available from other sources, which weighs toward disclosure."),
                None => {}
            }
            finding
        });
    }
    if run.yes(Fact::NeedOutweighsHarm, RuleId::R5)? {
        run.note(RuleId::R5, || "The opposing party has demonstrated, clearly and persuasively, a compelling need for the document that outweighs the harm that could result from protection (¶7, ¶10).".into());
        if run.full() {
            run.note(RuleId::D9, || "The court may order disclosure under such terms and conditions as it may order, for instance to counsel only (19 U.S.C. § 1516a(b)(2)(B)).".into());
        }
        return run.conclude(Outcome::NeedOutweighsHarm, || "The privilege was properly invoked, but the opposing party has shown clearly and persuasively that its need for the document outweighs the harm of disclosure, so disclosure is likely to be ordered, possibly on conditions.".into());
    }
    run.note(RuleId::R5, || "The opposing party has not shown clearly and persuasively that its need for the document outweighs the harm that could result from disclosure (¶7, ¶10).".into());
    grant(run)
}

fn grant(run: &mut Run<'_>) -> Result<Outcome, Need> {
    run.note(RuleId::R13, || "In opposition, no compelling reasons have been offered to justify denial of the relief sought (¶8).".into());
    run.note(RuleId::R11, || "The motion for a protective order is granted in all respects: the clerk shall seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court (¶11–12).".into());
    run.conclude(Outcome::ProtectiveOrderGranted, || "The privilege was properly invoked over a pro-con document compiled solely for internal use as part of the deliberative process, and no compelling need outweighing the harm of disclosure has been shown, so the protective order should be granted and the document sealed, not subject to discovery or disclosure pending further order of the court.".into())
}

// R1: the protected category (read in the order DELIB, INT, PRE).
fn protected_category(run: &mut Run<'_>) -> Result<bool, Need> {
    Ok(run.yes(Fact::Deliberative, RuleId::R1)?
        && run.yes(Fact::SolelyInternalUse, RuleId::R1)?
        && run.yes(Fact::Predecisional, RuleId::R1)?)
}

fn outside_category(run: &mut Run<'_>) -> Result<Outcome, Need> {
    let mut missing = Vec::new();
    let values = *run.values();
    if values.get_bool(Fact::Deliberative) == Some(false) {
        missing.push("it is not of a pro-con, deliberative nature");
    }
    if values.get_bool(Fact::SolelyInternalUse) == Some(false) {
        missing.push("it was not compiled solely for internal use");
    }
    if values.get_bool(Fact::Predecisional) == Some(false) {
        missing.push("it is not part of the process by which the final determination was made");
    }
    let missing = join(&missing);
    run.note_as(RuleId::R1, Basis::SeedImplied, || format!("The document is outside the protected category: {missing}. The privilege protects documents 'of a pro-con nature which are compiled solely for internal use' and which 'comprise part of the process' by which the final determination was made (¶6)."));
    run.conclude(Outcome::PrivilegeInapplicable, || format!("The document is outside the category the privilege protects ({missing}), so the protective order should be denied."))
}

fn post_decisional(run: &mut Run<'_>) -> Result<Outcome, Need> {
    run.note(RuleId::D5, || "The document is post-decisional: a final opinion, an explanation of or instruction implementing a decision already made, or the agency's working law. Such documents are not protected (Sears; Coastal States).".into());
    run.conclude(Outcome::PrivilegeInapplicable, || "The document explains or implements a decision already made (or is the agency's working law), so it is not predecisional and the privilege does not protect it.".into())
}

fn segregable_facts(run: &mut Run<'_>, rule: RuleId) -> Result<Outcome, Need> {
    let basis = if rule == RuleId::D4 {
        Basis::Doctrine
    } else {
        Basis::SeedImplied
    };
    run.note_as(rule, basis, || "The document contains purely factual material that can be severed without compromising its deliberative material. The factual material is not protected; the deliberative portions are (Mink; the opinion's 'facts or other material not subject to executive privilege', fn2).".into());
    run.conclude(Outcome::PartialDisclosure, || "The deliberative portions of the document are protected, but its purely factual, segregable portions are not, so partial disclosure with redaction of the deliberative material is the likely result.".into())
}

/// NEED, read where the need already outweighs the harm: a need that outweighs the harm was
/// shown, so an unknown NEED can only be specific or compelling (§7 step 10).
fn need_given_outweighs(run: &mut Run<'_>, rule: RuleId) -> Result<u8, Need> {
    let shown = (1 << NeedShown::Specific.index()) | (1 << NeedShown::Compelling.index());
    run.ask_among(Fact::NeedShown, rule, shown)
}

fn invocation_defects_list(run: &Run<'_>, with_affidavit: bool) -> Vec<&'static str> {
    let values = run.values();
    let mut defects = Vec::new();
    if values.get_bool(Fact::FormalClaim) == Some(false) {
        defects.push("no formal claim of privilege was lodged");
    }
    match values.get(Fact::Claimant).and_then(Claimant::from_index) {
        Some(Claimant::Subordinate) => defects.push("the claim was lodged by a subordinate official without a formal delegation, not by the head of the agency"),
        Some(Claimant::Counsel) => defects.push("the claim was made by litigating counsel, not by the head of the agency"),
        Some(Claimant::DelegatedOfficial) if run.seed() || !with_affidavit => defects.push("the claim was lodged by a delegated official, not by the head of the agency (the opinion requires the head; delegation is accepted only under the doctrine of Marriott, and never for state secrets)"),
        Some(Claimant::President) => defects.push("the claim was lodged by the President, not by the head of the agency having control of the matter"),
        _ => {}
    }
    if values.get_bool(Fact::PersonalReview) == Some(false) {
        defects
            .push("the official who claimed the privilege did not personally review the materials");
    }
    if with_affidavit && values.get_bool(Fact::Affidavit) == Some(false) {
        defects.push("no affidavit was submitted in support of the claim");
    }
    if run.full() && values.get_bool(Fact::Itemized) == Some(false) {
        defects.push("the claim does not identify the documents item by item with reasons");
    }
    defects
}

fn invocation_defects(run: &Run<'_>, with_affidavit: bool) -> String {
    join(&invocation_defects_list(run, with_affidavit))
}

fn join(items: &[&str]) -> String {
    match items {
        [] => "one of its elements is missing".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{}; and {last}", init.join("; ")),
    }
}
