//! Privilege-log review in the page: open a log, map its columns, check every entry (a slice at a
//! time, with progress and a cancel button), filter and sort the results in a virtualised table,
//! open an entry's full reasoning, accept cues, and export the results and a deficiency report.
//! Nothing leaves the browser.

use super::verdict_panel::VerdictPanel;
use crate::app::browser;
use crate::engine::{FACTS, Fact, Facts, Mode, Outcome};
use crate::log::export::{deficiency_report, write_results};
use crate::log::read::Column;
use crate::log::review::Reviewer;
use crate::log::{CueChoice, LogField, MAX_LOG_BYTES, PrivilegeLog, Review, read_log};
use crate::state::{Action, Notice};
use std::cell::Cell;
use std::collections::HashSet;
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

/// Rows checked between two paints.
const SLICE: usize = 2_000;
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
}

/// A log opened in the page.
#[derive(Clone, PartialEq)]
struct Opened {
    name: String,
    log: Rc<PrivilegeLog>,
}

/// How the results are shown.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Sort {
    #[default]
    File,
    Outcome,
    Deficiencies,
}

/// The log-review section.
#[function_component(LogPanel)]
pub fn log_panel(props: &LogPanelProps) -> Html {
    let opened = use_state(|| None::<Opened>);
    let review = use_state(|| None::<Rc<Review>>);
    let progress = use_state(|| None::<(usize, usize)>);
    let run = use_mut_ref(|| Rc::new(Cell::new(0u64)));
    let accept_all = use_state(|| false);
    let accepted = use_state(HashSet::<usize>::new);
    let apply_answers = use_state(|| true);
    let filter = use_state(|| None::<&'static str>);
    let search = use_state(String::new);
    let sort = use_state(|| Sort::File);
    let selected = use_state(|| None::<usize>);
    let scroll = use_state(|| 0.0f64);
    // The table's spacers above and below the drawn rows. Their heights are set through the
    // CSSOM after each render: the Content-Security-Policy forbids inline style attributes.
    let spacers = use_mut_ref(Spacers::default);
    let shown_rows = use_mut_ref(Shown::default);
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
        CueChoice::Entries((*accepted).clone())
    };

    // Check the log again whenever the log, the mode, the facts or the accepted cues change.
    {
        let review = review.clone();
        let progress = progress.clone();
        let generation = run.borrow().clone();
        use_effect_with(
            (opened.clone(), props.mode, defaults, choice.clone()),
            move |(opened, mode, defaults, choice)| {
                generation.set(generation.get() + 1);
                let this_run = generation.get();
                if let Some(opened) = (**opened).clone() {
                    let mut reviewer = Reviewer::new(opened.log, *mode, *defaults, choice.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        loop {
                            let done = reviewer.step(SLICE);
                            if generation.get() != this_run {
                                return;
                            }
                            if done {
                                break;
                            }
                            progress.set(Some(reviewer.progress()));
                            next_frame().await;
                            if generation.get() != this_run {
                                return;
                            }
                        }
                        progress.set(None);
                        review.set(Some(Rc::new(reviewer.finish())));
                    });
                }
            },
        );
    }

    let onopen = {
        let opened = opened.clone();
        let review = review.clone();
        let selected = selected.clone();
        let accepted = accepted.clone();
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
            let (opened, review, selected, accepted, dispatch) = (
                opened.clone(),
                review.clone(),
                selected.clone(),
                accepted.clone(),
                dispatch.clone(),
            );
            let promise = file.array_buffer();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => {
                        dispatch.emit(Action::Tell(Notice::error(format!("Could not open {name}: the file could not be read. The current log is unchanged."))));
                        return;
                    }
                };
                match read_log(&bytes) {
                    Ok(log) => {
                        review.set(None);
                        selected.set(None);
                        accepted.set(HashSet::new());
                        dispatch.emit(Action::Tell(Notice::info(format!(
                            "Opened the log {name}: {} entries{}.",
                            log.rows.len(),
                            if log.problems.is_empty() {
                                String::new()
                            } else {
                                format!(", {} rows that could not be read", log.problems.len())
                            }
                        ))));
                        opened.set(Some(Opened {
                            name,
                            log: Rc::new(log),
                        }));
                    }
                    Err(message) => dispatch.emit(Action::Tell(Notice::error(format!(
                        "Could not open {name}: {message}. The current log is unchanged."
                    )))),
                }
            });
        })
    };

    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_: Event| state.set(!*state))
    };

    let content = match &*opened {
        None => html! {
            <p>{ "Open a privilege log (CSV, RFC 4180, or JSON Lines) to check every entry at once. Columns are recognised by name: entry id or Bates number, date, author, recipients, document type, description, privilege asserted, and any fact of the check by its name (personal_review, deliberative, …; yes/no/y/n/true/false/1/0, blank for not known)." }</p>
        },
        Some(current) => {
            let onmap = {
                let opened = opened.clone();
                let current = current.clone();
                Callback::from(move |(index, field): (usize, LogField)| {
                    let mut log = (*current.log).clone();
                    if let Some(column) = log.columns.get_mut(index) {
                        column.field = field;
                    }
                    opened.set(Some(Opened {
                        name: current.name.clone(),
                        log: Rc::new(log),
                    }));
                })
            };
            html! {
                <>
                    { mapping(&current.log.columns, &onmap) }
                    if !current.log.problems.is_empty() {
                        <details class="log-problems">
                            <summary>{ format!("{} rows could not be read", current.log.problems.len()) }</summary>
                            <ul>{ for current.log.problems.iter().map(|p| html! { <li>{ format!("Line {}: {}", p.line, p.reason) }</li> }) }</ul>
                        </details>
                    }
                    if let Some((done, total)) = *progress {
                        <div class="log-progress">
                            <label for="log-progress">{ format!("Checking: {done} of {total} entries") }</label>
                            <progress id="log-progress" max={total.to_string()} value={done.to_string()}></progress>
                            <button type="button" onclick={{
                                let generation = run.borrow().clone();
                                let progress = progress.clone();
                                Callback::from(move |_: MouseEvent| { generation.set(generation.get() + 1); progress.set(None); })
                            }}>{ "Cancel" }</button>
                        </div>
                    }
                    if let Some(review) = &*review {
                        { results(ResultsView {
                            opened: current,
                            review,
                            filter: &filter,
                            search: &search,
                            sort: &sort,
                            selected: &selected,
                            scroll: &scroll,
                            accepted: &accepted,
                            accept_all: *accept_all,
                            dispatch: &props.ondispatch,
                            spacers: &spacers,
                            shown: &shown_rows,
                        }) }
                    }
                </>
            }
        }
    };

    html! {
        <section class="log-review" aria-labelledby="log-heading">
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
            { content }
        </section>
    }
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
struct ResultsView<'a> {
    opened: &'a Opened,
    review: &'a Rc<Review>,
    filter: &'a UseStateHandle<Option<&'static str>>,
    search: &'a UseStateHandle<String>,
    sort: &'a UseStateHandle<Sort>,
    selected: &'a UseStateHandle<Option<usize>>,
    scroll: &'a UseStateHandle<f64>,
    accepted: &'a UseStateHandle<HashSet<usize>>,
    accept_all: bool,
    dispatch: &'a Callback<Action>,
    spacers: &'a Rc<std::cell::RefCell<Spacers>>,
    shown: &'a Rc<std::cell::RefCell<Shown>>,
}

/// The entries shown, in order, and what they were chosen by.
#[derive(Default)]
struct Shown {
    review: Option<Rc<Review>>,
    filter: Option<&'static str>,
    search: String,
    sort: Sort,
    rows: Rc<Vec<usize>>,
}

/// The virtualised table's spacers and the heights they should have.
#[derive(Default)]
struct Spacers {
    top: NodeRef,
    bottom: NodeRef,
    above: f64,
    below: f64,
}

fn results(view: ResultsView<'_>) -> Html {
    let ResultsView {
        opened,
        review,
        filter,
        search,
        sort,
        selected,
        scroll,
        accepted,
        accept_all,
        dispatch,
        spacers,
        shown,
    } = view;
    let log = &opened.log;
    let column = |field: LogField| log.columns.iter().position(|c| c.field == field);
    let (id_column, description_column) =
        (column(LogField::EntryId), column(LogField::Description));
    let cell = |row: usize, index: Option<usize>| -> String {
        index
            .and_then(|i| log.rows.get(row).and_then(|(_, cells)| cells.get(i)))
            .unwrap_or_default()
            .to_string()
    };
    // Filtering and sorting every entry is done when the review, the filter, the search or the
    // sort changes, not on every scroll event: the result is kept with what it was made from.
    let shown = {
        let mut cache = shown.borrow_mut();
        let fresh = cache.review.as_ref().is_some_and(|r| Rc::ptr_eq(r, review))
            && cache.filter == **filter
            && cache.search == **search
            && cache.sort == **sort;
        if !fresh {
            let needle = search.to_lowercase();
            let mut rows: Vec<usize> = (0..review.results.len())
                .filter(|i| {
                    let Some(result) = review.results.get(*i) else {
                        return false;
                    };
                    filter.is_none_or(|f| result.outcome() == f)
                        && (needle.is_empty()
                            || cell(result.row, id_column).to_lowercase().contains(&needle)
                            || cell(result.row, description_column)
                                .to_lowercase()
                                .contains(&needle))
                })
                .collect();
            match **sort {
                Sort::File => {}
                Sort::Outcome => rows.sort_by_key(|i| review.results.get(*i).map(|r| r.outcome())),
                Sort::Deficiencies => rows.sort_by_key(|i| {
                    std::cmp::Reverse(review.results.get(*i).map_or(0, |r| r.deficiencies.len()))
                }),
            }
            *cache = Shown {
                review: Some(Rc::clone(review)),
                filter: **filter,
                search: (**search).clone(),
                sort: **sort,
                rows: Rc::new(rows),
            };
        }
        Rc::clone(&cache.rows)
    };

    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, non-negative
    let first = ((**scroll / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let visible = (VIEW_HEIGHT / ROW_HEIGHT) as usize + 2 * OVERSCAN;
    let last = (first + visible).min(shown.len());
    #[allow(clippy::cast_precision_loss)]
    let (above, below) = (
        first as f64 * ROW_HEIGHT,
        (shown.len() - last) as f64 * ROW_HEIGHT,
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

    let counts = review.counts();
    let count_button = |label: String, value: Option<&'static str>| {
        let filter = filter.clone();
        let scroll = scroll.clone();
        let pressed = *filter.clone() == value;
        html! {
            <button type="button" class={classes!("count", pressed.then_some("pressed"))} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| { filter.set(value); scroll.set(0.0); })}>{ label }</button>
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
    let export = |kind: &'static str| {
        let log = Rc::clone(log);
        let review = Rc::clone(review);
        let dispatch = dispatch.clone();
        let name = opened.name.clone();
        Callback::from(move |_: MouseEvent| {
            let result = match kind {
                "csv" => {
                    let mut out = Vec::new();
                    write_results(&log, &review, &mut out)
                        .map_err(|e| e.to_string())
                        .and_then(|()| {
                            browser::download(
                                "privilege-log-results.csv",
                                "text/csv",
                                &String::from_utf8_lossy(&out),
                            )
                        })
                }
                "md" => browser::download(
                    "deficiency-report.md",
                    "text/markdown",
                    &deficiency_report(&log, &review, &name).to_markdown(),
                ),
                _ => browser::download(
                    "deficiency-report.html",
                    "text/html",
                    &deficiency_report(&log, &review, &name).to_html(),
                ),
            };
            if let Err(error) = result {
                dispatch.emit(Action::Tell(Notice::error(format!(
                    "Export failed: {error}."
                ))));
            }
        })
    };

    let current: Option<usize> = **selected;
    let detail = current.and_then(|i| review.results.get(i)).map(|result| {
        let row = result.row;
        let onaccept = {
            let accepted = accepted.clone();
            Callback::from(move |_: Event| {
                let mut set = (*accepted).clone();
                if !set.remove(&row) {
                    set.insert(row);
                }
                accepted.set(set);
            })
        };
        let onclose = {
            let selected = selected.clone();
            Callback::from(move |_: MouseEvent| selected.set(None))
        };
        html! {
            <section class="log-entry" aria-labelledby="log-entry-heading">
                <h3 id="log-entry-heading">{ format!("Entry {} (line {})", cell(row, id_column), result.line) }</h3>
                <button type="button" onclick={onclose}>{ "Close the entry" }</button>
                <p class="entry-description">{ cell(row, description_column) }</p>
                if result.outcome() == "out_of_scope" {
                    <p class="summary">{ result.summary().into_owned() }</p>
                }
                <h4>{ "Deficiencies" }</h4>
                if result.deficiencies.is_empty() {
                    <p>{ "None found." }</p>
                } else {
                    <ul>{ for result.deficiencies.iter().map(|d| html! { <li>{ d.describe() }</li> }) }</ul>
                }
                <h4>{ "Cue suggestions" }</h4>
                if result.cues.is_empty() {
                    <p>{ "None: the description suggests no fact." }</p>
                } else {
                    <ul>{ for result.cues.iter().map(|c| html! { <li>{ c.describe() }</li> }) }</ul>
                    <label class="choice" for="log-entry-accept">
                        <input type="checkbox" id="log-entry-accept" checked={accept_all || accepted.contains(&row)}
                            disabled={accept_all} onchange={onaccept} />
                        { "Accept this entry's suggestions" }
                    </label>
                }
                if !result.from_cues.is_empty() {
                    <p>{ format!("Facts from accepted cues: {}.", result.from_cues.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ")) }</p>
                }
                <VerdictPanel verdict={result.verdict.clone()} />
            </section>
        }
    });

    html! {
        <>
            <div class="log-counts" role="group" aria-label="Entries by outcome">
                { count_button(format!("All ({})", review.results.len()), None) }
                { for counts.iter().map(|(outcome, n)| count_button(format!("{} ({n})", outcome_words(outcome)), Some(*outcome))) }
            </div>
            <div class="log-controls">
                <label for="log-search">{ "Find (entry id or description)" }</label>
                <input id="log-search" type="search" value={(**search).clone()} oninput={onsearch} />
                <label for="log-sort">{ "Sort" }</label>
                <select id="log-sort" onchange={onsort}>
                    <option value="file" selected={**sort == Sort::File}>{ "File order" }</option>
                    <option value="outcome" selected={**sort == Sort::Outcome}>{ "Outcome" }</option>
                    <option value="deficiencies" selected={**sort == Sort::Deficiencies}>{ "Most deficiencies first" }</option>
                </select>
                <span class="log-shown" role="status">{ format!("{} entries shown", shown.len()) }</span>
            </div>
            <div class="log-table" tabindex="0" role="region" aria-label="Log entries" {onscroll}>
                <table>
                    <thead><tr>
                        <th scope="col">{ "Line" }</th><th scope="col">{ "Entry" }</th><th scope="col">{ "Outcome" }</th>
                        <th scope="col">{ "Deficiencies" }</th><th scope="col">{ "Description" }</th>
                    </tr></thead>
                    <tbody>
                        <tr class="spacer" aria-hidden="true"><td colspan="5" ref={top}></td></tr>
                        { for shown.get(first..last).unwrap_or_default().iter().filter_map(|i| review.results.get(*i).map(|r| (*i, r))).map(|(i, result)| {
                            let onclick = {
                                let selected = selected.clone();
                                Callback::from(move |_: MouseEvent| selected.set(Some(i)))
                            };
                            html! {
                                <tr class="log-row" key={i}>
                                    <td>{ result.line }</td>
                                    <td><button type="button" class="link" {onclick}>{ match cell(result.row, id_column) { id if id.is_empty() => format!("line {}", result.line), id => id } }</button></td>
                                    <td data-outcome={result.outcome()}>{ result.outcome() }</td>
                                    <td>{ result.deficiencies.len() }</td>
                                    <td class="truncate">{ cell(result.row, description_column) }</td>
                                </tr>
                            }
                        }) }
                        <tr class="spacer" aria-hidden="true"><td colspan="5" ref={bottom}></td></tr>
                    </tbody>
                </table>
            </div>
            <div class="commands log-export">
                <button type="button" onclick={export("csv")}>{ "Download results (CSV)" }</button>
                <button type="button" onclick={export("md")}>{ "Download deficiency report (Markdown)" }</button>
                <button type="button" onclick={export("html")}>{ "Download deficiency report (HTML)" }</button>
            </div>
            { for detail }
        </>
    }
}

fn outcome_words(name: &str) -> &'static str {
    Outcome::ALL.iter().find(|o| o.name() == name).map_or(
        if name == "indeterminate" {
            "Not yet decided"
        } else {
            "Out of scope"
        },
        |o| o.heading(),
    )
}

/// Resolves after the browser has painted: a slice of work per frame keeps the page responsive.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
