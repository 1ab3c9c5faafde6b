import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError, ECHO_MAX, ErrorCode, excerpt } from "./errors.js";

/** Longest message sent to a client; graphql-js quotes a variable's whole value when it cannot coerce it. */
export const MESSAGE_MAX = 1000;

// Codes Apollo itself produces for malformed requests; they carry no server internals.
const APOLLO_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Apollo `formatError`: our own errors and Apollo's request errors pass through; everything else (driver errors,
 * bugs) is masked by class, never by message, so no Cypher, stack or database text reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return shortened(withoutStack(formatted));
  const code = formatted.extensions?.code;
  // A plain GraphQLError here comes from parsing, validation or variable coercion, never from the database.
  if (original instanceof GraphQLError && typeof code === "string" && APOLLO_CODES.has(code)) {
    return shortened(withoutStack(formatted));
  }
  if (process.env.NODE_ENV !== "test") {
    // The details stay in the server's own log (stderr, one JSON line); the client gets the masked error below.
    const { message, stack } = original instanceof Error ? original : { message: String(original), stack: undefined };
    console.error(
      JSON.stringify({
        level: "error",
        time: new Date().toISOString(),
        msg: "unexpected error",
        error: message,
        stack,
      }),
    );
  }
  return {
    message: "Internal server error",
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** The message with every quoted stretch of input cut to an excerpt, and the whole capped at MESSAGE_MAX. */
function shortened(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.message.length <= MESSAGE_MAX) return formatted;
  return { ...formatted, message: shortenMessage(formatted.message) };
}

export function shortenMessage(message: string): string {
  // One pass over the message (indexOf, no backtracking): "…" segments longer than ECHO_MAX become excerpts.
  let out = "";
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('"', at);
    const close = open < 0 ? -1 : message.indexOf('"', open + 1);
    if (close < 0) {
      out += message.slice(at);
      break;
    }
    out += message.slice(at, open + 1) + excerpt(message.slice(open + 1, close), ECHO_MAX) + '"';
    at = close + 1;
  }
  return excerpt(out, MESSAGE_MAX);
}
