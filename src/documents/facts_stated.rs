//! The facts of the matter as a memorandum states them: one sentence per answer, not the
//! question. The match is exhaustive, so a new fact does not reach the memorandum until its
//! sentences are written.

use crate::engine::{FACTS, Fact};

/// The sentence stating `fact` = `value` (1 yes, 0 no; an enum fact's value index).
pub fn sentence(fact: Fact, value: u8) -> String {
    let yes = value == 1;
    let pick = |when_yes: &str, when_no: &str| {
        if yes {
            when_yes.to_string()
        } else {
            when_no.to_string()
        }
    };
    let label = || {
        FACTS
            .iter()
            .find(|f| f.fact == fact)
            .map_or_else(String::new, |f| f.domain.value_label(value).to_string())
    };
    match fact {
        Fact::Setting => format!("The privilege is contested in this setting: {}.", label()),
        Fact::Posture => format!("The posture: {}.", label()),
        Fact::Demanded => pick(
            "The opposing party had demanded or requested the document before the motion.",
            "The opposing party had not demanded or requested the document before the motion.",
        ),
        Fact::PrivilegedInAgencyProceeding => pick(
            "The document was accorded privileged or confidential status in the administrative proceeding.",
            "The document was not accorded privileged or confidential status in the administrative proceeding.",
        ),
        Fact::SuaSponte => pick(
            "The court is acting on its own initiative.",
            "The court is not acting on its own initiative.",
        ),
        Fact::IntraGovernmental => pick(
            "The document is an internal government communication, not one from or shared with an outside party with its own interest.",
            "The document is not an internal government communication: it came from, or was shared with, an outside party with its own interest.",
        ),
        Fact::SolelyInternalUse => pick(
            "The document was compiled solely for internal use by the agency or its decision-makers.",
            "The document was not compiled solely for internal use.",
        ),
        Fact::Deliberative => pick(
            "The document is deliberative: pro-con, advisory or recommendatory.",
            "The document is not deliberative.",
        ),
        Fact::Predecisional => pick(
            "The document is predecisional: part of the process by which the final determination was formulated.",
            "The document is not predecisional.",
        ),
        Fact::PostDecisional => pick(
            "The document is post-decisional: it explains, implements or was adopted as a decision already made.",
            "The document is not post-decisional.",
        ),
        Fact::RecordOver25Years => pick(
            "The record was created 25 years or more before the request.",
            "The record was created less than 25 years before the request.",
        ),
        Fact::FactualContent => format!("Its factual content: {}.", label()),
        Fact::StateSecret => pick(
            "Disclosure would expose military or state secrets.",
            "Disclosure would not expose military or state secrets.",
        ),
        Fact::Presidential => pick(
            "The document is a presidential communication.",
            "The document is not a presidential communication.",
        ),
        Fact::PresidentialCircle => pick(
            "It was authored or solicited and received within the President's circle of advisers and kept confidential there.",
            "It was not authored or solicited and received within the President's circle of advisers, or was not kept confidential there.",
        ),
        Fact::FormalClaim => pick(
            "A formal claim of privilege was lodged.",
            "No formal claim of privilege was lodged.",
        ),
        Fact::Claimant => format!("The claim was lodged by: {}.", label()),
        Fact::PersonalReview => pick(
            "The official who claimed the privilege personally reviewed the document.",
            "The official who claimed the privilege did not personally review the document.",
        ),
        Fact::Affidavit => pick(
            "An affidavit or declaration supports the claim.",
            "No affidavit or declaration supports the claim.",
        ),
        Fact::Itemized => pick(
            "The claim identifies the documents item by item and gives reasons.",
            "The claim does not identify the documents item by item with reasons.",
        ),
        Fact::ForeseeableHarm => format!("Foreseeable harm: {}.", label()),
        Fact::OppositionPremature => pick(
            "The opposition argues that the motion is premature.",
            "The opposition does not argue that the motion is premature.",
        ),
        Fact::OppositionNotEvaluated => pick(
            "The opposition argues that the document has not yet been evaluated.",
            "The opposition does not argue that the document has not yet been evaluated.",
        ),
        Fact::OppositionContainsFacts => pick(
            "The opposition argues that the document contains non-privileged facts.",
            "The opposition does not argue that the document contains non-privileged facts.",
        ),
        Fact::OppositionOutsidePrivilege => pick(
            "The opposition argues that the document is not within the privilege.",
            "The opposition does not argue that the document is outside the privilege.",
        ),
        Fact::OppositionNeed => pick(
            "The opposition asserts a need for the document.",
            "The opposition asserts no need for the document.",
        ),
        Fact::OppositionDefectiveClaim => pick(
            "The opposition argues that the claim of privilege is defective.",
            "The opposition does not challenge the form of the claim.",
        ),
        Fact::OppositionWaiver => pick(
            "The opposition argues that the privilege was waived.",
            "The opposition does not argue waiver.",
        ),
        Fact::AffidavitRefuted => pick(
            "The opposing party has refuted the supporting affidavit.",
            "The opposing party has not refuted the supporting affidavit.",
        ),
        Fact::ContentsQuestioned => pick(
            "The opposing party questions whether the document contains material outside the privilege.",
            "The opposing party does not question the document's contents.",
        ),
        Fact::NeedShown => format!("The need shown for the document: {}.", label()),
        Fact::NeedOutweighsHarm => pick(
            "The opposing party has shown, clearly and persuasively, that its need outweighs the harm of disclosure.",
            "The opposing party has not shown that its need outweighs the harm of disclosure.",
        ),
        Fact::Misconduct => pick(
            "The government's misconduct, or its decision-making itself, is the subject of the claim.",
            "The government's misconduct or decision-making is not the subject of the claim.",
        ),
        Fact::AvailableElsewhere => pick(
            "The information is available from other sources.",
            "The information is not available from other sources.",
        ),
        Fact::ExtensionSought => pick(
            "The opposing party conferred or sought an extension of time, for good cause, to evaluate and oppose.",
            "The opposing party did not seek an extension of time to evaluate and oppose.",
        ),
        Fact::InspectedInCamera => pick(
            "The court has already inspected the document in camera.",
            "The court has not inspected the document in camera.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_is_a_sentence_not_a_question() {
        for info in FACTS {
            let values: u8 = match info.domain {
                crate::engine::Domain::YesNo => 2,
                crate::engine::Domain::OneOf(choices) => {
                    u8::try_from(choices.len()).unwrap_or(u8::MAX)
                }
            };
            for value in 0..values {
                let text = sentence(info.fact, value);
                assert!(text.ends_with('.'), "{}: {text}", info.name);
                assert!(!text.contains('?'), "{}: {text}", info.name);
                assert!(
                    !text.contains(info.name) || !info.name.contains('_'),
                    "{}: a machine name",
                    info.name
                );
            }
        }
    }
}
