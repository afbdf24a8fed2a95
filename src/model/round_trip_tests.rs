//! Round trips of the JSON fixtures in `tests/fixtures` through the typed model: parse, write
//! back, and compare with the input as `serde_json::Value` (deep equality, which also tells
//! `123` from `123.0`).

use super::unknown_fields::recorded;
use super::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

const REQUEST_DOC_EXAMPLE: &str =
    include_str!("../../tests/fixtures/payment_token_session_request.doc_example.json");
const REQUEST_PAYEX: &str =
    include_str!("../../tests/fixtures/payment_token_session_request.payex.json");
const REQUEST_DINTERO_PSP: &str =
    include_str!("../../tests/fixtures/payment_token_session_request.dintero_psp.json");
const CREATED_DOC_EXAMPLE: &str =
    include_str!("../../tests/fixtures/payment_token_session_created.doc_example.json");
const CREATED_UNKNOWN_FIELDS: &str =
    include_str!("../../tests/fixtures/payment_token_session_created.unknown_fields.json");
const ACCESS_TOKEN: &str = include_str!("../../tests/fixtures/access_token.response.json");
const TRANSACTION: &str = include_str!("../../tests/fixtures/transaction.payex_payment_token.json");

/// Parses `json` as `T`, writes it back and asserts the result equals the input; returns the
/// typed value and the unknown member names met while parsing.
fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> (T, Vec<String>) {
    let input: Value = serde_json::from_str(json).expect("fixture is JSON");
    recorded::take();
    let typed: T = serde_json::from_str(json).expect("fixture parses into the typed model");
    let unknown = recorded::take();
    let output = serde_json::to_value(&typed).expect("typed model serializes");
    if output != input {
        panic!(
            "round trip changed the document\n--- input\n{}\n--- output\n{}",
            serde_json::to_string_pretty(&input).unwrap(),
            serde_json::to_string_pretty(&output).unwrap()
        );
    }
    (typed, unknown)
}

#[test]
fn request_doc_example_round_trips_even_without_payment_product_type() {
    let (request, unknown) = round_trip::<PaymentTokenSessionRequest>(REQUEST_DOC_EXAMPLE);
    assert!(unknown.is_empty(), "unexpected unknown members {unknown:?}");
    // The doc example omits the required discriminator: Rust keeps it for validation to report.
    match &request.token_provider {
        TokenProvider::Unrecognized(fields) => {
            assert_eq!(fields.get("token_types"), Some(&json!(["payment_token"])))
        }
        other => panic!("expected Unrecognized, got {other:?}"),
    }
    assert_eq!(request.token_provider.payment_product_type(), None);
    let session = &request.session;
    assert_eq!(session.order.currency, "NOK");
    assert_eq!(
        session.url.callback_url.as_deref(),
        Some("https://example.com/callback?method=GET")
    );
    let configuration = session.configuration.as_ref().unwrap();
    assert_eq!(configuration.channel, Some(PaymentTokenChannel::Ecommerce));
    assert_eq!(
        configuration.theme.as_ref().unwrap().card_radius.as_deref(),
        Some("<string>")
    );
    let metadata = session.metadata.as_ref().unwrap();
    assert_eq!(metadata.0.get("ext_number_x"), Some(&json!(1921)));
    assert_eq!(metadata.0.get("ext_system_x_id"), Some(&json!("XAB1239")));
}

#[test]
fn request_with_payex_provider_is_fully_typed() {
    let (request, unknown) = round_trip::<PaymentTokenSessionRequest>(REQUEST_PAYEX);
    assert!(unknown.is_empty(), "unexpected unknown members {unknown:?}");
    match &request.token_provider {
        TokenProvider::PayExCreditcard(provider) => {
            assert_eq!(provider.token_types, vec![TokenType::PaymentToken])
        }
        other => panic!("expected PayExCreditcard, got {other:?}"),
    }
    assert_eq!(
        request.token_provider.payment_product_type(),
        Some("payex.creditcard")
    );
}

#[test]
fn request_with_dintero_psp_provider_store_and_deprecated_theme_is_fully_typed() {
    let (request, unknown) = round_trip::<PaymentTokenSessionRequest>(REQUEST_DINTERO_PSP);
    assert!(unknown.is_empty(), "unexpected unknown members {unknown:?}");
    match &request.token_provider {
        TokenProvider::DinteroPspCreditcard(provider) => {
            assert_eq!(
                provider.token_supported_auth_methods,
                Some(vec![TokenAuthMethod::Passkey, TokenAuthMethod::ThreeDs])
            );
        }
        other => panic!("expected DinteroPspCreditcard, got {other:?}"),
    }
    let store = request.session.order.store.as_ref().unwrap();
    assert_eq!(store.payout_destination_id.as_deref(), Some("seller-1"));
    assert_eq!(store.address.as_ref().unwrap().postal_place, "Oslo");
    let configuration = request.session.configuration.as_ref().unwrap();
    assert_eq!(
        configuration.theme.as_ref().unwrap().font_family.as_deref(),
        Some("Helvetica")
    );
    assert_eq!(configuration.channel, Some(PaymentTokenChannel::InApp));
}

#[test]
fn response_doc_example_round_trips_and_is_fully_modelled() {
    let (created, unknown) = round_trip::<PaymentTokenSessionCreated>(CREATED_DOC_EXAMPLE);
    assert!(
        unknown.is_empty(),
        "the model misses members of the doc example: {unknown:?}"
    );
    assert_eq!(
        created.publish.as_ref().unwrap()[0].channel,
        PublishChannel::Sms
    );
    let session = created.session.as_ref().unwrap();
    let configuration = session.configuration.as_ref().unwrap();
    let grouped = configuration
        .kravia
        .as_ref()
        .unwrap()
        .invoice_b2b_grouped
        .as_ref()
        .unwrap();
    assert_eq!(
        grouped.days_until_due.as_ref().unwrap().as_f64(),
        Some(182.5)
    );
    // `"id": null` survives as an explicit null.
    assert_eq!(configuration.merchant.as_ref().unwrap().id, Some(None));
    let psp_card = configuration
        .dintero_psp
        .as_ref()
        .unwrap()
        .creditcard
        .as_ref()
        .unwrap();
    let rule = &psp_card
        .sca_policy
        .as_ref()
        .unwrap()
        .liability_rules
        .as_ref()
        .unwrap()[0];
    assert_eq!(rule.limit.as_ref().unwrap()[0].amount, Some(50000));
    assert_eq!(
        configuration.default_payment_type,
        Some(PaymentProductType::BamboraApplePay)
    );
    let order = &session.order;
    assert_eq!(order.amount, Some(72200));
    let shipping = order.shipping_option.as_ref().unwrap();
    assert_eq!(
        shipping
            .pick_up_address
            .as_ref()
            .unwrap()
            .address
            .postal_place
            .as_deref(),
        Some("Oslo")
    );
    assert_eq!(
        shipping.shipments.as_ref().unwrap()[0]
            .shipment_items
            .as_ref()
            .unwrap()[0]
            .line_id
            .as_deref(),
        Some("line-id-1")
    );
    let tokens = session.customer.as_ref().unwrap().tokens.as_ref().unwrap();
    assert!(tokens.dintero_psp_creditcard.is_some());
    assert_eq!(
        session.payment_operation,
        Some(PaymentOperationIntent::UnscheduledPurchase)
    );
    let events = session.events.as_ref().unwrap();
    assert_eq!(
        events[2].details.as_ref().unwrap().payment_product_type,
        Some(PaymentProductType::InstabankFinance)
    );
    assert_eq!(
        session
            .metadata
            .as_ref()
            .unwrap()
            .0
            .get("session:profile_id"),
        Some(&json!("<string>"))
    );
}

#[test]
fn response_with_unknown_members_and_enum_values_round_trips_unchanged() {
    let (created, unknown) = round_trip::<PaymentTokenSessionCreated>(CREATED_UNKNOWN_FIELDS);
    let mut unknown = unknown;
    unknown.sort();
    assert_eq!(
        unknown,
        [
            "newpsp",
            "newpsp.creditcard",
            "x_discount_extra",
            "x_event_extra",
            "x_exemption_extra",
            "x_pick_up_extra",
            "x_publish_extra",
            "x_session_extra",
            "x_store_address_extra",
            "x_top_level_extra",
            "x_period_extra",
        ]
        .iter()
        .map(|key| key.to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
    );
    assert_eq!(
        created.unknown_fields.get("x_top_level_extra").unwrap()["huge_unsigned"],
        json!(u64::MAX)
    );
    let publish = &created.publish.as_ref().unwrap()[0];
    assert_eq!(publish.kind, PublishType::Other("hologram".into()));
    assert_eq!(
        publish.unknown_fields.get("x_publish_extra"),
        Some(&Value::Null)
    );
    let session = created.session.as_ref().unwrap();
    assert_eq!(
        session.payment_operation,
        Some(PaymentOperationIntent::Other("future_operation".into()))
    );
    assert_eq!(
        session.events.as_ref().unwrap()[1].name,
        Some(SessionEventName::Other("SOMETHING_NEW".into()))
    );
    let configuration = session.configuration.as_ref().unwrap();
    assert_eq!(
        configuration.channel,
        Some(SessionChannel::Other("metaverse".into()))
    );
    assert_eq!(
        configuration.default_payment_type,
        Some(PaymentProductType::Other("newpsp.creditcard".into()))
    );
    assert!(configuration.unknown_fields.contains_key("newpsp"));
    let psp_card = configuration
        .dintero_psp
        .as_ref()
        .unwrap()
        .creditcard
        .as_ref()
        .unwrap();
    assert_eq!(
        psp_card
            .token_supported_auth_methods
            .as_ref()
            .unwrap()
            .last(),
        Some(&TokenAuthMethod::Other("BIOMETRIC".into()))
    );
    let exemptions = psp_card
        .sca_policy
        .as_ref()
        .unwrap()
        .network_exemptions
        .as_ref()
        .unwrap();
    // A fractional `1.0` stays `1.0`.
    assert_eq!(
        serde_json::to_string(&exemptions.unknown_fields["x_exemption_extra"]).unwrap(),
        "1.0"
    );
    let discount = &session.order.items.as_ref().unwrap()[1]
        .discount_lines
        .as_ref()
        .unwrap()[0];
    assert_eq!(
        discount.discount_type,
        Some(DiscountType::Other("mystery_discount".into()))
    );
    assert_eq!(
        session.metadata.as_ref().unwrap().0["ext_object_value"],
        json!({"not": "a string or number"})
    );
}

#[test]
fn numbers_keep_their_integer_or_fractional_form() {
    for text in [
        r#"{"latitude":123,"longitude":10.75}"#,
        r#"{"latitude":123.0,"longitude":-0.5}"#,
        r#"{"latitude":59.9138688,"longitude":1e3}"#,
    ] {
        let input: Value = serde_json::from_str(text).unwrap();
        let address: OrderAddress = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_value(&address).unwrap(), input, "{text}");
    }
    let address: OrderAddress = serde_json::from_str(r#"{"latitude":123.0}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&address).unwrap(),
        r#"{"latitude":123.0}"#
    );
}

#[test]
fn amounts_are_integers_and_reject_fractions() {
    let split: PayoutSplit =
        serde_json::from_str(r#"{"payout_destination_id":"P1","amount":29700}"#).unwrap();
    assert_eq!(split.amount, 29700);
    assert!(serde_json::from_str::<PayoutSplit>(
        r#"{"payout_destination_id":"P1","amount":297.5}"#
    )
    .is_err());
}

#[test]
fn explicit_null_absent_and_present_merchant_id_round_trip() {
    for text in [r#"{"id":null}"#, r#"{}"#, r#"{"id":"m-1"}"#] {
        let input: Value = serde_json::from_str(text).unwrap();
        let merchant: MerchantConfiguration = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_value(&merchant).unwrap(), input, "{text}");
    }
}

#[test]
fn every_token_provider_parses_to_its_variant_and_writes_the_tag_first() {
    let cases = [
        (
            "payex.creditcard",
            r#"["payment_token","recurrence_token"]"#,
        ),
        ("bambora.creditcard", r#"["payment_token"]"#),
        ("dintero_psp.creditcard", r#"["payment_token"]"#),
        ("dintero_psp.googlepay", r#"["payment_token"]"#),
        ("dintero_psp.clicktopay", r#"["payment_token"]"#),
    ];
    for (tag, token_types) in cases {
        let text = format!(r#"{{"payment_product_type":"{tag}","token_types":{token_types}}}"#);
        let provider: TokenProvider = serde_json::from_str(&text).unwrap();
        assert!(!matches!(provider, TokenProvider::Unrecognized(_)), "{tag}");
        assert_eq!(provider.payment_product_type(), Some(tag));
        assert!(provider
            .token_types()
            .is_some_and(|types| !types.is_empty()));
        assert_eq!(serde_json::to_string(&provider).unwrap(), text);
    }
}

#[test]
fn unknown_or_missing_token_provider_tags_are_kept_verbatim() {
    for text in [
        r#"{"payment_product_type":"newpsp.creditcard","token_types":["payment_token"],"x":1}"#,
        r#"{"payment_product_type":42,"token_types":["payment_token"]}"#,
        r#"{"token_types":["payment_token"]}"#,
    ] {
        let input: Value = serde_json::from_str(text).unwrap();
        let provider: TokenProvider = serde_json::from_str(text).unwrap();
        assert!(matches!(provider, TokenProvider::Unrecognized(_)), "{text}");
        assert_eq!(serde_json::to_value(&provider).unwrap(), input);
    }
    let provider: TokenProvider =
        serde_json::from_str(r#"{"payment_product_type":"newpsp.creditcard"}"#).unwrap();
    assert_eq!(provider.payment_product_type(), Some("newpsp.creditcard"));
    assert_eq!(provider.token_types(), None);
}

#[test]
fn known_token_provider_with_invalid_members_is_an_error_naming_the_provider() {
    let error =
        serde_json::from_str::<TokenProvider>(r#"{"payment_product_type":"payex.creditcard"}"#)
            .unwrap_err();
    let message = error.to_string();
    assert!(message.contains("payex.creditcard"), "{message}");
    assert!(message.contains("token_types"), "{message}");
}

#[test]
fn token_provider_members_beyond_the_model_are_kept() {
    let text = r#"{"payment_product_type":"payex.creditcard","token_types":["payment_token"],"new_option":{"a":true}}"#;
    let input: Value = serde_json::from_str(text).unwrap();
    let provider: TokenProvider = serde_json::from_str(text).unwrap();
    match &provider {
        TokenProvider::PayExCreditcard(payex) => {
            assert!(payex.unknown_fields.contains_key("new_option"))
        }
        other => panic!("expected PayExCreditcard, got {other:?}"),
    }
    assert_eq!(serde_json::to_value(&provider).unwrap(), input);
}

#[test]
fn request_missing_a_required_member_is_rejected() {
    let mut input: Value = serde_json::from_str(REQUEST_PAYEX).unwrap();
    input["session"]["order"]
        .as_object_mut()
        .unwrap()
        .remove("currency");
    let error = serde_json::from_value::<PaymentTokenSessionRequest>(input).unwrap_err();
    assert!(error.to_string().contains("currency"), "{error}");
}

#[test]
fn access_token_request_and_response() {
    let request = AccessTokenRequest {
        grant_type: GrantType::ClientCredentials,
        audience: "https://api.dintero.com/v1/accounts/T12345678".into(),
        unknown_fields: UnknownFields::new(),
    };
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"grant_type": "client_credentials", "audience": "https://api.dintero.com/v1/accounts/T12345678"})
    );
    let (token, unknown) = round_trip::<AccessToken>(ACCESS_TOKEN);
    assert!(unknown.is_empty());
    assert_eq!(token.token_type, AccessTokenType::Bearer);
    assert_eq!(token.expires_in, 86400);
    assert_eq!(token.refresh_token, None);
}

#[test]
fn transaction_exposes_the_tokens_and_keeps_product_specific_members() {
    let (transaction, unknown) = round_trip::<Transaction>(TRANSACTION);
    assert_eq!(unknown, vec!["payex:payment:id".to_owned()]);
    let transaction =
        serde_json::from_str::<Transaction>(&serde_json::to_string(&transaction).unwrap()).unwrap();
    assert_eq!(transaction.status, Some(TransactionStatus::Authorized));
    assert_eq!(transaction.payment_product, PaymentProduct::PayEx);
    assert_eq!(
        transaction.payment_product_type,
        PaymentProductType::PayExCreditcard
    );
    assert_eq!(
        transaction.payment_operation,
        Some(PaymentOperationIntent::GeneratePaymentToken)
    );
    let card = transaction.card.as_ref().unwrap();
    assert_eq!(
        card.payment_token.as_deref(),
        Some("5a8cd37c-4fbe-4b63-9b0e-8d2c1f1f9a10")
    );
    assert_eq!(
        card.recurrence_token_id.as_deref(),
        Some("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432")
    );
    assert_eq!(card.kind, Some(CardType::CreditCard));
    assert_eq!(
        card.acquirer_transaction_type,
        Some(AcquirerTransactionType::ThreeDSecure)
    );
    let events = transaction.events.as_ref().unwrap();
    assert_eq!(
        events[2].error.as_ref().unwrap().kind,
        Some(TransactionEventErrorType::RejectedByAcquirer)
    );
    assert_eq!(
        events[1].metadata.as_ref().unwrap()["payex:transaction:number"],
        json!("12345")
    );
    let metadata = transaction.metadata.as_ref().unwrap();
    assert_eq!(
        metadata.payout,
        Some(TransactionPayoutMethod::PayoutAccount)
    );
    assert!(metadata.unknown_fields.contains_key("payex:payment:id"));
}

#[test]
fn created_response_parses_from_the_minimal_documented_shape() {
    let created = serde_json::from_str::<PaymentTokenSessionCreated>(
        r#"{"id":"T11223445.5cyWnV68vzJ1kYjZPrKWWm","url":"https://checkout.test.dintero.com/v1/view/T11223445.5cyWnV68vzJ1kYjZPrKWWm"}"#,
    )
    .unwrap();
    assert_eq!(created.id, "T11223445.5cyWnV68vzJ1kYjZPrKWWm");
    assert!(created.session.is_none());
    assert!(created.publish.is_none());
}
