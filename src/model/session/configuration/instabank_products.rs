//! Instabank payment products (spec `Instabank*Product`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// An Instabank finance product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankFinanceProduct {
    /// Product code. Example: `630`.
    pub product_code: String,
    /// The minimum monthly installment as a percentage of the account balance, as a decimal string. Example: `1.67`.
    pub minimum_monthly_balance_rate: String,
    /// A rate in percent, as a decimal string. Example: `0.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_interest_rate: Option<String>,
    /// The effective annual interest rate, as a decimal string (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_annual_interest_rate: Option<String>,
    /// The startup fee, in the smallest unit of the currency.
    pub origination_fee: i64,
    /// The notification fee, in the smallest unit of the currency.
    pub notification_fee: i64,
    /// Minimum order amount for this product; the product is not offered below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_amount: Option<i64>,
    /// A loan example for the product.
    pub loan_example: InstabankLoanExample,
    /// URL of a custom branding image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_image_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// An Instabank invoice product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankInvoiceProduct {
    /// Product code. Example: `632`.
    pub product_code: String,
    /// Number of days before the payment is due.
    pub due_in_days: i64,
    /// Minimum order amount for this product; the product is not offered below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_amount: Option<i64>,
    /// The invoice fee, in the smallest unit of the currency.
    pub invoice_fee: i64,
    /// The amount from which Instabank requires a full applicant.
    pub require_applicant_amount: i64,
    /// URL of a custom branding image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_image_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// An Instabank installment product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankInstallmentProduct {
    /// Minimum order amount for this product; the product is not offered below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_amount: Option<i64>,
    /// Product code. Example: `633`.
    pub product_code: String,
    /// Number of months.
    pub credit_time: i64,
    /// The startup fee, in the smallest unit of the currency.
    pub origination_fee: i64,
    /// The notification fee, in the smallest unit of the currency.
    pub notification_fee: i64,
    /// A rate in percent, as a decimal string. Example: `0.0`.
    pub annual_interest_rate: String,
    /// The effective annual interest rate, as a decimal string (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_annual_interest_rate: Option<String>,
    /// The total amount to pay (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    /// The amount to pay per month (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<i64>,
    /// The amount to pay in the first invoice, including the origination fee (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_monthly_amount: Option<i64>,
    /// The amount from which Instabank requires a full applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_applicant_amount: Option<i64>,
    /// A loan example for the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan_example: Option<InstabankLoanExample>,
    /// URL of a custom branding image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_image_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// An Instabank postponement product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankPostponementProduct {
    /// Minimum order amount for this product; the product is not offered below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_amount: Option<i64>,
    /// Product code. Example: `633`.
    pub product_code: String,
    /// Number of months the payment is postponed.
    pub postponement_months: i64,
    /// The startup fee, in the smallest unit of the currency.
    pub origination_fee: i64,
    /// The notification fee, in the smallest unit of the currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_fee: Option<i64>,
    /// A rate in percent, as a decimal string. Example: `0.0`.
    pub annual_interest_rate: String,
    /// The effective annual interest rate, as a decimal string (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_annual_interest_rate: Option<String>,
    /// The total amount to pay (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    /// The amount from which Instabank requires a full applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_applicant_amount: Option<i64>,
    /// A loan example for the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan_example: Option<InstabankLoanExample>,
    /// URL of a custom branding image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_image_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A loan example of an Instabank product; amounts in the smallest unit of the currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankLoanExample {
    /// The amount loaned.
    pub amount: i64,
    /// Years of payment.
    pub years: i64,
    /// The total amount paid back.
    pub total_amount: i64,
    /// The cost of the loan.
    pub cost: i64,
    /// The effective annual interest rate, as a decimal string. Example: `21.38`.
    pub effective_annual_interest_rate: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
