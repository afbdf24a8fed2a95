//! The cached access token, with ONE in-flight token request shared by concurrent calls.

use super::auth::AccessToken;
use super::race::{race, First};
use super::secret::Secret;
use super::shared::Shared;
use super::transport::Cancellation;
use crate::error::Error;
use std::cell::{Cell, RefCell};

/// A token request in flight, shared by every call waiting for it.
pub type TokenFetch = Shared<Result<AccessToken, Error>>;

enum State {
    Empty,
    Ready(AccessToken),
    Fetching { generation: u64, fetch: TokenFetch },
}

/// Holds at most one token and at most one token request.
pub struct TokenCache {
    state: RefCell<State>,
    generations: Cell<u64>,
    /// The last token Dintero answered with something other than 401/403: it was valid then.
    accepted: RefCell<Option<Secret>>,
}

impl Default for TokenCache {
    fn default() -> Self {
        Self {
            state: RefCell::new(State::Empty),
            generations: Cell::new(0),
            accepted: RefCell::new(None),
        }
    }
}

impl TokenCache {
    /// A token valid at `now_ms`: the cached one, the one being fetched, or a new fetch made by
    /// `start`. A caller that cancels stops waiting at once with `aborted()`; the fetch itself
    /// goes on for the other waiters. Failures are not cached: the next call fetches again.
    pub async fn token<C: Cancellation>(
        &self,
        now_ms: f64,
        start: impl FnOnce() -> TokenFetch,
        cancel: &C,
        aborted: impl FnOnce() -> Error,
    ) -> Result<Secret, Error> {
        let (generation, fetch) = {
            let mut state = self.state.borrow_mut();
            match &*state {
                State::Ready(token) if now_ms < token.refresh_at_ms => {
                    return Ok(token.token.clone())
                }
                State::Fetching { generation, fetch } => (*generation, fetch.clone()),
                State::Empty | State::Ready(_) => {
                    let generation = self.generations.get() + 1;
                    self.generations.set(generation);
                    let fetch = start();
                    *state = State::Fetching {
                        generation,
                        fetch: fetch.clone(),
                    };
                    (generation, fetch)
                }
            }
        };
        let result = match race(fetch, cancel.cancelled()).await {
            First::Left(result) => result,
            First::Right(()) => return Err(aborted()),
        };
        let mut state = self.state.borrow_mut();
        if matches!(&*state, State::Fetching { generation: current, .. } if *current == generation)
        {
            *state = match &result {
                Ok(token) => State::Ready(token.clone()),
                Err(_) => State::Empty,
            };
        }
        result.map(|token| token.token)
    }

    /// Forgets `used` if it is still the cached token (after Dintero answered 401 to it). A newer
    /// token another call already fetched is kept.
    pub fn invalidate(&self, used: &Secret) {
        let mut state = self.state.borrow_mut();
        if matches!(&*state, State::Ready(token) if token.token == *used) {
            *state = State::Empty;
        }
    }

    /// Records that Dintero accepted `token` (answered something other than 401 or 403).
    pub fn accepted(&self, token: &Secret) {
        let mut accepted = self.accepted.borrow_mut();
        if accepted.as_ref() != Some(token) {
            *accepted = Some(token.clone());
        }
    }

    /// Whether `token` is the last token Dintero was seen to accept: a 401 to it means it
    /// expired or was revoked since, not that the credentials are refused.
    pub fn was_accepted(&self, token: &Secret) -> bool {
        self.accepted.borrow().as_ref() == Some(token)
    }

    /// The cached token, if any (for redaction).
    pub fn cached(&self) -> Option<Secret> {
        match &*self.state.borrow() {
            State::Ready(token) => Some(token.token.clone()),
            _ => None,
        }
    }
}
