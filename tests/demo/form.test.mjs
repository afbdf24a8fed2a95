// The demo form's pure logic: form state -> payload, and validation issue -> the input it belongs to.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  FIELDS,
  PRODUCT_TYPES,
  defaultState,
  payloadFromState,
  placeIssues,
  pointerOf,
  pointerSegments,
  restoreState,
  targetForIssue,
} from "../../www-demo/form.mjs";

const RETURN_URL = "http://127.0.0.1:8787/return";

test("the default form is the smallest request: order, return URL and a payex payment token", () => {
  assert.deepEqual(payloadFromState(defaultState(RETURN_URL)), {
    session: { order: { currency: "NOK", merchant_reference: "order-1001" }, url: { return_url: RETURN_URL } },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
  });
});

test("every field lands at its JSON Pointer, sent exactly as typed", () => {
  const state = defaultState(RETURN_URL);
  for (const field of FIELDS) {
    if (field.kind === "checkboxes") state.lists[field.id] = field.options.map((o) => o.value);
    else if (field.kind === "select") state.fields[field.id] = field.options[field.options.length - 1].value;
    else state.fields[field.id] = ` ${field.id} `;
  }
  state.metadata = [{ key: "ext_a/b~c", value: "1" }, { key: "", value: "" }];
  const payload = payloadFromState(state);
  assert.deepEqual(payload, {
    session: {
      order: {
        currency: " currency ",
        merchant_reference: " merchant_reference ",
        merchant_reference_2: " merchant_reference_2 ",
        store: { id: " store_id ", name: " store_name " },
      },
      url: { return_url: " return_url ", callback_url: " callback_url ", merchant_terms_url: " merchant_terms_url " },
      customer: { customer_id: " customer_id ", email: " email ", phone_number: " phone_number " },
      expires_at: " expires_at ",
      profile_id: " profile_id ",
      configuration: {
        channel: "in_app",
        theme: { backdrop: " backdrop ", primary: " primary ", cardRadius: " cardRadius ", buttonRadius: " buttonRadius " },
      },
      metadata: { "ext_a/b~c": "1" },
    },
    token_provider: {
      payment_product_type: "dintero_psp.clicktopay",
      token_types: ["payment_token", "recurrence_token"],
      token_supported_auth_methods: ["3DS", "PASSKEY"],
    },
  });
});

test("empty optional fields are left out; an empty required list is still sent so it can be reported", () => {
  const state = defaultState(RETURN_URL);
  state.fields.currency = "";
  state.lists.token_types = [];
  const payload = payloadFromState(state);
  assert.deepEqual(payload.session.order, { merchant_reference: "order-1001" });
  assert.deepEqual(payload.token_provider, { payment_product_type: "payex.creditcard", token_types: [] });
  assert.equal("customer" in payload.session, false);
  assert.equal("token_supported_auth_methods" in payload.token_provider, false);
});

test("the select offers the five wire values of payment_product_type", () => {
  assert.deepEqual(
    PRODUCT_TYPES.map((p) => p.value),
    ["payex.creditcard", "bambora.creditcard", "dintero_psp.creditcard", "dintero_psp.googlepay", "dintero_psp.clicktopay"],
  );
});

test("JSON Pointers: escaping round-trips keys with / and ~", () => {
  const segments = ["session", "metadata", "a/b~c", ""];
  assert.equal(pointerOf(segments), "/session/metadata/a~1b~0c/");
  assert.deepEqual(pointerSegments(pointerOf(segments)), segments);
  assert.deepEqual(pointerSegments(""), []);
});

test("an issue goes to its input, else to the nearest registered ancestor, else to the summary", () => {
  const registered = new Set(["/session/order/currency", "/token_provider/token_types", "/session/metadata", "/session/metadata/ext~1x"]);
  assert.equal(targetForIssue("/session/order/currency", registered), "/session/order/currency");
  assert.equal(targetForIssue("/token_provider/token_types/1", registered), "/token_provider/token_types");
  assert.equal(targetForIssue("/session/metadata/ext~1x", registered), "/session/metadata/ext~1x");
  assert.equal(targetForIssue("/session/metadata/other", registered), "/session/metadata");
  assert.equal(targetForIssue("/session/order", registered), null);
  assert.equal(targetForIssue("", registered), null);

  const issues = [
    { path: "/session/order/currency", code: "invalid_currency", message: "", severity: "error" },
    { path: "/session", code: "unknown_field", message: "", severity: "warning" },
    { path: "/token_provider/token_types/0", code: "invalid_enum_value", message: "", severity: "error" },
  ];
  const { placed, unplaced } = placeIssues(issues, registered);
  assert.deepEqual([...placed.keys()], ["/session/order/currency", "/token_provider/token_types"]);
  assert.deepEqual(unplaced, [issues[1]]);
});

test("a stored form is restored field by field; anything malformed falls back to the defaults", () => {
  const stored = JSON.parse(JSON.stringify(defaultState(RETURN_URL)));
  stored.fields.currency = "SEK";
  stored.fields.injected = "ignored";
  stored.lists.token_types = ["recurrence_token", 7];
  stored.metadata = [{ key: "ext_a", value: "1" }, { key: 3 }];
  stored.includeSession = true;
  const restored = restoreState(stored, RETURN_URL);
  assert.equal(restored.fields.currency, "SEK");
  assert.equal("injected" in restored.fields, false);
  assert.deepEqual(restored.lists.token_types, ["recurrence_token"]);
  assert.deepEqual(restored.metadata, [{ key: "ext_a", value: "1" }]);
  assert.equal(restored.includeSession, true);
  assert.equal(restoreState(null, RETURN_URL), null);
  assert.equal(restoreState({ fields: {} }, RETURN_URL), null);
});
