/**
 * The raw baseline: a bare node:http server that answers each benchmark operation with its hand-written Cypher
 * (bench/operations.ts), one auto-commit read, and the same JSON shape as this server. POST /raw/<operation>.
 */
import http from "node:http";
import { createDriver } from "../../src/db/driver.js";
import { operation } from "../operations.js";
import { announce, benchConfig, counter } from "./common.js";

const config = benchConfig();
const driver = createDriver(config.neo4j);

async function answer(name: string): Promise<unknown> {
  const op = operation(name);
  const session = driver.session({ database: config.neo4j.database, defaultAccessMode: "READ" });
  try {
    counter.roundTrips += 1;
    // An auto-commit read, as this server's executor runs its reads (one network round trip, no BEGIN / COMMIT).
    const result = await session.run(op.raw.cypher, op.raw.params, { timeout: config.neo4j.queryTimeoutMs });
    const row = result.records[0]?.toObject() ?? {};
    return { data: op.raw.toData(row) };
  } finally {
    await session.close();
  }
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
