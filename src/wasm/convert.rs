//! Conversion between JS values and `serde_json::Value`, safe for any input.
//!
//! `js_to_json` never throws, never recurses without bound and never lets a JS exception
//! unwind through wasm frames: every JS operation that can throw (proxies, getters, revoked
//! proxies) is imported with `catch`. Values JSON cannot carry are reported as issues at their
//! path and replaced by `null`, so validation can go on and report everything at once.

use crate::json_pointer::JsonPointer;
use crate::validate::IssueCode;
use crate::validate::ValidationIssue;
use serde::Serialize;
use serde_json::{Map, Number, Value};
use wasm_bindgen::prelude::*;

/// Nesting deeper than this is reported as `too_deep` (a valid request is 5 levels deep).
pub const MAX_DEPTH: usize = 64;
/// More values than this in one input is reported as `too_large`.
pub const MAX_NODES: usize = 100_000;

/// `[MAX_DEPTH, MAX_NODES]`, for the JS wrapper's fast path (pkg-template/src/plain-json.js),
/// which sends larger or deeper values to the careful path. Internal (no TypeScript).
#[wasm_bindgen(js_name = jsonLimits, skip_typescript)]
pub fn json_limits() -> Vec<u32> {
    [MAX_DEPTH, MAX_NODES].iter().map(|&n| n as u32).collect()
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    pub(super) fn object_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    pub(super) fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    pub(super) fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = is)]
    fn object_is(a: &JsValue, b: &JsValue) -> bool;
}

/// The JSON value read from a JS value, and what could not be represented.
pub struct Conversion {
    /// The value, with unrepresentable parts replaced by `null`.
    pub value: Value,
    /// One issue per unrepresentable part, in document order.
    pub issues: Vec<ValidationIssue>,
}

/// Reads any JS value as JSON, reporting what JSON cannot carry.
pub fn js_to_json(input: &JsValue) -> Conversion {
    let mut reader = Reader {
        issues: Vec::new(),
        nodes: 0,
        too_large_reported: false,
        ancestors: Vec::new(),
    };
    let value = reader.read(input, &JsonPointer::root());
    Conversion {
        value,
        issues: reader.issues,
    }
}

/// Writes a value as plain JS data (objects, arrays, strings, numbers), exactly as `JSON.parse`
/// would read its JSON text: integers beyond 2^53 become the nearest double, as in any JS client,
/// instead of failing the whole conversion. For JSON data that is passed on as JSON (Dintero's
/// bodies); structured values of this crate cross with [`to_js`].
pub fn json_to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// Writes one of this crate's structured values (validation issues, error objects, the client
/// summary) as plain JS data with serde-wasm-bindgen: maps become plain objects, `None` fields are
/// skipped or `null`, as `JSON.parse` would give them. serde-wasm-bindgen refuses integers past
/// 2^53 (one could come from Dintero inside an error's `errors`); such a value takes the JSON
/// text path of [`json_to_js`] instead, so nothing fails.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or_else(|_| json_to_js(value))
}

struct Reader {
    issues: Vec<ValidationIssue>,
    nodes: usize,
    too_large_reported: bool,
    ancestors: Vec<JsValue>,
}

/// A JS string holding a lone surrogate: half of a UTF-16 pair, which UTF-8 (and so JSON text
/// sent over HTTP) cannot carry. Converting it would silently put U+FFFD in its place.
#[derive(Debug)]
pub struct LoneSurrogate;

/// The text of `v` if it is a string, exactly: `Err(LoneSurrogate)` instead of a text with
/// U+FFFD in place of a lone surrogate.
pub fn exact_string(v: &JsValue) -> Option<Result<String, LoneSurrogate>> {
    let text = v.as_string()?;
    // The conversion writes U+FFFD for each lone surrogate: only then compare with the original.
    if text.contains('\u{fffd}') && JsValue::from_str(&text) != *v {
        return Some(Err(LoneSurrogate));
    }
    Some(Ok(text))
}

impl Reader {
    fn lone_surrogate(&mut self, path: &JsonPointer, what: &str) -> Value {
        self.unsupported(
            path,
            IssueCode::LoneSurrogate,
            format!(
                "this {what} contains a lone surrogate (half of a UTF-16 pair such as \"\\ud800\"), \
                 which JSON text cannot carry; it would be sent as U+FFFD"
            ),
        )
    }

    fn unsupported(&mut self, path: &JsonPointer, code: IssueCode, message: String) -> Value {
        self.issues
            .push(ValidationIssue::error(path.as_str(), code, message));
        Value::Null
    }

    /// Reports `too_large` once, at the first value beyond the limit; nothing more is read.
    fn too_large(&mut self, path: &JsonPointer) -> Value {
        if !self.too_large_reported {
            self.too_large_reported = true;
            self.unsupported(
                path,
                IssueCode::TooLarge,
                format!("the input holds more than {MAX_NODES} values"),
            );
        }
        self.nodes = MAX_NODES + 1;
        Value::Null
    }

    fn read(&mut self, v: &JsValue, path: &JsonPointer) -> Value {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return self.too_large(path);
        }
        if v.is_null() || v.is_undefined() {
            return Value::Null;
        }
        if let Some(b) = v.as_bool() {
            return Value::Bool(b);
        }
        if let Some(n) = v.as_f64() {
            return number(n).unwrap_or_else(|| {
                let name = non_finite_name(n);
                self.unsupported(
                    path,
                    IssueCode::InvalidNumber,
                    format!("{name} is not a finite number and cannot be sent as JSON"),
                )
            });
        }
        if let Some(text) = exact_string(v) {
            return match text {
                Ok(text) => Value::String(text),
                Err(LoneSurrogate) => self.lone_surrogate(path, "text"),
            };
        }
        if v.is_bigint() {
            return self.unsupported(
                path,
                IssueCode::UnsupportedValue,
                "a BigInt cannot be sent as JSON: pass a number or a string".into(),
            );
        }
        if v.is_symbol() || v.is_function() {
            let what = if v.is_symbol() {
                "a Symbol"
            } else {
                "a function"
            };
            return self.unsupported(
                path,
                IssueCode::UnsupportedValue,
                format!("{what} cannot be sent as JSON"),
            );
        }
        if self.ancestors.iter().any(|a| object_is(a, v)) {
            return self.unsupported(
                path,
                IssueCode::CircularReference,
                "this value contains itself (a circular reference)".into(),
            );
        }
        if self.ancestors.len() >= MAX_DEPTH {
            return self.unsupported(
                path,
                IssueCode::TooDeep,
                format!("nesting deeper than {MAX_DEPTH} levels is not accepted"),
            );
        }
        self.ancestors.push(v.clone());
        let out = match is_array(v) {
            Ok(true) => self.read_array(v, path),
            Ok(false) => self.read_object(v, path),
            Err(_) => self.unsupported(
                path,
                IssueCode::UnreadableValue,
                "this value cannot be read (revoked proxy?)".into(),
            ),
        };
        self.ancestors.pop();
        out
    }

    fn read_array(&mut self, v: &JsValue, path: &JsonPointer) -> Value {
        let length = match reflect_get(v, &JsValue::from_str("length")) {
            Ok(length) => length.as_f64(),
            Err(_) => {
                return self.unsupported(
                    path,
                    IssueCode::UnreadableValue,
                    "reading this array's length threw an exception".into(),
                )
            }
        };
        // A real array's length is an integer below 2^32; a Proxy may report anything.
        let Some(len) = length
            .filter(|l| l.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(l))
            .map(|l| l as usize)
        else {
            return self.unsupported(
                path,
                IssueCode::UnreadableValue,
                "this array reports a length that is not a valid array length".into(),
            );
        };
        // Every index counts toward the limit, holes and `undefined` items too (each reads as
        // `null`), so a huge reported length ends here instead of being walked.
        if len > MAX_NODES.saturating_sub(self.nodes) {
            return self.too_large(path);
        }
        let mut items = Vec::with_capacity(len);
        for i in 0..len {
            let item_path = path.index(i);
            let item = match reflect_get(v, &JsValue::from(i as u32)) {
                Ok(item) => self.read(&item, &item_path),
                Err(_) => self.unsupported(
                    &item_path,
                    IssueCode::UnreadableValue,
                    "reading this element threw an exception".into(),
                ),
            };
            items.push(item);
        }
        Value::Array(items)
    }

    fn read_object(&mut self, v: &JsValue, path: &JsonPointer) -> Value {
        match non_plain_kind(v) {
            Ok(None) => {}
            Ok(Some(kind)) => return self.unsupported(path, IssueCode::UnsupportedValue, format!("{kind} cannot be sent as JSON: pass a plain object, array, string, number or boolean")),
            Err(_) => {
                return self.unsupported(
                    path,
                    IssueCode::UnreadableValue,
                    "reading this object's prototype threw an exception".into(),
                )
            }
        }
        let keys = match object_keys(v) {
            Ok(keys) => keys,
            Err(_) => {
                return self.unsupported(
                    path,
                    IssueCode::UnreadableValue,
                    "listing this object's keys threw an exception".into(),
                )
            }
        };
        if keys.length() as usize > MAX_NODES.saturating_sub(self.nodes) {
            return self.too_large(path);
        }
        let mut map = Map::new();
        for key in keys.iter() {
            if self.nodes > MAX_NODES {
                break;
            }
            let Some(name) = exact_string(&key) else {
                continue;
            };
            let name = match name {
                Ok(name) => name,
                Err(LoneSurrogate) => {
                    // Reported at the key's path as UTF-8 can write it; its value is not read.
                    let lossy = key.as_string().unwrap_or_default();
                    let value = self.lone_surrogate(&path.key(&lossy), "key");
                    map.insert(lossy, value);
                    continue;
                }
            };
            let key_path = path.key(&name);
            match reflect_get(v, &key) {
                // JSON.stringify drops `undefined` properties; so do we (an absent field).
                Ok(value) if value.is_undefined() => {}
                Ok(value) => {
                    let value = self.read(&value, &key_path);
                    map.insert(name, value);
                }
                Err(_) => {
                    let value = self.unsupported(
                        &key_path,
                        IssueCode::UnreadableValue,
                        "reading this property threw an exception".into(),
                    );
                    map.insert(name, value);
                }
            }
        }
        Value::Object(map)
    }
}

/// A finite JS number as JSON: integers stay integers so they print without `.0`.
fn number(n: f64) -> Option<Value> {
    if !n.is_finite() {
        return None;
    }
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
        return Some(Value::Number(Number::from(n as i64)));
    }
    Number::from_f64(n).map(Value::Number)
}

/// `None` for a plain object (prototype `Object.prototype` of any realm, or `null`), else what
/// it is; `Err` if reading its prototype threw.
fn non_plain_kind(v: &JsValue) -> Result<Option<String>, JsValue> {
    let proto = prototype_of(v)?;
    if proto.is_null() {
        return Ok(None);
    }
    // A plain object's prototype is the root of its realm's chain (its own prototype is null).
    if prototype_of(&proto).map(|p| p.is_null()).unwrap_or(false) {
        return Ok(None);
    }
    let name = reflect_get(&proto, &JsValue::from_str("constructor"))
        .ok()
        .and_then(|c| reflect_get(&c, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string())
        .filter(|n| !n.is_empty());
    Ok(Some(match name.as_deref() {
        Some("Date") => "a Date (use date.toISOString())".to_owned(),
        Some(name) => format!("an instance of {name}"),
        None => "an instance of a class".to_owned(),
    }))
}

/// `NaN`, `Infinity` or `-Infinity`. Named by hand: formatting an `f64` with `{}` would pull
/// float printing (~14 KB) into the .wasm.
fn non_finite_name(n: f64) -> &'static str {
    if n.is_nan() {
        "NaN"
    } else if n > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}
