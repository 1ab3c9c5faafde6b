import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/logger.js";

describe("logger", () => {
  it("writes one JSON line with level as a word, ISO time and msg, and redacts secrets wherever they appear", () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.info(
      { requestId: "r1", authorization: "Bearer k", headers: { authorization: "Bearer k" }, variables: { a: 1 } },
      "graphql request",
    );
    expect(lines).toHaveLength(1);
    const { time, ...rest } = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(new Date(String(time)).toISOString()).toBe(time);
    expect(rest).toEqual({
      level: "info",
      msg: "graphql request",
      requestId: "r1",
      authorization: "[redacted]",
      headers: { authorization: "[redacted]" },
      variables: "[redacted]",
    });
  });

  it("honours the level", () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), "warn");
    logger.info("hidden");
    logger.warn("shown");
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["shown"]);
  });
});
