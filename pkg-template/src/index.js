// The public surface of dintero-payment-token, shared by every runtime's entry file.
export * from "./errors.js";
export * from "./validation.js";
export * from "./client.js";
export * from "./callbacks.js";
