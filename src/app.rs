//! The web app: the guided privilege check in the browser. A thin shell: the state and its
//! changes are `crate::state`, the law is `crate::engine`, the documents `crate::documents`;
//! this module lays them out and wires them to the page.

mod browser;
pub mod components;
mod hooks;
mod log_link;
mod storage;

use crate::engine::{self, Fact, Verdict};
use crate::state::{Action, State};
use components::documents_panel::DocumentsPanel;
use components::log_panel::LogPanel;
use components::matter_form::MatterForm;
use components::notice_bar::NoticeBar;
use components::opinion_text::OpinionText;
use components::questionnaire::Questionnaire;
use components::toolbar::Toolbar;
use components::verdict_panel::VerdictPanel;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The app's state handle, shared with the components that change it.
pub type StateHandle = UseReducerHandle<State>;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The mode to start in (the custom element's `mode` attribute); the kept matter's otherwise.
    #[prop_or_default]
    pub mode: Option<crate::engine::Mode>,
    /// Where the log-review worker's loader script is (the page's `data-privcheck-worker`);
    /// without it, logs are checked in the page.
    #[prop_or_default]
    pub worker: Option<AttrValue>,
}

/// The whole checker.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start_mode = props.mode;
    let state = use_reducer(move || {
        let mut state = storage::restore();
        if let Some(mode) = start_mode {
            state.session.request.mode = mode;
        }
        state
    });

    // Keep the matter in this tab's session storage, so a reload loses nothing.
    {
        let state = state.clone();
        use_effect_with(state.session.clone(), move |session| {
            if let Err(message) = storage::save(session) {
                state.dispatch(Action::Tell(crate::state::Notice::error(message)));
            }
        });
    }

    let request = state.session.request;
    let verdict: Rc<Verdict> = use_memo(request, engine::evaluate);
    let matter: Rc<Vec<Fact>> = use_memo(request, engine::facts_that_matter);

    let onanswer = {
        let state = state.clone();
        Callback::from(move |(fact, value): (Fact, Option<u8>)| {
            state.dispatch(Action::Answer(fact, value));
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "privcheck" }</h1>
                <p class="tagline">
                    { "Executive and deliberative-process privilege after " }
                    <cite>{ engine::opinion::CITATION }</cite>
                    { ". Everything stays in this browser tab." }
                </p>
            </header>
            <Toolbar mode={request.mode} session={state.session.clone()} ondispatch={dispatch.clone()} />
            <NoticeBar notice={state.notice.clone()} ondismiss={dispatch.reform(|()| Action::Dismiss)} />
            <main class="layout">
                <div class="questions">
                    <MatterForm matter={state.session.matter.clone()} ondispatch={dispatch.clone()} />
                    <Questionnaire
                        mode={request.mode}
                        facts={request.facts}
                        matter={matter}
                        {onanswer}
                    />
                </div>
                <div class="answer">
                    <VerdictPanel verdict={verdict.clone()} />
                    <DocumentsPanel session={state.session.clone()} verdict={verdict} ondispatch={dispatch.clone()} />
                </div>
            </main>
            <div class="layout-wide">
                <LogPanel mode={request.mode} facts={request.facts} context={state.session.log_context.clone()} matter={state.session.matter.clone()} ondispatch={dispatch} worker={props.worker.clone()} />
            </div>
            <OpinionText />
            <footer class="disclaimer">
                <h2>{ "Limitations" }</h2>
                <p>
                    { "Not legal advice. privcheck applies one 1980 opinion of the Court of International Trade and, in full mode, doctrine overlays drawn from the authorities it names; several of those holdings were checked only against openings or syllabi. Verify every authority against a full reporter and the current rules before relying on it. Where the sources are silent the checker says so. Rulebook " }
                    { engine::verdict::DOCTRINE_VERSION }
                    { ", law as of " }
                    { engine::verdict::DOCTRINE_AS_OF }
                    { "." }
                </p>
            </footer>
        </>
    }
}

/// The id of the question for `fact` ("q-personal_review", "q-opposition_grounds-need").
pub fn question_id(fact_name: &str) -> String {
    format!("q-{}", fact_name.replace('.', "-"))
}

/// The id of the opinion paragraph at `index`.
pub fn paragraph_id(index: usize) -> String {
    format!("opinion-{index}")
}
