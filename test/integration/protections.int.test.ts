import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { graphCounts } from "../../src/seed/load.js";
import { CURATOR_KEY, READER_KEY, startTestServer, testEnv, type TestServer } from "../helpers/http.js";

let server: TestServer;
let countsBefore: string;
const counts = async () => JSON.stringify(await graphCounts(server.graph.executor));

beforeAll(async () => {
  server = await startTestServer();
  countsBefore = await counts();
});
afterAll(() => server.close());

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] } };
}
const codeOf = (r: { status: number; body: { errors?: { extensions?: { code?: string } }[] } }) => [
  r.status,
  r.body.errors?.[0]?.extensions?.code,
];

describe("bad HTTP requests get a JSON error with a fixed code and change nothing", () => {
  it("malformed JSON: 400 BAD_REQUEST", async () => {
    expect(codeOf(await post('{"query": "{ drugs { totalCount } }"'))).toEqual([400, "BAD_REQUEST"]);
  });

  it("a body over the limit: 413 PAYLOAD_TOO_LARGE", async () => {
    const query = `{ drugs { totalCount } } # ${"x".repeat(200_000)}`;
    expect(codeOf(await post(JSON.stringify({ query })))).toEqual([413, "PAYLOAD_TOO_LARGE"]);
  });

  it("a text/plain POST (sendable cross-site without preflight): 415 BAD_REQUEST", async () => {
    const r = await post(JSON.stringify({ query: "{ drugs { totalCount } }" }), { "content-type": "text/plain" });
    expect(codeOf(r)).toEqual([415, "BAD_REQUEST"]);
  });

  it("a batched array: 400 BAD_REQUEST", async () => {
    const one = { query: "{ drugs { totalCount } }" };
    expect(codeOf(await post(JSON.stringify([one, one])))).toEqual([400, "BAD_REQUEST"]);
  });

  it("a mutation over GET: 405", async () => {
    const query = encodeURIComponent(
      'mutation { addEvidence(input: {claim: ACTIVITY, from: "a", to: "b", level: CLINICAL, sources: []}) { level } }',
    );
    const response = await fetch(`${server.base}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true", authorization: `Bearer ${CURATOR_KEY}` },
    });
    expect(response.status).toBe(405);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("query-shape limits", () => {
  it("deep nesting: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    let selection = "name";
    for (let i = 0; i < 8; i++) selection = `variantActivity { variant { drugActivity { drug { ${selection} } } } }`;
    const r = await post(JSON.stringify({ query: `{ drug(name: "lorlatinib") { ${selection} } }` }));
    expect(codeOf(r)).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("an alias flood: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: drug(name: "lorlatinib") { name }`).join(" ");
    expect(codeOf(await post(JSON.stringify({ query: `{ ${aliases} }` })))).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("a token flood: refused while parsing", async () => {
    const fields = Array.from({ length: 3000 }, () => "__typename").join(" ");
    expect(codeOf(await post(JSON.stringify({ query: `{ ${fields} }` })))).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
  });

  it("a page over the cap: BAD_USER_INPUT; a huge one: over the cost limit; beyond 32-bit: invalid", async () => {
    const over = await server.gql("{ drugs(first: 101) { totalCount } }");
    expect([over.status, over.body.errors?.[0]?.message]).toEqual([200, "first must be between 0 and 100, got 101"]);
    const big = await server.gql("{ drugs(first: 100000) { totalCount } }");
    expect([big.status, big.body.errors?.[0]?.extensions?.code]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    const huge = await post(JSON.stringify({ query: "{ drugs(first: 99999999999) { totalCount } }" }));
    expect(codeOf(huge)).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("the cost limit admits a 20 × 20 nested list and refuses a 500 × 500 one", async () => {
    const nested = (n: number) =>
      `{ drug(name: "crizotinib") { variantActivity(first: ${n}) { variant { drugActivity(first: ${n}) { drug { name } } } } } }`;
    const fine = await server.gql(nested(20));
    expect([fine.status, fine.body.errors]).toEqual([200, undefined]);
    const flood = await server.gql(nested(500));
    expect([flood.status, flood.body.errors?.[0]?.extensions?.code]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("a variable of the wrong type: 400 BAD_USER_INPUT", async () => {
    const r = await post(
      JSON.stringify({ query: "query ($n: Int!) { drugs(first: $n) { totalCount } }", variables: { n: "ten" } }),
    );
    expect(codeOf(r)).toEqual([400, "BAD_USER_INPUT"]);
  });
});

// Strings that would change a query if they were ever spliced into Cypher or a Lucene query.
const HOSTILE = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "lorlatinib` RETURN 1 //",
  "*:* OR name:*",
  "\\u0000\\\\",
  "${jndi:ldap://127.0.0.1/x}",
];

describe("injection-looking strings in every argument that reaches Cypher", () => {
  const fields = [
    (s: string) => ["query ($s: String!) { drug(name: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { variant(name: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { gene(symbol: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { mechanism(name: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { publication(id: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { trial(nctId: $s) { id } }", { s }],
    (s: string) => ["query ($s: String!) { search(text: $s) { __typename } }", { s }],
    (s: string) => ["query ($s: String!) { variants(gene: $s) { totalCount } }", { s }],
    (s: string) => ["query ($s: String!) { drugs(after: $s) { totalCount } }", { s }],
    (s: string) => ["query ($s: String!) { auditTrail(id: $s) { id } }", { s }, READER_KEY],
  ] as const;

  it("answer with data or BAD_USER_INPUT, never another error, and leave the graph unchanged", async () => {
    const outcomes = new Set<string>();
    for (const hostile of HOSTILE) {
      for (const field of fields) {
        const [query, variables, key] = field(hostile) as [string, Record<string, unknown>, string?];
        const r = await server.gql(query, variables, key);
        const code = r.body.errors?.[0]?.extensions?.code ?? "ok";
        expect([r.status, code], `${query} ${hostile}`).toSatisfy(
          ([status, c]: [number, string]) => status === 200 && (c === "ok" || c === "BAD_USER_INPUT"),
        );
        outcomes.add(code);
      }
    }
    expect([...outcomes].sort()).toEqual(["BAD_USER_INPUT", "ok"]);
    expect(await counts()).toBe(countsBefore);
  });

  it("in mutation inputs: BAD_USER_INPUT and nothing written", async () => {
    for (const hostile of HOSTILE) {
      const r = await server.gql(
        `mutation ($v: VariantInput!, $s: [String!]!) { upsertVariant(input: $v, sources: $s) { id } }`,
        { v: { id: hostile, gene: hostile, name: hostile, kind: "POINT_MUTATION" }, s: [hostile] },
        CURATOR_KEY,
      );
      expect(codeOf(r)).toEqual([200, "BAD_USER_INPUT"]);
    }
    expect(await counts()).toBe(countsBefore);
  });
});

describe("configurable protections", () => {
  it("rate-limits each client: 429 RATE_LIMITED with Retry-After", async () => {
    const limited = await startTestServer(testEnv({ RATE_LIMIT_PER_MINUTE: "3" }));
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${limited.base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await last!.json()).toEqual({
        errors: [{ message: "Too many requests; slow down.", extensions: { code: "RATE_LIMITED" } }],
      });
    } finally {
      await limited.close();
    }
  });

  it("turns introspection off in production, and can require a key for reads", async () => {
    const prod = await startTestServer(
      testEnv({ NODE_ENV: "production", READS_REQUIRE_AUTH: "true", LOG_LEVEL: "silent" }),
    );
    try {
      const anonymous = await prod.gql("{ drugs { totalCount } }");
      expect([anonymous.status, anonymous.body.errors?.[0]?.extensions?.code]).toEqual([401, "UNAUTHENTICATED"]);
      const read = await prod.gql("{ drugs(first: 0) { totalCount } }", {}, READER_KEY);
      expect(read.status).toBe(200);
      const schema = await prod.gql("{ __schema { types { name } } }", {}, READER_KEY);
      expect([schema.status, schema.body.errors?.[0]?.extensions?.code]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    } finally {
      await prod.close();
    }
  });
});

describe("observability", () => {
  it("echoes a request id and exports request durations and Cypher calls on /metrics", async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "test-req-1" },
      body: JSON.stringify({ query: 'query Lorla { drug(name: "lorlatinib") { name } }', operationName: "Lorla" }),
    });
    expect(response.headers.get("x-request-id")).toBe("test-req-1");
    const metrics = await (await fetch(`${server.base}/metrics`)).text();
    expect(metrics).toMatch(/^graphql_request_duration_seconds_count\{operation="Lorla",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^cypher_round_trips_total\{operation="Lorla"\} 1$/m);
    expect(metrics).toMatch(/^http_rejected_requests_total\{code="PAYLOAD_TOO_LARGE"\} 1$/m);
  });

  it("logs one JSON line per request with its id and outcome, and never the key", async () => {
    const logging = await startTestServer(testEnv({ LOG_LEVEL: "info" }));
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await logging.gql("query Count { drugs(first: 0) { totalCount } }", {}, CURATOR_KEY);
      await logging.gql(
        'mutation { addEvidence(input: {claim: ACTIVITY, from: "x", to: "y", level: CLINICAL, sources: ["x"]}) { level } }',
        {},
        READER_KEY,
      );
    } finally {
      spy.mockRestore();
      await logging.close();
    }
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      logged.map(({ operationName, outcome, actor, role, cypherRoundTrips }) => ({
        operationName,
        outcome,
        actor,
        role,
        cypherRoundTrips,
      })),
    ).toEqual([
      { operationName: "Count", outcome: "ok", actor: "alice", role: "CURATOR", cypherRoundTrips: 1 },
      { operationName: null, outcome: "FORBIDDEN", actor: "bob", role: "READER", cypherRoundTrips: 0 },
    ]);
    expect(logged.every((l) => typeof l.requestId === "string" && typeof l.durationMs === "number")).toBe(true);
    expect(lines.join("")).not.toContain(CURATOR_KEY);
    expect(lines.join("")).not.toContain(READER_KEY);
  });
});
