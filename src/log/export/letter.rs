//! The meet-and-confer letter counsel would send about a privilege log: grouped by problem
//! (entries to supplement and what each must add; claims the log itself defeats and why; labels
//! that are not privileges; questions to ask), every entry named by its Bates number, every
//! demand with its authority. It never asks for an entry the log adequately supports, and it
//! says what it does not decide.

use crate::documents::capitalised;
use crate::documents::{Block, Document};
use crate::engine::authorities::Authority;
use crate::engine::{Outcome, Ruling};
use crate::log::claim::{Claim, Kind, LogOutcome};
use crate::log::labels::Privilege;
use crate::log::read::PrivilegeLog;
use crate::log::review::{EntryResult, Review};
use crate::log::rules::LogRule;
use std::collections::BTreeSet;

/// Cites each authority in full the first time, by its short form after.
#[derive(Default)]
struct Citer {
    cited: BTreeSet<Authority>,
}

impl Citer {
    fn cite(&mut self, authorities: impl IntoIterator<Item = Authority>) -> String {
        let mut seen = BTreeSet::new();
        let mut parts = Vec::new();
        for authority in authorities {
            if !seen.insert(authority) {
                continue;
            }
            if self.cited.insert(authority) {
                parts.push(authority.full());
            } else {
                parts.push(authority.short());
            }
        }
        parts.join("; ")
    }

    /// The rule of the log (Rule 26(b)(5)(A)) and the rules of the findings of `kind`.
    fn for_claim(&mut self, claim: &Claim, kind: Kind) -> String {
        let rules = claim
            .findings
            .iter()
            .filter(|f| f.kind == kind)
            .flat_map(|f| f.rule.authorities().iter().copied());
        let log_rule = (kind == Kind::Defect).then_some(Authority::Frcp26b5Aii);
        self.cite(log_rule.into_iter().chain(rules))
    }
}

/// "PRIV-0007 (attorney-client privilege, as written “A/C”)".
fn naming(result: &EntryResult, claim: &Claim) -> String {
    if claim.as_written.is_empty() {
        format!("{} ({})", result.name, claim.privilege.words())
    } else {
        format!(
            "{} ({}, as logged \u{201c}{}\u{201d})",
            result.name,
            claim.privilege.words(),
            claim.as_written
        )
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The letter.
pub fn meet_and_confer_letter(_log: &PrivilegeLog, review: &Review, title: &str) -> Document {
    let mut citer = Citer::default();
    let results = &review.results;
    let with = |outcome: LogOutcome| results.iter().filter(move |r| r.outcome == outcome);
    let adequate = with(LogOutcome::AdequatelyLogged).count();
    let review_count =
        with(LogOutcome::NeedsReview).count() + with(LogOutcome::NotAssessed).count();
    let deficient = with(LogOutcome::DeficientLog).count();
    let defeated = with(LogOutcome::LikelyNotPrivileged).count();
    let not_privileges = with(LogOutcome::NotAPrivilege).count();

    let mut blocks = vec![Block::Title(format!(
        "Privilege log: request to meet and confer \u{2014} {title}"
    ))];
    blocks.push(Block::Paragraph("Dear Counsel:".into()));
    let rule = citer.cite([Authority::Frcp26b5Ai]);
    blocks.push(Block::Paragraph(format!(
        "We have reviewed your privilege log of {}. A party withholding otherwise discoverable information must expressly make the claim and describe each document withheld in a manner that, without revealing information itself privileged or protected, will enable other parties to assess the claim ({rule}). Each privilege an entry asserts has been read on its own: an entry is treated as supported if any claim on it is. On the log's own words, {} adequately logged, and we make no request about {}. {} need supplementing; on {} the log's own words defeat the claim; {} assert only a label that is not a privilege; and {} raise questions we ask you to answer.",
        plural(results.len(), "entry", "entries"),
        plural(adequate, "entry is", "entries are"),
        if adequate == 1 { "it" } else { "them" },
        capitalised(&plural(deficient, "entry", "entries")),
        plural(defeated, "entry", "entries"),
        plural(not_privileges, "entry", "entries"),
        plural(review_count, "entry", "entries"),
    )));

    // Entries to supplement.
    let to_supplement: Vec<&EntryResult> = with(LogOutcome::DeficientLog).collect();
    if !to_supplement.is_empty() {
        blocks.push(Block::Heading("Entries to supplement".into()));
        blocks.push(Block::Paragraph(
            "For each entry below, please serve a supplemented log entry that does what is listed."
                .into(),
        ));
        let items = to_supplement
            .iter()
            .flat_map(|r| r.claims.iter().map(move |c| (*r, c)))
            .filter(|(_, c)| c.outcome == LogOutcome::DeficientLog)
            .map(|(r, c)| {
                let demands: Vec<&str> = c.missing.iter().map(|e| e.demand()).collect();
                let sources = citer.for_claim(c, Kind::Defect);
                format!(
                    "{}: {} ({sources}).",
                    naming(r, c),
                    capitalised(&demands.join("; "))
                )
            })
            .collect();
        blocks.push(Block::List(items));
    }

    // Claims the log itself defeats.
    let defeated_entries: Vec<&EntryResult> = with(LogOutcome::LikelyNotPrivileged).collect();
    if !defeated_entries.is_empty() {
        blocks.push(Block::Heading("Claims the log itself defeats".into()));
        blocks.push(Block::Paragraph(
            "On these entries the log's own words show why the claim fails. Please produce each document, or explain why the claim survives notwithstanding what the log says.".into(),
        ));
        let items = defeated_entries
            .iter()
            .flat_map(|r| r.claims.iter().map(move |c| (*r, c)))
            .filter(|(_, c)| c.outcome == LogOutcome::LikelyNotPrivileged)
            .map(|(r, c)| {
                let why: Vec<&str> = c.reasons().map(|f| f.text.as_ref()).collect();
                let sources = citer.for_claim(c, Kind::Fatal);
                format!(
                    "{}: {} ({sources}).",
                    naming(r, c),
                    why.join(" ").trim_end_matches('.')
                )
            })
            .collect();
        blocks.push(Block::List(items));
    }

    // Labels that are not privileges.
    let labels: Vec<&EntryResult> = with(LogOutcome::NotAPrivilege).collect();
    if !labels.is_empty() {
        let sources = citer.cite(LogRule::N1.authorities().iter().copied());
        blocks.push(Block::Heading("Labels that are not privileges".into()));
        blocks.push(Block::Paragraph(format!(
            "Confidentiality is not a privilege. Confidential commercial information is produced under a protective order, not withheld ({sources}). Please produce these documents under the protective order in this case, or move for one: {}.",
            labels.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
        )));
    }

    // Questions.
    let questions: Vec<&EntryResult> = results
        .iter()
        .filter(|r| matches!(r.outcome, LogOutcome::NeedsReview | LogOutcome::NotAssessed))
        .filter(|r| r.claims.iter().any(|c| c.cues().next().is_some()))
        .collect();
    if !questions.is_empty() {
        blocks.push(Block::Heading("Questions about entries".into()));
        blocks.push(Block::Paragraph(
            "These entries may be properly withheld, but the log raises a question about each that we ask you to answer.".into(),
        ));
        let items = questions
            .iter()
            .flat_map(|r| r.claims.iter().map(move |c| (*r, c)))
            .filter(|(_, c)| c.outcome == LogOutcome::NeedsReview)
            .map(|(r, c)| {
                let asks: Vec<&str> = c.cues().map(|f| f.text.as_ref()).collect();
                let sources = citer.for_claim(c, Kind::Cue);
                if sources.is_empty() {
                    format!("{}: {}", naming(r, c), asks.join(" "))
                } else {
                    format!(
                        "{}: {} ({sources}).",
                        naming(r, c),
                        asks.join(" ").trim_end_matches('.')
                    )
                }
            })
            .collect();
        blocks.push(Block::List(items));
    }

    // Weaker claims on entries another claim supports: listed, not counted, nothing demanded.
    let secondary: Vec<String> = results
        .iter()
        .filter(|r| !r.outcome.counted_against())
        .flat_map(|r| r.claims.iter().map(move |c| (r, c)))
        .filter(|(_, c)| c.outcome.counted_against())
        .map(|(r, c)| {
            let why: Vec<&str> = c
                .findings
                .iter()
                .filter(|f| matches!(f.kind, Kind::Fatal | Kind::Defect))
                .map(|f| f.text.as_ref())
                .collect();
            format!(
                "{}: {} {}",
                naming(r, c),
                c.outcome.words().to_lowercase(),
                if why.is_empty() {
                    String::new()
                } else {
                    format!("\u{2014} {}", why.join(" "))
                }
            )
            .trim_end()
            .to_string()
        })
        .collect();
    if !secondary.is_empty() {
        blocks.push(Block::Heading("Further claims we do not accept".into()));
        blocks.push(Block::Paragraph(
            "These entries are supported by another claim, and we do not ask for them here; we note that the log does not support these further claims, so that they are not relied on later.".into(),
        ));
        blocks.push(Block::List(secondary));
    }

    // Law-enforcement claims: the formal claim no log can show (L2). Claims the log defeats are
    // already above; for the rest, the claim is asked for, or confirmation it is not relied on.
    let invoked: Vec<&str> = results
        .iter()
        .filter(|r| {
            r.claims.iter().any(|c| {
                c.privilege == Privilege::LawEnforcement
                    && c.outcome != LogOutcome::LikelyNotPrivileged
                    && c.next_steps.iter().any(|s| s.rule == LogRule::L2)
            })
        })
        .map(|r| r.name.as_str())
        .collect();
    if !invoked.is_empty() {
        let sources = citer.cite(LogRule::L2.authorities().iter().copied());
        blocks.push(Block::Heading(
            "Law-enforcement privilege: the formal claim".into(),
        ));
        blocks.push(Block::Paragraph(format!(
            "The law-enforcement investigatory privilege is invoked by a formal claim of the head of the department having control over the information, after that official's personal consideration, specifying the information and why it falls within the privilege ({sources}). A log cannot show that claim. For these entries, please serve it, or confirm that the privilege is not relied on: {}.",
            invoked.join(", ")
        )));
    }

    // The checker's analysis of the deliberative-process claims on the entries' stated facts.
    let analysed: Vec<String> = results
        .iter()
        .filter(|r| r.claims.iter().any(|c| c.privilege == Privilege::DeliberativeProcess))
        .filter_map(|r| r.verdict.as_ref().map(|v| (r, v)))
        .filter(|(_, v)| matches!(v.outcome, Ruling::Decided(o) if o != Outcome::ProtectiveOrderGranted))
        .map(|(r, v)| format!("{}: {} \u{2014} {}", r.name, v.label, v.summary()))
        .collect();
    if !analysed.is_empty() {
        let sources = citer.cite([Authority::Melamine]);
        blocks.push(Block::Heading(
            "Deliberative-process claims: the analysis of the stated facts".into(),
        ));
        blocks.push(Block::Paragraph(format!(
            "Where the log states the facts the privilege turns on, they were analysed under {sources} and the authorities it applies:"
        )));
        blocks.push(Block::List(analysed));
    }

    // The log's form.
    let form: Vec<String> = review
        .form
        .iter()
        .cloned()
        .chain(results.iter().flat_map(|r| {
            r.warnings
                .iter()
                .map(move |w| format!("{}: {}", r.name, w.text))
        }))
        .chain(
            review
                .problems
                .iter()
                .map(|p| format!("Line {} could not be read: {}", p.line, p.reason)),
        )
        .collect();
    if !form.is_empty() {
        blocks.push(Block::Heading("The log's form".into()));
        blocks.push(Block::List(form));
    }

    blocks.push(Block::Paragraph(
        "Please serve the supplemented entries, produce the documents whose claims the log itself defeats or explain why those claims survive, and answer the questions above within [__] days. We are available to meet and confer at your convenience.".into(),
    ));
    blocks.push(Block::Labeled(
        "What this letter does not decide.".into(),
        "It rests on the log's own words. It does not find any document privileged or not privileged; it does not weigh a party's need against the harm of disclosure; and it does not decide waiver beyond what the log shows. Where a claim is marked as needing review, the log may be right and the question is only asked.".into(),
    ));
    blocks.push(Block::Paragraph("Sincerely,".into()));
    blocks.push(Block::Paragraph("[Counsel]".into()));
    Document {
        kind: "meet-and-confer-letter",
        blocks,
    }
}
