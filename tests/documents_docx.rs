//! The Word files the documents download as: each opened (unzipped, its XML read) and checked
//! for its headings, numbered paragraphs, caption table, italic case names and page numbers.

#![cfg(all(not(target_arch = "wasm32"), feature = "docx"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests

mod common;

use common::docx::{open, text_of};
use privcheck::documents::{declaration, log_entry, memorandum, proposed_order};
use privcheck::engine::evaluate;
use privcheck::matter::Session;

#[test]
fn every_document_is_a_valid_word_package() {
    let session = Session::melamine();
    let verdict = evaluate(&session.request);
    let documents = [
        memorandum(&session, &verdict),
        proposed_order(&session, &verdict).unwrap(),
        declaration(&session, &verdict),
        log_entry(&session, &verdict),
    ];
    for document in &documents {
        let parts = open(document);
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
        ] {
            assert!(parts.contains_key(part), "{}: no {part}", document.kind);
        }
        // A page number in the footer.
        assert!(
            parts
                .iter()
                .any(|(name, xml)| name.starts_with("word/footer") && xml.contains("PAGE")),
            "{}: no page number",
            document.kind
        );
    }
}

#[test]
fn the_order_keeps_its_caption_heading_and_paragraphs() {
    let session = Session::melamine();
    let verdict = evaluate(&session.request);
    let order = proposed_order(&session, &verdict).unwrap();
    let parts = open(&order);
    let xml = &parts["word/document.xml"];
    let text = text_of(xml);
    // The caption is a table: the court across the top, the parties, the judge and the number.
    let table = &xml[xml.find("<w:tbl>").expect("a caption table")..xml.find("</w:tbl>").unwrap()];
    let caption = text_of(table);
    assert!(
        caption.contains("UNITED STATES COURT OF INTERNATIONAL TRADE"),
        "{caption}"
    );
    assert!(caption.contains("Melamine Chemicals, Inc.,"));
    assert!(caption.contains("Before: Landis, Judge"));
    assert!(caption.contains("Court No. [number]"));
    assert!(text.contains("\nORDER\n"), "{text}");
    assert!(text.contains("Ordered and Adjudged that defendant's motion is, in all respects, granted and it is further\n"));
    assert!(text.contains("SO ORDERED."));
    // Plain words, no Markdown.
    assert!(!text.contains("**") && !text.contains("\\["), "{text}");
}

#[test]
fn the_declaration_numbers_its_paragraphs() {
    let session = Session::melamine();
    let verdict = evaluate(&session.request);
    let xml = open(&declaration(&session, &verdict))["word/document.xml"].clone();
    let numbered = xml.matches("<w:numPr>").count();
    assert!(numbered >= 9, "{numbered} numbered paragraphs");
    assert!(text_of(&xml).contains("I, Bill Alberger, declare pursuant to 28 U.S.C. § 1746:"));
}

#[test]
fn the_memorandum_has_headings_and_italic_case_names() {
    let session = Session::melamine();
    let verdict = evaluate(&session.request);
    let xml = open(&memorandum(&session, &verdict))["word/document.xml"].clone();
    assert!(xml.contains(r#"<w:pStyle w:val="Heading1" />"#), "headings");
    let italic_reynolds = xml
        .split("<w:r>")
        .any(|run| run.contains("<w:i />") && run.contains(">United States v. Reynolds<"));
    assert!(italic_reynolds, "the case name in italics");
    let text = text_of(&xml);
    assert!(text.contains("Question presented\n"), "{text}");
}

#[test]
fn the_letter_is_a_word_file_too() {
    let log = privcheck::log::read_log(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/logs/customs_penalty_log.csv"
        ))
        .unwrap()
        .as_slice(),
    )
    .unwrap();
    let log = std::sync::Arc::new(log);
    let review = privcheck::log::review(
        std::sync::Arc::clone(&log),
        privcheck::engine::Mode::Full,
        &privcheck::engine::Facts::unknown(),
        &privcheck::log::CueChoice::None,
        &privcheck::log::LogContext::default(),
    );
    let letter = privcheck::log::export::meet_and_confer_letter(&log, &review, "Defendant's log");
    let text = text_of(&open(&letter)["word/document.xml"]);
    assert!(text.contains("Entries to supplement\n"), "{text}");
    assert!(
        text.contains("Sears, Roebuck & Co."),
        "escaped once, not twice"
    );
}
