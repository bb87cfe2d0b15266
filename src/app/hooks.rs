//! The app's own hooks.

use crate::app::browser;
use crate::app::log_link::LogLink;
use crate::log_state::LogState;
use crate::state::Section;
use std::collections::HashSet;
use yew::prelude::*;

/// Asks the review for the table rows on screen that have not arrived, each once per review:
/// the table holds only the rows drawn, however long the log.
#[hook]
pub fn use_visible_rows(state: &LogState, link: &LogLink) {
    let requested = use_mut_ref(|| (0u64, HashSet::<u32>::new()));
    let reviewed = state.reviewed.as_ref().map(|r| r.job);
    let missing = state.rows_missing();
    let link = link.clone();
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
            link.rows(job, wanted);
        }
    });
}

/// The section on show, from the address's fragment: followed as links and the Back button
/// change it, so a reload lands in the same place. A fragment naming something inside a
/// section (a paragraph of the opinion) shows that section and scrolls to it once drawn.
/// `anchor`: an element of the app, so that ids are found inside a custom element's shadow root.
#[hook]
pub fn use_section(anchor: NodeRef) -> Section {
    let fragment = use_state(browser::fragment);
    let section = use_state(|| Section::of_fragment(&fragment).unwrap_or_default());
    {
        let (fragment, section) = (fragment.clone(), section.clone());
        use_effect_with((), move |()| {
            let listener = browser::on_fragment_change(move |now| {
                if let Some(next) = Section::of_fragment(&now) {
                    section.set(next);
                }
                fragment.set(now);
            });
            move || drop(listener)
        });
    }
    use_effect_with(
        ((*fragment).clone(), *section),
        move |(fragment, section)| {
            let inside = !fragment.is_empty() && section.fragment() != fragment;
            if inside {
                browser::scroll_to(anchor.get().map(Into::into), fragment);
            }
        },
    );
    *section
}
