//! A verdict written out for people: the memo the command line prints with `--format text`.

use crate::engine::{Basis, FACTS, Verdict, opinion};
use std::fmt::Write;

/// The verdict as a plain-text memo: ruling, summary, reasoning with the opinion's words and the
/// authorities, open questions, next steps.
pub fn memo_text(verdict: &Verdict) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "PRIVILEGE CHECK: {}", opinion::CITATION);
    let _ = writeln!(
        out,
        "Mode: {} | rulebook {} as of {}",
        match verdict.mode {
            crate::engine::Mode::Seed => "seed only (the opinion's own rules)",
            crate::engine::Mode::Full => "full doctrine (the opinion plus doctrine overlays)",
        },
        verdict.doctrine.version,
        verdict.doctrine.as_of
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "RULING: {} ({})",
        verdict.outcome.heading(),
        verdict.outcome.name()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", wrap(&verdict.summary, 0));
    let _ = writeln!(out);
    let _ = writeln!(out, "REASONING");
    for (i, step) in verdict.steps.iter().enumerate() {
        let basis = basis_label(step.basis);
        let _ = writeln!(
            out,
            "{:>2}. [{} | {basis} | {}]",
            i + 1,
            step.rule.as_str(),
            step.source
        );
        let _ = writeln!(out, "{}", wrap(&step.finding, 4));
        if let Some(quote) = step.quote {
            let _ = writeln!(out, "{}", wrap(&format!("\u{201c}{quote}\u{201d}"), 6));
        }
        for authority in step.authorities {
            let _ = writeln!(out, "      {authority}");
        }
    }
    if !verdict.open_questions.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "OPEN QUESTIONS");
        for question in &verdict.open_questions {
            let code = FACTS
                .iter()
                .find(|f| f.name == question.fact)
                .map_or("", |f| f.code);
            let _ = writeln!(out, " - {} [{} {}]", question.question, code, question.fact);
            for (answer, outcomes) in &question.leads_to.0 {
                let names: Vec<&str> = outcomes.iter().map(|o| o.name()).collect();
                let _ = writeln!(out, "     {answer}: {}", names.join(", "));
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "NEXT STEPS");
    for step in &verdict.next_steps {
        let _ = writeln!(out, " - {}", wrap(step, 3).trim_start());
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        wrap(
            "Not legal advice. privcheck applies one 1980 opinion and the doctrine it rests on; check every citation against the reporter and the current rules before relying on it.",
            0
        )
    );
    out
}

fn basis_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Seed => "seed",
        Basis::SeedImplied => "seed, by implication",
        Basis::Doctrine => "doctrine",
    }
}

/// Wraps text at 96 columns with `indent` spaces before each line.
fn wrap(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > 96 - indent {
            lines.push(format!("{pad}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{pad}{line}"));
    }
    lines.join("\n")
}
