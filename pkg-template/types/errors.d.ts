/** Base class of every error this package throws. */
export declare class DinteroError extends Error {
  /** Stable snake_case identifier to branch on. */
  readonly code: string;
}

/** The request payload or options are invalid; nothing was sent. */
export declare class DinteroValidationError extends DinteroError {
  readonly code: "validation_failed";
  /** Every issue found, errors and warnings, in document order. */
  readonly issues: ValidationIssue[];
}
