import { ErrorCode } from "../errors/errors.js";
import type { Metrics } from "./metrics.js";
import type { ErrorMiddleware, HttpResponse } from "./route.js";

/** An error answered before GraphQL runs, in the same shape as a GraphQL error so clients parse one format. */
export function sendError(
  res: HttpResponse,
  status: number,
  code: ErrorCode,
  message: string,
  metrics?: Metrics,
): void {
  metrics?.increment("http_rejected_requests_total", { code });
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

/**
 * The error handler (of the /graphql chain, and of Express for the other routes) for what the JSON body parser
 * rejects: too large (413), a content encoding it cannot decode (415), a body that is not what its
 * Content-Encoding says (bad gzip) or an aborted or malformed one (400), malformed JSON (400). These are the client's errors: answered with a fixed message (the parser's own may
 * quote the body), counted in the metrics, and never logged as server errors.
 */
export function bodyErrorHandler(metrics: Metrics): ErrorMiddleware {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = error as { type?: string; status?: number };
    if (type === "entity.too.large") {
      sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.", metrics);
    } else if (type === "entity.parse.failed") {
      sendError(res, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON.", metrics);
    } else if (type === "encoding.unsupported" || type === "charset.unsupported") {
      const what = type === "encoding.unsupported" ? "Content-Encoding (use gzip, deflate, br or none)" : "charset";
      sendError(res, 415, ErrorCode.BAD_REQUEST, `Unsupported ${what}.`, metrics);
    } else if (type !== undefined || (typeof status === "number" && status >= 400 && status < 500)) {
      // A zlib error (a body that is not the gzip its header claims) comes with status 400 and no type.
      sendError(res, 400, ErrorCode.BAD_REQUEST, "The request body could not be read or decoded.", metrics);
    } else {
      console.error(JSON.stringify({ level: "error", msg: "unhandled HTTP error", error: String(error) }));
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error", metrics);
    }
  };
}
