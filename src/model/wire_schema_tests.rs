//! The validator's field tables, the TypeScript declarations (tsify) and the serde model agree:
//! all three come from one declaration per field (`wire_object!`).

use super::wire_schema::{Field, Kind, WireType};
use super::*;
use serde::de::DeserializeOwned;
use tsify::Tsify;

/// `(wire name, optional, deprecated)` of each member of the TypeScript interface in `decl`.
fn typescript_members(decl: &str) -> Vec<(String, bool, bool)> {
    let mut members = Vec::new();
    let mut deprecated = false;
    for line in decl.lines() {
        if line.contains("@deprecated") {
            deprecated = true;
        }
        let Some(member) = line
            .strip_prefix("    ")
            .filter(|l| !l.starts_with([' ', '/', '*']))
        else {
            continue;
        };
        let (name, _) = member.split_once(':').unwrap();
        let optional = name.ends_with('?');
        let name = name.trim_end_matches('?').trim_matches('"');
        members.push((name.to_owned(), optional, deprecated));
        deprecated = false;
    }
    members
}

/// The validator's view of the same fields.
fn table_members(fields: &[Field]) -> Vec<(String, bool, bool)> {
    fields
        .iter()
        .map(|f| (f.name.to_owned(), !f.required, f.deprecated))
        .collect()
}

fn assert_agree<T: WireType + Tsify>() {
    assert_eq!(
        typescript_members(T::DECL),
        table_members(T::FIELDS),
        "{}",
        T::DECL
    );
}

/// A JSON object with every field of `fields` (nested objects filled in the same way).
fn every_field(fields: &[Field]) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    for field in fields {
        let value = match &field.kind {
            Kind::Object(inner) => every_field(inner),
            Kind::Text(_) => serde_json::json!("x"),
            Kind::Metadata => serde_json::json!({ "ext_a": "b" }),
            Kind::List(_) => serde_json::json!(["payment_token"]),
            Kind::Number => serde_json::json!(1),
            Kind::Boolean => serde_json::json!(true),
            Kind::Items(inner) => serde_json::json!([every_field(inner)]),
        };
        object.insert(field.name.to_owned(), value);
    }
    serde_json::Value::Object(object)
}

/// serde reads every field of the table as a known member (none lands in `unknown_fields`)
/// and writes every one of them back.
fn assert_serde_agrees<T: WireType + DeserializeOwned + serde::Serialize>() {
    let input = every_field(T::FIELDS);
    let parsed: T = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), input);
}

macro_rules! check_types {
    ($($ty:ty),* $(,)?) => {
        #[test]
        fn typescript_and_validator_tables_agree() {
            $(assert_agree::<$ty>();)*
        }

        #[test]
        fn serde_and_validator_tables_agree() {
            $(assert_serde_agrees::<$ty>();)*
        }

        #[test]
        fn every_object_of_the_request_is_checked_here() {
            // TokenProvider's table is checked against its providers below.
            let checked: Vec<&'static [Field]> = vec![TokenProvider::FIELDS, $(<$ty as WireType>::FIELDS),*];
            let mut stack = vec![PaymentTokenSessionRequest::FIELDS];
            while let Some(fields) = stack.pop() {
                assert!(checked.contains(&fields), "{fields:?}");
                for field in fields {
                    if let Kind::Object(inner) = &field.kind {
                        stack.push(inner);
                    }
                }
            }
        }
    };
}

check_types!(
    PaymentTokenSessionRequest,
    PaymentTokenSession,
    PaymentTokenOrder,
    Store,
    StoreAddress,
    SessionUrls,
    SessionCustomer,
    PaymentTokenSessionConfiguration,
    SessionTheme,
    PayExTokenProvider,
    BamboraTokenProvider,
    DinteroPspTokenProvider,
);

#[test]
fn token_provider_table_is_the_union_of_the_providers() {
    let providers = [
        PayExTokenProvider::FIELDS,
        BamboraTokenProvider::FIELDS,
        DinteroPspTokenProvider::FIELDS,
    ];
    let (tag, members) = TokenProvider::FIELDS.split_first().unwrap();
    assert_eq!(tag.name, PAYMENT_PRODUCT_TYPE);
    for member in members {
        assert!(
            providers.iter().flat_map(|p| p.iter()).any(|f| f == member),
            "{member:?} is no provider's field"
        );
    }
    for field in providers.iter().flat_map(|p| p.iter()) {
        assert!(
            members.contains(field),
            "{field:?} is missing from TokenProvider::FIELDS"
        );
    }
}
