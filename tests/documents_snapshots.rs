//! Each paper as counsel receives it, reviewed line by line and kept: a change to any of them
//! fails here until the new text is reviewed (`cargo insta review`). Markdown for every paper;
//! for the Word files, the text of their document part, paragraph by paragraph.

#![cfg(all(not(target_arch = "wasm32"), feature = "docx"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests

mod common;

use common::docx::{open, text_of};
use privcheck::documents::{
    Document, Withheld, declaration, declaration_for, log_entry, memorandum, proposed_order,
};
use privcheck::engine::facts::{ForeseeableHarm, Posture, Setting};
use privcheck::engine::{Fact, evaluate};
use privcheck::matter::{Field, Session};

fn melamine() -> (Session, privcheck::engine::Verdict) {
    let session = Session::melamine();
    let verdict = evaluate(&session.request);
    (session, verdict)
}

/// The Melamine matter moved to another setting and posture.
fn moved(setting: Setting, posture: Posture) -> (Session, privcheck::engine::Verdict) {
    let mut session = Session::melamine();
    session
        .request
        .facts
        .set(Fact::Setting, Some(setting as u8));
    session
        .request
        .facts
        .set(Fact::Posture, Some(posture as u8));
    session
        .matter
        .set(Field::Court, "United States District Court");
    session.matter.set(Field::Division, "District of Columbia");
    session.matter.set(Field::ClaimingParty, "");
    session.matter.set(Field::RequestingParty, "");
    let verdict = evaluate(&session.request);
    (session, verdict)
}

#[test]
fn memorandum_markdown() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(memorandum(&session, &verdict).to_markdown());
}

#[test]
fn order_markdown_protective_order_granted() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(proposed_order(&session, &verdict).unwrap().to_markdown());
}

#[test]
fn order_markdown_motion_to_compel_in_a_civil_case() {
    let (session, verdict) = moved(Setting::Civil, Posture::MotionToCompel);
    insta::assert_snapshot!(proposed_order(&session, &verdict).unwrap().to_markdown());
}

/// The Melamine matter as a FOIA suit, with the agency's foreseeable-harm showing made.
fn foia() -> (Session, privcheck::engine::Verdict) {
    let (mut session, _) = moved(Setting::Foia, Posture::FoiaSuit);
    session
        .request
        .facts
        .set(Fact::ForeseeableHarm, Some(ForeseeableHarm::Shown as u8));
    session.request.facts.set(Fact::RecordOver25Years, Some(0));
    let verdict = evaluate(&session.request);
    (session, verdict)
}

#[test]
fn order_markdown_foia() {
    let (session, verdict) = foia();
    let order = proposed_order(&session, &verdict).map_or_else(
        |none| none.reason().to_string(),
        |order| order.to_markdown(),
    );
    insta::assert_snapshot!(order);
}

#[test]
fn declaration_markdown() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(declaration(&session, &verdict).to_markdown());
}

#[test]
fn declaration_markdown_foia() {
    let (session, verdict) = foia();
    insta::assert_snapshot!(declaration(&session, &verdict).to_markdown());
}

#[test]
fn declaration_markdown_for_a_logs_entries() {
    let (session, verdict) = melamine();
    let schedule = [Withheld {
        name: "CBP-0004".into(),
        date: "2021-07-20".into(),
        author: "M. Chen".into(),
        recipients: "R. Patel".into(),
        description: "Draft recommendation on mitigation of the penalty".into(),
    }];
    insta::assert_snapshot!(declaration_for(&session, &verdict, &schedule).to_markdown());
}

#[test]
fn log_entry_markdown() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(log_entry(&session, &verdict).to_markdown());
}

/// The text of a Word file's document part: one line per paragraph, table cells included.
fn docx_text(document: &Document) -> String {
    text_of(&open(document)["word/document.xml"])
}

#[test]
fn order_docx_golden() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(docx_text(&proposed_order(&session, &verdict).unwrap()));
}

#[test]
fn declaration_docx_golden() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(docx_text(&declaration(&session, &verdict)));
}

#[test]
fn memorandum_docx_golden() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(docx_text(&memorandum(&session, &verdict)));
}

#[test]
fn log_entry_docx_golden() {
    let (session, verdict) = melamine();
    insta::assert_snapshot!(docx_text(&log_entry(&session, &verdict)));
}
