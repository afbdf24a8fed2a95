//! Reading the requests and arguments of the verifiers (src/wasm/callbacks.rs) from JS values
//! without ever letting them throw through wasm or copying unbounded text: a Fetch `Request`, or
//! `{ method, url, headers, body }` with `headers` a `Headers` (anything with `get`) or a Node
//! `IncomingHttpHeaders` object (lower-case names; an array for a repeated header). Every
//! problem is a `ValidationIssue` at the argument's path.

use super::convert::{object_keys, reflect_get};
use crate::json_pointer::JsonPointer;
use crate::validate::{IssueCode, ValidationIssue};
use js_sys::{Function, JsString, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// Longest header value kept, in UTF-16 units: longer ones are cut to this plus one, which the
/// signature header reader refuses as too long (a real one is 82 characters).
const MAX_HEADER_CHARS: u32 = 8192;
/// Longest URL read, in UTF-16 units.
pub const MAX_URL_CHARS: u32 = 65_536;
/// Most header names looked through for a case-insensitive match.
const MAX_HEADER_NAMES: u32 = 1000;

/// Reads arguments, adding every problem to the issues it was given.
pub struct ArgumentReader<'a> {
    issues: &'a mut Vec<ValidationIssue>,
}

impl<'a> ArgumentReader<'a> {
    /// A reader adding to `issues`.
    pub fn new(issues: &'a mut Vec<ValidationIssue>) -> Self {
        Self { issues }
    }

    fn issue(&mut self, path: &str, code: IssueCode, message: &str) {
        self.issues
            .push(ValidationIssue::error(path, code, message));
    }

    /// `object[name]`; `None` (with an issue) when reading it throws.
    pub fn property(&mut self, object: &JsValue, name: &str, path: &str) -> Option<JsValue> {
        match reflect_get(object, &JsValue::from_str(name)) {
            Ok(value) => Some(value),
            Err(_) => {
                self.issue(
                    path,
                    IssueCode::UnreadableValue,
                    "reading this property threw an exception",
                );
                None
            }
        }
    }

    /// Whether `value` is an object (not `null`); an issue otherwise.
    pub fn object(&mut self, value: &JsValue, path: &str, what: &str) -> bool {
        let object = value.is_object() || value.is_function();
        if !object {
            let message = format!("{what} must be an object");
            self.issue(path, IssueCode::InvalidType, &message);
        }
        object
    }

    /// A string property, at most `max` UTF-16 units; `None` (with an issue) otherwise.
    pub fn string(&mut self, value: &JsValue, path: &str, max: u32) -> Option<String> {
        let Some(text) = value.dyn_ref::<JsString>() else {
            if value.is_undefined() || value.is_null() {
                self.issue(path, IssueCode::Required, "required");
            } else {
                self.issue(path, IssueCode::InvalidType, "must be a string");
            }
            return None;
        };
        if text.length() > max {
            let message = format!("longer than {max} characters");
            self.issue(path, IssueCode::TooLarge, &message);
            return None;
        }
        text.as_string()
    }

    /// A URL given as a string or a `URL` (its `href`), parsed by the runtime's WHATWG `URL`.
    pub fn url(&mut self, value: &JsValue, path: &str) -> Option<web_sys::Url> {
        let text = if value.is_object() {
            let href = self.property(value, "href", path)?;
            self.string(&href, path, MAX_URL_CHARS)?
        } else {
            self.string(value, path, MAX_URL_CHARS)?
        };
        match web_sys::Url::new(&text) {
            Ok(url) => Some(url),
            Err(_) => {
                self.issue(
                    path,
                    IssueCode::InvalidUrl,
                    "not an absolute URL (e.g. `https://shop.example/callback?…`)",
                );
                None
            }
        }
    }

    /// The value of header `name` (lower case) from `headers`: `Headers.get`, or an
    /// `IncomingHttpHeaders` property (exact name first, then any case); a repeated header's
    /// values joined with `, ` as `Headers` joins them. Over-long values are cut.
    pub fn header(&mut self, headers: &JsValue, name: &str, path: &str) -> Option<Option<String>> {
        let path = JsonPointer::from_escaped(path).key(name);
        let get = self.property(headers, "get", path.as_str())?;
        let value = if let Some(get) = get.dyn_ref::<Function>() {
            match get.call1(headers, &JsValue::from_str(name)) {
                Ok(value) => value,
                Err(_) => {
                    self.issue(
                        path.as_str(),
                        IssueCode::UnreadableValue,
                        "`headers.get` threw an exception",
                    );
                    return None;
                }
            }
        } else {
            let exact = self.property(headers, name, path.as_str())?;
            if exact.is_undefined() {
                self.any_case(headers, name, path.as_str())?
            } else {
                exact
            }
        };
        if value.is_undefined() || value.is_null() {
            return Some(None);
        }
        if let Some(text) = value.dyn_ref::<JsString>() {
            return Some(Some(bounded(text)));
        }
        if let Some(values) = value.dyn_ref::<js_sys::Array>() {
            let mut joined = String::new();
            for (index, item) in values.iter().take(64).enumerate() {
                match item.dyn_ref::<JsString>() {
                    Some(text) => {
                        if index > 0 {
                            joined.push_str(", ");
                        }
                        joined.push_str(&bounded(text));
                    }
                    None => {
                        self.issue(
                            path.as_str(),
                            IssueCode::InvalidType,
                            "a header value must be a string or an array of strings",
                        );
                        return None;
                    }
                }
            }
            return Some(Some(joined));
        }
        self.issue(
            path.as_str(),
            IssueCode::InvalidType,
            "a header value must be a string or an array of strings",
        );
        None
    }

    /// The property of `headers` whose name is `name` in any case, if any.
    fn any_case(&mut self, headers: &JsValue, name: &str, path: &str) -> Option<JsValue> {
        let Ok(keys) = object_keys(headers) else {
            self.issue(
                path,
                IssueCode::UnreadableValue,
                "listing the headers threw an exception",
            );
            return None;
        };
        for key in keys.iter().take(MAX_HEADER_NAMES as usize) {
            if key
                .as_string()
                .is_some_and(|key| key.eq_ignore_ascii_case(name))
            {
                return match reflect_get(headers, &key) {
                    Ok(value) => Some(value),
                    Err(_) => {
                        self.issue(
                            path,
                            IssueCode::UnreadableValue,
                            "reading this header threw an exception",
                        );
                        None
                    }
                };
            }
        }
        Some(JsValue::UNDEFINED)
    }

    /// A body: a string (its UTF-8), or a `Uint8Array` / `Buffer` / `ArrayBuffer` (its bytes),
    /// at most `max` bytes.
    pub fn body(&mut self, value: &JsValue, path: &str, max: usize) -> Option<Vec<u8>> {
        if let Some(text) = value.dyn_ref::<JsString>() {
            // A UTF-16 unit is at most 3 UTF-8 bytes: check before copying anything huge.
            if text.length() as usize > max {
                return self.too_large_body(path, max);
            }
            let bytes = String::from(text).into_bytes();
            return if bytes.len() > max {
                self.too_large_body(path, max)
            } else {
                Some(bytes)
            };
        }
        let bytes = if let Some(array) = value.dyn_ref::<Uint8Array>() {
            array.clone()
        } else if let Some(buffer) = value.dyn_ref::<js_sys::ArrayBuffer>() {
            Uint8Array::new(buffer)
        } else {
            let message = if value.is_undefined() || value.is_null() {
                "no body, or it could not be read (already read?)"
            } else {
                "must be a string or a Uint8Array, as received"
            };
            self.issue(path, IssueCode::InvalidType, message);
            return None;
        };
        if bytes.length() as usize > max {
            return self.too_large_body(path, max);
        }
        Some(bytes.to_vec())
    }

    fn too_large_body<T>(&mut self, path: &str, max: usize) -> Option<T> {
        let message = format!("the body is larger than {max} bytes");
        self.issue(path, IssueCode::TooLarge, &message);
        None
    }

    /// `now`: a `Date` or epoch milliseconds; `Date.now()` when absent.
    pub fn now_ms(&mut self, value: &JsValue, path: &str) -> Option<f64> {
        if value.is_undefined() || value.is_null() {
            return Some(js_sys::Date::now());
        }
        let ms = if let Some(ms) = value.as_f64() {
            Some(ms)
        } else if tag_of(value).as_deref() == Some("[object Date]") {
            js_sys::Reflect::get(value, &JsValue::from_str("getTime"))
                .ok()
                .and_then(|get| get.dyn_into::<Function>().ok())
                .and_then(|get| get.call0(value).ok())
                .and_then(|ms| ms.as_f64())
        } else {
            None
        };
        match ms {
            Some(ms) if ms.is_finite() => Some(ms),
            _ => {
                self.issue(
                    path,
                    IssueCode::InvalidType,
                    "must be a valid `Date` or a number of epoch milliseconds",
                );
                None
            }
        }
    }
}

/// `Object.prototype.toString.call(value)`, if it does not throw (a revoked Proxy throws).
fn tag_of(value: &JsValue) -> Option<String> {
    let to_string =
        js_sys::Reflect::get(&js_sys::Object::new(), &JsValue::from_str("toString")).ok()?;
    to_string
        .dyn_ref::<Function>()?
        .call0(value)
        .ok()?
        .as_string()
}

/// `text`, cut after [`MAX_HEADER_CHARS`] + 1 UTF-16 units.
fn bounded(text: &JsString) -> String {
    if text.length() > MAX_HEADER_CHARS {
        String::from(text.slice(0, MAX_HEADER_CHARS + 1))
    } else {
        String::from(text)
    }
}
