// A JSON Schema (draft-07, for ajv) equivalent to our validation rules as far as JSON Schema can
// express them. Not expressible here, so ajv does slightly LESS work than ours and zod:
// - `expires_at` must be in the future (needs the clock);
// - warnings (unknown/deprecated fields, metadata key prefix and lengths, empty texts): a schema
//   only accepts or rejects, and these never reject;
// - percent-decoding of callback_url parameters before checking them;
// - day-of-month validity in dates (2023-02-30) and IPv4/port ranges in URLs.
// Unknown keys are allowed everywhere (ours sends them unchanged).
import * as R from "./rules.mjs";

const text = { type: "string" };
const pattern = (source) => ({ type: "string", pattern: source });
const object = (properties, required = []) => ({ type: "object", properties, required });

const address = object(
  {
    address_line: text,
    postal_place: text,
    country: { type: "string", enum: R.COUNTRIES },
    address_line_2: text,
    postal_code: text,
  },
  ["address_line", "postal_place", "country"],
);

const store = object(
  {
    id: text, name: text, business_name: text, address, chain: text, email: text, gln: text,
    organization_number: text, phone_number: text, mcc: pattern(R.MCC), bax: text, terminal_id: text,
    payout_destination_id: text,
  },
  ["id"],
);

const order = object(
  { currency: { type: "string", enum: R.CURRENCIES }, merchant_reference: text, merchant_reference_2: text, store },
  ["currency", "merchant_reference"],
);

const urls = object(
  {
    return_url: pattern(R.ABSOLUTE_URL),
    callback_url: {
      type: "string",
      pattern: R.HTTPS_URL,
      not: { anyOf: [{ pattern: R.LOCAL_URL }, { pattern: R.BAD_CALLBACK_PARAMETER }] },
    },
    merchant_terms_url: pattern(R.WEB_URL),
  },
  ["return_url"],
);

const customer = object({
  customer_id: text,
  email: { type: "string", maxLength: R.EMAIL_MAX_LENGTH, pattern: R.EMAIL },
  phone_number: pattern(R.PHONE_NUMBER),
});

const configuration = object({
  theme: object({ backdrop: pattern(R.COLOR), primary: pattern(R.COLOR), cardRadius: text, buttonRadius: text }),
  channel: { type: "string", enum: R.CHANNELS },
});

const metadata = {
  type: "object",
  maxProperties: R.METADATA_MAX_KEYS,
  propertyNames: { not: { enum: R.RESERVED_METADATA_KEYS } },
  additionalProperties: { type: ["string", "number"] },
};

const session = {
  ...object(
    {
      order, url: urls, profile_id: text, customer, expires_at: pattern(R.DATE_TIME), configuration, metadata,
    },
    ["order", "url"],
  ),
  // return_url: any absolute URL on the in_app channel, else an http(s) URL.
  if: {
    required: ["configuration"],
    properties: { configuration: { type: "object", required: ["channel"], properties: { channel: { const: "in_app" } } } },
  },
  else: { properties: { url: { type: "object", properties: { return_url: pattern(R.WEB_URL) } } } },
};

const tokenProvider = {
  ...object(
    {
      payment_product_type: { type: "string", enum: R.PAYMENT_PRODUCT_TYPES },
      token_types: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: R.TOKEN_TYPES } },
      token_supported_auth_methods: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: R.AUTH_METHODS } },
    },
    ["payment_product_type", "token_types"],
  ),
  allOf: [
    {
      // Only payex.creditcard can create recurrence tokens.
      if: { required: ["payment_product_type"], properties: { payment_product_type: { not: { const: R.RECURRENCE_PROVIDER } } } },
      then: { properties: { token_types: { type: "array", items: { const: "payment_token" } } } },
    },
    {
      // Auth methods only for dintero_psp.* providers.
      if: { required: ["payment_product_type"], properties: { payment_product_type: { type: "string", not: { pattern: `^${R.AUTH_METHODS_PROVIDER_PREFIX.replace(".", "\\.")}` } } } },
      then: { not: { required: ["token_supported_auth_methods"] } },
    },
  ],
};

/** Options for `new Ajv(...)`: every issue (as ours reports), `string | number` metadata values. */
export const ajvOptions = { allErrors: true, allowUnionTypes: true };

/** The request body schema. */
export const requestSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  ...object({ session, token_provider: tokenProvider }, ["session", "token_provider"]),
};
