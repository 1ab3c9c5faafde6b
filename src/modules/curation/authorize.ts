import type { Context } from "../../context.js";
import { ForbiddenError, UnauthenticatedError } from "../../errors/errors.js";

/** Writes are for curator keys only: no key is 401 (UNAUTHENTICATED), a reader's key 403 (FORBIDDEN). */
export function requireCurator(ctx: Context): void {
  if (ctx.actor.role === "CURATOR") return;
  if (ctx.actor.role === "ANONYMOUS") throw new UnauthenticatedError("Writes need a curator API key.");
  throw new ForbiddenError(`The key "${ctx.actor.name}" may read but not write.`);
}

/** The audit trail names curators, so it is shown to holders of a key (reader or curator) only. */
export function requireKey(ctx: Context): void {
  if (ctx.actor.role === "ANONYMOUS") throw new UnauthenticatedError("The audit trail needs an API key.");
}
