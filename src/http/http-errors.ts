import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../errors/errors.js";
import type { Metrics } from "./metrics.js";

/** An error answered before GraphQL runs, in the same shape as a GraphQL error so clients parse one format. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, metrics?: Metrics): void {
  metrics?.increment("http_rejected_requests_total", { code });
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Express error handler for what the JSON body parser rejects: too large (413), malformed JSON (400). The
 * parser's own message may quote the body, so a fixed message is sent instead.
 */
export function bodyErrorHandler(metrics: Metrics) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") {
      sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.", metrics);
    } else if (type === "entity.parse.failed") {
      sendError(res, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON.", metrics);
    } else if (type !== undefined) {
      sendError(res, 400, ErrorCode.BAD_REQUEST, "The request body could not be read.", metrics);
    } else {
      console.error(JSON.stringify({ level: "error", msg: "unhandled HTTP error", error: String(error) }));
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error", metrics);
    }
  };
}
