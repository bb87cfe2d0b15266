//! What the web app holds and how each user action changes it: one reducer, pure, tested natively.
//! The app (`app/`) only wires it to the page.

use crate::engine::facts::{Domain, NO, YES};
use crate::engine::{Fact, Mode, Verdict, interview};
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

/// The app's state: the matter being checked, how its questions are put, and the message on show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The matter.
    pub session: Session,
    /// The guided interview (or the full form).
    pub interview: Interview,
    /// The message on show, if any.
    pub notice: Option<Notice>,
}

/// How the questions are put: every question in one form, or one at a time. Both edit the same
/// matter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// Every question, in four groups.
    #[default]
    Form,
    /// One question at a time, always one that can still change the ruling.
    Interview,
}

/// Where the guided interview stands: the questions answered so far, in order, and those set
/// aside as not known. The next question is not kept: it follows from the verdict
/// ([`interview::next_question`]), so an answer given in the form moves the interview on too.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interview {
    /// The full form or the interview.
    pub view: View,
    /// The questions answered (or answered "Not known") in the interview, in order.
    pub history: Vec<Fact>,
    /// How many answered questions Back has gone back past (0: at the next question).
    pub back: usize,
    /// The facts answered "Not known" here: still open, but not asked again.
    pub passed: u64,
}

impl Interview {
    /// The question on screen: one gone back to, or the best-narrowing open question not set
    /// aside. `None`: the interview has ended (the ruling is decided, or every open question was
    /// answered "Not known").
    pub fn current(&self, verdict: &Verdict) -> Option<Fact> {
        if self.back > 0 {
            let index = self.history.len().checked_sub(self.back)?;
            return self.history.get(index).copied();
        }
        interview::next_question(verdict, self.passed).map(|(fact, _)| fact)
    }

    /// The answer a key gives to `fact`, if any: Y / N for yes and no, the digits 1 to 9 for
    /// the values of an enum, ? for not known (values beyond nine are reached by Tab and click).
    pub fn answer_for_key(fact: Fact, key: &str) -> Option<Option<u8>> {
        let domain = fact.info().domain;
        match (domain, key) {
            (_, "?") => Some(None),
            (Domain::YesNo, "y" | "Y") => Some(Some(YES)),
            (Domain::YesNo, "n" | "N") => Some(Some(NO)),
            (Domain::OneOf(_), digit) => {
                let index = digit.parse::<u8>().ok()?.checked_sub(1)?;
                (index < domain.len()).then_some(Some(index))
            }
            _ => None,
        }
    }

    /// Whether Back has somewhere to go.
    pub fn can_go_back(&self) -> bool {
        self.back < self.history.len()
    }

    /// The interview of a new matter, in the same view.
    fn restarted(&self) -> Interview {
        Interview {
            view: self.view,
            ..Interview::default()
        }
    }
}

/// The page's sections, each reached from the navigation and kept in the address's fragment,
/// so that a reload and the Back button land in the same place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Section {
    /// The questions and the ruling.
    #[default]
    Check,
    /// The matter's particulars and the papers.
    Documents,
    /// The privilege log.
    Log,
    /// The opinion's text.
    Opinion,
}

impl Section {
    /// Every section, in the navigation's order.
    pub const ALL: [Section; 4] = [
        Section::Check,
        Section::Documents,
        Section::Log,
        Section::Opinion,
    ];

    /// Its name in the address ("#documents").
    pub fn fragment(self) -> &'static str {
        match self {
            Section::Check => "check",
            Section::Documents => "documents",
            Section::Log => "log",
            Section::Opinion => "opinion",
        }
    }

    /// Its name in the navigation.
    pub fn title(self) -> &'static str {
        match self {
            Section::Check => "The check",
            Section::Documents => "Documents",
            Section::Log => "Privilege log",
            Section::Opinion => "The opinion",
        }
    }

    /// The section a fragment belongs to: a section's own name, or the id of something inside
    /// one (a paragraph of the opinion, a question, a step of the reasoning, a document's
    /// preview); no fragment at all is the first section (the address the page was opened at,
    /// reached again by Back). `None` for any other fragment, which leaves the section as it is.
    pub fn of_fragment(fragment: &str) -> Option<Section> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Some(Section::Check);
        }
        if let Some(section) = Section::ALL.into_iter().find(|s| s.fragment() == fragment) {
            return Some(section);
        }
        let within = [
            ("opinion-", Section::Opinion),
            ("q-", Section::Check),
            ("reasoning-", Section::Check),
            ("preview-", Section::Documents),
        ];
        within
            .into_iter()
            .find(|(prefix, _)| fragment.starts_with(prefix))
            .map(|(_, section)| section)
    }
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
    /// Chose the full form or the guided interview.
    SetView(View),
    /// Answered the interview's question on screen (`None`: not known).
    InterviewAnswer(Fact, Option<u8>),
    /// Went back to the question answered before the one on screen.
    InterviewBack,
    /// Started the interview again from its first question (the answers stay).
    RestartInterview,
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
            Action::SetView(view) => self.interview.view = view,
            Action::InterviewAnswer(fact, value) => {
                self.session.request.facts.set(fact, value);
                match value {
                    None => self.interview.passed |= fact.bit(),
                    Some(_) => self.interview.passed &= !fact.bit(),
                }
                if self.interview.back > 0 {
                    self.interview.back -= 1;
                } else {
                    self.interview.history.push(fact);
                }
            }
            Action::InterviewBack => {
                if self.interview.can_go_back() {
                    self.interview.back += 1;
                }
            }
            Action::RestartInterview => self.interview = self.interview.restarted(),
            Action::LoadExample => {
                self.interview = self.interview.restarted();
                self.session = Session::melamine();
                self.notice = Some(Notice::info(
                    "Loaded the facts of Melamine Chemicals, Inc. v. United States, 1 CIT 65 (1980).",
                ));
            }
            Action::Clear => {
                self.interview = self.interview.restarted();
                self.session = Session::default();
                self.notice = Some(Notice::info("Cleared: a new matter."));
            }
            Action::Open(session, name) => {
                self.interview = self.interview.restarted();
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
    fn the_interview_asks_open_questions_goes_back_and_sets_aside_the_unknown() {
        use crate::engine::evaluate;
        let state = State::default().apply(Action::SetView(View::Interview));
        let verdict = evaluate(&state.session.request);
        let first = state
            .interview
            .current(&verdict)
            .expect("a new matter has open questions");
        assert!(!state.interview.can_go_back());

        // "Not known": the fact stays unknown and open, and the interview moves on.
        let state = state.apply(Action::InterviewAnswer(first, None));
        let verdict = evaluate(&state.session.request);
        assert!(
            verdict
                .open_questions
                .iter()
                .any(|q| q.fact == first.name())
        );
        let second = state.interview.current(&verdict).expect("more questions");
        assert_ne!(second, first);

        // An answer is kept in the matter; Back returns to the question with its answer.
        let state = state.apply(Action::InterviewAnswer(second, Some(1)));
        assert_eq!(state.session.request.facts.get(second), Some(1));
        let state = state.apply(Action::InterviewBack);
        let verdict = evaluate(&state.session.request);
        assert_eq!(state.interview.current(&verdict), Some(second));
        assert_eq!(state.session.request.facts.get(second), Some(1));
        let state = state.apply(Action::InterviewBack);
        assert_eq!(state.interview.current(&verdict), Some(first));
        assert!(!state.interview.can_go_back());
        assert_eq!(state.clone().apply(Action::InterviewBack), state);

        // Answering the question gone back to moves forward again; a real answer takes it out
        // of those set aside.
        let state = state.apply(Action::InterviewAnswer(first, Some(0)));
        assert_eq!(state.interview.passed & first.bit(), 0);
        assert_eq!(state.interview.back, 1);
        let verdict = evaluate(&state.session.request);
        assert_eq!(state.interview.current(&verdict), Some(second));
        let state = state.apply(Action::InterviewAnswer(second, Some(1)));
        assert_eq!(state.interview.back, 0);
        assert_eq!(state.interview.history, vec![first, second]);

        // A new matter starts the interview over, in the same view.
        let state = state.apply(Action::LoadExample);
        assert_eq!(state.interview.history, Vec::<Fact>::new());
        assert_eq!(state.interview.view, View::Interview);
    }

    #[test]
    fn each_fragment_lands_in_its_section() {
        for section in Section::ALL {
            assert_eq!(Section::of_fragment(section.fragment()), Some(section));
            assert_eq!(
                Section::of_fragment(&format!("#{}", section.fragment())),
                Some(section)
            );
        }
        assert_eq!(Section::of_fragment("#opinion-12"), Some(Section::Opinion));
        assert_eq!(
            Section::of_fragment("#q-personal_review"),
            Some(Section::Check)
        );
        assert_eq!(Section::of_fragment("#reasoning-3"), Some(Section::Check));
        assert_eq!(
            Section::of_fragment("#preview-memorandum"),
            Some(Section::Documents)
        );
        assert_eq!(Section::of_fragment(""), Some(Section::Check));
        assert_eq!(Section::of_fragment("#"), Some(Section::Check));
        assert_eq!(Section::of_fragment("#somewhere-else"), None);
    }

    #[test]
    fn interview_keys_answer_in_the_facts_own_values() {
        let key = Interview::answer_for_key;
        assert_eq!(key(Fact::PersonalReview, "y"), Some(Some(YES)));
        assert_eq!(key(Fact::PersonalReview, "N"), Some(Some(NO)));
        assert_eq!(key(Fact::PersonalReview, "?"), Some(None));
        assert_eq!(key(Fact::PersonalReview, "1"), None);
        assert_eq!(key(Fact::Setting, "1"), Some(Some(0)));
        assert_eq!(key(Fact::Setting, "y"), None);
        assert_eq!(key(Fact::Setting, "0"), None);
        let count = Fact::Setting.info().domain.len();
        assert_eq!(
            key(Fact::Setting, &count.to_string()),
            Some(Some(count - 1))
        );
        assert_eq!(key(Fact::Setting, &(count + 1).to_string()), None);
    }

    #[test]
    fn clear_and_example() {
        let state = State::default().apply(Action::LoadExample);
        assert_eq!(state.session, Session::melamine());
        let state = state.apply(Action::Clear);
        assert_eq!(state.session, Session::default());
    }
}
