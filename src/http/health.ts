import express, { type Router } from "express";
import type { RedisStatus } from "../shared/redis.js";

export interface Health {
  /** True when the database answers now. */
  ready: () => Promise<boolean>;
  /** True once SIGTERM arrived: the load balancer should stop sending traffic. */
  draining?: () => boolean;
  /** The optional shared Redis: reported, never a reason to be unready (the server works without it). */
  redis?: () => RedisStatus;
}

/**
 * /healthz: the process is alive (200 even when Neo4j is down, so an orchestrator does not restart a healthy
 * server for a database outage). /readyz: 200 only when the database answers and the server is not shutting down;
 * it also reports the shared Redis (`up` / `down`) when one is configured.
 */
export function healthRouter({ ready, draining = () => false, redis = () => "off" }: Health): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    if (draining()) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    const ok = await ready();
    const shared = redis();
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? "ready" : "database unavailable", ...(shared === "off" ? {} : { redis: shared }) });
  });
  return router;
}
