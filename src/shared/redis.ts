import { createClient } from "redis";

export type RedisClient = ReturnType<typeof createClient>;
export type RedisStatus = "off" | "up" | "down";
export type Warn = (message: string) => void;

/**
 * The optional Redis that replicas share (response cache, rate limit, data generation). Redis is never required:
 * the server starts and answers while it is down, and the client reconnects in the background. Commands fail at
 * once while it is down (no offline queue), so a request never waits for Redis.
 */
export class SharedRedis {
  readonly client: RedisClient | null;
  private state: RedisStatus;
  private readonly reconnectListeners: (() => void)[] = [];

  constructor(url: string | undefined, warn: Warn) {
    if (!url) {
      this.client = null;
      this.state = "off";
      return;
    }
    this.state = "down";
    let wasUp = false;
    let announcedDown = false;
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) },
    });
    this.client.on("ready", () => {
      if (announcedDown) warn("redis: connected; shared cache and rate limit resumed");
      announcedDown = false;
      this.state = "up";
      if (wasUp) for (const listener of this.reconnectListeners) listener();
      wasUp = true;
    });
    // One warning when Redis goes away (or is not there at start), not one per reconnect attempt or request.
    this.client.on("error", (error: Error) => {
      if (!announcedDown) warn(`redis: unavailable (${error.message}); serving uncached, rate limit per process`);
      announcedDown = true;
      this.state = "down";
    });
  }

  status(): RedisStatus {
    return this.state;
  }

  /** Called after Redis comes back: writes made while it was away may have left stale cache entries. */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  /** Starts connecting without waiting: the server must not depend on Redis to start. */
  start(): void {
    this.client?.connect().catch(() => {});
  }

  /** Resolves once connected, or after `ms` (for tests and scripts that want Redis before they begin). */
  async waitUntilUp(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.state !== "up" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    return this.state === "up";
  }

  async close(): Promise<void> {
    if (!this.client) return;
    this.state = "off";
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
  }
}

/** A Redis command that gives up after `ms`: a stalled Redis must not stall requests. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
