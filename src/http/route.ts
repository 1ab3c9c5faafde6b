import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import proxyaddr from "proxy-addr";

// The request and response every guard and handler of this server takes: Node's own, plus the parsed body and
// the per-request locals the guards leave for the GraphQL context. Express's objects are both, so the same guards
// also sit in front of the Express routes (/export).
export type HttpRequest = IncomingMessage & { body?: unknown };
export type HttpResponse = ServerResponse & { locals: Record<string, unknown> };
export type Next = (error?: unknown) => void;
export type Middleware = (req: HttpRequest, res: HttpResponse, next: Next) => void | Promise<void>;
export type ErrorMiddleware = (error: unknown, req: HttpRequest, res: HttpResponse, next: Next) => void;

/** A request header as one string (repeated headers joined, as Express's `req.get` does), or undefined. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Runs `middlewares` in order, each calling `next()` to go on or answering itself; an error (passed to `next` or
 * thrown, synchronously or from a promise) goes to `onError`. This is all the routing /graphql needs, and it costs
 * nothing per request: Express's app and router cost a small read about 0.6 ms of CPU (bench/README, "The
 * /graphql route without Express"), more than GraphQL execution itself.
 */
export function chain(middlewares: readonly Middleware[], onError: ErrorMiddleware): RequestListener {
  return (req, res) => {
    const request = req as HttpRequest;
    const response = res as HttpResponse;
    response.locals ??= {};
    const fail = (error: unknown): void =>
      onError(error, request, response, () => {
        // The error handler could not answer (a response already started): cut the connection.
        res.destroy();
      });
    const step = (index: number): Next => {
      let called = false;
      return (error?: unknown) => {
        if (called) return;
        called = true;
        if (error !== undefined) return fail(error);
        const middleware = middlewares[index];
        if (!middleware) return fail(new Error("no handler answered"));
        try {
          const pending = middleware(request, response, step(index + 1));
          if (pending) pending.catch(fail);
        } catch (error) {
          fail(error);
        }
      };
    };
    step(0)();
  };
}

/** Whether a URL is served by the /graphql route: the path itself or below it, in any case, with any query. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0]!.toLowerCase();
  return path === "/graphql" || path.startsWith("/graphql/");
}

/** The client address, from the socket or, behind trusted proxies, from X-Forwarded-For (Express's rule). */
export function clientAddress(trustProxy: string | number | false): (req: IncomingMessage) => string {
  const trust =
    typeof trustProxy === "number"
      ? (_address: string, hop: number) => hop < trustProxy
      : proxyaddr.compile(trustProxy === false ? [] : trustProxy.split(",").map((entry) => entry.trim()));
  return (req) => proxyaddr(req, trust) ?? "unknown";
}
