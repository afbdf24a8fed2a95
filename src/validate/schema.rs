//! The known shape of a payment token session request: the field tables come from the request
//! model itself (`model::wire_schema`), so each wire field is declared once, in `src/model/`.
//!
//! Sources of the model: the 2024 Swagger spec (`SessionPaymentToken`, `TokenProvider` and
//! their references) and the newer documentation page. Where they disagree the documentation
//! page wins: `configuration.channel`, `theme.cardRadius`/`buttonRadius`,
//! `store.payout_destination_id` and the `dintero_psp.*` providers exist only there, and the
//! theme keys `text`, `warning`, `error` and `font-family` are gone from it (the 2024 spec
//! already called them deprecated).

use crate::model::wire_schema::WireType;
pub(super) use crate::model::wire_schema::{Field, Kind, ListRule, TextRule};
use crate::model::{PayWithTokenRequest, PaymentTokenSessionRequest};

/// The request body: `{ session, token_provider }`.
pub(super) const REQUEST: &[Field] = PaymentTokenSessionRequest::FIELDS;
/// The body of a charge: `{ session, payment }`.
pub(super) const PAY_REQUEST: &[Field] = PayWithTokenRequest::FIELDS;
