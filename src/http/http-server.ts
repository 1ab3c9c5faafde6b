import { createServer, STATUS_CODES, type RequestListener, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { ErrorCode } from "../errors/errors.js";
import type { HttpLimits } from "../server-config.js";

/**
 * The HTTP server with socket-level limits, so slow or lying clients cannot hold it (slowloris): headers must
 * arrive within `headersTimeoutMs` and the whole request (a Content-Length above the body included) within
 * `requestTimeoutMs`, else 408; idle keep-alive connections close after `keepAliveTimeoutMs`; past
 * `maxConnections` open connections, new ones are closed on arrival. Node checks the two timeouts every
 * `connectionsCheckingInterval` (30 s by default), so the interval follows the headers timeout.
 */
export function createHttpServer(listener: RequestListener, limits: HttpLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(limits.headersTimeoutMs / 2))),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  server.on("clientError", answerClientError);
  return server;
}

/**
 * A request Node could not take (too slow, malformed, headers too large) gets a JSON error in the shape of every
 * other error, then the connection closes. Nothing is written when a response has already started.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === "ECONNRESET" || !socket.writable || started) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "The request did not arrive in time."]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "The request headers are too large."]
        : [400, "Malformed HTTP request."];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
