//! ISO 4217 currency codes and ISO 3166-1 alpha-2 country codes.

/// Active ISO 4217 alphabetic codes (list one, including fund and `X..` codes), sorted.
///
/// Reflects the list after the 2023-2025 amendments: HRK, SLL, ZWL, CUC and ANG are withdrawn;
/// SLE, VED, ZWG and XCG (Caribbean guilder, replaces ANG) are in. BGN is kept while the
/// Bulgarian lev is being withdrawn after the 2026 euro changeover.
pub(super) const CURRENCIES: [&str; 178] = [
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
    "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
    "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD",
    "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
    "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
    "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP",
    "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
    "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
    "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
];

/// The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted.
pub(super) const COUNTRIES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// ISO 4217 codes withdrawn since 2007 (list three), each with the code that replaced it. They
/// are real ISO 4217 codes, and whether Dintero still accepts them is not published, so using
/// one is a warning, not an error.
const WITHDRAWN_CURRENCIES: [(&str, &str); 17] = [
    ("ANG", "XCG"),
    ("BYR", "BYN"),
    ("CUC", "CUP"),
    ("CYP", "EUR"),
    ("EEK", "EUR"),
    ("HRK", "EUR"),
    ("LTL", "EUR"),
    ("LVL", "EUR"),
    ("MRO", "MRU"),
    ("MTL", "EUR"),
    ("SIT", "EUR"),
    ("SKK", "EUR"),
    ("SLL", "SLE"),
    ("STD", "STN"),
    ("VEF", "VES"),
    ("ZMK", "ZMW"),
    ("ZWL", "ZWG"),
];

/// For a recently withdrawn ISO 4217 code, a message naming the code that replaced it.
pub(super) fn withdrawn_currency(text: &str) -> Option<String> {
    WITHDRAWN_CURRENCIES
        .iter()
        .find(|(old, _)| *old == text)
        .map(|(old, new)| {
            format!("`{old}` has been withdrawn from ISO 4217 and replaced by `{new}`; Dintero may refuse it")
        })
}

/// Codes people use that ISO 3166-1 reserves for something else, with the assigned code.
const COUNTRY_ALIASES: [(&str, &str); 2] = [("UK", "GB"), ("EL", "GR")];

/// Ok when `text` is in the sorted `list`; otherwise a message explaining the problem, with the
/// code meant when `text` differs only in case or surrounding spaces (`nok` -> `NOK`).
pub(super) fn check_code(text: &str, list: &[&str], standard: &str) -> Result<(), String> {
    if list.binary_search(&text).is_ok() {
        return Ok(());
    }
    let quoted = super::describe::quoted(text);
    let code_len = list.first().map_or(0, |c| c.len());
    let trimmed = text.trim();
    // Only inputs of the right length can be fixable; this bound keeps the work constant for huge inputs.
    if trimmed.len() == code_len {
        let upper = trimmed.to_ascii_uppercase();
        if let Some(code) = list.iter().find(|c| **c == upper) {
            return Err(format!(
                "{quoted} is not an {standard} code: codes are {code_len} upper-case letters; did you mean `{code}`?"
            ));
        }
        if let Some((_, code)) = COUNTRY_ALIASES
            .iter()
            .find(|(alias, code)| *alias == upper && list.contains(code))
        {
            return Err(format!(
                "{quoted} is not an {standard} code (it is reserved); did you mean `{code}`?"
            ));
        }
    }
    Err(format!(
        "{quoted} is not an active {standard} code (e.g. `{}`)",
        example(list)
    ))
}

/// A familiar code of the list, for messages.
fn example(list: &[&str]) -> &'static str {
    if list.first().is_some_and(|c| c.len() == 3) {
        "NOK"
    } else {
        "NO"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_unique_upper_case() {
        for list in [&CURRENCIES[..], &COUNTRIES[..]] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "list must be sorted without duplicates"
            );
            assert!(list
                .iter()
                .all(|c| c.bytes().all(|b| b.is_ascii_uppercase())));
        }
        assert!(CURRENCIES.iter().all(|c| c.len() == 3));
        assert!(COUNTRIES.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn known_codes_pass_and_withdrawn_ones_fail() {
        for code in ["NOK", "SEK", "DKK", "EUR", "USD", "XCG", "ZWG", "SLE"] {
            assert_eq!(check_code(code, &CURRENCIES, "ISO 4217"), Ok(()), "{code}");
        }
        for code in ["HRK", "ZWL", "ANG", "SLL", "ABC", "", "NOKK"] {
            assert!(check_code(code, &CURRENCIES, "ISO 4217").is_err(), "{code}");
        }
        for code in ["NO", "SE", "DK", "FI", "GB", "DE"] {
            assert_eq!(
                check_code(code, &COUNTRIES, "ISO 3166-1 alpha-2"),
                Ok(()),
                "{code}"
            );
        }
    }

    #[test]
    fn withdrawn_currencies_name_their_successor() {
        assert!(WITHDRAWN_CURRENCIES.windows(2).all(|w| w[0].0 < w[1].0));
        for (old, new) in WITHDRAWN_CURRENCIES {
            assert!(
                CURRENCIES.binary_search(&old).is_err(),
                "{old} is withdrawn"
            );
            assert!(CURRENCIES.binary_search(&new).is_ok(), "{new} is active");
        }
        assert!(withdrawn_currency("HRK").unwrap().contains("`EUR`"));
        assert_eq!(withdrawn_currency("NOK"), None);
    }

    #[test]
    fn suggests_the_code_meant() {
        let msg = check_code("nok", &CURRENCIES, "ISO 4217").unwrap_err();
        assert!(msg.contains("did you mean `NOK`?"), "{msg}");
        let msg = check_code(" NOK", &CURRENCIES, "ISO 4217").unwrap_err();
        assert!(msg.contains("did you mean `NOK`?"), "{msg}");
        let msg = check_code("UK", &COUNTRIES, "ISO 3166-1 alpha-2").unwrap_err();
        assert!(msg.contains("did you mean `GB`?"), "{msg}");
        let msg = check_code("no", &COUNTRIES, "ISO 3166-1 alpha-2").unwrap_err();
        assert!(msg.contains("did you mean `NO`?"), "{msg}");
        let msg = check_code("XYZ", &CURRENCIES, "ISO 4217").unwrap_err();
        assert!(!msg.contains("did you mean"), "{msg}");
    }
}
