//! Papers counsel can use, written from a verdict and a matter: the memorandum, the proposed
//! order that fits the setting, the posture and the ruling, the declaration that makes the claim,
//! and the document's own privilege-log entry.
//!
//! Each document is built once as [`Block`]s and rendered as Markdown, as a standalone HTML page
//! or as plain text. Everything counsel typed is escaped in each. What the matter and the answers
//! do not say stays a visible bracketed blank ("[the decision the document preceded]"), never
//! invented.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod caption;
mod declaration;
#[cfg(feature = "docx")]
mod docx;
mod facts_stated;
mod log_entry;
mod memorandum;
mod order;

pub use declaration::{Withheld, declaration, declaration_for};
pub use facts_stated::sentence as fact_sentence;
pub use log_entry::log_entry;
pub use memorandum::memorandum;
pub use order::{NoOrder, proposed_order};

/// A piece of a document. Serialisable: the page hands a document's blocks to its Word module.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// A court paper's caption.
    Caption(Caption),
    /// A centred heading in capitals ("ORDER").
    Center(String),
    /// Numbered paragraphs.
    Numbered(Vec<String>),
    /// A signature block, one line each.
    Signature(Vec<String>),
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

/// The media type of a Word file.
pub const DOCX_MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A caption: the court's heading, the parties, the case number, and who presides.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Caption {
    /// The court's heading, one line each, in capitals.
    pub court: Vec<String>,
    /// The parties, one line each ("Melamine Chemicals, Inc.,", "Plaintiff,", "v.", ...).
    pub parties: Vec<String>,
    /// "Court No. 80-5-00780".
    pub number: String,
    /// "Before: Landis, Judge", where the court's form has it.
    pub before: Option<String>,
}

/// A document: its kind (for file names) and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// "memorandum", "proposed-order", "declaration", "log-entry", "meet-and-confer-letter".
    pub kind: &'static str,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

/// `text` with its first letter in capitals ("Attorney-client privilege"): for papers, letters
/// and the page alike.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The case in one line: name, court, number.
pub fn case_line(matter: &crate::matter::Matter) -> String {
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
    center: (&'static str, &'static str),
    numbered: (&'static str, &'static str, &'static str, &'static str),
    signature: (&'static str, &'static str),
    /// The caption: around it, around the court's heading, around the parties and the number.
    caption: [&'static str; 6],
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
    center: ("**", "**\n\n"),
    numbered: ("", "1. ", "\n", "\n"),
    signature: ("", "\n\n"),
    caption: ["", "**", "**\n\n", "", "\n\n", "\n\n"],
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
    center: ("<p class=\"center\"><strong>", "</strong></p>\n"),
    numbered: ("<ol>\n", "<li>", "</li>\n", "</ol>\n"),
    signature: ("<p class=\"signature\">", "</p>\n"),
    caption: [
        "<table class=\"caption\">\n",
        "<tr><th colspan=\"2\">",
        "</th></tr>\n",
        "<tr><td>",
        "</td><td>",
        "</td></tr>\n</table>\n",
    ],
};

const TEXT: Syntax = Syntax {
    escape: plain,
    title: ("", "\n\n"),
    heading: ("", "\n\n"),
    paragraph: ("", "\n\n"),
    line_break: "\n",
    label: ("", ""),
    quote: ("\u{201c}", "\u{201d}\n\n"),
    list: ("", "- ", "\n", "\n"),
    step_heading: ("", "\n\n"),
    cite: ("", ""),
    center: ("", "\n\n"),
    numbered: ("", "", "\n\n", ""),
    signature: ("", "\n\n"),
    caption: ["", "", "\n\n", "", "\n\n", "\n\n"],
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
                Block::Center(text) => wrap(syntax.center, &esc(text)),
                Block::Signature(lines) => wrap(
                    syntax.signature,
                    &lines
                        .iter()
                        .map(|l| esc(l))
                        .collect::<Vec<_>>()
                        .join(syntax.line_break),
                ),
                Block::Numbered(items) => {
                    let (open, item_open, item_close, close) = syntax.numbered;
                    let items: String = items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            // Plain text numbers each paragraph itself; the others let the
                            // list number them.
                            let number = if item_open.is_empty() {
                                format!("{}. ", i + 1)
                            } else {
                                String::new()
                            };
                            format!("{item_open}{number}{}{item_close}", esc(item))
                        })
                        .collect();
                    format!("{open}{items}{close}")
                }
                Block::Caption(caption) => {
                    let [open, court_open, court_close, left_open, between, close] = syntax.caption;
                    let join = |lines: &[String]| {
                        lines
                            .iter()
                            .map(|l| esc(l))
                            .collect::<Vec<_>>()
                            .join(syntax.line_break)
                    };
                    let mut right = caption.before.iter().cloned().collect::<Vec<_>>();
                    right.push(caption.number.clone());
                    format!(
                        "{open}{court_open}{}{court_close}{left_open}{}{between}{}{close}",
                        join(&caption.court),
                        join(&caption.parties),
                        join(&right)
                    )
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
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>body{{font-family:Georgia,serif;max-width:44rem;margin:2rem auto;line-height:1.5;padding:0 1rem}}blockquote{{margin-left:1.5rem;font-style:italic}}.center{{text-align:center}}.signature{{margin-left:50%}}table.caption{{width:100%;border-collapse:collapse;margin-bottom:1.5rem}}table.caption th{{text-align:center;padding-bottom:1rem}}table.caption td{{vertical-align:top;width:50%;padding:0.5rem}}table.caption td:first-child{{border-right:1px solid}}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
            html(title),
            self.render(&HTML)
        )
    }

    /// Plain text, for the clipboard beside the HTML, and for the command line: no markup at all.
    pub fn to_text(&self) -> String {
        self.render(&TEXT)
    }

    /// The blocks as JSON, for the page's Word module (`src/word.rs`, feature `word`).
    pub fn blocks_json(&self) -> String {
        serde_json::to_string(&self.blocks).unwrap_or_default()
    }

    /// The document's body as HTML (no page around it), for the clipboard: pasted into a word
    /// processor, it keeps its headings, lists and caption.
    pub fn to_html_fragment(&self) -> String {
        self.render(&HTML)
    }
}

/// Plain text needs no escaping: it is never read as markup.
fn plain(text: &str) -> String {
    text.to_string()
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
    use crate::matter::{Field, Session};

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
            "**Privileged and confidential: attorney work product**",
            "**To:** \\[recipient\\]",
            "**Date:** \\[date\\]",
            "## Table of authorities",
            "The official who claimed the privilege personally reviewed the document.",
        ] {
            assert!(memo.contains(part), "{part}: {memo}");
        }
        // The facts are sentences, not the questions.
        let facts = memo
            .split("## Facts")
            .nth(1)
            .and_then(|rest| rest.split("## Analysis").next())
            .unwrap_or_default();
        assert!(!facts.contains('?'), "{facts}");
        // An authority cited again is cited in short form.
        assert_eq!(
            memo.matches("United States v. Reynolds, 345 U.S. 1 (1953)")
                .count(),
            2,
            "once in the analysis, once in the table"
        );
    }

    #[test]
    fn open_rulings_have_no_order_but_list_open_questions() {
        let mut session = Session::melamine();
        session.request.facts.set(Fact::PersonalReview, None);
        let verdict = evaluate(&session.request);
        assert_eq!(
            proposed_order(&session, &verdict).err(),
            Some(NoOrder::Undecided)
        );
        let memo = memorandum(&session, &verdict).to_markdown();
        assert!(memo.contains("## Open questions"));
        assert!(memo.contains("personally review"));
    }

    #[test]
    fn no_machine_name_reaches_a_paper() {
        // Nothing known: every question is open, each answer named in words.
        let session = Session::default();
        let verdict = evaluate(&session.request);
        let memo = memorandum(&session, &verdict).to_text();
        for info in crate::engine::FACTS {
            assert!(
                !memo.contains(info.name) || !info.name.contains('_'),
                "{}",
                info.name
            );
            if let crate::engine::Domain::OneOf(choices) = info.domain {
                for choice in choices.iter().filter(|c| c.name.contains('_')) {
                    assert!(!memo.contains(choice.name), "{}", choice.name);
                }
            }
        }
        for outcome in crate::engine::Outcome::ALL {
            assert!(!memo.contains(outcome.name()), "{}", outcome.name());
        }
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
            declaration(&session, &verdict),
            log_entry(&session, &verdict),
        ] {
            let page = document.to_html();
            assert!(!page.contains("<script>alert"), "{page}");
            assert!(!page.contains("<img"));
            assert!(!page.contains("<b>doc"));
            let markdown = document.to_markdown();
            assert!(!markdown.contains("<script>"));
            assert!(!markdown.contains("[link](javascript"));
            assert!(!document.to_html_fragment().contains("<b>doc"));
        }
    }
}
