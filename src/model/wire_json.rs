//! Conversions between model types and JSON.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// JSON conversions for the top-level wire types (request and response bodies).
///
/// These are thin wrappers over `serde_json`; every model type also implements
/// `Serialize`/`Deserialize` directly.
pub trait WireJson: Serialize + DeserializeOwned {
    /// Parses a JSON document.
    fn from_json_str(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Converts an already parsed JSON value.
    fn from_json_value(value: Value) -> Result<Self, serde_json::Error> {
        serde_json::from_value(value)
    }

    /// Converts to a JSON value; unknown members kept while parsing are written back.
    fn to_json_value(&self) -> Result<Value, serde_json::Error> {
        serde_json::to_value(self)
    }
}
