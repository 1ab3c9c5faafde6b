import { randomUUID } from "node:crypto";
import typeis from "type-is";
import { authenticate, type Actor, type ApiKey } from "../auth/api-keys.js";
import { ErrorCode } from "../errors/errors.js";
import { sendError } from "./http-errors.js";
import type { Metrics } from "./metrics.js";
import { header, type HttpRequest, type HttpResponse, type Next } from "./route.js";

/** What the guards below leave for the GraphQL context, in `res.locals`. */
export interface RequestLocals {
  requestId: string;
  actor: Actor;
  startedAt: number;
  /** Neo4j bookmarks the client sent back (Neo4j-Bookmarks header) after a write. */
  bookmarks: string[];
}

export function locals(res: HttpResponse): RequestLocals {
  return res.locals as unknown as RequestLocals;
}

/** Takes the caller's X-Request-Id when it is a plain token (so traces join up), or makes one; echoes it back. */
export function requestId(req: HttpRequest, res: HttpResponse, next: Next): void {
  const incoming = header(req, "x-request-id");
  const id = incoming && /^[A-Za-z0-9._:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.locals.startedAt = performance.now();
  res.setHeader("X-Request-Id", id);
  next();
}

export const BOOKMARKS_HEADER = "Neo4j-Bookmarks";
// Bookmarks are opaque short tokens; a client sending more or longer ones is ignored rather than forwarded.
const BOOKMARK = /^[A-Za-z0-9:._+/=-]{1,256}$/;

/**
 * Reads the Neo4j-Bookmarks header (comma-separated, as a mutation's response sent it) so this request's reads
 * wait for those writes, whichever replica made them. Malformed values are dropped.
 */
export function bookmarks(req: HttpRequest, res: HttpResponse, next: Next): void {
  const raw = header(req, BOOKMARKS_HEADER) ?? "";
  const list = raw
    .split(",")
    .map((b) => b.trim())
    .filter((b) => BOOKMARK.test(b));
  res.locals.bookmarks = list.length <= 16 ? list : [];
  next();
}

/**
 * POST bodies must be JSON. A text/plain or form POST is what a cross-site page can send without a CORS
 * preflight, and the JSON parser would leave it unread; it is refused with 415 instead.
 */
export function requireJson(metrics: Metrics) {
  return (req: HttpRequest, res: HttpResponse, next: Next): void => {
    // type-is answers null for a request without a body: refused too, as Express's req.is did.
    if (req.method === "POST" && !typeis(req, ["application/json"])) {
      sendError(res, 415, ErrorCode.BAD_REQUEST, "POST a JSON body with Content-Type: application/json.", metrics);
      return;
    }
    next();
  };
}

/**
 * Resolves the Authorization header to an actor before GraphQL runs. A key that is sent but wrong is refused
 * (401) even for reads, so a misconfigured client learns it at once; no key means an anonymous reader, unless
 * READS_REQUIRE_AUTH is on. The header is never logged.
 */
export function authGuard(keys: readonly ApiKey[], readsRequireAuth: boolean, metrics: Metrics) {
  return (req: HttpRequest, res: HttpResponse, next: Next): void => {
    const result = authenticate(header(req, "authorization"), keys);
    if (!result.ok) {
      res.setHeader("WWW-Authenticate", "Bearer");
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, result.reason, metrics);
      return;
    }
    if (readsRequireAuth && result.actor.role === "ANONYMOUS") {
      res.setHeader("WWW-Authenticate", "Bearer");
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, "This server needs an API key for every request.", metrics);
      return;
    }
    res.locals.actor = result.actor;
    next();
  };
}
