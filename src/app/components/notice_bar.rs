//! The message above the checker: what was refused and why, or what was done.

use crate::state::Notice;
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// Called to close it.
    pub ondismiss: Callback<()>,
}

/// The message bar. Errors are alerts; information is a status.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status"></div> };
    };
    let onclick = props.ondismiss.reform(|_: MouseEvent| ());
    let (class, role, label) = if notice.is_error {
        ("notice error", "alert", "Problem: ")
    } else {
        ("notice info", "status", "")
    };
    html! {
        <div class="notice-slot">
            <div {class} {role}>
                <p><strong>{ label }</strong>{ &notice.text }</p>
                <button type="button" {onclick}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}
