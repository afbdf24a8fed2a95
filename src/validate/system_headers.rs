//! The four optional `Dintero-System-*` headers that tell Dintero which system and plugin
//! created a session.

use super::codes::IssueCode;
use super::describe::quoted;
use super::report::Report;
use super::ValidationIssue;
use crate::json_pointer::JsonPointer;

/// The longest value Dintero accepts for each `Dintero-System-*` header (`maxLength: 120`).
pub const SYSTEM_HEADER_MAX_CHARS: usize = 120;

/// Every issue with one header value, reported at `at`: longer than 120 characters, a control
/// character (CR/LF would let a value inject headers), or a non-ASCII character (`fetch`
/// rejects characters above U+00FF and servers read the others inconsistently) are errors; an
/// empty value is a warning (leave the header out instead). `header` names it in messages.
pub fn system_header_value_issues(
    header: &str,
    value: &str,
    at: &JsonPointer,
) -> Vec<ValidationIssue> {
    let mut report = Report::new(0, None, false);
    if value.is_empty() {
        report.add_at_pointer(
            IssueCode::EmptyValue,
            at,
            format!("`{header}` is empty; leave it out instead"),
        );
    }
    if value.len() > SYSTEM_HEADER_MAX_CHARS && value.chars().nth(SYSTEM_HEADER_MAX_CHARS).is_some()
    {
        report.add_at_pointer(
            IssueCode::HeaderTooLong,
            at,
            format!("`{header}` has more than {SYSTEM_HEADER_MAX_CHARS} characters"),
        );
    }
    if value.chars().any(char::is_control) {
        report.add_at_pointer(
            IssueCode::HeaderControlCharacter,
            at,
            format!(
                "`{header}` contains a control character (such as CR or LF) in {}",
                quoted(value)
            ),
        );
    }
    if !value.is_ascii() {
        report.add_at_pointer(
            IssueCode::HeaderNonAscii,
            at,
            format!(
                "`{header}` must be ASCII; {} contains other characters",
                quoted(value)
            ),
        );
    }
    report.into_issues()
}
