// The request every consumer setup sends; the test compares it with the body the mock Dintero received.
export const REQUEST = {
  session: {
    order: { currency: "NOK", merchant_reference: "consumer-1" },
    url: { return_url: "https://shop.example/return" },
  },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

/** The `system` option every consumer client sets: sent as the `Dintero-System-*` headers. */
export const SYSTEM = { name: "consumer-shop", version: "1.2.3", pluginName: "consumer-plugin", pluginVersion: "4.5.6" };
