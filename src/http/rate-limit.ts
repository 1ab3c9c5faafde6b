import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { ErrorCode } from "../errors/errors.js";
import type { SharedRedis } from "../shared/redis.js";
import { sendError } from "./http-errors.js";
import type { Metrics } from "./metrics.js";
import { clientAddress, type HttpRequest, type HttpResponse, type Next } from "./route.js";

const WINDOW_S = 60;

/**
 * The limiter behind /graphql and the other data routes: `perMinute` requests per client IP per 60 s window, on
 * rate-limiter-flexible. With Redis the count is shared by every replica; while Redis is down (or not configured)
 * each process counts on its own (the insurance limiter), so an outage never lifts the limit nor fails requests.
 */
export function createLimiter(perMinute: number, redis?: SharedRedis): RateLimiterAbstract {
  const options = { points: perMinute, duration: WINDOW_S, keyPrefix: "alkrg:rate" };
  const memory = new RateLimiterMemory(options);
  if (!redis?.client) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    useRedisPackage: true,
    // Fail over to the in-process limiter at once instead of waiting on a dead connection.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

/**
 * 429 RATE_LIMITED with Retry-After (seconds until the window frees a request) once a client has used its
 * requests. 0 turns it off. The client is `clientOf(req)`: the socket address, or behind trusted proxies
 * (TRUST_PROXY) the address they forwarded (route.ts, clientAddress).
 */
export function rateLimit(
  perMinute: number,
  metrics: Metrics,
  limiter: RateLimiterAbstract = createLimiter(perMinute),
  clientOf: (req: HttpRequest) => string = clientAddress(false),
) {
  return async (req: HttpRequest, res: HttpResponse, next: Next): Promise<void> => {
    if (perMinute === 0) return next();
    try {
      await limiter.consume(clientOf(req));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return next(refusal);
      res.setHeader("Retry-After", String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      sendError(res, 429, ErrorCode.RATE_LIMITED, "Too many requests; slow down.", metrics);
      return;
    }
    next();
  };
}
