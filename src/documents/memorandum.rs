//! The memorandum a partner would read: the privilege header; To, From, Date, Re; the question
//! presented and the short answer; what it does not decide; the facts as sentences; the analysis
//! step by step with the opinion's words, each authority cited in full the first time and in
//! short form after; conclusion, open questions, next steps; a table of authorities.

use super::facts_stated::sentence;
use super::{Block, Document};
use crate::engine::vocabulary::basis_label;
use crate::engine::{Authority, FACTS, Fact, Group, Mode, Verdict, opinion};
use crate::matter::{Field, Session};
use std::collections::BTreeSet;

/// The memorandum: question presented, facts, analysis, conclusion, open questions, next steps.
pub fn memorandum(session: &Session, verdict: &Verdict) -> Document {
    let matter = &session.matter;
    let document = matter.document_or_default();
    let mut blocks = vec![
        Block::Center("Privileged and confidential: attorney work product".into()),
        Block::Title("Memorandum".into()),
        Block::Labeled("To".into(), "[recipient]".into()),
        Block::Labeled(
            "From".into(),
            matter
                .stated(Field::Counsel)
                .and_then(|c| c.lines().next())
                .map_or_else(|| "[author]".to_string(), |l| l.trim().to_string()),
        ),
        Block::Labeled("Date".into(), "[date]".into()),
    ];
    let case = super::case_line(matter);
    blocks.push(Block::Labeled(
        "Re".into(),
        if case.is_empty() {
            format!("Privilege of {document}")
        } else {
            format!("{case}: privilege of {document}")
        },
    ));
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
    // The summary ends with the ruling in its setting's words (the verdict's label).
    blocks.push(Block::Paragraph(verdict.summary.clone()));
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
    // What the matter records of the document itself, then each answer as a sentence.
    let recorded: Vec<String> = [
        (Field::DocumentDate, "It is dated"),
        (Field::Author, "It was written by"),
        (Field::Recipients, "It was sent to"),
        (Field::Decision, "It preceded"),
    ]
    .into_iter()
    .filter_map(|(field, words)| matter.stated(field).map(|v| format!("{words} {v}.")))
    .collect();
    if !recorded.is_empty() {
        blocks.push(Block::Paragraph(recorded.join(" ")));
    }
    let mut unknown = Vec::new();
    for group in Group::ALL {
        let mut stated = Vec::new();
        for info in FACTS.iter().filter(|f| f.group == group) {
            if info.full_mode_only && verdict.mode == Mode::Seed {
                continue;
            }
            match session.request.facts.get(info.fact) {
                Some(value) => stated.push(sentence(info.fact, value)),
                None => unknown.push(info.topic),
            }
        }
        if !stated.is_empty() {
            blocks.push(Block::Labeled(group.title().into(), stated.join(" ")));
        }
    }
    if !unknown.is_empty() {
        blocks.push(Block::Labeled(
            "Not known".into(),
            format!("{}.", super::capitalised(&unknown.join("; "))),
        ));
    }

    blocks.push(Block::Heading("Analysis".into()));
    // Each authority in full the first time, in short form after (Bluebook R. 10.9).
    let mut cited = BTreeSet::new();
    cited.insert(Authority::Melamine); // cited in full in the question presented
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
            authorities: step
                .authorities
                .iter()
                .map(|a| {
                    if cited.insert(*a) {
                        a.full().to_string()
                    } else {
                        a.short().to_string()
                    }
                })
                .collect(),
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
                            // The answer in words ("Yes", "The court acts on its own
                            // initiative"), never the value's machine name.
                            let answer = Fact::from_name(q.fact)
                                .and_then(|f| {
                                    let domain = f.info().domain;
                                    domain.index_of(answer).map(|v| domain.value_label(v))
                                })
                                .unwrap_or(answer);
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
    blocks.push(Block::Heading("Table of authorities".into()));
    /// Whether a citation belongs under a heading of the table.
    type Belongs = fn(&str) -> bool;
    let kinds: [(&str, Belongs); 3] = [
        ("Cases", |c| c.contains(" v. ") || c.starts_with("In re ")),
        ("Statutes", |c| c.contains("U.S.C.")),
        ("Rules and other authorities", |_| true),
    ];
    let mut listed = BTreeSet::new();
    for (title, belongs) in kinds {
        let mut entries: Vec<&str> = cited
            .iter()
            .map(|a| a.full())
            .filter(|c| belongs(c) && !listed.contains(c))
            .collect();
        entries.sort_unstable();
        entries.dedup();
        if !entries.is_empty() {
            listed.extend(entries.iter().copied());
            blocks.push(Block::Labeled(title.into(), String::new()));
            blocks.push(Block::List(entries.into_iter().map(String::from).collect()));
        }
    }
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
