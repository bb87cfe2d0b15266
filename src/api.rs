//! The JS API: what `privcheck.js` exports to pages that embed the checker. A thin adapter:
//! convert, call the engine, convert back. Errors are thrown as objects with a `kind` and a
//! `message` (the engine's [`Error`](crate::engine::Error)), never as a panic.

use crate::engine::{self, RULEBOOK, Request, verdict};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serialises for JS: maps as plain objects, so `leads_to` reads as `{ "true": [...] }`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error_object("internal", &e.to_string()))
}

fn error_object(kind: &str, message: &str) -> JsValue {
    #[derive(Serialize)]
    struct Thrown<'a> {
        kind: &'a str,
        message: &'a str,
    }
    to_js(&Thrown { kind, message }).unwrap_or_else(|_| JsValue::from_str(message))
}

/// Decides a request (`docs/contract.md`): `{ mode, facts }`, as an object or as JSON text. Returns the
/// verdict; throws `{ kind, message, … }` for a request it cannot read.
#[wasm_bindgen]
pub fn check(request: JsValue) -> Result<JsValue, JsValue> {
    let request = if let Some(text) = request.as_string() {
        Request::from_json_str(&text)
    } else {
        let value: serde_json::Value = serde_wasm_bindgen::from_value(request).map_err(|e| {
            error_object(
                "not_an_object",
                &format!("request: expected an object or JSON text ({e})"),
            )
        })?;
        Request::from_json(&value)
    };
    match request {
        Ok(request) => to_js(&engine::evaluate(&request)),
        Err(error) => Err(to_js(&error)?),
    }
}

/// The rulebook: every rule with its id, basis, source, paragraph, quote and authorities.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(RULEBOOK)
}

/// The program's and the rulebook's versions.
#[wasm_bindgen]
pub fn version() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Version {
        privcheck: &'static str,
        doctrine: &'static str,
        as_of: &'static str,
    }
    to_js(&Version {
        privcheck: env!("CARGO_PKG_VERSION"),
        doctrine: verdict::DOCTRINE_VERSION,
        as_of: verdict::DOCTRINE_AS_OF,
    })
}
