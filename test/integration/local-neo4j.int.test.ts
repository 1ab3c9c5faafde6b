import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { LocalNeo4jError } from "../../src/local-neo4j/install.js";
import { start, status } from "../../src/local-neo4j/process.js";

const usesLocal = inject("neo4j").uri === undefined;
const local = loadConfig({ ...process.env, NEO4J_URI: "" }).neo4j.local;

describe.runIf(usesLocal)("the local Neo4j", () => {
  it("is harmless to start twice: the second start finds it running and starts nothing", async () => {
    const messages: string[] = [];
    expect(await start(local, (m) => messages.push(m))).toEqual({ started: false });
    expect(messages[0]).toMatch(/^already running \(pid \d+\)$|answers; using it$/);
    expect((await status(local)).boltOpen).toBe(true);
  });

  it("reports a crashed start with the last lines of its log", async () => {
    // A second home that shares the installed jars but asks the JVM for an impossible heap: java exits at once.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-crash-"));
    fs.symlinkSync(path.join(local.home, "lib"), path.join(home, "lib"));
    const broken = { ...local, home, boltPort: local.boltPort + 1000, httpPort: local.httpPort + 1000, heap: "1zz" };
    const failure = await start(broken, () => {}).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(LocalNeo4jError);
    expect((failure as Error).message).toContain("Neo4j exited during start");
    expect((failure as Error).message).toContain(`${home}/logs/console.log`);
    expect((failure as Error).message).toMatch(/Invalid (maximum|initial) heap size/);
    expect(fs.existsSync(path.join(home, "run", "neo4j.pid"))).toBe(false);
  });
});
