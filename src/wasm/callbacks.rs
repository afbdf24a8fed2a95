//! `verifyCallback`, `verifyWebhook`, `readReturnUrl` and `signCallback` for JavaScript: the
//! arguments are read here (src/wasm/request_reader.rs), the work is done by src/verify with
//! [`WasmMac`]. Their TypeScript declarations and docs are generated from here; the JS wrapper
//! (pkg-template/src/callbacks.js) only reads a Fetch `Request`'s body for `verifyWebhook`.

use super::convert::to_js;
use super::mac::WasmMac;
use super::options::OptionValues;
use super::request_reader::ArgumentReader;
use crate::error::Error;
use crate::validate::{IssueCode, ValidationIssue};
use crate::verify::callback::{CallbackRequest, CALLBACK_PARAMETERS};
use crate::verify::options::{
    read_method, SIGN_CALLBACK_OPTIONS, VERIFY_CALLBACK_OPTIONS, VERIFY_WEBHOOK_OPTIONS,
};
use crate::verify::return_url::RETURN_PARAMETERS;
use crate::verify::{
    read_return_url, sign_callback, verify_callback, verify_webhook, CallbackOptions, SignOptions,
    WebhookOptions, WebhookRequest, MAX_WEBHOOK_BODY_BYTES,
};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_REQUESTS: &str = r#"
/** Request headers: a Fetch `Headers`, or Node's `IncomingHttpHeaders` (`req.headers` of Express, Fastify, `node:http`). */
export type DinteroHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * A callback request: a Fetch `Request` (Next.js route handlers, Workers, Deno, Bun, Hono), or the
 * method, the absolute public URL Dintero called, and the headers.
 */
export type DinteroCallbackRequest = Request | { method: string; url: string | URL; headers: DinteroHeaders };

/**
 * A webhook delivery: a Fetch `Request` (its body is read from a clone, so yours stays unread), or the
 * headers and the body exactly as received (a string, or bytes such as Express `express.raw()`'s Buffer).
 */
export type DinteroWebhookRequest = Request | { headers: DinteroHeaders; body: string | Uint8Array | ArrayBuffer };

/** A verified webhook delivery. */
export interface DinteroWebhookEvent {
    /** The `event` header, e.g. `checkout_token_add`. */
    event: string | null;
    /** The `event-delivery` header: one id per delivery. */
    deliveryId: string | null;
    /** Exactly `JSON.parse` of the body. */
    payload: unknown;
}

/** The headers Dintero would send with a callback, for tests of your handler. */
export interface DinteroCallbackHeaders {
    "Dintero-Signature": string;
}
"#;

const SIGNATURE: &str = "dintero-signature";
const DELIVERY: &str = "event-delivery";

/// A plain object with `fields`, in order. Built directly rather than with serde (the result
/// types derive `Serialize` for their TypeScript only): a serializer per type costs .wasm size.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        // Setting a property of the plain object just created cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

/// A text field: the string, or `null`.
fn text(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

/// The query as the runtime's `URLSearchParams` sorts and prints it: exactly what Dintero's
/// published algorithm signs (src/verify/form_urlencoded.rs is the same in Rust, for the native
/// core; the runtime's costs no .wasm).
fn signed_query(url: &web_sys::Url) -> String {
    let params = url.search_params();
    // Sorting the runtime's own URLSearchParams cannot throw.
    let _ = params.sort();
    String::from(params.to_string())
}

/// The first value of each of `names` in the URL's query, decoded by the runtime's `URLSearchParams`.
fn parameters(url: &web_sys::Url, names: &[&str]) -> Vec<(String, String)> {
    let params = url.search_params();
    names
        .iter()
        .filter_map(|name| params.get(name).map(|value| ((*name).to_owned(), value)))
        .collect()
}

/// The plain error object for `issues` in the arguments.
fn invalid(issues: Vec<ValidationIssue>) -> JsValue {
    to_js(&Error::invalid_arguments(issues))
}

/// The options object read against `lists`, as JSON without the `except` names (read apart).
fn read_options(
    options: &JsValue,
    lists: crate::client::OptionLists,
    except: &[&str],
    issues: &mut Vec<ValidationIssue>,
) -> Option<(OptionValues, serde_json::Value)> {
    let values = OptionValues::read(options, lists, issues)?;
    let json = values.json(|name| !except.contains(&name), issues);
    Some((values, json))
}

fn read_callback(request: &JsValue, reader: &mut ArgumentReader) -> Option<CallbackRequest> {
    if !reader.object(request, "/request", "the request") {
        return None;
    }
    let method = reader.property(request, "method", "/request/method");
    let url = reader.property(request, "url", "/request/url");
    let headers = reader.property(request, "headers", "/request/headers");
    let method = method.and_then(|m| reader.string(&m, "/request/method", 64));
    let url = url.and_then(|u| reader.url(&u, "/request/url"));
    let headers = headers.filter(|h| reader.object(h, "/request/headers", "`headers`"))?;
    let signature = reader.header(&headers, SIGNATURE, "/request/headers");
    let delivery = reader.header(&headers, DELIVERY, "/request/headers");
    let (method, url) = (method?, url?);
    let mut issues = Vec::new();
    let method = read_method(&method, "/request/method", &mut issues);
    if !issues.is_empty() {
        return None;
    }
    Some(CallbackRequest {
        method: method?,
        hostname: url.hostname(),
        pathname: url.pathname(),
        signed_query: signed_query(&url),
        parameters: parameters(&url, &CALLBACK_PARAMETERS),
        signature: signature?,
        delivery: delivery?,
    })
}

/// Verifies a Dintero `callback_url` call: the `Dintero-Signature` header (HMAC-SHA256 of
/// `<t>\n<accountId>\n<METHOD>\n<hostname>\n<pathname>\n<sorted query>`, compared in constant
/// time; any `v0-hmac-sha256` entry and any of your secrets may match) and its age (`|now - t|`
/// within `toleranceSeconds`, default 300). Resolves to the callback's parameters.
///
/// Pass the URL Dintero called: behind a proxy, the public host and the original path and query
/// (Express: `` `https://${req.get("host")}${req.originalUrl}` `` with `trust proxy`). A POST
/// callback's body is not signed: read the transaction with `getPaymentToken` before acting.
///
/// @throws {DinteroSignatureError} `signature_missing`, `signature_malformed`, `signature_expired` or `signature_mismatch`: answer 4xx and do nothing.
/// @throws {DinteroValidationError} `invalid_options` (secret, accountId, toleranceSeconds, now) or `invalid_arguments` (the request).
///
/// @example
/// const callback = await verifyCallback(request, { secret: process.env.DINTERO_SIGNATURE_SECRET, accountId: "P11223344" });
/// const tx = await dintero.getPaymentToken(callback.transactionId);
#[wasm_bindgen(js_name = verifyCallback, unchecked_return_type = "Promise<DinteroCallback>")]
pub fn verify_callback_js(
    #[wasm_bindgen(unchecked_param_type = "DinteroCallbackRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "VerifyCallbackOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let mut option_issues = Vec::new();
    let read = read_options(
        &options,
        &[VERIFY_CALLBACK_OPTIONS],
        &["now"],
        &mut option_issues,
    )
    .and_then(|(values, json)| {
        // A bad `now` is one more issue: the other options are still checked.
        let now_ms = ArgumentReader::new(&mut option_issues).now_ms(&values.get("now"), "/now");
        CallbackOptions::read(&json, now_ms.unwrap_or(0.0), &mut option_issues)
    });
    let options = match read {
        Some(options) if option_issues.is_empty() => options,
        _ => return Err(to_js(&Error::invalid_options(option_issues))),
    };
    let mut issues = Vec::new();
    let request = read_callback(&request, &mut ArgumentReader::new(&mut issues));
    let request = match request {
        Some(request) if issues.is_empty() => request,
        _ => return Err(invalid(issues)),
    };
    let verified = verify_callback(&WasmMac, &request, &options).map_err(|error| to_js(&error))?;
    Ok(object(&[
        ("transactionId", text(&verified.transaction_id)),
        ("sessionId", text(&verified.session_id)),
        ("merchantReference", text(&verified.merchant_reference)),
        ("time", text(&verified.time)),
        ("error", text(&verified.error)),
        ("event", text(&verified.event)),
        ("eventId", text(&verified.event_id)),
        ("deliveryId", text(&verified.delivery_id)),
        ("signedAt", JsValue::from_f64(verified.signed_at)),
    ]))
}

/// Verifies a webhook subscription delivery: `event-signature` is the HMAC-SHA1 hex of the raw
/// body keyed with the subscription's secret (compared in constant time; any secret may match).
/// The scheme has no timestamp, so a delivery does not expire: act once per `deliveryId`.
/// Resolves to `{ event, deliveryId, payload }`, `payload` being `JSON.parse` of the body.
/// The body is read up to 1 MiB.
///
/// @throws {DinteroSignatureError} `signature_missing`, `signature_malformed` or `signature_mismatch`.
/// @throws {DinteroValidationError} `invalid_options` (secret) or `invalid_arguments` (headers, a body that is not a string or bytes, over 1 MiB, or not JSON).
///
/// @example
/// app.post("/dintero/webhook", express.raw({ type: "application/json" }), async (req, res) => {
///   const { event, payload } = await verifyWebhook({ headers: req.headers, body: req.body }, { secret });
///   res.sendStatus(200);
/// });
#[wasm_bindgen(js_name = verifyWebhook, unchecked_return_type = "Promise<DinteroWebhookEvent>")]
pub fn verify_webhook_js(
    #[wasm_bindgen(unchecked_param_type = "DinteroWebhookRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "VerifyWebhookOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let mut option_issues = Vec::new();
    let read = read_options(&options, &[VERIFY_WEBHOOK_OPTIONS], &[], &mut option_issues)
        .and_then(|(_, json)| WebhookOptions::read(&json, &mut option_issues));
    let options = match read {
        Some(options) if option_issues.is_empty() => options,
        _ => return Err(to_js(&Error::invalid_options(option_issues))),
    };
    let mut issues = Vec::new();
    let delivery = read_webhook(&request, &mut ArgumentReader::new(&mut issues));
    let delivery = match delivery {
        Some(delivery) if issues.is_empty() => delivery,
        _ => return Err(invalid(issues)),
    };
    let verified = verify_webhook(&WasmMac, &delivery, &options).map_err(|error| to_js(&error))?;
    let Ok(payload) = js_sys::JSON::parse(&String::from_utf8_lossy(&delivery.body)) else {
        return Err(invalid(vec![ValidationIssue::error(
            "/request/body",
            IssueCode::InvalidFormat,
            "the body is signed but is not JSON",
        )]));
    };
    Ok(object(&[
        ("event", text(&verified.event)),
        ("deliveryId", text(&verified.delivery_id)),
        ("payload", payload),
    ]))
}

fn read_webhook(request: &JsValue, reader: &mut ArgumentReader) -> Option<WebhookRequest> {
    if !reader.object(request, "/request", "the request") {
        return None;
    }
    let headers = reader.property(request, "headers", "/request/headers");
    let body = reader.property(request, "body", "/request/body");
    let body = body.and_then(|b| reader.body(&b, "/request/body", MAX_WEBHOOK_BODY_BYTES));
    let headers = headers.filter(|h| reader.object(h, "/request/headers", "`headers`"))?;
    let signature = reader.header(&headers, "event-signature", "/request/headers");
    let event = reader.header(&headers, "event", "/request/headers");
    let delivery = reader.header(&headers, DELIVERY, "/request/headers");
    Some(WebhookRequest {
        signature: signature?,
        event: event?,
        delivery: delivery?,
        body: body?,
    })
}

/// Largest webhook body read, in bytes (for the JS wrapper's reading of a `Request`'s clone).
/// Internal (no TypeScript).
#[wasm_bindgen(js_name = webhookBodyLimit, skip_typescript)]
pub fn webhook_body_limit() -> u32 {
    MAX_WEBHOOK_BODY_BYTES as u32
}

/// Reads what Dintero appended to your `return_url` when it sent the shopper back:
/// `{ transactionId, merchantReference, error }`, each `null` when absent. Not signed: anyone can
/// open that URL. Read the transaction with `getPaymentToken(transactionId)` before acting, and
/// act once per transaction (the callback may arrive before, after or at the same time).
///
/// @throws {DinteroValidationError} `invalid_arguments` for a value that is not an absolute URL.
///
/// @example
/// const { transactionId, error } = readReturnUrl(request.url);
/// if (error) return showFailure(error); // "cancelled", "authorization", "failed", ...
#[wasm_bindgen(js_name = readReturnUrl, unchecked_return_type = "DinteroReturn")]
pub fn read_return_url_js(
    #[wasm_bindgen(unchecked_param_type = "string | URL")] url: JsValue,
) -> Result<JsValue, JsValue> {
    let mut issues = Vec::new();
    let url = ArgumentReader::new(&mut issues).url(&url, "/url");
    let Some(url) = url else {
        return Err(invalid(issues));
    };
    let read = read_return_url(&parameters(&url, &RETURN_PARAMETERS));
    Ok(object(&[
        ("transactionId", text(&read.transaction_id)),
        ("merchantReference", text(&read.merchant_reference)),
        ("error", text(&read.error)),
    ]))
}

/// The `Dintero-Signature` header Dintero would send when calling `url`: for tests of your own
/// callback handler (like stripe-node's `generateTestHeaderString`).
///
/// @throws {DinteroValidationError} `invalid_options` (secret, accountId, url, method, now).
///
/// @example
/// const url = "https://shop.example/callback?transaction_id=T1&merchant_reference=o-1";
/// const headers = await signCallback({ secret: "test-secret", accountId: "T11223344", url });
/// const response = await handler(new Request(url, { headers }));
#[wasm_bindgen(js_name = signCallback, unchecked_return_type = "Promise<DinteroCallbackHeaders>")]
pub fn sign_callback_js(
    #[wasm_bindgen(unchecked_param_type = "SignCallbackOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let mut issues = Vec::new();
    let read = read_options(
        &options,
        &[SIGN_CALLBACK_OPTIONS],
        &["now", "url"],
        &mut issues,
    )
    .and_then(|(values, json)| {
        let (now_ms, url) = {
            let mut reader = ArgumentReader::new(&mut issues);
            (
                reader.now_ms(&values.get("now"), "/now"),
                reader.url(&values.get("url"), "/url"),
            )
        };
        let options = SignOptions::read(&json, now_ms.unwrap_or(0.0), &mut issues);
        Some((options?, url?))
    });
    let (options, url) = match read {
        Some(read) if issues.is_empty() => read,
        _ => return Err(to_js(&Error::invalid_options(issues))),
    };
    let request = CallbackRequest {
        method: options.method.clone(),
        hostname: url.hostname(),
        pathname: url.pathname(),
        signed_query: signed_query(&url),
        parameters: Vec::new(),
        signature: None,
        delivery: None,
    };
    let header = sign_callback(&WasmMac, &request, &options).map_err(|error| to_js(&error))?;
    Ok(object(&[("Dintero-Signature", header.into())]))
}
