//! Privilege-log review in the page: open a log, map its columns, say what is known of the
//! dispute, check every entry (in a Web Worker, with progress and a cancel button), filter and
//! sort the results in a virtualised table, open an entry's claims and reasoning, accept cues,
//! and export the results and the meet-and-confer letter. Nothing leaves the browser.
//!
//! The panel's state and its changes are [`crate::log_state`]; the review is reached through
//! `use_log_link`. This component wires them together and lays out its parts, each a
//! component of its own.

mod column_mapping;
mod dispute_context;
mod entry_detail;
mod results_table;

use crate::app::browser;
use crate::app::log_link::use_log_link;
use crate::documents::{Withheld, declaration_for};
use crate::engine::{Facts, Mode, Request, evaluate};
use crate::log::session::{ExportKind, Reply};
use crate::log::{LogContext, LogField, MAX_LOG_BYTES};
use crate::log_state::{Heard, LogAction, LogState, Where, notice};
use crate::matter::{Matter, Session};
use crate::state::{Action, Notice};
use column_mapping::ColumnMapping;
use dispute_context::DisputeContext;
use results_table::ResultsTable;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for LogState {
    type Action = LogAction;

    fn reduce(self: Rc<Self>, action: LogAction) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

/// Props of [`LogPanel`].
#[derive(Properties, PartialEq)]
pub struct LogPanelProps {
    /// The mode applied.
    pub mode: Mode,
    /// The answers of the single check: those about the setting, the invocation and the
    /// opposition can apply to every entry.
    pub facts: Facts,
    /// What is known of the dispute, kept with the matter.
    pub context: LogContext,
    /// The matter: the declaration for the log's entries is written from it.
    pub matter: Matter,
    /// For messages, and to keep the dispute's context with the matter.
    pub ondispatch: Callback<Action>,
    /// The worker's loader script, when the page has one.
    #[prop_or_default]
    pub worker: Option<AttrValue>,
}

/// The log-review section.
#[function_component(LogPanel)]
pub fn log_panel(props: &LogPanelProps) -> Html {
    let state = use_reducer(LogState::default);
    // The matter as it is now, for a declaration the review's reply asks to write.
    let matter = use_mut_ref(Session::default);
    *matter.borrow_mut() = Session {
        request: Request {
            mode: props.mode,
            facts: props.facts,
        },
        matter: props.matter.clone(),
        log_context: props.context.clone(),
    };
    let link = use_log_link(
        props.worker.clone(),
        heard(state.dispatcher(), props.ondispatch.clone(), matter),
    );
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: LogAction| state.dispatch(action))
    };

    // Check the log again whenever the log, its columns, the mode, the facts, the accepted cues
    // or the dispute's context change.
    {
        let (link, dispatch) = (link.clone(), dispatch.clone());
        let opened = state.opened.as_ref().map(|o| o.rows);
        use_effect_with(
            (
                state.generation,
                opened,
                props.mode,
                state.defaults(&props.facts),
                state.cue_choice(),
                props.context.clone(),
            ),
            move |(_, opened, mode, defaults, choice, context)| {
                if let Some(total) = *opened {
                    let job = link.review(*mode, *defaults, choice.clone(), context);
                    dispatch.emit(LogAction::Started { job, total });
                }
            },
        );
    }
    // List the entries again whenever a review finishes or the filter, search or sort change.
    {
        let (link, dispatch) = (link.clone(), dispatch.clone());
        let reviewed = state.reviewed.as_ref().map(|r| r.job);
        use_effect_with((reviewed, state.view()), move |(reviewed, view)| {
            if let Some(job) = *reviewed {
                dispatch.emit(LogAction::Listing(link.list(job, view.clone())));
            }
        });
    }
    // Fetch the entry opened whenever it or the review changes.
    {
        let link = link.clone();
        let reviewed = state.reviewed.as_ref().map(|r| r.job);
        use_effect_with((reviewed, state.selected), move |(reviewed, selected)| {
            if let (Some(job), Some(entry)) = (*reviewed, *selected) {
                link.entry(job, entry);
            }
        });
    }
    // The form shows the context kept with the matter (opened from a file, cleared, applied).
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.context.clone(), move |context| {
            dispatch.emit(LogAction::Context(
                crate::log_state::context_form::Edit::Load(Box::new(context.clone())),
            ));
        });
    }

    let onopen = {
        let link = link.clone();
        let tell = props.ondispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            #[allow(clippy::cast_precision_loss)] // far below 2^52
            if file.size() > MAX_LOG_BYTES as f64 {
                tell.emit(Action::Tell(Notice::error(format!(
                    "Could not open {name}: it is {:.1} MB; privcheck reads logs of up to {} MB. The current log is unchanged.",
                    file.size() / (1024.0 * 1024.0),
                    MAX_LOG_BYTES / (1024 * 1024)
                ))));
                return;
            }
            link.open_file(name, file.into());
        })
    };
    let onmap = {
        let link = link.clone();
        Callback::from(move |(column, field): (usize, LogField)| link.map_column(column, field))
    };
    let oncancel = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| link.cancel())
    };
    let onapply_context = props
        .ondispatch
        .reform(|context: LogContext| Action::SetLogContext(Box::new(context)));

    let content = match &state.opened {
        None => html! {
            <p>{ "Open a privilege log (CSV, RFC 4180, or JSON Lines) to check every entry at once. Columns are recognised by name: Bates number, date, author, recipients, CC, BCC, document type, description, privilege asserted, basis, treatment, and any question of the check as a column named after its fact (the names are in the README's privilege-log section; yes/no, blank for not known). Columns not recognised can be mapped by hand." }</p>
        },
        Some(opened) => {
            let problems = state
                .reviewed
                .as_ref()
                .map_or(&opened.problems, |r| &r.problems);
            html! {
                <>
                    <ColumnMapping columns={opened.columns.clone()} {onmap} />
                    if !problems.is_empty() {
                        <details class="log-problems">
                            <summary>{ format!("{} rows could not be read", problems.len()) }</summary>
                            <ul>{ for problems.iter().map(|p| html! { <li>{ format!("Line {}: {}", p.line, p.reason) }</li> }) }</ul>
                        </details>
                    }
                    if let Some((done, total)) = state.progress {
                        <div class="log-progress">
                            <label for="log-progress">{ format!("Checking: {done} of {total} entries") }</label>
                            <progress id="log-progress" max={total.to_string()} value={done.to_string()}></progress>
                            <button type="button" onclick={oncancel}>{ "Cancel" }</button>
                        </div>
                    }
                    if state.reviewed.is_some() {
                        <ResultsTable state={state.clone()} link={link.clone()} title={opened.name.clone()} />
                    }
                </>
            }
        }
    };

    let (runs_in, why) = match &state.runs_in {
        Some((Where::Worker, _)) => ("worker", None),
        Some((Where::Page, why)) => ("page", why.clone()),
        None => ("", None),
    };
    let flag = |action: fn(bool) -> LogAction| {
        dispatch.reform(move |event: Event| {
            action(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    html! {
        <section class="log-review" aria-labelledby="log-heading" data-log-runs-in={runs_in}>
            <h2 id="log-heading">{ "Privilege log review" }</h2>
            <div class="commands">
                <label class="button" for="open-log">{ "Open a privilege log" }</label>
                <input id="open-log" class="file-input" type="file" accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv" onchange={onopen} />
            </div>
            <div class="log-options">
                <label class="choice" for="log-apply-answers">
                    <input type="checkbox" id="log-apply-answers" checked={state.apply_answers} onchange={flag(LogAction::ApplyAnswers)} />
                    { "Apply the answers above to every entry that does not state them, except what the document is (internal, deliberative, predecisional, post-decisional, factual content), which each entry answers for itself" }
                </label>
                <label class="choice" for="log-accept-cues">
                    <input type="checkbox" id="log-accept-cues" checked={state.accept_all} onchange={flag(LogAction::AcceptAll)} />
                    { "Accept every entry's cue suggestions (facts its description suggests)" }
                </label>
            </div>
            <DisputeContext form={state.context_form.clone()} applied={props.context.clone()}
                ondispatch={dispatch.clone()} onapply={onapply_context} />
            if let Some(why) = why {
                <p class="log-runs-in">{ format!("Logs are checked in this page, not in a background worker: {why}. Large logs take longer, and the page may pause between slices.") }</p>
            }
            { content }
        </section>
    }
}

/// Turns what the link hears into the panel's actions, the app's notices and downloads.
fn heard(
    state: UseReducerDispatcher<LogState>,
    dispatch: Callback<Action>,
    matter: Rc<RefCell<Session>>,
) -> Callback<Heard> {
    Callback::from(move |heard: Heard| {
        if let Heard::Reply(reply) = &heard {
            if let Some(notice) = notice(reply) {
                dispatch.emit(Action::Tell(notice));
            }
            if let Reply::Exported { kind, bytes } = reply {
                let (file, media_type) = kind.file();
                let failed = {
                    let dispatch = dispatch.clone();
                    move |error: String| {
                        dispatch.emit(Action::Tell(Notice::error(format!(
                            "Export failed: {error}."
                        ))));
                    }
                };
                if matches!(
                    kind,
                    ExportKind::DeclarationDocx | ExportKind::DeclarationHtml
                ) {
                    // The entries asserting the privilege: the declaration is the matter's.
                    match serde_json::from_slice::<Vec<Withheld>>(bytes) {
                        Ok(schedule) => {
                            let session = matter.borrow().clone();
                            let verdict = evaluate(&session.request);
                            let declaration = declaration_for(&session, &verdict, &schedule);
                            if *kind == ExportKind::DeclarationHtml {
                                if let Err(error) =
                                    browser::download(file, media_type, &declaration.to_html())
                                {
                                    failed(error);
                                }
                            } else {
                                browser::download_word(
                                    file,
                                    &declaration.blocks_json(),
                                    move |result| result.unwrap_or_else(failed),
                                );
                            }
                        }
                        Err(error) => failed(format!("the entries could not be read ({error})")),
                    }
                } else if *kind == ExportKind::LetterDocx {
                    // The letter's blocks: the page's Word module makes the file.
                    browser::download_word(file, &String::from_utf8_lossy(bytes), move |result| {
                        result.unwrap_or_else(failed);
                    });
                } else if let Err(error) = browser::download_bytes(file, media_type, bytes) {
                    failed(error);
                }
            }
        }
        state.dispatch(LogAction::Heard(heard));
    })
}
