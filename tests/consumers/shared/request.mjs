// The request every consumer setup sends; the test compares it with the body the mock Dintero received.
export const REQUEST = {
  session: {
    order: { currency: "NOK", merchant_reference: "consumer-1" },
    url: { return_url: "https://shop.example/return" },
  },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};
