// A zod schema equivalent to our validation rules: the same regexes as the JSON Schema, plus what
// JSON Schema cannot say (expires_at in the future), via refinements. Objects are `looseObject`s
// so unknown keys pass through unchanged, as ours does. Warnings are not modelled (they never reject).
import * as R from "./rules.mjs";

/** Builds the request schema with the given zod (`import { z } from "zod"`). */
export function requestSchema(z) {
  const re = (source) => new RegExp(source, "u");
  const text = z.string();
  const webUrlPattern = re(R.WEB_URL);
  const webUrl = z.string().regex(webUrlPattern);
  const localUrl = re(R.LOCAL_URL);
  const badCallbackParameter = re(R.BAD_CALLBACK_PARAMETER);
  const dateTime = re(R.DATE_TIME);
  const reserved = new Set(R.RESERVED_METADATA_KEYS);
  const unique = (items) => new Set(items).size === items.length;

  const address = z.looseObject({
    address_line: text,
    postal_place: text,
    country: z.enum(R.COUNTRIES),
    address_line_2: text.optional(),
    postal_code: text.optional(),
  });
  const store = z.looseObject({
    id: text,
    name: text.optional(),
    business_name: text.optional(),
    address: address.optional(),
    chain: text.optional(),
    email: text.optional(),
    gln: text.optional(),
    organization_number: text.optional(),
    phone_number: text.optional(),
    mcc: z.string().regex(re(R.MCC)).optional(),
    bax: text.optional(),
    terminal_id: text.optional(),
    payout_destination_id: text.optional(),
  });
  const order = z.looseObject({
    currency: z.enum(R.CURRENCIES),
    merchant_reference: text,
    merchant_reference_2: text.optional(),
    store: store.optional(),
  });
  const urls = z.looseObject({
    return_url: z.string().regex(re(R.ABSOLUTE_URL)),
    callback_url: z
      .string()
      .regex(re(R.HTTPS_URL))
      .refine((url) => !localUrl.test(url), "callback_url points at the local machine")
      .refine((url) => !badCallbackParameter.test(url), "invalid callback parameter")
      .optional(),
    merchant_terms_url: webUrl.optional(),
  });
  const customer = z.looseObject({
    customer_id: text.optional(),
    email: z.string().max(R.EMAIL_MAX_LENGTH).regex(re(R.EMAIL)).optional(),
    phone_number: z.string().regex(re(R.PHONE_NUMBER)).optional(),
  });
  const color = z.string().regex(re(R.COLOR));
  const configuration = z.looseObject({
    theme: z
      .looseObject({ backdrop: color.optional(), primary: color.optional(), cardRadius: text.optional(), buttonRadius: text.optional() })
      .optional(),
    channel: z.enum(R.CHANNELS).optional(),
  });
  const metadata = z
    .record(z.string().refine((key) => !reserved.has(key), "reserved metadata key"), z.union([z.string(), z.number()]))
    .refine((map) => Object.keys(map).length <= R.METADATA_MAX_KEYS, "too many metadata keys");
  const session = z
    .looseObject({
      order,
      url: urls,
      profile_id: text.optional(),
      customer: customer.optional(),
      expires_at: z
        .string()
        .regex(dateTime)
        .refine((value) => Date.parse(value) > Date.now(), "expires_at is in the past")
        .optional(),
      configuration: configuration.optional(),
      metadata: metadata.optional(),
    })
    .superRefine((value, ctx) => {
      if (value.configuration?.channel !== "in_app" && !webUrlPattern.test(value.url.return_url)) {
        ctx.addIssue({ code: "custom", path: ["url", "return_url"], message: "return_url must be an http(s) URL" });
      }
    });
  const tokenProvider = z
    .looseObject({
      payment_product_type: z.enum(R.PAYMENT_PRODUCT_TYPES),
      token_types: z.array(z.enum(R.TOKEN_TYPES)).min(1).refine(unique, "duplicate token type"),
      token_supported_auth_methods: z.array(z.enum(R.AUTH_METHODS)).min(1).refine(unique, "duplicate auth method").optional(),
    })
    .superRefine((value, ctx) => {
      if (value.payment_product_type !== R.RECURRENCE_PROVIDER && value.token_types.includes("recurrence_token")) {
        ctx.addIssue({ code: "custom", path: ["token_types"], message: "token type not supported" });
      }
      if (value.token_supported_auth_methods && !value.payment_product_type.startsWith(R.AUTH_METHODS_PROVIDER_PREFIX)) {
        ctx.addIssue({ code: "custom", path: ["token_supported_auth_methods"], message: "auth methods not supported" });
      }
    });
  return z.looseObject({ session, token_provider: tokenProvider });
}
