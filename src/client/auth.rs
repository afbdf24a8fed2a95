//! The OAuth client-credentials token request (`POST /v1/accounts/{aid}/auth/token`).

use super::base64;
use super::secret::Secret;
use super::transport::{HttpRequest, HttpResponse, Method};
use serde_json::{json, Value};

/// An access token and until when it may be used.
#[derive(Clone, Debug, PartialEq)]
pub struct AccessToken {
    /// The bearer token.
    pub token: Secret,
    /// Unix ms after which a new token is fetched ("shortly before" it expires).
    pub refresh_at_ms: f64,
}

/// Longest safety margin before a token's announced expiry.
const MAX_EXPIRY_MARGIN_MS: f64 = 60_000.0;

/// The path of the token endpoint for an account.
pub fn token_path(account_id: &str) -> String {
    format!("/v1/accounts/{account_id}/auth/token")
}

/// The value of the `Authorization: Basic` header for client credentials.
pub fn basic_credentials(client_id: &str, client_secret: &Secret) -> String {
    base64::encode(format!("{client_id}:{}", client_secret.expose()).as_bytes())
}

/// The token request: HTTP Basic credentials and the client-credentials grant whose audience is
/// the account.
pub fn token_request(
    url: String,
    account_id: &str,
    client_id: &str,
    client_secret: &Secret,
    user_agent: &str,
) -> HttpRequest {
    let body = json!({
        "grant_type": "client_credentials",
        "audience": format!("https://api.dintero.com/v1/accounts/{account_id}"),
    });
    HttpRequest {
        method: Method::Post,
        url,
        headers: vec![
            (
                "Authorization".into(),
                format!("Basic {}", basic_credentials(client_id, client_secret)),
            ),
            ("Content-Type".into(), "application/json".into()),
            ("Accept".into(), "application/json".into()),
            ("User-Agent".into(), user_agent.into()),
        ],
        body: Some(body.to_string()),
    }
}

/// Reads a 2xx token response. `requested_at_ms` is when the request was sent, so the token
/// is refreshed a little before `expires_in` runs out (10 % of its lifetime, at most a minute).
/// Without a usable `expires_in` the token is used once and not cached.
pub fn parse_token_response(
    response: &HttpResponse,
    requested_at_ms: f64,
) -> Result<AccessToken, &'static str> {
    let Ok(Value::Object(body)) = serde_json::from_str::<Value>(&response.body) else {
        return Err("expected a JSON object with `access_token`");
    };
    let token = match body.get("access_token") {
        Some(Value::String(token)) if is_header_safe_token(token) => token,
        Some(Value::String(_)) => {
            return Err("`access_token` is empty or not a valid header value")
        }
        _ => return Err("`access_token` is missing"),
    };
    let lifetime_ms = body
        .get("expires_in")
        .and_then(Value::as_f64)
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(|s| s * 1000.0);
    let refresh_at_ms = match lifetime_ms {
        Some(lifetime) => requested_at_ms + lifetime - (lifetime / 10.0).min(MAX_EXPIRY_MARGIN_MS),
        None => requested_at_ms,
    };
    Ok(AccessToken {
        token: Secret::new(token.clone()),
        refresh_at_ms,
    })
}

fn is_header_safe_token(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(body: &str) -> HttpResponse {
        HttpResponse {
            status: 200,
            headers: vec![],
            body: body.to_owned(),
        }
    }

    #[test]
    fn builds_the_documented_request() {
        let request = token_request(
            "https://x.example/v1/accounts/T11223344/auth/token".into(),
            "T11223344",
            "id",
            &Secret::new("s3cret"),
            "ua/1",
        );
        assert_eq!(request.method, Method::Post);
        assert_eq!(request.header("authorization"), Some("Basic aWQ6czNjcmV0"));
        assert_eq!(request.header("content-type"), Some("application/json"));
        let body: Value = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
        assert_eq!(
            body,
            json!({"grant_type": "client_credentials", "audience": "https://api.dintero.com/v1/accounts/T11223344"})
        );
        assert_eq!(token_path("P00000001"), "/v1/accounts/P00000001/auth/token");
    }

    #[test]
    fn refreshes_shortly_before_expiry() {
        let day = parse_token_response(
            &response(r#"{"access_token":"t1","token_type":"Bearer","expires_in":86400}"#),
            1000.0,
        )
        .unwrap();
        assert_eq!(day.token, Secret::new("t1"));
        assert_eq!(day.refresh_at_ms, 1000.0 + 86_400_000.0 - 60_000.0);
        let short =
            parse_token_response(&response(r#"{"access_token":"t2","expires_in":100}"#), 0.0)
                .unwrap();
        assert_eq!(short.refresh_at_ms, 90_000.0);
        let unknown = parse_token_response(&response(r#"{"access_token":"t3"}"#), 5.0).unwrap();
        assert_eq!(unknown.refresh_at_ms, 5.0);
    }

    #[test]
    fn refuses_unusable_bodies() {
        for body in [
            "",
            "[]",
            "{}",
            r#"{"access_token":""}"#,
            r#"{"access_token":"a b"}"#,
            r#"{"access_token":7}"#,
            "<html>",
        ] {
            assert!(
                parse_token_response(&response(body), 0.0).is_err(),
                "{body}"
            );
        }
    }
}
