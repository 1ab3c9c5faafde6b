import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../../src/config.js";
import { data, openTestGraph, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

/** The fenced block that follows an HTML comment marker in the README. */
function blockAfter(marker: string, language: string): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const rest = readme.split(`<!-- ${marker}`)[1];
  const match = rest?.match(new RegExp("```" + language + "\\n([\\s\\S]*?)```"));
  if (!match?.[1]) throw new Error(`README has no ${language} block after <!-- ${marker}`);
  return match[1];
}

it("the README's example query gives the README's answer", async () => {
  const answer = await data(graph, blockAfter("example:query", "graphql"));
  expect(answer).toEqual(JSON.parse(blockAfter("example:answer", "json")));
});

it("every worked example of the clinical and analytic questions runs without errors", async () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const blocks = readme.split("<!-- clinical:query -->").slice(1);
  expect(blocks).toHaveLength(6);
  for (const block of blocks) {
    const query = block.match(/```graphql\n([\s\S]*?)```/)?.[1];
    expect(query).toBeDefined();
    await data(graph, query!);
  }
});

it("every operation in schema/examples.graphql runs without errors", async () => {
  const text = fs.readFileSync(path.join(ROOT, "schema", "examples.graphql"), "utf8");
  const operations = text.split(/\n(?=query )/).filter((op) => op.trim().startsWith("query "));
  expect(operations.length).toBeGreaterThan(3);
  for (const operation of operations) await data(graph, operation);
});
