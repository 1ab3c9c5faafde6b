import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { Context } from "../context.js";
import { createLogger } from "../logging/logger.js";
import { outcomeOf } from "./outcome.js";

/**
 * One JSON line per GraphQL request: request id, operation, duration, outcome, Cypher round trips and the actor's
 * name and role. Never the query text, variables or headers, which may hold keys or personal data (the logger
 * redacts those paths too, should a later field carry them).
 */
export function requestLogPlugin(logger: Logger = createLogger()): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const began = performance.now();
      return {
        async willSendResponse(request) {
          const outcome = outcomeOf(request);
          const level = outcome === "ok" ? "info" : outcome === "INTERNAL_SERVER_ERROR" ? "error" : "warn";
          logger[level](
            {
              requestId: request.contextValue.requestId,
              operationName: request.operationName ?? null,
              operation: request.operation?.operation ?? null,
              durationMs: Math.round((performance.now() - began) * 10) / 10,
              outcome,
              cypherRoundTrips: request.contextValue.stats.roundTrips,
              cacheHit: request.metrics.responseCacheHit === true,
              actor: request.contextValue.actor.name,
              role: request.contextValue.actor.role,
            },
            "graphql request",
          );
        },
      };
    },
  };
}
