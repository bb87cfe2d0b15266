//! The app's components, one per file.

pub mod decision_diagram;
pub mod document_view;
pub mod documents_panel;
pub mod interview;
pub mod log_panel;
pub mod matter_form;
pub mod notice_bar;
pub mod opinion_text;
pub mod question;
pub mod questionnaire;
pub mod toolbar;
pub mod verdict_panel;
