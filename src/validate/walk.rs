//! Walks a JSON value along the known schema: presence, JSON types, unknown keys, and the
//! rule of each field. Unknown subtrees are never entered.

use super::codes::IssueCode;
use super::describe::{did_you_mean, quoted};
use super::expect::{expect_array, expect_kind, expect_object, expect_string};
use super::node::{Node, Object};
use super::report::{Location, Report};
use super::schema::{Field, Kind};
use super::{metadata, suggest, text_rules, token_provider};

/// Checks `value` as an object with `fields`: known fields in schema order, then unknown keys.
pub(super) fn check_object(
    value: &Node<'_>,
    at: &Location<'_>,
    fields: &[Field],
    report: &mut Report<'_>,
) {
    let Some(map) = expect_object(value, at, report) else {
        return;
    };
    let mut known_keys = 0;
    for field in fields {
        let child = at.key(field.name);
        match map.get(field.name) {
            Some(value) => {
                known_keys += 1;
                check_field(field, value, &child, report);
            }
            None if field.required => report.add(
                IssueCode::Required,
                &child,
                format!("`{}` is required", field.name),
            ),
            None => {}
        }
    }
    // The schema's names are unique: when every entry was a known field, no key is unknown
    // and the key-by-key search is skipped.
    if known_keys < map.entry_count() {
        report_unknown_keys(map, at, fields, report);
    }
}

fn check_field(field: &Field, value: &Node<'_>, at: &Location<'_>, report: &mut Report<'_>) {
    if field.deprecated {
        report.add(
            IssueCode::DeprecatedField,
            at,
            format!(
                "`{}` is deprecated and ignored by Dintero; remove it",
                field.name
            ),
        );
    }
    match &field.kind {
        Kind::Object(fields) => check_object(value, at, fields, report),
        Kind::Text(rule) => {
            if let Some(text) = expect_string(value, at, report) {
                if field.required
                    && text.trim().is_empty()
                    && *rule == super::schema::TextRule::Plain
                {
                    report.add(
                        IssueCode::EmptyValue,
                        at,
                        format!("`{}` is empty", field.name),
                    );
                }
                text_rules::check_text(*rule, text, at, report);
            }
        }
        Kind::Metadata => metadata::check_metadata(value, at, report),
        Kind::List(rule) => token_provider::check_list(*rule, value, at, report),
        Kind::Number => expect_kind(value, value.is_number(), "a number", at, report),
        Kind::Boolean => expect_kind(value, value.is_bool(), "a boolean", at, report),
        Kind::Items(fields) => {
            if let Some(items) = expect_array(value, at, report) {
                for (index, item) in items.iter().enumerate() {
                    check_object(item, &at.index(index), fields, report);
                }
            }
        }
    }
}

/// How many unknown keys per object get a "did you mean" search; the rest are still reported.
/// Bounds the work for objects with huge numbers of keys.
const MAX_SUGGESTIONS_PER_OBJECT: usize = 100;

/// Reports each key of `map` that is not in `fields`; the value is not looked at.
fn report_unknown_keys(
    map: &Object<'_>,
    at: &Location<'_>,
    fields: &[Field],
    report: &mut Report<'_>,
) {
    let is_known = |key: &str| fields.iter().any(|f| f.name == key);
    let sorted = map.sorted();
    if sorted.iter().all(|(key, _)| is_known(key)) {
        return;
    }
    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
    let unknown_keys = sorted
        .into_iter()
        .map(|(key, _)| key)
        .filter(|key| !is_known(key));
    for (count, key) in unknown_keys.enumerate() {
        let suggestion = if count < MAX_SUGGESTIONS_PER_OBJECT {
            suggest::closest(key, &names)
        } else {
            None
        };
        report.add(
            IssueCode::UnknownField,
            &at.key(key),
            format!(
                "{} is not a known field here and is sent unchanged{}",
                quoted(key),
                did_you_mean(suggestion)
            ),
        );
    }
}
