import "reflect-metadata";
import { buildSchema, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/context.js";
import type { Executor } from "../../src/db/executor.js";
import { COMPILE_AFTER, COMPILE_MAX_CHARS, jitGateway, jitStats } from "../../src/execution/jit-gateway.js";
import { createApollo } from "../../src/server.js";
import { loadServerConfig } from "../../src/server-config.js";

// When the executor compiles and when it leaves an operation to graphql-js, on a schema of its own (what a compiled
// query answers is the differential integration test's job, against the real graph).
const schema = buildSchema(`
  type Query { drug(name: String!): Drug }
  type Mutation { rename(name: String!): Drug }
  type Drug { name: String! }
`);

describe("the graphql-jit executor", () => {
  it(`compiles a query on sighting ${COMPILE_AFTER}; leaves mutations, long documents and bad variables to graphql-js`, async () => {
    const gateway = jitGateway(schema);
    const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
    const send = (source: string, variables: Record<string, unknown> = {}) => {
      const document = parse(source);
      const request = {
        document,
        source,
        operationName: null,
        operation: getOperationAST(document),
        request: { variables },
        context: {},
      };
      return () => executor!(request as never);
    };
    const repeat = async (run: () => Promise<unknown>) => {
      const before = { ...jitStats };
      let last: unknown;
      for (let i = 0; i < COMPILE_AFTER + 2; i += 1) last = await run();
      return { last, compiled: jitStats.compiled - before.compiled, jit: jitStats.jit - before.jit };
    };
    const query = await repeat(send("query ($n: String!) { __typename }", { n: "x" }));
    expect(query).toEqual({ last: { data: { __typename: "Query" } }, compiled: 1, jit: 3 });
    const mutation = await repeat(send("mutation { __typename }"));
    expect(mutation).toEqual({ last: { data: { __typename: "Mutation" } }, compiled: 0, jit: 0 });
    const long = await repeat(send(`{ __typename ${" ".repeat(COMPILE_MAX_CHARS)}}`));
    expect(long).toMatchObject({ compiled: 0, jit: 0 });
    const uncoerced = await repeat(send("query ($n: String!) { __typename }", { n: 42 }));
    expect(uncoerced.jit).toBe(0);
    expect((uncoerced.last as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Variable "$n" got invalid value 42; String cannot represent a non string value: 42',
    );
  });
});

describe("GRAPHQL_JIT", () => {
  // Apollo as the server builds it; `{ __typename }` reads no data, so no database is involved.
  const sixTimes = async (env: Record<string, string>) => {
    const apollo = await createApollo(loadServerConfig({ NODE_ENV: "test", ...env }));
    await apollo.start();
    const before = jitStats.jit;
    const executor = { withStats: () => ({}) } as unknown as Executor;
    for (let i = 0; i < 6; i += 1) {
      const response = await apollo.executeOperation(
        { query: "{ __typename }" },
        { contextValue: createContext(executor) },
      );
      expect(response.body).toMatchObject({ singleResult: { data: { __typename: "Query" } } });
    }
    await apollo.stop();
    return jitStats.jit - before;
  };

  it("on by default: a repeated query runs compiled", async () => {
    expect(await sixTimes({})).toBe(6 - (COMPILE_AFTER - 1));
  });

  it("false: every operation through graphql-js", async () => {
    expect(await sixTimes({ GRAPHQL_JIT: "false" })).toBe(0);
  });
});
