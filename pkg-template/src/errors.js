// Error classes of dintero-payment-token. Errors cross the wasm boundary as plain objects
// `{ kind, code, message, ... }` (see src/error.rs); error-mapping.js turns them into these classes.

/** Base class of every error this package throws. */
export class DinteroError extends Error {
  constructor(fields) {
    super(fields.message);
    this.name = new.target.name;
    /** Stable snake_case identifier to branch on. */
    this.code = fields.code;
  }
}

/** The request payload or options are invalid; nothing was sent. `issues` lists every problem. */
export class DinteroValidationError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** Every issue found, errors and warnings. */
    this.issues = fields.issues ?? [];
  }
}
