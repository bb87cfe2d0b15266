//! One question: yes / no / not known, or a select for an enum, with its help text. Dimmed (and
//! saying so) when no answer can change the ruling any more.

use crate::app::question_id;
use crate::engine::facts::{Domain, NO, YES};
use crate::engine::vocabulary::UNKNOWN_ANSWER;
use crate::engine::{Fact, Mode};
use yew::prelude::*;

/// Props of [`Question`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The fact asked.
    pub fact: Fact,
    /// Its current answer.
    pub value: Option<u8>,
    /// Whether an answer can still change the ruling.
    pub matters: bool,
    /// The mode (seed mode never reads the doctrine's facts).
    pub mode: Mode,
    /// Called with the new answer.
    pub onanswer: Callback<(Fact, Option<u8>)>,
}

/// One question of the check.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let info = props.fact.info();
    let id = question_id(info.name);
    let help_id = format!("{id}-help");
    let ignored = info.full_mode_only && props.mode == Mode::Seed;
    let note = if ignored {
        Some("Seed-only mode does not ask this (doctrine, not the opinion).")
    } else if !props.matters {
        Some("Cannot change the ruling, given the answers so far.")
    } else {
        None
    };
    let class = classes!("question", (note.is_some()).then_some("dimmed"));
    let help = html! {
        <p class="help" id={help_id.clone()}>
            { info.help }
            if let Some(note) = note { <span class="dim-note">{ " " }{ note }</span> }
        </p>
    };
    let fact = props.fact;
    match info.domain {
        Domain::YesNo => {
            let choices = [
                (Some(YES), Domain::YesNo.value_label(YES), "yes"),
                (Some(NO), Domain::YesNo.value_label(NO), "no"),
                (None, UNKNOWN_ANSWER, "unknown"),
            ];
            html! {
                <fieldset {id} class={class} aria-describedby={help_id}>
                    <legend>{ info.question }</legend>
                    <div class="choices">
                        { for choices.iter().map(|(value, label, slug)| {
                            let input_id = format!("{}-{slug}", question_id(info.name));
                            let onchange = props.onanswer.reform({
                                let value = *value;
                                move |_: Event| (fact, value)
                            });
                            html! {
                                <label class="choice" for={input_id.clone()}>
                                    <input type="radio" id={input_id} name={info.name}
                                        checked={props.value == *value} {onchange} />
                                    { *label }
                                </label>
                            }
                        }) }
                    </div>
                    { help }
                </fieldset>
            }
        }
        Domain::OneOf(choices) => {
            let select_id = format!("{id}-select");
            let onchange = props.onanswer.reform(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let value = select.value();
                (fact, fact.info().domain.index_of(&value))
            });
            html! {
                <div {id} class={class}>
                    <label for={select_id.clone()} class="question-label">{ info.question }</label>
                    // Keyed by the answer: a select whose answer changes from outside (a matter
                    // opened, the example loaded) is drawn anew with the right option selected.
                    <select key={format!("{:?}", props.value)} id={select_id} {onchange} aria-describedby={help_id}>
                        <option value="" selected={props.value.is_none()}>{ UNKNOWN_ANSWER }</option>
                        { for choices.iter().enumerate().map(|(i, choice)| {
                            let selected = props.value.is_some_and(|v| usize::from(v) == i);
                            html! { <option value={choice.name} {selected}>{ choice.label }</option> }
                        }) }
                    </select>
                    { help }
                </div>
            }
        }
    }
}
