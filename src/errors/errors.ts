import { GraphQLError } from "graphql";

/**
 * The fixed list of `extensions.code` values clients can see. Anything else is masked as INTERNAL_SERVER_ERROR by
 * `formatError`, so adding a code here is a public API change.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  TIMEOUT: "TIMEOUT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** A malformed HTTP request: CSRF-unsafe, batched, a mutation over GET, not JSON. */
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  RATE_LIMITED: "RATE_LIMITED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** The server received SIGTERM and takes no new requests. */
  SHUTTING_DOWN: "SHUTTING_DOWN",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** How much of a client's input an error message may quote. */
export const ECHO_MAX = 60;

/** What an error message quotes of a client's input: at most ECHO_MAX characters, then "…". */
export function excerpt(value: string, max = ECHO_MAX): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** Base of the errors this server raises on purpose; their messages are written for clients. */
export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.NOT_FOUND, extensions);
  }
}

/** No credentials, or credentials that match no key: HTTP 401. */
export class UnauthenticatedError extends AppError {
  constructor(message = "This operation needs an API key: send Authorization: Bearer <key>.") {
    super(message, ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
  }
}

/** A valid key whose role may not do this: HTTP 403. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN, { http: { status: 403 } });
  }
}

export class BadInputError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}

/** A request that would read more rows than GRAPHQL_MAX_ROWS: answered as this one error, with no data. */
export class RowLimitError extends BadInputError {
  constructor(max: number) {
    super(`The answer would hold more than ${max} rows: ask for fewer (smaller first arguments, fewer nested lists).`, {
      limit: "rows",
      max,
    });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor() {
    super("The graph database is unavailable; try again shortly.", ErrorCode.DATABASE_UNAVAILABLE);
  }
}

export class QueryTimeoutError extends AppError {
  constructor() {
    super("The query took too long and was cancelled.", ErrorCode.TIMEOUT);
  }
}
