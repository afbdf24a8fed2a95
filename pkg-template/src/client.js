// Placeholder until the client lands: replaced by the client work (DinteroClient, createPaymentTokenSession).
