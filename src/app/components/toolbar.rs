//! The mode switch and the matter's commands: load the example, clear, save, open.

use crate::app::browser;
use crate::engine::Mode;
use crate::matter::{MAX_MATTER_BYTES, Session};
use crate::state::{Action, Notice};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The mode.
    pub mode: Mode,
    /// The matter (for Save).
    pub session: Session,
    /// Called with each action.
    pub ondispatch: Callback<Action>,
}

/// The bar above the check.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let dispatch = props.ondispatch.clone();
    let mode_choice = |mode: Mode, label: &'static str, hint: &'static str| {
        let id = format!("mode-{}", mode.name());
        let onchange = dispatch.reform(move |_: Event| Action::SetMode(mode));
        html! {
            <label class="choice" for={id.clone()} title={hint}>
                <input type="radio" {id} name="mode" checked={props.mode == mode} {onchange} />
                { label }
            </label>
        }
    };
    let onexample = dispatch.reform(|_: MouseEvent| Action::LoadExample);
    let onclear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm("Clear every answer and field and start a new matter?") {
                dispatch.emit(Action::Clear);
            }
        })
    };
    let onsave = {
        let dispatch = dispatch.clone();
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = browser::download(
                &file_name(&session),
                "application/json",
                &session.to_file_text(),
            ) {
                dispatch.emit(Action::Tell(Notice::error(format!(
                    "Could not save the matter: {error}."
                ))));
            }
        })
    };
    let onopen = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be chosen again after a refusal.
            input.set_value("");
            open(file, dispatch.clone());
        })
    };
    html! {
        <nav class="toolbar" aria-label="Matter">
            <fieldset class="mode">
                <legend>{ "Rules applied" }</legend>
                { mode_choice(Mode::Seed, "Seed only (the opinion)", "Only the rules Melamine states or implies") }
                { mode_choice(Mode::Full, "Full doctrine", "The opinion plus the doctrine overlays D1–D10") }
            </fieldset>
            <div class="commands">
                <button type="button" onclick={onexample}>{ "Load the Melamine example" }</button>
                <button type="button" onclick={onclear}>{ "Clear" }</button>
                <button type="button" onclick={onsave}>{ "Save matter" }</button>
                <label class="button" for="open-matter">{ "Open matter" }</label>
                <input id="open-matter" class="file-input" type="file" accept=".json,application/json" onchange={onopen} />
            </div>
        </nav>
    }
}

/// A file name from the case name: "melamine-chemicals-inc-v-united-states.privcheck.json".
fn file_name(session: &Session) -> String {
    let slug: String = session
        .matter
        .case_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "matter.privcheck.json".into()
    } else {
        format!("{slug}.privcheck.json")
    }
}

/// Reads a matter file; a bad one is refused with a message and the current matter kept.
fn open(file: web_sys::File, dispatch: Callback<Action>) {
    let name = file.name();
    #[allow(clippy::cast_precision_loss)] // the limit is far below 2^52
    if file.size() > MAX_MATTER_BYTES as f64 {
        dispatch.emit(Action::Tell(Notice::error(format!(
            "Could not open {name}: it is {:.1} MB; a matter file is at most {} KB. The current matter is unchanged.",
            file.size() / 1_000_000.0,
            MAX_MATTER_BYTES / 1024
        ))));
        return;
    }
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise).await;
        let action = match text
            .ok()
            .and_then(|t| t.dyn_into::<js_sys::JsString>().ok())
        {
            None => Action::Tell(Notice::error(format!(
                "Could not open {name}: the file could not be read as text. The current matter is unchanged."
            ))),
            Some(text) => match Session::from_file_text(&String::from(text)) {
                Ok(session) => Action::Open(Box::new(session), name),
                Err(error) => Action::Tell(Notice::error(format!(
                    "Could not open {name}: {error}. The current matter is unchanged."
                ))),
            },
        };
        dispatch.emit(action);
    });
}
