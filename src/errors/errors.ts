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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of the errors this server raises on purpose; their messages are written for clients. */
export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadInputError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
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
