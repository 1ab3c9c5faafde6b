import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { outcomeOf } from "./outcome.js";

export type LogSink = (line: string) => void;

/**
 * One JSON line per GraphQL request on stdout: request id, operation, duration, outcome, Cypher round trips and
 * the actor's name and role. Never the query text, variables or headers, which may hold keys or personal data.
 */
export function requestLogPlugin(
  sink: LogSink = (line) => process.stdout.write(`${line}\n`),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const began = performance.now();
      return {
        async willSendResponse(request) {
          const outcome = outcomeOf(request);
          sink(
            JSON.stringify({
              level: outcome === "ok" ? "info" : outcome === "INTERNAL_SERVER_ERROR" ? "error" : "warn",
              time: new Date().toISOString(),
              msg: "graphql request",
              requestId: request.contextValue.requestId,
              operationName: request.operationName ?? null,
              operation: request.operation?.operation ?? null,
              durationMs: Math.round((performance.now() - began) * 10) / 10,
              outcome,
              cypherRoundTrips: request.contextValue.stats.roundTrips,
              actor: request.contextValue.actor.name,
              role: request.contextValue.actor.role,
            }),
          );
        },
      };
    },
  };
}
