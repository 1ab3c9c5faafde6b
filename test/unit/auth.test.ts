import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate, parseApiKeys } from "../../src/auth/api-keys.js";
import { loadServerConfig } from "../../src/server-config.js";

const KEY = "a-curator-key-of-some-length";
const hex = createHash("sha256").update(KEY).digest("hex");

describe("API keys", () => {
  it("parses name:sha256hex entries and authenticates the key whose hash matches", () => {
    const keys = parseApiKeys(`alice:${hex}, carol:${"0".repeat(64)}`, "CURATOR", "CURATOR_API_KEYS");
    expect(keys.map((k) => [k.name, k.role])).toEqual([
      ["alice", "CURATOR"],
      ["carol", "CURATOR"],
    ]);
    expect(authenticate(`Bearer ${KEY}`, keys)).toEqual({ ok: true, actor: { name: "alice", role: "CURATOR" } });
    expect(authenticate(undefined, keys)).toEqual({ ok: true, actor: { name: "anonymous", role: "ANONYMOUS" } });
    expect(authenticate(`Bearer ${KEY}x`, keys)).toEqual({ ok: false, reason: "The API key is not valid." });
    expect(authenticate(`Basic ${KEY}`, keys)).toEqual({
      ok: false,
      reason: "Authorization must be: Bearer <API key>.",
    });
  });

  it("refuses a malformed entry without echoing it, so a pasted plain key never reaches a log", () => {
    let message = "";
    try {
      loadServerConfig({ CURATOR_API_KEYS: `alice:${KEY}` });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("CURATOR_API_KEYS: every entry must be name:sha256hex (64 hex digits)");
  });

  it("defaults: introspection off only in production, logs quiet under test", () => {
    expect(loadServerConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadServerConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(loadServerConfig({}).introspection).toBe(true);
    expect(loadServerConfig({ NODE_ENV: "test" }).logRequests).toBe(false);
    expect(loadServerConfig({ NODE_ENV: "test", LOG_LEVEL: "info" }).logRequests).toBe(true);
  });
});
