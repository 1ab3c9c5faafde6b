import type { Server } from "node:http";
import { ErrorCode } from "../errors/errors.js";
import { sendError } from "./http-errors.js";
import type { HttpRequest, HttpResponse, Next } from "./route.js";

/**
 * Graceful shutdown of the HTTP side: counts in-flight requests, refuses new ones once draining (503, also on
 * kept-alive connections, which `server.close()` alone would keep serving), and waits for the in-flight ones.
 */
export class Drain {
  private inFlight = 0;
  private draining = false;

  readonly middleware = (_req: HttpRequest, res: HttpResponse, next: Next): void => {
    if (this.draining) {
      res.setHeader("Connection", "close");
      sendError(res, 503, ErrorCode.SHUTTING_DOWN, "The server is shutting down; retry on another instance.");
      return;
    }
    this.inFlight += 1;
    let counted = true;
    const done = (): void => {
      if (counted) this.inFlight -= 1;
      counted = false;
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  };

  isDraining = (): boolean => this.draining;

  /** Stops listening, waits up to `timeoutMs` for in-flight requests, then closes every connection. */
  async drain(server: Server, timeoutMs: number): Promise<{ unfinished: number }> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const unfinished = this.inFlight;
    server.closeAllConnections();
    await closed;
    return { unfinished };
  }
}
