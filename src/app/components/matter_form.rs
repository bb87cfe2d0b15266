//! The matter: caption, document identifier and description. Typed text stays on this machine.

use crate::matter::{Field, Matter};
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

/// The matter fields.
#[function_component(MatterForm)]
pub fn matter_form(props: &MatterFormProps) -> Html {
    let field = |field: Field| {
        let id = format!("matter-{}", field.key());
        let oninput = props.ondispatch.reform(move |event: InputEvent| {
            let value = if field == Field::Description {
                event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value()
            } else {
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            };
            Action::SetField(field, value)
        });
        let value = props.matter.get(field).to_string();
        html! {
            <div class="field">
                <label for={id.clone()}>{ field.label() }</label>
                if field == Field::Description {
                    <textarea {id} rows="4" {value} {oninput}
                        placeholder="What the document is, who wrote it, for whom, and why. It never leaves this browser." />
                } else {
                    <input {id} type="text" {value} {oninput} autocomplete="off" />
                }
            </div>
        }
    };
    html! {
        <section class="matter" aria-labelledby="matter-heading">
            <h2 id="matter-heading">{ "The matter" }</h2>
            { for Field::ALL.into_iter().map(field) }
        </section>
    }
}
