//! One entry opened: each privilege it asserts with its assessment, what the log must add and
//! each finding with its rule and source; the entry's form; its cue suggestions; and, for a
//! deliberative-process, state-secrets or presidential claim, the engine's reasoning.

use crate::app::components::verdict_panel::VerdictPanel;
use crate::engine::evaluate;
use crate::log::claim::{Claim, Kind};
use crate::log::session::EntryView;
use crate::log_state::LogAction;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EntryDetail`].
#[derive(Properties, PartialEq)]
pub struct EntryDetailProps {
    /// The entry, as the review sent it.
    pub entry: Rc<EntryView>,
    /// Whether its cue suggestions are accepted.
    pub accepted: bool,
    /// Whether every entry's are (the entry's own choice is then moot).
    pub accept_all: bool,
    /// Closes it.
    pub onclose: Callback<MouseEvent>,
    /// For accepting its cues.
    pub ondispatch: Callback<LogAction>,
}

/// The entry opened.
#[function_component(EntryDetail)]
pub fn entry_detail(props: &EntryDetailProps) -> Html {
    let entry = &props.entry;
    let log_row = entry.log_row;
    let onaccept = props
        .ondispatch
        .reform(move |_: Event| LogAction::ToggleAccepted(log_row));
    let verdict = use_memo(entry.request, evaluate);
    html! {
        <section class="log-entry" aria-labelledby="log-entry-heading">
            <h3 id="log-entry-heading">{ format!("Entry {} (line {})", entry.row.name, entry.row.line) }</h3>
            <button type="button" onclick={props.onclose.clone()}>{ "Close the entry" }</button>
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
                    <input type="checkbox" id="log-entry-accept" checked={props.accepted}
                        disabled={props.accept_all} onchange={onaccept} />
                    { "Accept this entry's suggestions" }
                </label>
            }
            if !entry.from_cues.is_empty() {
                <p>{ format!("From accepted cues: {}", entry.from_cues.join(" ")) }</p>
            }
            if entry.claims.iter().any(|c| c.privilege.goes_to_engine()) {
                <VerdictPanel {verdict} />
            }
        </section>
    }
}

/// One claim: its outcome, what the log must add, and each finding with its rule and source.
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
            if !claim.next_steps.is_empty() {
                <p class="next-steps">{ "To ask for, whatever the log shows: " }
                    { for claim.next_steps.iter().map(|s| html! {
                        <span data-rule={s.rule.id()}>{ &s.text }<span class="source">{ format!(" ({}; {})", s.rule.id(), s.rule.source()) }</span></span>
                    }) }
                </p>
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
