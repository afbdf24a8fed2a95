//! The charge (`POST /v1/sessions/pay`) against a fake Dintero that records every charge and
//! fails *after* recording it: no fault sequence charges twice or tries a card twice.

use super::super::testing::{run, Sim};
use super::super::{
    CallOptions, Client, ClientConfig, Environment, EventLog, FeatureToggle, HttpRequest,
    HttpResponse, NeverCancelled, Transport, TransportError, CLOCK_SKEW_MS,
};
use super::credentials_options;
use crate::error::{Error, ErrorKind};
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

const CARD_TOKEN: &str = "pt-Card-Token-Secret-42";

/// What happens to one charge request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    /// Answered normally.
    None,
    /// Charged, then the connection is reset.
    ResetAfter,
    /// Charged, then HTTP 503.
    UnavailableAfter,
    /// Charged, then the answer comes after the client's timeout.
    SlowAfter,
    /// Charged, then a 200 whose body is cut.
    CutBodyAfter,
    /// 401 before anything is charged (the token is refused).
    Unauthorized,
    /// 429 before anything is charged.
    RateLimited,
    /// 400 before anything is charged (Dintero refuses the request).
    BadRequest,
}

/// What the card does when charged.
#[derive(Clone, Debug)]
enum Card {
    Authorizes,
    Declines(Value),
}

/// A request as received: method, path and query, `Dintero-Feature-Toggles`, body.
type Received = (String, String, Option<String>, Option<String>);

/// A fake Dintero with a ledger of charges.
struct Ledger {
    sim: Rc<Sim>,
    card: Card,
    faults: RefCell<VecDeque<Fault>>,
    /// Every session the pay endpoint accepted: (merchant reference, transaction).
    charges: RefCell<Vec<(String, Value)>>,
    /// How many times the card was presented to the acquirer.
    card_tries: Cell<u32>,
    /// Whether the lookup endpoint answers 503.
    lookup_down: Cell<bool>,
    /// Requests received: (method, path and query, Dintero-Feature-Toggles, body).
    log: RefCell<Vec<Received>>,
}

impl Ledger {
    fn new(sim: &Rc<Sim>, card: Card, faults: &[Fault]) -> Rc<Self> {
        Rc::new(Self {
            sim: Rc::clone(sim),
            card,
            faults: RefCell::new(faults.iter().copied().collect()),
            charges: RefCell::default(),
            card_tries: Cell::new(0),
            lookup_down: Cell::new(false),
            log: RefCell::default(),
        })
    }

    fn authorized_charges(&self, reference: &str) -> usize {
        self.charges
            .borrow()
            .iter()
            .filter(|(r, tx)| r == reference && tx["status"] == "AUTHORIZED")
            .count()
    }

    fn pay_requests(&self) -> usize {
        self.log
            .borrow()
            .iter()
            .filter(|(m, p, _, _)| m == "POST" && p == "/v1/sessions/pay")
            .count()
    }

    /// The answer to `request`, and the fault to apply after it was recorded.
    fn answer(&self, request: &HttpRequest) -> (u16, String, Fault) {
        let path = request
            .url
            .split_once("4010")
            .map(|(_, p)| p.to_owned())
            .unwrap_or_default();
        self.log.borrow_mut().push((
            request.method.as_str().to_owned(),
            path.clone(),
            request.header("Dintero-Feature-Toggles").map(str::to_owned),
            request.body.clone(),
        ));
        if path.contains("/auth/token") {
            let body = json!({"access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600});
            return (200, body.to_string(), Fault::None);
        }
        if path == "/v1/sessions/pay" {
            let fault = self.faults.borrow_mut().pop_front().unwrap_or(Fault::None);
            match fault {
                Fault::Unauthorized => {
                    return (401, r#"{"error":{"message":"expired"}}"#.into(), fault)
                }
                Fault::RateLimited => {
                    return (429, r#"{"error":{"message":"slow down"}}"#.into(), fault)
                }
                Fault::BadRequest => {
                    let body =
                        r#"{"error":{"code":"INVALID","message":"order.amount is too large"}}"#;
                    return (400, body.into(), fault);
                }
                _ => {}
            }
            let body: Value = serde_json::from_str(request.body.as_deref().unwrap_or("")).unwrap();
            let reference = body["session"]["order"]["merchant_reference"]
                .as_str()
                .unwrap()
                .to_owned();
            let toggle = request.header("Dintero-Feature-Toggles");
            let duplicate = self.charges.borrow().iter().any(|(r, tx)| {
                r == &reference
                    && match toggle {
                        Some("strict-merchant-reference") => true,
                        Some("strict-success-merchant-reference") => tx["status"] == "AUTHORIZED",
                        _ => false,
                    }
            });
            if duplicate {
                let error = json!({"error": {"code": "DUPLICATE_MERCHANT_REFERENCE", "message": "merchant_reference already used"}});
                return (400, error.to_string(), Fault::None);
            }
            self.card_tries.set(self.card_tries.get() + 1);
            let n = self.charges.borrow().len() + 1;
            let (status, error) = match &self.card {
                Card::Authorizes => ("AUTHORIZED", None),
                Card::Declines(error) => ("FAILED", Some(error.clone())),
            };
            let mut event = json!({"event": "AUTHORIZE", "success": error.is_none()});
            if let Some(error) = error {
                event["error"] = error;
            }
            let tx = json!({
                "id": format!("T11223344.tx{n}"), "merchant_reference": reference, "status": status,
                "created_at": rfc3339(self.sim.now()),
                "amount": body["session"]["order"]["amount"], "currency": "NOK",
                "session_id": format!("T11223344.s{n}"), "success": status == "AUTHORIZED",
                "events": [event], "new_member": {"kept": 1.10}
            });
            self.charges.borrow_mut().push((reference, tx.clone()));
            return (200, tx.to_string(), fault);
        }
        if let Some(query) = path.strip_prefix("/v1/transactions?merchant_reference=") {
            if self.lookup_down.get() {
                return (503, String::new(), Fault::None);
            }
            let list: Vec<Value> = self
                .charges
                .borrow()
                .iter()
                .filter(|(r, _)| r == query)
                .map(|(_, tx)| tx.clone())
                .collect();
            return (200, Value::Array(list).to_string(), Fault::None);
        }
        if let Some(id) = path.strip_prefix("/v1/transactions/") {
            let found = self
                .charges
                .borrow()
                .iter()
                .find(|(_, tx)| tx["id"] == id)
                .map(|(_, tx)| tx.to_string());
            return match found {
                Some(tx) => (200, tx, Fault::None),
                None => (
                    404,
                    r#"{"error":{"message":"not found"}}"#.into(),
                    Fault::None,
                ),
            };
        }
        (404, String::new(), Fault::None)
    }
}

impl Transport for Rc<Ledger> {
    fn send(
        &self,
        request: &HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>> {
        let (status, body, fault) = self.answer(request);
        let sim = Rc::clone(&self.sim);
        async move {
            let respond = |status, body: String| {
                Ok(HttpResponse {
                    status,
                    headers: vec![("request-id".into(), "req-1".into())],
                    body,
                })
            };
            match fault {
                Fault::ResetAfter => Err(TransportError::new("connection reset by peer")),
                Fault::UnavailableAfter => respond(503, String::new()),
                Fault::SlowAfter => {
                    sim.sleep(60_000.0).await;
                    respond(status, body)
                }
                Fault::CutBodyAfter => {
                    let cut = body.get(..body.len() / 2).unwrap_or("").to_owned();
                    respond(200, cut)
                }
                _ => respond(status, body),
            }
        }
    }
    fn sleep(&self, duration_ms: u64) -> impl Future<Output = ()> {
        self.sim.sleep(duration_ms as f64)
    }
    fn now_ms(&self) -> f64 {
        self.sim.now()
    }
    fn random(&self) -> f64 {
        0.5
    }
}

/// `unix_ms` as an RFC 3339 UTC date-time with milliseconds, as Dintero writes `created_at`.
fn rfc3339(unix_ms: f64) -> String {
    let ms = unix_ms as i64;
    let (days, in_day) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, sec, milli) = (
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000,
    );
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{sec:02}.{milli:03}Z")
}

fn pay_request(reference: &str) -> Value {
    json!({
        "session": {
            "order": {"amount": 29990, "currency": "NOK", "merchant_reference": reference, "vat_amount": 6000,
                      "items": [{"line_id": "1", "description": "Stablestol", "quantity": 1, "amount": 29990, "vat_amount": 6000, "vat": 25}]},
            "customer": {"tokens": {"payex.creditcard": {"payment_token": CARD_TOKEN}}},
            "configuration": {"auto_capture": true}
        },
        "payment": {"payment_product_type": "payex.creditcard", "operation": "unscheduled_purchase"}
    })
}

struct Run {
    result: Result<Value, Error>,
    ledger: Rc<Ledger>,
    events: Rc<EventLog>,
}

/// A charge with `hookBodies: true`, so the events carry every body sent and received.
fn charge(card: Card, faults: &[Fault], toggle: FeatureToggle, lookup_down: bool) -> Run {
    let mut options = credentials_options();
    options["hookBodies"] = json!(true);
    charge_with(card, faults, toggle, lookup_down, options)
}

fn charge_with(
    card: Card,
    faults: &[Fault],
    toggle: FeatureToggle,
    lookup_down: bool,
    options: Value,
) -> Run {
    let sim = Sim::new();
    let ledger = Ledger::new(&sim, card, faults);
    ledger.lookup_down.set(lookup_down);
    let config = ClientConfig::from_options(&options, Environment::default()).unwrap();
    let events = Rc::new(EventLog::default());
    let client = Client::new(config, Rc::clone(&ledger)).with_events(events.clone());
    let request = pay_request("order-77");
    let future = async move {
        client
            .pay_with_token(&request, toggle, &CallOptions::NONE, &NeverCancelled)
            .await
            .map(|answer| answer.body.to_value())
    };
    let result = run(&sim, vec![Box::pin(future)]).pop().unwrap();
    Run {
        result,
        ledger,
        events,
    }
}

const FAULTS: [Fault; 6] = [
    Fault::ResetAfter,
    Fault::UnavailableAfter,
    Fault::SlowAfter,
    Fault::CutBodyAfter,
    Fault::Unauthorized,
    Fault::RateLimited,
];

const TOGGLES: [FeatureToggle; 3] = [
    FeatureToggle::StrictMerchantReference,
    FeatureToggle::StrictSuccessMerchantReference,
    FeatureToggle::None,
];

fn do_not_retry() -> Value {
    json!({"code": "51", "message": "Do not honour", "type": "DO_NOT_RETRY"})
}

/// Each fault after the charge is recorded, with each toggle: at most one successful charge for
/// the reference, the card tried once, and the call returns that transaction (the lookup finds
/// it) or, when the lookup is down too, rejects with `payment_outcome_unknown`.
#[test]
fn no_fault_sequence_charges_twice() {
    for toggle in TOGGLES {
        for lookup_down in [false, true] {
            for fault in FAULTS {
                for sequence in [
                    vec![fault],
                    vec![fault, fault],
                    vec![fault, fault, fault, fault],
                ] {
                    let case = format!("{toggle:?} {sequence:?} lookup down: {lookup_down}");
                    let run = charge(Card::Authorizes, &sequence, toggle, lookup_down);
                    assert!(run.ledger.authorized_charges("order-77") <= 1, "{case}");
                    assert!(run.ledger.card_tries.get() <= 1, "{case}");
                    match &run.result {
                        Ok(tx) => {
                            assert_eq!(run.ledger.authorized_charges("order-77"), 1, "{case}");
                            assert_eq!(tx["id"], "T11223344.tx1", "{case}");
                            assert_eq!(tx["new_member"]["kept"], 1.10, "{case}");
                        }
                        Err(error) => {
                            let before_charge =
                                matches!(fault, Fault::Unauthorized | Fault::RateLimited);
                            // Nothing charged: 429/401 said so; after the retries they end
                            // the call as the API error they are.
                            if before_charge && run.ledger.card_tries.get() == 0 {
                                assert!(
                                    matches!(
                                        error.kind,
                                        ErrorKind::RateLimit | ErrorKind::Authentication
                                    ),
                                    "{case}: {error:?}"
                                );
                            } else {
                                assert_eq!(
                                    error.code, "payment_outcome_unknown",
                                    "{case}: {error:?}"
                                );
                                assert!(lookup_down, "{case}: the lookup should have found it");
                                let details = error.payment.as_ref().unwrap();
                                assert_eq!(details.merchant_reference.as_deref(), Some("order-77"));
                            }
                        }
                    }
                    let printed = format!("{:?} {:?}", run.result, run.events.events());
                    assert!(!printed.contains(CARD_TOKEN), "{case}: {printed}");
                }
            }
        }
    }
}

#[test]
fn a_401_then_success_and_a_429_then_success_charge_once() {
    for fault in [Fault::Unauthorized, Fault::RateLimited] {
        for toggle in TOGGLES {
            let run = charge(Card::Authorizes, &[fault], toggle, false);
            let tx = run.result.unwrap();
            assert_eq!(tx["status"], "AUTHORIZED");
            assert_eq!(run.ledger.authorized_charges("order-77"), 1);
            assert_eq!(run.ledger.pay_requests(), 2, "{fault:?} {toggle:?}");
        }
    }
}

/// A decline whose answer is lost: the card is not tried again, and the call rejects as
/// declined (found by the lookup) with `retryable: false`.
#[test]
fn a_decline_whose_answer_is_lost_is_not_tried_again() {
    for toggle in TOGGLES {
        for fault in [
            Fault::ResetAfter,
            Fault::UnavailableAfter,
            Fault::SlowAfter,
            Fault::CutBodyAfter,
        ] {
            let run = charge(
                Card::Declines(do_not_retry()),
                &[fault, fault],
                toggle,
                false,
            );
            assert_eq!(run.ledger.card_tries.get(), 1, "{toggle:?} {fault:?}");
            let error = run.result.unwrap_err();
            assert_eq!(error.kind, ErrorKind::PaymentDeclined, "{error:?}");
            assert_eq!(error.code, "payment_declined");
            let details = error.payment.as_ref().unwrap();
            assert_eq!(details.retryable, Some(false));
            assert_eq!(details.retry_codes, Some(vec!["DO_NOT_RETRY".to_owned()]));
            assert!(details
                .transaction_json
                .as_deref()
                .unwrap()
                .contains("T11223344.tx1"));
        }
    }
}

#[test]
fn a_direct_decline_maps_both_shapes() {
    let run = charge(
        Card::Declines(do_not_retry()),
        &[],
        FeatureToggle::default(),
        false,
    );
    let error = run.result.unwrap_err();
    assert_eq!(error.status, Some(200));
    assert!(error.message.contains("Do not honour"), "{}", error.message);
    assert!(error.message.contains("order-77"));
    let details = error.payment.unwrap();
    assert_eq!(details.error_type_json.as_deref(), Some("\"DO_NOT_RETRY\""));
    assert_eq!(details.transaction_status.as_deref(), Some("FAILED"));
    let later = json!({"message": "try later", "type": ["ISSUER_ERROR"],
                       "retry_policy": {"retry_codes": ["RETRY_AFTER_DELAY"], "retry_after": "PT2H"}});
    let error = charge(Card::Declines(later), &[], FeatureToggle::default(), false)
        .result
        .unwrap_err();
    let details = error.payment.unwrap();
    assert_eq!(details.retryable, Some(true));
    assert_eq!(
        details.retry_policy_json.as_deref(),
        Some(r#"{"retry_after":"PT2H","retry_codes":["RETRY_AFTER_DELAY"]}"#)
    );
}

#[test]
fn sends_the_toggle_and_the_request_as_built() {
    for (toggle, header) in [
        (
            FeatureToggle::StrictMerchantReference,
            Some("strict-merchant-reference"),
        ),
        (
            FeatureToggle::StrictSuccessMerchantReference,
            Some("strict-success-merchant-reference"),
        ),
        (FeatureToggle::None, None),
    ] {
        let run = charge(Card::Authorizes, &[], toggle, false);
        assert!(run.result.is_ok());
        let log = run.ledger.log.borrow();
        let pay = log
            .iter()
            .find(|(_, p, _, _)| p == "/v1/sessions/pay")
            .unwrap();
        assert_eq!(pay.2.as_deref(), header);
        let sent: Value = serde_json::from_str(pay.3.as_deref().unwrap()).unwrap();
        assert_eq!(sent, pay_request("order-77"));
    }
}

/// Without `strict-merchant-reference` a request that may have reached Dintero is never sent
/// again: one POST, then the lookup.
#[test]
fn other_toggles_never_repeat_a_request_that_may_have_arrived() {
    for toggle in [
        FeatureToggle::StrictSuccessMerchantReference,
        FeatureToggle::None,
    ] {
        let run = charge(Card::Authorizes, &[Fault::UnavailableAfter], toggle, false);
        assert!(run.result.is_ok());
        assert_eq!(run.ledger.pay_requests(), 1, "{toggle:?}");
    }
    // With it, the repeat is harmless: Dintero refuses the duplicate, the lookup finds the charge.
    let run = charge(
        Card::Authorizes,
        &[Fault::UnavailableAfter],
        FeatureToggle::StrictMerchantReference,
        false,
    );
    assert!(run.result.is_ok());
    assert_eq!(run.ledger.pay_requests(), 2);
}

#[test]
fn an_invalid_request_sends_nothing_and_names_no_token() {
    let sim = Sim::new();
    let ledger = Ledger::new(&sim, Card::Authorizes, &[]);
    let config =
        ClientConfig::from_options(&credentials_options(), Environment::default()).unwrap();
    let client = Client::new(config, Rc::clone(&ledger));
    let mut request = pay_request("order-1");
    request["payment"]["operation"] = json!("sometimes");
    request["session"]["customer"]["tokens"]["payex.creditcard"]["payment_token"] =
        json!(CARD_TOKEN);
    request["session"]["order"]
        .as_object_mut()
        .unwrap()
        .remove("merchant_reference");
    let future = async move {
        client
            .pay_with_token(
                &request,
                FeatureToggle::default(),
                &CallOptions::NONE,
                &NeverCancelled,
            )
            .await
    };
    let error = run(&sim, vec![Box::pin(future)])
        .pop()
        .unwrap()
        .unwrap_err();
    assert_eq!(error.code, "validation_failed");
    let codes: Vec<&str> = error
        .issues
        .iter()
        .filter(|i| i.is_error())
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(codes, ["required", "invalid_enum_value"]);
    assert!(!format!("{error:?}").contains(CARD_TOKEN));
    assert!(ledger.log.borrow().is_empty());
}

/// A reference names one charge: a second call soon after (within the clock skew allowance)
/// gets Dintero's 400, looks the reference up and returns the first charge (a runtime that
/// re-sends a POST on its own cannot make a charge look refused); a call made long after the
/// first charge with the same reference gets Dintero's 400 as sent, never the old charge.
#[test]
fn a_reference_charged_before_returns_that_charge_only_soon_after() {
    let sim = Sim::new();
    let ledger = Ledger::new(&sim, Card::Authorizes, &[]);
    let config =
        ClientConfig::from_options(&credentials_options(), Environment::default()).unwrap();
    let client = Client::new(config, Rc::clone(&ledger));
    let clock = Rc::clone(&sim);
    let future = async move {
        let pay = |request: Value| {
            let client = client.clone();
            async move {
                client
                    .pay_with_token(
                        &request,
                        FeatureToggle::default(),
                        &CallOptions::NONE,
                        &NeverCancelled,
                    )
                    .await
                    .map(|answer| answer.body.to_value())
            }
        };
        let first = pay(pay_request("order-9")).await;
        let second = pay(pay_request("order-9")).await;
        clock.sleep(CLOCK_SKEW_MS + 60_000.0).await;
        let later = pay(pay_request("order-9")).await;
        (first, second, later)
    };
    let (first, second, later) = run(&sim, vec![Box::pin(future)]).pop().unwrap();
    assert_eq!(first.unwrap()["id"], "T11223344.tx1");
    assert_eq!(second.unwrap()["id"], "T11223344.tx1");
    let later = later.unwrap_err();
    assert_eq!(
        (later.kind, later.code.as_str()),
        (ErrorKind::Api, "bad_request")
    );
    assert_eq!(later.dintero_code(), Some("DUPLICATE_MERCHANT_REFERENCE"));
    assert_eq!(ledger.card_tries.get(), 1);
    assert_eq!(ledger.authorized_charges("order-9"), 1);
}

#[test]
fn a_400_with_no_charge_behind_it_is_returned_as_sent() {
    let run = charge(
        Card::Authorizes,
        &[Fault::BadRequest],
        FeatureToggle::default(),
        false,
    );
    let error = run.result.unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str()),
        (ErrorKind::Api, "bad_request")
    );
    assert_eq!(error.dintero_code(), Some("INVALID"));
    assert_eq!(run.ledger.card_tries.get(), 0);
    assert_eq!(run.ledger.pay_requests(), 1);
}
