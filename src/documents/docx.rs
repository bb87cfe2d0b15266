//! A document as a Word file (.docx), written with `docx-rs` (the OOXML is the library's; nothing
//! here writes XML): headings, numbered paragraphs, the caption as a table, case names in
//! italics, a page number in the footer. Made wherever the document is made, in the browser as
//! on the command line; nothing is sent anywhere.

use super::{Block, Caption, Document};
use crate::engine::Authority;
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc,
    LevelText, NumberFormat, Numbering, NumberingId, PageNum, Paragraph, Run, SpecialIndentType,
    Start, Style, StyleType, Table, TableCell, TableRow, WidthType, XMLDocx,
};

/// The text width of a Letter page with one-inch margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9_360;
/// Half the text width: where a signature block starts, and each caption column.
const HALF: i32 = 4_680;

impl Document {
    /// The document as a Word file.
    pub fn to_docx(&self) -> Vec<u8> {
        let mut writer = Writer::default();
        let mut docx = Docx::new()
            .add_style(
                Style::new("Title", StyleType::Paragraph)
                    .name("Title")
                    .bold()
                    .size(32)
                    .align(AlignmentType::Center),
            )
            .add_style(
                Style::new("Heading1", StyleType::Paragraph)
                    .name("Heading 1")
                    .bold()
                    .size(26),
            )
            .add_style(
                Style::new("Heading2", StyleType::Paragraph)
                    .name("Heading 2")
                    .bold()
                    .size(24),
            )
            .footer(
                Footer::new().add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .add_page_num(PageNum::new()),
                ),
            );
        for block in &self.blocks {
            docx = writer.block(docx, block);
        }
        package(docx.build())
    }
}

/// The package: the parts `docx-rs` wrote, in a ZIP archive whose entries are stored (as
/// `docx-rs` itself stores them). Written here rather than by the library's packer, whose ZIP
/// library carries two compressors this never uses: that would double the page's download.
fn package(xml: XMLDocx) -> Vec<u8> {
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    for (i, footer) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), footer));
    }
    for (i, rels) in xml.footer_rels.into_iter().enumerate() {
        parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels));
    }
    stored_zip(&parts)
}

/// A ZIP archive of `files`, each stored as it is (APPNOTE 6.3: local headers, the central
/// directory, its end record).
fn stored_zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    // 1980-01-01 00:00, the first date a ZIP can hold: the file says nothing about when it
    // was made.
    const DATE: u16 = (1 << 9) | (1 << 5) | 1;
    let mut out = Vec::new();
    let mut central = Vec::new();
    let u16_of = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let u32_of = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    for (name, data) in files {
        let offset = u32_of(out.len());
        let crc = crc32fast::hash(data);
        let common = |buffer: &mut Vec<u8>| {
            buffer.extend(20u16.to_le_bytes()); // version needed: 2.0
            buffer.extend(0u16.to_le_bytes()); // flags
            buffer.extend(0u16.to_le_bytes()); // method: stored
            buffer.extend(0u16.to_le_bytes()); // time
            buffer.extend(DATE.to_le_bytes());
            buffer.extend(crc.to_le_bytes());
            buffer.extend(u32_of(data.len()).to_le_bytes()); // compressed size
            buffer.extend(u32_of(data.len()).to_le_bytes()); // size
            buffer.extend(u16_of(name.len()).to_le_bytes());
            buffer.extend(0u16.to_le_bytes()); // extra field
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend(name.as_bytes());
        out.extend(data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend(0u16.to_le_bytes()); // comment
        central.extend(0u16.to_le_bytes()); // disk
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(0u32.to_le_bytes()); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let (start, size) = (u32_of(out.len()), u32_of(central.len()));
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // this disk
    out.extend(0u16.to_le_bytes()); // the directory's disk
    out.extend(u16_of(files.len()).to_le_bytes());
    out.extend(u16_of(files.len()).to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // comment
    out
}

/// Numbers the document's lists: each list numbers from 1.
#[derive(Default)]
struct Writer {
    lists: usize,
}

impl Writer {
    fn block(&mut self, docx: Docx, block: &Block) -> Docx {
        match block {
            Block::Title(text) => docx.add_paragraph(runs(text).style("Title")),
            Block::Heading(text) => docx.add_paragraph(runs(text).style("Heading1")),
            Block::Paragraph(text) => docx.add_paragraph(runs(text)),
            Block::Labeled(label, text) => {
                let mut paragraph = Paragraph::new().add_run(
                    Run::new()
                        .add_text(if text.is_empty() {
                            label.clone()
                        } else {
                            format!("{label}: ")
                        })
                        .bold(),
                );
                paragraph = add_runs(paragraph, text);
                docx.add_paragraph(paragraph)
            }
            Block::Quote(text) => docx.add_paragraph(
                Paragraph::new()
                    .indent(Some(720), None, Some(720), None)
                    .add_run(
                        Run::new()
                            .add_text(format!("\u{201c}{text}\u{201d}"))
                            .italic(),
                    ),
            ),
            Block::List(items) => self.list(docx, items, false),
            Block::Numbered(items) => self.list(docx, items, true),
            Block::Center(text) => docx.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(Run::new().add_text(text.clone()).bold()),
            ),
            Block::Signature(lines) => {
                docx.add_paragraph(lines_paragraph(lines).indent(Some(HALF), None, None, None))
            }
            Block::Caption(caption) => docx.add_table(caption_table(caption)),
            Block::Step {
                heading,
                finding,
                quote,
                authorities,
            } => {
                let mut docx = docx
                    .add_paragraph(runs(heading).style("Heading2"))
                    .add_paragraph(runs(finding));
                if let Some(quote) = quote {
                    docx = self.block(docx, &Block::Quote(quote.clone()));
                }
                if !authorities.is_empty() {
                    docx = docx.add_paragraph(add_runs(
                        Paragraph::new().add_run(Run::new().add_text("Authorities: ")),
                        &authorities.join("; "),
                    ));
                }
                docx
            }
        }
    }

    fn list(&mut self, docx: Docx, items: &[String], numbered: bool) -> Docx {
        self.lists += 1;
        let id = self.lists;
        let (format, text) = if numbered {
            ("decimal", "%1.")
        } else {
            ("bullet", "\u{2022}")
        };
        let mut docx = docx
            .add_abstract_numbering(
                AbstractNumbering::new(id).add_level(
                    Level::new(
                        0,
                        Start::new(1),
                        NumberFormat::new(format),
                        LevelText::new(text),
                        LevelJc::new("left"),
                    )
                    .indent(
                        Some(720),
                        Some(SpecialIndentType::Hanging(360)),
                        None,
                        None,
                    ),
                ),
            )
            .add_numbering(Numbering::new(id, id));
        for item in items {
            docx =
                docx.add_paragraph(runs(item).numbering(NumberingId::new(id), IndentLevel::new(0)));
        }
        docx
    }
}

/// The caption as a two-column table: the court across the top, the parties on the left, the
/// judge and the number on the right.
fn caption_table(caption: &Caption) -> Table {
    let mut right = caption.before.iter().cloned().collect::<Vec<_>>();
    right.push(caption.number.clone());
    let width = usize::try_from(HALF).unwrap_or(TEXT_WIDTH / 2);
    Table::new(vec![
        TableRow::new(vec![TableCell::new().grid_span(2).add_paragraph(
            lines_paragraph(&caption.court).align(AlignmentType::Center),
        )]),
        TableRow::new(vec![
            TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(lines_paragraph(&caption.parties)),
            TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(lines_paragraph(&right)),
        ]),
    ])
    .set_grid(vec![width, width])
    .width(TEXT_WIDTH, WidthType::Dxa)
}

/// One paragraph of lines, each after a line break.
fn lines_paragraph(lines: &[String]) -> Paragraph {
    let mut paragraph = Paragraph::new();
    for (i, line) in lines.iter().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        paragraph = paragraph.add_run(run.add_text(line.clone()));
    }
    paragraph
}

/// A paragraph of `text`.
fn runs(text: &str) -> Paragraph {
    add_runs(Paragraph::new(), text)
}

/// `text` added to `paragraph`: line breaks kept, and every case name this checker cites in
/// italics, as a court writes it.
fn add_runs(mut paragraph: Paragraph, text: &str) -> Paragraph {
    for (i, line) in text.split('\n').enumerate() {
        let mut first = true;
        for (piece, italic) in case_names(line) {
            let mut run = Run::new();
            if i > 0 && first {
                run = run.add_break(BreakType::TextWrapping);
            }
            first = false;
            run = run.add_text(piece);
            paragraph = paragraph.add_run(if italic { run.italic() } else { run });
        }
        if first && i > 0 {
            paragraph = paragraph.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
    }
    paragraph
}

/// `text` cut into pieces, each marked whether it is a case name (from the table of
/// authorities: the part of a citation before its reporter).
fn case_names(text: &str) -> Vec<(&str, bool)> {
    // The names are read from the table once, not for every run of every paragraph.
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        Authority::ALL
            .iter()
            .filter_map(|a| case_name(a.full()))
            .collect()
    });
    let mut pieces = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let next = names
            .iter()
            .filter_map(|name| rest.find(name).map(|at| (at, name.len())))
            .min_by_key(|(at, len)| (*at, usize::MAX - len));
        match next {
            Some((at, len)) => {
                let (before, after) = rest.split_at(at);
                let (name, after) = after.split_at(len);
                if !before.is_empty() {
                    pieces.push((before, false));
                }
                pieces.push((name, true));
                rest = after;
            }
            None => {
                pieces.push((rest, false));
                break;
            }
        }
    }
    pieces
}

/// A case's name from its full citation ("United States v. Reynolds" from "United States v.
/// Reynolds, 345 U.S. 1 (1953)"); `None` for a statute or a rule.
fn case_name(citation: &str) -> Option<&str> {
    let is_case = citation.contains(" v. ") || citation.starts_with("In re ");
    if !is_case {
        return None;
    }
    // The name ends at the comma before the volume number.
    citation
        .match_indices(", ")
        .find(|(at, _)| {
            citation[at + 2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .map(|(at, _)| &citation[..at])
}

#[cfg(test)]
#[allow(clippy::panic, clippy::indexing_slicing, clippy::unwrap_used)] // tests: a panic is a failed test
mod tests {
    use super::*;

    #[test]
    fn case_names_are_found_in_running_text() {
        assert_eq!(
            case_name("United States v. Reynolds, 345 U.S. 1 (1953)"),
            Some("United States v. Reynolds")
        );
        assert_eq!(case_name("5 U.S.C. § 552(b)(5)"), None);
        let pieces = case_names("As in United States v. Nixon, 418 U.S. 683 (1974), the need");
        assert_eq!(
            pieces,
            [
                ("As in ", false),
                ("United States v. Nixon", true),
                (", 418 U.S. 683 (1974), the need", false)
            ]
        );
    }
}
