// Type tests for the request side of the generated declarations.
// Checked with `tsc --strict --noEmit`; every `@ts-expect-error` line must fail to type-check.
import type {
  AccessToken,
  AccessTokenRequest,
  PaymentTokenChannel,
  PaymentTokenSession,
  PaymentTokenSessionRequest,
  SessionTheme,
  SystemInfo,
  TokenProvider,
} from "dintero-payment-token";

// The request example of Dintero's doc page, with the `payment_product_type` the spec requires.
export const docExample: PaymentTokenSessionRequest = {
  session: {
    order: {
      currency: "NOK",
      merchant_reference: "<string>",
      merchant_reference_2: "<string>",
    },
    url: {
      return_url: "https://example.com/accept",
      callback_url: "https://example.com/callback?method=GET",
      merchant_terms_url: "https://example.com/terms.html",
    },
    profile_id: "<string>",
    customer: {
      customer_id: "<string>",
      email: "john.doe@example.com",
      phone_number: "+4799999999",
    },
    expires_at: "2023-11-07T05:31:56Z",
    configuration: {
      theme: {
        backdrop: "<string>",
        primary: "<string>",
        cardRadius: "<string>",
        buttonRadius: "<string>",
      },
      channel: "ecommerce",
    },
    metadata: {
      ext_system_x_id: "XAB1239",
      ext_number_x: 1921,
      ext_original_currency: "USD",
      ext_original_amount: 3007,
      ext_conversion_rate_ppm: 997258,
      ext_conversion_timestamp: "2025-09-09T08:12:30Z",
    },
  },
  token_provider: {
    payment_product_type: "payex.creditcard",
    token_types: ["payment_token"],
  },
};

// A store with every member, and the deprecated theme members (deprecated, still accepted).
export const withStore: PaymentTokenSession = {
  order: {
    currency: "NOK",
    merchant_reference: "order-1",
    store: {
      id: "sc029",
      name: "SC Oslo",
      business_name: "SC Oslo AS",
      address: {
        address_line: "Sommerkroveien 34",
        address_line_2: "PB 123",
        postal_code: "0349",
        postal_place: "Oslo",
        country: "NO",
      },
      chain: "SuperChain",
      email: "contact@superchain.com",
      gln: "5790001398644",
      organization_number: "123456789MVA",
      phone_number: "+4738260107",
      mcc: "5814",
      bax: "102603",
      terminal_id: "T0292",
      payout_destination_id: "seller-1",
    },
  },
  url: { return_url: "myapp://done" },
  configuration: { theme: { text: "#000", warning: "#ff0", error: "#f00", "font-family": "Helvetica" }, channel: "in_app" },
};

// Every known token provider.
export const providers: TokenProvider[] = [
  { payment_product_type: "payex.creditcard", token_types: ["payment_token", "recurrence_token"] },
  { payment_product_type: "bambora.creditcard", token_types: ["payment_token"] },
  { payment_product_type: "dintero_psp.creditcard", token_types: ["payment_token"], token_supported_auth_methods: ["PASSKEY", "3DS"] },
  { payment_product_type: "dintero_psp.googlepay", token_types: ["payment_token"] },
  { payment_product_type: "dintero_psp.clicktopay", token_types: ["payment_token"], token_supported_auth_methods: ["3DS"] },
];

// Narrowing on the discriminator.
export function tokenTypesOf(provider: TokenProvider): readonly string[] {
  switch (provider.payment_product_type) {
    case "payex.creditcard":
      return provider.token_types;
    case "dintero_psp.creditcard":
      return provider.token_supported_auth_methods ?? [];
    default:
      return provider.token_types;
  }
}

export const wrongProducts: TokenProvider[] = [
  // @ts-expect-error: unknown payment_product_type literal
  { payment_product_type: "payex.card", token_types: ["payment_token"] },
  // @ts-expect-error: the schema name is not the wire value
  { payment_product_type: "PayExTokenProvider", token_types: ["payment_token"] },
  // @ts-expect-error: bambora only creates payment tokens
  { payment_product_type: "bambora.creditcard", token_types: ["recurrence_token"] },
  // @ts-expect-error: token_types is required
  { payment_product_type: "payex.creditcard" },
  // @ts-expect-error: unknown authentication method
  { payment_product_type: "dintero_psp.creditcard", token_types: ["payment_token"], token_supported_auth_methods: ["SMS"] },
];

export const wrongRequests: PaymentTokenSessionRequest[] = [
  {
    session: {
      // @ts-expect-error: typo in a member name (merchant_refrence)
      order: { currency: "NOK", merchant_refrence: "x" },
      url: { return_url: "https://example.com" },
    },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
  },
  {
    session: {
      order: { currency: "NOK", merchant_reference: "x" },
      url: { return_url: "https://example.com" },
      // @ts-expect-error: metadata values are strings or numbers
      metadata: { ext_flag: true },
    },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
  },
  {
    // @ts-expect-error: url.return_url is required
    session: { order: { currency: "NOK", merchant_reference: "x" }, url: {} },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
  },
];

// @ts-expect-error: payment token sessions only know ecommerce and in_app
export const inStore: PaymentTokenChannel = "in_store";

export const theme: SessionTheme = { primary: "rgba(255,0,0,0.5)" };

export const system: SystemInfo = { name: "woocommerce", version: "5.4", pluginName: "Dintero.Checkout.WooCommerce", pluginVersion: "2.3.4" };
// @ts-expect-error: JavaScript option names are camelCase
export const snakeSystem: SystemInfo = { plugin_name: "x" };

export const tokenRequest: AccessTokenRequest = { grant_type: "client_credentials", audience: "https://api.dintero.com/v1/accounts/T12345678" };
// @ts-expect-error: only client_credentials is modelled
export const passwordGrant: AccessTokenRequest = { grant_type: "password", audience: "x" };

export function bearer(token: AccessToken): string {
  const seconds: number = token.expires_in;
  return `${token.token_type} ${token.access_token} (${seconds}s)`;
}
