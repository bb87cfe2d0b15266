//! The matter kept in this tab's session storage: it survives a reload and leaves no trace once
//! the tab is closed.
//!
//! The storage is reached through `web_sys` with every failure handled: a browser can refuse it
//! outright (storage disabled, a sandboxed frame: reading `sessionStorage` throws), refuse a
//! write (full), or hold a value this program cannot read. Each is a message, never a crash.

use crate::matter::Session;
use crate::state::{Notice, State, View};

/// The storage key; its version changes with the matter file's.
const KEY: &str = "privcheck.matter.v2";
/// The key of a matter kept by a page of the version before (read when there is no other).
const OLDER_KEY: &str = "privcheck.matter.v1";

/// This tab's session storage, or why it cannot be had.
fn session_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("there is no window")?;
    match window.session_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("the browser offers no session storage".into()),
        Err(_) => Err("the browser refuses this page session storage".into()),
    }
}

/// The state to start from: the matter kept in this tab, or a new one (saying why, when a kept
/// matter could not be read).
pub fn restore() -> State {
    let kept = session_storage().and_then(|storage| {
        let read = |key| {
            storage
                .get_item(key)
                .map_err(|_| "the kept matter could not be read".to_string())
        };
        match read(KEY)? {
            Some(text) => Ok(Some(text)),
            None => read(OLDER_KEY),
        }
    });
    let mut state = match kept {
        Ok(None) => State::default(),
        Ok(Some(text)) => match serde_json::from_str::<serde_json::Value>(&text)
            .map_err(|e| format!("not JSON: {e}"))
            .and_then(|value| Session::from_json(&value).map_err(|e| e.to_string()))
        {
            Ok(session) => State {
                session,
                ..State::default()
            },
            Err(error) => State {
                notice: Some(Notice::error(format!(
                    "The matter kept in this tab could not be read ({error}); starting a new matter."
                ))),
                ..State::default()
            },
        },
        Err(error) => State {
            notice: Some(Notice::error(format!(
                "This tab's storage could not be read ({error}); starting a new matter. Answers will not survive a reload: save the matter to a file to keep it."
            ))),
            ..State::default()
        },
    };
    state.interview.view = restore_view();
    state
}

/// Where the view is kept: the form or the guided interview survives a reload too.
const VIEW_KEY: &str = "privcheck.view";

fn restore_view() -> View {
    let kept = session_storage()
        .ok()
        .and_then(|storage| storage.get_item(VIEW_KEY).ok().flatten());
    match kept.as_deref() {
        Some("interview") => View::Interview,
        _ => View::Form,
    }
}

/// Keeps the view in this tab (best effort: losing it loses nothing entered).
pub fn save_view(view: View) {
    let name = match view {
        View::Form => "form",
        View::Interview => "interview",
    };
    if let Ok(storage) = session_storage() {
        let _ = storage.set_item(VIEW_KEY, name);
    }
}

/// Keeps the matter in this tab.
pub fn save(session: &Session) -> Result<(), String> {
    let text = session.to_json().to_string();
    session_storage()
        .and_then(|storage| {
            storage
                .set_item(KEY, &text)
                .map_err(|_| "it is full or does not accept writes".to_string())
        })
        .map_err(|error| {
            format!("This tab's storage refused the matter ({error}): the answers are still here, but a reload would lose them. Save the matter to a file to keep it.")
        })
}
