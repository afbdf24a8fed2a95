//! The optional `Dintero-System-*` headers that identify the calling system to Dintero.

use super::options::SYSTEM_OPTIONS;
use crate::json_pointer::JsonPointer;
use crate::model::SystemInfo;
use crate::validate::IssueCode;
use crate::validate::{system_header_value_issues, ValidationIssue};
use serde_json::Value;

/// Option key and header name of each system header (the keys are
/// [`super::options::SYSTEM_OPTIONS`], which declares their TypeScript; a test keeps them equal).
const FIELDS: [(&str, &str); 4] = [
    ("name", "Dintero-System-Name"),
    ("version", "Dintero-System-Version"),
    ("pluginName", "Dintero-System-Plugin-Name"),
    ("pluginVersion", "Dintero-System-Plugin-Version"),
];

/// Reads the `system` option (`{ name, version, pluginName, pluginVersion }`) found at `path`:
/// the usable values and every issue (unknown keys, wrong types, and the header-value rules of
/// [`system_header_value_issues`]: at most 120 characters, ASCII, no control characters). An
/// empty value is a warning and the header is left out.
pub fn read_system_option(value: &Value, path: &JsonPointer) -> (SystemInfo, Vec<ValidationIssue>) {
    let mut issues = Vec::new();
    let mut info = SystemInfo::default();
    let Some(map) = value.as_object() else {
        issues.push(ValidationIssue::error(
            path.as_str(),
            IssueCode::InvalidType,
            "`system` must be an object",
        ));
        return (info, issues);
    };
    for key in map.keys().filter(|k| !FIELDS.iter().any(|(f, _)| f == k)) {
        issues.push(ValidationIssue::error(
            path.key(key).as_str(),
            IssueCode::UnknownOption,
            format!(
                "unknown option `system.{key}`; known: {}",
                SYSTEM_OPTIONS.join(", ")
            ),
        ));
    }
    for (key, header) in FIELDS {
        let field_path = path.key(key);
        let value = match map.get(key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => s,
            Some(_) => {
                issues.push(ValidationIssue::error(
                    field_path.as_str(),
                    IssueCode::InvalidType,
                    "must be a string",
                ));
                continue;
            }
        };
        let found = system_header_value_issues(header, value, &field_path);
        let usable = !found.iter().any(ValidationIssue::is_error) && !value.is_empty();
        issues.extend(found);
        if usable {
            let slot = match key {
                "name" => &mut info.name,
                "version" => &mut info.version,
                "pluginName" => &mut info.plugin_name,
                _ => &mut info.plugin_version,
            };
            *slot = Some(value.clone());
        }
    }
    (info, issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_fields_are_the_declared_system_options() {
        let keys: Vec<&str> = FIELDS.iter().map(|(key, _)| *key).collect();
        assert_eq!(keys, SYSTEM_OPTIONS);
    }

    fn read(value: Value) -> (SystemInfo, Vec<(String, String)>) {
        let (headers, issues) = read_system_option(&value, &JsonPointer::root().key("system"));
        (
            headers,
            issues.into_iter().map(|i| (i.path, i.code)).collect(),
        )
    }

    #[test]
    fn builds_headers_in_order() {
        let (headers, issues) =
            read(json!({"pluginVersion": "2.3.4", "name": "woocommerce", "version": null}));
        assert!(issues.is_empty());
        assert_eq!(
            headers.headers(),
            [
                ("Dintero-System-Name", "woocommerce"),
                ("Dintero-System-Plugin-Version", "2.3.4")
            ]
        );
    }

    #[test]
    fn reports_bad_values() {
        let (headers, issues) = read(json!({
            "name": "x".repeat(121), "version": "1\r\nX-Evil: 1", "pluginName": "æøå", "pluginVersion": 2, "extra": "?"
        }));
        assert_eq!(headers, SystemInfo::default());
        let pairs: Vec<(&str, &str)> = issues
            .iter()
            .map(|(p, c)| (p.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("/system/extra", "unknown_option"),
                ("/system/name", "header_too_long"),
                ("/system/version", "header_control_character"),
                ("/system/pluginName", "header_non_ascii"),
                ("/system/pluginVersion", "invalid_type"),
            ]
        );
        assert_eq!(read(json!({"name": "x".repeat(120)})).1, []);
        assert_eq!(
            read(json!("woo")).1,
            [("/system".to_owned(), "invalid_type".to_owned())]
        );
    }

    #[test]
    fn an_empty_value_is_a_warning_and_left_out() {
        let (headers, issues) = read(json!({"name": ""}));
        assert_eq!(headers, SystemInfo::default());
        assert_eq!(
            issues,
            [("/system/name".to_owned(), "empty_value".to_owned())]
        );
    }
}
