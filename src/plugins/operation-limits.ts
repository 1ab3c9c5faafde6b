import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError } from "graphql";
import type { Context } from "../context.js";
import { ErrorCode, RowLimitError } from "../errors/errors.js";
import type { Limits } from "../server-config.js";
import { operationCost } from "./cost.js";
import { checkStringLengths } from "./string-lengths.js";

/**
 * Limits that need the request's variables, checked once the operation is known and before it runs: string
 * lengths (BAD_USER_INPUT) and cost (400 GRAPHQL_VALIDATION_FAILED), both from the values the executor will
 * use. Then the row bound while it runs: a request that read more than `maxRows` rows is answered with that one
 * error and no data, whatever its resolvers had gathered.
 */
export function operationLimitsPlugin(limits: Limits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 1,
          });
          // Variables of the wrong type: the executor refuses them with its own 400 BAD_USER_INPUT.
          if (!coerced) return;
          checkStringLengths({ schema, document, operation, variables: coerced, maxNameLength: limits.maxNameLength });
          let cost: number;
          try {
            cost = operationCost({ schema, document, operation, variables: coerced, max: limits.maxCost });
          } catch (error) {
            throw invalid(error instanceof GraphQLError ? error.message : "The query's cost could not be computed.");
          }
          if (cost > limits.maxCost) {
            throw invalid(
              `Query cost limit of ${limits.maxCost} exceeded, found at least ${Math.round(cost)}: ask for fewer items (smaller first arguments, fewer nested lists).`,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.stats.rowLimitHit || response.body.kind !== "single") return;
          const error = new RowLimitError(contextValue.stats.maxRows);
          response.body.singleResult = {
            data: null,
            errors: [{ message: error.message, extensions: { ...error.extensions } }],
            extensions: response.body.singleResult.extensions,
          };
        },
      };
    },
  };
}

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
