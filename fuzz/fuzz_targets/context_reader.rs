//! The `log_context` reader (`read_context`, and `context_from` on the object itself) on any
//! text (bytes read as UTF-8, invalid sequences replaced).
//!
//! What must hold: nothing panics; a refusal names `log_context`; only an object of known keys
//! (or one holding such an object under `log_context`) reads; a context that reads writes back
//! (`to_json`) to JSON that reads as the same context, and writes the same JSON again.

#![no_main]

use libfuzzer_sys::fuzz_target;
use privcheck::log::context::{KEYS, context_from, read_context};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let context = match read_context(&text) {
        Ok(context) => context,
        Err(message) => {
            assert!(message.starts_with("log_context"), "{message}");
            return;
        }
    };
    // Nothing the file says is dropped: every key is read, or the whole read is refused.
    let value: Value = serde_json::from_str(&text).expect("it read, so it is JSON");
    let object = value.as_object().expect("it read, so it is an object");
    let object = match object.get("log_context") {
        Some(Value::Object(inner)) if object.len() == 1 => inner,
        _ => object,
    };
    assert!(object.keys().all(|k| KEYS.contains(&k.as_str())), "{text}");

    let json = context.to_json();
    let again = read_context(&json.to_string())
        .unwrap_or_else(|e| panic!("{json} does not read back: {e}"));
    assert_eq!(again, context, "{json}");
    assert_eq!(again.to_json(), json);
    // The object itself, as the app passes it.
    let object = json.as_object().expect("to_json writes an object");
    assert_eq!(context_from(object).as_ref(), Ok(&context));
});
