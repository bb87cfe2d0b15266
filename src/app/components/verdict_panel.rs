//! The verdict, recomputed on every answer: the ruling in the words of its setting, the summary,
//! what the ruling does not decide, the open questions (each a link to its question), every step
//! of the reasoning with the opinion's words and the authorities, and the next steps.

use crate::app::{browser, paragraph_id, question_id, reasoning_id};
use crate::engine::vocabulary::basis_label;
use crate::engine::{Basis, Fact, OpenQuestion, Outcome, Verdict, opinion};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`VerdictPanel`].
#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    /// The verdict.
    pub verdict: Rc<Verdict>,
    /// Called with the id of an open question's question when it is not on the page (the
    /// guided interview is on show instead of the form).
    #[prop_or_default]
    pub onquestion: Callback<String>,
}

/// The answer column.
#[function_component(VerdictPanel)]
pub fn verdict_panel(props: &VerdictPanelProps) -> Html {
    let verdict = &props.verdict;
    let name = verdict.outcome.name();
    html! {
        <section class="verdict" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">{ "Likely ruling" }</h2>
            <p class={classes!("outcome", format!("outcome-{name}"))} data-outcome={name} role="status" aria-live="polite">
                <span class="outcome-mark" aria-hidden="true">{ mark(verdict) }</span>
                { verdict.label }
            </p>
            <p class="summary">{ &verdict.summary }</p>
            if !verdict.caveats.is_empty() {
                <div class="caveats" role="note" aria-labelledby="caveats-heading">
                    <h3 id="caveats-heading">{ "What this ruling does not decide" }</h3>
                    <ul>
                        { for verdict.caveats.iter().map(|c| html! {
                            <li data-caveat={caveat_kind(c)}>{ &c.message }</li>
                        }) }
                    </ul>
                </div>
            }
            if !verdict.possible_outcomes.is_empty() {
                <p class="possible">
                    { "Possible rulings: " }
                    { verdict.possible_outcomes.iter().map(|o| verdict.outcome_label(o)).collect::<Vec<_>>().join("; ") }
                </p>
            }
            if !verdict.open_questions.is_empty() {
                <h3>{ "Open questions" }</h3>
                <ul class="open-questions">
                    { for verdict.open_questions.iter().map(|q| {
                        let target = question_id(q.fact);
                        let onclick = {
                            let target = target.clone();
                            let onquestion = props.onquestion.clone();
                            Callback::from(move |event: MouseEvent| {
                                event.prevent_default();
                                if browser::element_near(event.target(), &target).is_some() {
                                    browser::focus_first_control(event.target(), &target);
                                } else {
                                    onquestion.emit(target.clone());
                                }
                            })
                        };
                        let leads: Vec<String> = where_each_answer_leads(verdict, q)
                            .into_iter()
                            .map(|(answer, rulings)| format!("{answer} \u{2192} {rulings}"))
                            .collect();
                        html! {
                            <li>
                                <a href={format!("#{target}")} {onclick} data-fact={q.fact}>{ q.question }</a>
                                <span class="leads">{ leads.join("; ") }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h3>{ "Reasoning" }</h3>
            <ol class="steps">
                { for verdict.steps().iter().enumerate().map(|(index, step)| html! {
                    <li class="step" id={reasoning_id(index)} data-rule={step.rule.as_str()}>
                        <p class="step-head">
                            <strong>{ step.rule.as_str() }</strong>{ " " }
                            <span class={classes!("basis", format!("basis-{}", basis_slug(step.basis)))}>{ basis_label(step.basis) }</span>
                            { " \u{b7} " }{ step.source }{ " \u{b7} " }{ step.rule.rule().title }
                        </p>
                        <p class="finding">{ step.finding.as_ref() }</p>
                        if let Some(quote) = step.quote {
                            <blockquote class="quote">
                                { "\u{201c}" }{ quote }{ "\u{201d} " }
                                if let Some(index) = paragraph_of(quote) {
                                    <a href={format!("#{}", paragraph_id(index))} class="quote-link">
                                        { format!("({}; {} in the text below)", step.source, step.paragraph.unwrap_or_default()) }
                                    </a>
                                }
                            </blockquote>
                        }
                        if !step.authorities.is_empty() {
                            <ul class="authorities">
                                { for step.authorities.iter().map(|a| html! { <li><cite>{ a.full() }</cite></li> }) }
                            </ul>
                        }
                    </li>
                }) }
            </ol>
            <h3>{ "Next steps" }</h3>
            <ul class="next-steps">
                { for verdict.next_steps().iter().map(|s| html! { <li>{ s }</li> }) }
            </ul>
            <p class="stamp">
                { format!("Rulebook {} (law as of {}), {} mode.", verdict.doctrine.version, verdict.doctrine.as_of, verdict.mode.name()) }
            </p>
        </section>
    }
}

/// A sign beside the ruling, so colour is never the only signal.
fn mark(verdict: &Verdict) -> &'static str {
    match verdict.decided() {
        None => "?",
        Some(Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld) => "\u{2713}",
        Some(
            Outcome::PrivilegeInapplicable | Outcome::ClaimDefective | Outcome::NeedOutweighsHarm,
        ) => "\u{2717}",
        Some(_) => "\u{25d0}",
    }
}

/// Each answer of an open question in words ("Yes", "A compelling need"), with the rulings it
/// leads to in the verdict's words ("… or …"): the open questions here and the interview's "why
/// asked now" both say it.
pub fn where_each_answer_leads(
    verdict: &Verdict,
    question: &OpenQuestion,
) -> Vec<(&'static str, String)> {
    let domain = Fact::from_name(question.fact).map(|fact| fact.info().domain);
    question
        .leads_to
        .0
        .iter()
        .map(|(answer, outcomes)| {
            let words = domain
                .and_then(|d| d.index_of(answer).map(|v| d.value_label(v)))
                .unwrap_or(answer);
            let rulings: Vec<&str> = outcomes.iter().map(|o| verdict.outcome_label(o)).collect();
            (words, rulings.join(" or "))
        })
        .collect()
}

/// The caveat's kind, for styling and tests.
fn caveat_kind(caveat: &crate::engine::Caveat) -> &'static str {
    match caveat.kind {
        crate::engine::CaveatKind::NotDecided => "not_decided",
        crate::engine::CaveatKind::IgnoredInSeedMode => "ignored_in_seed_mode",
        crate::engine::CaveatKind::Contradiction => "contradiction",
        crate::engine::CaveatKind::Setting => "setting",
    }
}

fn basis_slug(basis: Basis) -> &'static str {
    match basis {
        Basis::Seed => "seed",
        Basis::SeedImplied => "seed-implied",
        Basis::Doctrine => "doctrine",
    }
}

/// The index of the opinion paragraph a quotation stands in (star paging aside).
fn paragraph_of(quote: &str) -> Option<usize> {
    let quote = opinion::normalize(quote);
    opinion::paragraphs()
        .position(|p| opinion::normalize(&opinion::without_star_paging(p.text)).contains(&quote))
}
