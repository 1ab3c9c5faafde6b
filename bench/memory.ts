/**
 * npm run bench:memory [-- --seconds 60] [--connections 32] [--scale 1]
 *
 * This server alone (bench/servers/ours.ts, uncached) over the bench Neo4j, under autocannon cycling through every
 * benchmark operation it has at `--connections` for `--seconds`, after a 5 s warm-up. Reports the process's RSS at
 * the start and the end of the run, and the heap allocated per request: Node runs with --trace-gc, and the bytes
 * allocated between two collections are the heap after the first subtracted from the heap before the second,
 * summed over the run's collections (GC-independent, unlike a heapUsed difference).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ROOT } from "../src/config.js";
import { seed } from "../src/seed/load.js";
import { loadDataset } from "../src/seed/validate.js";
import { generate } from "../scripts/synthetic/generate.js";
import { benchDatabase } from "./database.js";
import { body } from "./measure.js";
import { OPERATIONS } from "./operations.js";
import { allocatedMB, gcEvents } from "./stats.js";

const { values } = parseArgs({
  options: { seconds: { type: "string" }, connections: { type: "string" }, scale: { type: "string" } },
});
const seconds = Number(values.seconds ?? 60);
const connections = Number(values.connections ?? 32);
const scale = Number(values.scale ?? 1);
const log = (m: string) => console.error(m);

const rssMiB = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
};

async function main(): Promise<void> {
  const { db, boltUri } = await benchDatabase(log);
  const port = Number(process.env.BENCH_PORT_BASE ?? 4101);
  try {
    const data = loadDataset();
    await seed(db.executor, data);
    await generate(db.executor, data, scale, log);
    const env = { ...process.env, NEO4J_URI: boltUri, PORT: String(port), HOST: "127.0.0.1" };
    const file = path.join(ROOT, "bench", "servers", "ours.ts");
    const child = spawn(process.execPath, ["--trace-gc", "--import", "tsx", file], { env, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      for (let i = 0; !output.includes(`ready ours ${port}`); i++) {
        if (i > 600 || child.exitCode !== null) throw new Error(`server did not start:\n${output.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const requests = OPERATIONS.map((op) => ({ method: "POST" as const, body: body(op, "ours") }));
      const common = { url: `http://127.0.0.1:${port}/graphql`, headers: { "content-type": "application/json" } };
      await autocannon({ ...common, requests, connections: 8, duration: 5 });
      const rssStart = rssMiB(child.pid!);
      const mark = output.length;
      const result = await autocannon({ ...common, requests, connections, duration: seconds });
      const rssEnd = rssMiB(child.pid!);
      const events = gcEvents(output.slice(mark));
      const perRequestKiB = (allocatedMB(events) * 1024) / result.requests.total;
      const lines = [
        `| connections | seconds | requests | requests/s | errors | RSS MiB start → end | heap allocated per request |`,
        `| --- | --- | --- | --- | --- | --- | --- |`,
        `| ${connections} | ${seconds} | ${result.requests.total} | ${Math.round(result.requests.average)} | ` +
          `${result.errors + result.timeouts + result.non2xx} (timeouts ${result.timeouts}, non-2xx ${result.non2xx}) | ${rssStart} → ${rssEnd} (×${(rssEnd / rssStart).toFixed(2)}) | ` +
          `${perRequestKiB.toFixed(0)} KiB (${events.length} collections) |`,
      ];
      console.log(`graph ${scale}×; operations cycled: ${OPERATIONS.map((o) => o.name).join(", ")}\n`);
      console.log(lines.join("\n"));
    } finally {
      child.kill("SIGTERM");
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
