//! Retry policy: which failures are retried, how long to wait, and `Retry-After`.
//!
//! Pure functions; the loop that uses them is in [`super::attempts`].

use super::http_date::parse_http_date;

/// HTTP statuses worth retrying: request timeout, rate limit and transient server errors.
/// Every other status (in particular every other 4xx) is final.
pub const RETRYABLE_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];

/// Whether a response with this status may be retried.
pub fn is_retryable_status(status: u16) -> bool {
    RETRYABLE_STATUSES.contains(&status)
}

/// How many times and how long to retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so at most `max_retries + 1` attempts).
    pub max_retries: u32,
    /// Upper bound of the first backoff delay; it doubles per retry.
    pub initial_delay_ms: u64,
    /// Upper bound of any backoff delay.
    pub max_delay_ms: u64,
    /// A `Retry-After` longer than this is not waited for: the error is returned at once (with
    /// its `retryAfter`) so the caller can decide.
    pub max_retry_after_ms: u64,
}

/// Default number of retries.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: DEFAULT_MAX_RETRIES,
            initial_delay_ms: 500,
            max_delay_ms: 8_000,
            max_retry_after_ms: 60_000,
        }
    }
}

impl RetryPolicy {
    /// Exponential backoff with "equal jitter": retry `n` (0-based) waits a uniformly random
    /// time in `[cap/2, cap)` where `cap = min(initial * 2^n, max)`. `random` is in `[0, 1)`.
    pub fn backoff_ms(&self, retry_index: u32, random: f64) -> u64 {
        let factor = 1u64.checked_shl(retry_index.min(32)).unwrap_or(u64::MAX);
        let cap = self
            .initial_delay_ms
            .saturating_mul(factor)
            .min(self.max_delay_ms);
        let random = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let half = cap as f64 / 2.0;
        (half + half * random).floor() as u64
    }

    /// The wait before retry `retry_index`: the server's `Retry-After` when given, else backoff.
    /// `None` when `Retry-After` exceeds [`RetryPolicy::max_retry_after_ms`] (do not retry).
    pub fn delay_ms(
        &self,
        retry_index: u32,
        random: f64,
        retry_after_ms: Option<u64>,
    ) -> Option<u64> {
        match retry_after_ms {
            Some(ms) if ms > self.max_retry_after_ms => None,
            Some(ms) => Some(ms),
            None => Some(self.backoff_ms(retry_index, random)),
        }
    }
}

/// Milliseconds to wait according to a `Retry-After` value: delay-seconds (`120`) or an
/// HTTP-date. A date in the past means 0. `None` when the value is neither.
pub fn parse_retry_after(value: &str, now_ms: f64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        let seconds: u64 = value.parse().unwrap_or(u64::MAX);
        return Some(seconds.saturating_mul(1000));
    }
    let at = parse_http_date(value)? as f64;
    let wait = (at - now_ms).ceil();
    Some(if wait > 0.0 { wait as u64 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_transient_statuses_are_retryable() {
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(is_retryable_status(status), "{status}");
        }
        for status in [200, 201, 301, 400, 401, 403, 404, 409, 422, 501, 505] {
            assert!(!is_retryable_status(status), "{status}");
        }
    }

    #[test]
    fn backoff_doubles_is_jittered_and_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff_ms(0, 0.0), 250);
        assert_eq!(policy.backoff_ms(0, 0.999_999), 499);
        assert_eq!(policy.backoff_ms(1, 0.0), 500);
        assert_eq!(policy.backoff_ms(2, 0.5), 1500);
        assert_eq!(policy.backoff_ms(10, 0.0), 4_000);
        assert!(policy.backoff_ms(10, 0.999) < 8_000);
        assert_eq!(policy.backoff_ms(u32::MAX, 1.0), 8_000);
        assert_eq!(policy.backoff_ms(0, f64::NAN), 375);
        for i in 0..100u32 {
            let r = f64::from(i) / 100.0;
            let d = policy.backoff_ms(1, r);
            assert!((500..1000).contains(&d), "{d}");
        }
    }

    #[test]
    fn retry_after_wins_over_backoff_up_to_the_cap() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay_ms(0, 0.0, Some(3_000)), Some(3_000));
        assert_eq!(policy.delay_ms(0, 0.0, Some(0)), Some(0));
        assert_eq!(policy.delay_ms(0, 0.0, Some(60_000)), Some(60_000));
        assert_eq!(policy.delay_ms(0, 0.0, Some(60_001)), None);
        assert_eq!(policy.delay_ms(0, 0.0, None), Some(250));
    }

    #[test]
    fn parses_retry_after_seconds_and_dates() {
        let now = 784_111_777_000.0; // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("2", now), Some(2_000));
        assert_eq!(parse_retry_after(" 0 ", now), Some(0));
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            Some(u64::MAX)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now),
            Some(10_000)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(0)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(0)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:38 GMT", now - 0.5),
            Some(1_001)
        );
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("1.5", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("", now), None);
    }
}
