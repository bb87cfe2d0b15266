//! The memorandum: question presented, short answer, what it does not decide, facts, analysis
//! step by step with the opinion's words and authorities, conclusion, open questions, next steps.

use super::{Block, Document};
use crate::engine::vocabulary::basis_label;
use crate::engine::{FACTS, Group, Mode, Verdict, opinion};
use crate::matter::Session;

/// The memorandum: question presented, facts, analysis, conclusion, open questions, next steps.
pub fn memorandum(session: &Session, verdict: &Verdict) -> Document {
    let matter = &session.matter;
    let document = matter.document_or_default();
    let mut blocks = vec![Block::Title("Memorandum".into())];
    let re = super::case_line(matter);
    if !re.is_empty() {
        blocks.push(Block::Labeled("Re".into(), re));
    }
    blocks.push(Block::Heading("Question presented".into()));
    blocks.push(Block::Paragraph(format!(
        "Whether {document} is protected from discovery by executive (deliberative-process) privilege under {}{}.",
        opinion::CITATION,
        match verdict.mode {
            Mode::Seed => ", applying only the rules that opinion states or implies",
            Mode::Full => ", and the doctrine it rests on",
        }
    )));
    blocks.push(Block::Heading("Short answer".into()));
    blocks.push(Block::Labeled(
        verdict.label.into(),
        verdict.summary.clone(),
    ));
    if !verdict.caveats.is_empty() {
        blocks.push(Block::Heading("What this analysis does not decide".into()));
        blocks.push(Block::List(
            verdict.caveats.iter().map(|c| c.message.clone()).collect(),
        ));
    }

    blocks.push(Block::Heading("Facts".into()));
    if !matter.description.trim().is_empty() {
        blocks.push(Block::Labeled(
            "The document".into(),
            matter.description.trim().into(),
        ));
    }
    let mut unknown = Vec::new();
    for group in Group::ALL {
        let mut stated = Vec::new();
        for info in FACTS.iter().filter(|f| f.group == group) {
            if info.full_mode_only && verdict.mode == Mode::Seed {
                continue;
            }
            match session.request.facts.get(info.fact) {
                Some(value) => stated.push(format!(
                    "{} {}",
                    info.question,
                    info.domain.value_label(value)
                )),
                None => unknown.push(info.question.to_string()),
            }
        }
        if !stated.is_empty() {
            blocks.push(Block::Labeled(group.title().into(), String::new()));
            blocks.push(Block::List(stated));
        }
    }
    if !unknown.is_empty() {
        blocks.push(Block::Labeled("Not known".into(), String::new()));
        blocks.push(Block::List(unknown));
    }

    blocks.push(Block::Heading("Analysis".into()));
    for (i, step) in verdict.steps().iter().enumerate() {
        blocks.push(Block::Step {
            heading: format!(
                "{}. {} ({}; {})",
                i + 1,
                step.rule.rule().title,
                step.source,
                basis_label(step.basis)
            ),
            finding: step.finding.to_string(),
            quote: step.quote.map(str::to_string),
            authorities: step.authorities.iter().map(|a| (*a).to_string()).collect(),
        });
    }

    blocks.push(Block::Heading("Conclusion".into()));
    blocks.push(Block::Paragraph(verdict.summary.clone()));
    if !verdict.open_questions.is_empty() {
        blocks.push(Block::Heading("Open questions".into()));
        blocks.push(Block::List(
            verdict
                .open_questions
                .iter()
                .map(|q| {
                    let leads: Vec<String> = q
                        .leads_to
                        .0
                        .iter()
                        .map(|(answer, outcomes)| {
                            let labels: Vec<&str> =
                                outcomes.iter().map(|o| verdict.outcome_label(o)).collect();
                            format!("{answer}: {}", labels.join(" or "))
                        })
                        .collect();
                    format!("{} ({})", q.question, leads.join("; "))
                })
                .collect(),
        ));
    }
    blocks.push(Block::Heading("Next steps".into()));
    blocks.push(Block::List(verdict.next_steps().to_vec()));
    blocks.push(Block::Paragraph(format!(
        "Prepared with privcheck, rulebook {} (law as of {}), {} mode. Not legal advice: verify every authority against the reporter and the current rules.",
        verdict.doctrine.version,
        verdict.doctrine.as_of,
        verdict.mode.name()
    )));
    Document {
        kind: "memorandum",
        blocks,
    }
}
