import { gzipSync } from "node:zlib";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CURATOR_KEY, READER_KEY, startTestServer, testEnv, type TestServer } from "../../helpers/http.js";
import { get, gql, graphSnapshot, openSocket, rawPost, underAttack, type Answer, type Siege } from "./harness.js";

/**
 * The hostile-client suite: one case per attack class of issue 13 and per client-error row of the README's error
 * table. Each case runs its attack a few times at once against a real server on loopback, over the real test
 * Neo4j, and asserts the status and code, that the graph is unchanged (counts and a checksum of every node and
 * relationship), and that the server stayed responsive while it ran: /healthz answered, and the event loop's
 * largest delay stayed within 200 ms of what a plain query shows in the same run.
 */

/** Allowance over the plain-query baseline for the event loop's largest delay during an attack. */
const LOOP_ALLOWANCE_MS = 200;

let server: TestServer; // defaults, without the rate limit (the suite sends a few hundred requests)
let tight: TestServer; // small row bound, short HTTP timeouts, introspection off
let graphBefore: string;
let baseline: Siege<Answer>;

const PLAIN = { query: '{ drug(name: "lorlatinib") { name } }' };

beforeAll(async () => {
  server = await startTestServer(testEnv({ RATE_LIMIT_PER_MINUTE: "0" }));
  tight = await startTestServer(
    testEnv({
      RATE_LIMIT_PER_MINUTE: "0",
      GRAPHQL_MAX_ROWS: "40",
      GRAPHQL_INTROSPECTION: "false",
      HTTP_HEADERS_TIMEOUT_MS: "500",
      HTTP_REQUEST_TIMEOUT_MS: "1500",
      HTTP_KEEP_ALIVE_TIMEOUT_MS: "1000",
    }),
  );
  graphBefore = await graphSnapshot(server);
  await gql(server.base, PLAIN); // warm: schema, driver pool, loaders
  baseline = await underAttack(server, () => gql(server.base, PLAIN));
  expect(baseline.results.map((r) => [r.status, r.code])).toEqual(Array(4).fill([200, undefined]));
});

afterAll(async () => {
  await server?.close();
  await tight?.close();
});

/** The checks every case makes once its attack is over. */
async function expectSurvived<T>(siege: Siege<T>): Promise<void> {
  expect(siege.health.length).toBeGreaterThan(0);
  expect(siege.health.every((status) => status === 200)).toBe(true);
  expect(siege.loopMaxMs).toBeLessThanOrEqual(baseline.loopMaxMs + LOOP_ALLOWANCE_MS);
  expect(await graphSnapshot(server)).toBe(graphBefore);
}

/** Runs a GraphQL attack four times at once and checks status, code and survival. */
async function refused(
  target: TestServer,
  payload: unknown,
  status: number,
  code: string | undefined,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const siege = await underAttack(target, () => gql(target.base, payload, headers));
  for (const answer of siege.results)
    expect([answer.status, answer.code], answer.text.slice(0, 300)).toEqual([status, code]);
  await expectSurvived(siege);
  return siege.results[0]!;
}

const spaces = (n: number) => `a${" ".repeat(n)}b`;

describe("1. long names: one length cap on every name-like argument, and linear name keys", () => {
  it("a name of 40 000 spaces: BAD_USER_INPUT at once, the event loop never blocked", async () => {
    const answer = await refused(
      server,
      { query: "query($n: String!) { drug(name: $n) { name } }", variables: { n: spaces(40_000) } },
      200,
      "BAD_USER_INPUT",
    );
    expect(answer.message).toBe("drug(name:) is too long: 40002 characters, at most 200.");
    expect(answer.ms).toBeLessThan(2_000);
  });

  it("one long variable reused by 15 aliases: refused once, before any resolver", async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `v${i}: variant(name: $n) { id }`).join(" ");
    await refused(
      server,
      { query: `query($n: String!) { ${aliases} }`, variables: { n: spaces(90_000) } },
      200,
      "BAD_USER_INPUT",
    );
  });

  // Every String or ID argument and input field that names something, at any depth, through a variable.
  const long = spaces(5_000);
  const positions: [string, string, Record<string, unknown>, string?][] = [
    ["drug(name:)", "query($s: String!) { drug(name: $s) { id } }", { s: long }],
    ["variant(name:)", "query($s: String!) { variant(name: $s) { id } }", { s: long }],
    ["gene(symbol:)", "query($s: String!) { gene(symbol: $s) { id } }", { s: long }],
    ["mechanism(name:)", "query($s: String!) { mechanism(name: $s) { id } }", { s: long }],
    ["publication(id:)", "query($s: String!) { publication(id: $s) { id } }", { s: long }],
    ["trial(nctId:)", "query($s: String!) { trial(nctId: $s) { id } }", { s: long }],
    ["search(text:)", "query($s: String!) { search(text: $s) { score } }", { s: long }],
    ["variants(gene:)", "query($s: String) { variants(gene: $s) { totalCount } }", { s: long }],
    ["variants(resistantTo:)", "query($s: String) { variants(resistantTo: $s) { totalCount } }", { s: long }],
    ["variants(sensitiveTo:)", "query($s: String) { variants(sensitiveTo: $s) { totalCount } }", { s: long }],
    ["trials(drug:)", "query($s: String) { trials(drug: $s) { totalCount } }", { s: long }],
    ["trials(mechanism:)", "query($s: String) { trials(mechanism: $s) { totalCount } }", { s: long }],
    ["drugs(after:)", "query($s: String) { drugs(after: $s) { totalCount } }", { s: "x".repeat(10_001) }],
    [
      "resistanceProfile(findings:)[1]",
      "query($f: [String!]!) { resistanceProfile(findings: $f) { activity } }",
      { f: ["G1202R", long] },
    ],
    [
      "nextLineOptions(priorTherapies:)[0]",
      'query($p: [String!]!) { nextLineOptions(priorTherapies: $p, findings: ["G1202R"]) { rank } }',
      { p: [long] },
    ],
    [
      "shortestPath(from:).name",
      'query($r: NodeRef!) { shortestPath(from: $r, to: { id: "ALK" }) { length } }',
      { r: { name: long, kind: "DRUG" } },
    ],
    ["paths(to:).id", 'query($r: NodeRef!) { paths(from: { id: "ALK" }, to: $r) { length } }', { r: { id: long } }],
    ["neighborhood(id:)", "query($s: ID!) { neighborhood(id: $s) { nodes { id } } }", { s: long }],
    ["auditTrail(id:)", "query($s: String!) { auditTrail(id: $s) { id } }", { s: "x".repeat(301) }, READER_KEY],
    [
      "upsertVariant(input:).name",
      'mutation($v: VariantInput!) { upsertVariant(input: $v, sources: ["PMID:27432227"]) { id } }',
      { v: { id: "ALK-X1X", gene: "ALK", name: long, kind: "POINT_MUTATION" } },
      CURATOR_KEY,
    ],
    [
      "addEvidence(input:).note",
      "mutation($e: EvidenceInput!) { addEvidence(input: $e) { level } }",
      {
        e: {
          claim: "ACTIVITY",
          from: "ALK-G1202R",
          to: "lorlatinib",
          level: "CLINICAL",
          sources: ["x"],
          note: "n".repeat(2_001),
        },
      },
      CURATOR_KEY,
    ],
  ];

  it("every name-like argument and input field, through variables: BAD_USER_INPUT naming the argument", async () => {
    const siege = await underAttack(
      server,
      async (i) => {
        const [, query, variables, key] = positions[i]!;
        return gql(server.base, { query, variables }, key ? { authorization: `Bearer ${key}` } : {});
      },
      positions.length,
    );
    expect(siege.results.map((r) => [r.status, r.code, r.message?.split(" is too long")[0]])).toEqual(
      positions.map(([where]) => [200, "BAD_USER_INPUT", where]),
    );
    await expectSurvived(siege);
  });

  it("the same cap on literals in the document, and names at the cap still answer", async () => {
    await refused(server, { query: `{ drug(name: "${"x".repeat(201)}") { id } }` }, 200, "BAD_USER_INPUT");
    const atCap = await gql(server.base, { query: `{ drug(name: "${"x".repeat(200)}") { id } }` });
    expect([atCap.status, atCap.code, JSON.parse(atCap.text).data]).toEqual([200, undefined, { drug: null }]);
  });
});

describe("2. cost from variables and defaults, and a bound on returned rows", () => {
  const chain = (first: string) =>
    `drug(name: "lorlatinib") { variantActivity${first} { variant { drugActivity${first} { drug { variantActivity${first} { variant { drugActivity${first} { drug { name } } } } } } } } }`;

  it("a 500-wide chain through a variable costs what the literal would: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const answer = await refused(
      server,
      { query: `query($n: Int!) { ${chain("(first: $n)")} }`, variables: { n: 500 } },
      400,
      "GRAPHQL_VALIDATION_FAILED",
    );
    expect(answer.message).toMatch(/^Query cost limit of 50000 exceeded, found at least \d+/);
  });

  it("a chain with no first at all costs its defaults (100 per relationship field): refused", async () => {
    await refused(server, { query: `{ ${chain("")} }` }, 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("a wide query with default page sizes: refused", async () => {
    const wide = `{ drugs { edges { node { name variantActivity { variant { name drugActivity { drug { name } } } } } } } }`;
    await refused(server, { query: wide }, 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("three top-level copies of a query that passes alone: refused together", async () => {
    const one = `drug(name: "lorlatinib") { variantActivity { variant { drugActivity { drug { name } } } } }`;
    const alone = await gql(server.base, { query: `{ ${one} }` });
    expect([alone.status, alone.code]).toEqual([200, undefined]);
    await refused(server, { query: `{ a: ${one} b: ${one} c: ${one} }` }, 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("the benchmark's 20 × 20 nested query passes with variables, and 500 × 500 does not", async () => {
    const nested = `query($n: Int!) { drug(name: "crizotinib") { name variantActivity(first: $n, activity: [RESISTANT, INTERMEDIATE]) {
      variant { name drugActivity(first: $n, activity: [RESISTANT, INTERMEDIATE]) { drug { name } } } } } }`;
    const siege = await underAttack(server, () => gql(server.base, { query: nested, variables: { n: 20 } }));
    expect(siege.results.map((r) => [r.status, r.code])).toEqual(Array(4).fill([200, undefined]));
    await expectSurvived(siege);
    await refused(server, { query: nested, variables: { n: 500 } }, 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("fragments spread inside fragments (exponential expansion): refused", async () => {
    const fragments = Array.from({ length: 16 }, (_, i) =>
      i === 15 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(" ");
    await refused(server, { query: `{ ...F0 } ${fragments}` }, 400, "GRAPHQL_VALIDATION_FAILED");
  });

  it("an answer over GRAPHQL_MAX_ROWS: one BAD_USER_INPUT error and no data", async () => {
    const query = `{ drugs(first: 20) { edges { node { variantActivity(first: 100) { variant { name } } } } } }`;
    const siege = await underAttack(tight, () => gql(tight.base, { query }));
    for (const answer of siege.results) {
      const body = JSON.parse(answer.text) as { data: unknown; errors: { message: string; extensions: unknown }[] };
      expect([answer.status, body.data, body.errors]).toEqual([
        200,
        null,
        [
          {
            message:
              "The answer would hold more than 40 rows: ask for fewer (smaller first arguments, fewer nested lists).",
            extensions: { code: "BAD_USER_INPUT", limit: "rows", max: 40 },
          },
        ],
      ]);
    }
    await expectSurvived(siege);
  });
});

describe("3. introspection is under the depth, cost and alias limits", () => {
  const full = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true });

  it("the standard introspection query (what GraphiQL sends) still answers", async () => {
    const siege = await underAttack(server, () => gql(server.base, { query: full }), 2);
    expect(siege.results.map((r) => [r.status, r.code])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
    await expectSurvived(siege);
  });

  it("15 aliased copies of the full __schema query: 400 over the cost limit", async () => {
    const body = full.slice(full.indexOf("__schema"), full.indexOf("fragment FullType"));
    const selection = body.slice(0, body.lastIndexOf("}"));
    const copies = Array.from({ length: 15 }, (_, i) => `s${i}: ${selection}`).join("\n");
    const query = `query { ${copies} } ${full.slice(full.indexOf("fragment FullType"))}`;
    const answer = await refused(server, { query }, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(answer.message).toMatch(/cost limit/);
  });

  it("introspection nested past the standard query's depth: 400", async () => {
    let ofType = "name";
    for (let i = 0; i < 20; i++) ofType = `ofType { ${ofType} }`;
    const answer = await refused(
      server,
      { query: `{ __schema { queryType { fields { type { ${ofType} } } } } }` },
      400,
      "GRAPHQL_VALIDATION_FAILED",
    );
    expect(answer.message).toMatch(/^Introspection depth limit of 15 exceeded, found 25/);
  });
});

describe("4. request bodies that do not decode", () => {
  const json = JSON.stringify(PLAIN);
  const post = (body: Buffer | string, encoding: string) => () =>
    rawPost(tight.base, "/graphql", body, { "content-type": "application/json", "content-encoding": encoding });

  it("content-encoding gzip on a body that is not gzip: 400 BAD_REQUEST, not logged as a server error", async () => {
    const errors = vi.spyOn(console, "error");
    try {
      const siege = await underAttack(tight, post("this is not gzip", "gzip"));
      expect(siege.results.map((r) => [r.status, r.code])).toEqual(Array(4).fill([400, "BAD_REQUEST"]));
      await expectSurvived(siege);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it("an unsupported content-encoding: 415 BAD_REQUEST", async () => {
    const siege = await underAttack(tight, post(json, "compress"));
    expect(siege.results.map((r) => [r.status, r.code])).toEqual(Array(4).fill([415, "BAD_REQUEST"]));
    await expectSurvived(siege);
  });

  it("a gzip bomb (10 MB of spaces in 10 KB): 413 PAYLOAD_TOO_LARGE, the body limit counts inflated bytes", async () => {
    const bomb = gzipSync(Buffer.from(`{"query": "{ __typename }"${" ".repeat(10_000_000)}}`));
    expect(bomb.length).toBeLessThan(20_000);
    const siege = await underAttack(tight, post(bomb, "gzip"));
    expect(siege.results.map((r) => [r.status, r.code])).toEqual(Array(4).fill([413, "PAYLOAD_TOO_LARGE"]));
    await expectSurvived(siege);
  });

  it("a real gzip body still answers", async () => {
    const answer = await post(gzipSync(Buffer.from(json)), "gzip")();
    expect([answer.status, JSON.parse(answer.text).data]).toEqual([200, { drug: { name: "Lorlatinib" } }]);
  });
});

describe("5. operation types this server does not serve", () => {
  it("a subscription: 400 GRAPHQL_VALIDATION_FAILED, not INTERNAL_SERVER_ERROR", async () => {
    const answer = await refused(
      server,
      { query: "subscription { drugs { totalCount } }" },
      400,
      "GRAPHQL_VALIDATION_FAILED",
    );
    expect(answer.message).toBe("This server does not serve subscription operations.");
  });
});

describe("6. slow and lying clients (HTTP timeouts and the connection cap)", () => {
  it("slowloris: headers dripped a byte at a time are cut off at the headers timeout (500 ms here)", async () => {
    const siege = await underAttack(
      tight,
      async () => {
        const socket = await openSocket(tight.base);
        const began = performance.now();
        socket.write("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        let closed = false;
        void socket.closedAt.then(() => (closed = true));
        for (let i = 0; i < 40 && !closed; i++) {
          socket.write("X");
          await new Promise((r) => setTimeout(r, 100));
        }
        const closedAt = await Promise.race([
          socket.closedAt,
          new Promise<number>((r) => setTimeout(() => r(-1), 5_000)),
        ]);
        socket.destroy();
        return { ms: closedAt - began, received: socket.received() };
      },
      8,
    );
    for (const { ms, received } of siege.results) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(3_000);
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
    }
    await expectSurvived(siege);
  });

  it("a Content-Length far above the body: 408 within the request timeout (1.5 s here), not when the socket dies", async () => {
    const siege = await underAttack(tight, async () => {
      const socket = await openSocket(tight.base);
      const began = performance.now();
      socket.write(
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n" +
          '{"query":',
      );
      const closedAt = await Promise.race([
        socket.closedAt,
        new Promise<number>((r) => setTimeout(() => r(-1), 8_000)),
      ]);
      socket.destroy();
      return { ms: closedAt - began, received: socket.received() };
    });
    for (const { ms, received } of siege.results) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(4_000);
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      expect(received).toContain('"code":"BAD_REQUEST"');
    }
    await expectSurvived(siege);
  });

  it("past HTTP_MAX_CONNECTIONS, new connections are closed on arrival; the server answers once they go", async () => {
    const capped = await startTestServer(testEnv({ HTTP_MAX_CONNECTIONS: "4" }));
    try {
      const sockets = [];
      for (let i = 0; i < 7; i++) {
        const socket = await openSocket(capped.base);
        socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // headers never finished
        sockets.push(socket);
      }
      await new Promise((r) => setTimeout(r, 300));
      const closed = await Promise.all(
        sockets.map((s) =>
          Promise.race([s.closedAt.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]),
        ),
      );
      expect(closed.filter(Boolean).length).toBe(3);
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => setTimeout(r, 100));
      const health = await get(capped.base, "/healthz");
      expect(health.status).toBe(200);
    } finally {
      await capped.close();
    }
    expect(await graphSnapshot(server)).toBe(graphBefore);
  });
});

describe("7. error messages quote at most an excerpt of the input", () => {
  it("a 90 KB value for an Int variable: 400 BAD_USER_INPUT with a short message ending the quote in …", async () => {
    const answer = await refused(
      server,
      { query: "query($n: Int!) { drugs(first: $n) { totalCount } }", variables: { n: "x".repeat(90_000) } },
      400,
      "BAD_USER_INPUT",
    );
    expect(answer.message!.length).toBeLessThan(300);
    expect(answer.message).toContain("…");
  });

  it("a 90 KB id: refused by the length cap without echoing it", async () => {
    const answer = await refused(
      server,
      { query: "query($id: ID!) { neighborhood(id: $id) { nodes { id } } }", variables: { id: "i".repeat(90_000) } },
      200,
      "BAD_USER_INPUT",
    );
    expect(answer.text.length).toBeLessThan(300);
  });
});

describe("the README's error table, one client-error row at a time", () => {
  const cases: [string, () => Promise<Answer>, number, string][] = [
    [
      "BAD_USER_INPUT: a page over the cap",
      () => gql(server.base, { query: "{ drugs(first: 101) { totalCount } }" }),
      200,
      "BAD_USER_INPUT",
    ],
    [
      "BAD_USER_INPUT: a variable of the wrong type",
      () => gql(server.base, { query: "query($n: Int!) { drugs(first: $n) { totalCount } }", variables: { n: "ten" } }),
      400,
      "BAD_USER_INPUT",
    ],
    [
      "NOT_FOUND: addEvidence to no claim",
      () =>
        gql(
          server.base,
          {
            query:
              'mutation { addEvidence(input: {claim: ACTIVITY, from: "ALK-X9999Z", to: "lorlatinib", level: PRECLINICAL, sources: ["PMID:27432227"]}) { level } }',
          },
          { authorization: `Bearer ${CURATOR_KEY}` },
        ),
      200,
      "NOT_FOUND",
    ],
    ["GRAPHQL_PARSE_FAILED: not GraphQL", () => gql(server.base, { query: "{ drug(" }), 400, "GRAPHQL_PARSE_FAILED"],
    [
      "GRAPHQL_PARSE_FAILED: a token flood",
      () => gql(server.base, { query: `{ ${"__typename ".repeat(3000)}}` }),
      400,
      "GRAPHQL_PARSE_FAILED",
    ],
    [
      "GRAPHQL_VALIDATION_FAILED: too deep",
      () => {
        let selection = "name";
        for (let i = 0; i < 4; i++)
          selection = `variantActivity(first: 1) { variant { drugActivity(first: 1) { drug { ${selection} } } } }`;
        return gql(server.base, { query: `{ drug(name: "lorlatinib") { ${selection} } }` });
      },
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "GRAPHQL_VALIDATION_FAILED: an alias flood",
      () => gql(server.base, { query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(" ")} }` }),
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "GRAPHQL_VALIDATION_FAILED: a directive flood",
      () => gql(server.base, { query: `{ __typename ${"@include(if: true) ".repeat(30)}}` }),
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "GRAPHQL_VALIDATION_FAILED: introspection when it is off",
      () => gql(tight.base, { query: "{ __schema { types { name } } }" }),
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    ["BAD_REQUEST: malformed JSON", () => gql(server.base, '{"query": "{ __typename }"'), 400, "BAD_REQUEST"],
    ["BAD_REQUEST: a batched array", () => gql(server.base, [PLAIN, PLAIN]), 400, "BAD_REQUEST"],
    [
      "BAD_REQUEST: a text/plain POST",
      () => gql(server.base, JSON.stringify(PLAIN), { "content-type": "text/plain" }),
      415,
      "BAD_REQUEST",
    ],
    [
      "BAD_REQUEST: a mutation over GET",
      () =>
        get(
          server.base,
          `/graphql?query=${encodeURIComponent('mutation { addEvidence(input: {claim: ACTIVITY, from: "a", to: "b", level: CLINICAL, sources: []}) { level } }')}`,
          {
            "apollo-require-preflight": "true",
          },
        ),
      405,
      "BAD_REQUEST",
    ],
    [
      "BAD_REQUEST: a GET without a CSRF-safe header",
      () => get(server.base, `/graphql?query=${encodeURIComponent("{ __typename }")}`),
      400,
      "BAD_REQUEST",
    ],
    [
      "UNAUTHENTICATED: a wrong key",
      () => gql(server.base, PLAIN, { authorization: "Bearer not-a-key-of-this-server" }),
      401,
      "UNAUTHENTICATED",
    ],
    [
      "FORBIDDEN: a reader's key on a write",
      () =>
        gql(
          server.base,
          {
            query:
              'mutation { addEvidence(input: {claim: ACTIVITY, from: "a", to: "b", level: CLINICAL, sources: ["x"]}) { level } }',
          },
          { authorization: `Bearer ${READER_KEY}` },
        ),
      403,
      "FORBIDDEN",
    ],
    [
      "PAYLOAD_TOO_LARGE: a body over the limit",
      () => gql(server.base, { query: `{ __typename } # ${"x".repeat(200_000)}` }),
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    [
      // Apollo answers the persisted-query protocol's errors with 200, as APQ clients expect.
      "PERSISTED_QUERY_NOT_SUPPORTED: an automatic persisted query",
      () => gql(server.base, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
      200,
      "PERSISTED_QUERY_NOT_SUPPORTED",
    ],
    [
      "OPERATION_RESOLUTION_FAILURE: an operationName the document lacks",
      () => gql(server.base, { query: "query A { __typename }", operationName: "B" }),
      400,
      "OPERATION_RESOLUTION_FAILURE",
    ],
  ];

  it.each(cases)("%s", async (_name, attack, status, code) => {
    const siege = await underAttack(server, attack);
    for (const answer of siege.results)
      expect([answer.status, answer.code], answer.text.slice(0, 300)).toEqual([status, code]);
    await expectSurvived(siege);
  });

  it("RATE_LIMITED: past the per-client rate, 429 with Retry-After while /healthz answers", async () => {
    const limited = await startTestServer(testEnv({ RATE_LIMIT_PER_MINUTE: "3" }));
    try {
      const siege = await underAttack(limited, () => gql(limited.base, PLAIN), 8);
      const statuses = siege.results.map((r) => [r.status, r.code]);
      expect(statuses.filter(([s]) => s === 200)).toHaveLength(3);
      expect(statuses.filter(([s, c]) => s === 429 && c === "RATE_LIMITED")).toHaveLength(5);
      await expectSurvived(siege);
    } finally {
      await limited.close();
    }
  });
});
