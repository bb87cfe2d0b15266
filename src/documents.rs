//! Documents counsel can use, written from a verdict and a matter: a memorandum, and the proposed
//! order that matches the ruling (the opinion's own form where the protective order is granted).
//!
//! Each document is built once as [`Block`]s and rendered as Markdown or as a standalone HTML
//! page. Everything counsel typed is escaped in both.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use crate::engine::vocabulary::{Vehicle, basis_label};
use crate::engine::{FACTS, Group, Mode, Outcome, Ruling, Verdict, opinion};
use crate::matter::{Matter, Session};

/// A piece of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A paragraph that starts with a bold label.
    Labeled(String, String),
    /// A quotation from the opinion.
    Quote(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A numbered step of analysis: heading, finding, quotation, authorities.
    Step {
        /// "3. The established criteria … (Melamine, 1 CIT at 66; the opinion)".
        heading: String,
        /// The finding.
        finding: String,
        /// The opinion's words, if the rule comes from it.
        quote: Option<String>,
        /// Full citations.
        authorities: Vec<String>,
    },
}

/// A document: its kind (for file names) and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// "memorandum" or "proposed-order".
    pub kind: &'static str,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

/// The memorandum: question presented, facts, analysis, conclusion, open questions, next steps.
pub fn memorandum(session: &Session, verdict: &Verdict) -> Document {
    let matter = &session.matter;
    let document = matter.document_or_default();
    let mut blocks = vec![Block::Title("Memorandum".into())];
    let caption = caption(matter);
    if !caption.is_empty() {
        blocks.push(Block::Labeled("Re".into(), caption));
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

/// The proposed order matching the ruling, or `None` where no order follows (the ruling is open,
/// or outside the opinion).
pub fn proposed_order(session: &Session, verdict: &Verdict) -> Option<Document> {
    let Ruling::Decided(outcome) = verdict.outcome else {
        return None;
    };
    // The order below is the opinion's own form: a motion for a protective order in the trade
    // courts. Elsewhere no order is proposed rather than one that borrows another setting's law.
    if !(verdict.forum.trade_court && verdict.forum.vehicle == Vehicle::ProtectiveOrder) {
        return None;
    }
    let matter = &session.matter;
    let document = matter.document_or_default();
    let mut blocks = vec![Block::Title("[Proposed] Order".into())];
    let caption = caption(matter);
    if !caption.is_empty() {
        blocks.push(Block::Paragraph(caption));
    }
    blocks.push(Block::Paragraph(format!(
        "Upon consideration of defendant's motion for a protective order regarding privileged {document}, and the opposition thereto, it is hereby"
    )));
    let ordered: Vec<String> = match outcome {
        Outcome::ProtectiveOrderGranted => vec![
            "Ordered and Adjudged that defendant's motion is, in all respects, granted and it is further".into(),
            format!("Ordered and Adjudged that the clerk of the court shall seal {document} and keep said document sealed and not subject to discovery or disclosure pending further order by the court."),
        ],
        Outcome::PartialDisclosure => vec![
            "Ordered and Adjudged that defendant's motion is granted in part and denied in part; and it is further".into(),
            format!("Ordered and Adjudged that defendant shall, within [__] days, produce the purely factual portions of {document} that can be severed from its deliberative portions, with the deliberative portions redacted and each redaction identified; and it is further"),
            format!("Ordered and Adjudged that the clerk of the court shall seal the unredacted {document} and keep it sealed and not subject to discovery or disclosure pending further order by the court."),
        ],
        Outcome::InCameraInspection => vec![
            format!("Ordered that defendant shall, within [__] days, lodge {document} with the court for inspection in camera pursuant to 19 U.S.C. § 1516a(b)(2)(B), together with an affidavit identifying its deliberative portions; and it is further"),
            "Ordered that decision on defendant's motion is reserved pending the court's inspection.".into(),
        ],
        Outcome::ClaimDefective => vec![
            format!("Ordered that defendant's motion is denied, without prejudice to its renewal upon a formal claim of privilege by the head of the agency having control of the matter, after personal review of {document}, supported by an affidavit identifying each document and the reasons for the claim."),
        ],
        Outcome::PrivilegeInapplicable => vec![
            "Ordered that defendant's motion is denied.".into(),
        ],
        Outcome::NeedOutweighsHarm => vec![
            "Ordered that defendant's motion is denied; and it is further".into(),
            format!("Ordered that {document} shall be disclosed to counsel for plaintiff under the following terms and conditions, pursuant to 19 U.S.C. § 1516a(b)(2)(B): [terms and conditions]."),
        ],
        Outcome::StateSecretsUpheld => vec![
            format!("Ordered and Adjudged that the claim of privilege is upheld and {document} is not subject to discovery or disclosure."),
        ],
        Outcome::ExtensionOfTime => vec![
            "Ordered that plaintiff's time to respond to defendant's motion for a protective order is extended to [date], for good cause shown.".into(),
        ],
        Outcome::OutOfScope | Outcome::FurtherShowing => return None,
    };
    blocks.extend(ordered.into_iter().map(Block::Paragraph));
    blocks.push(Block::Paragraph("Dated: [date]\n[Judge]".into()));
    Some(Document {
        kind: "proposed-order",
        blocks,
    })
}

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
            "Date: [date]".into(),
            "Author: [author and position]".into(),
            "Recipients: [recipients and positions]".into(),
            "Type: [memorandum, email, draft, …]".into(),
            "Privilege asserted: executive (deliberative-process) privilege".into(),
            format!(
                "Description: Internal government communication {what}. Withheld in full; no segregable factual material is withheld unless noted."
            ),
            format!("Basis: {invoked}"),
        ]),
        Block::Paragraph(format!(
            "Privcheck's assessment on the current answers: {} ({}).",
            verdict.label,
            verdict.outcome.name()
        )),
    ];
    Document {
        kind: "log-entry",
        blocks,
    }
}

fn caption(matter: &Matter) -> String {
    [
        matter.case_name.trim(),
        matter.court.trim(),
        matter.court_number.trim(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// How one output format writes each kind of block: the text around it, and how it escapes.
struct Syntax {
    escape: fn(&str) -> String,
    title: (&'static str, &'static str),
    heading: (&'static str, &'static str),
    paragraph: (&'static str, &'static str),
    line_break: &'static str,
    label: (&'static str, &'static str),
    quote: (&'static str, &'static str),
    list: (&'static str, &'static str, &'static str, &'static str),
    step_heading: (&'static str, &'static str),
    cite: (&'static str, &'static str),
}

const MARKDOWN: Syntax = Syntax {
    escape: md,
    title: ("# ", "\n\n"),
    heading: ("## ", "\n\n"),
    paragraph: ("", "\n\n"),
    line_break: "  \n",
    label: ("**", "**"),
    quote: ("> \u{201c}", "\u{201d}\n\n"),
    list: ("", "- ", "\n", "\n"),
    step_heading: ("**", "**\n\n"),
    cite: ("*", "*"),
};

const HTML: Syntax = Syntax {
    escape: html,
    title: ("<h1>", "</h1>\n"),
    heading: ("<h2>", "</h2>\n"),
    paragraph: ("<p>", "</p>\n"),
    line_break: "<br>",
    label: ("<strong>", "</strong>"),
    quote: ("<blockquote>\u{201c}", "\u{201d}</blockquote>\n"),
    list: ("<ul>\n", "<li>", "</li>\n", "</ul>\n"),
    step_heading: ("<h3>", "</h3>\n"),
    cite: ("<cite>", "</cite>"),
};

impl Document {
    /// Writes the blocks in one format; every text goes through the format's escaping.
    fn render(&self, syntax: &Syntax) -> String {
        let esc = syntax.escape;
        let wrap = |(open, close): (&str, &str), text: &str| format!("{open}{text}{close}");
        let mut out = String::new();
        for block in &self.blocks {
            let text = match block {
                Block::Title(text) => wrap(syntax.title, &esc(text)),
                Block::Heading(text) => wrap(syntax.heading, &esc(text)),
                Block::Paragraph(text) => wrap(
                    syntax.paragraph,
                    &esc(text).replace('\n', syntax.line_break),
                ),
                Block::Labeled(label, text) if text.is_empty() => {
                    wrap(syntax.paragraph, &wrap(syntax.label, &esc(label)))
                }
                Block::Labeled(label, text) => wrap(
                    syntax.paragraph,
                    &format!(
                        "{} {}",
                        wrap(syntax.label, &format!("{}:", esc(label))),
                        esc(text)
                    ),
                ),
                Block::Quote(text) => wrap(syntax.quote, &esc(text)),
                Block::List(items) => {
                    let (open, item_open, item_close, close) = syntax.list;
                    let items: String = items
                        .iter()
                        .map(|i| format!("{item_open}{}{item_close}", esc(i)))
                        .collect();
                    format!("{open}{items}{close}")
                }
                Block::Step {
                    heading,
                    finding,
                    quote,
                    authorities,
                } => {
                    let mut step = wrap(syntax.step_heading, &esc(heading));
                    step.push_str(&wrap(syntax.paragraph, &esc(finding)));
                    if let Some(quote) = quote {
                        step.push_str(&wrap(syntax.quote, &esc(quote)));
                    }
                    if !authorities.is_empty() {
                        let cited: Vec<String> = authorities
                            .iter()
                            .map(|a| wrap(syntax.cite, &esc(a)))
                            .collect();
                        step.push_str(&wrap(
                            syntax.paragraph,
                            &format!("Authorities: {}", cited.join("; ")),
                        ));
                    }
                    step
                }
            };
            out.push_str(&text);
        }
        out
    }

    /// The document as Markdown. Counsel's text is escaped so that it reads as typed.
    pub fn to_markdown(&self) -> String {
        self.render(&MARKDOWN)
    }

    /// The document as a standalone HTML page. Every text is escaped.
    pub fn to_html(&self) -> String {
        let title = self
            .blocks
            .iter()
            .find_map(|b| {
                if let Block::Title(t) = b {
                    Some(t.as_str())
                } else {
                    None
                }
            })
            .unwrap_or("privcheck");
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>body{{font-family:Georgia,serif;max-width:44rem;margin:2rem auto;line-height:1.5;padding:0 1rem}}blockquote{{margin-left:1.5rem;font-style:italic}}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
            html(title),
            self.render(&HTML)
        )
    }

    /// Plain text, for the clipboard.
    pub fn to_text(&self) -> String {
        self.to_markdown()
    }
}

/// Escapes text for HTML (element content and quoted attributes).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown, so that it reads as typed and no markup or HTML in it takes effect.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::engine::{Fact, evaluate};
    use crate::matter::Field;

    #[test]
    fn the_opinions_order_in_its_own_form() {
        let session = Session::melamine();
        let verdict = evaluate(&session.request);
        let order = proposed_order(&session, &verdict).unwrap().to_markdown();
        assert!(
            order.contains(
                "Ordered and Adjudged that defendant's motion is, in all respects, granted"
            )
        );
        assert!(order.contains("the clerk of the court shall seal document numbered 22 on list No. 2 of the administrative record and keep said document sealed and not subject to discovery or disclosure pending further order by the court."));
    }

    #[test]
    fn memo_has_every_part() {
        let session = Session::melamine();
        let verdict = evaluate(&session.request);
        let memo = memorandum(&session, &verdict).to_markdown();
        for part in [
            "# Memorandum",
            "## Question presented",
            "## Facts",
            "## Analysis",
            "## Conclusion",
            "## Next steps",
            "Reynolds, 345 U.S. 1 (1953)",
        ] {
            assert!(memo.contains(part), "{part}");
        }
    }

    #[test]
    fn open_rulings_have_no_order_but_list_open_questions() {
        let mut session = Session::melamine();
        session.request.facts.set(Fact::PersonalReview, None);
        let verdict = evaluate(&session.request);
        assert!(proposed_order(&session, &verdict).is_none());
        let memo = memorandum(&session, &verdict).to_markdown();
        assert!(memo.contains("## Open questions"));
        assert!(memo.contains("personally review"));
    }

    #[test]
    fn the_log_entry_describes_without_revealing() {
        let session = Session::melamine();
        let verdict = evaluate(&session.request);
        let entry = log_entry(&session, &verdict).to_markdown();
        assert!(entry.contains("Privilege asserted: executive (deliberative-process) privilege"));
        assert!(entry.contains("pro-con in nature"));
        assert!(entry.contains("Date: \\[date\\]"), "{entry}");
        assert!(
            !entry.contains("Alberger"),
            "the description of the matter is not copied in"
        );
    }

    #[test]
    fn counsels_text_is_escaped_everywhere() {
        let mut session = Session::melamine();
        let hostile =
            "<script>alert(1)</script> \"><img src=x onerror=alert(2)> [link](javascript:alert(3))";
        session.matter.set(Field::Description, hostile);
        session.matter.set(Field::Document, "<b>doc</b>");
        let verdict = evaluate(&session.request);
        for document in [
            memorandum(&session, &verdict),
            proposed_order(&session, &verdict).unwrap(),
        ] {
            let page = document.to_html();
            assert!(!page.contains("<script>alert"), "{page}");
            assert!(!page.contains("<img"));
            assert!(!page.contains("<b>doc"));
            let markdown = document.to_markdown();
            assert!(!markdown.contains("<script>"));
            assert!(!markdown.contains("[link](javascript"));
        }
    }
}
