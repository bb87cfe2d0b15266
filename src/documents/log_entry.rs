//! The checked document's own privilege-log entry.

use super::caption::or_blank;
use super::{Block, Document};
use crate::engine::Verdict;
use crate::matter::{Field, Session};

/// The checked document's own privilege-log entry, in the shape Fed. R. Civ. P. 26(b)(5)(A)
/// asks for: date, author, recipients, type, privilege asserted, and a description that lets the
/// other side assess the claim without revealing what is privileged. What the matter does not
/// record is left as a blank to fill in.
pub fn log_entry(session: &Session, verdict: &Verdict) -> Document {
    use crate::engine::Fact;
    let facts = &session.request.facts;
    let yes = |fact: Fact| facts.get_bool(fact) == Some(true);
    let mut nature = Vec::new();
    if yes(Fact::Deliberative) {
        nature.push(
            "setting out advisory opinions, considerations and recommendations (pro-con in nature)",
        );
    }
    if yes(Fact::SolelyInternalUse) {
        nature.push("prepared solely for internal use by the agency's decision-makers");
    }
    if yes(Fact::Predecisional) {
        nature.push("part of the process by which the agency's final determination was formulated, and prepared before it");
    }
    let what = if nature.is_empty() {
        "[describe the document's nature without revealing its contents]".to_string()
    } else {
        nature.join("; ")
    };
    let invoked = if yes(Fact::FormalClaim) && yes(Fact::PersonalReview) {
        "Formally claimed by the head of the agency having control of the matter, after personal review; see supporting affidavit."
    } else {
        "[state who claimed the privilege, after what review, and where the supporting affidavit is]"
    };
    let document = session.matter.document_or_default().to_string();
    let blocks = vec![
        Block::Title("Privilege log entry".into()),
        Block::List(vec![
            format!("Document: {document}"),
            format!(
                "Date: {}",
                or_blank(&session.matter, Field::DocumentDate, "[date]")
            ),
            format!(
                "Author: {}",
                or_blank(&session.matter, Field::Author, "[author and position]")
            ),
            format!(
                "Recipients: {}",
                or_blank(
                    &session.matter,
                    Field::Recipients,
                    "[recipients and positions]"
                )
            ),
            "Type: [memorandum, email, draft, …]".into(),
            "Privilege asserted: executive (deliberative-process) privilege".into(),
            format!(
                "Description: Internal government communication {what}. Withheld in full; no segregable factual material is withheld unless noted."
            ),
            format!("Basis: {invoked}"),
        ]),
        Block::Paragraph(format!(
            "Privcheck's assessment on the current answers: {}.",
            verdict.label
        )),
    ];
    Document {
        kind: "log-entry",
        blocks,
    }
}
