/**
 * The raw baseline: a bare node:http server that answers each benchmark operation with its hand-written Cypher
 * (bench/operations.ts), one auto-commit read, and the same JSON shape as this server; a reasoning query with this
 * server's statement and rules called directly (raw-answer.ts). POST /raw/<operation>.
 */
import "reflect-metadata";
import http from "node:http";
import { createDriver } from "../../src/db/driver.js";
import type { Reader } from "../../src/db/executor.js";
import { operation } from "../operations.js";
import { announce, benchConfig, counter } from "./common.js";
import { rawAnswer } from "./raw-answer.js";

const config = benchConfig();
const driver = createDriver(config.neo4j);

/** One auto-commit read per call, as this server's executor runs its reads (one network round trip, no BEGIN). */
const reader: Reader = {
  async read(query, params = {}) {
    const session = driver.session({ database: config.neo4j.database, defaultAccessMode: "READ" });
    try {
      counter.roundTrips += 1;
      const result = await session.run(query.text, params, { timeout: config.neo4j.queryTimeoutMs });
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  },
};

async function answer(name: string): Promise<unknown> {
  return { data: await rawAnswer(operation(name), reader) };
}

const server = http.createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (req.method === "GET" && req.url === "/stats") return reply(200, counter);
  const match = /^\/raw\/(\w+)$/.exec(req.url ?? "");
  if (req.method !== "POST" || !match) return reply(404, { error: "POST /raw/<operation>" });
  req.resume();
  req.on("end", () => {
    answer(match[1] as string).then(
      (body) => reply(200, body),
      (error: unknown) => reply(500, { errors: [{ message: String(error) }] }),
    );
  });
});
announce(server.listen(config.port, config.host), "raw", config.port);
