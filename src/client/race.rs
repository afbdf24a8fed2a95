//! Waiting for whichever of two futures finishes first.

use std::future::{poll_fn, Future};
use std::pin::pin;
use std::task::Poll;

/// Which of two raced futures finished first, with its output.
#[derive(Debug, PartialEq, Eq)]
pub enum First<A, B> {
    /// The first future finished first.
    Left(A),
    /// The second future finished first.
    Right(B),
}

/// Runs both futures and returns the output of the first to finish; the other is dropped
/// (which cancels it). When both are ready in the same poll, `left` wins.
pub async fn race<A: Future, B: Future>(left: A, right: B) -> First<A::Output, B::Output> {
    let mut left = pin!(left);
    let mut right = pin!(right);
    poll_fn(|cx| {
        if let Poll::Ready(out) = left.as_mut().poll(cx) {
            return Poll::Ready(First::Left(out));
        }
        if let Poll::Ready(out) = right.as_mut().poll(cx) {
            return Poll::Ready(First::Right(out));
        }
        Poll::Pending
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::testing::block_on;
    use std::future::{pending, ready};

    #[test]
    fn returns_the_first_ready_future() {
        assert_eq!(block_on(race(ready(1), pending::<()>())), First::Left(1));
        assert_eq!(
            block_on(race(pending::<()>(), ready("b"))),
            First::Right("b")
        );
        assert_eq!(block_on(race(ready(1), ready(2))), First::Left(1));
    }
}
