//! The cost of one full verdict (with open questions): on the opinion's own facts, and on a fact
//! set with eight unknowns. Targets (issue): a decided verdict near 1.1 µs, one with eight
//! unknowns under 5 µs, on the project machine (README, Performance).

#![allow(missing_docs, clippy::expect_used)] // a benchmark: fixed inputs, failures should stop it

use criterion::{Criterion, criterion_group, criterion_main};
use privcheck::engine::{Request, evaluate};
use std::hint::black_box;

const SEED: &str = include_str!("../law/melamine-example.json");

fn eight_unknowns() -> Request {
    let mut request = Request::from_json_str(SEED).expect("the seed request reads");
    for name in [
        "personal_review",
        "affidavit",
        "affidavit_refuted",
        "contents_questioned",
        "need_outweighs_harm",
        "predecisional",
        "extension_sought",
        "factual_content",
    ] {
        let fact = privcheck::engine::Fact::from_name(name).expect("a known fact");
        request.facts.set(fact, None);
    }
    request
}

fn verdicts(c: &mut Criterion) {
    let seed = Request::from_json_str(SEED).expect("the seed request reads");
    let unknowns = eight_unknowns();
    assert_eq!(
        unknowns.facts.unknowns().count(),
        seed.facts.unknowns().count() + 8
    );
    c.bench_function("verdict/seed_facts", |b| {
        b.iter(|| evaluate(black_box(&seed)))
    });
    c.bench_function("verdict/eight_unknowns", |b| {
        b.iter(|| evaluate(black_box(&unknowns)))
    });
    // What the web app also computes on every answer: which questions can still matter.
    c.bench_function("relevance/seed_facts", |b| {
        b.iter(|| privcheck::engine::facts_that_matter(black_box(&seed)))
    });
    c.bench_function("relevance/eight_unknowns", |b| {
        b.iter(|| privcheck::engine::facts_that_matter(black_box(&unknowns)))
    });
}

criterion_group!(benches, verdicts);
criterion_main!(benches);
