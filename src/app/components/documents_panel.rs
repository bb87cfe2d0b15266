//! The papers counsel can use: the memorandum, the proposed order that fits the matter (or why
//! there is none), the declaration that makes the claim, and the document's log entry, each to
//! copy (rich text and plain text), download (Markdown, HTML or Word) or print.

use super::decision_diagram::DecisionDiagram;
use super::document_view::DocumentView;
use crate::app::browser;
use crate::documents::{Document, declaration, log_entry, memorandum, proposed_order};
use crate::engine::Verdict;
use crate::engine::diagram::Diagram;
use crate::matter::Session;
use crate::state::{Action, Notice};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocumentsPanel`].
#[derive(Properties, PartialEq)]
pub struct DocumentsPanelProps {
    /// The matter.
    pub session: Session,
    /// Its verdict.
    pub verdict: Rc<Verdict>,
    /// The decision drawn, printed with the memorandum.
    pub diagram: Rc<Diagram>,
    /// For messages.
    pub ondispatch: Callback<Action>,
}

/// The documents section.
#[function_component(DocumentsPanel)]
pub fn documents_panel(props: &DocumentsPanelProps) -> Html {
    let memo = memorandum(&props.session, &props.verdict);
    let order = proposed_order(&props.session, &props.verdict);
    let declaration = declaration(&props.session, &props.verdict);
    let entry = log_entry(&props.session, &props.verdict);
    html! {
        <section class="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">{ "Documents" }</h2>
            { commands("Memorandum", &memo, &props.ondispatch, html! {
                // The decision drawn prints with the memorandum.
                <div class="document memorandum-diagram">
                    <DecisionDiagram diagram={props.diagram.clone()} id="memorandum-diagram" />
                </div>
            }) }
            { match &order {
                Ok(order) => commands("Proposed order", order, &props.ondispatch, Html::default()),
                Err(none) => html! { <p class="no-order">{ none.reason() }</p> },
            } }
            { commands("Declaration", &declaration, &props.ondispatch, Html::default()) }
            { commands("Privilege log entry", &entry, &props.ondispatch, Html::default()) }
        </section>
    }
}

/// A document's commands and preview; `after`: what the preview shows (and prints) after it.
fn commands(
    title: &'static str,
    document: &Document,
    dispatch: &Callback<Action>,
    after: Html,
) -> Html {
    let kind = document.kind;
    let report = move |dispatch: &Callback<Action>, result: Result<(), String>| {
        if let Err(error) = result {
            dispatch.emit(Action::Tell(Notice::error(format!("{title}: {error}."))));
        }
    };
    // The text is written only when asked for, not on every answer.
    let shared = Rc::new(document.clone());
    let oncopy = {
        let dispatch = dispatch.clone();
        let document = Rc::clone(&shared);
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            browser::copy(
                &document.to_html_fragment(),
                document.to_text(),
                move |result| match result {
                    Ok(()) => dispatch.emit(Action::Tell(Notice::info(format!(
                        "{title} copied to the clipboard."
                    )))),
                    Err(error) => {
                        dispatch.emit(Action::Tell(Notice::error(format!("{title}: {error}."))))
                    }
                },
            );
        })
    };
    let onmarkdown = {
        let dispatch = dispatch.clone();
        let document = Rc::clone(&shared);
        Callback::from(move |_: MouseEvent| {
            let text = document.to_markdown();
            report(
                &dispatch,
                browser::download(&format!("{kind}.md"), "text/markdown", &text),
            );
        })
    };
    let onhtml = {
        let dispatch = dispatch.clone();
        let document = Rc::clone(&shared);
        Callback::from(move |_: MouseEvent| {
            let text = document.to_html();
            report(
                &dispatch,
                browser::download(&format!("{kind}.html"), "text/html", &text),
            );
        })
    };
    let onword = {
        let dispatch = dispatch.clone();
        let document = Rc::clone(&shared);
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            browser::download_word(
                &format!("{kind}.docx"),
                &document.blocks_json(),
                move |result| {
                    report(&dispatch, result);
                },
            );
        })
    };
    let onprint = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            report(&dispatch, browser::print(event.target(), kind))
        })
    };
    html! {
        <div class="document-commands" data-document={kind}>
            <h3>{ title }</h3>
            <div class="commands">
                <button type="button" onclick={oncopy}>{ "Copy" }</button>
                <button type="button" onclick={onmarkdown}>{ "Download Markdown" }</button>
                <button type="button" onclick={onhtml}>{ "Download HTML" }</button>
                <button type="button" onclick={onword}>{ "Download Word" }</button>
                <button type="button" onclick={onprint}>{ "Print" }</button>
            </div>
            <details id={format!("preview-{kind}")}>
                <summary>{ format!("Preview the {}", title.to_lowercase()) }</summary>
                <DocumentView document={document.clone()} />
                { after }
            </details>
        </div>
    }
}
