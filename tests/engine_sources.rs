//! Every quotation the engine shows is the opinion's own words, and the opinion it checks against
//! is the full text the program carries.

#![cfg(not(target_arch = "wasm32"))] // native: the browser tests are web_components.rs
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::engine::{Basis, Mode, RULEBOOK, Request, RuleId, evaluate, opinion};

/// The opinion as kept in the repository, read from disk (not through the engine's own copy).
fn opinion_on_disk() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/law/melamine-chemicals-v-united-states-1-cit-65.txt"
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn every_quote_in_the_rulebook_is_in_the_opinion_word_for_word() {
    let text = opinion::normalize(&opinion::without_star_paging(&opinion_on_disk()));
    let mut quotes = 0;
    for rule in RULEBOOK {
        if let Some(quote) = rule.quote {
            quotes += 1;
            assert!(
                text.contains(&opinion::normalize(quote)),
                "{}: quote not found in the opinion: {quote}",
                rule.id.as_str()
            );
            assert!(
                opinion::locate(quote).is_some(),
                "{}: quote spans paragraphs",
                rule.id.as_str()
            );
            assert!(
                !quote.contains('*'),
                "{}: a star marker in the quote",
                rule.id.as_str()
            );
        }
    }
    assert_eq!(quotes, 13, "every rule of the opinion quotes it");
}

#[test]
fn quotes_sit_in_the_paragraph_and_on_the_page_their_source_names() {
    for rule in RULEBOOK.iter().filter(|r| r.basis != Basis::Doctrine) {
        let quote = rule.quote.unwrap();
        let paragraph = opinion::locate(quote).unwrap();
        assert_eq!(
            Some(paragraph.label),
            rule.paragraph,
            "{}",
            rule.id.as_str()
        );
        let page = opinion::pinpoint(paragraph.label, quote).unwrap();
        assert_eq!(
            rule.source(),
            format!("Melamine, {page}"),
            "{}",
            rule.id.as_str()
        );
        assert!(!rule.source().contains('¶') && !rule.source().contains("Seed"));
    }
}

#[test]
fn every_quote_a_verdict_shows_is_in_the_opinion() {
    let text = opinion::normalize(&opinion::without_star_paging(&opinion_on_disk()));
    let seed = Request::from_json_str(include_str!("../law/melamine-example.json")).unwrap();
    let variants = [
        r#"{"mode":"full","facts":{}}"#,
        r#"{"mode":"seed","facts":{}}"#,
        r#"{"mode":"full","facts":{"state_secret":true,"formal_claim":true,"claimant":"agency_head","personal_review":true,"itemized":true,"extension_sought":false}}"#,
        r#"{"mode":"full","facts":{"extension_sought":true}}"#,
    ];
    let mut verdicts = vec![
        evaluate(&seed),
        evaluate(&Request {
            mode: Mode::Seed,
            ..seed
        }),
    ];
    verdicts.extend(
        variants
            .iter()
            .map(|v| evaluate(&Request::from_json_str(v).unwrap())),
    );
    for verdict in verdicts {
        for step in verdict.steps() {
            if let Some(quote) = step.quote {
                assert!(
                    text.contains(&opinion::normalize(quote)),
                    "{}: {quote}",
                    step.rule.as_str()
                );
            }
            // Steps under the opinion's own rules always carry its words.
            if step.rule.in_seed_mode() {
                assert!(step.quote.is_some(), "{} has no quote", step.rule.as_str());
            }
        }
    }
}

#[test]
fn the_engine_carries_the_same_opinion() {
    assert_eq!(opinion::TEXT, opinion_on_disk());
    let labels: Vec<&str> = opinion::paragraphs().map(|p| p.label).collect();
    assert_eq!(labels.first(), Some(&"caption"));
    assert_eq!(labels.last(), Some(&"fn3"));
    let fn2 = opinion::paragraphs().find(|p| p.label == "fn2").unwrap();
    assert!(
        fn2.text
            .starts_with("In view of the fact that plaintiff has offered no opposition")
    );
    assert!(
        RuleId::R9
            .rule()
            .quote
            .unwrap()
            .starts_with("In view of the fact")
    );
}

/// `docs/doctrine.md` describes exactly the rules of the rulebook, in its order.
#[test]
fn the_doctrine_document_lists_the_rulebook() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/doctrine.md");
    let text = std::fs::read_to_string(path).unwrap();
    let documented: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("### "))
        .map(|heading| heading.split(" \u{2014} ").next().unwrap_or(heading))
        .collect();
    let rulebook: Vec<&str> = RULEBOOK.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(documented, rulebook);
}
