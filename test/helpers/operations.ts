import fs from "node:fs";
import path from "node:path";
import { OPERATIONS } from "../../bench/operations.js";
import { ROOT } from "../../src/config.js";

// Operations for differential tests (the same answers two ways): schema/examples.graphql, the README's clinical
// questions, the benchmark's, and edge cases.

const text = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
export const examples = text("schema/examples.graphql")
  .split(/\n(?=query )/)
  .filter((op) => op.trim().startsWith("query "));
export const clinical = text("README.md")
  .split("<!-- clinical:query -->")
  .slice(1)
  .map((block) => block.match(/```graphql\n([\s\S]*?)```/)![1]!);
export const bench = OPERATIONS.map((op) => [op.ours.query, {}] as const);

export const edgeCases: [string, Record<string, unknown>][] = [
  // Aliases, fragments, a union position, @include with a variable, __typename at every level.
  [
    `query ($withTrials: Boolean!) { a: drug(name: "lorlatinib") { ...D trials(first: 2) @include(if: $withTrials) { nctId } }
      b: search(text: "G1202R", first: 3) { __typename score kind entity { __typename ... on Variant { name } ... on Drug { name } } } }
     fragment D on Drug { __typename name variantActivity(first: 3) { __typename activity variant { name } } }`,
    { withTrials: true },
  ],
  // Errors raised by resolvers (range checks, foreign cursors) and a missing entity.
  ["{ drugs(first: 101) { totalCount } }", {}],
  ['{ drugs(after: "xyz") { totalCount } }', {}],
  ['{ drug(name: "lorlatinib") { trials(first: 501) { id } } }', {}],
  ['{ drug(name: "no-such-drug") { name } }', {}],
  // Variables that do not coerce: graphql-js answers them (400 BAD_USER_INPUT), compiled or not.
  ["query ($n: Int) { drugs(first: $n) { totalCount } }", { n: "many" }],
  ["query ($n: Int!) { drugs(first: $n) { totalCount } }", {}],
  // Introspection.
  ['{ __schema { queryType { name } } __type(name: "Drug") { fields { name } } }', {}],
];

/** Every operation above, with its variables. */
export const CASES: (readonly [string, Record<string, unknown>])[] = [
  ...examples.map((q) => [q, {}] as const),
  ...clinical.map((q) => [q, {}] as const),
  ...bench,
  ...edgeCases,
];
