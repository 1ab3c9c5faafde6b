/**
 * npm run bench [-- --quick] [--scales 1,10,100] [--rounds 3] [--seconds 3] [--concurrency 1,8,32]
 *                 [--ops lookup,nested2hop]   (only these operations; default all)
 *
 * One Neo4j (its own home, .neo4j-bench, with APOC), one dataset, three servers on loopback measured in turn:
 * this server, @neo4j/graphql 7 on Apollo 5, and hand-written Cypher. At each graph scale: answers checked equal,
 * warm-up, then interleaved rounds of autocannon runs; medians written to bench/results/ (Markdown + JSON).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../src/config.js";
import { graphCounts, seed } from "../src/seed/load.js";
import { loadDataset } from "../src/seed/validate.js";
import { generate } from "../scripts/synthetic/generate.js";
import { benchDatabase } from "./database.js";
import { answer, capabilities, compare, load, type Answer } from "./measure.js";
import { CACHED, OPERATIONS, SERVERS, type ServerName } from "./operations.js";
import { markdown, ratiosSummary, type Results } from "./report.js";
import { startServer, type RunningServer } from "./servers/spawn.js";
import { aggregate, type Sample } from "./stats.js";

const log = (message: string): void => console.error(message);
const list = (text: string) => text.split(",").map(Number);

function settings() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean" },
      scales: { type: "string" },
      rounds: { type: "string" },
      seconds: { type: "string" },
      warmup: { type: "string" },
      concurrency: { type: "string" },
      ops: { type: "string" },
    },
  });
  const quick = values.quick ?? false;
  const names = OPERATIONS.map((op) => op.name);
  const ops = values.ops ? values.ops.split(",").map((name) => name.trim()) : names;
  const unknown = ops.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`--ops: no operation ${unknown.join(", ")} (there are ${names.join(", ")})`);
  return {
    scales: list(values.scales ?? "1,10,100"),
    concurrency: list(values.concurrency ?? "1,8,32"),
    // Growth with graph size is read at concurrency 1: pure query latency, no queueing on a 2-core machine.
    scaleConcurrency: 1,
    rounds: Number(values.rounds ?? (quick ? 1 : 3)),
    seconds: Number(values.seconds ?? (quick ? 1 : 3)),
    // A freshly started Neo4j compiles its hot paths over the first minutes of load: a long warm-up keeps the
    // first round from paying for it (its CPU per request fell from ~10 to ~1.2 ms over 80 s on shortestPath).
    warmupSeconds: Number(values.warmup ?? (quick ? 1 : 6)),
    ops,
  };
}

async function main(): Promise<void> {
  const s = settings();
  const results: Results = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: { ...s },
    graph: {},
    checks: [],
    cells: [],
  };
  log(`machine: ${results.machine.cpus} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}`);
  const { db, boltUri, pid: neo4jPid } = await benchDatabase(log);
  const data = loadDataset();
  await seed(db.executor, data);
  const portBase = Number(process.env.BENCH_PORT_BASE ?? 4101);
  const servers: RunningServer[] = [];
  try {
    for (const [i, name] of [...SERVERS, CACHED].entries()) {
      servers.push(await startServer(name, portBase + i, boltUri));
    }
    const can = new Map<ServerName, Set<string>>();
    for (const server of servers) can.set(server.name, await capabilities(server));
    for (const scale of s.scales) {
      log(`\n== graph ${scale}×`);
      await generate(db.executor, data, scale, log);
      // Plans cached for an earlier graph (another scale, an earlier run) would be measured instead of this graph's:
      // every server's statements are planned afresh on it during the warm-up.
      await db.executor.schema("CALL db.clearQueryCaches()");
      const counts = await graphCounts(db.executor);
      const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      results.graph[scale] = { nodes: sum(counts.nodes), relationships: sum(counts.relationships) };
      await measureScale(scale, servers, can, s, results, neo4jPid);
    }
  } finally {
    for (const server of servers) await server.stop();
    await db.close();
  }
  write(results);
}

async function measureScale(
  scale: number,
  servers: RunningServer[],
  can: Map<ServerName, Set<string>>,
  s: ReturnType<typeof settings>,
  results: Results,
  neo4jPid: number | undefined,
): Promise<void> {
  const concurrency = scale === s.scales[0] ? s.concurrency : [s.scaleConcurrency];
  // The cached server is measured at the first scale only: its row answers "what does the cache buy", not growth.
  const measured = servers.filter((server) => server.name !== CACHED || scale === s.scales[0]);
  const operations = OPERATIONS.filter((op) => s.ops.includes(op.name));
  const plan = operations.flatMap((op) =>
    measured.filter((server) => can.get(server.name)?.has(op.name)).map((server) => ({ op, server })),
  );
  for (const op of operations) {
    const answers: Partial<Record<ServerName, Answer>> = {};
    for (const { server } of plan.filter((p) => p.op === op)) answers[server.name] = await answer(op, server);
    // A raw baseline that does less than this server (op.rawLowerBound) is measured but not compared.
    const compared = Object.fromEntries(Object.entries(answers).filter(([n]) => !(op.rawLowerBound && n === "raw")));
    const verdict = op.rawLowerBound
      ? `${compare(compared)} (raw Cypher: lower bound, not compared)`
      : compare(compared);
    const roundTrips = Object.fromEntries(Object.entries(answers).map(([n, a]) => [n, a.roundTrips]));
    results.checks.push({ scale, op: op.name, verdict, roundTrips });
    log(`check ${op.name}: ${verdict} (round trips ${JSON.stringify(roundTrips)})`);
  }
  log(`warm-up: ${plan.length} × ${s.warmupSeconds} s`);
  for (const { op, server } of plan) await load(op, server, 8, s.warmupSeconds);
  const samples = new Map<string, Sample[]>();
  for (let round = 1; round <= s.rounds; round++) {
    log(`round ${round}/${s.rounds}: ${plan.length * concurrency.length} runs of ${s.seconds} s`);
    for (const op of operations) {
      // The servers compared take turns for one operation and concurrency, seconds apart (the paired ratios of
      // report.ts), in reverse order every other round so that no server always goes first.
      const turn = plan.filter((p) => p.op === op).map((p) => p.server);
      if (round % 2 === 0) turn.reverse();
      for (const c of concurrency) {
        for (const server of turn) {
          const key = `${op.name}|${server.name}|${c}`;
          samples.set(key, [...(samples.get(key) ?? []), await load(op, server, c, s.seconds, neo4jPid)]);
        }
      }
    }
  }
  for (const [key, rounds] of samples) {
    const [op, server, c] = key.split("|");
    const cell = { scale, op: op!, server: server as ServerName, concurrency: Number(c), rounds };
    results.cells.push({ ...cell, result: aggregate(rounds) });
  }
}

function write(results: Results): void {
  const dir = path.join(ROOT, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const md = markdown(results);
  fs.writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md);
  fs.writeFileSync(path.join(dir, "latest.md"), md);
  console.log(md);
  console.log(`(written to bench/results/${stamp}.md and .json)\n`);
  console.log(ratiosSummary(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
