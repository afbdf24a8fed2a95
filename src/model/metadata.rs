//! Free-form `metadata` objects.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tsify::Tsify;

/// Additional metadata about a resource: string keys with string or number values.
///
/// The 2026 API accepts `string | number` values (the 2024 spec said strings only) and the
/// 2024 spec allows at most 10 keys. Dintero recommends prefixing keys with `ext`; the keys
/// `dintero`, `merchant`, `session`, `event`, `payout`, `gateway`, `bambora`, `collector`,
/// `instabank`, `klarna`, `kravia`, `netaxept`, `payex`, `santander`, `swish` and `vipps` are
/// reserved. Session responses add Dintero's own keys, such as `session:profile_id` (the
/// profile used when the session was created).
///
/// Values are kept as raw JSON so nothing is lost on a round trip; checking the rules above
/// is the job of request validation, not of parsing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(transparent)]
#[tsify(type = "{ [key: string]: string | number }")]
pub struct Metadata(pub Map<String, Value>);

impl super::wire_schema::WireType for Metadata {}
