//! Reading a request (`docs/contract.md`): `{ "mode": "full", "facts": { … } }`.
//!
//! Nothing is guessed: an unknown key, a wrong type or a value outside an enum is an [`Error`] that
//! names the key, what was given and what is allowed.

use super::error::{Error, ErrorKind};
use super::facts::{Domain, FACTS, Fact, Facts, Ground, NO, YES};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The largest request the engine reads, in bytes. A request is a few hundred bytes; anything
/// near this is not a request.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// Which rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Only the rules the opinion states or implies (R1–R13).
    Seed,
    /// The opinion's rules plus the doctrine overlays D1–D13.
    #[default]
    Full,
}

impl Mode {
    /// The mode's name in a request.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Seed => "seed",
            Mode::Full => "full",
        }
    }

    /// The mode called `name`.
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "seed" => Some(Mode::Seed),
            "full" => Some(Mode::Full),
            _ => None,
        }
    }
}

/// A request: the mode and what counsel stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Request {
    /// Which rules apply.
    pub mode: Mode,
    /// The facts.
    pub facts: Facts,
}

const OPPOSITION_GROUNDS: &str = "opposition_grounds";

impl Request {
    /// The request packed into one number, equal exactly when the requests are: every fact in as
    /// few bits as its answers need (unknown included), and the mode. For caching verdicts.
    pub fn key(&self) -> u128 {
        let mut key = u128::from(self.mode == Mode::Full);
        let mut shift = 1;
        for (value, info) in self.facts.raw().iter().zip(FACTS.iter()) {
            // Enough bits for every answer and "unknown".
            let bits = u32::BITS - (u32::from(info.domain.len()) + 1).leading_zeros();
            key |= u128::from(value.map_or(0, |v| v + 1)) << shift;
            shift += bits;
        }
        key
    }

    /// Reads a request from JSON text.
    pub fn from_json_str(text: &str) -> Result<Request, Error> {
        if text.len() > MAX_REQUEST_BYTES {
            return Err(Error::new(ErrorKind::TooLarge {
                size: text.len(),
                limit: MAX_REQUEST_BYTES,
            }));
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::Syntax {
                detail: e.to_string(),
            })
        })?;
        Request::from_json(&value)
    }

    /// Reads a request from a JSON value.
    pub fn from_json(value: &Value) -> Result<Request, Error> {
        let object = as_object(value, "request")?;
        let mut request = Request::default();
        for (key, value) in object {
            match key.as_str() {
                "mode" => request.mode = read_mode(value)?,
                "facts" => request.facts = read_facts(value)?,
                _ => {
                    return Err(unknown_key(
                        &format!("request.{key}"),
                        key,
                        &["mode", "facts"],
                    ));
                }
            }
        }
        Ok(request)
    }

    /// The request as JSON, in the form [`Request::from_json`] reads.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        object.insert("mode".into(), Value::from(self.mode.name()));
        object.insert("facts".into(), facts_to_json(&self.facts));
        Value::Object(object)
    }
}

/// Reads the `mode` value.
pub fn read_mode(value: &Value) -> Result<Mode, Error> {
    match value {
        Value::String(name) => Mode::from_name(name).ok_or_else(|| {
            Error::new(ErrorKind::NotAllowed {
                key: "mode".into(),
                given: given(value),
                allowed: vec!["seed".into(), "full".into()],
            })
        }),
        _ => Err(Error::new(ErrorKind::WrongType {
            key: "mode".into(),
            given: given(value),
            expected: "\"seed\" or \"full\"".into(),
        })),
    }
}

/// Reads a `facts` object.
pub fn read_facts(value: &Value) -> Result<Facts, Error> {
    let object = as_object(value, "facts")?;
    let mut facts = Facts::unknown();
    for (key, value) in object {
        let path = format!("facts.{key}");
        if key == OPPOSITION_GROUNDS {
            if let Some(other) = object.keys().find(|k| k.starts_with("opposition_grounds.")) {
                return Err(Error::new(ErrorKind::Conflict {
                    key: path,
                    other: format!("facts.{other}"),
                }));
            }
            read_grounds(&mut facts, &path, value)?;
            continue;
        }
        let Some(fact) = Fact::from_name(key) else {
            let names: Vec<&str> = FACTS
                .iter()
                .map(|info| info.name)
                .filter(|name| !name.contains('.'))
                .chain([OPPOSITION_GROUNDS])
                .collect();
            return Err(unknown_key(&path, key, &names));
        };
        facts.set(fact, read_value(fact, &path, value)?);
    }
    Ok(facts)
}

fn read_value(fact: Fact, path: &str, value: &Value) -> Result<Option<u8>, Error> {
    let domain = fact.info().domain;
    match (domain, value) {
        (_, Value::Null) => Ok(None),
        (Domain::YesNo, Value::Bool(b)) => Ok(Some(if *b { YES } else { NO })),
        (Domain::YesNo, _) => Err(Error::new(ErrorKind::WrongType {
            key: path.into(),
            given: given(value),
            expected: "true, false or null (unknown)".into(),
        })),
        (Domain::OneOf(_), Value::String(name)) => match domain.index_of(name) {
            Some(index) => Ok(Some(index)),
            None => Err(not_allowed(path, value, &domain.names())),
        },
        (Domain::OneOf(_), _) => Err(Error::new(ErrorKind::WrongType {
            key: path.into(),
            given: given(value),
            expected: format!(
                "one of {} as a string, or null (unknown)",
                domain.names().join(", ")
            ),
        })),
    }
}

fn read_grounds(facts: &mut Facts, path: &str, value: &Value) -> Result<(), Error> {
    let items = match value {
        Value::Null => return Ok(()),
        Value::Array(items) => items,
        _ => {
            return Err(Error::new(ErrorKind::WrongType {
                key: path.into(),
                given: given(value),
                expected: "an array of grounds (empty for no opposition), or null (unknown)".into(),
            }));
        }
    };
    // A known array is the complete list of grounds raised.
    for ground in Ground::ALL {
        facts.set(Fact::of_ground(*ground), Some(NO));
    }
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Value::String(name) = item else {
            return Err(Error::new(ErrorKind::WrongType {
                key: item_path,
                given: given(item),
                expected: format!("one of {} as a string", ground_names().join(", ")),
            }));
        };
        let Some(ground) = Ground::ALL.iter().find(|g| g.name() == name) else {
            return Err(not_allowed(&item_path, item, &ground_names()));
        };
        facts.set(Fact::of_ground(*ground), Some(YES));
    }
    Ok(())
}

/// The contract names of the opposition grounds.
fn ground_names() -> Vec<&'static str> {
    Ground::CHOICES.iter().map(|c| c.name).collect()
}

/// The facts as a JSON object: known facts only; the opposition grounds as an array when all are
/// known, else one dotted key per known ground.
pub fn facts_to_json(facts: &Facts) -> Value {
    let mut object = Map::new();
    let grounds_complete = facts.grounds_stated();
    let mut grounds = Vec::new();
    for fact in Fact::all() {
        let Some(value) = facts.get(fact) else {
            continue;
        };
        if let Some(ground) = fact.ground()
            && grounds_complete
        {
            if value == YES {
                grounds.push(Value::from(ground.name()));
            }
            continue;
        }
        let json = match fact.info().domain {
            Domain::YesNo => Value::Bool(value == YES),
            domain => Value::from(domain.value_name(value)),
        };
        object.insert(fact.name().into(), json);
    }
    if grounds_complete {
        object.insert(OPPOSITION_GROUNDS.into(), Value::Array(grounds));
    }
    Value::Object(object)
}

fn as_object<'a>(value: &'a Value, key: &str) -> Result<&'a Map<String, Value>, Error> {
    value.as_object().ok_or_else(|| {
        Error::new(ErrorKind::NotAnObject {
            key: key.into(),
            given: given(value),
        })
    })
}

fn not_allowed(path: &str, value: &Value, names: &[&str]) -> Error {
    Error::new(ErrorKind::NotAllowed {
        key: path.into(),
        given: given(value),
        allowed: names.iter().map(|n| (*n).to_string()).collect(),
    })
}

fn unknown_key(path: &str, key: &str, known: &[&str]) -> Error {
    let suggestion = known
        .iter()
        .map(|name| (edit_distance(key, name), *name))
        .filter(|(distance, name)| *distance <= 2.max(name.len() / 4))
        .min()
        .map(|(_, name)| name.to_string());
    Error::new(ErrorKind::UnknownKey {
        key: path.into(),
        suggestion,
    })
}

/// A short, safe rendering of what was given: JSON, cut to 60 characters.
fn given(value: &Value) -> String {
    let text = value.to_string();
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{kind} {cut}…")
    } else {
        format!("{kind} {text}")
    }
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let deletion = previous.get(j + 1).copied().unwrap_or(0) + 1;
            let insertion = current.get(j).copied().unwrap_or(0) + 1;
            current.push(substitution.min(deletion).min(insertion));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::Claimant;

    fn error(text: &str) -> Error {
        Request::from_json_str(text).unwrap_err()
    }

    #[test]
    fn reads_the_contract_example() {
        let r = Request::from_json_str(
            r#"{ "mode": "full", "facts": { "deliberative": true, "claimant": "agency_head", "opposition_grounds": ["premature"] } }"#,
        )
        .unwrap();
        assert_eq!(r.mode, Mode::Full);
        assert_eq!(r.facts.get_bool(Fact::Deliberative), Some(true));
        assert_eq!(
            r.facts.get(Fact::Claimant),
            Some(Claimant::AgencyHead.index())
        );
        assert_eq!(r.facts.get_bool(Fact::OppositionPremature), Some(true));
        assert_eq!(r.facts.get_bool(Fact::OppositionNeed), Some(false));
        assert_eq!(r.facts.get(Fact::PersonalReview), None);
    }

    #[test]
    fn mode_defaults_to_full_and_null_is_unknown() {
        let r =
            Request::from_json_str(r#"{"facts": {"affidavit": null, "opposition_grounds": null}}"#)
                .unwrap();
        assert_eq!(r.mode, Mode::Full);
        assert_eq!(r.facts, Facts::unknown());
    }

    #[test]
    fn errors_name_key_value_and_what_is_allowed() {
        let e = error(r#"{"facts": {"claimant": "boss"}}"#);
        assert_eq!(
            e.message(),
            "facts.claimant: given a string \"boss\"; allowed: agency_head, delegated_official, subordinate, counsel, president"
        );
        let e = error(r#"{"facts": {"personal_reviw": true}}"#);
        assert_eq!(
            e.message(),
            "facts.personal_reviw: unknown key (did you mean \"personal_review\"?)"
        );
        let e = error(r#"{"facts": {"affidavit": "yes"}}"#);
        assert_eq!(
            e.message(),
            "facts.affidavit: given a string \"yes\"; allowed: true, false or null (unknown)"
        );
        let e = error(r#"{"mode": "strict"}"#);
        assert_eq!(
            e.message(),
            "mode: given a string \"strict\"; allowed: seed, full"
        );
        let e = error(r#"{"facts": {"opposition_grounds": ["premature", "vibes"]}}"#);
        assert!(
            e.message()
                .starts_with("facts.opposition_grounds[1]: given a string \"vibes\"")
        );
        let e = error(r#"{"facts": []}"#);
        assert_eq!(
            e.message(),
            "facts: expected a JSON object, given an array []"
        );
        let e = error("{\"facts\": ");
        assert!(matches!(e.kind(), ErrorKind::Syntax { .. }));
    }

    #[test]
    fn grounds_one_way_only() {
        let e = error(r#"{"facts": {"opposition_grounds": [], "opposition_grounds.need": true}}"#);
        assert!(matches!(e.kind(), ErrorKind::Conflict { .. }));
        let r = Request::from_json_str(r#"{"facts": {"opposition_grounds.need": true}}"#).unwrap();
        assert_eq!(r.facts.get_bool(Fact::OppositionNeed), Some(true));
        assert_eq!(r.facts.get(Fact::OppositionWaiver), None);
    }

    #[test]
    fn json_round_trip() {
        for text in [
            r#"{"mode":"seed","facts":{"deliberative":true,"opposition_grounds":["need","waiver"]}}"#,
            r#"{"mode":"full","facts":{"opposition_grounds.need":false,"setting":"foia"}}"#,
        ] {
            let r = Request::from_json_str(text).unwrap();
            assert_eq!(Request::from_json(&r.to_json()).unwrap(), r);
        }
    }

    #[test]
    fn keys_fit_and_tell_requests_apart() {
        let bits: u32 = Fact::all()
            .map(|f| u32::BITS - (u32::from(f.info().domain.len()) + 1).leading_zeros())
            .sum();
        assert!(bits < 128, "{bits} bits");
        let a = Request::default();
        let mut b = a;
        b.facts.set(Fact::InspectedInCamera, Some(0));
        let mut c = a;
        c.mode = Mode::Seed;
        assert_ne!(a.key(), b.key());
        assert_ne!(a.key(), c.key());
        assert_eq!(a.key(), Request::default().key());
    }

    #[test]
    fn oversized_input_is_refused() {
        let text = " ".repeat(MAX_REQUEST_BYTES + 1);
        assert!(matches!(error(&text).kind(), ErrorKind::TooLarge { .. }));
    }
}
