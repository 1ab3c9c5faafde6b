import { getIntrospectionQuery, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { shortenMessage } from "../../src/errors/format-error.js";
import { nameKey, variantQueryKeys } from "../../src/graph/normalize.js";
import { MAX_COST_NODES, operationCost } from "../../src/plugins/cost.js";
import {
  INTROSPECTION_MAX_DEPTH,
  introspectionDepthRule,
  knownOperationTypesRule,
} from "../../src/plugins/shape-rules.js";
import { operationLimitsPlugin } from "../../src/plugins/operation-limits.js";
import { checkStringLengths } from "../../src/plugins/string-lengths.js";
import { loadServerConfig } from "../../src/server-config.js";
import { createSchema } from "../../src/schema.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function prepared(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return { schema, document, operation, variables: coerced! };
}

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(prepared(query, variables));

describe("operation cost, from the values the executor will use", () => {
  const nested = (first: string) =>
    `query($n: Int = 7) { drug(name: "x") { variantActivity${first} { variant { drugActivity${first} { drug { name } } } } } }`;

  it("counts a variable like the literal it stands for, and an omitted first as its default", () => {
    expect(cost(nested("(first: 20)"))).toBe(842);
    expect(cost(nested("(first: $n)"), { n: 20 })).toBe(842);
    expect(cost(nested("(first: $n)"))).toBe(cost(nested("(first: 7)"))); // the variable's default
    expect(cost(nested(""))).toBe(cost(nested("(first: 100)"))); // EdgeArgs default
    expect(cost("{ drugs { totalCount } }")).toBe(cost("{ drugs(first: 20) { totalCount } }")); // PageArgs default
  });

  it("honours @skip and @include, and counts fragments where they are spread", () => {
    const base = cost(nested("(first: 20)"));
    expect(cost(`query($s: Boolean!) { drugs(first: 100) @skip(if: $s) { totalCount } }`, { s: true })).toBe(0);
    const viaFragment = `{ drug(name: "x") { ...A } } fragment A on Drug { variantActivity(first: 20) { variant { drugActivity(first: 20) { drug { name } } } } }`;
    expect(cost(viaFragment)).toBe(base);
  });

  it("stops walking once a part costs more than the limit", () => {
    const { schema: s, document, operation, variables } = prepared(nested("(first: 500)"));
    expect(operationCost({ schema: s, document, operation, variables, max: 1000 })).toBeGreaterThan(1000);
    expect(operationCost({ schema: s, document, operation, variables, max: 1000 })).toBeLessThan(501_002);
  });

  it("refuses a document whose fragments expand past MAX_COST_NODES selections", () => {
    const fragments = Array.from({ length: 20 }, (_, i) =>
      i === 19 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(" ");
    expect(() => cost(`{ ...F0 } ${fragments}`)).toThrow(`more than ${MAX_COST_NODES} selections`);
  });

  it("prices introspection by this schema's list sizes: the standard query fits under the default limit", () => {
    const one = cost(getIntrospectionQuery());
    expect(one).toBeGreaterThan(10_000);
    expect(one).toBeLessThan(50_000);
  });
});

describe("the limits plugin, on repeated operations", () => {
  // One parsed operation sent again and again, as Apollo's document store hands it back for the same text.
  const limits = { ...loadServerConfig({}).limits, maxCost: 1000, maxNameLength: 10 };
  const { document, operation } = prepared(
    `query($n: Int!, $name: String!) { drug(name: $name) { variantActivity(first: $n) { variant { name } } } }`,
    { n: 1, name: "x" },
  );
  async function check(plugin: ReturnType<typeof operationLimitsPlugin>, variables: Record<string, unknown>) {
    const listener = await plugin.requestDidStart!({} as never);
    return listener!.didResolveOperation!({ schema, document, operation, request: { variables } } as never);
  }

  it("answers a refusal each time, whatever values the same operation passed with before", async () => {
    const plugin = operationLimitsPlugin(limits);
    await expect(check(plugin, { n: 20, name: "crizotinib" })).resolves.toBeUndefined();
    await expect(check(plugin, { n: 20, name: "crizotinib" })).resolves.toBeUndefined();
    for (let i = 0; i < 2; i++) {
      await expect(check(plugin, { n: 5000, name: "crizotinib" })).rejects.toThrow("Query cost limit of 1000 exceeded");
      await expect(check(plugin, { n: 20, name: "x".repeat(11) })).rejects.toThrow("too long: 11 characters");
    }
    await expect(check(plugin, { n: 20, name: "crizotinib" })).resolves.toBeUndefined();
  });

  it("keeps its memory of passes per plugin: other limits judge the same operation afresh", async () => {
    await expect(check(operationLimitsPlugin(limits), { n: 50, name: "crizotinib" })).resolves.toBeUndefined();
    const stricter = operationLimitsPlugin({ ...limits, maxCost: 100 });
    await expect(check(stricter, { n: 50, name: "crizotinib" })).rejects.toThrow("Query cost limit of 100 exceeded");
  });
});

describe("string lengths", () => {
  const check = (query: string, variables: Record<string, unknown> = {}) =>
    checkStringLengths({ ...prepared(query, variables), maxNameLength: 200 });

  it("holds names in arguments, lists and input objects to the name cap, literals and variables alike", () => {
    expect(() => check(`{ drug(name: "${"x".repeat(200)}") { id } }`)).not.toThrow();
    expect(() => check(`{ drug(name: "${"x".repeat(201)}") { id } }`)).toThrow(
      "drug(name:) is too long: 201 characters, at most 200.",
    );
    expect(() =>
      check("query($f: [String!]!) { resistanceProfile(findings: $f) { activity } }", { f: ["a", "b".repeat(300)] }),
    ).toThrow("resistanceProfile(findings:)[1] is too long");
    expect(() =>
      check(`query($r: NodeRef!) { shortestPath(from: $r, to: { id: "a" }) { length } }`, {
        r: { name: "n".repeat(201), kind: "DRUG" },
      }),
    ).toThrow("shortestPath(from:).name is too long");
  });

  it("lets fields declared longer (MaxChars) be longer, up to their own cap", () => {
    const mutation = "mutation($e: EvidenceInput!) { addEvidence(input: $e) { level } }";
    const input = (note: string) => ({
      e: { claim: "ACTIVITY", from: "a", to: "b", level: "CLINICAL", sources: ["x"], note },
    });
    expect(() => check(mutation, input("n".repeat(2000)))).not.toThrow();
    expect(() => check(mutation, input("n".repeat(2001)))).toThrow("addEvidence(input:).note is too long");
    expect(() => check(`{ auditTrail(id: "${"k".repeat(300)}") { id } }`)).not.toThrow();
  });
});

describe("shape rules", () => {
  it("refuses operation types the schema does not define", () => {
    const errors = validate(schema, parse("subscription { drugs { totalCount } }"), [knownOperationTypesRule]);
    expect(errors.map((e) => e.message)).toEqual(["This server does not serve subscription operations."]);
  });

  it("holds introspection to the depth of the standard query, also through root fragments", () => {
    expect(validate(schema, parse(getIntrospectionQuery()), [introspectionDepthRule])).toEqual([]);
    let deep = "name";
    for (let i = 0; i < INTROSPECTION_MAX_DEPTH; i++) deep = `ofType { ${deep} }`;
    const errors = validate(schema, parse(`{ ...R } fragment R on Query { __type(name: "Drug") { ${deep} } }`), [
      introspectionDepthRule,
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      `Introspection depth limit of ${INTROSPECTION_MAX_DEPTH} exceeded, found ${INTROSPECTION_MAX_DEPTH + 2}.`,
    ]);
  });
});

describe("linear-time name keys and short error messages", () => {
  it("keys a 100 000-character run of spaces in milliseconds", () => {
    const began = performance.now();
    expect(nameKey(`a${" ".repeat(100_000)}b`)).toBe("ab");
    expect(nameKey(`G1202R ${" ".repeat(50_000)}+  L1196M`)).toBe("g1202r+l1196m");
    expect(variantQueryKeys(`ALK${" ".repeat(100_000)}G1202R`)).toEqual(["alkg1202r", "g1202r"]);
    expect(performance.now() - began).toBeLessThan(500);
  });

  it("cuts quoted input in long messages to an excerpt", () => {
    const message = shortenMessage(`Variable "$n" got invalid value "${"x".repeat(90_000)}"; Int cannot represent it.`);
    expect(message).toBe(`Variable "$n" got invalid value "${"x".repeat(60)}…"; Int cannot represent it.`);
  });
});
