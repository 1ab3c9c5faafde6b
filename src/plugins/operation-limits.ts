import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError, type OperationDefinitionNode } from "graphql";
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
  const passes = new WeakMap<OperationDefinitionNode, Set<string>>();
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
          const passed = passedBefore(passes, operation, coerced);
          if (passed.has()) return;
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
          passed.add();
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

// Both checks are pure functions of the operation and its coerced variables (for one plugin, one set of limits),
// and walk the whole document: an operation (Apollo keeps parsed documents, so the same node comes back for the
// same text) remembers the variable values it passed with. Only passes are kept (a refusal is recomputed and
// answered afresh), at most PASSES_KEPT per operation, so clients sending ever-new values cannot grow it unbounded.
const PASSES_KEPT = 64;

function passedBefore(
  passes: WeakMap<OperationDefinitionNode, Set<string>>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
) {
  const key = JSON.stringify(variables);
  return {
    has: () => passes.get(operation)?.has(key) === true,
    add: () => {
      let seen = passes.get(operation);
      if (!seen) passes.set(operation, (seen = new Set()));
      if (seen.size >= PASSES_KEPT) seen.clear();
      seen.add(key);
    },
  };
}

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
