//! The dispute's form in the page: what the reviewer knows of the dispute as a whole
//! ([`LogContext`], `docs/log-review.md`, "The dispute") as plain lines of text, one field per
//! part of the context, read into the context with a message per field that does not read.
//!
//! The form holds text, not the context: what was typed stays as typed until it reads, and a
//! field that does not read leaves the context applied before unchanged.

use crate::log::context::{Attorney, AttorneyRole, Date, LogContext, OutsideParty};

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContextField {
    /// The producing party's lawyers, one a line.
    Lawyers,
    /// Its own e-mail domains.
    Domains,
    /// Its offices and components, one a line.
    Offices,
    /// Outsiders known to be in the case, one a line.
    Outsiders,
    /// When it anticipated this litigation.
    Anticipated,
    /// When the case was filed.
    Filed,
    /// Recipients at which a distribution is wide.
    WideDistribution,
    /// Entries with one description at which it is boilerplate.
    Boilerplate,
    /// Content words below which a description is conclusory.
    ContentWords,
}

impl ContextField {
    /// Every field, in the form's order.
    pub const ALL: [ContextField; 9] = [
        ContextField::Lawyers,
        ContextField::Domains,
        ContextField::Offices,
        ContextField::Outsiders,
        ContextField::Anticipated,
        ContextField::Filed,
        ContextField::WideDistribution,
        ContextField::Boilerplate,
        ContextField::ContentWords,
    ];

    fn index(self) -> usize {
        ContextField::ALL
            .iter()
            .position(|f| *f == self)
            .unwrap_or_default()
    }

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            ContextField::Lawyers => "The producing party's lawyers",
            ContextField::Domains => "Its own e-mail domains",
            ContextField::Offices => "Its own offices and components",
            ContextField::Outsiders => "Outsiders known to be in the case",
            ContextField::Anticipated => "Litigation anticipated from",
            ContextField::Filed => "Case filed on",
            ContextField::WideDistribution => "A distribution is wide at (recipients)",
            ContextField::Boilerplate => "A description is boilerplate when repeated (entries)",
            ContextField::ContentWords => {
                "A description is conclusory below (words about its subject)"
            }
        }
    }

    /// How to fill it in.
    pub fn hint(self) -> &'static str {
        match self {
            ContextField::Lawyers => {
                "One a line: the name as the log writes it, then an e-mail address in angle brackets and the role in parentheses if known (in-house, agency counsel, litigation counsel, outside counsel). Example: Jane Roe <jroe@cbp.dhs.gov> (agency counsel)"
            }
            ContextField::Domains => "Separated by spaces, commas or lines. Example: cbp.dhs.gov",
            ContextField::Offices => {
                "One a line, as the log writes them. Example: Office of Chief Counsel"
            }
            ContextField::Outsiders => {
                "One a line: a person, a firm or an e-mail domain; add (adverse) for the opponent, its counsel or its agents. Example: Acme Customs Brokers (adverse)"
            }
            ContextField::Anticipated | ContextField::Filed => "YYYY-MM-DD; empty if not known",
            ContextField::WideDistribution => "A whole number, at least 2; 10 if empty",
            ContextField::Boilerplate => "A whole number, at least 2; 3 if empty",
            ContextField::ContentWords => "A whole number, at least 1; 2 if empty",
        }
    }

    /// Whether the field takes several lines.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            ContextField::Lawyers | ContextField::Offices | ContextField::Outsiders
        )
    }
}

/// A change to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Typed in a field.
    Typed(ContextField, String),
    /// The context now applied (from the matter, or just read from the form): the form shows it.
    Load(Box<LogContext>),
    /// The form did not read: what each field that did not read says.
    Refused(Vec<(ContextField, String)>),
}

/// The form: each field's text, and the messages of the fields that did not read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextForm {
    text: [String; 9],
    /// The fields that did not read when last applied, each with why.
    pub errors: Vec<(ContextField, String)>,
}

/// The words of a lawyer's role in the form, and the role.
const ROLES: [(&str, AttorneyRole); 4] = [
    ("in-house", AttorneyRole::InHouse),
    ("agency counsel", AttorneyRole::AgencyCounsel),
    ("litigation counsel", AttorneyRole::LitigationCounsel),
    ("outside counsel", AttorneyRole::OutsideCounsel),
];

/// What marks an outsider as the opponent's.
const ADVERSE: &str = "(adverse)";

impl ContextForm {
    /// The form showing `context`.
    #[must_use]
    pub fn showing(context: &LogContext) -> ContextForm {
        let mut form = ContextForm::default();
        let mut put = |field: ContextField, text: String| form.text[field.index()] = text;
        put(
            ContextField::Lawyers,
            context
                .attorneys
                .iter()
                .map(lawyer_line)
                .collect::<Vec<_>>()
                .join("\n"),
        );
        put(ContextField::Domains, context.own_domains.join(", "));
        put(ContextField::Offices, context.own_organisations.join("\n"));
        put(
            ContextField::Outsiders,
            context
                .outside_parties
                .iter()
                .map(|p| {
                    if p.adverse {
                        format!("{} {ADVERSE}", p.name)
                    } else {
                        p.name.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        );
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        put(
            ContextField::Anticipated,
            date(context.litigation_anticipated_from),
        );
        put(ContextField::Filed, date(context.litigation_filed_on));
        put(
            ContextField::WideDistribution,
            context.wide_distribution_threshold.to_string(),
        );
        put(
            ContextField::Boilerplate,
            context.boilerplate_min_repeats.to_string(),
        );
        put(
            ContextField::ContentWords,
            context.min_content_words.to_string(),
        );
        form
    }

    /// The text of `field`.
    #[must_use]
    pub fn text(&self, field: ContextField) -> &str {
        self.text.get(field.index()).map_or("", String::as_str)
    }

    /// Why `field` did not read, if it did not.
    #[must_use]
    pub fn error(&self, field: ContextField) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e.as_str())
    }

    /// The form after `edit`.
    #[must_use]
    pub fn edit(mut self, edit: Edit) -> ContextForm {
        match edit {
            Edit::Typed(field, text) => {
                if let Some(slot) = self.text.get_mut(field.index()) {
                    *slot = text;
                }
            }
            Edit::Load(context) => self = ContextForm::showing(&context),
            Edit::Refused(errors) => self.errors = errors,
        }
        self
    }

    /// The context the form describes, keeping what the form does not show (the cue choice and
    /// the columns mapped by hand) from `applied`; or, for each field that does not read, why.
    pub fn read(&self, applied: &LogContext) -> Result<LogContext, Vec<(ContextField, String)>> {
        let mut context = LogContext {
            attorneys: Vec::new(),
            own_domains: Vec::new(),
            own_organisations: Vec::new(),
            outside_parties: Vec::new(),
            litigation_anticipated_from: None,
            litigation_filed_on: None,
            ..applied.clone()
        };
        let defaults = LogContext::default();
        let mut errors = Vec::new();
        for field in ContextField::ALL {
            let text = self.text(field);
            let result = match field {
                ContextField::Lawyers => {
                    lines(text, read_lawyer).map(|list| context.attorneys = list)
                }
                ContextField::Domains => {
                    context.own_domains = text
                        .split([' ', ',', ';', '\n', '\r', '\t'])
                        .map(|d| d.trim().trim_start_matches('@').to_lowercase())
                        .filter(|d| !d.is_empty())
                        .collect();
                    Ok(())
                }
                ContextField::Offices => {
                    context.own_organisations = text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from)
                        .collect();
                    Ok(())
                }
                ContextField::Outsiders => {
                    lines(text, read_outsider).map(|list| context.outside_parties = list)
                }
                ContextField::Anticipated => {
                    read_date(text).map(|d| context.litigation_anticipated_from = d)
                }
                ContextField::Filed => read_date(text).map(|d| context.litigation_filed_on = d),
                ContextField::WideDistribution => {
                    read_whole(text, 2, defaults.wide_distribution_threshold)
                        .map(|n| context.wide_distribution_threshold = n)
                }
                ContextField::Boilerplate => read_whole(text, 2, defaults.boilerplate_min_repeats)
                    .map(|n| context.boilerplate_min_repeats = n),
                ContextField::ContentWords => read_whole(text, 1, defaults.min_content_words)
                    .map(|n| context.min_content_words = n),
            };
            if let Err(why) = result {
                errors.push((field, why));
            }
        }
        if errors.is_empty() {
            Ok(context)
        } else {
            Err(errors)
        }
    }
}

/// Each non-empty line read by `read`; the first that does not read, named by its number.
fn lines<T>(text: &str, read: fn(&str) -> Result<T, String>) -> Result<Vec<T>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| read(line.trim()).map_err(|why| format!("line {}: {why}", i + 1)))
        .collect()
}

fn lawyer_line(attorney: &Attorney) -> String {
    let mut line = attorney.name.clone();
    if let Some(email) = &attorney.email {
        line.push_str(&format!(" <{email}>"));
    }
    if let Some((words, _)) = attorney
        .role
        .and_then(|role| ROLES.iter().find(|(_, r)| *r == role))
    {
        line.push_str(&format!(" ({words})"));
    }
    line
}

/// `Jane Roe <jroe@cbp.dhs.gov> (agency counsel)`: the e-mail address and the role are optional.
fn read_lawyer(line: &str) -> Result<Attorney, String> {
    let mut rest = line.trim();
    let mut role = None;
    if let Some(open) = rest.strip_suffix(')').and_then(|r| r.rfind('(')) {
        let words = rest[open + 1..rest.len() - 1].trim().to_lowercase();
        let words = words.replace("in house", "in-house");
        role = Some(
            ROLES
                .iter()
                .find(|(w, _)| *w == words)
                .map(|(_, r)| *r)
                .ok_or_else(|| {
                    format!(
                        "the role \u{201c}{words}\u{201d} is not one of: {}",
                        ROLES.map(|(w, _)| w).join(", ")
                    )
                })?,
        );
        rest = rest[..open].trim_end();
    }
    let mut email = None;
    if let Some(open) = rest.strip_suffix('>').and_then(|r| r.rfind('<')) {
        let address = rest[open + 1..rest.len() - 1].trim().to_lowercase();
        if !address.contains('@') {
            return Err(format!(
                "\u{201c}{address}\u{201d} is not an e-mail address"
            ));
        }
        email = Some(address);
        rest = rest[..open].trim_end();
    }
    if rest.is_empty() {
        return Err("a name is needed before the e-mail address and the role".into());
    }
    Ok(Attorney {
        name: rest.to_string(),
        email,
        role,
    })
}

/// `Acme Customs Brokers (adverse)`.
fn read_outsider(line: &str) -> Result<OutsideParty, String> {
    let (name, adverse) = match line.len().checked_sub(ADVERSE.len()) {
        Some(at) if line.is_char_boundary(at) && line[at..].eq_ignore_ascii_case(ADVERSE) => {
            (line[..at].trim(), true)
        }
        _ => (line, false),
    };
    if name.is_empty() {
        return Err("a name is needed before (adverse)".into());
    }
    Ok(OutsideParty {
        name: name.to_string(),
        adverse,
    })
}

fn read_date(text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::read(text)
        .map(Some)
        .ok_or_else(|| format!("\u{201c}{text}\u{201d} is not a date; write it as YYYY-MM-DD"))
}

fn read_whole(text: &str, least: u32, default: u32) -> Result<u32, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(default);
    }
    text.parse::<u32>()
        .ok()
        .filter(|n| *n >= least)
        .ok_or_else(|| format!("\u{201c}{text}\u{201d} is not a whole number of at least {least}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::read_context;

    fn typed(edits: &[(ContextField, &str)]) -> ContextForm {
        edits.iter().fold(ContextForm::default(), |form, (f, t)| {
            form.edit(Edit::Typed(*f, (*t).to_string()))
        })
    }

    #[test]
    fn the_form_reads_into_the_context_the_command_line_reads() {
        let form = typed(&[
            (
                ContextField::Lawyers,
                "Jane Roe <JRoe@cbp.dhs.gov> (agency counsel)\n\nRoe, John (in house)\nAnn Poe",
            ),
            (ContextField::Domains, "@cbp.dhs.gov, dhs.gov"),
            (ContextField::Offices, "Office of Chief Counsel\n"),
            (ContextField::Outsiders, "Acme Brokers (Adverse)\nKPMG"),
            (ContextField::Anticipated, "2019-03-04"),
            (ContextField::WideDistribution, "25"),
        ]);
        let context = form.read(&LogContext::default());
        let expected = read_context(
            r#"{"attorneys": [{"name": "Jane Roe", "email": "jroe@cbp.dhs.gov", "role": "agency_counsel"},
                              {"name": "Roe, John", "role": "in_house"}, {"name": "Ann Poe"}],
                "own_domains": ["cbp.dhs.gov", "dhs.gov"], "own_organisations": ["Office of Chief Counsel"],
                "outside_parties": [{"name": "Acme Brokers", "adverse": true}, {"name": "KPMG", "adverse": false}],
                "litigation_anticipated_from": "2019-03-04", "wide_distribution_threshold": 25}"#,
        );
        assert_eq!(
            context,
            expected.map_err(|e| vec![(ContextField::Lawyers, e)])
        );
    }

    #[test]
    fn a_context_shown_reads_back_as_itself() {
        let context = read_context(
            r#"{"attorneys": [{"name": "Jane Roe", "email": "jroe@cbp.dhs.gov", "role": "litigation_counsel"}],
                "outside_parties": [{"name": "Acme (Italy) S.p.A.", "adverse": true}],
                "litigation_filed_on": "2020-01-31", "boilerplate_min_repeats": 4, "accept_cues": true}"#,
        )
        .unwrap_or_default();
        assert!(context.accept_cues, "the fixture reads");
        let form = ContextForm::showing(&context);
        assert_eq!(form.read(&context), Ok(context.clone()));
        // What the form does not show comes from the context applied.
        assert!(form.read(&context).is_ok_and(|c| c.accept_cues));
    }

    #[test]
    fn each_field_that_does_not_read_says_why_and_the_text_stays() {
        let form = typed(&[
            (ContextField::Lawyers, "Jane Roe\nJohn Doe (paralegal)"),
            (ContextField::Outsiders, "(adverse)"),
            (ContextField::Anticipated, "last spring"),
            (ContextField::WideDistribution, "1"),
            (ContextField::ContentWords, "two"),
        ]);
        let Err(errors) = form.read(&LogContext::default()) else {
            panic!("the form should not read");
        };
        let fields: Vec<ContextField> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                ContextField::Lawyers,
                ContextField::Outsiders,
                ContextField::Anticipated,
                ContextField::WideDistribution,
                ContextField::ContentWords
            ]
        );
        assert!(
            errors[0]
                .1
                .starts_with("line 2: the role \u{201c}paralegal\u{201d}")
        );
        let form = form.edit(Edit::Refused(errors));
        assert_eq!(form.text(ContextField::Anticipated), "last spring");
        assert!(
            form.error(ContextField::Anticipated)
                .is_some_and(|e| e.contains("YYYY-MM-DD"))
        );
        assert_eq!(form.error(ContextField::Domains), None);
    }

    #[test]
    fn empty_fields_give_the_defaults() {
        assert_eq!(
            ContextForm::default().read(&LogContext::default()),
            Ok(LogContext::default())
        );
    }

    #[test]
    fn markup_and_odd_text_stay_text() {
        let form = typed(&[(
            ContextField::Lawyers,
            "<b>Jane</b> Roe\n=HYPERLINK(\"x\") <a@b.c>\n\u{202e}evil",
        )]);
        let context = form.read(&LogContext::default());
        let names: Vec<String> = context
            .map(|c| c.attorneys.into_iter().map(|a| a.name).collect())
            .unwrap_or_default();
        assert_eq!(
            names,
            ["<b>Jane</b> Roe", "=HYPERLINK(\"x\")", "\u{202e}evil"]
        );
    }
}
