import autocannon from "autocannon";
import { cpuMs } from "./cpu.js";
import { isDeepStrictEqual } from "node:util";
import { graphqlFor, OPERATIONS, type Operation, type ServerName } from "./operations.js";
import type { RunningServer } from "./servers/spawn.js";
import type { Sample } from "./stats.js";

/** The request body a server gets for an operation (the raw baseline takes the operation from the URL). */
export function body(op: Operation, server: ServerName): string {
  const graphql = graphqlFor(op, server);
  return graphql ? JSON.stringify({ query: graphql.query }) : "{}";
}

/** Which operations each server can answer: root fields found by introspection; the raw baseline has them all. */
export async function capabilities(server: RunningServer): Promise<Set<string>> {
  if (server.name === "raw") return new Set(OPERATIONS.map((o) => o.name));
  const response = await post(
    server.url(""),
    JSON.stringify({ query: "{ __schema { queryType { fields { name } } } }" }),
  );
  const fields = new Set(
    (response.data as { __schema: { queryType: { fields: { name: string }[] } } }).__schema.queryType.fields.map(
      (f) => f.name,
    ),
  );
  return new Set(OPERATIONS.filter((o) => fields.has(graphqlFor(o, server.name)?.field ?? "")).map((o) => o.name));
}

async function post(url: string, text: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: text });
  return (await response.json()) as Record<string, unknown>;
}

async function serverRoundTrips(server: RunningServer): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${server.port}/stats`);
  return ((await response.json()) as { roundTrips: number }).roundTrips;
}

export interface Answer {
  canonical: unknown;
  roundTrips: number;
  error?: string;
}

/**
 * One request, alone: its canonical answer and its Cypher round trips (this server reports them in
 * extensions.cypher; the other two count the transactions their driver ran, read before and after).
 */
export async function answer(op: Operation, server: RunningServer): Promise<Answer> {
  // This server (cached or not) reports its round trips itself; the other two count them in their driver.
  const ours = server.name === "ours" || server.name === "ours-cached";
  const before = ours ? 0 : await serverRoundTrips(server);
  const response = await post(server.url(op.name), body(op, server.name));
  const after = ours ? 0 : await serverRoundTrips(server);
  const extensions = response.extensions as { cypher?: { roundTrips: number } } | undefined;
  const roundTrips = ours ? (extensions?.cypher?.roundTrips ?? NaN) : after - before;
  if (response.errors || !response.data) {
    return { canonical: undefined, roundTrips, error: JSON.stringify(response.errors ?? response).slice(0, 300) };
  }
  const data = response.data as Record<string, unknown>;
  const canonical = server.name === "neo4j-graphql" ? op.canonical.neo4jGraphql?.(data) : op.canonical.ours(data);
  return { canonical, roundTrips };
}

/** "equal", or what differs, among the answers of the servers that have the operation. */
export function compare(answers: Partial<Record<ServerName, Answer>>): string {
  const entries = Object.entries(answers) as [ServerName, Answer][];
  const failed = entries.filter(([, a]) => a.error);
  if (failed.length > 0) return failed.map(([name, a]) => `${name} failed: ${a.error}`).join("; ");
  if (entries.length < 2) return "single";
  const [reference, ...rest] = entries;
  const differing = rest.filter(([, a]) => !isDeepStrictEqual(a.canonical, reference![1].canonical));
  if (differing.length === 0) return "equal";
  return `differs: ${differing.map(([n]) => n).join(", ")} vs ${reference![0]}`;
}

/** One autocannon run: `connections` concurrent clients for `seconds`. */
export async function load(
  op: Operation,
  server: RunningServer,
  connections: number,
  seconds: number,
  neo4jPid?: number,
): Promise<Sample> {
  const before = { server: cpuMs(server.pid), neo4j: cpuMs(neo4jPid) };
  const result = await autocannon({
    url: server.url(op.name),
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body(op, server.name),
    connections,
    duration: seconds,
  });
  const after = { server: cpuMs(server.pid), neo4j: cpuMs(neo4jPid) };
  const requests = result.requests.total;
  const perRequest = (a?: number, b?: number) => (a !== undefined && b !== undefined ? (b - a) / requests : undefined);
  const cpu = { server: perRequest(before.server, after.server), neo4j: perRequest(before.neo4j, after.neo4j) };
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ...(cpu.server !== undefined && cpu.neo4j !== undefined && requests > 0
      ? { cpu: { server: cpu.server, neo4j: cpu.neo4j } }
      : {}),
  };
}
