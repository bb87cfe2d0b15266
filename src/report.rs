//! A verdict written out for people: the memo the command line prints with `--format text`.

use crate::engine::vocabulary::{basis_label, mode_label};
use crate::engine::{Fact, Verdict, opinion};
use std::fmt::Write;

/// The verdict as a plain-text memo: ruling, summary, reasoning with the opinion's words and the
/// authorities, open questions, next steps.
pub fn memo_text(verdict: &Verdict) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "PRIVILEGE CHECK: {}", opinion::CITATION);
    let _ = writeln!(
        out,
        "Mode: {} | rulebook {} as of {}",
        mode_label(verdict.mode),
        verdict.doctrine.version,
        verdict.doctrine.as_of
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "RULING: {} ({})",
        verdict.label,
        verdict.outcome.name()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", wrap(&verdict.summary, 0));
    if !verdict.caveats.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "WHAT THIS RULING DOES NOT DECIDE");
        for caveat in &verdict.caveats {
            let _ = writeln!(out, " - {}", wrap(&caveat.message, 3).trim_start());
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "REASONING");
    for (i, step) in verdict.steps().iter().enumerate() {
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
            let _ = writeln!(out, " - {} [{}]", question.question, question.fact);
            let fact = Fact::from_name(question.fact);
            for (answer, outcomes) in &question.leads_to.0 {
                let answer = fact
                    .and_then(|f| {
                        f.info()
                            .domain
                            .index_of(answer)
                            .map(|v| f.info().domain.value_label(v))
                    })
                    .unwrap_or(answer);
                let labels: Vec<&str> = outcomes.iter().map(|o| verdict.outcome_label(o)).collect();
                let _ = writeln!(out, "     {answer}: {}", labels.join("; or "));
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "NEXT STEPS");
    for step in verdict.next_steps() {
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
