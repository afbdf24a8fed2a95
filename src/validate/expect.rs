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
    let map = value.as_object();
    if map.is_none() {
        report_type(value, "an object", at, report);
    }
    map
}

/// An `invalid_type` issue unless `ok` (`value` is of the `expected` type).
pub(super) fn expect_kind(
    value: &Node<'_>,
    ok: bool,
    expected: &str,
    at: &Location<'_>,
    report: &mut Report<'_>,
) {
    if !ok {
        report_type(value, expected, at, report);
    }
}

/// The string in `value`, or an `invalid_type` issue.
pub(super) fn expect_string<'v>(
    value: &'v Node<'_>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<&'v str> {
    let text = value.as_str();
    if text.is_none() {
        report_type(value, "a string", at, report);
    }
    text
}

/// The array in `value`, or an `invalid_type` issue.
pub(super) fn expect_array<'v, 'n>(
    value: &'v Node<'n>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) -> Option<&'v [Node<'n>]> {
    let items = value.as_array();
    if items.is_none() {
        report_type(value, "an array", at, report);
    }
    items
}

/// An `invalid_type` issue naming the expected and the actual JSON type.
pub(super) fn report_type(
    value: &Node<'_>,
    expected: &str,
    at: &Location<'_>,
    report: &mut Report<'_>,
) {
    report.add(
        IssueCode::InvalidType,
        at,
        format!("expected {expected}, got {}", value.type_name()),
    );
}
