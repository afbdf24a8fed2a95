//! A strict RFC 3339 `date-time` parser (section 5.6 of the RFC).

use crate::calendar::{days_from_civil, days_in_month};

/// An example shown in messages.
const EXAMPLE: &str = "`2030-01-31T23:59:59Z` or `2030-01-31T23:59:59.123+01:00`";

/// Milliseconds since the Unix epoch of an RFC 3339 date-time, or a message saying why `text`
/// is not one. Offsets are applied (`+01:00` is one hour ahead of UTC); a fraction beyond
/// milliseconds is truncated; `60` seconds (a leap second) is accepted only at minute 59.
pub fn parse_rfc3339_unix_ms(text: &str) -> Result<i64, String> {
    let mut cursor = Cursor {
        rest: text.as_bytes(),
    };
    let year = cursor.number(4, "a four-digit year")?;
    cursor.literal(b'-', "`-` after the year")?;
    let month = cursor.number(2, "a two-digit month")?;
    cursor.literal(b'-', "`-` after the month")?;
    let day = cursor.number(2, "a two-digit day")?;
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} is not between 01 and 12"));
    }
    if day < 1 || i64::from(day) > days_in_month(i64::from(year), i64::from(month)) {
        return Err(format!("day {day} does not exist in {year:04}-{month:02}"));
    }
    match cursor.next() {
        Some(b'T' | b't') => {}
        Some(b' ') => {
            return Err(format!(
                "use `T` between date and time, not a space (e.g. {EXAMPLE})"
            ))
        }
        None => return Err(format!("a time and an offset are missing (e.g. {EXAMPLE})")),
        Some(_) => return Err(format!("expected `T` after the date (e.g. {EXAMPLE})")),
    }
    let hour = cursor.number(2, "a two-digit hour")?;
    cursor.literal(b':', "`:` after the hour")?;
    let minute = cursor.number(2, "two-digit minutes")?;
    cursor.literal(b':', "`:` after the minutes (seconds are required)")?;
    let second = cursor.number(2, "two-digit seconds")?;
    if hour > 23 || minute > 59 || second > 60 || (second == 60 && minute != 59) {
        return Err(format!(
            "{hour:02}:{minute:02}:{second:02} is not a valid time of day"
        ));
    }
    let millis = cursor.fraction_millis()?;
    let offset_minutes = cursor.offset_minutes()?;
    if !cursor.rest.is_empty() {
        return Err(format!("unexpected text after the offset (e.g. {EXAMPLE})"));
    }
    let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
    let seconds =
        days * 86_400 + i64::from(hour) * 3_600 + i64::from(minute) * 60 + i64::from(second)
            - offset_minutes * 60;
    Ok(seconds * 1_000 + millis)
}

/// Reads a date-time from the front of the bytes.
struct Cursor<'a> {
    rest: &'a [u8],
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<u8> {
        let (first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(*first)
    }

    fn literal(&mut self, expected: u8, what: &str) -> Result<(), String> {
        match self.next() {
            Some(b) if b == expected => Ok(()),
            _ => Err(format!("expected {what} (e.g. {EXAMPLE})")),
        }
    }

    /// Exactly `width` ASCII digits.
    fn number(&mut self, width: usize, what: &str) -> Result<u32, String> {
        let mut value = 0u32;
        for _ in 0..width {
            match self.next() {
                Some(b @ b'0'..=b'9') => value = value * 10 + u32::from(b - b'0'),
                _ => return Err(format!("expected {what} (e.g. {EXAMPLE})")),
            }
        }
        Ok(value)
    }

    /// An optional `.` and one or more digits, as whole milliseconds.
    fn fraction_millis(&mut self) -> Result<i64, String> {
        if self.rest.first() != Some(&b'.') {
            return Ok(0);
        }
        self.next();
        let digits = self.rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return Err(format!("expected digits after `.` (e.g. {EXAMPLE})"));
        }
        let mut millis = 0i64;
        for position in 0..3 {
            let digit = self
                .rest
                .get(position)
                .filter(|_| position < digits)
                .map_or(0, |b| i64::from(b - b'0'));
            millis = millis * 10 + digit;
        }
        self.rest = self.rest.get(digits..).unwrap_or_default();
        Ok(millis)
    }

    /// `Z`, `z` or `+hh:mm` / `-hh:mm`, as minutes east of UTC.
    fn offset_minutes(&mut self) -> Result<i64, String> {
        let sign = match self.next() {
            Some(b'Z' | b'z') => return Ok(0),
            Some(b'+') => 1,
            Some(b'-') => -1,
            None => {
                return Err(format!(
                    "the UTC offset is missing: add `Z` or e.g. `+01:00` ({EXAMPLE})"
                ))
            }
            Some(_) => {
                return Err(format!(
                    "expected `Z` or an offset like `+01:00` after the time (e.g. {EXAMPLE})"
                ))
            }
        };
        let hours = self.number(2, "two-digit offset hours")?;
        self.literal(b':', "`:` inside the offset")?;
        let minutes = self.number(2, "two-digit offset minutes")?;
        if hours > 23 || minutes > 59 {
            return Err(format!(
                "the offset {hours:02}:{minutes:02} is out of range"
            ));
        }
        Ok(sign * (i64::from(hours) * 60 + i64::from(minutes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_utc_offsets_and_fractions() {
        assert_eq!(parse_rfc3339_unix_ms("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(
            parse_rfc3339_unix_ms("2023-11-07T05:31:56Z"),
            Ok(1_699_335_116_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("2023-11-07T06:31:56+01:00"),
            Ok(1_699_335_116_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("2023-11-07T00:01:56-05:30"),
            Ok(1_699_335_116_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("2023-11-07t05:31:56.5z"),
            Ok(1_699_335_116_500)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("2023-11-07T05:31:56.123456789Z"),
            Ok(1_699_335_116_123)
        );
        assert_eq!(parse_rfc3339_unix_ms("1969-12-31T23:59:59.999Z"), Ok(-1));
        assert_eq!(
            parse_rfc3339_unix_ms("2000-02-29T00:00:00Z"),
            Ok(951_782_400_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("2016-12-31T23:59:60Z"),
            Ok(1_483_228_800_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("0000-01-01T00:00:00-00:00"),
            Ok(-62_167_219_200_000)
        );
        assert_eq!(
            parse_rfc3339_unix_ms("9999-12-31T23:59:59+23:59"),
            Ok(253_402_214_459_000)
        );
    }

    #[test]
    fn rejects_everything_else() {
        for bad in [
            "",
            "2023-11-07",
            "2023-11-07 05:31:56Z",
            "2023-11-07T05:31:56",
            "2023-11-07T05:31Z",
            "2023-11-7T05:31:56Z",
            "23-11-07T05:31:56Z",
            "2023-13-07T05:31:56Z",
            "2023-00-07T05:31:56Z",
            "2023-02-29T05:31:56Z",
            "1900-02-29T05:31:56Z",
            "2023-04-31T05:31:56Z",
            "2023-11-00T05:31:56Z",
            "2023-11-07T24:00:00Z",
            "2023-11-07T05:60:00Z",
            "2023-11-07T05:31:60Z",
            "2023-11-07T05:31:56.Z",
            "2023-11-07T05:31:56+0100",
            "2023-11-07T05:31:56+24:00",
            "2023-11-07T05:31:56+01:60",
            "2023-11-07T05:31:56Zjunk",
            "2023-11-07T05:31:56 Z",
            "+2023-11-07T05:31:56Z",
            "２０２３-11-07T05:31:56Z",
        ] {
            assert!(
                parse_rfc3339_unix_ms(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn explains_common_mistakes() {
        assert!(parse_rfc3339_unix_ms("2023-11-07 05:31:56Z")
            .unwrap_err()
            .contains("not a space"));
        assert!(parse_rfc3339_unix_ms("2023-11-07T05:31:56")
            .unwrap_err()
            .contains("offset is missing"));
        assert!(parse_rfc3339_unix_ms("2023-02-29T05:31:56Z")
            .unwrap_err()
            .contains("does not exist"));
    }

    #[test]
    fn huge_fractions_are_linear() {
        let text = format!("2023-11-07T05:31:56.{}Z", "9".repeat(10_000_000));
        assert_eq!(parse_rfc3339_unix_ms(&text), Ok(1_699_335_116_999));
    }
}
