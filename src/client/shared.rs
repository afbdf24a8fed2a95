//! A future whose single output several waiters share (single-threaded).
//!
//! Used for the access token: concurrent calls wait for ONE token request. Whoever polls drives
//! the request, so a waiter that gives up (its caller aborted) does not strand the others.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

type BoxedFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// A cloneable handle on a future that runs once; every handle resolves to a clone of its output.
pub struct Shared<T: Clone> {
    state: Rc<RefCell<State<T>>>,
    wakers: Arc<WakerList>,
}

struct State<T> {
    /// `None` while being polled (re-entrant polls wait) or once finished.
    future: Option<BoxedFuture<T>>,
    output: Option<T>,
}

/// Every waker that polled a handle; waking it wakes them all.
#[derive(Default)]
struct WakerList(Mutex<Vec<Waker>>);

impl WakerList {
    fn register(&self, waker: &Waker) {
        if let Ok(mut wakers) = self.0.lock() {
            if !wakers.iter().any(|w| w.will_wake(waker)) {
                wakers.push(waker.clone());
            }
        }
    }
}

impl Wake for WakerList {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let wakers = self
            .0
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default();
        for waker in wakers {
            waker.wake();
        }
    }
}

impl<T: Clone> Shared<T> {
    /// Wraps `future`; nothing runs until a handle is polled.
    pub fn new(future: impl Future<Output = T> + 'static) -> Self {
        Self {
            state: Rc::new(RefCell::new(State {
                future: Some(Box::pin(future)),
                output: None,
            })),
            wakers: Arc::new(WakerList::default()),
        }
    }
}

impl<T: Clone> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self {
            state: Rc::clone(&self.state),
            wakers: Arc::clone(&self.wakers),
        }
    }
}

impl<T: Clone> Future for Shared<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.wakers.register(cx.waker());
        let mut future = {
            let mut state = self.state.borrow_mut();
            if let Some(output) = &state.output {
                return Poll::Ready(output.clone());
            }
            match state.future.take() {
                Some(future) => future,
                None => return Poll::Pending,
            }
        };
        let waker = Waker::from(Arc::clone(&self.wakers));
        match future.as_mut().poll(&mut Context::from_waker(&waker)) {
            Poll::Ready(output) => {
                self.state.borrow_mut().output = Some(output.clone());
                self.wakers.wake_by_ref();
                Poll::Ready(output)
            }
            Poll::Pending => {
                self.state.borrow_mut().future = Some(future);
                Poll::Pending
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::testing::block_on;
    use std::cell::Cell;

    #[test]
    fn runs_once_and_every_handle_gets_the_output() {
        let runs = Rc::new(Cell::new(0));
        let counter = Rc::clone(&runs);
        let shared = Shared::new(async move {
            counter.set(counter.get() + 1);
            String::from("token")
        });
        let other = shared.clone();
        assert_eq!(block_on(shared), "token");
        assert_eq!(block_on(other.clone()), "token");
        assert_eq!(block_on(other), "token");
        assert_eq!(runs.get(), 1);
    }
}
