//! Test support: a deterministic single-threaded executor with virtual time, a fake
//! [`Transport`] answering from scripts, and a [`Cancellation`] that fires at a set time.

use super::body_limit::{read_bounded, BodyStream, CONTENT_LENGTH, MAX_RESPONSE_BODY_BYTES};
use super::transport::{Cancellation, HttpRequest, HttpResponse, Transport, TransportError};
use serde_json::json;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

/// Virtual "now" at the start of every simulation: 2023-11-14T22:13:20Z.
pub const START_MS: f64 = 1_700_000_000_000.0;

struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Polls a future that needs no timers to completion.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let sim = Sim::new();
    run(&sim, vec![Box::pin(future)]).pop().expect("one output")
}

/// Virtual clock and timers.
pub struct Sim {
    now: Cell<f64>,
    timers: RefCell<BTreeMap<u64, f64>>,
    next_id: Cell<u64>,
}

impl Sim {
    /// A clock at [`START_MS`].
    pub fn new() -> Rc<Self> {
        Rc::new(Self {
            now: Cell::new(START_MS),
            timers: RefCell::default(),
            next_id: Cell::new(0),
        })
    }

    /// Virtual now.
    pub fn now(&self) -> f64 {
        self.now.get()
    }

    /// Milliseconds since the start.
    pub fn elapsed(&self) -> f64 {
        self.now.get() - START_MS
    }

    /// Completes at `deadline` (virtual ms).
    pub fn sleep_until(self: &Rc<Self>, deadline: f64) -> SimSleep {
        let id = self.next_id.get() + 1;
        self.next_id.set(id);
        SimSleep {
            sim: Rc::clone(self),
            deadline,
            id,
        }
    }

    /// Completes after `ms` virtual milliseconds.
    pub fn sleep(self: &Rc<Self>, ms: f64) -> SimSleep {
        self.sleep_until(self.now() + ms)
    }
}

/// A virtual timer; dropping it cancels it.
pub struct SimSleep {
    sim: Rc<Sim>,
    deadline: f64,
    id: u64,
}

impl Future for SimSleep {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.sim.now() >= self.deadline {
            self.sim.timers.borrow_mut().remove(&self.id);
            Poll::Ready(())
        } else {
            self.sim.timers.borrow_mut().insert(self.id, self.deadline);
            Poll::Pending
        }
    }
}

impl Drop for SimSleep {
    fn drop(&mut self) {
        self.sim.timers.borrow_mut().remove(&self.id);
    }
}

/// Runs futures concurrently until all finish, advancing virtual time to the next timer
/// whenever none can make progress. Panics on a deadlock (pending futures, no timers).
pub fn run<'a, T>(sim: &Rc<Sim>, futures: Vec<Pin<Box<dyn Future<Output = T> + 'a>>>) -> Vec<T> {
    let mut futures: Vec<Option<Pin<Box<dyn Future<Output = T> + 'a>>>> =
        futures.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    let flag = Arc::new(Flag(AtomicBool::new(true)));
    let waker = Waker::from(Arc::clone(&flag));
    loop {
        while flag.0.swap(false, Ordering::SeqCst) {
            for (slot, output) in futures.iter_mut().zip(outputs.iter_mut()) {
                if let Some(future) = slot {
                    if let Poll::Ready(value) =
                        future.as_mut().poll(&mut Context::from_waker(&waker))
                    {
                        *output = Some(value);
                        *slot = None;
                        flag.0.store(true, Ordering::SeqCst);
                    }
                }
            }
        }
        if futures.iter().all(Option::is_none) {
            return outputs.into_iter().map(|o| o.expect("finished")).collect();
        }
        let next = sim
            .timers
            .borrow()
            .values()
            .copied()
            .fold(f64::INFINITY, f64::min);
        assert!(
            next.is_finite(),
            "deadlock: futures are pending and no timer is set"
        );
        sim.now.set(next.max(sim.now()));
        flag.0.store(true, Ordering::SeqCst);
    }
}

/// Which fake endpoint a scripted reply is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /v1/accounts/{aid}/auth/token`
    Token,
    /// `POST /v1/sessions/payment-token`
    Session,
    /// `GET /v1/transactions/{id}`
    Transaction,
}

impl Endpoint {
    fn of(request: &HttpRequest) -> Self {
        if request.url.contains("/auth/token") {
            Endpoint::Token
        } else if request.url.contains("/v1/sessions/payment-token") {
            Endpoint::Session
        } else {
            Endpoint::Transaction
        }
    }
}

/// One scripted outcome of a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A response after `delay_ms`.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
        delay_ms: f64,
    },
    /// A transport failure after `delay_ms`.
    Fail { message: String, delay_ms: f64 },
    /// Never answers.
    Hang,
    /// A response whose body never ends: `chunk_bytes` at a time, one chunk per virtual ms.
    Endless {
        status: u16,
        headers: Vec<(String, String)>,
        chunk_bytes: usize,
    },
}

impl Reply {
    /// An immediate response.
    pub fn status(status: u16, body: &str) -> Self {
        Reply::Respond {
            status,
            headers: vec![],
            body: body.to_owned(),
            delay_ms: 0.0,
        }
    }

    /// An immediate response with headers.
    pub fn with_headers(status: u16, headers: &[(&str, &str)], body: &str) -> Self {
        let headers = headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        Reply::Respond {
            status,
            headers,
            body: body.to_owned(),
            delay_ms: 0.0,
        }
    }

    /// A response after `delay_ms`.
    pub fn slow(delay_ms: f64, status: u16, body: &str) -> Self {
        Reply::Respond {
            status,
            headers: vec![],
            body: body.to_owned(),
            delay_ms,
        }
    }

    /// An immediate transport failure.
    pub fn fail(message: &str) -> Self {
        Reply::Fail {
            message: message.to_owned(),
            delay_ms: 0.0,
        }
    }
}

/// A request as the fake received it, and when.
#[derive(Clone, Debug)]
pub struct Logged {
    /// Virtual ms since the start.
    pub at_ms: f64,
    /// Which endpoint.
    pub endpoint: Endpoint,
    /// The request.
    pub request: HttpRequest,
}

/// Answers from per-endpoint scripts, then with defaults: tokens `tok-1`, `tok-2`, ...
/// (`expires_in` 3600), sessions `T11223344.s1`, ..., transactions with card tokens.
pub struct FakeTransport {
    sim: Rc<Sim>,
    scripts: RefCell<Vec<(Endpoint, VecDeque<Reply>)>>,
    log: RefCell<Vec<Logged>>,
    counters: RefCell<BTreeMap<&'static str, u32>>,
    /// Requests whose future was dropped before completing (aborted).
    pub dropped: Rc<Cell<u32>>,
    /// What `random()` returns.
    pub random: Cell<f64>,
}

impl FakeTransport {
    /// A fake on `sim`'s clock.
    pub fn new(sim: &Rc<Sim>) -> Self {
        Self {
            sim: Rc::clone(sim),
            scripts: RefCell::default(),
            log: RefCell::default(),
            counters: RefCell::default(),
            dropped: Rc::default(),
            random: Cell::new(0.5),
        }
    }

    /// Queues replies for an endpoint (used before the defaults).
    pub fn script(&self, endpoint: Endpoint, replies: Vec<Reply>) {
        self.scripts.borrow_mut().push((endpoint, replies.into()));
    }

    /// Every request received so far.
    pub fn log(&self) -> Vec<Logged> {
        self.log.borrow().clone()
    }

    /// Requests received for one endpoint.
    pub fn requests(&self, endpoint: Endpoint) -> Vec<Logged> {
        self.log
            .borrow()
            .iter()
            .filter(|l| l.endpoint == endpoint)
            .cloned()
            .collect()
    }

    fn next_number(&self, key: &'static str) -> u32 {
        let mut counters = self.counters.borrow_mut();
        let n = counters.entry(key).or_insert(0);
        *n += 1;
        *n
    }

    fn reply_for(&self, endpoint: Endpoint, request: &HttpRequest) -> Reply {
        let scripted = self
            .scripts
            .borrow_mut()
            .iter_mut()
            .filter(|(e, _)| *e == endpoint)
            .find_map(|(_, replies)| replies.pop_front());
        if let Some(reply) = scripted {
            return reply;
        }
        match endpoint {
            Endpoint::Token => {
                let n = self.next_number("token");
                Reply::status(200, &json!({"access_token": format!("tok-{n}"), "token_type": "Bearer", "expires_in": 3600}).to_string())
            }
            Endpoint::Session => {
                let n = self.next_number("session");
                let id = format!("T11223344.s{n}");
                let mut body = json!({"id": id, "url": format!("https://checkout.test.dintero.com/v1/view/{id}")});
                if request.url.contains("include_session=true") {
                    body["session"] = json!({"id": id, "events": []});
                }
                Reply::status(200, &body.to_string())
            }
            Endpoint::Transaction => {
                let id = request
                    .url
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .split('?')
                    .next()
                    .unwrap_or("")
                    .to_owned();
                let body = json!({"id": id, "card": {"payment_token": "pt-1", "recurrence_token": "rt-1"}});
                Reply::status(200, &body.to_string())
            }
        }
    }
}

/// A fake response body: the scripted bytes in chunks of 64 KiB (or an endless run of chunks,
/// one per virtual millisecond), read by [`read_bounded`] as a real transport reads one.
pub struct FakeBody {
    sim: Rc<Sim>,
    chunks: VecDeque<Vec<u8>>,
    endless_chunk_bytes: Option<usize>,
    kept: Vec<u8>,
    /// Bytes handed out so far (to show that reading stopped).
    pub produced: usize,
}

impl FakeBody {
    fn chunks_of(sim: &Rc<Sim>, bytes: Vec<u8>) -> Self {
        Self {
            sim: Rc::clone(sim),
            chunks: bytes.chunks(64 * 1024).map(<[u8]>::to_vec).collect(),
            endless_chunk_bytes: None,
            kept: Vec::new(),
            produced: 0,
        }
    }

    fn endless(sim: &Rc<Sim>, chunk_bytes: usize) -> Self {
        Self {
            endless_chunk_bytes: Some(chunk_bytes),
            ..Self::chunks_of(sim, Vec::new())
        }
    }
}

impl BodyStream for FakeBody {
    fn read_chunk(&mut self) -> impl Future<Output = Result<Option<usize>, TransportError>> {
        let chunk = match self.endless_chunk_bytes {
            Some(bytes) => Some(vec![b' '; bytes]),
            None => self.chunks.pop_front(),
        };
        let wait = self.endless_chunk_bytes.map(|_| self.sim.sleep(1.0));
        if let Some(chunk) = &chunk {
            self.produced += chunk.len();
            // An endless body is counted, not kept (it is refused anyway).
            if self.endless_chunk_bytes.is_none() {
                self.kept.extend_from_slice(chunk);
            }
        }
        let length = chunk.map(|c| c.len());
        async move {
            if let Some(wait) = wait {
                wait.await;
            }
            Ok(length)
        }
    }

    fn cancel(&mut self) {
        self.chunks.clear();
        self.endless_chunk_bytes = None;
        self.kept = Vec::new();
    }

    fn into_text(self) -> Result<String, TransportError> {
        String::from_utf8(self.kept).map_err(|_| TransportError::new("not UTF-8"))
    }
}

/// `head` with the body read from `stream` within the limit, as a real transport does.
async fn read_fake_body(
    head: HttpResponse,
    stream: FakeBody,
) -> Result<HttpResponse, TransportError> {
    let content_length = head.header(CONTENT_LENGTH).map(str::to_owned);
    match read_bounded(stream, content_length.as_deref(), MAX_RESPONSE_BODY_BYTES).await {
        Ok(body) => Ok(HttpResponse { body, ..head }),
        Err(error) => Err(error.into_transport_error(head, MAX_RESPONSE_BODY_BYTES)),
    }
}

/// Counts a request future dropped before it finished.
struct InFlight {
    dropped: Rc<Cell<u32>>,
    done: bool,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if !self.done {
            self.dropped.set(self.dropped.get() + 1);
        }
    }
}

impl Transport for FakeTransport {
    fn send(
        &self,
        request: &HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>> {
        let endpoint = Endpoint::of(request);
        self.log.borrow_mut().push(Logged {
            at_ms: self.sim.elapsed(),
            endpoint,
            request: request.clone(),
        });
        let reply = self.reply_for(endpoint, request);
        let sim = Rc::clone(&self.sim);
        let in_flight = InFlight {
            dropped: Rc::clone(&self.dropped),
            done: false,
        };
        async move {
            let mut in_flight = in_flight; // moves the whole guard in (not just its field)
            let result = match reply {
                Reply::Respond {
                    status,
                    headers,
                    body,
                    delay_ms,
                } => {
                    sim.sleep(delay_ms).await;
                    let head = HttpResponse {
                        status,
                        headers,
                        body: String::new(),
                    };
                    let stream = FakeBody::chunks_of(&sim, body.into_bytes());
                    read_fake_body(head, stream).await
                }
                Reply::Endless {
                    status,
                    headers,
                    chunk_bytes,
                } => {
                    let head = HttpResponse {
                        status,
                        headers,
                        body: String::new(),
                    };
                    read_fake_body(head, FakeBody::endless(&sim, chunk_bytes)).await
                }
                Reply::Fail { message, delay_ms } => {
                    sim.sleep(delay_ms).await;
                    Err(TransportError::new(message))
                }
                Reply::Hang => std::future::pending().await,
            };
            in_flight.done = true;
            result
        }
    }

    fn sleep(&self, duration_ms: u64) -> impl Future<Output = ()> {
        self.sim.sleep(duration_ms as f64)
    }

    fn now_ms(&self) -> f64 {
        self.sim.now()
    }

    fn random(&self) -> f64 {
        self.random.get()
    }
}

/// Fires at a virtual time (or never).
pub struct TestCancel {
    sim: Rc<Sim>,
    at_elapsed_ms: f64,
}

impl TestCancel {
    /// Cancels `at_elapsed_ms` after the start (0 = already cancelled).
    pub fn at(sim: &Rc<Sim>, at_elapsed_ms: f64) -> Self {
        Self {
            sim: Rc::clone(sim),
            at_elapsed_ms,
        }
    }
}

impl Cancellation for TestCancel {
    fn is_cancelled(&self) -> bool {
        self.sim.elapsed() >= self.at_elapsed_ms
    }

    fn cancelled(&self) -> impl Future<Output = ()> {
        self.sim.sleep_until(START_MS + self.at_elapsed_ms)
    }
}
