//! Every error kind, declared once: its JS class, the class it extends, its own `code` values
//! and the fields it adds. [`error_kinds!`] gives the Rust [`ErrorKind`] and [`ErrorCode`] enums,
//! the TypeScript `ErrorCode` union, and a machine-readable table (`//@` lines in the wasm-bindgen
//! `.d.ts`) from which scripts/error-classes.mjs renders, at build time, the JS classes
//! (`dist/lib/errors.*`), the kind -> class table of the error mapping (`dist/lib/error-classes.*`)
//! and the class declarations of `index.d.ts` (each class's `code` union: its own codes, those it
//! `shares`, and its subclasses'). Adding a kind is one entry below.
//!
//! Field flags: `optional` (TypeScript `name?:`), `hidden` (set only when present, and
//! non-enumerable, like `Error`'s own `cause`); `= "js"` is the value used when absent.

/// Declares [`ErrorKind`], [`ErrorCode`] and the table the JS and TypeScript come from.
macro_rules! error_kinds {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident = $kind_wire:literal => $class:ident extends $parent:ident {
            codes { $( $(#[doc = $code_doc:literal])* $code:ident = $code_wire:literal, )* }
            $( shares { $($shared:ident),* $(,)? } )?
            $( fields { $(
                $(#[doc = $field_doc:literal])*
                $field:ident : $ts:literal $($flag:ident)* $(= $default:literal)?;
            )* } )?
        }
    )*) => {
        /// Which error class a failure maps to in JavaScript.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ::serde::Serialize)]
        pub enum ErrorKind {
            $( $(#[doc = $doc])* #[serde(rename = $kind_wire)] $kind, )*
        }

        impl ErrorKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$kind,)*];

            /// The JS class name this kind becomes.
            pub fn class_name(self) -> &'static str {
                match self {
                    $(ErrorKind::$kind => stringify!($class),)*
                }
            }

            /// The class this kind's class extends (`Error` for the base class).
            pub fn parent_class_name(self) -> &'static str {
                match self {
                    $(ErrorKind::$kind => stringify!($parent),)*
                }
            }

            /// The wire name of the kind (`kind` of the plain error object).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorKind::$kind => $kind_wire,)*
                }
            }

            /// The codes this kind declares or shares (not those of its subclasses).
            pub fn own_codes(self) -> &'static [ErrorCode] {
                match self {
                    $(ErrorKind::$kind => &[
                        $(ErrorCode::$code,)*
                        $($(ErrorCode::$shared,)*)?
                    ],)*
                }
            }
        }

        /// Every `code` an error of this package can have. The snake_case text
        /// ([`ErrorCode::as_str`]) is what reaches users in `err.code`; it never changes once
        /// published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($( $(#[doc = $code_doc])* $code, )*)*
        }

        impl ErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$($(ErrorCode::$code,)*)*];

            /// The stable snake_case text of the code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($(ErrorCode::$code => $code_wire,)*)*
                }
            }
        }

        const _: () = {
            #[::wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS_ERROR_CODE: &'static str = concat!(
                "/** Every `code` an error of this package can have. */\n",
                "export type ErrorCode = never", $($(" | \"", $code_wire, "\"",)*)* ";"
            );

            /// Read (and removed from `index.d.ts`) by scripts/error-classes.mjs.
            #[::wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const ERROR_KIND_TABLE: &'static str = concat!(
                $(
                    "//@kind\t", $kind_wire, "\t", stringify!($class), "\t", stringify!($parent), "\n",
                    $("//@doc\t", $doc, "\n",)*
                    $("//@code\t", stringify!($code), "\t", $code_wire, "\n",)*
                    $($("//@shares\t", stringify!($shared), "\n",)*)?
                    $($(
                        "//@field\t", stringify!($field), "\t", $ts, "\t", $(stringify!($flag), " ",)*
                        "\t", $($default,)? "\n",
                        $("//@doc\t", $field_doc, "\n",)*
                    )*)?
                )*
            );
        };

        /// The table scripts/error-classes.mjs reads, for tests of the declaration.
        #[cfg(test)]
        pub(crate) const KIND_FIELDS: &[(ErrorKind, &[&str])] = &[
            $((ErrorKind::$kind, &[$($(stringify!($field),)*)?]),)*
        ];
    };
}

error_kinds! {
    /// Base class of every error this package throws: a bug in this package (the wasm module
    /// trapped; in Node the module is re-created for the next call), or no entry file of the
    /// package ran.
    Internal = "internal" => DinteroError extends Error {
        codes {
            /// A bug in this package (the wasm module trapped).
            InternalError = "internal_error",
            /// No entry file of the package initialised the wasm module (a bundler dropped it).
            NotInitialized = "not_initialized",
        }
    }

    /// The request payload (`validation_failed`), the client or call options (`invalid_options`) or a
    /// method argument such as a transaction id (`invalid_arguments`) are invalid; nothing was sent.
    Validation = "validation" => DinteroValidationError extends DinteroError {
        codes {
            /// The request payload has error issues; nothing was sent.
            ValidationFailed = "validation_failed",
            /// The client or call options are invalid; nothing was sent.
            InvalidOptions = "invalid_options",
            /// A method argument (e.g. the transaction id) is invalid; nothing was sent.
            InvalidArguments = "invalid_arguments",
        }
        fields {
            /// Every issue found, errors and warnings, in document order.
            issues: "ValidationIssue[]" = "[]";
        }
    }

    /// Dintero answered with an HTTP error status (after any retries).
    ///
    /// Subclasses: {@link DinteroAuthenticationError} (401/403), {@link DinteroRateLimitError} (429),
    /// {@link DinteroInvalidResponseError} (a 2xx with an unusable body, or any body over the limit).
    ///
    /// @example
    /// try { await dintero.createPaymentTokenSession(request); }
    /// catch (err) {
    ///   if (err instanceof DinteroApiError) console.error(err.status, err.dinteroCode, err.requestId);
    /// }
    Api = "api" => DinteroApiError extends DinteroError {
        codes {
            /// HTTP 400 (from the token endpoint: refused credentials).
            BadRequest = "bad_request",
            /// HTTP 404.
            NotFound = "not_found",
            /// HTTP 408.
            RequestTimeout = "request_timeout",
            /// HTTP 409.
            Conflict = "conflict",
            /// HTTP 422.
            UnprocessableEntity = "unprocessable_entity",
            /// HTTP 5xx after every retry.
            ServerError = "server_error",
            /// HTTP 3xx (redirects are not followed).
            UnexpectedRedirect = "unexpected_redirect",
            /// Another HTTP error status.
            HttpError = "http_error",
        }
        fields {
            /// HTTP status of the last response.
            status: "number";
            /// Dintero's `error.code` from the response body, when it sent one.
            dinteroCode: "string" optional;
            /// Dintero's `error.message` from the response body, when it sent one.
            dinteroMessage: "string" optional;
            /// Dintero's `error.errors`: nested validation errors, as sent.
            errors: "Array<Record<string, unknown>>" optional;
            /// Request id from the `request-id`, `x-request-id` or `dintero-request-id` response header; quote it to Dintero support.
            requestId: "string" optional;
            /// How many HTTP attempts were made (retries and the one retry after a 401 included).
            attempts: "number";
            /// Seconds Dintero asked to wait before trying again (`Retry-After`), when it said so.
            retryAfter: "number" optional;
        }
    }

    /// Dintero refused the credentials or the access token: HTTP 401 or 403 (and 400 from the token
    /// endpoint). With client credentials a 401 from the API has already been retried once with a
    /// fresh token. Check `clientId`, `clientSecret` and `accountId` (T… for test, P… for production).
    Authentication = "authentication" => DinteroAuthenticationError extends DinteroApiError {
        codes {
            /// HTTP 401: the credentials or the access token were refused.
            Unauthorized = "unauthorized",
            /// HTTP 403: the credentials lack a permission.
            Forbidden = "forbidden",
        }
        shares { BadRequest }
    }

    /// Dintero answered 429 Too Many Requests on every attempt; wait `retryAfter` seconds before trying again.
    RateLimit = "rate_limit" => DinteroRateLimitError extends DinteroApiError {
        codes {
            /// HTTP 429 after every retry.
            RateLimited = "rate_limited",
        }
        fields {
            /// Always 429.
            status: "429";
        }
    }

    /// Dintero answered 2xx with a body that is not the expected JSON (`invalid_response`), or
    /// answered (any status) with a body over the 4 MiB response body limit (`response_too_large`:
    /// the rest was not read). Not retried: the request may have succeeded.
    InvalidResponse = "invalid_response" => DinteroInvalidResponseError extends DinteroApiError {
        codes {
            /// A 2xx answer whose body is not the expected JSON.
            InvalidResponse = "invalid_response",
            /// An answer (any status) whose body is longer than the response body limit; the rest
            /// was not read and the request was not retried.
            ResponseTooLarge = "response_too_large",
        }
    }

    /// The request could not be sent or its response could not be read (connection refused or reset, DNS, TLS...) on every attempt.
    Network = "network" => DinteroNetworkError extends DinteroError {
        codes {
            /// The request could not be sent or its response read, after every retry.
            NetworkError = "network_error",
        }
        fields {
            /// How many HTTP attempts were made.
            attempts: "number";
        }
    }

    /// No complete response arrived within `timeoutMs` on every attempt (each attempt was aborted at its timeout).
    Timeout = "timeout" => DinteroTimeoutError extends DinteroNetworkError {
        codes {
            /// No complete response within `timeoutMs`, on every attempt.
            Timeout = "timeout",
        }
    }

    /// The caller's `AbortSignal` aborted the call; nothing more is sent and waiting stops at once.
    Abort = "abort" => DinteroAbortError extends DinteroError {
        codes {
            /// The caller's `AbortSignal` aborted the call.
            Aborted = "aborted",
        }
        fields {
            /// How many HTTP attempts had been started.
            attempts: "number" optional;
            /// The signal's `reason` (whatever was passed to `controller.abort(reason)`).
            cause: "unknown" hidden;
        }
    }

    /// A Dintero callback or webhook whose signature does not prove it came from Dintero:
    /// `signature_missing` (no `Dintero-Signature` / `event-signature` header), `signature_malformed`
    /// (the header cannot be read), `signature_expired` (its timestamp is outside the tolerance),
    /// `signature_mismatch` (no signature matches: check the public URL behind a proxy, the account
    /// id and the secret). Answer such a request with a 4xx and do not act on it.
    Signature = "signature" => DinteroSignatureError extends DinteroError {
        codes {
            /// The request has no signature header (or none of a known scheme).
            SignatureMissing = "signature_missing",
            /// The signature header cannot be read.
            SignatureMalformed = "signature_malformed",
            /// The signature's timestamp is further from now than the tolerance.
            SignatureExpired = "signature_expired",
            /// No signature in the header matches the request and the secret(s).
            SignatureMismatch = "signature_mismatch",
        }
    }

    /// A charge (`payWithToken`) was declined: the transaction's status is `FAILED`, `DECLINED` or
    /// `AUTHORIZATION_VOIDED` (Dintero answers declines with HTTP 200). Extends `DinteroError`
    /// directly, not the network errors: code that retries timeouts never retries a charge by
    /// accident. Do not charge the card again when `retryable` is false (`DO_NOT_RETRY`).
    ///
    /// @example
    /// catch (err) {
    ///   if (err instanceof DinteroPaymentDeclinedError && !err.retryable) await markCardUnusable(customer);
    /// }
    PaymentDeclined = "payment_declined" => DinteroPaymentDeclinedError extends DinteroError {
        codes {
            /// A charge was declined (`DinteroPaymentDeclinedError`).
            PaymentDeclined = "payment_declined",
        }
        fields {
            /// The declined transaction, exactly as Dintero sent it.
            transaction: "Transaction";
            /// The `merchant_reference` of the charge.
            merchantReference: "string";
            /// The transaction's `status`.
            transactionStatus: "string";
            /// `events[].error.type` as sent: one string in the 2024 API (e.g. `"DO_NOT_RETRY"`), an array in the 2026 API.
            errorType: "string | string[]" optional;
            /// `retry_policy.retry_codes` (2026), or `["DO_NOT_RETRY"]` for a 2024 `DO_NOT_RETRY` type; `[]` when Dintero gave none.
            retryCodes: "Array<\"DO_NOT_RETRY\" | \"RETRY_IMMEDIATELY\" | \"RETRY_AFTER_DELAY\" | (string & {})>" = "[]";
            /// `events[].error.retry_policy` as sent (2026): its `retry_after` is an ISO 8601 duration, not seconds. `null` without one.
            retryPolicy: "{ retry_codes?: string[]; retry_after?: string; [member: string]: unknown } | null" = "null";
            /// Whether a later charge with a new `merchant_reference` may succeed: `false` for `DO_NOT_RETRY` and whenever Dintero does not say a retry may work.
            retryable: "boolean" = "false";
            /// HTTP status of the answer (200 for a decline).
            status: "number";
            /// Dintero's request id, if any.
            requestId: "string" optional;
            /// HTTP attempts the charge took.
            attempts: "number";
        }
    }

    /// A charge (`payWithToken`) may or may not have happened: an attempt failed after it may have
    /// reached Dintero, and looking `merchantReference` up could not tell. Do not charge again with
    /// a new reference: look this one up later (`GET /v1/transactions?merchant_reference=…`).
    /// Extends `DinteroError` directly.
    PaymentOutcomeUnknown = "payment_outcome_unknown" => DinteroPaymentOutcomeUnknownError extends DinteroError {
        codes {
            /// Whether a charge happened is unknown (`DinteroPaymentOutcomeUnknownError`).
            PaymentOutcomeUnknown = "payment_outcome_unknown",
        }
        fields {
            /// The `merchant_reference` to look up.
            merchantReference: "string";
            /// HTTP status of the last answer, if there was one.
            status: "number" optional;
            /// HTTP attempts the charge took.
            attempts: "number" optional;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn kind_named(class: &str) -> Option<ErrorKind> {
        ErrorKind::ALL
            .iter()
            .copied()
            .find(|k| k.class_name() == class)
    }

    #[test]
    fn names_and_codes_are_unique_and_snake_case() {
        let mut codes = HashSet::new();
        for code in ErrorCode::ALL {
            assert!(codes.insert(code.as_str()), "{code:?} twice");
            assert!(code
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
        }
        let mut kinds = HashSet::new();
        let mut classes = HashSet::new();
        for kind in ErrorKind::ALL {
            assert!(kinds.insert(kind.as_str()));
            assert!(classes.insert(kind.class_name()));
            let wire = serde_json::to_value(kind).unwrap();
            assert_eq!(wire.as_str(), Some(kind.as_str()));
        }
    }

    /// One root (`DinteroError extends Error`), every other parent a declared class, no cycles.
    #[test]
    fn classes_form_one_tree() {
        let roots: Vec<_> = ErrorKind::ALL
            .iter()
            .filter(|k| k.parent_class_name() == "Error")
            .collect();
        assert_eq!(roots, [&ErrorKind::Internal]);
        for &kind in ErrorKind::ALL {
            let mut current = kind;
            for _ in 0..ErrorKind::ALL.len() {
                if current.parent_class_name() == "Error" {
                    break;
                }
                current = kind_named(current.parent_class_name())
                    .unwrap_or_else(|| panic!("{} extends an unknown class", kind.class_name()));
            }
            assert_eq!(
                current,
                ErrorKind::Internal,
                "{kind:?} does not reach the root"
            );
        }
    }

    /// Every code belongs to at least one kind.
    #[test]
    fn every_code_has_a_kind() {
        for code in ErrorCode::ALL {
            assert!(
                ErrorKind::ALL.iter().any(|k| k.own_codes().contains(code)),
                "{code:?}"
            );
        }
    }

    #[test]
    fn field_names_are_camel_case() {
        for (_, fields) in KIND_FIELDS {
            for field in *fields {
                assert!(field.bytes().all(|b| b.is_ascii_alphanumeric()), "{field}");
            }
        }
    }
}
