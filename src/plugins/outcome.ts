import type { GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { Context } from "../context.js";

/** "ok", or the code of the first error: the outcome label of logs and metrics. */
export function outcomeOf(request: GraphQLRequestContextWillSendResponse<Context>): string {
  const errors = request.errors ?? [];
  const body = request.response.body;
  const formatted = body.kind === "single" ? (body.singleResult.errors ?? []) : [];
  const code = formatted[0]?.extensions?.code ?? errors[0]?.extensions?.code;
  if (formatted.length === 0 && errors.length === 0) return "ok";
  return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
}
