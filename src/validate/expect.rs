//! A value's expected JSON type: the value as that type, or an `invalid_type` issue.

use super::codes::IssueCode;
use super::node::{Node, Object};
use super::report::{Location, Report};

/// The object in `value`, or an `invalid_type` issue.
pub(super) fn expect_object<'v, 'n>(
    value: &'v Node<'n>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<&'v Object<'n>> {
    expect(value, value.as_object(), "an object", at, report)
}

/// An `invalid_type` issue unless `ok` (`value` is of the `expected` type).
pub(super) fn expect_kind(
    value: &Node<'_>,
    ok: bool,
    expected: &str,
    at: &Location<'_>,
    report: &mut Report<'_>,
) {
    expect(value, ok.then_some(()), expected, at, report);
}

/// The string in `value`, or an `invalid_type` issue.
pub(super) fn expect_string<'v>(
    value: &'v Node<'_>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<&'v str> {
    expect(value, value.as_str(), "a string", at, report)
}

/// The array in `value`, or an `invalid_type` issue.
pub(super) fn expect_array<'v, 'n>(
    value: &'v Node<'n>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<&'v [Node<'n>]> {
    expect(value, value.as_array(), "an array", at, report)
}

/// `found` (`value` read as the `expected` type), or an `invalid_type` issue naming the
/// expected and the actual JSON type when it is `None`.
fn expect<T>(
    value: &Node<'_>,
    found: Option<T>,
    expected: &str,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<T> {
    if found.is_none() {
        report.add(
            IssueCode::InvalidType,
            at,
            format!("expected {expected}, got {}", value.type_name()),
        );
    }
    found
}
