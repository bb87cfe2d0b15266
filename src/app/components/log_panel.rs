//! Privilege-log review in the page: open a log, map its columns, check every entry (in a Web
//! Worker, with progress and a cancel button), filter and sort the results in a virtualised
//! table, open an entry's claims and reasoning, accept cues, and export the results and the
//! meet-and-confer letter. Nothing leaves the browser.
//!
//! The log and its review live in the worker ([`crate::log::session`]); this component holds
//! only what it shows: the counts, the order of the listed entries, the rows on screen and the
//! entry opened.

use super::verdict_panel::VerdictPanel;
use crate::app::browser;
use crate::app::log_link::{Heard, LogLink, Where};
use crate::engine::{FACTS, Fact, Facts, Mode, evaluate};
use crate::log::claim::{Claim, Kind, LogOutcome};
use crate::log::context::{LogContext, read_context};
use crate::log::read::Column;
use crate::log::session::{
    Command, EntryView, ExportKind, Opened, Reply, Reviewed, RowView, Sort, View,
};
use crate::log::{CueChoice, LogField, MAX_LOG_BYTES};
use crate::state::{Action, Notice};
use crate::worker::Inbound;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The facts about what a document is, which each entry answers for itself.
const DOCUMENT_CONTENT: [Fact; 5] = [
    Fact::SolelyInternalUse,
    Fact::Deliberative,
    Fact::Predecisional,
    Fact::PostDecisional,
    Fact::FactualContent,
];

/// The height of a table row, in pixels (the stylesheet's `.log-row`).
const ROW_HEIGHT: f64 = 36.0;
/// Rows drawn beyond the visible ones, above and below.
const OVERSCAN: usize = 8;
/// The height of the table's scroll area, in pixels.
const VIEW_HEIGHT: f64 = 432.0;

/// Props of [`LogPanel`].
#[derive(Properties, PartialEq)]
pub struct LogPanelProps {
    /// The mode applied.
    pub mode: Mode,
    /// The answers of the single check: those about the setting, the invocation and the
    /// opposition can apply to every entry.
    pub facts: Facts,
    /// For messages.
    pub ondispatch: Callback<Action>,
    /// The worker's loader script, when the page has one.
    #[prop_or_default]
    pub worker: Option<AttrValue>,
}

/// What the page knows of the log under review.
#[derive(Clone, Default, PartialEq)]
struct LogState {
    /// Where the review runs, and why there when not in the worker.
    runs_in: Option<(Where, Option<String>)>,
    /// The log open.
    opened: Option<Rc<Opened>>,
    /// Changes when the log or its columns change: the log is checked again.
    generation: u64,
    /// The review asked for last.
    job: u64,
    /// Its progress while it runs.
    progress: Option<(usize, usize)>,
    /// The last finished review.
    reviewed: Option<Rc<Reviewed>>,
    /// The listing asked for last, and the entries listed.
    listing: u64,
    listed: Rc<Vec<u32>>,
    /// Table rows received for the last finished review.
    rows: Rc<HashMap<u32, RowView>>,
    /// The entry opened, and what the worker sent of it.
    selected: Option<u32>,
    entry: Option<Rc<EntryView>>,
    /// Log rows whose cue suggestions the user accepted.
    accepted: Rc<HashSet<usize>>,
}

enum LogAction {
    Heard(Heard),
    Started { job: u64, total: usize },
    Listing(u64),
    Select(Option<u32>),
    ToggleAccepted(usize),
}

impl Reducible for LogState {
    type Action = LogAction;

    fn reduce(self: Rc<Self>, action: LogAction) -> Rc<LogState> {
        let mut next = (*self).clone();
        let reviewed_job = self.reviewed.as_ref().map(|r| r.job);
        match action {
            LogAction::Started { job, total } => {
                next.job = job;
                next.progress = Some((0, total));
            }
            LogAction::Listing(listing) => next.listing = listing,
            LogAction::Select(entry) => next.selected = entry,
            LogAction::ToggleAccepted(row) => {
                let mut accepted = (*self.accepted).clone();
                if !accepted.remove(&row) {
                    accepted.insert(row);
                }
                next.accepted = Rc::new(accepted);
            }
            LogAction::Heard(Heard::RunsIn(place, why)) => next.runs_in = Some((place, why)),
            LogAction::Heard(Heard::Reply(reply)) => match reply {
                Reply::Opened(opened) => {
                    next = LogState {
                        runs_in: next.runs_in,
                        generation: self.generation + 1,
                        job: self.job,
                        listing: self.listing,
                        opened: Some(Rc::new(opened)),
                        ..LogState::default()
                    };
                }
                Reply::Columns(columns) => {
                    if let Some(opened) = &self.opened {
                        next.opened = Some(Rc::new(Opened {
                            columns,
                            ..(**opened).clone()
                        }));
                        next.generation += 1;
                        next.selected = None;
                        next.entry = None;
                    }
                }
                Reply::Progress { job, done, total } if job == self.job => {
                    next.progress = Some((done, total));
                }
                Reply::Reviewed(reviewed) if reviewed.job == self.job => {
                    next.progress = None;
                    next.reviewed = Some(Rc::new(reviewed));
                    next.rows = Rc::default();
                }
                Reply::Cancelled => next.progress = None,
                // The worker and the log it held are gone: the log is opened again.
                Reply::Stopped(_) => {
                    next = LogState {
                        runs_in: next.runs_in,
                        job: self.job,
                        listing: self.listing,
                        generation: self.generation + 1,
                        ..LogState::default()
                    };
                }
                Reply::Listed {
                    job,
                    listing,
                    entries,
                } if Some(job) == reviewed_job && listing == self.listing => {
                    next.listed = Rc::new(entries);
                }
                Reply::Rows { job, rows } if Some(job) == reviewed_job => {
                    let mut known = (*self.rows).clone();
                    known.extend(rows.into_iter().map(|row| (row.entry, row)));
                    next.rows = Rc::new(known);
                }
                Reply::Entry { job, entry } if Some(job) == reviewed_job => {
                    next.entry = Some(Rc::from(entry));
                }
                _ => return self,
            },
        }
        Rc::new(next)
    }
}

/// The log-review section.
#[function_component(LogPanel)]
pub fn log_panel(props: &LogPanelProps) -> Html {
    let state = use_reducer(LogState::default);
    let link = use_mut_ref(|| None::<LogLink>);
    let jobs = use_mut_ref(|| 0u64);
    let requested = use_mut_ref(|| (0u64, HashSet::<u32>::new()));
    let accept_all = use_state(|| false);
    let apply_answers = use_state(|| true);
    let filter = use_state(|| None::<String>);
    let search = use_state(String::new);
    let sort = use_state(|| Sort::File);
    let scroll = use_state(|| 0.0f64);
    // What the reviewer knows of the dispute (`log_context`), as typed and as last read.
    let context_text = use_state(String::new);
    let context = use_state(LogContext::default);
    let context_error = use_state(|| None::<String>);
    // The table's spacers above and below the drawn rows. Their heights are set through the
    // CSSOM after each render: the Content-Security-Policy forbids inline style attributes.
    let spacers = use_mut_ref(Spacers::default);
    {
        let spacers = spacers.clone();
        use_effect(move || {
            let spacers = spacers.borrow();
            for (node, height) in [
                (&spacers.top, spacers.above),
                (&spacers.bottom, spacers.below),
            ] {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let _ = element
                        .style()
                        .set_property("height", &format!("{height}px"));
                }
            }
        });
    }

    // The link to the review, started with the page: the worker's files are loaded before
    // anything is typed or opened, and after that nothing is requested at all.
    let ensure = {
        let link = link.clone();
        let state = state.clone();
        let worker = props.worker.clone();
        let dispatch = props.ondispatch.clone();
        move || -> LogLink {
            let current = link.borrow().clone();
            current.unwrap_or_else(|| {
                let started = LogLink::start(
                    worker.as_deref(),
                    heard(state.dispatcher(), dispatch.clone()),
                );
                *link.borrow_mut() = Some(started.clone());
                started
            })
        }
    };
    {
        let ensure = ensure.clone();
        use_effect_with((), move |()| {
            ensure();
        });
    }
    // Sends a command, or opens a file.
    let send = move |message: Inbound| ensure().send(message);

    // The dispute's facts for every entry: the answers above, less what each entry's own
    // document is (read from the entry, its cues, or left open).
    let defaults = {
        let mut defaults = Facts::unknown();
        if *apply_answers {
            for info in FACTS.iter().filter(|f| !DOCUMENT_CONTENT.contains(&f.fact)) {
                defaults.set(info.fact, props.facts.get(info.fact));
            }
        }
        defaults
    };
    let choice = if *accept_all {
        CueChoice::All
    } else {
        CueChoice::Entries((*state.accepted).clone())
    };

    // Check the log again whenever the log, its columns, the mode, the facts or the accepted
    // cues change.
    {
        let send = send.clone();
        let state = state.clone();
        let jobs = jobs.clone();
        use_effect_with(
            (
                state.generation,
                props.mode,
                defaults,
                choice,
                (*context).clone(),
            ),
            move |(_, mode, defaults, choice, context)| {
                if let Some(opened) = &state.opened {
                    let job = {
                        let mut jobs = jobs.borrow_mut();
                        *jobs += 1;
                        *jobs
                    };
                    state.dispatch(LogAction::Started {
                        job,
                        total: opened.rows,
                    });
                    send(Inbound::Command(Command::Review {
                        job,
                        mode: *mode,
                        defaults: *defaults,
                        choice: choice.clone(),
                        context: Box::new(context.clone()),
                    }));
                }
            },
        );
    }
    // List the entries again whenever a review finishes or the filter, search or sort change.
    {
        let send = send.clone();
        let state = state.clone();
        let jobs = jobs.clone();
        let reviewed = state.reviewed.as_ref().map(|r| r.job);
        let view = View {
            outcome: (*filter).clone(),
            search: (*search).clone(),
            sort: *sort,
        };
        use_effect_with((reviewed, view), move |(reviewed, view)| {
            if let Some(job) = *reviewed {
                let listing = {
                    let mut jobs = jobs.borrow_mut();
                    *jobs += 1;
                    *jobs
                };
                state.dispatch(LogAction::Listing(listing));
                send(Inbound::Command(Command::List {
                    job,
                    listing,
                    view: view.clone(),
                }));
            }
        });
    }
    // Fetch the entry opened whenever it or the review changes.
    {
        let send = send.clone();
        let reviewed = state.reviewed.as_ref().map(|r| r.job);
        use_effect_with((reviewed, state.selected), move |(reviewed, selected)| {
            if let (Some(job), Some(entry)) = (*reviewed, *selected) {
                send(Inbound::Command(Command::Entry { job, entry }));
            }
        });
    }

    // The rows on screen: those not yet received are asked for after the render.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, non-negative
    let first = ((*scroll / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let visible = (VIEW_HEIGHT / ROW_HEIGHT) as usize + 2 * OVERSCAN;
    let last = (first + visible).min(state.listed.len());
    let on_screen: Vec<u32> = state.listed.get(first..last).unwrap_or_default().to_vec();
    {
        let send = send.clone();
        let reviewed = state.reviewed.as_ref().map(|r| r.job);
        let missing: Vec<u32> = on_screen
            .iter()
            .copied()
            .filter(|entry| !state.rows.contains_key(entry))
            .collect();
        let requested = requested.clone();
        use_effect(move || {
            let Some(job) = reviewed else {
                return;
            };
            let mut requested = requested.borrow_mut();
            if requested.0 != job {
                *requested = (job, HashSet::new());
            }
            let wanted: Vec<u32> = missing
                .into_iter()
                .filter(|entry| requested.1.insert(*entry))
                .collect();
            if !wanted.is_empty() {
                send(Inbound::Command(Command::Rows {
                    job,
                    entries: wanted,
                }));
            }
        });
    }

    let onopen = {
        let send = send.clone();
        let dispatch = props.ondispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            #[allow(clippy::cast_precision_loss)] // far below 2^52
            if file.size() > MAX_LOG_BYTES as f64 {
                dispatch.emit(Action::Tell(Notice::error(format!(
                    "Could not open {name}: it is {:.1} MB; privcheck reads logs of up to {} MB. The current log is unchanged.",
                    file.size() / (1024.0 * 1024.0),
                    MAX_LOG_BYTES / (1024 * 1024)
                ))));
                return;
            }
            send(Inbound::OpenFile {
                name,
                file: file.into(),
            });
        })
    };

    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: Event| flag.set(!*flag))
    };

    let content = match &state.opened {
        None => html! {
            <p>{ "Open a privilege log (CSV, RFC 4180, or JSON Lines) to check every entry at once. Columns are recognised by name: entry id or Bates number, date, author, recipients, document type, description, privilege asserted, and any fact of the check by its name (personal_review, deliberative, …; yes/no/y/n/true/false/1/0, blank for not known)." }</p>
        },
        Some(opened) => {
            let onmap = {
                let send = send.clone();
                Callback::from(move |(column, field): (usize, LogField)| {
                    send(Inbound::Command(Command::Map { column, field }));
                })
            };
            let problems = state
                .reviewed
                .as_ref()
                .map_or(&opened.problems, |r| &r.problems);
            let oncancel = {
                let send = send.clone();
                Callback::from(move |_: MouseEvent| send(Inbound::Command(Command::Cancel)))
            };
            html! {
                <>
                    { mapping(&opened.columns, &onmap) }
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
                    if let Some(reviewed) = &state.reviewed {
                        { results(ResultsView {
                            name: &opened.name,
                            state: &state,
                            reviewed,
                            on_screen: &on_screen,
                            range: (first, last),
                            filter: &filter,
                            search: &search,
                            sort: &sort,
                            scroll: &scroll,
                            accept_all: *accept_all,
                            send: &send,
                            spacers: &spacers,
                        }) }
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
    let oncontext_input = {
        let context_text = context_text.clone();
        Callback::from(move |event: InputEvent| {
            context_text.set(
                event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            );
        })
    };
    let oncontext_apply = {
        let (context_text, context, context_error) =
            (context_text.clone(), context.clone(), context_error.clone());
        Callback::from(move |_: MouseEvent| {
            let text = context_text.trim();
            // What was typed stays in the box whatever happens; only a context that reads replaces
            // the one applied.
            match if text.is_empty() {
                Ok(LogContext::default())
            } else {
                read_context(text)
            } {
                Ok(read) => {
                    context.set(read);
                    context_error.set(None);
                }
                Err(message) => context_error.set(Some(message)),
            }
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
                    <input type="checkbox" id="log-apply-answers" checked={*apply_answers} onchange={toggle(&apply_answers)} />
                    { "Apply the answers above to every entry that does not state them, except what the document is (internal, deliberative, predecisional, post-decisional, factual content), which each entry answers for itself" }
                </label>
                <label class="choice" for="log-accept-cues">
                    <input type="checkbox" id="log-accept-cues" checked={*accept_all} onchange={toggle(&accept_all)} />
                    { "Accept every entry's cue suggestions (facts its description suggests)" }
                </label>
            </div>
            <details class="log-context">
                <summary>{ "The dispute: the producing party's lawyers, domains and offices, outside parties, dates" }</summary>
                <label for="log-context-json">{ "What is known of the dispute (log_context, as JSON)" }</label>
                <textarea id="log-context-json" rows="8" value={(*context_text).clone()} oninput={oncontext_input} />
                <button type="button" onclick={oncontext_apply}>{ "Apply to the review" }</button>
                if let Some(error) = &*context_error {
                    <p class="error" role="alert">{ error }</p>
                }
            </details>
            if let Some(why) = why {
                <p class="log-runs-in">{ format!("Logs are checked in this page, not in a background worker: {why}. Large logs take longer, and the page may pause between slices.") }</p>
            }
            { content }
        </section>
    }
}

/// Turns what the link hears into the component's actions, notices and downloads.
fn heard(state: UseReducerDispatcher<LogState>, dispatch: Callback<Action>) -> Callback<Heard> {
    Callback::from(move |heard: Heard| {
        if let Heard::Reply(reply) = &heard {
            match reply {
                Reply::Opened(opened) => dispatch.emit(Action::Tell(Notice::info(format!(
                    "Opened the log {}: {} entries{}.",
                    opened.name,
                    opened.rows,
                    if opened.problems.is_empty() {
                        String::new()
                    } else {
                        format!(", {} rows that could not be read", opened.problems.len())
                    }
                )))),
                Reply::NotOpened { name, message } => dispatch.emit(Action::Tell(Notice::error(
                    format!("Could not open {name}: {message}. The current log is unchanged."),
                ))),
                Reply::Stopped(diagnostic) => dispatch.emit(Action::Tell(Notice::error(format!(
                    "The log review stopped on an internal error, and the log it held is closed; open the log again to check it in this page. Your matter is untouched. Diagnostic: {diagnostic}"
                )))),
                Reply::Failed(message) => dispatch.emit(Action::Tell(Notice::error(format!(
                    "The log review could not do that: {message}."
                )))),
                Reply::Exported { kind, text } => {
                    let (file, media_type) = kind.file();
                    if let Err(error) = browser::download(file, media_type, text) {
                        dispatch.emit(Action::Tell(Notice::error(format!(
                            "Export failed: {error}."
                        ))));
                    }
                }
                _ => {}
            }
        }
        state.dispatch(LogAction::Heard(heard));
    })
}

/// The column mapping: what each column was recognised as, changeable by hand.
fn mapping(columns: &[Column], onmap: &Callback<(usize, LogField)>) -> Html {
    let options: Vec<(String, LogField)> = LogField::DESCRIPTIVE
        .into_iter()
        .chain([LogField::OppositionGrounds])
        .chain(Fact::all().map(LogField::Fact))
        .map(|f| (f.label().to_string(), f))
        .collect();
    html! {
        <details class="log-mapping" open=true>
            <summary>{ "Columns" }</summary>
            <table>
                <thead><tr><th scope="col">{ "Column in the file" }</th><th scope="col">{ "Read as" }</th></tr></thead>
                <tbody>
                    { for columns.iter().enumerate().map(|(index, column)| {
                        let id = format!("log-column-{index}");
                        let options = options.clone();
                        let onchange = onmap.reform({
                            let options = options.clone();
                            move |event: Event| {
                                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                                let field = select.value().parse::<usize>().ok()
                                    .and_then(|i| options.get(i)).map_or(LogField::Other, |(_, f)| *f);
                                (index, field)
                            }
                        });
                        html! {
                            <tr>
                                <td><label for={id.clone()}>{ &column.heading }</label></td>
                                <td>
                                    <select {id} {onchange} key={format!("{:?}", column.field)}>
                                        <option value="" selected={column.field == LogField::Other}>{ "(not used)" }</option>
                                        { for options.iter().enumerate().map(|(i, (label, field))| html! {
                                            <option value={i.to_string()} selected={*field == column.field}>{ label }</option>
                                        }) }
                                    </select>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// Everything the results need.
struct ResultsView<'a, S: Fn(Inbound) + Clone + 'static> {
    name: &'a str,
    state: &'a UseReducerHandle<LogState>,
    reviewed: &'a Rc<Reviewed>,
    on_screen: &'a [u32],
    range: (usize, usize),
    filter: &'a UseStateHandle<Option<String>>,
    search: &'a UseStateHandle<String>,
    sort: &'a UseStateHandle<Sort>,
    scroll: &'a UseStateHandle<f64>,
    accept_all: bool,
    send: &'a S,
    spacers: &'a Rc<std::cell::RefCell<Spacers>>,
}

/// The virtualised table's spacers and the heights they should have.
#[derive(Default)]
struct Spacers {
    top: NodeRef,
    bottom: NodeRef,
    above: f64,
    below: f64,
}

fn results<S: Fn(Inbound) + Clone + 'static>(view: ResultsView<'_, S>) -> Html {
    let ResultsView {
        name,
        state,
        reviewed,
        on_screen,
        range: (first, last),
        filter,
        search,
        sort,
        scroll,
        accept_all,
        send,
        spacers,
    } = view;
    let listed = state.listed.len();
    #[allow(clippy::cast_precision_loss)]
    let (above, below) = (
        first as f64 * ROW_HEIGHT,
        listed.saturating_sub(last) as f64 * ROW_HEIGHT,
    );
    let (top, bottom) = {
        let mut spacers = spacers.borrow_mut();
        spacers.above = above;
        spacers.below = below;
        (spacers.top.clone(), spacers.bottom.clone())
    };
    let onscroll = {
        let scroll = scroll.clone();
        Callback::from(move |event: Event| {
            if let Some(element) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                scroll.set(f64::from(element.scroll_top()));
            }
        })
    };

    let count_button = |label: String, value: Option<String>| {
        let filter = filter.clone();
        let scroll = scroll.clone();
        let pressed = *filter == value;
        html! {
            <button type="button" class={classes!("count", pressed.then_some("pressed"))} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| { filter.set(value.clone()); scroll.set(0.0); })}>{ label }</button>
        }
    };
    let onsearch = {
        let search = search.clone();
        let scroll = scroll.clone();
        Callback::from(move |event: InputEvent| {
            search.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
            scroll.set(0.0);
        })
    };
    let onsort = {
        let sort = sort.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            sort.set(match value.as_str() {
                "outcome" => Sort::Outcome,
                "deficiencies" => Sort::Deficiencies,
                _ => Sort::File,
            });
        })
    };
    let export = |kind: ExportKind| {
        let send = send.clone();
        let (job, title) = (reviewed.job, name.to_string());
        Callback::from(move |_: MouseEvent| {
            send(Inbound::Command(Command::Export {
                job,
                kind,
                title: title.clone(),
            }));
        })
    };
    let select = |entry: Option<u32>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(LogAction::Select(entry)))
    };

    let detail = state
        .entry
        .as_ref()
        .filter(|entry| state.selected == Some(entry.row.entry))
        .map(|entry| {
            let log_row = entry.log_row;
            let onaccept = {
                let state = state.clone();
                Callback::from(move |_: Event| state.dispatch(LogAction::ToggleAccepted(log_row)))
            };
            let verdict = Rc::new(evaluate(&entry.request));
            html! {
                <section class="log-entry" aria-labelledby="log-entry-heading">
                    <h3 id="log-entry-heading">{ format!("Entry {} (line {})", entry.row.name, entry.row.line) }</h3>
                    <button type="button" onclick={select(None)}>{ "Close the entry" }</button>
                    <p class="entry-description">{ &entry.row.description }</p>
                    <p class="summary">{ &entry.summary }</p>
                    <h4>{ "Each privilege asserted" }</h4>
                    { for entry.claims.iter().map(claim_view) }
                    if !entry.warnings.is_empty() {
                        <h4>{ "The entry's form" }</h4>
                        <ul>{ for entry.warnings.iter().map(|w| html! { <li>{ format!("{} ({})", w.text, w.rule.id()) }</li> }) }</ul>
                    }
                    <h4>{ "Cue suggestions for the deliberative-process analysis" }</h4>
                    if entry.cues.is_empty() {
                        <p>{ "None: the entry's words suggest no fact." }</p>
                    } else {
                        <ul>{ for entry.cues.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                        <label class="choice" for="log-entry-accept">
                            <input type="checkbox" id="log-entry-accept" checked={accept_all || state.accepted.contains(&log_row)}
                                disabled={accept_all} onchange={onaccept} />
                            { "Accept this entry's suggestions" }
                        </label>
                    }
                    if !entry.from_cues.is_empty() {
                        <p>{ format!("Facts from accepted cues: {}.", entry.from_cues.join(", ")) }</p>
                    }
                    if entry.claims.iter().any(|c| c.privilege.goes_to_engine()) {
                        <VerdictPanel {verdict} />
                    }
                </section>
            }
        });

    html! {
        <>
            <div class="log-counts" role="group" aria-label="Entries by outcome">
                { count_button(format!("All ({})", reviewed.entries), None) }
                { for reviewed.counts.iter().map(|(outcome, n)| count_button(format!("{} ({n})", outcome_words(outcome)), Some(outcome.clone()))) }
            </div>
            <div class="log-controls">
                <label for="log-search">{ "Find (Bates number or description)" }</label>
                <input id="log-search" type="search" value={(**search).clone()} oninput={onsearch} />
                <label for="log-sort">{ "Sort" }</label>
                <select id="log-sort" onchange={onsort}>
                    <option value="file" selected={**sort == Sort::File}>{ "File order" }</option>
                    <option value="outcome" selected={**sort == Sort::Outcome}>{ "Outcome, weakest first" }</option>
                    <option value="deficiencies" selected={**sort == Sort::Deficiencies}>{ "Most problems first" }</option>
                </select>
                <span class="log-shown" role="status">{ format!("{listed} entries shown") }</span>
            </div>
            <div class="log-table" tabindex="0" role="region" aria-label="Log entries" {onscroll}>
                <table>
                    <thead><tr>
                        <th scope="col">{ "Line" }</th><th scope="col">{ "Entry" }</th><th scope="col">{ "Outcome" }</th>
                        <th scope="col">{ "Each privilege" }</th><th scope="col">{ "Problems" }</th><th scope="col">{ "Description" }</th>
                    </tr></thead>
                    <tbody>
                        <tr class="spacer" aria-hidden="true"><td colspan="6" ref={top}></td></tr>
                        { for on_screen.iter().map(|entry| match state.rows.get(entry) {
                            Some(row) => html! {
                                <tr class="log-row" key={*entry}>
                                    <td>{ row.line }</td>
                                    <td><button type="button" class="link" onclick={select(Some(*entry))}>{ &row.name }</button></td>
                                    <td data-outcome={row.outcome.clone()}>{ outcome_words(&row.outcome) }</td>
                                    <td class="assessments">{ assessments_words(&row.assessments) }</td>
                                    <td>{ row.problems }</td>
                                    <td class="truncate">{ &row.description }</td>
                                </tr>
                            },
                            None => html! {
                                <tr class="log-row" key={*entry} aria-busy="true"><td colspan="6">{ "…" }</td></tr>
                            },
                        }) }
                        <tr class="spacer" aria-hidden="true"><td colspan="6" ref={bottom}></td></tr>
                    </tbody>
                </table>
            </div>
            <div class="commands log-export">
                <button type="button" onclick={export(ExportKind::ResultsCsv)}>{ "Download results (CSV)" }</button>
                <button type="button" onclick={export(ExportKind::LetterMarkdown)}>{ "Download meet-and-confer letter (Markdown)" }</button>
                <button type="button" onclick={export(ExportKind::LetterHtml)}>{ "Download meet-and-confer letter (HTML)" }</button>
            </div>
            { for detail }
        </>
    }
}

fn outcome_words(name: &str) -> &'static str {
    LogOutcome::from_name(name).map_or("Not reviewed", LogOutcome::words)
}

/// `attorney_client=adequately_logged; …` in words: "Attorney-client privilege: adequately
/// logged; …".
fn assessments_words(assessments: &str) -> String {
    assessments
        .split("; ")
        .filter_map(|pair| pair.split_once('='))
        .map(|(privilege, outcome)| {
            let privilege = crate::log::Privilege::from_code(privilege)
                .map_or_else(|| privilege.to_string(), |p| p.words().to_string());
            format!("{privilege}: {}", outcome_words(outcome).to_lowercase())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One claim of the opened entry: its outcome, what the log must add, and each finding with
/// its rule and source.
fn claim_view(claim: &Claim) -> Html {
    let kind = |kind: Kind| match kind {
        Kind::Fatal => "Defeats the claim",
        Kind::Defect => "Missing",
        Kind::Cue => "To ask",
        Kind::Warning => "Note",
    };
    html! {
        <div class="log-claim" data-privilege={claim.privilege.code()} data-log-outcome={claim.outcome.name()}>
            <h5>{ format!("{} (as logged \u{201c}{}\u{201d}): {}", claim.privilege.words(), claim.as_written, claim.outcome.words()) }</h5>
            if !claim.missing.is_empty() {
                <p>{ format!("The log must: {}.", claim.missing.iter().map(|e| e.demand()).collect::<Vec<_>>().join("; ")) }</p>
            }
            <ul>
                { for claim.findings.iter().map(|f| html! {
                    <li data-rule={f.rule.id()}>
                        <strong>{ format!("{}: ", kind(f.kind)) }</strong>{ &f.text }
                        <span class="source">{ format!(" ({}; {})", f.rule.id(), if f.rule.source().is_empty() { "a text test of this review, not law".to_string() } else { f.rule.source() }) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}
