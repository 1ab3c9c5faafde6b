import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data } from "../helpers/graph.js";
import { READER_KEY, startTestServer, testEnv, type TestServer } from "../helpers/http.js";

interface Cell {
  drug: { id: string; name: string };
  variant: { id: string; name: string };
  activity: string;
  ic50nM: number | null;
  level: string;
  sources: string[];
}

const MATRIX = `query($level: EvidenceLevel, $drugs: [String!], $variants: [String!]) {
  activityMatrix(level: $level, drugs: $drugs, variants: $variants) {
    drug { id name } variant { id name } activity ic50nM level sources
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const matrix = async (variables: Record<string, unknown> = {}) =>
  (await data<{ activityMatrix: Cell[] }>(server.graph, MATRIX, variables)).activityMatrix;

/** What the activity downloads hold: activityMatrix at each level asked (both when none), gaps left out. */
const exported = async (levels: string[]) => {
  const cells: Cell[] = [];
  for (const level of levels) cells.push(...(await matrix({ level })).filter((c) => c.activity !== "UNKNOWN"));
  return cells;
};

describe("exports", () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.base}${path}`, { headers });

  it("activity.json is the activityMatrix answer at each level, gaps left out, streamed as an attachment", async () => {
    const response = await get("/export/activity.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="alk-activity.json"');
    // Streamed: chunked transfer, no length known up front.
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(await response.json()).toEqual({ cells: await exported(["CLINICAL", "PRECLINICAL"]) });
  });

  it("activity.tsv has a header and one row per cell; ?level= keeps one level", async () => {
    const response = await get("/export/activity.tsv?level=CLINICAL");
    expect(response.headers.get("content-type")).toBe("text/tab-separated-values; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="alk-activity.tsv"');
    const [header, ...rows] = (await response.text()).trimEnd().split("\n");
    expect(header!.split("\t")).toEqual([
      "drug_id",
      "drug",
      "variant_id",
      "variant",
      "activity",
      "ic50_nM",
      "level",
      "sources",
    ]);
    const cells = await exported(["CLINICAL"]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.split("\t"))).toEqual(
      cells.map((c) => [
        c.drug.id,
        c.drug.name,
        c.variant.id,
        c.variant.name,
        c.activity,
        c.ic50nM === null ? "" : String(c.ic50nM),
        c.level,
        c.sources.join(","),
      ]),
    );
    const bad = await get("/export/activity.tsv?level=SOMETIMES");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-disposition")).toBeNull();
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "BAD_REQUEST",
    );
  });

  it("graph.json holds every entity and every relationship between entities, as about counts them", async () => {
    const response = await get("/export/graph.json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="alk-graph.json"');
    const graph = (await response.json()) as {
      nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
      relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
    };
    const { about } = await data<{
      about: { nodes: { name: string; count: number }[]; relationships: { name: string; count: number }[] };
    }>(server.graph, "{ about { nodes { name count } relationships { name count } } }");
    const count = (list: { name: string; count: number }[], name: string) => list.find((e) => e.name === name)?.count;
    expect(graph.nodes).toHaveLength(count(about.nodes, "Entity")!);
    expect(graph.nodes.find((n) => n.id === "lorlatinib")).toMatchObject({
      labels: ["Drug"],
      properties: { name: "Lorlatinib" },
    });
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const { name, count: n } of about.relationships) {
      if (name === "CHANGED") continue; // audit links: their events are not entities and are not exported
      expect(
        graph.relationships.filter((r) => r.type === name),
        name,
      ).toHaveLength(n);
    }
    expect(graph.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    const claim = graph.relationships.find((r) => r.type === "CONFERS_RESISTANCE_TO" && r.from === "ALK-G1202R");
    expect(claim?.properties).toMatchObject({ evidenceLevel: expect.any(String), sources: expect.any(Array) });
  });

  it("graph.graphml is GraphML with the same nodes and edges, every data key declared", async () => {
    const [xml, json] = await Promise.all([
      get("/export/graph.graphml").then(async (r) => {
        expect(r.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
        expect(r.headers.get("content-disposition")).toBe('attachment; filename="alk-graph.graphml"');
        return r.text();
      }),
      get("/export/graph.json").then((r) => r.json() as Promise<{ nodes: unknown[]; relationships: unknown[] }>),
    ]);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'),
    ).toBe(true);
    expect(xml.trimEnd().endsWith("</graphml>")).toBe(true);
    expect(xml.match(/<node id=/g)).toHaveLength(json.nodes.length);
    expect(xml.match(/<edge id=/g)).toHaveLength(json.relationships.length);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(xml).toContain('<node id="lorlatinib">');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it("an unknown export is a 404 in the API's error shape", async () => {
    const response = await get("/export/everything.zip");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("exports are guarded like the API", () => {
  it("need a key under READS_REQUIRE_AUTH", async () => {
    const guarded = await startTestServer(testEnv({ READS_REQUIRE_AUTH: "true" }));
    try {
      const anonymous = await fetch(`${guarded.base}/export/activity.tsv`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("content-disposition")).toBeNull();
      const reader = await fetch(`${guarded.base}/export/activity.tsv`, {
        headers: { authorization: `Bearer ${READER_KEY}` },
      });
      expect(reader.status).toBe(200);
      const wrong = await fetch(`${guarded.base}/export/graph.json`, {
        headers: { authorization: "Bearer nope-nope-nope" },
      });
      expect(wrong.status).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it("share the API's rate limit bucket", async () => {
    const limited = await startTestServer(testEnv({ RATE_LIMIT_PER_MINUTE: "3" }));
    try {
      expect((await limited.gql("{ about { dataVersion } }")).status).toBe(200);
      expect((await fetch(`${limited.base}/export/activity.json`)).status).toBe(200);
      expect((await fetch(`${limited.base}/export/activity.tsv`)).status).toBe(200);
      const over = await fetch(`${limited.base}/export/graph.json`);
      expect(over.status).toBe(429);
      expect(over.headers.get("retry-after")).not.toBeNull();
      expect((await limited.gql("{ about { dataVersion } }")).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
