//! What counsel should do next, for each ruling, in the procedure of its forum (rule D13): a
//! FOIA withholding is supported by a Vaughn index, not a sealing order; a subpoena is quashed,
//! not protected; only the trade courts' protective order follows the opinion's own form.

use super::facts::{Claimant, Fact, Facts};
use super::findings::Reason;
use super::outcome::Outcome;
use super::request::Mode;
use super::vocabulary::{Forum, Vehicle};

/// The next steps for a decided ruling.
pub(crate) fn for_ruling(
    mode: Mode,
    facts: &Facts,
    forum: Forum,
    outcome: Outcome,
    reason: Option<Reason>,
) -> Vec<String> {
    let mut steps: Vec<String> = Vec::new();
    let trade = forum.trade_court;
    let v = forum.vehicle;
    let presidential = matches!(
        reason,
        Some(
            Reason::PresumptionStands
                | Reason::PresidentialInCamera
                | Reason::PresumptionOvercome
                | Reason::PresidentialWithheldInFoia
                | Reason::PresidentialNotClaimed
        )
    );
    match outcome {
        Outcome::ProtectiveOrderGranted => {
            steps.push(match v {
                Vehicle::Foia => "Support the withholding item by item in the agency's declaration and Vaughn index: each record's deliberative, predecisional character, the foreseeable harm of its release, and that no reasonably segregable portion remains. The requester's need does not count.".into(),
                Vehicle::Congressional => "Continue the accommodation process with the committee: offer what can be given without the privileged material (a briefing, a summary, redacted copies), and keep the formal claim and its reasons on the record.".into(),
                Vehicle::Subpoena if presidential => "Move to quash the subpoena as to the communication, or oppose its enforcement: the whole communication is presumptively privileged, and the prosecutor or grand jury must show a demonstrated, specific need for it.".into(),
                Vehicle::Subpoena => "Move to quash the subpoena as to the document, or oppose its enforcement, with the formal claim and the declaration of the head of the agency; be ready for the court to examine the document in camera.".into(),
                Vehicle::MotionToCompel => "Oppose the motion to compel as to the document with the formal claim, the declaration of the head of the agency and an item-by-item privilege log, and propose an order denying the motion as to it.".into(),
                Vehicle::CrossMotions if trade => "Submit a proposed order granting the protective order and denying the motion to compel: the clerk shall seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court.".into(),
                Vehicle::CrossMotions => "Submit a proposed order granting the protective order and denying the motion to compel as to the document.".into(),
                Vehicle::ProtectiveOrder if trade => "Submit a proposed order in the opinion's form: the motion is granted in all respects, and the clerk shall seal the document and keep it sealed and not subject to discovery or disclosure pending further order by the court.".into(),
                Vehicle::ProtectiveOrder => "Submit a proposed protective order that discovery of the document not be had pending further order, supported by the formal claim and the declaration of the head of the agency.".into(),
                Vehicle::CourtOnItsOwn => "The court may protect the document on its own initiative; the government should lodge the formal claim and the declaration that support it.".into(),
                Vehicle::Unstated => "Support the privilege with the formal claim, the declaration of the head of the agency and an item-by-item privilege log.".into(),
            });
            if forum.protective_order() || v == Vehicle::MotionToCompel {
                steps.push("The protection is interlocutory: a party that later has a compelling need may seek relief, after evaluating the document's importance, by showing clearly and persuasively that the need outweighs the harm of disclosure.".into());
            }
        }
        Outcome::PrivilegeInapplicable => {
            let because = if reason == Some(Reason::Misconduct) {
                "the privilege does not shield the deliberations at issue"
            } else {
                "on these facts the document is not within the privilege"
            };
            steps.push(match (v, reason) {
                (Vehicle::Foia, Some(Reason::Sunset)) => "Release the record unless another exemption applies: the 25-year limit reaches only the deliberative-process privilege, and any other exemption must be justified on its own.".into(),
                (Vehicle::Foia, _) => "Release the record unless another exemption applies; an agency relying on another exemption must justify it on its own.".into(),
                (Vehicle::Congressional, _) => "The privilege does not support withholding the document from the committee: produce it, or negotiate the terms of its production.".into(),
                (Vehicle::Subpoena, _) => format!("Expect the subpoena to be enforced as to the document: {because}."),
                (Vehicle::MotionToCompel, _) => format!("Expect the motion to compel to be granted as to the document: {because}."),
                (Vehicle::ProtectiveOrder | Vehicle::CrossMotions, _) => format!("Expect the motion for a protective order to be denied: {because}."),
                _ => format!("Expect the document to be ordered disclosed: {because}."),
            });
            match reason {
                Some(Reason::OutsideParty) if trade => steps.push("For the government: consider whether another protection governs the material (an administrative protective order for business-proprietary data under 19 U.S.C. § 1516a(b)(2)(B)).".into()),
                Some(Reason::OutsideParty) => steps.push("For the government: consider whether another protection governs the material.".into()),
                Some(Reason::Misconduct) if trade => steps.push("For the government: the misconduct exception is read narrowly; contest whether the cause of action really puts the government's deliberations at issue, and whether bad faith or improper behaviour has been shown, without which the decision-makers' motives are immaterial in record review.".into()),
                Some(Reason::Misconduct) => steps.push("For the government: the misconduct exception is read narrowly; contest whether the cause of action really puts the government's deliberations at issue, beyond a bare allegation of wrongdoing.".into()),
                _ if v != Vehicle::Foia => steps.push("For the government: consider whether any deliberative portions can be segregated and claimed item by item.".into()),
                _ => {}
            }
        }
        Outcome::InCameraInspection => {
            if presidential {
                steps.push("Lodge the material for the court's in camera examination: the court excises what is not relevant to the demonstrated need and releases only what the need reaches. The privilege covers the whole communication; there is no split of factual from deliberative portions.".into());
            } else if v == Vehicle::Foia {
                steps.push("Expect the court to examine the withheld record in camera. For the agency: supplement the declaration to meet what contradicts it, and lodge the record. For the requester: point to what in the record contradicts the declaration or shows bad faith.".into());
            } else {
                steps.push(if trade {
                    "Prepare for in camera inspection under 19 U.S.C. § 1516a(b)(2)(B): the court will decide whether the document is wholly deliberative (the privilege upheld), partly factual and segregable (deliberative portions protected, factual portions disclosed), or not deliberative at all (the privilege does not apply)."
                } else {
                    "Prepare for in camera inspection: the court will decide whether the document is wholly deliberative (the privilege upheld), partly factual and segregable (deliberative portions protected, factual portions disclosed), or not deliberative at all (the privilege does not apply)."
                }.into());
                steps.push("For the government: lodge the document for inspection with a detailed affidavit that identifies its deliberative portions; detailed affidavits may make inspection unnecessary. For the opposing party: say specifically which facts or other non-privileged material the document is said to contain.".into());
            }
            steps.push("After the inspection, answer \u{201c}inspected in camera\u{201d} yes and the document questions with the court's findings.".into());
        }
        Outcome::PartialDisclosure => {
            steps.push(match v {
                Vehicle::Foia => "Release the reasonably segregable factual portions with the exempt portions deleted, marking where each deletion was made and the exemption relied on, and describe the withheld portions in the Vaughn index.".into(),
                _ => "Produce the segregable factual portions with the deliberative portions redacted, and describe each redaction item by item so the other side can assess it (Fed. R. Civ. P. 26(b)(5)(A)).".into(),
            });
            match v {
                Vehicle::ProtectiveOrder | Vehicle::CrossMotions | Vehicle::CourtOnItsOwn if trade => steps.push("Seek a protective order for the deliberative portions in the opinion's form: sealed and not subject to discovery or disclosure pending further order.".into()),
                Vehicle::ProtectiveOrder | Vehicle::CrossMotions | Vehicle::CourtOnItsOwn => steps.push("Seek a protective order for the deliberative portions.".into()),
                Vehicle::MotionToCompel => steps.push("Oppose the motion to compel as to the deliberative portions.".into()),
                Vehicle::Subpoena => steps.push("Move to quash the subpoena as to the deliberative portions.".into()),
                Vehicle::Congressional => steps.push("Offer the committee the factual portions, and keep the claim over the deliberative portions.".into()),
                Vehicle::Foia | Vehicle::Unstated => {}
            }
        }
        Outcome::ClaimDefective => steps.extend(cure(mode, facts, forum, presidential)),
        Outcome::NeedOutweighsHarm => {
            steps.push(match v {
                Vehicle::Congressional => "Expect production to the committee; negotiate the terms (who may see the material, and how it is kept).".into(),
                Vehicle::Subpoena => "Expect the subpoena to be enforced as to the document, after the court has examined it in camera and excised what the need does not reach.".into(),
                _ if trade => "Expect disclosure, possibly limited or on conditions: the court \u{201c}may disclose such material under such terms and conditions as it may order\u{201d} (19 U.S.C. § 1516a(b)(2)(B)).".into(),
                _ => "Expect disclosure, possibly limited or on conditions.".into(),
            });
            steps.push("For the government: propose conditions that limit the harm (disclosure to counsel only, use restricted to this proceeding, redaction of what the need does not reach).".into());
        }
        Outcome::StateSecretsUpheld => steps.push("The document is excluded from discovery and evidence: no showing of need overcomes a proper state-secrets claim. What follows for the case (proceeding without the evidence, or in some courts dismissal) is beyond the opinion.".into()),
        Outcome::ExtensionOfTime => {
            steps.push("While the extension runs, the opposing party should evaluate the document's importance and then oppose on the merits with a showing of compelling need, or withdraw the opposition.".into());
            steps.push("Confer on a schedule; the opinion did not decide how a petition for an extension is ruled on.".into());
        }
        Outcome::OutOfScope => steps.push("This is not a question the opinion decides: analyse it under the presidential communications privilege (full mode applies it).".into()),
        Outcome::FurtherShowing => steps.push("The agency must supplement its declarations and Vaughn index with a specific showing, not boilerplate, of the harm that release would foreseeably cause to the interests the privilege protects; without it the record must be released.".into()),
    }
    let sustained = matches!(
        outcome,
        Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld | Outcome::PartialDisclosure
    );
    let prosecution = facts.get(Fact::Setting) == Some(super::facts::Setting::Criminal.index());
    if mode == Mode::Full && prosecution && sustained {
        steps.push("For the prosecution: weigh what the privilege costs. If the court orders production and the Government refuses, the prosecution may be dismissed or a witness's testimony struck; decide whether to produce, to narrow the evidence, or to forgo the charge.".into());
    }
    steps
}

/// The cure for a defective claim, naming what is missing now.
fn cure(mode: Mode, facts: &Facts, forum: Forum, presidential: bool) -> Vec<String> {
    if presidential {
        return vec!["Lodge a formal claim of the presidential communications privilege before the ruling, identifying each communication withheld.".into()];
    }
    let state_secret = facts.get_bool(Fact::StateSecret) == Some(true);
    let delegation = mode == Mode::Full && !state_secret;
    let who = if delegation {
        "the head of the agency having control of the matter (or an official to whom the head has formally delegated the authority)"
    } else {
        "the head of the agency having control of the matter"
    };
    let mut steps = vec![format!(
        "Cure the claim: a formal claim of privilege by {who}, after personally reviewing the document, supported by a declaration that identifies each document withheld and gives the reasons for the claim, with an item-by-item privilege log."
    )];
    let mut missing = Vec::new();
    if facts.get_bool(Fact::FormalClaim) == Some(false) {
        missing.push("a formal claim");
    }
    match facts.get(Fact::Claimant).and_then(Claimant::from_index) {
        Some(Claimant::AgencyHead) | None => {}
        Some(Claimant::DelegatedOfficial) if delegation => {}
        Some(_) => missing.push("a claim by the head of the agency"),
    }
    if facts.get_bool(Fact::PersonalReview) == Some(false) {
        missing.push("the claiming official's personal review of the document");
    }
    if facts.get_bool(Fact::Affidavit) == Some(false) && !state_secret {
        missing.push("a supporting declaration");
    }
    if mode == Mode::Full && facts.get_bool(Fact::Itemized) == Some(false) {
        missing.push("an item-by-item identification of the documents with reasons");
    }
    if !missing.is_empty() {
        steps.push(format!("Missing now: {}.", missing.join("; ")));
    }
    let renew = match forum.vehicle {
        Vehicle::ProtectiveOrder | Vehicle::CrossMotions => {
            "Then renew the motion for a protective order."
        }
        Vehicle::MotionToCompel => "Then renew the claim in opposition to the motion to compel.",
        Vehicle::Subpoena => "Then renew the claim in moving to quash the subpoena.",
        _ => "Then renew the claim.",
    };
    steps.push(format!("{renew} The opinion does not say whether a defective claim may be cured; whether a renewed claim is heard is for the court. For the opposing party: oppose on the ground that the claim does not meet the established criteria."));
    steps
}

/// The step a party opposing on timing alone should take instead (the trade courts'
/// protective-order procedure only).
pub(crate) const EXTENSION_INSTEAD: &str = "For the opposing party: instead of objecting that the motion is premature, confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion, and use the time to evaluate the document's importance.";
