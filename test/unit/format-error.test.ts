import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { BadInputError, DatabaseUnavailableError } from "../../src/errors/errors.js";
import { formatError } from "../../src/errors/format-error.js";

/** What Apollo hands formatError for an error thrown in a resolver: the original wrapped in a GraphQLError. */
function fromResolver(original: Error) {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ["drug"] });
  return { formatted: wrapped.toJSON(), error: wrapped };
}

describe("formatError", () => {
  it("passes our own errors through, with their code and without a stack", () => {
    const { formatted, error } = fromResolver(new BadInputError("first must be between 0 and 100, got 101"));
    expect(formatError({ ...formatted, extensions: { ...formatted.extensions, stacktrace: ["x"] } }, error)).toEqual({
      message: "first must be between 0 and 100, got 101",
      path: ["drug"],
      extensions: { code: "BAD_USER_INPUT" },
    });
    const down = fromResolver(new DatabaseUnavailableError());
    expect(formatError(down.formatted, down.error).extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
  });

  it("masks anything else by class, whatever its message says", () => {
    const { formatted, error } = fromResolver(new Error("Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret)"));
    expect(formatError(formatted, error)).toEqual({
      message: "Internal server error",
      path: ["drug"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("keeps Apollo's own request errors (validation) readable", () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(formatError(error.toJSON(), error)).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });
});
