// The request form: which inputs exist, where each one lands in the payload (a JSON Pointer), and the
// pure functions between the form state and the payload. No DOM here, so tests can run it in Node.

/** The wire values of `token_provider.payment_product_type`, with what each one is. */
export const PRODUCT_TYPES = [
  { value: "payex.creditcard", label: "payex.creditcard · Swedbank Pay" },
  { value: "bambora.creditcard", label: "bambora.creditcard · Bambora" },
  { value: "dintero_psp.creditcard", label: "dintero_psp.creditcard · Dintero card" },
  { value: "dintero_psp.googlepay", label: "dintero_psp.googlepay · Google Pay" },
  { value: "dintero_psp.clicktopay", label: "dintero_psp.clicktopay · Click to Pay" },
];

/** The token types a payment token session can ask for. */
export const TOKEN_TYPES = [
  { value: "payment_token", label: "payment_token", hint: "customer-initiated payments" },
  { value: "recurrence_token", label: "recurrence_token", hint: "merchant-initiated, recurring" },
];

/** Authentication methods for Dintero PSP tokens, in order of preference. */
export const AUTH_METHODS = [
  { value: "3DS", label: "3DS" },
  { value: "PASSKEY", label: "PASSKEY" },
];

/** `configuration.channel` choices; the empty one leaves the field out. */
export const CHANNELS = [
  { value: "", label: "Not set" },
  { value: "ecommerce", label: "ecommerce" },
  { value: "in_app", label: "in_app" },
];

/**
 * The cards of the form, in display order. Each field has an `id` (its key in the form state), a
 * `path` (JSON Pointer in the payload), a `kind` (text, select, color, datetime, checkboxes) and
 * layout hints (`span`: 1 to 6 of a 6-column grid).
 */
export const GROUPS = [
  {
    id: "order",
    title: "Order",
    lead: "The order the card is saved for. Currency and merchant reference are required.",
    fields: [
      { id: "currency", label: "Currency", path: "/session/order/currency", kind: "text", required: true, span: 3, mono: true, placeholder: "NOK", hint: "ISO 4217 code, e.g. NOK, SEK, EUR" },
      { id: "merchant_reference", label: "Merchant reference", path: "/session/order/merchant_reference", kind: "text", required: true, span: 3, placeholder: "order-1001" },
      { id: "merchant_reference_2", label: "Merchant reference 2", path: "/session/order/merchant_reference_2", kind: "text", span: 6, placeholder: "Optional second reference" },
      { id: "store_id", label: "Store id", path: "/session/order/store/id", kind: "text", span: 2, placeholder: "sc029", hint: "Required with a store" },
      { id: "store_name", label: "Store name", path: "/session/order/store/name", kind: "text", span: 4, placeholder: "Oslo city" },
    ],
  },
  {
    id: "token_provider",
    title: "Token provider",
    lead: "Which payment product stores the card, and which tokens to create.",
    fields: [
      { id: "payment_product_type", label: "Payment product type", path: "/token_provider/payment_product_type", kind: "select", required: true, span: 6, options: PRODUCT_TYPES, mono: true },
      { id: "token_types", label: "Token types", path: "/token_provider/token_types", kind: "checkboxes", required: true, span: 3, options: TOKEN_TYPES },
      { id: "token_supported_auth_methods", label: "Auth methods", path: "/token_provider/token_supported_auth_methods", kind: "checkboxes", span: 3, options: AUTH_METHODS, hint: "dintero_psp.* only" },
    ],
  },
  {
    id: "urls",
    title: "URLs",
    lead: "Where the customer returns to, and where Dintero calls your server.",
    fields: [
      { id: "return_url", label: "Return URL", path: "/session/url/return_url", kind: "text", inputmode: "url", required: true, span: 6, mono: true, hint: "Gets ?transaction_id=… after the card is registered" },
      { id: "callback_url", label: "Callback URL", path: "/session/url/callback_url", kind: "text", inputmode: "url", span: 6, mono: true, placeholder: "https://example.com/dintero/callback", hint: "HTTPS only; Dintero cannot call localhost" },
      { id: "merchant_terms_url", label: "Merchant terms URL", path: "/session/url/merchant_terms_url", kind: "text", inputmode: "url", span: 6, mono: true, placeholder: "https://example.com/terms" },
    ],
  },
  {
    id: "customer",
    title: "Customer",
    lead: "Optional. Prefills the checkout for the customer.",
    fields: [
      { id: "customer_id", label: "Customer id", path: "/session/customer/customer_id", kind: "text", span: 2, placeholder: "cus-42" },
      { id: "email", label: "Email", path: "/session/customer/email", kind: "text", inputmode: "email", span: 4, placeholder: "john.doe@example.com" },
      { id: "phone_number", label: "Phone number", path: "/session/customer/phone_number", kind: "text", inputmode: "tel", span: 6, placeholder: "+4799999999", hint: "With the international prefix" },
    ],
  },
  {
    id: "session",
    title: "Session",
    lead: "Lifetime, profile and channel of the checkout session.",
    fields: [
      { id: "expires_at", label: "Expires at", path: "/session/expires_at", kind: "datetime", span: 6, mono: true, placeholder: "2030-01-31T12:00:00Z", hint: "RFC 3339 date-time in the future" },
      { id: "profile_id", label: "Profile id", path: "/session/profile_id", kind: "text", span: 3, placeholder: "default" },
      { id: "channel", label: "Channel", path: "/session/configuration/channel", kind: "select", span: 3, options: CHANNELS },
    ],
  },
  {
    id: "theme",
    title: "Theme",
    lead: "How the hosted checkout looks.",
    fields: [
      { id: "backdrop", label: "Backdrop", path: "/session/configuration/theme/backdrop", kind: "color", span: 3, placeholder: "#f5f5ff" },
      { id: "primary", label: "Primary", path: "/session/configuration/theme/primary", kind: "color", span: 3, placeholder: "rgb(67,56,202)" },
      { id: "cardRadius", label: "Card radius", path: "/session/configuration/theme/cardRadius", kind: "text", span: 3, mono: true, placeholder: "12px" },
      { id: "buttonRadius", label: "Button radius", path: "/session/configuration/theme/buttonRadius", kind: "text", span: 3, mono: true, placeholder: "8px" },
    ],
  },
];

/** Where metadata lives in the payload. */
export const METADATA_PATH = "/session/metadata";

/** Every field, flat. */
export const FIELDS = GROUPS.flatMap((group) => group.fields);

/** The form a visitor starts with: the smallest valid request. */
export function defaultState(returnUrl) {
  const fields = Object.fromEntries(FIELDS.filter((f) => f.kind !== "checkboxes").map((f) => [f.id, ""]));
  return {
    fields: {
      ...fields,
      currency: "NOK",
      merchant_reference: "order-1001",
      return_url: returnUrl,
      payment_product_type: "payex.creditcard",
    },
    lists: { token_types: ["payment_token"], token_supported_auth_methods: [] },
    metadata: [],
    includeSession: false,
  };
}

/**
 * The request payload the form describes. Empty texts and empty optional lists are left out, so an
 * untouched optional group adds nothing; everything else is sent exactly as typed.
 */
export function payloadFromState(state) {
  const payload = {};
  for (const field of FIELDS) {
    if (field.kind === "checkboxes") {
      const chosen = state.lists[field.id] ?? [];
      // A required list is always sent, even empty, so the validator can say what is wrong with it.
      if (chosen.length > 0 || field.required) setAt(payload, field.path, [...chosen]);
    } else {
      const value = state.fields[field.id] ?? "";
      if (value !== "") setAt(payload, field.path, value);
    }
  }
  const rows = state.metadata.filter((row) => row.key !== "" || row.value !== "");
  if (rows.length > 0) {
    const metadata = {};
    for (const row of rows) metadata[row.key] = row.value;
    setAt(payload, METADATA_PATH, metadata);
  }
  return payload;
}

/** Sets `value` at JSON Pointer `path` in `target`, creating the objects on the way. */
export function setAt(target, path, value) {
  const segments = pointerSegments(path);
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = {};
    node = node[segment];
  }
  node[segments[segments.length - 1]] = value;
}

/** The unescaped segments of a JSON Pointer (RFC 6901); `""` is the root and has none. */
export function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON Pointer of `segments`. */
export function pointerOf(segments) {
  return segments.map((segment) => "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * The registered pointer an issue belongs to: its own path if an input has it, else the nearest
 * ancestor that has one (e.g. `/token_provider/token_types/1` belongs to the token types group),
 * else null (the issue goes to the summary). The root never counts as an ancestor.
 */
export function targetForIssue(issuePath, registered) {
  const segments = pointerSegments(issuePath);
  for (let length = segments.length; length > 0; length--) {
    const candidate = pointerOf(segments.slice(0, length));
    if (registered.has(candidate)) return candidate;
  }
  return null;
}

/** Groups issues by the registered pointer they belong to; `unplaced` holds the rest, in order. */
export function placeIssues(issues, registered) {
  const placed = new Map();
  const unplaced = [];
  for (const issue of issues) {
    const target = targetForIssue(issue.path, registered);
    if (target === null) unplaced.push(issue);
    else {
      if (!placed.has(target)) placed.set(target, []);
      placed.get(target).push(issue);
    }
  }
  return { placed, unplaced };
}

/** A state read back from storage, or null when it does not look like one this version wrote. */
export function restoreState(value, returnUrl) {
  if (!value || typeof value !== "object" || !value.fields || !value.lists || !Array.isArray(value.metadata)) return null;
  const base = defaultState(returnUrl);
  const fields = { ...base.fields };
  for (const key of Object.keys(fields)) if (typeof value.fields[key] === "string") fields[key] = value.fields[key];
  const lists = { ...base.lists };
  for (const key of Object.keys(lists)) {
    if (Array.isArray(value.lists[key])) lists[key] = value.lists[key].filter((item) => typeof item === "string");
  }
  const metadata = value.metadata
    .filter((row) => row && typeof row.key === "string" && typeof row.value === "string")
    .map((row) => ({ key: row.key, value: row.value }));
  return { fields, lists, metadata, includeSession: value.includeSession === true };
}
