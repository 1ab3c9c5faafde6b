/** The in-process response cache (no REDIS_URL): hits skip Neo4j, and a write makes the next read miss. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATOR_KEY, startTestServer, testEnv, type TestServer } from "../helpers/http.js";

const tag = randomUUID().slice(0, 8);
const PUB = `DOI:10.5555/test-cache-${tag}`;
const READ = `query ($id: String!) { publication(id: $id) { id title } }`;
const UPSERT = `mutation ($title: String!) {
  upsertPublication(
    input: { id: "${PUB}", doi: "10.5555/test-cache-${tag}", title: $title, firstAuthor: "Test T", journal: "Test", year: 2026 }
    sources: ["PMID:27432227"]
  ) { title }
}`;

let server: TestServer;
const cacheCount = async (result: "hit" | "miss") => {
  const text = await (await fetch(`${server.base}/metrics`)).text();
  return Number(text.match(new RegExp(`^graphql_response_cache_total\\{result="${result}"\\} (\\d+)$`, "m"))?.[1] ?? 0);
};

beforeAll(async () => {
  server = await startTestServer(testEnv({ RESPONSE_CACHE_TTL_S: "60" }));
});
afterAll(async () => {
  await server.graph.executor.write(
    {
      name: "test/cleanup",
      text: `MATCH (e:AuditEvent) WHERE $id IN e.subjects DETACH DELETE e
             WITH count(*) AS _ MATCH (p:Publication {id: $id}) DETACH DELETE p`,
    },
    { id: PUB },
  );
  await server.close();
});

describe("response cache in one process", () => {
  it("answers a repeated read without Neo4j, counts hits and misses, and misses after any write", async () => {
    expect((await server.gql(READ, { id: PUB })).body).toEqual({
      data: { publication: null },
      extensions: { cypher: { roundTrips: 1 } },
    });
    expect((await server.gql(READ, { id: PUB })).body).toEqual({
      data: { publication: null },
      extensions: { cypher: { roundTrips: 0 } },
    });
    expect([await cacheCount("miss"), await cacheCount("hit")]).toEqual([1, 1]);

    await server.gql(UPSERT, { title: "Cached title" }, CURATOR_KEY);
    expect((await server.gql(READ, { id: PUB })).body).toEqual({
      data: { publication: { id: PUB, title: "Cached title" } },
      extensions: { cypher: { roundTrips: 1 } },
    });
    // What a keyed caller read is never served to a caller without a key.
    const trail = `{ auditTrail(id: "${PUB}") { operation } }`;
    expect((await server.gql(trail, {}, CURATOR_KEY)).body.data).toEqual({
      auditTrail: [{ operation: "upsertPublication" }],
    });
    expect((await server.gql(trail, {}, CURATOR_KEY)).body).toMatchObject({
      extensions: { cypher: { roundTrips: 0 } },
    });
    expect((await server.gql(trail)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // Other variables are another entry.
    const other = await server.gql(READ, { id: `${PUB}-other` });
    expect((other.body as { extensions?: unknown }).extensions).toEqual({ cypher: { roundTrips: 1 } });
  });
});
