//! The matter kept in this tab's session storage: it survives a reload and leaves no trace once
//! the tab is closed.

use crate::matter::Session;
use crate::state::{Notice, State};
use gloo_storage::{SessionStorage, Storage};

/// The storage key; its version changes with the matter file's.
const KEY: &str = "privcheck.matter.v1";

/// The state to start from: the matter kept in this tab, or a new one (saying why, when a kept
/// matter could not be read).
pub fn restore() -> State {
    match SessionStorage::get::<serde_json::Value>(KEY) {
        Ok(value) => match Session::from_json(&value) {
            Ok(session) => State {
                session,
                notice: None,
            },
            Err(error) => State {
                session: Session::default(),
                notice: Some(Notice::error(format!(
                    "The matter kept in this tab could not be read ({error}); starting a new matter."
                ))),
            },
        },
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => State::default(),
        Err(error) => State {
            session: Session::default(),
            notice: Some(Notice::error(format!(
                "This tab's storage could not be read ({error}); starting a new matter. Answers will not survive a reload."
            ))),
        },
    }
}

/// Keeps the matter in this tab.
pub fn save(session: &Session) -> Result<(), String> {
    SessionStorage::set(KEY, session.to_json()).map_err(|error| {
        format!("This tab's storage refused the matter ({error}): the answers are still here, but a reload would lose them. Save the matter to a file to keep it.")
    })
}
