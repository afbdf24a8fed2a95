//! HTTP-date parsing (RFC 9110 §5.6.7) for `Retry-After`.

use crate::calendar::{days_from_civil, days_in_month};

/// Milliseconds since the Unix epoch of an HTTP-date in any of the three formats a recipient
/// must accept: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
pub fn parse_http_date(input: &str) -> Option<i64> {
    let parts: Vec<&str> = input.split_whitespace().collect();
    let (day, month, year, time) = match parts.as_slice() {
        [weekday, day, month, year, time, "GMT"] if weekday.ends_with(',') => {
            (*day, *month, year.parse().ok()?, *time)
        }
        [weekday, date, time, "GMT"] if weekday.ends_with(',') => {
            let mut fields = date.split('-');
            let (day, month, yy) = (fields.next()?, fields.next()?, fields.next()?);
            if fields.next().is_some() || yy.len() != 2 {
                return None;
            }
            let yy: i64 = yy.parse().ok()?;
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            (
                day,
                month,
                if yy < 70 { 2000 + yy } else { 1900 + yy },
                *time,
            )
        }
        [_weekday, month, day, time, year] => (*day, *month, year.parse().ok()?, *time),
        _ => return None,
    };
    if !day.bytes().all(|b| b.is_ascii_digit()) || day.is_empty() || day.len() > 2 {
        return None;
    }
    let day: i64 = day.parse().ok()?;
    let month = month_number(month)?;
    if !(1..=days_in_month(year, month)).contains(&day) {
        return None;
    }
    let seconds_of_day = parse_time(time)?;
    Some((days_from_civil(year, month, day) * 86_400 + seconds_of_day) * 1000)
}

fn month_number(name: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS.iter().position(|m| *m == name).map(|i| i as i64 + 1)
}

fn parse_time(time: &str) -> Option<i64> {
    let mut fields = time.split(':');
    let mut next = |max: i64| -> Option<i64> {
        let field = fields.next()?;
        if field.len() != 2 || !field.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        field.parse().ok().filter(|v| *v <= max)
    };
    let (h, m, s) = (next(23)?, next(59)?, next(60)?);
    if fields.next().is_some() {
        return None;
    }
    Some(h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_6_1994: i64 = 784_111_777_000;

    #[test]
    fn parses_the_three_formats() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(NOV_6_1994)
        );
        assert_eq!(
            parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"),
            Some(NOV_6_1994)
        );
        assert_eq!(
            parse_http_date("Sun Nov  6 08:49:37 1994"),
            Some(NOV_6_1994)
        );
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        // A leap second is accepted and lands on the next minute.
        assert_eq!(
            parse_http_date("Tue, 29 Feb 2028 23:59:60 GMT"),
            Some(1_835_481_600_000)
        );
    }

    #[test]
    fn agrees_with_a_known_recent_date() {
        // 2024-07-23T10:00:00Z
        assert_eq!(
            parse_http_date("Tue, 23 Jul 2024 10:00:00 GMT"),
            Some(1_721_728_800_000)
        );
    }

    #[test]
    fn refuses_malformed_dates() {
        for bad in [
            "",
            "3",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 29 Feb 2023 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
