import { createHash } from "node:crypto";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { TestServer } from "../../helpers/http.js";

/**
 * Tools of the hostile-client suite: raw requests (headers a browser or fetch would not send), a snapshot of the
 * whole graph, and `underAttack`, which runs an attack a few times at once while polling /healthz and measuring
 * the event loop of this process, where the server under test runs.
 */

export interface Answer {
  status: number;
  code: string | undefined;
  message: string | undefined;
  text: string;
  ms: number;
}

function answerOf(status: number, text: string, began: number): Answer {
  let body: { errors?: { message?: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: status only.
  }
  const error = body.errors?.[0];
  return { status, code: error?.extensions?.code, message: error?.message, text, ms: performance.now() - began };
}

/** A POST over a fresh loopback connection, with exactly these headers and bytes. */
export function rawPost(base: string, path: string, body: Buffer | string, headers: Record<string, string>) {
  const began = performance.now();
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${base}${path}`, { method: "POST", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(answerOf(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), began)));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A GraphQL POST through fetch. */
export async function gql(
  base: string,
  payload: unknown,
  headers: Record<string, string> = {},
  method = "POST",
): Promise<Answer> {
  const began = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
  return answerOf(response.status, await response.text(), began);
}

export async function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const began = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  return answerOf(response.status, await response.text(), began);
}

/** Node and relationship counts plus a SHA-256 of every node and relationship with its properties. */
export async function graphSnapshot(server: TestServer): Promise<string> {
  const nodes = await server.graph.driver.executeQuery(
    "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id",
  );
  const rels = await server.graph.driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, " +
      "properties(r) AS props ORDER BY id",
  );
  const hash = createHash("sha256");
  for (const record of [...nodes.records, ...rels.records]) hash.update(JSON.stringify(record.toObject()));
  return `${nodes.records.length} nodes, ${rels.records.length} relationships, sha256 ${hash.digest("hex")}`;
}

export interface Siege<T> {
  results: T[];
  /** Largest event-loop delay in this process while the attack ran, in ms. */
  loopMaxMs: number;
  /** Status of each /healthz poll made while the attack ran (at least one). */
  health: number[];
  /** Slowest /healthz answer while the attack ran, in ms. */
  healthMaxMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attack` `copies` times at once and, meanwhile, polls `/healthz` (at most 400 polls) and records the
 * event-loop delay. The server runs in this process, so a blocked loop shows here as it would for every client.
 */
export async function underAttack<T>(
  server: TestServer,
  attack: (copy: number) => Promise<T>,
  copies = 4,
): Promise<Siege<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let running = true;
  const health: number[] = [];
  let healthMaxMs = 0;
  const polling = (async () => {
    for (let i = 0; i < 400 && (running || i === 0); i++) {
      const began = performance.now();
      const response = await fetch(`${server.base}/healthz`);
      await response.arrayBuffer();
      health.push(response.status);
      healthMaxMs = Math.max(healthMaxMs, performance.now() - began);
      await sleep(10);
    }
  })();
  const results = await Promise.all(Array.from({ length: copies }, (_, i) => attack(i))).finally(() => {
    running = false;
  });
  await polling;
  histogram.disable();
  return { results, loopMaxMs: histogram.max / 1e6, health, healthMaxMs };
}

/** A raw TCP connection to the server, resolved once connected. */
export function openSocket(base: string): Promise<Socket & { closedAt: Promise<number>; received: () => string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(url.port), url.hostname);
    const closedAt = new Promise<number>((done) => socket.once("close", () => done(performance.now())));
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", () => {});
    socket.once("connect", () =>
      resolve(Object.assign(socket, { closedAt, received: () => Buffer.concat(chunks).toString("utf8") })),
    );
    socket.once("error", reject);
  });
}
