//! What the web app holds and how each user action changes it: one reducer, pure, tested natively.
//! The app (`app/`) only wires it to the page.

use crate::engine::{Fact, Mode};
use crate::log::LogContext;
use crate::matter::{Field, Session};

/// A message shown to the user above the checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// An error (something was refused) or information.
    pub is_error: bool,
    /// What happened, and where.
    pub text: String,
}

impl Notice {
    /// An error message.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            is_error: true,
            text: text.into(),
        }
    }

    /// An information message.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            is_error: false,
            text: text.into(),
        }
    }
}

/// The app's state: the matter being checked, and the message on show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The matter.
    pub session: Session,
    /// The message on show, if any.
    pub notice: Option<Notice>,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answered a question (`None`: not known).
    Answer(Fact, Option<u8>),
    /// Chose seed-only or full doctrine.
    SetMode(Mode),
    /// Typed in a matter field.
    SetField(Field, String),
    /// Loaded the opinion's own facts.
    LoadExample,
    /// Started over.
    Clear,
    /// Applied what is known of the dispute to its privilege log (kept with the matter).
    SetLogContext(Box<LogContext>),
    /// Opened a matter file (already read and checked).
    Open(Box<Session>, String),
    /// Something to tell the user (a refused file, a failed download).
    Tell(Notice),
    /// Closed the message.
    Dismiss,
}

impl State {
    /// The state after `action`. Nothing the user entered is lost except by Clear, Load the
    /// example, or Open (which replace the matter on purpose).
    #[must_use]
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::Answer(fact, value) => self.session.request.facts.set(fact, value),
            Action::SetMode(mode) => self.session.request.mode = mode,
            Action::SetField(field, value) => self.session.matter.set(field, &value),
            Action::SetLogContext(context) => self.session.log_context = *context,
            Action::LoadExample => {
                self.session = Session::melamine();
                self.notice = Some(Notice::info(
                    "Loaded the facts of Melamine Chemicals, Inc. v. United States, 1 CIT 65 (1980).",
                ));
            }
            Action::Clear => {
                self.session = Session::default();
                self.notice = Some(Notice::info("Cleared: a new matter."));
            }
            Action::Open(session, name) => {
                self.session = *session;
                self.notice = Some(Notice::info(format!("Opened {name}.")));
            }
            Action::Tell(notice) => self.notice = Some(notice),
            Action::Dismiss => self.notice = None,
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_fields_change_only_themselves() {
        let state = State::default()
            .apply(Action::Answer(Fact::PersonalReview, Some(0)))
            .apply(Action::SetField(Field::Description, "staff memo".into()));
        assert_eq!(
            state.session.request.facts.get(Fact::PersonalReview),
            Some(0)
        );
        assert_eq!(state.session.matter.description, "staff memo");
        let state = state.apply(Action::Answer(Fact::PersonalReview, None));
        assert_eq!(state.session.request.facts.get(Fact::PersonalReview), None);
        assert_eq!(state.session.matter.description, "staff memo");
    }

    #[test]
    fn a_refused_file_leaves_the_matter_alone() {
        let state = State::default().apply(Action::LoadExample);
        let before = state.session.clone();
        let state = state.apply(Action::Tell(Notice::error("bad file")));
        assert_eq!(state.session, before);
        assert!(state.notice.unwrap().is_error);
    }

    #[test]
    fn the_dispute_is_kept_with_the_matter_until_cleared() {
        let mut context = LogContext::default();
        context.own_domains.push("cbp.dhs.gov".into());
        let state = State::default()
            .apply(Action::SetField(
                Field::CaseName,
                "Acme v. United States".into(),
            ))
            .apply(Action::SetLogContext(Box::new(context.clone())));
        assert_eq!(state.session.log_context, context);
        assert_eq!(state.session.matter.case_name, "Acme v. United States");
        let state = state.apply(Action::Answer(Fact::PersonalReview, Some(1)));
        assert_eq!(state.session.log_context, context);
        assert_eq!(
            state.apply(Action::Clear).session.log_context,
            LogContext::default()
        );
    }

    #[test]
    fn clear_and_example() {
        let state = State::default().apply(Action::LoadExample);
        assert_eq!(state.session, Session::melamine());
        let state = state.apply(Action::Clear);
        assert_eq!(state.session, Session::default());
    }
}
