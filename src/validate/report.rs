//! The collector of issues and the facts every rule may need.

use super::codes::IssueCode;
use super::ValidationIssue;
use crate::json_pointer::JsonPointer;

/// Collects issues while one payload is checked, and carries the request-wide facts that
/// some rules depend on (the clock, the chosen provider, the channel).
pub(super) struct Report<'a> {
    issues: Vec<ValidationIssue>,
    /// "Now" in milliseconds since the Unix epoch, for `expires_at`.
    pub now_unix_ms: i64,
    /// `token_provider.payment_product_type` when it is one of the known wire values.
    pub product_type: Option<&'a str>,
    /// Whether `session.configuration.channel` is `in_app` (return_url may be an app URL).
    pub in_app_channel: bool,
}

impl<'a> Report<'a> {
    /// An empty report.
    pub fn new(now_unix_ms: i64, product_type: Option<&'a str>, in_app_channel: bool) -> Self {
        Self {
            issues: Vec::new(),
            now_unix_ms,
            product_type,
            in_app_channel,
        }
    }

    /// Records one issue at a place in the input; its severity follows from the code.
    pub fn add(&mut self, code: IssueCode, at: &Location<'_>, message: impl Into<String>) {
        self.add_at_pointer(code, &at.pointer(), message);
    }

    /// Records one issue at a JSON Pointer; its severity follows from the code.
    pub fn add_at_pointer(
        &mut self,
        code: IssueCode,
        path: &JsonPointer,
        message: impl Into<String>,
    ) {
        self.issues.push(ValidationIssue {
            path: path.as_str().to_owned(),
            code: code.as_str().to_owned(),
            message: message.into(),
            severity: code.severity(),
        });
    }

    /// The issues, in the order they were found.
    pub fn into_issues(self) -> Vec<ValidationIssue> {
        self.issues
    }
}

/// Where a value is in the input, as a chain of borrowed steps: cheap to extend while walking,
/// turned into a [`JsonPointer`] only when an issue is reported. Its depth is that of the known
/// schema (at most 6), never that of the input.
#[derive(Clone, Copy, Debug)]
pub(super) enum Location<'a> {
    /// The whole document.
    Root,
    /// A key of the object at the parent location.
    Key(&'a Location<'a>, &'a str),
    /// An item of the array at the parent location.
    Index(&'a Location<'a>, usize),
}

impl<'a> Location<'a> {
    /// The location of `key` inside this object.
    pub fn key(&'a self, key: &'a str) -> Location<'a> {
        Location::Key(self, key)
    }

    /// The location of item `index` inside this array.
    pub fn index(&'a self, index: usize) -> Location<'a> {
        Location::Index(self, index)
    }

    /// The JSON Pointer of this location.
    pub fn pointer(self) -> JsonPointer {
        match self {
            Location::Root => JsonPointer::root(),
            Location::Key(parent, key) => parent.pointer().key(key),
            Location::Index(parent, index) => parent.pointer().index(index),
        }
    }
}
