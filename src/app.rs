//! The web app: the guided privilege check in the browser. A thin shell: the state and its
//! changes are `crate::state`, the law is `crate::engine`, the documents `crate::documents`;
//! this module lays them out and wires them to the page.

mod browser;
pub mod components;
mod hooks;
mod log_link;
mod storage;

use crate::engine::diagram::{Diagram, diagram};
use crate::engine::{self, Fact, Verdict};
use crate::state::{Action, Section, State, View};
use components::decision_diagram::DecisionDiagram;
use components::documents_panel::DocumentsPanel;
use components::interview::GuidedInterview;
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

    // Keep the view (the form or the interview) too.
    use_effect_with(state.interview.view, |view| storage::save_view(*view));

    let anchor = use_node_ref();
    let section = hooks::use_section(anchor.clone());

    let request = state.session.request;
    let view = state.interview.view;
    let verdict: Rc<Verdict> = use_memo(request, engine::evaluate);
    // The decision drawn, once for both its copies (beside the ruling, in the memorandum).
    let drawing: Rc<Diagram> = use_memo(verdict.clone(), |verdict| diagram(verdict));
    // Which questions can still matter is needed only by the full form: the interview asks only
    // open questions, which the verdict already names.
    let matter: Rc<Vec<Fact>> = use_memo((request, view), |(request, view)| match view {
        View::Form => engine::facts_that_matter(request),
        View::Interview => Vec::new(),
    });

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
    let shown = |which: Section| section != which;

    // An open question's link while the interview is on show: the form, then its question.
    let focus_after = use_state(|| None::<String>);
    let onquestion = {
        let (state, focus_after) = (state.clone(), focus_after.clone());
        Callback::from(move |id: String| {
            state.dispatch(Action::SetView(View::Form));
            focus_after.set(Some(id));
        })
    };
    {
        let (focus_after, anchor) = (focus_after.clone(), anchor.clone());
        use_effect_with((*focus_after).clone(), move |id| {
            if let Some(id) = id {
                browser::focus_first_control(anchor.get().map(Into::into), id);
                focus_after.set(None);
            }
        });
    }

    html! {
        <>
            <header class="masthead" ref={anchor}>
                <h1>{ "privcheck" }</h1>
                <p class="tagline">
                    { "Executive and deliberative-process privilege after " }
                    <cite>{ engine::opinion::CITATION }</cite>
                    { ". Everything stays in this browser tab." }
                </p>
            </header>
            <Toolbar mode={request.mode} session={state.session.clone()} ondispatch={dispatch.clone()} />
            <NoticeBar notice={state.notice.clone()} ondismiss={dispatch.reform(|()| Action::Dismiss)} />
            <nav class="sections" aria-label="Sections">
                <ul>
                    { for Section::ALL.iter().map(|s| html! {
                        <li>
                            <a href={format!("#{}", s.fragment())}
                                aria-current={(*s == section).then_some("page")}>{ s.title() }</a>
                        </li>
                    }) }
                </ul>
            </nav>
            <div id="section-check" class="section" hidden={shown(Section::Check)}>
                <main class="layout">
                    <div class="questions">
                        <div class="view-choice" role="group" aria-label="How the questions are put">
                            <button type="button" aria-pressed={(view == View::Form).to_string()}
                                onclick={dispatch.reform(|_: MouseEvent| Action::SetView(View::Form))}>{ "Full form" }</button>
                            <button type="button" aria-pressed={(view == View::Interview).to_string()}
                                onclick={dispatch.reform(|_: MouseEvent| Action::SetView(View::Interview))}>{ "Guided interview" }</button>
                        </div>
                        if view == View::Interview {
                            <GuidedInterview verdict={verdict.clone()} facts={request.facts} mode={request.mode}
                                interview={state.interview.clone()} ondispatch={dispatch.clone()} />
                        } else {
                            <Questionnaire
                                mode={request.mode}
                                facts={request.facts}
                                matter={matter}
                                {onanswer}
                            />
                        }
                    </div>
                    <div class="answer">
                        <VerdictPanel verdict={verdict.clone()} {onquestion} />
                        <DecisionDiagram diagram={drawing.clone()} />
                    </div>
                </main>
            </div>
            <div id="section-documents" class="section layout-wide" hidden={shown(Section::Documents)}>
                <MatterForm matter={state.session.matter.clone()} ondispatch={dispatch.clone()} />
                <DocumentsPanel session={state.session.clone()} verdict={verdict} diagram={drawing} ondispatch={dispatch.clone()} />
            </div>
            <div id="section-log" class="section layout-wide" hidden={shown(Section::Log)}>
                <LogPanel mode={request.mode} facts={request.facts} context={state.session.log_context.clone()} matter={state.session.matter.clone()} ondispatch={dispatch} worker={props.worker.clone()} />
            </div>
            <div id="section-opinion" class="section" hidden={shown(Section::Opinion)}>
                <OpinionText />
            </div>
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

/// The id of the reasoning's step at `index` (in `verdict.steps()`).
pub fn reasoning_id(index: usize) -> String {
    format!("reasoning-{index}")
}

/// The id of the opinion paragraph at `index`.
pub fn paragraph_id(index: usize) -> String {
    format!("opinion-{index}")
}
