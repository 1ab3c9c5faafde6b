import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import type { Metrics } from "../http/metrics.js";
import { outcomeOf } from "./outcome.js";

/** Feeds /metrics: request duration by operation and outcome, and Cypher round trips by operation. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const began = performance.now();
      return {
        async willSendResponse(request) {
          const operation = metrics.operation(request.operationName);
          metrics.observeRequest(operation, outcomeOf(request), (performance.now() - began) / 1000);
          const roundTrips = request.contextValue.stats.roundTrips;
          if (roundTrips > 0) metrics.increment("cypher_round_trips_total", { operation }, roundTrips);
        },
      };
    },
  };
}
