import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";

/**
 * Reports the request's Cypher round trips in `extensions.cypher.roundTrips`: clients and tests can see what a
 * query costs, and that nested lists do not multiply it.
 */
export function cypherStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypher: { roundTrips: contextValue.stats.roundTrips },
          };
        },
      };
    },
  };
}
