import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { withTimeout, type SharedRedis } from "./redis.js";

const PREFIX = "alkrg:response:";
const TIMEOUT_MS = 250;

/**
 * Apollo's KeyValueCache over the shared Redis client. Every failure is a miss (get) or a skipped store (set):
 * the cache may make a request faster, never make it fail or wait. (Keyv's Redis store was tried first; it
 * connects and disconnects the client it is given on errors, which fights the shared client's reconnect loop.)
 */
export class RedisResponseCache implements KeyValueCache<string> {
  constructor(private readonly redis: SharedRedis) {}

  async get(key: string): Promise<string | undefined> {
    const client = this.redis.client;
    if (!client || this.redis.status() !== "up") return undefined;
    try {
      return (await withTimeout(client.get(PREFIX + key), TIMEOUT_MS)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const client = this.redis.client;
    if (!client || this.redis.status() !== "up") return;
    const ttl = options?.ttl;
    try {
      await withTimeout(client.set(PREFIX + key, value, ttl ? { EX: Math.max(1, Math.ceil(ttl)) } : {}), TIMEOUT_MS);
    } catch {
      // A lost store is a later miss.
    }
  }

  async delete(key: string): Promise<boolean> {
    const client = this.redis.client;
    if (!client || this.redis.status() !== "up") return false;
    try {
      return (await withTimeout(client.del(PREFIX + key), TIMEOUT_MS)) > 0;
    } catch {
      return false;
    }
  }
}
