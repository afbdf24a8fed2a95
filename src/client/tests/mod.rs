//! Flow tests of the client over the fake transport, in virtual time.

mod auth_flow;
mod body_limit;
mod cancellation;
mod charge;
mod redaction;
mod request_shape;
mod retries;
mod visibility;

use super::testing::{run, FakeTransport, Sim, TestCancel};
use super::{
    Answer, CallOptions, Client, ClientConfig, Environment, EventLog, NeverCancelled, ResponseJson,
    ResponseMeta,
};
use crate::error::Error;
use serde_json::{json, Value};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

pub const CLIENT_SECRET: &str = "cs-Very-Secret-0123456789";

/// A valid request body.
pub fn valid_request() -> Value {
    json!({
        "session": {
            "order": {"currency": "NOK", "merchant_reference": "order-1"},
            "url": {"return_url": "https://shop.example/return"}
        },
        "token_provider": {"payment_product_type": "payex.creditcard", "token_types": ["payment_token"]}
    })
}

/// Client-credentials options against a loopback base URL.
pub fn credentials_options() -> Value {
    json!({
        "accountId": "T11223344", "clientId": "client-id", "clientSecret": CLIENT_SECRET,
        "baseUrl": "http://127.0.0.1:4010", "timeoutMs": 1000
    })
}

/// One client call as a boxed future.
pub type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<Answer<ResponseJson>, Error>> + 'a>>;

/// A simulation with a fake transport and a client built from `options`, whose events are
/// collected in `events`.
pub struct Harness {
    pub sim: Rc<Sim>,
    pub client: Client<Rc<FakeTransport>>,
    pub fake: Rc<FakeTransport>,
    pub events: Rc<EventLog>,
}

impl Harness {
    pub fn new(options: Value) -> Self {
        let sim = Sim::new();
        let fake = Rc::new(FakeTransport::new(&sim));
        let config =
            ClientConfig::from_options(&options, Environment::default()).expect("valid options");
        let events = Rc::new(EventLog::default());
        Self {
            client: Client::new(config, Rc::clone(&fake)).with_events(events.clone()),
            sim,
            fake,
            events,
        }
    }

    pub fn with_credentials() -> Self {
        Self::new(credentials_options())
    }

    /// Runs one session creation to completion.
    pub fn create(&self) -> Result<Answer, Error> {
        self.run_one(self.client.create_payment_token_session(
            &valid_request(),
            false,
            &CallOptions::NONE,
            &NeverCancelled,
        ))
    }

    /// Runs a session creation cancelled at `at_ms` of virtual time.
    pub fn create_cancelled_at(&self, at_ms: f64) -> Result<Answer, Error> {
        let cancel = TestCancel::at(&self.sim, at_ms);
        let request = valid_request();
        let future = async move {
            self.client
                .create_payment_token_session(&request, false, &CallOptions::NONE, &cancel)
                .await
        };
        self.run_one(future)
    }

    /// Runs one call to completion (see [`Harness::run_all`]).
    pub fn run_one<'a>(
        &self,
        future: impl Future<Output = Result<Answer<ResponseJson>, Error>> + 'a,
    ) -> Result<Answer, Error> {
        self.run_all(vec![Box::pin(future)])
            .pop()
            .expect("one result")
    }

    /// Runs the calls to completion; each body is read as a `Value` for the assertions.
    pub fn run_all(&self, futures: Vec<CallFuture<'_>>) -> Vec<Result<Answer, Error>> {
        run(&self.sim, futures)
            .into_iter()
            .map(|result| {
                result.map(|answer| Answer {
                    body: answer.body.to_value(),
                    meta: answer.meta,
                })
            })
            .collect()
    }
}

/// `Transport` for `Rc<FakeTransport>` so tests can keep a handle on the fake.
impl super::Transport for Rc<FakeTransport> {
    fn send(
        &self,
        request: &super::HttpRequest,
    ) -> impl Future<Output = Result<super::HttpResponse, super::TransportError>> {
        (**self).send(request)
    }
    fn sleep(&self, duration_ms: u64) -> impl Future<Output = ()> {
        (**self).sleep(duration_ms)
    }
    fn now_ms(&self) -> f64 {
        (**self).now_ms()
    }
    fn random(&self) -> f64 {
        (**self).random()
    }
}

impl Harness {
    /// Lets `ms` of virtual time pass.
    pub fn advance(&self, ms: f64) {
        let sim = Rc::clone(&self.sim);
        run(
            &self.sim,
            vec![Box::pin(async move {
                sim.sleep(ms).await;
            })],
        );
    }
}
