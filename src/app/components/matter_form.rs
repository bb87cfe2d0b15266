//! The matter: the case and its parties, the document, counsel and the declarant. Typed text
//! stays on this machine.

use crate::app::browser;
use crate::matter::{Field, Matter, Part};
use crate::state::Action;
use yew::prelude::*;

/// Props of [`MatterForm`].
#[derive(Properties, PartialEq)]
pub struct MatterFormProps {
    /// The matter.
    pub matter: Matter,
    /// Called with each change.
    pub ondispatch: Callback<Action>,
}

/// The matter fields, by part of the form. The case and the document are open; the parts only
/// the papers need (counsel, the declarant) are folded.
#[function_component(MatterForm)]
pub fn matter_form(props: &MatterFormProps) -> Html {
    let field = |field: Field| {
        let id = format!("matter-{}", field.key());
        let multiline = field.multiline();
        let oninput = props
            .ondispatch
            .reform(move |event: InputEvent| Action::SetField(field, browser::typed(&event)));
        let value = props.matter.get(field).to_string();
        let hint = (!field.hint().is_empty()).then(|| format!("{id}-hint"));
        html! {
            <div class="field">
                <label for={id.clone()}>{ field.label() }</label>
                if field == Field::Description {
                    <textarea {id} rows="4" {value} {oninput}
                        placeholder="What the document is, who wrote it, for whom, and why. It never leaves this browser." />
                } else if multiline {
                    <textarea {id} rows="3" {value} {oninput} aria-describedby={hint.clone()} />
                } else {
                    <input {id} type="text" {value} {oninput} autocomplete="off" aria-describedby={hint.clone()} />
                }
                if let Some(hint_id) = hint {
                    <p class="hint" id={hint_id}>{ field.hint() }</p>
                }
            </div>
        }
    };
    let part = |part: Part| {
        let fields = Field::ALL.iter().copied().filter(|f| f.part() == part);
        let body = html! { <>{ for fields.map(field) }</> };
        match part {
            Part::Case | Part::Document => html! {
                <fieldset class="matter-part"><legend>{ part.title() }</legend>{ body }</fieldset>
            },
            Part::Counsel | Part::Declarant => html! {
                <details class="matter-part">
                    <summary>{ format!("{} (for the papers)", part.title()) }</summary>
                    { body }
                </details>
            },
        }
    };
    html! {
        <section class="matter" aria-labelledby="matter-heading">
            <h2 id="matter-heading">{ "The matter" }</h2>
            { for Part::ALL.into_iter().map(part) }
        </section>
    }
}
