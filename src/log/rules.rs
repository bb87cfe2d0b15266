//! The log review's rulebook: each rule once, beside its source (`docs/log-review.md`). The
//! review's findings name these rules; the words a reader sees for a finding are written where
//! the finding is made ([`super::assess`]), and the rule gives its authority.

use crate::engine::authorities::Authority;

/// Declares the rulebook once: the id, its title, the authorities it rests on (none for a text
/// test of this review, which is not law), and what it says in the project's words.
macro_rules! log_rules {
    ($( $id:ident : $title:literal, [$($authority:ident),*], $says:literal; )+) => {
        /// A rule of the log review.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum LogRule { $( #[doc = $title] $id ),+ }

        impl LogRule {
            /// Every rule, in the rulebook's order.
            pub const ALL: &'static [LogRule] = &[$(LogRule::$id),+];

            /// Its id ("A6").
            pub fn id(self) -> &'static str {
                match self { $(LogRule::$id => stringify!($id)),+ }
            }

            /// What it is about, in a few words.
            pub fn title(self) -> &'static str {
                match self { $(LogRule::$id => $title),+ }
            }

            /// The authorities it rests on.
            pub fn authorities(self) -> &'static [Authority] {
                match self { $(LogRule::$id => &[$(Authority::$authority),*]),+ }
            }

            /// What it says.
            pub fn says(self) -> &'static str {
                match self { $(LogRule::$id => $says),+ }
            }
        }
    };
}

log_rules! {
    A1: "Elements of attorney-client privilege", [UpjohnElements, CoastalStatesAttorneyClient],
        "A confidential communication between a client (its employees and agents) and a lawyer acting as a lawyer, for legal advice. The party claiming the privilege bears the burden.";
    A2: "The government as client", [CoastalStatesAttorneyClient],
        "An agency is a client; its counsel and the Justice Department lawyers representing it are its lawyers.";
    A3: "Employees at any level", [UpjohnEmployees],
        "Employees at any level who communicate with counsel to secure legal advice on matters within their duties are covered.";
    A4: "Facts are not privileged", [UpjohnFacts, Fisher],
        "The privilege protects communications, not the underlying facts; a pre-existing document does not become privileged by being sent to a lawyer.";
    A5: "Primary purpose: legal, not business", [Kellogg, Ibm, WesternTrails],
        "Obtaining or providing legal advice must be one of the significant purposes of the communication; a business communication is not privileged because a lawyer sent, received or was copied on it.";
    A6: "A lawyer in the communication", [UpjohnElements, CoastalStatesCirculation],
        "A lawyer must take part in the communication, or it must relay a lawyer's advice. No lawyer and no legal advice described: the log defeats the claim; legal advice described but no lawyer named: the log must name the lawyer.";
    A7: "Confidentiality and circulation", [CoastalStatesCirculation, CoastalCorp, Evans, GulfWestern],
        "The communication must be confidential when made and kept so, circulated only to those who need to know it.";
    A8: "Waiver by disclosure to an outsider", [Permian, SealedCaseWaiver, Kovel, Fre502],
        "Disclosure to an outsider waives the privilege, always so to an adversary; the lawyer's agents and common-interest partners are exceptions, so a non-adverse outsider is a question to ask.";
    A9: "What the log must show (attorney-client)", [Frcp26b5Aii, SdnyRule26_2a2A],
        "The lawyer (name and role); every recipient, with role or organisation; the date; the author; that legal advice was sought, given or relayed; and its general subject.";
    A10: "Attachments", [UpjohnFacts, Fisher],
        "A pre-existing attachment is not privileged by being sent to counsel and needs its own entry.";
    W1: "Work product defined", [Frcp26b3A],
        "Documents prepared in anticipation of litigation or for trial by or for a party or its representative, who need not be a lawyer.";
    W2: "Counsel's preparation", [Hickman, UpjohnWorkProduct],
        "Counsel's interview notes, statements, memoranda and mental impressions are the core of the doctrine.";
    W3: "Because of litigation", [Adlman, DeloitteBecauseOf],
        "Protected if created because of anticipated litigation and would not have been prepared in substantially similar form but for it; a dual business purpose does not defeat it.";
    W4: "Ordinary course excluded", [Adlman, CoastalStatesWorkProduct, CoastalCorp],
        "A document made in the ordinary course, or that would have been made in similar form anyway, is not work product; an agency must point with specificity to the litigation anticipated.";
    W5: "Before litigation was anticipated", [Adlman, DeloitteBecauseOf],
        "A document dated before the producing party anticipated litigation is a question to ask, never a defeat: anticipation may have begun earlier.";
    W6: "Fact and opinion work product", [Frcp26b3B],
        "Fact work product yields to substantial need and undue hardship; counsel's mental impressions, conclusions, opinions and legal theories stay protected. Need is not decided from a log.";
    W7: "Filed, served or public documents", [DeloitteDisclosure],
        "A filed, served or public document is not work product, nor anything given to the adversary.";
    W8: "Disclosure to a non-adverse outsider", [DeloitteDisclosure],
        "Disclosure to a non-adverse outsider does not by itself waive work product: a question to ask.";
    W9: "What the log must show (work product)", [Frcp26b5Aii, CoastalCorp],
        "The preparer (name and role) and for whom; the date; the litigation anticipated or pending, or facts making it evident; and the general subject.";
    L1: "The law-enforcement investigatory privilege", [SealedCaseLawEnforcement],
        "A qualified privilege protecting law-enforcement techniques, confidential sources, witnesses and personnel, and ongoing investigations.";
    L2: "Invoking it", [SealedCaseLawEnforcement],
        "A formal claim by the head of the department having control of the information, after personal consideration, specifying the information and why it is protected. A log cannot show this: it is asked for, not counted missing.";
    L3: "The balance", [SealedCaseLawEnforcement, Frankenhauser],
        "The requesting party's need against the public interest in non-disclosure; not decided from a log.";
    L4: "What the log must show (law enforcement)", [Frcp26b5Aii, SealedCaseLawEnforcement],
        "The investigating agency or author, the date, the investigation, and the interest protected (an informant, a technique, a witness, an ongoing investigation); a document shared with the adversary or made public is not protected.";
    P1: "The decision and the document's role", [CoastalStatesDecision, Nlg],
        "The log must identify the decision the document preceded and its role in it (draft, recommendation, options, analysis, advice, facts selected for the decision-maker).";
    P2: "Intra-agency", [Klamath],
        "A communication with an outside party that has its own interest is not intra-agency: with the adversary or its agent the claim fails; with another outsider it is a question to ask.";
    P3: "Post-decisional", [Sears],
        "A final decision, an instruction implementing it, reasoning adopted, or a document issued to the regulated party is not predecisional; a draft is.";
    P4: "Factual content", [Mink, Montrose],
        "Purely factual material is not protected; facts selected for a decision-maker can be.";
    P5: "Invocation", [Melamine, ReynoldsFormalClaim, Marriott],
        "The formal claim by the agency head or a delegate, after personal review, with an affidavit, is decided by the checker's analysis of the entry's facts; the log review never infers it.";
    N1: "Confidentiality is not a privilege", [Frcp26c1G, Merrill, AmericanSpringWire],
        "Confidential, business-confidential or proprietary material is produced under a protective order (in the Court of International Trade, an administrative or judicial protective order), not withheld.";
    N2: "No privilege named", [Frcp26b5Ai, SdnyRule26_2a1],
        "\"Privileged\", \"protected\" or \"exemption 5\" does not let the other side assess the claim: the log must name the privilege.";
    N3: "A label not recognised", [],
        "A label this review does not recognise is a question to ask, never a deficiency by itself.";
    X1: "Missing or placeholder entries", [Frcp26b5Aii],
        "An author, date or description left empty or written as a placeholder (\"Unknown\", \"N/A\", \"various\") is missing; a communication must name its recipients.";
    X2: "Boilerplate", [Frcp26b5Aii],
        "One description repeated across many entries does not describe any of them; with too few words of substance it is a defect, otherwise a question.";
    X3: "Conclusory description", [Frcp26b5Aii],
        "A description with almost no words of substance (\"Email re: case\") does not let the other side assess the claim.";
    X4: "Wide distribution", [CoastalStatesCirculation, GulfWestern, Sears],
        "A communication sent to many people, or to a group, may not have been confidential, and may be an instruction or working law: a question to ask.";
    X5: "An outside participant", [Permian, Klamath, DeloitteDisclosure],
        "An author or recipient outside the producing party: with the adversary, the claim fails; with another outsider, a question to ask.";
    X6: "Final, issued, filed or served", [Sears, DeloitteDisclosure, CoastalStatesCirculation],
        "A document issued, adopted, filed or served (not a draft of one) is not predecisional, not work product and not a confidential communication.";
    X7: "Withheld in full with factual content", [Mink, UpjohnFacts, Frcp26b3B],
        "A document withheld in full that holds facts must be reviewed for what can be segregated and produced.";
    X8: "Addressees not listed", [Frcp26b5Aii],
        "The description names addressees (\"to field staff\") that the recipients do not list.";
    X9: "A lawyer only copied", [Kellogg, Ibm],
        "The only lawyer is copied and no legal purpose is described: a business communication is not privileged because a lawyer was copied.";
    X10: "The log's form", [Frcp26b5Aii],
        "Bates ranges out of order, with differing prefixes or repeated, and columns not recognised: warnings that change no outcome.";
    Engine: "The checker's analysis of the entry's facts", [Melamine],
        "The deliberative-process, state-secrets and presidential-communications claims are decided by the checker's own analysis of the facts the entry states (docs/doctrine.md).";
}

impl LogRule {
    /// The rule's sources, as a court would cite them, joined by "; " ("" for a text test).
    pub fn source(self) -> String {
        self.authorities()
            .iter()
            .map(|a| a.full())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_rule_but_the_text_test_has_a_source() {
        let ids: std::collections::HashSet<_> = LogRule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(ids.len(), LogRule::ALL.len());
        for rule in LogRule::ALL {
            assert_eq!(
                rule.authorities().is_empty(),
                *rule == LogRule::N3,
                "{}",
                rule.id()
            );
            assert!(!rule.says().is_empty() && !rule.title().is_empty());
        }
    }
}
