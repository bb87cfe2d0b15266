//! What the reviewer knows of the dispute as a whole (`log_context`, `docs/log-review.md`,
//! "The dispute"): the producing party's lawyers, its own e-mail domains and offices, the
//! outsiders known to be in the case, when litigation was anticipated, and the review's
//! thresholds. Every key is optional; an unknown key or a wrong type is an error naming the key.

use super::read::LogField;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A lawyer of the producing party.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Attorney {
    /// The name as it appears in the log.
    pub name: String,
    /// An e-mail address, if known.
    // Never skipped when empty: the log worker's messages are bincode, which reads every field
    // in order (`to_json` leaves empty ones out of a context file instead).
    pub email: Option<String>,
    /// The lawyer's role.
    pub role: Option<AttorneyRole>,
}

/// What a lawyer does for the producing party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttorneyRole {
    /// In-house counsel.
    InHouse,
    /// Agency counsel.
    AgencyCounsel,
    /// Counsel litigating this case (for a government party, the Department of Justice).
    LitigationCounsel,
    /// Outside counsel.
    OutsideCounsel,
}

impl AttorneyRole {
    const NAMES: [(&'static str, AttorneyRole); 4] = [
        ("in_house", AttorneyRole::InHouse),
        ("agency_counsel", AttorneyRole::AgencyCounsel),
        ("litigation_counsel", AttorneyRole::LitigationCounsel),
        ("outside_counsel", AttorneyRole::OutsideCounsel),
    ];
}

/// An outsider known to be in the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OutsideParty {
    /// The name as it appears in the log (a person, a firm, or an e-mail domain).
    pub name: String,
    /// Whether it is the opponent, its counsel or its agent.
    pub adverse: bool,
}

/// A calendar date (from a context file, or read from a log's date cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day, 1 to 31.
    pub day: u8,
}

impl Date {
    /// A date as a log writes it: `2019-03-04`, `3/4/2019`, `03/04/19`, `March 4, 2019`,
    /// `4 March 2019`, with any time after it ignored. `None` for anything else.
    pub fn read(cell: &str) -> Option<Date> {
        let text = cell.trim();
        let first = text.split(['T', ' ']).next().unwrap_or_default();
        // Three numbers, and no fourth (every entry of a log has a date: nothing is collected).
        let mut numbers = first.split(['-', '/', '.']);
        let number = |s: &str| s.parse::<u16>().ok();
        match [(); 4].map(|()| numbers.next()) {
            [Some(y), Some(m), Some(d), None] if y.len() == 4 => {
                Date::new(number(y)?, number(m)?, number(d)?)
            }
            [Some(m), Some(d), Some(y), None] if y.len() == 4 => {
                Date::new(number(y)?, number(m)?, number(d)?)
            }
            [Some(m), Some(d), Some(y), None] if y.len() == 2 => {
                Date::new(2000 + number(y)?, number(m)?, number(d)?)
            }
            _ => Date::read_words(text),
        }
    }

    /// `March 4, 2019`, `Mar. 4, 2019` or `4 March 2019`.
    fn read_words(text: &str) -> Option<Date> {
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .collect();
        let month = |w: &str| {
            MONTHS
                .iter()
                .position(|m| w.len() >= 3 && w.starts_with(m))
                .and_then(|i| u16::try_from(i + 1).ok())
        };
        let number = |w: &str| w.parse::<u16>().ok();
        match words.as_slice() {
            [m, d, y, ..] if month(m).is_some() => Date::new(number(y)?, month(m)?, number(d)?),
            [d, m, y, ..] if month(m).is_some() => Date::new(number(y)?, month(m)?, number(d)?),
            _ => None,
        }
    }

    fn new(year: u16, month: u16, day: u16) -> Option<Date> {
        ((1000..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
            .then(|| Date {
                year,
                month: u8::try_from(month).unwrap_or(1),
                day: u8::try_from(day).unwrap_or(1),
            })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The dispute as a whole, for the log review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogContext {
    /// The producing party's lawyers.
    pub attorneys: Vec<Attorney>,
    /// The producing party's own e-mail domains.
    pub own_domains: Vec<String>,
    /// The names of the producing party's offices and components.
    pub own_organisations: Vec<String>,
    /// Outsiders known to be in the case.
    pub outside_parties: Vec<OutsideParty>,
    /// When the producing party anticipated this litigation.
    pub litigation_anticipated_from: Option<Date>,
    /// When the case was filed.
    pub litigation_filed_on: Option<Date>,
    /// Recipients (to, cc and bcc together) at which a distribution is wide.
    pub wide_distribution_threshold: u32,
    /// Entries with one description at which it is boilerplate.
    pub boilerplate_min_repeats: u32,
    /// Content words below which a description is conclusory.
    pub min_content_words: u32,
    /// Whether the engine facts a row's words suggest fill the facts nobody stated.
    pub accept_cues: bool,
    /// Columns mapped by hand: heading as written → role.
    pub log_columns: Vec<(String, LogField)>,
}

impl Default for LogContext {
    fn default() -> LogContext {
        LogContext {
            attorneys: Vec::new(),
            own_domains: Vec::new(),
            own_organisations: Vec::new(),
            outside_parties: Vec::new(),
            litigation_anticipated_from: None,
            litigation_filed_on: None,
            wide_distribution_threshold: 10,
            boilerplate_min_repeats: 3,
            min_content_words: 2,
            accept_cues: false,
            log_columns: Vec::new(),
        }
    }
}

/// The keys a context may hold, in the order the documentation lists them.
pub const KEYS: [&str; 11] = [
    "attorneys",
    "own_domains",
    "own_organisations",
    "outside_parties",
    "litigation_anticipated_from",
    "litigation_filed_on",
    "wide_distribution_threshold",
    "boilerplate_min_repeats",
    "min_content_words",
    "accept_cues",
    "log_columns",
];

/// Reads a context from JSON: the `log_context` object itself, or an object holding it under
/// `log_context`. The error names the key and says what is allowed.
pub fn read_context(json: &str) -> Result<LogContext, String> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| format!("log_context: not valid JSON: {e}"))?;
    let Value::Object(object) = value else {
        return Err("log_context: expected a JSON object".into());
    };
    if object.len() == 1 {
        match object.get("log_context") {
            Some(Value::Object(inner)) => return context_from(inner),
            // Not read as an empty context: that would drop what the file meant to say.
            Some(_) => return Err("log_context: expected a JSON object".into()),
            None => {}
        }
    }
    context_from(&object)
}

/// A context from its JSON object.
pub fn context_from(object: &Map<String, Value>) -> Result<LogContext, String> {
    let mut context = LogContext::default();
    for (key, value) in object {
        let at = |what: &str| format!("log_context.{key}: {what}");
        match key.as_str() {
            "attorneys" => context.attorneys = attorneys(value).map_err(|e| at(&e))?,
            "own_domains" => context.own_domains = domains(value).map_err(|e| at(&e))?,
            "own_organisations" => {
                context.own_organisations = strings(value).map_err(|e| at(&e))?
            }
            "outside_parties" => {
                context.outside_parties = outside_parties(value).map_err(|e| at(&e))?;
            }
            "litigation_anticipated_from" => {
                context.litigation_anticipated_from = date(value).map_err(|e| at(&e))?;
            }
            "litigation_filed_on" => {
                context.litigation_filed_on = date(value).map_err(|e| at(&e))?
            }
            "wide_distribution_threshold" => {
                context.wide_distribution_threshold = whole(value, 2).map_err(|e| at(&e))?;
            }
            "boilerplate_min_repeats" => {
                context.boilerplate_min_repeats = whole(value, 2).map_err(|e| at(&e))?;
            }
            "min_content_words" => {
                context.min_content_words = whole(value, 1).map_err(|e| at(&e))?
            }
            "accept_cues" => context.accept_cues = yes_no(value).map_err(|e| at(&e))?,
            "log_columns" => context.log_columns = log_columns(value).map_err(|e| at(&e))?,
            _ => {
                return Err(format!(
                    "log_context: unknown key {key:?}; the keys are {}",
                    KEYS.join(", ")
                ));
            }
        }
    }
    Ok(context)
}

impl LogContext {
    /// The context as the JSON object [`read_context`] reads.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        let mut put = |key: &str, value: Value| {
            object.insert(key.to_string(), value);
        };
        put(
            "attorneys",
            Value::Array(
                self.attorneys
                    .iter()
                    .map(|attorney| {
                        let mut object = Map::new();
                        object.insert("name".into(), Value::from(attorney.name.clone()));
                        if let Some(email) = &attorney.email {
                            object.insert("email".into(), Value::from(email.clone()));
                        }
                        if let Some(role) = attorney.role {
                            object.insert(
                                "role".into(),
                                serde_json::to_value(role).unwrap_or_default(),
                            );
                        }
                        Value::Object(object)
                    })
                    .collect(),
            ),
        );
        put("own_domains", Value::from(self.own_domains.clone()));
        put(
            "own_organisations",
            Value::from(self.own_organisations.clone()),
        );
        put(
            "outside_parties",
            serde_json::to_value(&self.outside_parties).unwrap_or_default(),
        );
        if let Some(date) = self.litigation_anticipated_from {
            put("litigation_anticipated_from", Value::from(date.to_string()));
        }
        if let Some(date) = self.litigation_filed_on {
            put("litigation_filed_on", Value::from(date.to_string()));
        }
        put(
            "wide_distribution_threshold",
            Value::from(self.wide_distribution_threshold),
        );
        put(
            "boilerplate_min_repeats",
            Value::from(self.boilerplate_min_repeats),
        );
        put("min_content_words", Value::from(self.min_content_words));
        put("accept_cues", Value::from(self.accept_cues));
        if !self.log_columns.is_empty() {
            put(
                "log_columns",
                Value::Object(
                    self.log_columns
                        .iter()
                        .map(|(h, f)| (h.clone(), Value::from(f.role_name())))
                        .collect(),
                ),
            );
        }
        Value::Object(object)
    }
}

fn strings(value: &Value) -> Result<Vec<String>, String> {
    let Value::Array(items) = value else {
        return Err("expected an array of strings".into());
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            Value::String(_) => Err(format!("item {} is empty", i + 1)),
            _ => Err(format!("item {} is not a string", i + 1)),
        })
        .collect()
}

/// E-mail domains, lower case, without a leading `@`. One that is nothing else (`"@"`, `"@ "`)
/// is an error: kept as "", it was written back as an empty item, which does not read.
fn domains(value: &Value) -> Result<Vec<String>, String> {
    strings(value)?
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let domain = d
                .trim_start_matches(|c: char| c == '@' || c.is_whitespace())
                .to_lowercase();
            if domain.is_empty() {
                Err(format!("item {} is not a domain", i + 1))
            } else {
                Ok(domain)
            }
        })
        .collect()
}

/// The fields of an array item that is an object, each checked against `allowed`.
fn item_object<'a>(
    item: &'a Value,
    index: usize,
    allowed: &[&str],
) -> Result<&'a Map<String, Value>, String> {
    let Value::Object(object) = item else {
        return Err(format!("item {} is not an object", index + 1));
    };
    if let Some(key) = object.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(format!(
            "item {}: unknown key {key:?}; the keys are {}",
            index + 1,
            allowed.join(", ")
        ));
    }
    Ok(object)
}

fn text_field(
    object: &Map<String, Value>,
    key: &str,
    index: usize,
) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!(
            "item {}: {key} must be a non-empty string",
            index + 1
        )),
    }
}

fn attorneys(value: &Value) -> Result<Vec<Attorney>, String> {
    let Value::Array(items) = value else {
        return Err("expected an array of {name, email, role}".into());
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let object = item_object(item, i, &["name", "email", "role"])?;
            let name = text_field(object, "name", i)?
                .ok_or_else(|| format!("item {}: name is required", i + 1))?;
            let email = text_field(object, "email", i)?.map(|e| e.to_lowercase());
            let role = match text_field(object, "role", i)? {
                None => None,
                Some(role) => Some(
                    AttorneyRole::NAMES
                        .iter()
                        .find(|(n, _)| *n == role)
                        .map(|(_, r)| *r)
                        .ok_or_else(|| {
                            format!(
                                "item {}: role {role:?} is not one of {}",
                                i + 1,
                                AttorneyRole::NAMES.map(|(n, _)| n).join(", ")
                            )
                        })?,
                ),
            };
            Ok(Attorney { name, email, role })
        })
        .collect()
}

fn outside_parties(value: &Value) -> Result<Vec<OutsideParty>, String> {
    let Value::Array(items) = value else {
        return Err("expected an array of {name, adverse}".into());
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let object = item_object(item, i, &["name", "adverse"])?;
            let name = text_field(object, "name", i)?
                .ok_or_else(|| format!("item {}: name is required", i + 1))?;
            let adverse = match object.get("adverse") {
                None | Some(Value::Null) => false,
                Some(value) => {
                    yes_no(value).map_err(|e| format!("item {}: adverse: {e}", i + 1))?
                }
            };
            Ok(OutsideParty { name, adverse })
        })
        .collect()
}

fn date(value: &Value) -> Result<Option<Date>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Date::read(s)
            .map(Some)
            .ok_or_else(|| format!("{s:?} is not a date (write it as YYYY-MM-DD)")),
        _ => Err("expected a date as a string, YYYY-MM-DD".into()),
    }
}

fn whole(value: &Value, least: u32) -> Result<u32, String> {
    value
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n >= least)
        .ok_or_else(|| format!("{value} is not a whole number of at least {least}"))
}

fn yes_no(value: &Value) -> Result<bool, String> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("yes") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("no") => Ok(false),
        _ => Err(format!("{value} is not yes/no (or true/false)")),
    }
}

fn log_columns(value: &Value) -> Result<Vec<(String, LogField)>, String> {
    let Value::Object(object) = value else {
        return Err("expected an object of heading → role".into());
    };
    object
        .iter()
        .map(|(heading, role)| {
            let name = role.as_str().unwrap_or_default();
            LogField::from_role_name(name)
                .map(|field| (heading.clone(), field))
                .ok_or_else(|| {
                    format!(
                        "{heading:?}: {role} is not a column role ({}, or a fact name)",
                        LogField::DESCRIPTIVE.map(LogField::role_name).join(", ")
                    )
                })
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;

    #[test]
    fn a_full_context_reads_and_writes_back() {
        let json = r#"{
            "attorneys": [{"name": "J. Ramirez", "email": "J.Ramirez@cbp.dhs.gov", "role": "agency_counsel"},
                          {"name": "K. Lee", "role": "litigation_counsel"}],
            "own_domains": ["@cbp.dhs.gov", "usdoj.gov"],
            "own_organisations": ["Office of Chief Counsel", "Fines, Penalties and Forfeitures"],
            "outside_parties": [{"name": "Acme Imports", "adverse": true}, {"name": "Harbor Brokers", "adverse": "no"}],
            "litigation_anticipated_from": "2021-06-01",
            "litigation_filed_on": "2022-01-15",
            "wide_distribution_threshold": 12,
            "accept_cues": "yes",
            "log_columns": {"Beg. No.": "bates_begin"}
        }"#;
        let context = read_context(json).unwrap();
        assert_eq!(
            context.attorneys[0].email.as_deref(),
            Some("j.ramirez@cbp.dhs.gov")
        );
        assert_eq!(
            context.attorneys[1].role,
            Some(AttorneyRole::LitigationCounsel)
        );
        assert_eq!(context.own_domains, vec!["cbp.dhs.gov", "usdoj.gov"]);
        assert!(context.outside_parties[0].adverse && !context.outside_parties[1].adverse);
        assert_eq!(
            context.litigation_anticipated_from,
            Some(Date {
                year: 2021,
                month: 6,
                day: 1
            })
        );
        assert_eq!(context.wide_distribution_threshold, 12);
        assert_eq!(context.boilerplate_min_repeats, 3, "the default");
        assert!(context.accept_cues);
        assert_eq!(
            context.log_columns,
            vec![("Beg. No.".to_string(), LogField::BatesBegin)]
        );
        let again = read_context(&context.to_json().to_string()).unwrap();
        assert_eq!(again, context);
        let wrapped = read_context(&format!("{{\"log_context\": {json}}}")).unwrap();
        assert_eq!(wrapped, context);
    }

    #[test]
    fn errors_name_the_key() {
        let error = |json: &str| read_context(json).unwrap_err();
        assert!(error(r#"{"atorneys": []}"#).contains("unknown key \"atorneys\""));
        assert!(error(r#"{"wide_distribution_threshold": 1}"#).starts_with(
            "log_context.wide_distribution_threshold: 1 is not a whole number of at least 2"
        ));
        assert!(
            error(r#"{"attorneys": [{"name": "X", "role": "judge"}]}"#)
                .contains("log_context.attorneys: item 1: role \"judge\" is not one of in_house")
        );
        assert!(
            error(r#"{"litigation_anticipated_from": "soon"}"#)
                .contains("log_context.litigation_anticipated_from: \"soon\" is not a date")
        );
        assert!(
            error(r#"{"log_columns": {"X": "bates"}}"#).contains("log_context.log_columns: \"X\"")
        );
        assert!(error("[1]").contains("expected a JSON object"));
        assert!(error("{").contains("not valid JSON"));
    }

    #[test]
    fn dates_as_logs_write_them() {
        let d = |y, m, d| {
            Some(Date {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(Date::read("2019-03-04"), d(2019, 3, 4));
        assert_eq!(Date::read("3/4/2019"), d(2019, 3, 4));
        assert_eq!(Date::read("03/04/19"), d(2019, 3, 4));
        assert_eq!(Date::read("March 4, 2019"), d(2019, 3, 4));
        assert_eq!(Date::read("4 Mar. 2019"), d(2019, 3, 4));
        assert_eq!(Date::read("2019-03-04T10:00:00Z"), d(2019, 3, 4));
        assert_eq!(Date::read("Unknown"), None);
        assert_eq!(Date::read("13/45/2019"), None);
    }
}
