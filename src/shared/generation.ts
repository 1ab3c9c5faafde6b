import { withTimeout, type SharedRedis } from "./redis.js";

const KEY = "alkrg:data-generation";
const TIMEOUT_MS = 250;

/**
 * A counter that every curation write bumps. Cached responses are keyed by it, so a write anywhere makes every
 * older entry unreachable at once: no replica serves a read from before a write it did not see. With Redis the
 * counter lives there (shared by all replicas); without it, in this process.
 */
export class DataGeneration {
  private local = 0;

  constructor(private readonly redis: SharedRedis) {
    // Writes made while Redis was away did not bump the shared counter: bump it now, so nothing cached before
    // the outage can be served after it.
    redis.onReconnect(() => void this.bump());
  }

  /** The current generation, or null when it cannot be known (Redis configured but down): then do not cache. */
  async current(): Promise<string | null> {
    const client = this.redis.client;
    if (!client) return `local:${this.local}`;
    if (this.redis.status() !== "up") return null;
    try {
      return `redis:${(await withTimeout(client.get(KEY), TIMEOUT_MS)) ?? "0"}`;
    } catch {
      return null;
    }
  }

  async bump(): Promise<void> {
    this.local += 1;
    const client = this.redis.client;
    if (!client || this.redis.status() !== "up") return;
    try {
      await withTimeout(client.incr(KEY), TIMEOUT_MS);
    } catch {
      // Redis went away mid-write: the reconnect bump above covers it.
    }
  }
}
