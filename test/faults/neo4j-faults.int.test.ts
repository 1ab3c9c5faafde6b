/**
 * Fault tests against a Neo4j of their own (home .neo4j-faults, Bolt 27688, HTTP 27475 unless FAULT_NEO4J_* say
 * otherwise), never the shared test database: stop, freeze and restart it under the server, all on 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type LocalNeo4jConfig, type Neo4jConfig } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createDriver } from "../../src/db/driver.js";
import { Executor } from "../../src/db/executor.js";
import { reachable } from "../../src/db/readiness.js";
import { QueryTimeoutError } from "../../src/errors/errors.js";
import { pause, start, status, stop } from "../../src/local-neo4j/process.js";
import { graphCounts, seed } from "../../src/seed/load.js";
import { loadDataset } from "../../src/seed/validate.js";
import { createApp } from "../../src/server.js";
import { loadServerConfig } from "../../src/server-config.js";
import { FIXTURE_DATA } from "../helpers/fixture-data.js";
import { CURATOR_KEY, testEnv } from "../helpers/http.js";
import { elapsed, eventually, freePort, sleep } from "../helpers/processes.js";

const local: LocalNeo4jConfig = {
  home: path.join(ROOT, ".neo4j-faults"),
  boltPort: Number(process.env.FAULT_NEO4J_BOLT_PORT ?? 27688),
  httpPort: Number(process.env.FAULT_NEO4J_HTTP_PORT ?? 27475),
  heap: "512m",
  pageCache: "64m",
  plugins: [],
};
const neo4jConfig: Neo4jConfig = {
  uri: `bolt://127.0.0.1:${local.boltPort}`,
  user: "neo4j",
  password: "",
  database: "neo4j",
  // Generous: this machine is shared, and the first statements on a cold JVM are slow.
  queryTimeoutMs: 60_000,
  local,
};
const log = (m: string) => console.error(`fault neo4j: ${m}`);

let db: Database;
let server: Server;
let base: string;
let stopApollo: () => Promise<void>;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, body, code: body.errors?.[0]?.extensions?.code ?? "ok" };
}

const COUNT_DRUGS = "{ drugs(first: 0) { totalCount } }";

beforeAll(async () => {
  await start(local, log);
  db = await openDatabase(neo4jConfig, log);
  await db.executor.write({
    name: "test/reset",
    text: "MATCH (n) WHERE n.origin = 'api' OR n:AuditEvent DETACH DELETE n",
  });
  await seed(db.executor, loadDataset(FIXTURE_DATA));
  const app = await createApp({
    executor: db.executor,
    ready: () => reachable(db.driver, neo4jConfig.database),
    config: loadServerConfig(testEnv()),
  });
  stopApollo = () => app.apollo.stop();
  server = createServer(app.listener).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  pause(local, false);
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await stopApollo?.();
  await db?.close();
  await stop(local, log);
});

describe("slow queries", () => {
  it("are cut at their timeout with TIMEOUT, and the connection goes back to the pool", async () => {
    // One connection only: if the timed-out query kept it, the next query could not get one.
    const driver = createDriver(neo4jConfig, { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 2_000 });
    const executor = new Executor(driver, neo4jConfig.database, 300);
    try {
      const slow = {
        name: "test/slow",
        text: "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x)",
      };
      const began = Date.now();
      await expect(executor.read(slow)).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(elapsed(began)).toBeLessThan(5_000);
      for (let i = 0; i < 3; i++) {
        expect(await executor.read({ name: "test/quick", text: "RETURN 1 AS one" })).toEqual([{ one: 1 }]);
      }
    } finally {
      await driver.close();
    }
  });
});

describe("Neo4j down, then back", () => {
  let child: ChildProcess | undefined;
  let childBase = "";
  let childOut = "";
  let countsBefore = "";

  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("keeps /healthz 200, answers /readyz 503 and fails queries fast with DATABASE_UNAVAILABLE", async () => {
    countsBefore = JSON.stringify((await graphCounts(db.executor)).nodes);
    await stop(local, log);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const began = Date.now();
    const result = await gql(base, COUNT_DRUGS);
    expect([result.status, result.code]).toEqual([200, "DATABASE_UNAVAILABLE"]);
    console.error(`DATABASE_UNAVAILABLE after ${elapsed(began)} ms`);
    expect(elapsed(began)).toBeLessThan(10_000);
  });

  it("starts a server while Neo4j is down: healthy, not ready, fast DATABASE_UNAVAILABLE", async () => {
    const port = await freePort();
    childBase = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        LOG_LEVEL: "info",
        NEO4J_URI: neo4jConfig.uri,
        PORT: String(port),
        HOST: "127.0.0.1",
        SHUTDOWN_TIMEOUT_MS: "30000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => (childOut += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (childOut += chunk.toString()));
    await eventually(async () => (await fetch(`${childBase}/healthz`)).status === 200, 30_000, "child /healthz");
    expect((await fetch(`${childBase}/readyz`)).status).toBe(503);
    const began = Date.now();
    expect((await gql(childBase, COUNT_DRUGS)).code).toBe("DATABASE_UNAVAILABLE");
    expect(elapsed(began)).toBeLessThan(10_000);
  });

  it("recovers by itself once Neo4j is back, with no data lost", async () => {
    await start(local, log);
    await eventually(async () => (await gql(base, COUNT_DRUGS)).code === "ok", 60_000, "in-process recovery");
    await eventually(async () => (await fetch(`${childBase}/readyz`)).status === 200, 60_000, "child /readyz");
    expect((await gql(childBase, COUNT_DRUGS)).body.data).toEqual({ drugs: { totalCount: 2 } });
    expect(JSON.stringify((await graphCounts(db.executor)).nodes)).toBe(countsBefore);
  });

  it("on SIGTERM finishes the in-flight request, refuses new ones, closes the driver and exits 0", async () => {
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    // A frozen database holds the request in flight for as long as the test wants.
    pause(local, true);
    const inFlight = gql(childBase, COUNT_DRUGS);
    await sleep(500);
    child!.kill("SIGTERM");
    await sleep(500);
    const refused = await fetch(`${childBase}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: COUNT_DRUGS }),
    }).then(
      (r) => r.status,
      () => "connection refused",
    );
    expect([503, "connection refused"]).toContain(refused);
    pause(local, false);
    const answer = await inFlight;
    expect([answer.status, answer.body.data]).toEqual([200, { drugs: { totalCount: 2 } }]);
    expect(await Promise.race([exited, sleep(20_000).then(() => "no exit")])).toBe(0);
    child = undefined;
    // One JSON log line per request, with its request id, operation and outcome.
    const lines = childOut.split("\n").filter((line) => line.startsWith("{"));
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.some((l) => l.outcome === "ok" && typeof l.requestId === "string")).toBe(true);
  });
});

describe("Neo4j killed and restarted under write load", () => {
  it("recovers by itself; every acknowledged write is there and no write is half-applied", async () => {
    const tag = Date.now().toString(36).toUpperCase();
    const results = new Map<string, string>();
    let restarted = false;
    const began = Date.now();
    const mutation = `mutation ($input: VariantInput!) { upsertVariant(input: $input, sources: ["PMID:11111111"]) { id } }`;
    const writer = async (lane: number) => {
      for (let i = 0; ; i++) {
        const id = `ALK-F${tag}L${lane}N${i}`;
        const input = { id, gene: "ALK", name: `F${tag}L${lane}N${i}`, kind: "POINT_MUTATION" };
        const result = await gql(base, mutation, { input }, CURATOR_KEY).catch(() => ({ code: "NETWORK" }));
        results.set(id, result.code);
        if ((restarted && result.code === "ok") || elapsed(began) > 120_000) return;
        await sleep(restarted ? 250 : 50);
      }
    };
    const lanes = Promise.all([0, 1, 2].map(writer));
    const acknowledged = () => [...results.values()].filter((c) => c === "ok").length;
    await eventually(async () => acknowledged() >= 6, 60_000, "writes acknowledged before the restart");
    // A crash, not a clean stop: what was acknowledged must survive because it was committed, not flushed at exit.
    const { pid } = await status(local);
    process.kill(pid!, "SIGKILL");
    await eventually(async () => !(await status(local)).running, 30_000, "Neo4j killed");
    await start(local, log);
    restarted = true;
    await lanes;
    const codes = new Set(results.values());
    const tally = [...results.values()].reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});
    console.error(`writes during the restart: ${JSON.stringify(tally)}`);
    expect(
      [...codes].every((c) => ["ok", "DATABASE_UNAVAILABLE", "TIMEOUT"].includes(c)),
      [...codes].join(),
    ).toBe(true);
    expect(codes.has("ok")).toBe(true);
    const rows = await db.executor.read(
      {
        name: "test/check-writes",
        text: `UNWIND $ids AS id
               OPTIONAL MATCH (v:Variant {id: id})
               RETURN id, count(v) AS nodes,
                 COUNT { (:Variant {id: id})-[:VARIANT_OF]->(:Gene) } AS links,
                 COUNT { (a:AuditEvent)-[:CHANGED]->(:Variant {id: id}) WHERE a.entity = id } AS audits`,
      },
      { ids: [...results.keys()] },
    );
    for (const row of rows) {
      const state = [row.nodes, row.links, row.audits];
      if (results.get(row.id as string) === "ok") expect(state, row.id as string).toEqual([1, 1, 1]);
      else
        expect([JSON.stringify([0, 0, 0]), JSON.stringify([1, 1, 1])], row.id as string).toContain(
          JSON.stringify(state),
        );
    }
  });
});
