// The demo server's card steps after the token is read: charge the stored card (payWithToken, with
// auto_capture: true; in mock mode also a declining card) and delete it (deletePaymentToken). The card
// token never reaches the page: the server reads it again from the transaction.

/** A DO_NOT_RETRY decline, in Dintero's 2026 shape (the mock answers with it). */
const DO_NOT_RETRY = { code: "51", message: "Do not honour", type: ["DECLINED"], retry_policy: { retry_codes: ["DO_NOT_RETRY"] } };

/** The card of a completed session, read again on the server. */
async function cardOf(dintero, transactionId) {
  const tx = await dintero.getPaymentToken(transactionId);
  const productType = tx.payment_product_type;
  const token = tx.card?.payment_token ? { payment_token: tx.card.payment_token } : { recurrence_token: tx.card?.recurrence_token };
  return { tx, productType, token, tokenId: tx.card?.payment_token_id ?? tx.card?.recurrence_token_id };
}

/** POST /api/charge { transactionId, amount, decline }: charges the card of the transaction. */
export async function chargeCard(body, { dintero, mock }) {
  const { transactionId, amount = 29990, decline = false } = body ?? {};
  const { productType, token } = await cardOf(dintero, transactionId);
  if (decline) {
    if (!mock) return { status: 400, body: { error: { name: "DemoError", code: "mock_only", message: "the decline example needs the embedded mock" } } };
    mock.charging.declineToken(token.payment_token ?? token.recurrence_token, DO_NOT_RETRY);
  }
  // A reference names one charge: a new one for every charge (and after a decline).
  const request = {
    session: {
      order: { amount, currency: "NOK", vat_amount: Math.round(amount / 5), merchant_reference: `demo-charge-${Date.now()}` },
      customer: { tokens: { [productType]: token } },
      configuration: { auto_capture: true },
    },
    payment: { payment_product_type: productType, operation: "unscheduled_purchase" },
  };
  const shown = { ...request, session: { ...request.session, customer: { tokens: { [productType]: "(the stored token, kept on the server)" } } } };
  const transaction = await dintero.payWithToken(request);
  return { status: 200, body: { request: shown, transaction, lastResponse: transaction.lastResponse } };
}

/** POST /api/delete-card { transactionId }: deletes the card's token. */
export async function deleteCard(body, { dintero }) {
  const { tokenId } = await cardOf(dintero, body?.transactionId);
  const cardToken = await dintero.deletePaymentToken(tokenId, { reason: "removed by the shopper in the demo", requestor: "CARDHOLDER" });
  return { status: 200, body: { tokenId, cardToken } };
}
