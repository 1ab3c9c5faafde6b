/**
 * npm run bench:replicas [-- --seconds 60] [--connections 32] [--uncached]
 *
 * Two replicas of this server (`src/index.ts`, as `npm start` runs it) over one Neo4j and one Redis, behind nginx
 * on loopback — the docker-compose.yml topology without Docker. autocannon sends a mix of reads through nginx for
 * `--seconds` at `--connections`; the run reports requests/s, latency percentiles, errors, each replica's share
 * and its RSS before and after. Needs redis-server and nginx (Debian: apt-get install redis-server nginx).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { boltUri, loadConfig, ROOT } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { graphCounts, seed } from "../src/seed/load.js";
import { loadDataset } from "../src/seed/validate.js";
import { eventually, freePort, spawnServer, type ServerProcess } from "../test/helpers/processes.js";
import { TestRedis } from "../test/helpers/redis.js";
import { OPERATIONS } from "./operations.js";

const { values } = parseArgs({
  options: { seconds: { type: "string" }, connections: { type: "string" }, uncached: { type: "boolean" } },
});
const seconds = Number(values.seconds ?? 60);
const connections = Number(values.connections ?? 32);
const log = (m: string) => console.error(m);

const rssMiB = (pid: number | undefined): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
};

async function startNginx(port: number, upstreams: string[]): Promise<ChildProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alkrg-nginx-"));
  const site = fs
    .readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")
    .replace(/^\s*server api:4000.*$/m, upstreams.map((u) => `    server ${u};`).join("\n"))
    .replace("listen 80;", `listen 127.0.0.1:${port};`);
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  const conf = `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; include ${dir}/site.conf; }\n`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: "inherit",
  });
  await eventually(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 10_000, "nginx");
  return nginx;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.neo4j, (m) => log(`neo4j: ${m}`));
  const counts = await graphCounts(db.executor);
  if (Object.values(counts.nodes).every((n) => n === 0)) await seed(db.executor, loadDataset());
  const redis = await TestRedis.start();
  const env = {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    NEO4J_URI: boltUri(config.neo4j),
    REDIS_URL: redis.url,
    RESPONSE_CACHE_TTL_S: values.uncached ? "0" : "60",
    // One client address sends everything: the limit would answer 429s and measure itself.
    RATE_LIMIT_PER_MINUTE: "0",
  };
  const replicas: ServerProcess[] = await Promise.all([spawnServer(env), spawnServer(env)]);
  let nginx: ChildProcess | undefined;
  try {
    for (const r of replicas) await eventually(async () => (await fetch(`${r.base}/readyz`)).ok, 60_000, r.base);
    const port = await freePort();
    nginx = await startNginx(
      port,
      replicas.map((r) => r.base.replace("http://", "")),
    );
    const requests = OPERATIONS.filter((op) => !["shortestPath"].includes(op.name)).map((op) => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: op.ours.query }),
    }));
    log(`warm-up 5 s, then ${seconds} s at c=${connections} through nginx (${requests.length} operations in turn)`);
    await autocannon({ url: `http://127.0.0.1:${port}`, requests, connections, duration: 5 });
    const rssBefore = replicas.map((r) => rssMiB(r.child.pid));
    const result = await autocannon({ url: `http://127.0.0.1:${port}`, requests, connections, duration: seconds });
    const rssAfter = replicas.map((r) => rssMiB(r.child.pid));
    const served = await Promise.all(
      replicas.map(async (r) => {
        const text = await (await fetch(`${r.base}/metrics`)).text();
        return [...text.matchAll(/^graphql_request_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce(
          (sum, m) => sum + Number(m[1]),
          0,
        );
      }),
    );
    const errors = result.errors + result.timeouts + result.non2xx;
    if (errors > 0) {
      log(`errors: ${result.errors} socket, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
      log(`status codes: ${JSON.stringify(result.statusCodeStats)}`);
    }
    const lines = [
      `# Two replicas behind nginx (${values.uncached ? "response cache off" : "response cache on, Redis"})`,
      "",
      `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; ` +
        `Neo4j, Redis, nginx, both replicas and autocannon share these cores.`,
      "",
      `| connections | seconds | requests | requests/s | p50 ms | p97.5 ms | p99 ms | errors | per replica | RSS MiB before → after |`,
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      `| ${connections} | ${seconds} | ${result.requests.total} | ${Math.round(result.requests.average)} | ` +
        `${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${errors} | ` +
        `${served.join(" / ")} | ${rssBefore.map((b, i) => `${b} → ${rssAfter[i]}`).join(", ")} |`,
      "",
    ];
    const dir = path.join(ROOT, "bench", "results");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `replicas-${values.uncached ? "uncached" : "cached"}-latest.md`);
    fs.writeFileSync(file, lines.join("\n"));
    console.log(lines.join("\n"));
    if (errors > 0) process.exitCode = 1;
  } finally {
    nginx?.kill("SIGTERM");
    await Promise.all(replicas.map((r) => r.stop()));
    await redis.kill();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
