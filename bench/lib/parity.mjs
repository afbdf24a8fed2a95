// Checks that the three validators in the benchmark agree: all accept the fixtures, all reject
// each invalid sample. A benchmark of validators that check different things would mean nothing,
// so `run.mjs` prints the result of this check next to the numbers.

/** Invalid variants of the full request: [what is wrong, function that breaks a deep copy]. */
export const INVALID_SAMPLES = [
  ["token_provider missing", (r) => delete r.token_provider],
  ["session.order missing", (r) => delete r.session.order],
  ["currency not ISO 4217 (lower case)", (r) => (r.session.order.currency = "nok")],
  ["merchant_reference not a string", (r) => (r.session.order.merchant_reference = 1001)],
  ["return_url relative", (r) => (r.session.url.return_url = "/accept")],
  ["callback_url over http", (r) => (r.session.url.callback_url = "http://example.com/callback")],
  ["callback_url to localhost", (r) => (r.session.url.callback_url = "https://localhost/callback")],
  ["callback_url method=PUT", (r) => (r.session.url.callback_url = "https://example.com/cb?method=PUT")],
  ["customer phone without +", (r) => (r.session.customer.phone_number = "4799999999")],
  ["customer email without @", (r) => (r.session.customer.email = "john.doe.example.com")],
  ["expires_at with a space", (r) => (r.session.expires_at = "2099-11-07 05:31:56Z")],
  ["theme colour name", (r) => (r.session.configuration.theme.backdrop = "red")],
  ["channel unknown", (r) => (r.session.configuration.channel = "in_store")],
  ["store.mcc five digits", (r) => (r.session.order.store.mcc = "54111")],
  ["store country unknown", (r) => (r.session.order.store.address.country = "XX")],
  ["metadata with 11 keys", (r) => { for (let i = 0; i < 5; i++) r.session.metadata[`ext_k${i}`] = "v"; }],
  ["metadata value boolean", (r) => (r.session.metadata.ext_flag = true)],
  ["payment_product_type schema name", (r) => (r.token_provider.payment_product_type = "PayExTokenProvider")],
  ["bambora with recurrence_token", (r) => (r.token_provider.payment_product_type = "bambora.creditcard")],
  ["token_types empty", (r) => (r.token_provider.token_types = [])],
  ["token_types duplicate", (r) => (r.token_provider.token_types = ["payment_token", "payment_token"])],
  ["auth methods on payex", (r) => (r.token_provider.token_supported_auth_methods = ["3DS"])],
];

/** `{ accepted: {name: bool}, rejected: {name: bool} }` per validator; `accepts(input)` must not throw. */
export function checkParity(validators, fixtures) {
  const rows = [];
  for (const [name, fixture] of Object.entries(fixtures)) {
    rows.push({ sample: `${name} (valid)`, expect: true, got: mapValues(validators, (accepts) => accepts(structuredClone(fixture))) });
  }
  for (const [name, breakIt] of INVALID_SAMPLES) {
    const input = structuredClone(fixtures.full);
    breakIt(input);
    rows.push({ sample: name, expect: false, got: mapValues(validators, (accepts) => accepts(structuredClone(input))) });
  }
  const summary = mapValues(validators, (_, key) => rows.filter((row) => row.got[key] === row.expect).length);
  const disagreements = rows.filter((row) => Object.values(row.got).some((ok) => ok !== row.expect));
  return { total: rows.length, summary, disagreements };
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value, key)]));
}
