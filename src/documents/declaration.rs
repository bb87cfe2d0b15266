//! The declaration that makes the claim: "Declaration of [name], [title], in support of the claim
//! of privilege", by the head of the agency having control of the matter or the official the
//! head formally delegated (reciting the delegation), after personal review, identifying the
//! document item by item, and why it is predecisional and deliberative, the harm of disclosure,
//! what is segregable; unsworn under 28 U.S.C. § 1746. In FOIA it is the agency's declaration in
//! support of its Vaughn index, with the foreseeable-harm showing and the segregability
//! statement. What the matter and the answers do not say stays a bracketed blank.

use super::caption::{caption, or_blank};
use super::{Block, Document};
use crate::engine::facts::{Claimant, FactualContent};
use crate::engine::vocabulary::Vehicle;
use crate::engine::{Fact, Verdict, opinion};
use crate::matter::{Field, Session};

/// A document the declaration covers, as a privilege log identifies it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Withheld {
    /// Its name: its Bates range, or its line.
    pub name: String,
    /// Its date, author, recipients (to, cc and bcc) and description, as the log writes them.
    pub date: String,
    /// Its author.
    pub author: String,
    /// Its recipients.
    pub recipients: String,
    /// The log's description.
    pub description: String,
}

/// The declaration for the matter's document.
pub fn declaration(session: &Session, verdict: &Verdict) -> Document {
    declaration_for(session, verdict, &[])
}

/// The declaration for the documents of a privilege log that assert the privilege (`schedule`),
/// each identified item by item in a schedule; for the matter's own document when `schedule` is
/// empty.
pub fn declaration_for(session: &Session, verdict: &Verdict, schedule: &[Withheld]) -> Document {
    let matter = &session.matter;
    let facts = &session.request.facts;
    let yes = |fact: Fact| facts.get_bool(fact) == Some(true);
    let foia = verdict.forum.vehicle == Vehicle::Foia;
    let name = or_blank(matter, Field::Declarant, "[name]");
    let title = or_blank(matter, Field::DeclarantTitle, "[title]");
    let agency = or_blank(matter, Field::Agency, "[agency]");
    let document = if schedule.is_empty() {
        matter.document_or_default().to_string()
    } else {
        format!("the {} documents listed in Schedule A", schedule.len())
    };
    let document = document.as_str();
    let decision = or_blank(
        matter,
        Field::Decision,
        "[the decision the document preceded]",
    );

    let mut paragraphs = Vec::new();
    // Who declares, and by what authority (Melamine: "the head of the agency having control of
    // the matter"; a formal delegation where the doctrine overlays allow it).
    let authority = match facts.get(Fact::Claimant).and_then(Claimant::from_index) {
        Some(Claimant::AgencyHead) => format!(
            "As {title}, I am the head of the {agency}, the agency having control of the matter in which the privilege is claimed."
        ),
        Some(Claimant::DelegatedOfficial) => format!(
            "The head of the {agency}, the agency having control of the matter, has formally delegated to me the authority to claim the privilege on the agency's behalf: {}.",
            or_blank(matter, Field::Delegation, "[the instrument of delegation, its date and its terms]")
        ),
        Some(Claimant::President) => {
            "[State the President's claim of privilege and the declarant's authority to make this declaration on the President's behalf.]".to_string()
        }
        Some(Claimant::Subordinate | Claimant::Counsel) | None => format!(
            "[State that the declarant is the head of the {agency}, the agency having control of the matter, or recite the head's formal delegation of the authority to claim the privilege: a claim by a subordinate without delegation, or by counsel, is not a proper claim.]"
        ),
    };
    paragraphs.push(format!(
        "I am the {title} of the {agency}. {authority} I make this declaration {}. The statements in it are based on my personal knowledge, my personal review of the document described below, and information provided to me in my official capacity.",
        if foia {
            format!("in support of the {agency}'s withholding of the document described below under Exemption 5 of the Freedom of Information Act, 5 U.S.C. § 552(b)(5), and of its Vaughn index")
        } else {
            "in support of the claim of executive (deliberative-process) privilege over the document described below".to_string()
        }
    ));
    paragraphs.push(if yes(Fact::PersonalReview) {
        format!("I have personally reviewed {document}.")
    } else {
        format!(
            "I have personally reviewed {document}. [Sign only after that review: the claim is made by the official who personally reviewed the materials in issue ({}).]",
            opinion::CITATION
        )
    });
    paragraphs.push(if !schedule.is_empty() {
        format!(
            "Schedule A identifies each document withheld, item by item: its date, author and recipients as the privilege log gives them, and a description that does not reveal what is privileged. Each preceded {decision}. [State each document's role in that decision: recommendation, draft, options, analysis or advice.]"
        )
    } else { format!(
        "The document withheld is {document}, dated {}, written by {} and sent to {}. It preceded {decision}. Its role in that decision: {}.",
        or_blank(matter, Field::DocumentDate, "[date]"),
        or_blank(matter, Field::Author, "[author and position]"),
        or_blank(matter, Field::Recipients, "[recipients and positions]"),
        if yes(Fact::Deliberative) {
            "[a recommendation, draft, options paper, analysis or advice: say which]"
        } else {
            "[the document's role in the decision: recommendation, draft, options, analysis, advice]"
        }
    ) });
    paragraphs.push(if yes(Fact::Predecisional) {
        format!(
            "The document is predecisional: it was prepared before {decision}, to assist the decision-maker in arriving at it."
        )
    } else {
        format!(
            "[Whether the document is predecisional: that it was prepared before {decision}, to assist the decision-maker in arriving at it.]"
        )
    });
    let mut deliberative = Vec::new();
    if yes(Fact::SolelyInternalUse) {
        deliberative.push("it was prepared solely for internal use within the agency");
    }
    if yes(Fact::Deliberative) {
        deliberative.push(
            "it sets out advisory opinions, considerations and recommendations (pro-con in nature)",
        );
    }
    paragraphs.push(if deliberative.is_empty() {
        "[Why the document is deliberative: what it recommends or weighs, and that it was prepared for internal use in the decision.]".to_string()
    } else {
        format!(
            "The document is deliberative: {}. It is part of the process by which the agency's decision was formulated.",
            deliberative.join("; ")
        )
    });
    paragraphs.push(if foia {
        "The agency reasonably foresees that disclosure would harm an interest protected by Exemption 5, 5 U.S.C. § 552(a)(8)(A)(i): [describe the specific harm disclosure of this document would cause to the agency's deliberations, beyond the general interest in candour].".to_string()
    } else {
        "Disclosure would harm the agency's deliberations: [describe the specific harm disclosure of this document would cause].".to_string()
    });
    paragraphs.push(
        match facts.get(Fact::FactualContent).and_then(FactualContent::from_index) {
            Some(FactualContent::None) => {
                "The document contains no purely factual material that could be segregated from its deliberative content.".to_string()
            }
            Some(FactualContent::Segregable) => {
                "The purely factual portions of the document, [identify them], can be severed from its deliberative portions; they [have been / will be] released, and only the deliberative portions are withheld.".to_string()
            }
            Some(FactualContent::Intertwined) => {
                "The factual material in the document is so intertwined with its deliberative content that its selection reveals the deliberations; no portion can reasonably be segregated and released.".to_string()
            }
            None => {
                "[What is segregable: the purely factual portions that can be severed and released, or why none can.]".to_string()
            }
        },
    );
    paragraphs.push(if foia {
        format!(
            "For these reasons the {agency} withholds {document} under 5 U.S.C. § 552(b)(5), having released every reasonably segregable portion."
        )
    } else {
        format!(
            "For these reasons I formally claim the executive (deliberative-process) privilege for {document} on behalf of the {agency}."
        )
    });
    paragraphs.push(format!(
        "I declare under penalty of perjury that the foregoing is true and correct. Executed on [date], at {}.",
        or_blank(matter, Field::Place, "[place]")
    ));

    let heading = format!(
        "Declaration of {name}, {title}, {agency}, in support of {}",
        if foia {
            "the agency's withholding under Exemption 5"
        } else {
            "the claim of privilege"
        }
    );
    let in_court = verdict.forum.vehicle != Vehicle::Congressional;
    let mut blocks = vec![Block::Title(heading.clone())];
    if in_court {
        blocks.push(caption(matter));
    }
    blocks.push(Block::Center(heading.to_uppercase()));
    blocks.push(Block::Paragraph(format!(
        "I, {name}, declare pursuant to 28 U.S.C. § 1746:"
    )));
    blocks.push(Block::Numbered(paragraphs));
    blocks.push(Block::Signature(vec![
        "____________________".into(),
        name.to_string(),
        title.to_string(),
        agency.to_string(),
    ]));
    if !schedule.is_empty() {
        blocks.push(Block::Heading("Schedule A: the documents withheld".into()));
        let blank = |text: &str, what: &str| {
            if text.trim().is_empty() {
                format!("[{what}]")
            } else {
                text.trim().to_string()
            }
        };
        blocks.push(Block::List(
            schedule
                .iter()
                .map(|w| {
                    format!(
                        "{}: dated {}; written by {}; sent to {}. {}",
                        w.name,
                        blank(&w.date, "date"),
                        blank(&w.author, "author"),
                        blank(&w.recipients, "recipients"),
                        blank(&w.description, "description"),
                    )
                })
                .collect(),
        ));
    }
    if in_court {
        blocks.extend(super::order::certificate_of_service(matter));
    }
    Document {
        kind: "declaration",
        blocks,
    }
}

#[cfg(test)]
#[allow(clippy::panic, clippy::indexing_slicing, clippy::unwrap_used)] // tests: a panic is a failed test
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::facts::Setting;

    fn text(session: &Session) -> String {
        declaration(session, &evaluate(&session.request)).to_text()
    }

    #[test]
    fn the_chairmans_declaration_on_the_opinions_facts() {
        let text = text(&Session::melamine());
        assert!(text.contains("DECLARATION OF BILL ALBERGER, CHAIRMAN, UNITED STATES INTERNATIONAL TRADE COMMISSION, IN SUPPORT OF THE CLAIM OF PRIVILEGE"), "{text}");
        assert!(text.contains("I, Bill Alberger, declare pursuant to 28 U.S.C. § 1746:"));
        assert!(text.contains(
            "As Chairman, I am the head of the United States International Trade Commission"
        ));
        assert!(text.contains("I have personally reviewed document numbered 22"));
        assert!(
            !text.contains("[Sign only after"),
            "review is stated in the example"
        );
        assert!(
            text.contains(
                "It is part of the process by which the agency's decision was formulated"
            )
        );
        assert!(text.contains("I declare under penalty of perjury that the foregoing is true and correct. Executed on [date], at [place]."));
        // What the opinion does not say stays blank.
        assert!(
            text.contains("dated [date], written by Staff members of the Commission"),
            "{text}"
        );
        assert!(text.contains("[describe the specific harm"));
    }

    #[test]
    fn a_delegated_official_recites_the_delegation() {
        let mut session = Session::melamine();
        session
            .request
            .facts
            .set(Fact::Claimant, Some(Claimant::DelegatedOfficial as u8));
        let blank = text(&session);
        assert!(blank.contains("has formally delegated to me the authority to claim the privilege on the agency's behalf: [the instrument of delegation, its date and its terms]."), "{blank}");
        session
            .matter
            .set(Field::Delegation, "Delegation Order No. 7 of March 3, 1980");
        assert!(
            text(&session)
                .contains("on the agency's behalf: Delegation Order No. 7 of March 3, 1980.")
        );
    }

    #[test]
    fn unknown_facts_stay_blanks_and_nothing_is_invented() {
        let mut session = Session::default();
        session
            .request
            .facts
            .set(Fact::Setting, Some(Setting::Civil as u8));
        let text = text(&session);
        for blank in [
            "[name]",
            "[title]",
            "[the decision the document preceded]",
            "[Whether the document is predecisional",
            "[Why the document is deliberative",
            "[What is segregable",
            "[Sign only after that review",
            "[State that the declarant is the head of the [agency]",
        ] {
            assert!(text.contains(blank), "{blank}: {text}");
        }
    }

    #[test]
    fn a_logs_entries_are_scheduled_item_by_item() {
        let session = Session::melamine();
        let schedule = [
            Withheld {
                name: "CBP-0004".into(),
                date: "2021-07-20".into(),
                author: "M. Chen".into(),
                recipients: "R. Patel".into(),
                description: "Draft recommendation on mitigation of the penalty".into(),
            },
            Withheld {
                name: "CBP-0009".into(),
                date: String::new(),
                author: "R. Patel".into(),
                recipients: "FP&F Officers".into(),
                description: "Options paper".into(),
            },
        ];
        let text = declaration_for(&session, &evaluate(&session.request), &schedule).to_text();
        assert!(
            text.contains("I have personally reviewed the 2 documents listed in Schedule A."),
            "{text}"
        );
        assert!(text.contains("Schedule A: the documents withheld"));
        assert!(text.contains("- CBP-0004: dated 2021-07-20; written by M. Chen; sent to R. Patel. Draft recommendation on mitigation of the penalty"));
        assert!(
            text.contains("- CBP-0009: dated [date];"),
            "a blank, never invented"
        );
    }

    #[test]
    fn in_foia_it_supports_the_vaughn_index_with_foreseeable_harm() {
        let mut session = Session::melamine();
        session
            .request
            .facts
            .set(Fact::Setting, Some(Setting::Foia as u8));
        let text = text(&session);
        assert!(
            text.contains("IN SUPPORT OF THE AGENCY'S WITHHOLDING UNDER EXEMPTION 5"),
            "{text}"
        );
        assert!(text.contains("Vaughn index"));
        assert!(text.contains("5 U.S.C. § 552(a)(8)(A)(i)"));
        assert!(text.contains("having released every reasonably segregable portion"));
        assert!(!text.contains("seal"));
    }
}
