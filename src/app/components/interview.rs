//! The guided interview: one question at a time, always one that can still change the ruling
//! (the choice is `engine::interview`), with why it is asked now, by click or keyboard; Back
//! returns to the previous question with its answer. When nothing asked can change the ruling
//! any more, the ruling, what to do next, and the other questions as optional details.

use super::question::Question;
use super::verdict_panel::where_each_answer_leads;
use crate::engine::facts::{Domain, NO, YES};
use crate::engine::vocabulary::UNKNOWN_ANSWER;
use crate::engine::{FACTS, Fact, Facts, Mode, OpenQuestion, Verdict};
use crate::state::{Action, Interview};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`GuidedInterview`].
#[derive(Properties, PartialEq)]
pub struct GuidedInterviewProps {
    /// The verdict on the answers so far.
    pub verdict: Rc<Verdict>,
    /// The answers so far.
    pub facts: Facts,
    /// The mode.
    pub mode: Mode,
    /// Where the interview stands.
    pub interview: Interview,
    /// Changes the state.
    pub ondispatch: Callback<Action>,
}

/// One answer button: the fact's value (`None`: not known), its words and its key.
struct AnswerChoice {
    value: Option<u8>,
    label: &'static str,
    key: String,
}

/// The answers of `fact`, each with its key: Y / N for yes and no, digits for the values of an
/// enum, ? for not known.
fn answer_choices(fact: Fact) -> Vec<AnswerChoice> {
    let domain = fact.info().domain;
    let mut choices: Vec<AnswerChoice> = match domain {
        Domain::YesNo => vec![
            AnswerChoice {
                value: Some(YES),
                label: domain.value_label(YES),
                key: "Y".into(),
            },
            AnswerChoice {
                value: Some(NO),
                label: domain.value_label(NO),
                key: "N".into(),
            },
        ],
        Domain::OneOf(_) => (0..domain.len())
            .map(|value| AnswerChoice {
                value: Some(value),
                label: domain.value_label(value),
                key: (u32::from(value) + 1).to_string(),
            })
            .collect(),
    };
    choices.push(AnswerChoice {
        value: None,
        label: UNKNOWN_ANSWER,
        key: "?".into(),
    });
    choices
}

/// The guided interview.
#[function_component(GuidedInterview)]
pub fn guided_interview(props: &GuidedInterviewProps) -> Html {
    let verdict = &props.verdict;
    let current = props.interview.current(verdict);
    let card = use_node_ref();
    // Each new question takes the focus, so that its keys work at once and a screen reader
    // reads it.
    {
        let card = card.clone();
        use_effect_with(current, move |_| {
            if let Some(element) = card.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let open_count = verdict.open_questions.len();
    let progress = match open_count {
        1 => "1 question can still change the ruling".to_string(),
        n => format!("{n} questions can still change the ruling"),
    };
    let back = props
        .ondispatch
        .reform(|_: MouseEvent| Action::InterviewBack);
    html! {
        <section class="interview" aria-labelledby="interview-heading">
            <h2 id="interview-heading">{ "Guided interview" }</h2>
            <p class="interview-progress" role="status" aria-live="polite">{ progress }</p>
            {
                match current {
                    Some(fact) => question_card(props, fact, card, back),
                    None => ended(props, card, back),
                }
            }
        </section>
    }
}

/// The question on screen.
fn question_card(
    props: &GuidedInterviewProps,
    fact: Fact,
    card: NodeRef,
    back: Callback<MouseEvent>,
) -> Html {
    let info = fact.info();
    let answered = props.facts.get(fact);
    let open = props
        .verdict
        .open_questions
        .iter()
        .find(|q| q.fact == info.name);
    let onkeydown = {
        let ondispatch = props.ondispatch.clone();
        let can_go_back = props.interview.can_go_back();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key();
            if let Some(value) = Interview::answer_for_key(fact, &key) {
                event.prevent_default();
                ondispatch.emit(Action::InterviewAnswer(fact, value));
            } else if (key == "b" || key == "B") && can_go_back {
                event.prevent_default();
                ondispatch.emit(Action::InterviewBack);
            }
        })
    };
    let keys = match info.domain {
        Domain::YesNo => "Keys: Y yes, N no, ? not known, B back.",
        Domain::OneOf(_) => "Keys: the number of an answer, ? not known, B back.",
    };
    html! {
        <div class="interview-question" data-fact={info.name} ref={card} tabindex="-1"
            role="group" aria-labelledby="interview-question-text" aria-describedby="interview-question-help" {onkeydown}>
            <p class="interview-group">{ info.group.title() }</p>
            <h3 id="interview-question-text">{ info.question }</h3>
            <p class="help" id="interview-question-help">{ info.help }</p>
            if let Some(open) = open {
                { why_now(&props.verdict, open) }
            } else {
                <p class="why-now">{ "Answered before; the ruling no longer turns on it given the later answers, but it can be changed here." }</p>
            }
            <div class="interview-answers">
                { for answer_choices(fact).into_iter().map(|choice| {
                    let value = choice.value;
                    let onclick = props.ondispatch.reform(move |_: MouseEvent| Action::InterviewAnswer(fact, value));
                    let pressed = answered == value && (value.is_some() || props.interview.passed & fact.bit() != 0);
                    let value_name = value.map_or("null", |v| info.domain.value_name(v));
                    html! {
                        <button type="button" class={classes!("answer", value.is_none().then_some("not-known"))}
                            value={value_name} aria-pressed={pressed.to_string()} {onclick}>
                            <kbd aria-hidden="true">{ choice.key }</kbd>{ " " }{ choice.label }
                        </button>
                    }
                }) }
            </div>
            <p class="interview-keys">
                <button type="button" class="interview-back" onclick={back} disabled={!props.interview.can_go_back()}>{ "Back" }</button>
                { " " }{ keys }
            </p>
        </div>
    }
}

/// Why the question is asked now: where each answer leads, in the verdict's words.
fn why_now(verdict: &Verdict, open: &OpenQuestion) -> Html {
    html! {
        <div class="why-now">
            <p>{ "Asked now because the answer can change the ruling:" }</p>
            <ul>
                { for where_each_answer_leads(verdict, open).into_iter().map(|(answer, rulings)| html! {
                    <li><strong>{ answer }</strong>{ " \u{2192} " }{ rulings }</li>
                }) }
            </ul>
        </div>
    }
}

/// The end of the interview: why it ended, the ruling, what to do next, and the questions that
/// cannot change the ruling, offered for the papers.
fn ended(props: &GuidedInterviewProps, card: NodeRef, back: Callback<MouseEvent>) -> Html {
    let verdict = &props.verdict;
    let why = if verdict.decided().is_some() {
        "The ruling is decided on the answers given."
    } else {
        "Every question that could still change the ruling was answered \u{201c}Not known\u{201d}: the ruling stays open until one of them is established."
    };
    let open: Vec<&str> = verdict.open_questions.iter().map(|q| q.fact).collect();
    let optional: Vec<Fact> = FACTS
        .iter()
        .filter(|info| !(info.full_mode_only && props.mode == Mode::Seed))
        .filter(|info| props.facts.get(info.fact).is_none() && !open.contains(&info.name))
        .map(|info| info.fact)
        .collect();
    let onanswer = props
        .ondispatch
        .reform(|(fact, value): (Fact, Option<u8>)| Action::Answer(fact, value));
    let restart = props
        .ondispatch
        .reform(|_: MouseEvent| Action::RestartInterview);
    html! {
        <div class="interview-done" ref={card} tabindex="-1" aria-labelledby="interview-done-heading">
            <h3 id="interview-done-heading">{ "The interview is done" }</h3>
            <p>{ why }</p>
            <p class="interview-ruling"><strong>{ "Likely ruling: " }</strong>{ verdict.label }</p>
            <h4>{ "What to do next" }</h4>
            <ul class="interview-next-steps">
                { for verdict.next_steps().iter().map(|s| html! { <li>{ s }</li> }) }
            </ul>
            if !optional.is_empty() {
                <details class="optional-details">
                    <summary>{ format!("Optional details for the papers ({}): none of them can change the ruling", optional.len()) }</summary>
                    { for optional.iter().map(|fact| html! {
                        <Question key={fact.name()} fact={*fact} value={props.facts.get(*fact)}
                            matters={false} mode={props.mode} onanswer={onanswer.clone()} />
                    }) }
                </details>
            }
            <p class="interview-keys">
                <button type="button" class="interview-back" onclick={back} disabled={!props.interview.can_go_back()}>{ "Back" }</button>
                { " " }
                <button type="button" onclick={restart}>{ "Start the interview again" }</button>
            </p>
        </div>
    }
}
