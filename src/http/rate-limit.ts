import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../errors/errors.js";
import { sendError } from "./http-errors.js";
import type { Metrics } from "./metrics.js";

interface Bucket {
  tokens: number;
  updated: number;
}

// Buckets of clients idle this long are full again, so they can be forgotten; this bounds the map's size.
const IDLE_MS = 60_000;

/**
 * Per-client-IP token bucket: `perMinute` requests of burst, refilled continuously at `perMinute` per minute.
 * In memory, so each server process counts on its own. 0 turns it off. The client is `req.ip`: behind a proxy,
 * set Express's `trust proxy` so that is the real client.
 */
export function rateLimit(perMinute: number, metrics: Metrics, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (perMinute === 0) return next();
    const t = now();
    if (t - lastSweep > IDLE_MS) {
      for (const [ip, b] of buckets) if (t - b.updated > IDLE_MS) buckets.delete(ip);
      lastSweep = t;
    }
    const ip = req.ip ?? "unknown";
    const bucket = buckets.get(ip) ?? { tokens: perMinute, updated: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((t - bucket.updated) * perMinute) / 60_000);
    bucket.updated = t;
    buckets.set(ip, bucket);
    if (bucket.tokens < 1) {
      res.setHeader("Retry-After", String(Math.ceil(((1 - bucket.tokens) * 60) / perMinute)));
      sendError(res, 429, ErrorCode.RATE_LIMITED, "Too many requests; slow down.", metrics);
      return;
    }
    bucket.tokens -= 1;
    next();
  };
}
