//! The dispute: what the reviewer knows of the dispute as a whole (the producing party's lawyers,
//! its domains and offices, the outsiders in the case, the dates, the review's thresholds), kept
//! with the matter. A field that does not read says why beside it; what was typed stays.

use crate::app::browser;
use crate::log::LogContext;
use crate::log_state::LogAction;
use crate::log_state::context_form::{ContextField, ContextForm, Edit};
use yew::prelude::*;

/// Props of [`DisputeContext`].
#[derive(Properties, PartialEq)]
pub struct DisputeContextProps {
    /// The form as typed.
    pub form: ContextForm,
    /// The context applied now (kept with the matter).
    pub applied: LogContext,
    /// For the form's changes.
    pub ondispatch: Callback<LogAction>,
    /// A context that reads, to apply and keep with the matter.
    pub onapply: Callback<LogContext>,
}

/// The dispute's form.
#[function_component(DisputeContext)]
pub fn dispute_context(props: &DisputeContextProps) -> Html {
    let onapply = {
        let (form, applied) = (props.form.clone(), props.applied.clone());
        let (ondispatch, onapply) = (props.ondispatch.clone(), props.onapply.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match form.read(&applied) {
                Ok(context) => {
                    ondispatch.emit(LogAction::Context(Edit::Refused(Vec::new())));
                    onapply.emit(context);
                }
                Err(errors) => ondispatch.emit(LogAction::Context(Edit::Refused(errors))),
            }
        })
    };
    let refused = props.form.errors.len();
    html! {
        <details class="log-context">
            <summary>{ "The dispute: the producing party's lawyers, domains and offices, outsiders, dates" }</summary>
            <form class="log-context-form" onsubmit={onapply} novalidate=true>
                <p class="hint">{ "Kept with the matter (in this tab and in a saved matter file). It tells the review who is a lawyer, who is inside the producing party and who is not, and when litigation was anticipated." }</p>
                { for ContextField::ALL.into_iter().map(|field| field_view(field, &props.form, &props.ondispatch)) }
                <button type="submit">{ "Apply to the review" }</button>
                if refused > 0 {
                    <p class="error" role="alert">{ format!("Not applied: {refused} {} to correct; the review still uses the dispute as last applied.", if refused == 1 { "field" } else { "fields" }) }</p>
                }
            </form>
        </details>
    }
}

fn field_view(field: ContextField, form: &ContextForm, ondispatch: &Callback<LogAction>) -> Html {
    let id = format!(
        "log-context-{}",
        ContextField::ALL
            .iter()
            .position(|f| *f == field)
            .unwrap_or_default()
    );
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let error = form.error(field);
    let described = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let oninput = ondispatch.reform(move |event: InputEvent| {
        LogAction::Context(Edit::Typed(field, browser::typed(&event)))
    });
    let invalid = error.is_some().then_some("true");
    let value = form.text(field).to_string();
    html! {
        <div class="field">
            <label for={id.clone()}>{ field.label() }</label>
            if field.is_list() {
                <textarea id={id.clone()} rows="3" {value} {oninput} aria-describedby={described} aria-invalid={invalid} />
            } else {
                <input id={id.clone()} type="text" {value} {oninput} aria-describedby={described} aria-invalid={invalid} />
            }
            <p class="hint" id={hint_id}>{ field.hint() }</p>
            if let Some(error) = error {
                <p class="error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
