import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data, run } from "../helpers/graph.js";
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

describe("activityMatrix", () => {
  it("has one cell per drug, variant and level: the claims of Variant.drugActivity folded, the most resistant class winning", async () => {
    const { variants } = await data<{
      variants: {
        edges: {
          node: {
            id: string;
            drugActivity: { drug: { id: string }; activity: string; evidence: { level: string; sources: string[] } }[];
          };
        }[];
      };
    }>(
      server.graph,
      "{ variants(first: 100) { edges { node { id drugActivity { drug { id } activity evidence { level sources } } } } } }",
    );
    const rank = ["SENSITIVE", "INTERMEDIATE", "RESISTANT"];
    const expected = new Map<string, { activity: string; sources: Set<string> }>();
    for (const { node } of variants.edges)
      for (const claim of node.drugActivity) {
        const key = `${claim.drug.id}|${node.id}|${claim.evidence.level}`;
        const cell = expected.get(key) ?? { activity: "SENSITIVE", sources: new Set<string>() };
        if (rank.indexOf(claim.activity) > rank.indexOf(cell.activity)) cell.activity = claim.activity;
        for (const s of claim.evidence.sources) cell.sources.add(s);
        expected.set(key, cell);
      }
    const cells = await matrix();
    expect(cells).toHaveLength(expected.size);
    for (const cell of cells) {
      const want = expected.get(`${cell.drug.id}|${cell.variant.id}|${cell.level}`);
      expect(want, `${cell.drug.id} × ${cell.variant.id}`).toBeDefined();
      expect(cell.activity).toBe(want!.activity);
      expect(cell.sources).toEqual([...want!.sources].sort());
    }
  });

  it("folds several claims of one level into one cell with every source", async () => {
    const cells = await matrix({ drugs: ["ceritinib"], variants: ["ALK G1202R"], level: "CLINICAL" });
    expect(cells).toEqual([
      {
        drug: { id: "ceritinib", name: "Ceritinib" },
        variant: { id: "ALK-G1202R", name: "G1202R" },
        activity: "RESISTANT",
        ic50nM: null,
        level: "CLINICAL",
        sources: ["PMID:24675041", "PMID:27432227", "PMID:31358542"],
      },
    ]);
  });

  it("filters by drug code, variant spelling and level, and a single variant does not match its compounds", async () => {
    const cells = await matrix({ drugs: ["PF-06463922"], variants: ["p.G1202R", "L1196M+G1202R"] });
    expect(new Set(cells.map((c) => c.drug.id))).toEqual(new Set(["lorlatinib"]));
    expect(new Set(cells.map((c) => c.variant.id))).toEqual(new Set(["ALK-G1202R", "ALK-G1202R+L1196M"]));
    const clinical = await matrix({ level: "CLINICAL" });
    expect(clinical.length).toBeGreaterThan(0);
    expect(clinical.every((c) => c.level === "CLINICAL")).toBe(true);
  });

  it("costs one Cypher round trip and refuses over-long name lists", async () => {
    const result = await run(server.graph, MATRIX);
    expect(result.roundTrips).toBe(1);
    const tooMany = await run(server.graph, MATRIX, { drugs: Array.from({ length: 101 }, (_, i) => `d${i}`) });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("exports", () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.base}${path}`, { headers });

  it("activity.json is the activityMatrix answer, streamed as an attachment", async () => {
    const response = await get("/export/activity.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="alk-activity.json"');
    // Streamed: chunked transfer, no length known up front.
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(await response.json()).toEqual({ cells: await matrix() });
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
    const cells = await matrix({ level: "CLINICAL" });
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
