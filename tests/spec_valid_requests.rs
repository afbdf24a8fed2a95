//! The validator is never stricter than Dintero's spec: 2,500 requests generated (fixed seed)
//! from the spec's own body schema (tests/fixtures/payment_token_session_request.schema.json,
//! vendored from the 2024 spec with the 2026 additions), each checked against that schema, with
//! real ISO codes (tests/fixtures/iso_codes.json) and the phone, email, URL, date and colour
//! forms real shops send, raise no `error` issue. Warnings are expected and counted.
#![cfg(not(target_arch = "wasm32"))]

use dintero_payment_token::validate::{validate_payment_token_session, Severity};
use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// 2023-11-14T22:13:20Z.
const NOW: i64 = 1_700_000_000_000;
/// How many requests are generated.
const REQUESTS: usize = 2_500;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Picks one of `items`.
fn pick<'a, T>(rng: &mut TestRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Real ISO codes.
struct Codes {
    currencies: Vec<String>,
    countries: Vec<String>,
}

/// Generates values from the schema fragment, with real-world forms for the strings.
struct Generator<'a> {
    rng: &'a mut TestRng,
    codes: &'a Codes,
    /// Whether the request being built uses `configuration.channel = in_app` (decided first,
    /// because it lets `return_url` be an app URL).
    in_app: bool,
}

impl Generator<'_> {
    fn value(&mut self, name: &str, schema: &Value) -> Value {
        if let Some(branches) = schema["oneOf"].as_array() {
            let branch = pick(self.rng, branches).clone();
            let mut merged = schema.clone();
            merged.as_object_mut().unwrap().remove("oneOf");
            merge(&mut merged, &branch);
            return self.value(name, &merged);
        }
        if let Some(values) = schema["enum"].as_array() {
            return pick(self.rng, values).clone();
        }
        match schema["type"].as_str() {
            Some("object") => self.object(name, schema),
            Some("array") => {
                let count = *pick(self.rng, &[0usize, 1, 1, 1, 2, 2, 3]);
                Value::Array(
                    (0..count)
                        .map(|_| self.value(name, &schema["items"]))
                        .collect(),
                )
            }
            _ => Value::String(self.string(name, schema)),
        }
    }

    fn object(&mut self, name: &str, schema: &Value) -> Value {
        let mut object = Map::new();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(properties) = schema["properties"].as_object() {
            for (key, property) in properties {
                if required.contains(&key.as_str()) || self.rng.random_bool(0.6) {
                    let value = self.value(key, property);
                    object.insert(key.clone(), value);
                }
            }
        }
        if name == "configuration" {
            if self.in_app {
                object.insert("channel".into(), json!("in_app"));
            } else if object.get("channel") == Some(&json!("in_app")) {
                object.insert("channel".into(), json!("ecommerce"));
            }
        }
        if let Some(values) = schema.get("additionalProperties") {
            let max = schema["maxProperties"].as_u64().unwrap_or(5) as usize;
            let count = self.rng.random_range(0..=max);
            for _ in 0..count {
                let key = self.metadata_key();
                let value = self.metadata_value(values);
                object.insert(key, value);
            }
        } else if self.rng.random_bool(0.05) {
            // No definition forbids additional properties: a field from a newer API version.
            object.insert(
                pick(
                    self.rng,
                    &["ext_new_field", "amount", "returnUrl", "x-trace"],
                )
                .to_string(),
                json!({"nested": [1, "two", null]}),
            );
        }
        Value::Object(object)
    }

    fn metadata_key(&mut self) -> String {
        let stems = [
            "ext_order_id",
            "ext_customer_segment",
            "order_id",
            "system_x_id",
            "Dintero",
            "session:profile_id",
            "Klarna_ref",
            "dintero",
            "ext_ø_nøkkel",
            "crm id",
            "",
        ];
        format!(
            "{}{}",
            pick(self.rng, &stems),
            self.rng.random_range(0..1000)
        )
    }

    fn metadata_value(&mut self, schema: &Value) -> Value {
        let _ = schema;
        match self.rng.random_range(0..6) {
            0 => json!(self.rng.random_range(-1_000_000i64..1_000_000)),
            1 => json!(93_424_038.518_712_91),
            2 => json!(self.rng.random::<f64>() * 1e6),
            3 => json!("x".repeat(self.rng.random_range(200..300))),
            _ => json!(self.plain_text()),
        }
    }

    fn string(&mut self, name: &str, schema: &Value) -> String {
        match (schema["format"].as_str(), name) {
            (Some("iso4217-code"), _) => pick(self.rng, &self.codes.currencies).clone(),
            (Some("iso-3166-1"), _) => pick(self.rng, &self.codes.countries).clone(),
            (Some("iso-18245"), _) => format!("{:04}", self.rng.random_range(0..10_000)),
            (Some("date-time"), _) => self.future_date_time(),
            (Some("uri"), "return_url") => self.return_url(),
            (Some("uri"), _) => self.web_url(name),
            (None, "email") => self.email(),
            (None, "phone_number") => self.phone_number(),
            (None, "backdrop" | "primary" | "text" | "warning" | "error") => self.color(),
            (None, "cardRadius" | "buttonRadius") => {
                pick(self.rng, &["8px", "0", "1rem", "50%", "12"]).to_string()
            }
            (Some(other), _) => panic!("no generator for format {other}"),
            (None, _) => self.plain_text(),
        }
    }

    /// Any text: the spec gives these fields no format.
    fn plain_text(&mut self) -> String {
        let forms = [
            "order-10045",
            "Ordre #123 — «test»",
            "",
            "   ",
            "sc029",
            "SC Oslo AS",
            "Sommerkroveien 34",
            "0349",
            "ext_🙂",
            "T0292",
            "123456789MVA",
            "line\nbreak",
            "tab\there",
            "中文名称",
        ];
        let base = pick(self.rng, &forms).to_string();
        if self.rng.random_bool(0.2) {
            format!("{base}{}", self.rng.random_range(0..100_000))
        } else {
            base
        }
    }

    fn future_date_time(&mut self) -> String {
        let year = self.rng.random_range(2024..2100);
        let month = self.rng.random_range(1..=12);
        let day = self.rng.random_range(1..=28);
        let (h, m, s) = (
            self.rng.random_range(0..24),
            self.rng.random_range(0..60),
            self.rng.random_range(0..60),
        );
        let fraction = pick(self.rng, &["", ".5", ".123", ".123456", ".000000001"]);
        let offset = pick(
            self.rng,
            &["Z", "z", "+00:00", "+01:00", "-05:30", "+14:00", "-00:00"],
        );
        let t = pick(self.rng, &["T", "t"]);
        format!("{year:04}-{month:02}-{day:02}{t}{h:02}:{m:02}:{s:02}{fraction}{offset}")
    }

    fn host(&mut self) -> String {
        pick(
            self.rng,
            &[
                "example.com",
                "shop.example.no",
                "www.bølle.no",
                "xn--blle-0qa.no",
                "sub-domain.example.co.uk",
                "localhost",
                "127.0.0.1",
                "[::1]",
                "203.0.113.7",
                "my_host.internal",
                "EXAMPLE.COM",
            ],
        )
        .to_string()
    }

    fn path_and_query(&mut self) -> String {
        pick(
            self.rng,
            &[
                "",
                "/",
                "/accept",
                "/checkout/return?order=123",
                "/cb?method=POST&report_error=true&delay_callback=30",
                "/cb?method=post&delay_callback=120&report_event=AUTHORIZE",
                "/r?q=%C3%B8l&x=a+b#done",
                "/ørder/æ?ü=1",
                "/terms.html",
                "/a/b/../c;param?x=https://other.example/",
            ],
        )
        .to_string()
    }

    fn port(&mut self) -> String {
        pick(self.rng, &["", ":443", ":8080", ":3000", ":65535"]).to_string()
    }

    /// `callback_url` and `merchant_terms_url`: format uri and the pattern `https?://`.
    fn web_url(&mut self, _name: &str) -> String {
        let scheme = pick(self.rng, &["https", "https", "http"]).to_string();
        let userinfo = pick(self.rng, &["", "", "user:pa%20ss@"]).to_string();
        let host = self.host();
        let port = self.port();
        let rest = self.path_and_query();
        format!("{scheme}://{userinfo}{host}{port}{rest}")
    }

    /// `return_url`: format uri, no pattern; app URLs on the in_app channel (and sometimes not).
    fn return_url(&mut self) -> String {
        if self.in_app || self.rng.random_bool(0.05) {
            return pick(
                self.rng,
                &[
                    "myapp://?initial_recipient=merchant",
                    "myapp://payment/return",
                    "com.example.shop:/callback",
                    "myapp:return",
                ],
            )
            .to_string();
        }
        let scheme = pick(self.rng, &["https", "https", "http", "HTTPS"]).to_string();
        let host = self.host();
        let port = self.port();
        let rest = self.path_and_query();
        format!("{scheme}://{host}{port}{rest}")
    }

    fn email(&mut self) -> String {
        pick(
            self.rng,
            &[
                "john.doe@example.com",
                "John.Doe+tag@Example.COM",
                "ola.nordmann@bølle.no",
                "\"quoted local\"@example.com",
                "user@[192.168.0.1]",
                "user@localhost",
                "first_last-99@sub.example.co.uk",
                "noreply",
                "",
                "a@b",
            ],
        )
        .to_string()
    }

    fn phone_number(&mut self) -> String {
        pick(
            self.rng,
            &[
                "+4799999999",
                "99999999",
                "004799999999",
                "+47 999 99 999",
                "+1 (555) 123-4567",
                "+44 20 7946 0958",
                "(0)22 12 34 56",
                "+46-8-123 456 78",
                "+4799999999 ext. 12",
                "",
            ],
        )
        .to_string()
    }

    fn color(&mut self) -> String {
        pick(
            self.rng,
            &[
                "#ff0000",
                "#F00",
                "#ff000080",
                "rgb(255,0,0)",
                "rgba(255,0,0,0.5)",
                "rgb(255 0 0 / 50%)",
                "red",
                "transparent",
                "hsl(0, 100%, 50%)",
                "var(--brand)",
                "",
            ],
        )
        .to_string()
    }
}

/// Adds `extra`'s `properties` and `required` to `base`.
fn merge(base: &mut Value, extra: &Value) {
    for key in ["properties"] {
        if let Some(more) = extra[key].as_object() {
            let target = base[key].as_object_mut().unwrap();
            for (k, v) in more {
                target.insert(k.clone(), v.clone());
            }
        }
    }
    let mut required: Vec<Value> = base["required"].as_array().cloned().unwrap_or_default();
    required.extend(extra["required"].as_array().cloned().unwrap_or_default());
    base["required"] = Value::Array(required);
}

/// Whether `value` conforms to `schema` for the keywords the fragment uses (formats are met by
/// construction: real codes, RFC 3339 forms, absolute URIs).
fn conforms(value: &Value, schema: &Value, path: &str) -> Result<(), String> {
    if let Some(branches) = schema["oneOf"].as_array() {
        let matching = branches
            .iter()
            .filter(|branch| {
                let mut merged = schema.clone();
                merged.as_object_mut().unwrap().remove("oneOf");
                merge(&mut merged, branch);
                conforms(value, &merged, path).is_ok()
            })
            .count();
        return if matching == 1 {
            Ok(())
        } else {
            Err(format!("{path}: {matching} oneOf branches match"))
        };
    }
    if let Some(values) = schema["enum"].as_array() {
        if !values.contains(value) {
            return Err(format!("{path}: {value} not in enum"));
        }
    }
    let type_ok = |name: &str| match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        _ => false,
    };
    match &schema["type"] {
        Value::String(name) if !type_ok(name) => return Err(format!("{path}: not {name}")),
        Value::Array(names) if !names.iter().any(|n| type_ok(n.as_str().unwrap_or(""))) => {
            return Err(format!("{path}: wrong type"))
        }
        _ => {}
    }
    if let Some(pattern) = schema["pattern"].as_str() {
        assert_eq!(pattern, "https?://*", "the only pattern of the fragment");
        let text = value.as_str().unwrap_or_default();
        if !(text.contains("http:/") || text.contains("https:/")) {
            return Err(format!("{path}: pattern"));
        }
    }
    if let Some(object) = value.as_object() {
        for key in schema["required"].as_array().into_iter().flatten() {
            if !object.contains_key(key.as_str().unwrap()) {
                return Err(format!("{path}: {key} required"));
            }
        }
        if let Some(max) = schema["maxProperties"].as_u64() {
            if object.len() as u64 > max {
                return Err(format!("{path}: maxProperties"));
            }
        }
        for (key, item) in object {
            let child = format!("{path}/{key}");
            match (
                &schema["properties"][key],
                schema.get("additionalProperties"),
            ) {
                (Value::Object(property), _) => {
                    conforms(item, &Value::Object(property.clone()), &child)?
                }
                (_, Some(additional)) => conforms(item, additional, &child)?,
                _ => {}
            }
        }
    }
    if let Some(items) = value.as_array() {
        for (index, item) in items.iter().enumerate() {
            conforms(item, &schema["items"], &format!("{path}/{index}"))?;
        }
    }
    Ok(())
}

#[test]
fn requests_valid_under_the_spec_raise_no_error() {
    let schema = fixture("payment_token_session_request.schema.json");
    let codes = fixture("iso_codes.json");
    let list = |key: &str| -> Vec<String> {
        codes[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect()
    };
    let codes = Codes {
        currencies: list("currencies"),
        countries: list("countries"),
    };
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[11; 32]);
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    for _ in 0..REQUESTS {
        let in_app = rng.random_bool(0.1);
        let mut generator = Generator {
            rng: &mut rng,
            codes: &codes,
            in_app,
        };
        let mut request = generator.value("", &schema);
        if in_app {
            request["session"]["configuration"]["channel"] = json!("in_app");
        }
        conforms(&request, &schema, "")
            .unwrap_or_else(|e| panic!("not spec-valid: {e}\n{request:#}"));
        for issue in validate_payment_token_session(&request, NOW) {
            match issue.severity {
                Severity::Error => errors.push((issue, request.clone())),
                Severity::Warning => *warnings.entry(issue.code).or_default() += 1,
            }
        }
    }
    println!("{REQUESTS} spec-valid requests; warnings by code: {warnings:#?}");
    assert!(
        errors.is_empty(),
        "{} errors on spec-valid requests, e.g. {:#?}",
        errors.len(),
        errors.first()
    );
    // The forms above do reach the advisory rules.
    for code in [
        "invalid_phone_number",
        "invalid_email",
        "invalid_color",
        "callback_url_not_https",
        "callback_url_loopback",
        "invalid_callback_parameter",
        "reserved_metadata_key",
        "unsupported_url_scheme",
        "withdrawn_currency",
        "deprecated_field",
    ] {
        assert!(warnings.contains_key(code), "{code} never warned");
    }
}
