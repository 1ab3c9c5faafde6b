import { CACHED, OPERATIONS, SERVERS, type ServerName } from "./operations.js";
import { fmt, pairedRatio, ratio, type Sample } from "./stats.js";

export interface Cell {
  scale: number;
  op: string;
  server: ServerName;
  concurrency: number;
  rounds: Sample[];
  result: Sample;
}

export interface Check {
  scale: number;
  op: string;
  verdict: string;
  roundTrips: Partial<Record<ServerName, number>>;
}

export interface Results {
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  settings: {
    scales: number[];
    concurrency: number[];
    scaleConcurrency: number;
    rounds: number;
    seconds: number;
    /** The operations measured (`--ops`); older result files have none: all of them. */
    ops?: string[];
  };
  graph: Record<number, { nodes: number; relationships: number }>;
  checks: Check[];
  cells: Cell[];
}

/** Issue 10's goals against raw Cypher, as a share of its requests/s (the others have none). */
const RAW_GOAL: Record<string, number> = {
  lookup: 0.67,
  list1hop: 0.67,
  nested2hop: 0.67,
  connection: 0.67,
  resistanceProfile: 0.5,
  shortestPath: 0.5,
};

/** The operations a run measured, in the order of OPERATIONS. */
function measured(r: Results) {
  return OPERATIONS.filter((op) => !r.settings.ops || r.settings.ops.includes(op.name));
}

function found(r: Results, scale: number, op: string, server: ServerName, c: number) {
  return r.cells.find((x) => x.scale === scale && x.op === op && x.server === server && x.concurrency === c);
}

function cell(r: Results, scale: number, op: string, server: ServerName, c: number): Sample | undefined {
  return found(r, scale, op, server, c)?.result;
}

/** This server's requests/s over another's, round by round (pairedRatio). */
function versus(r: Results, scale: number, op: string, other: ServerName, c: number, self: ServerName = "ours") {
  return pairedRatio(found(r, scale, op, self, c)?.rounds, found(r, scale, op, other, c)?.rounds);
}

const LABEL: Record<ServerName, string> = {
  ours: "this server",
  "neo4j-graphql": "@neo4j/graphql",
  raw: "raw Cypher",
  "ours-cached": "this server, response cache on",
};
/** Goal: a cached read at least this many times the requests/s of the same read uncached. */
const CACHE_GOAL = 5;

export function markdown(r: Results): string {
  const base = r.settings.scales[0]!;
  const m = r.machine;
  const lines = [
    `# Benchmark results`,
    "",
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}. ` +
      `Neo4j, the servers and autocannon share these cores. ${r.settings.rounds} interleaved round(s) of ` +
      `${r.settings.seconds} s per cell; medians. Ratios are paired: each server's requests/s over the other's in ` +
      `the same round (measured seconds apart), then the median of those.`,
    "",
    `Graph sizes: ${Object.entries(r.graph)
      .map(([s, g]) => `${s}× = ${g.nodes} nodes, ${g.relationships} relationships`)
      .join("; ")}.`,
    "",
    `## Answers checked and Cypher round trips per request (at every scale)`,
    "",
    "| graph | operation | answers | this server | @neo4j/graphql | raw Cypher |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.checks.map(
      (c) => `| ${c.scale}× | ${c.op} | ${c.verdict} | ${SERVERS.map((s) => fmt(c.roundTrips[s], 0)).join(" | ")} |`,
    ),
    "",
    `## Throughput and latency (graph ${base}×)`,
    "",
    "requests/s · p50 ms · p99 ms · errors",
    "",
    `| operation | c | ${SERVERS.map((s) => LABEL[s]).join(" | ")} | ours/raw rps | ours/neo4j-graphql rps |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const op of measured(r)) {
    for (const c of r.settings.concurrency) {
      const s = SERVERS.map((server) => cell(r, base, op.name, server, c));
      const text = s.map((x) => (x ? `${fmt(x.rps, 0)} · ${fmt(x.p50, 1)} · ${fmt(x.p99, 1)} · ${x.errors}` : "n/a"));
      const ratios = [versus(r, base, op.name, "raw", c), versus(r, base, op.name, "neo4j-graphql", c)].map((x) =>
        fmt(x),
      );
      lines.push(`| ${op.name} | ${c} | ${text.join(" | ")} | ${ratios.join(" | ")} |`);
    }
  }
  lines.push(...cpuTable(r), ...cacheTable(r), ...scaleTable(r), "");
  return lines.join("\n");
}

/**
 * What one request costs each process in CPU (Linux). On a machine whose cores the server, Neo4j and autocannon
 * share, requests/s is bounded by their sum: this is where a gap to raw Cypher comes from.
 */
function cpuTable(r: Results): string[] {
  const base = r.settings.scales[0]!;
  const c = r.settings.concurrency.includes(8) ? 8 : r.settings.concurrency[0]!;
  const rows = measured(r).map((op) => {
    const s = SERVERS.map((server) => cell(r, base, op.name, server, c)?.cpu);
    return `| ${op.name} | ${s.map((x) => (x ? `${fmt(x.server)} · ${fmt(x.neo4j)}` : "n/a")).join(" | ")} |`;
  });
  if (!r.cells.some((x) => x.result.cpu)) return [];
  return [
    "",
    `## CPU per request (graph ${base}×, c = ${c})`,
    "",
    "ms of CPU per request: the server's process · Neo4j's (user + system time over the run / requests)",
    "",
    `| operation | ${SERVERS.map((s) => LABEL[s]).join(" | ")} |`,
    "| --- | --- | --- | --- |",
    ...rows,
  ];
}

/** The response cache's own table: the same operations, uncached (the main table's column) vs cached. */
function cacheTable(r: Results): string[] {
  const base = r.settings.scales[0]!;
  const lines = [
    "",
    `## Response cache (graph ${base}×; every request after the first is a hit)`,
    "",
    "requests/s · p99 ms · errors",
    "",
    "| operation | c | uncached | cached | cached / uncached rps |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const op of measured(r)) {
    for (const c of r.settings.concurrency) {
      const [plain, cached] = [cell(r, base, op.name, "ours", c), cell(r, base, op.name, CACHED, c)];
      if (!plain || !cached) continue;
      const show = (x: Sample) => `${fmt(x.rps, 0)} · ${fmt(x.p99, 1)} · ${x.errors}`;
      lines.push(
        `| ${op.name} | ${c} | ${show(plain)} | ${show(cached)} | ${fmt(versus(r, base, op.name, "ours", c, CACHED))} |`,
      );
    }
  }
  return lines;
}

function scaleTable(r: Results): string[] {
  const scales = r.settings.scales;
  if (scales.length < 2) return [];
  const c = r.settings.scaleConcurrency;
  const lines = [
    "",
    `## Latency as the graph grows (concurrency ${c}; p50 / p99 ms)`,
    "",
    `| operation | server | ${scales.map((s) => `${s}×`).join(" | ")} | p99 ${scales.at(-1)}× / ${scales[0]}× |`,
    `| --- | --- | ${scales.map(() => "---").join(" | ")} | --- |`,
  ];
  for (const op of measured(r)) {
    for (const server of SERVERS) {
      const samples = scales.map((s) => cell(r, s, op.name, server, c));
      if (samples.every((x) => !x)) continue;
      const text = samples.map((x) => (x ? `${fmt(x.p50, 1)} / ${fmt(x.p99, 1)}` : "n/a"));
      lines.push(
        `| ${op.name} | ${LABEL[server]} | ${text.join(" | ")} | ${fmt(ratio(samples.at(-1)?.p99, samples[0]?.p99))} |`,
      );
    }
  }
  return lines;
}

/** The two ratios that matter, per operation and concurrency, with the goals checked; printed last. */
export function ratiosSummary(r: Results): string {
  const base = r.settings.scales[0]!;
  const lines = ["Ratios of requests/s (this server / other; > 1 means this server is faster):"];
  const verdicts: string[] = [];
  for (const op of measured(r)) {
    const parts = r.settings.concurrency.map((c) => ({
      c,
      raw: versus(r, base, op.name, "raw", c),
      ng: versus(r, base, op.name, "neo4j-graphql", c),
    }));
    const show = (key: "raw" | "ng") => parts.map((p) => `${fmt(p[key])} (c${p.c})`).join(", ");
    const rawLabel = op.rawLowerBound ? "this/raw Cypher (a lower bound)" : "this/raw Cypher";
    lines.push(`  ${op.name.padEnd(18)} ${rawLabel} ${show("raw")};  this/@neo4j/graphql ${show("ng")}`);
    const ng = parts.filter((p) => p.ng !== null);
    if (ng.length > 0 && ng.some((p) => p.ng! < 1)) verdicts.push(`${op.name}: slower than @neo4j/graphql`);
    const goal = RAW_GOAL[op.name];
    if (goal !== undefined && parts.some((p) => p.raw !== null && p.raw < goal)) {
      verdicts.push(`${op.name}: below ${goal}× raw Cypher`);
    }
  }
  // A server that answered errors was measured doing something else (429s, failures): its numbers do not count.
  for (const x of r.cells) {
    if ((x.result?.errors ?? 0) > 0)
      verdicts.push(`${x.op} on ${LABEL[x.server]} (${x.scale}×, c${x.concurrency}): ${x.result!.errors} errors`);
  }
  const last = r.settings.scales.at(-1)!;
  if (last !== base) {
    for (const op of measured(r)) {
      const c = r.settings.scaleConcurrency;
      const growth = ratio(cell(r, last, op.name, "ours", c)?.p99, cell(r, base, op.name, "ours", c)?.p99);
      if (growth !== null && growth > 2) verdicts.push(`${op.name}: p99 ×${fmt(growth)} from ${base}× to ${last}×`);
    }
  }
  for (const op of measured(r)) {
    for (const c of r.settings.concurrency) {
      const gain = versus(r, base, op.name, "ours", c, CACHED);
      if (gain !== null && gain < CACHE_GOAL) verdicts.push(`${op.name} cached only ×${fmt(gain)} (c${c})`);
    }
  }
  lines.push(verdicts.length === 0 ? "Goals: all met." : `Goals not met: ${verdicts.join("; ")}.`);
  return lines.join("\n");
}
