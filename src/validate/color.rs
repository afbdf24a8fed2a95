//! Theme colours in the formats Dintero documents: hex (`#ff0000`), `rgb(255,0,0)` and
//! `rgba(255,0,0,0.5)`.

/// Ok when `text` is `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` or `rgba(r,g,b,a)`
/// (channels 0-255 or 0%-100%, alpha 0-1 or 0%-100%, spaces allowed around the numbers,
/// function names in any case); otherwise why not.
pub(super) fn check_color(text: &str) -> Result<(), String> {
    let formats = "use `#ff0000`, `rgb(255,0,0)` or `rgba(255,0,0,0.5)`";
    if let Some(hex) = text.strip_prefix('#') {
        return if matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(())
        } else {
            Err(format!(
                "a hex colour has 3, 4, 6 or 8 hex digits after `#`; {formats}"
            ))
        };
    }
    let Some((function, arguments)) = text
        .trim()
        .strip_suffix(')')
        .and_then(|t| t.split_once('('))
    else {
        return Err(format!(
            "{} is not a colour; {formats}",
            super::describe::quoted(text)
        ));
    };
    let arguments: Vec<&str> = arguments.split(',').map(str::trim).collect();
    let expected = match function.trim() {
        f if f.eq_ignore_ascii_case("rgb") => 3,
        f if f.eq_ignore_ascii_case("rgba") => 4,
        _ => {
            return Err(format!(
                "only `rgb(...)` and `rgba(...)` functions are supported; {formats}"
            ))
        }
    };
    if arguments.len() != expected {
        return Err(format!(
            "`{}(...)` takes {expected} comma-separated numbers; {formats}",
            function.trim()
        ));
    }
    let channels_ok = arguments.iter().take(3).all(|c| is_channel(c));
    let alpha_ok = arguments.get(3).is_none_or(|a| is_alpha(a));
    if channels_ok && alpha_ok {
        Ok(())
    } else {
        Err(format!(
            "colour channels are 0-255 (or 0%-100%) and alpha 0-1 (or 0%-100%); {formats}"
        ))
    }
}

/// An integer 0-255 or a percentage 0%-100%.
fn is_channel(text: &str) -> bool {
    match text.strip_suffix('%') {
        Some(percent) => number_in(percent, 100),
        None => {
            text.len() <= 3
                && !text.is_empty()
                && text.bytes().all(|b| b.is_ascii_digit())
                && number_in(text, 255)
        }
    }
}

/// A number 0-1 or a percentage 0%-100%.
fn is_alpha(text: &str) -> bool {
    match text.strip_suffix('%') {
        Some(percent) => number_in(percent, 100),
        None => number_in(text, 1),
    }
}

/// A plain decimal (`0`, `.5`, `0.50`) between 0 and `max`.
fn number_in(text: &str, max: u32) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits_ok = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    text.len() <= 16
        && (!whole.is_empty() || !fraction.is_empty())
        && digits_ok(whole)
        && digits_ok(fraction)
        && !(text.contains('.') && fraction.is_empty())
        && at_most(whole, fraction, max)
}

/// `whole.fraction <= max` for digit strings, without `str::parse::<f64>` (whose tables and
/// algorithms add ~15 KB gzip to the .wasm).
fn at_most(whole: &str, fraction: &str, max: u32) -> bool {
    let whole = whole.trim_start_matches('0');
    match whole.parse::<u32>() {
        Ok(n) if n < max => true,
        Ok(n) if n == max => fraction.bytes().all(|b| b == b'0'),
        Err(_) if whole.is_empty() => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_documented_formats() {
        for ok in [
            "#ff0000",
            "#F00",
            "#f00a",
            "#ff000080",
            "rgb(255,0,0)",
            "rgb( 255 , 0 , 0 )",
            "RGB(100%,0%,0%)",
            "rgba(255,0,0,0.5)",
            "rgba(255,0,0,.5)",
            "rgba(255,0,0,1)",
            "rgba(255,0,0,50%)",
        ] {
            assert_eq!(check_color(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        for bad in [
            "",
            "red",
            "ff0000",
            "#ff000",
            "#ff00000",
            "#gg0000",
            "rgb(256,0,0)",
            "rgb(-1,0,0)",
            "rgb(255,0)",
            "rgb(255,0,0,0.5)",
            "rgba(255,0,0)",
            "rgba(255,0,0,1.5)",
            "rgba(255,0,0,5.)",
            "rgb(1.5,0,0)",
            "rgb(255 0 0)",
            "hsl(0,100%,50%)",
            "rgb(255,0,0",
            "rgb(101%,0,0)",
            "rgba(255,0,0,NaN)",
            "rgba(255,0,0,inf)",
        ] {
            assert!(check_color(bad).is_err(), "{bad:?}");
        }
    }
}
