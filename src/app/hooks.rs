//! The app's own hooks.

use crate::app::log_link::LogLink;
use crate::log_state::LogState;
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
