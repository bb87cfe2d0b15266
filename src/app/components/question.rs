//! One question: yes / no / not known, or a select for an enum, with its help text. Dimmed (and
//! saying so) when no answer can change the ruling any more.

use crate::app::question_id;
use crate::engine::facts::{Domain, NO, YES};
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
                (Some(YES), "Yes", "yes"),
                (Some(NO), "No", "no"),
                (None, "Not known", "unknown"),
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
        Domain::OneOf(names) => {
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
                        <option value="" selected={props.value.is_none()}>{ "Not known" }</option>
                        { for names.iter().enumerate().map(|(i, name)| {
                            let selected = props.value.is_some_and(|v| usize::from(v) == i);
                            html! { <option value={*name} {selected}>{ value_label(name) }</option> }
                        }) }
                    </select>
                    { help }
                </div>
            }
        }
    }
}

/// An enum value in words.
pub fn value_label(name: &str) -> &'static str {
    match name {
        "trade_record_review" => "Record review in a trade case (CIT, 19 U.S.C. 1516a)",
        "customs_court" => "Customs Court (before 1980)",
        "civil" => "Civil litigation",
        "criminal" => "Criminal trial",
        "grand_jury" => "Grand jury",
        "congressional" => "Congressional inquiry",
        "foia" => "FOIA suit (Exemption 5)",
        "protective_order_motion" => "Government moves for a protective order",
        "motion_to_compel" => "Opponent moves to compel",
        "cross_motions" => "Cross-motions",
        "sua_sponte" => "The court acts on its own initiative",
        "foia_suit" => "FOIA suit",
        "none" => "None",
        "segregable" => "Purely factual material that can be severed",
        "intertwined" => "Facts whose selection reveals deliberation",
        "agency_head" => "Head of the agency having control of the matter",
        "delegated_official" => "Official with a formal delegation from the head",
        "subordinate" => "Subordinate without delegation",
        "counsel" => "Litigating counsel (or a brief only)",
        "president" => "The President",
        "general" => "A general need",
        "specific" => "A specific need",
        "compelling" => "A compelling need",
        _ => "Other",
    }
}
