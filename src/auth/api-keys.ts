import { createHash, timingSafeEqual } from "node:crypto";

export type Role = "ANONYMOUS" | "READER" | "CURATOR";

/** Who sent a request: a named key and its role, or an anonymous reader. */
export interface Actor {
  name: string;
  role: Role;
}

export const ANONYMOUS: Actor = { name: "anonymous", role: "ANONYMOUS" };

/** A configured key: only its SHA-256 is held, so neither the environment nor a heap dump reveals the key. */
export interface ApiKey {
  name: string;
  role: Role;
  sha256: Buffer;
}

/**
 * Parses `name:sha256hex,name:sha256hex` (CURATOR_API_KEYS, READER_API_KEYS). The hash is of the key as sent in
 * `Authorization: Bearer <key>`, e.g. `printf %s "$KEY" | sha256sum`.
 */
export function parseApiKeys(raw: string, role: Role, variable: string): ApiKey[] {
  return raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const match = /^([A-Za-z0-9_.@-]{1,64}):([0-9a-fA-F]{64})$/.exec(entry);
      // The entry is not echoed: a plain key pasted by mistake must not reach the logs.
      if (!match) throw new Error(`${variable}: every entry must be name:sha256hex (64 hex digits)`);
      return { name: match[1]!, role, sha256: Buffer.from(match[2]!, "hex") };
    });
}

export function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

export type Authentication = { ok: true; actor: Actor } | { ok: false; reason: string };

/**
 * The actor behind an Authorization header. Every configured hash is compared in constant time, and all of them
 * are compared whatever matches, so timing tells nothing about which key (or how much of it) was right.
 */
export function authenticate(header: string | undefined, keys: readonly ApiKey[]): Authentication {
  if (header === undefined || header === "") return { ok: true, actor: ANONYMOUS };
  const match = /^Bearer ([\x21-\x7e]{16,256})$/.exec(header);
  if (!match) return { ok: false, reason: "Authorization must be: Bearer <API key>." };
  const digest = sha256(match[1]!);
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, key.sha256) && !found) found = key;
  }
  if (!found) return { ok: false, reason: "The API key is not valid." };
  return { ok: true, actor: { name: found.name, role: found.role } };
}
