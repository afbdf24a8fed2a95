//! Wire-faithful request and response types of `POST /v1/sessions/payment-token`.
