// The validation rules of src/validate/ (schema.rs and its rule files), restated for the baseline
// validators (ajv and zod) so that every validator in the benchmark checks the same things.
// Regexes are ECMAScript source strings: JSON Schema `pattern`s (ajv compiles them with the `u`
// flag) and zod `.regex(new RegExp(source, "u"))` use the very same text.
//
// Kept in sync by hand with src/validate/*.rs; `node bench/run.mjs` checks on every run that all
// three validators accept the fixtures and reject the same invalid samples (see parity.mjs).

/** Case-insensitive regex text for an ASCII word (JSON Schema patterns have no flags). */
function ci(word) {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.]/g, "\\."))).join("");
}

const HOST = String.raw`(?:\[[0-9A-Fa-f:.]+\]|[\p{L}\p{N}\-._~%]+)`;
const AUTHORITY = String.raw`(?:[^\s/?#@]*@)?${HOST}(?::\d{0,5})?`;
const REST = String.raw`(?:[/?#]\S*)?`;

/** `return_url` (ecommerce channel), `merchant_terms_url`: an absolute http(s) URL with a host. */
export const WEB_URL = String.raw`^${ci("http")}[sS]?://${AUTHORITY}${REST}$`;
/** `callback_url`: an absolute https URL with a host. */
export const HTTPS_URL = String.raw`^${ci("https")}://${AUTHORITY}${REST}$`;
/** `return_url` on the `in_app` channel: any absolute URL (an app scheme is fine). */
export const ABSOLUTE_URL = String.raw`^[A-Za-z][A-Za-z0-9+.\-]*:\S*$`;
/** A URL whose host is the local machine (callbacks cannot reach it). */
export const LOCAL_URL = String.raw`^[A-Za-z][A-Za-z0-9+.\-]*://(?:[^\s/?#@]*@)?(?:${ci("localhost")}\.?|[^/?#:]*\.${ci("localhost")}\.?|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[(?:::1?|0:0:0:0:0:0:0:[01])\])(?::\d*)?(?:[/?#]|$)`;

const END = String.raw`(?:[&#]|$)`;
/** A documented `callback_url` query parameter with a value Dintero does not accept. */
export const BAD_CALLBACK_PARAMETER = [
  String.raw`[?&](?:`,
  [
    String.raw`method=(?!(?:GET|POST)${END})`,
    String.raw`report_error=(?!(?:true|false)${END})`,
    String.raw`report_event=(?!(?:CAPTURE|REFUND|VOID)${END})`,
    String.raw`includes=(?!session${END})`,
    String.raw`sid_parameter_name=(?!(?:sid|session_id)${END})`,
    String.raw`delay_callback=(?!0*(?:[1-5]?\d|60)${END})`,
    String.raw`(?:method|report_error|report_event|includes|sid_parameter_name|delay_callback)(?=[&#]|$)`,
  ].join("|"),
  ")",
].join("");

/** An email address (local part 1-64 characters, a dotted domain); length is checked separately. */
export const EMAIL = String.raw`^(?!\.)(?!.*\.@)(?!.*\.\.)[^\s@()<>\[\]\\,;:"]{1,64}@(?:(?!-)[\p{L}\p{N}\-]{1,63}(?<!-)\.)+(?!-)[\p{L}\p{N}\-]{1,63}(?<!-)$`;
export const EMAIL_MAX_LENGTH = 254;
/** E.164: `+` and 5 to 15 digits. */
export const PHONE_NUMBER = String.raw`^\+\d{5,15}$`;
/** RFC 3339 date-time (seconds and offset required). "In the future" is a separate check. */
export const DATE_TIME = String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+\-](?:[01]\d|2[0-3]):[0-5]\d)$`;

const CHANNEL = String.raw`\s*(?:25[0-5]|2[0-4]\d|1\d\d|\d?\d|(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?|\.\d+)%)\s*`;
const ALPHA = String.raw`\s*(?:1(?:\.0+)?|0?\.\d+|0|(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?|\.\d+)%)\s*`;
/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` or `rgba(r,g,b,a)`. */
export const COLOR = String.raw`^(?:#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|\s*${ci("rgb")}\s*\(${CHANNEL},${CHANNEL},${CHANNEL}\)\s*|\s*${ci("rgba")}\s*\(${CHANNEL},${CHANNEL},${CHANNEL},${ALPHA}\)\s*)$`;
/** `store.mcc`: four digits. */
export const MCC = String.raw`^\d{4}$`;

export const CHANNELS = ["ecommerce", "in_app"];
export const PAYMENT_PRODUCT_TYPES = [
  "payex.creditcard",
  "bambora.creditcard",
  "dintero_psp.creditcard",
  "dintero_psp.googlepay",
  "dintero_psp.clicktopay",
];
/** The only provider that can also create recurrence tokens. */
export const RECURRENCE_PROVIDER = "payex.creditcard";
export const TOKEN_TYPES = ["payment_token", "recurrence_token"];
export const AUTH_METHODS = ["3DS", "PASSKEY"];
/** `token_supported_auth_methods` is only for these providers. */
export const AUTH_METHODS_PROVIDER_PREFIX = "dintero_psp.";
export const METADATA_MAX_KEYS = 10;
export const RESERVED_METADATA_KEYS = [
  "dintero", "merchant", "session", "event", "payout", "gateway", "bambora", "collector",
  "instabank", "klarna", "kravia", "netaxept", "payex", "santander", "swish", "vipps",
];

// ISO 4217 (active) and ISO 3166-1 alpha-2 codes, as in src/validate/iso_codes.rs.
export const CURRENCIES = [
  "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
  "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW",
  "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN",
  "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
  "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW",
  "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
  "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
  "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR",
  "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
  "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW",
  "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG",
  "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
];

export const COUNTRIES = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
  "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
  "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
  "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
  "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
  "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
  "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
  "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
  "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
  "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
  "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
  "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
  "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
  "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];
