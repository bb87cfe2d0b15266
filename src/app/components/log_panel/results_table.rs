//! The results: the counts by outcome (each a filter), search and order, the virtualised table of
//! entries, the exports, and the entry opened.

use super::entry_detail::EntryDetail;
use crate::app::hooks::use_visible_rows;
use crate::app::log_link::LogLink;
use crate::log::session::{ExportKind, Sort};
use crate::log::{LogOutcome, Privilege};
use crate::log_state::{LogAction, LogState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`ResultsTable`].
#[derive(Properties, PartialEq)]
pub struct ResultsTableProps {
    /// The panel's state.
    pub state: UseReducerHandle<LogState>,
    /// The review.
    pub link: LogLink,
    /// The log's name, for the exports.
    pub title: AttrValue,
}

/// The results of a finished review.
#[function_component(ResultsTable)]
pub fn results_table(props: &ResultsTableProps) -> Html {
    let state = &props.state;
    use_visible_rows(state, &props.link);
    // The spacers above and below the drawn rows. Their heights are set through the CSSOM after
    // each render: the Content-Security-Policy forbids inline style attributes.
    let (top, bottom) = (use_node_ref(), use_node_ref());
    let window = state.window();
    {
        let (top, bottom) = (top.clone(), bottom.clone());
        use_effect(move || {
            for (node, height) in [(&top, window.above), (&bottom, window.below)] {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let _ = element
                        .style()
                        .set_property("height", &format!("{height}px"));
                }
            }
        });
    }
    let Some(reviewed) = state.reviewed.clone() else {
        return Html::default();
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: LogAction| state.dispatch(action))
    };

    let onscroll = dispatch.reform(|event: Event| {
        let top = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map_or(0, |element| element.scroll_top());
        LogAction::Scrolled(f64::from(top))
    });
    let count_button = |label: String, value: Option<String>| {
        let pressed = state.filter == value;
        let onclick = dispatch.reform(move |_: MouseEvent| LogAction::Filter(value.clone()));
        html! {
            <button type="button" class={classes!("count", pressed.then_some("pressed"))} aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
        }
    };
    let onsearch = dispatch.reform(|event: InputEvent| {
        LogAction::Search(
            event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let onsort = dispatch.reform(|event: Event| {
        let value = event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        LogAction::Sort(match value.as_str() {
            "outcome" => Sort::Outcome,
            "deficiencies" => Sort::Deficiencies,
            _ => Sort::File,
        })
    });
    let export = |kind: ExportKind| {
        let (link, job, title) = (props.link.clone(), reviewed.job, props.title.to_string());
        Callback::from(move |_: MouseEvent| link.export(job, kind, title.clone()))
    };
    let select =
        |entry: Option<u32>| dispatch.reform(move |_: MouseEvent| LogAction::Select(entry));
    let listed = state.listed.len();

    html! {
        <>
            <div class="log-counts" role="group" aria-label="Entries by outcome">
                { count_button(format!("All ({})", reviewed.entries), None) }
                { for reviewed.counts.iter().map(|(outcome, n)| count_button(format!("{} ({n})", outcome_words(outcome)), Some(outcome.clone()))) }
            </div>
            <div class="log-controls">
                <label for="log-search">{ "Find (Bates number or description)" }</label>
                <input id="log-search" type="search" value={state.search.clone()} oninput={onsearch} />
                <label for="log-sort">{ "Sort" }</label>
                <select id="log-sort" onchange={onsort}>
                    <option value="file" selected={state.sort == Sort::File}>{ "File order" }</option>
                    <option value="outcome" selected={state.sort == Sort::Outcome}>{ "Outcome, weakest first" }</option>
                    <option value="deficiencies" selected={state.sort == Sort::Deficiencies}>{ "Most problems first" }</option>
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
                        { for state.on_screen().iter().map(|entry| match state.rows.get(entry) {
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
                <button type="button" onclick={export(ExportKind::LetterDocx)}>{ "Download meet-and-confer letter (Word)" }</button>
                <button type="button" onclick={export(ExportKind::DeclarationDocx)}>{ "Download the declaration for the deliberative-process entries (Word)" }</button>
                <button type="button" onclick={export(ExportKind::DeclarationHtml)}>{ "Download the declaration for the deliberative-process entries (HTML)" }</button>
            </div>
            if let Some(entry) = state.detail() {
                <EntryDetail entry={entry.clone()} accepted={state.accepts(entry.log_row)} accept_all={state.accept_all}
                    onclose={select(None)} ondispatch={dispatch.clone()} />
            }
        </>
    }
}

/// An outcome's name in words.
pub fn outcome_words(name: &str) -> &'static str {
    LogOutcome::from_name(name).map_or("Not reviewed", LogOutcome::words)
}

/// `attorney_client=adequately_logged; …` in words: "Attorney-client privilege: adequately
/// logged; …".
fn assessments_words(assessments: &str) -> String {
    assessments
        .split("; ")
        .filter_map(|pair| pair.split_once('='))
        .map(|(privilege, outcome)| {
            let privilege = Privilege::from_code(privilege)
                .map_or_else(|| privilege.to_string(), |p| p.words().to_string());
            format!("{privilege}: {}", outcome_words(outcome).to_lowercase())
        })
        .collect::<Vec<_>>()
        .join("; ")
}
