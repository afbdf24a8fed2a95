//! Reading the options objects callers pass, safely and once.
//!
//! An options object is read into [`OptionValues`] (its own enumerable string-keyed properties)
//! inside `catch` imports: a revoked Proxy, a throwing getter or trap is an `unreadable_value`
//! issue at its path, never a foreign exception, and nothing reads the caller's object again.
//! Every key is checked against the function's list in [`crate::client`] (`CLIENT_OPTIONS`,
//! `CREATE_OPTIONS`, ...), so the JS wrapper holds no option names.
//!
//! Read property by property rather than with `serde_wasm_bindgen::from_value` into typed
//! structs: every type error of serde-wasm-bindgen 0.6.5's `Deserializer` (`invalid_type_`)
//! builds `Unexpected::Float`, which links core's float printing (`flt2dec`): +10.4 KB gzip
//! measured, more than the .wasm's room under its 120 KiB budget.

use super::convert::{is_array, js_to_json, object_keys, reflect_get};
use crate::client::{is_option, options_not_an_object, unknown_option};
use crate::json_pointer::JsonPointer;
use crate::validate::{IssueCode, ValidationIssue};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// The properties of one options object, as read (in the object's key order).
#[derive(Default)]
pub struct OptionValues {
    entries: Vec<(String, JsValue)>,
}

impl OptionValues {
    /// Reads `given` (`undefined` or `null`: no options). Problems go to `issues`: a key that is
    /// not one of `known` (left out) or a property that throws; `None` when `given` is not an
    /// object or its keys cannot be listed (nothing else is worth checking then).
    pub fn read(
        given: &JsValue,
        known: &[&[&'static str]],
        issues: &mut Vec<ValidationIssue>,
    ) -> Option<Self> {
        if given.is_undefined() || given.is_null() {
            return Some(Self::default());
        }
        if !given.is_object() || is_array(given) == Ok(true) {
            issues.push(options_not_an_object());
            return None;
        }
        // A revoked Proxy throws in `Array.isArray`, a throwing `ownKeys` trap in `Object.keys`.
        let Ok(keys) = is_array(given).and_then(|_| object_keys(given)) else {
            issues.push(ValidationIssue::error(
                "",
                IssueCode::UnreadableValue,
                "reading the options threw an exception (revoked Proxy? throwing trap?)",
            ));
            return None;
        };
        let mut entries = Vec::new();
        for key in keys.iter() {
            let Some(name) = key.as_string() else {
                continue;
            };
            if !is_option(&name, known) {
                issues.push(unknown_option(&name, known));
                continue;
            }
            match reflect_get(given, &key) {
                Ok(value) => entries.push((name, value)),
                Err(_) => issues.push(ValidationIssue::error(
                    JsonPointer::root().key(&name).as_str(),
                    IssueCode::UnreadableValue,
                    "reading this option threw an exception",
                )),
            }
        }
        Some(Self { entries })
    }

    /// The value of option `name`; `undefined` when absent.
    pub fn get(&self, name: &str) -> JsValue {
        self.entries
            .iter()
            .find(|(key, _)| key == name)
            .map_or(JsValue::UNDEFINED, |(_, value)| value.clone())
    }

    /// The options `keep` selects, as one new plain JS object.
    pub fn object(&self, keep: impl Fn(&str) -> bool) -> Object {
        let object = Object::new();
        for (key, value) in self.entries.iter().filter(|(key, _)| keep(key)) {
            // Setting a property of the plain object just created cannot fail.
            let _ = Reflect::set(&object, &JsValue::from_str(key), value);
        }
        object
    }

    /// The options `keep` selects as JSON, for the Rust readers of
    /// [`crate::client`]; values JSON cannot carry are issues at their paths.
    pub fn json(
        &self,
        keep: impl Fn(&str) -> bool,
        issues: &mut Vec<ValidationIssue>,
    ) -> serde_json::Value {
        let conversion = js_to_json(&self.object(keep).into());
        issues.extend(conversion.issues);
        conversion.value
    }

    /// The value of option `name` unless it is absent, `undefined` or `null` (all mean "not set").
    pub fn present(&self, name: &str) -> Option<JsValue> {
        Some(self.get(name)).filter(|value| !value.is_undefined() && !value.is_null())
    }

    /// A boolean option: `None` when not set ([`OptionValues::present`]); an `invalid_type`
    /// issue when it is something else.
    pub fn boolean(&self, name: &str, issues: &mut Vec<ValidationIssue>) -> Option<bool> {
        let flag = self.present(name)?.as_bool();
        if flag.is_none() {
            issues.push(ValidationIssue::error(
                JsonPointer::root().key(name).as_str(),
                IssueCode::InvalidType,
                "must be a boolean",
            ));
        }
        flag
    }
}
