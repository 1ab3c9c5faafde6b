import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../src/seed/load.js";
import { CURATOR_KEY, READER_KEY, startTestServer, type TestServer } from "../helpers/http.js";

// Test-owned ids, all matching the data formats; DOI prefix 10.5555 is reserved for examples, never a real paper.
const tag = randomUUID().slice(0, 8);
const V1 = `ALK-T${tag}A`;
const V2 = `ALK-T${tag}B`;
const COMPOUND = `ALK-T${tag}A+T${tag}B`;
const PUB = `DOI:10.5555/test-${tag}`;
const MECH = `test-mech-${tag}`;
const CITED = "PMID:27432227";

let server: TestServer;
const probe = (text: string, params: Record<string, unknown> = {}) =>
  server.graph.executor.read({ name: "test/probe", text }, params);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.graph.executor.write(
    {
      name: "test/cleanup",
      text: `MATCH (a:AuditEvent) WHERE any(s IN a.subjects WHERE s IN $ids) DETACH DELETE a
             WITH count(*) AS _
             MATCH (n) WHERE (n:Variant OR n:Publication OR n:ResistanceMechanism) AND n.id IN $ids DETACH DELETE n`,
    },
    { ids: [V1, V2, COMPOUND, PUB, MECH] },
  );
  await server.close();
});

const UPSERT_VARIANT = `mutation ($input: VariantInput!, $sources: [String!]!) {
  upsertVariant(input: $input, sources: $sources) { id name fullName kind region }
}`;
const variant = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  input: { id, gene: "ALK", name, kind: "POINT_MUTATION", ...extra },
  sources: [CITED],
});
const TRAIL = `query ($id: String!) { auditTrail(id: $id) { actor role operation entity sources created changed } }`;

const snapshot = async () => JSON.stringify(await graphCounts(server.graph.executor));

describe("curation writes", () => {
  it("creates a variant with origin api and an audit event, and merges a repeated write", async () => {
    const first = await server.gql(UPSERT_VARIANT, variant(V1, `T${tag}A`), CURATOR_KEY);
    expect(first).toEqual({
      status: 200,
      body: {
        data: {
          upsertVariant: { id: V1, name: `T${tag}A`, fullName: `ALK T${tag}A`, kind: "POINT_MUTATION", region: null },
        },
        extensions: { cypher: { roundTrips: 1 } },
      },
    });
    await server.gql(UPSERT_VARIANT, variant(V1, `T${tag}A`), CURATOR_KEY);
    await server.gql(UPSERT_VARIANT, variant(V1, `T${tag}A`, { region: "test region" }), CURATOR_KEY);
    const rows = await probe(
      "MATCH (v:Variant {id: $id})-[r:VARIANT_OF]->(g:Gene) RETURN v.origin AS origin, r.origin AS rel, g.id AS gene",
      { id: V1 },
    );
    expect(rows).toEqual([{ origin: "api", rel: "api", gene: "ALK" }]);
    const trail = await server.gql(TRAIL, { id: V1 }, READER_KEY);
    const base = { actor: "alice", role: "CURATOR", operation: "upsertVariant", entity: V1, sources: [CITED] };
    expect(trail.body.data).toEqual({
      auditTrail: [
        { ...base, created: false, changed: ["region"] },
        { ...base, created: false, changed: [] },
        {
          ...base,
          created: true,
          changed: [`VARIANT_OF:${V1}>ALK`, "fullName", "gene", "kind", "name", "synonyms"],
        },
      ],
    });
  });

  it("refuses writes without a key (401), with a bad key (401) or a reader's key (403), changing nothing", async () => {
    const before = await snapshot();
    const args = variant(V2, `T${tag}B`);
    const none = await server.gql(UPSERT_VARIANT, args);
    const bad = await server.gql(UPSERT_VARIANT, args, "not-a-valid-key-0123456789");
    const reader = await server.gql(UPSERT_VARIANT, args, READER_KEY);
    const summary = (r: typeof none) => [r.status, r.body.errors?.map((e) => e.extensions?.code)];
    expect([none, bad, reader].map(summary)).toEqual([
      [401, ["UNAUTHENTICATED"]],
      [401, ["UNAUTHENTICATED"]],
      [403, ["FORBIDDEN"]],
    ]);
    expect(await snapshot()).toBe(before);
    expect((await server.gql(TRAIL, { id: V1 })).status).toBe(401);
  });

  it("rejects invalid input with BAD_USER_INPUT before writing anything", async () => {
    const before = await snapshot();
    const cases = [
      variant("alk g1202r", "x"),
      variant(V2, "x".repeat(201)),
      variant(V2, `T${tag}B`, { kind: "COMPOUND" }),
      { ...variant(V2, `T${tag}B`), sources: ["PMID:not-a-number"] },
      { ...variant(V2, `T${tag}B`), sources: [] },
    ];
    for (const args of cases) {
      const result = await server.gql(UPSERT_VARIANT, args, CURATOR_KEY);
      expect([result.status, result.body.errors?.[0]?.extensions?.code], JSON.stringify(args)).toEqual([
        200,
        "BAD_USER_INPUT",
      ]);
    }
    expect(await snapshot()).toBe(before);
  });

  it("rolls the whole write back when a cited source or a referenced node is missing", async () => {
    const before = await snapshot();
    const unknownSource = await server.gql(
      UPSERT_VARIANT,
      { ...variant(V2, `T${tag}B`), sources: ["PMID:999999999"] },
      CURATOR_KEY,
    );
    expect(unknownSource.body.errors?.[0]?.message).toBe(
      "cited sources not in the graph (add them with upsertPublication or upsertTrial first): PMID:999999999",
    );
    const unknownGene = await server.gql(
      UPSERT_VARIANT,
      {
        ...variant(`NOSUCHGENE-T${tag}`, "T1"),
        input: { ...variant(`NOSUCHGENE-T${tag}`, "T1").input, gene: "NOSUCHGENE" },
      },
      CURATOR_KEY,
    );
    expect(unknownGene.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await snapshot()).toBe(before);
    expect(
      await probe("MATCH (v:Variant) WHERE v.id IN $ids RETURN v.id", { ids: [V2, `NOSUCHGENE-T${tag}`] }),
    ).toEqual([]);
  });

  it("writes a compound mutation, an activity claim, evidence on it, a publication and a mechanism", async () => {
    await server.gql(UPSERT_VARIANT, variant(V2, `T${tag}B`), CURATOR_KEY);
    const compound = await server.gql(
      `mutation ($input: CompoundMutationInput!) {
        upsertCompoundMutation(input: $input, sources: ["${CITED}"]) { id name kind components { id } }
      }`,
      { input: { id: COMPOUND, gene: "ALK", components: [V1, V2] } },
      CURATOR_KEY,
    );
    expect(compound.body.data).toEqual({
      upsertCompoundMutation: {
        id: COMPOUND,
        name: `T${tag}A+T${tag}B`,
        kind: "COMPOUND",
        components: [{ id: V1 }, { id: V2 }],
      },
    });
    const publication = await server.gql(
      `mutation ($input: PublicationInput!) { upsertPublication(input: $input, sources: ["${PUB}"]) { id year } }`,
      {
        input: {
          id: PUB,
          doi: `10.5555/test-${tag}`,
          title: "A test",
          firstAuthor: "Test",
          journal: "Test",
          year: 2024,
        },
      },
      CURATOR_KEY,
    );
    expect(publication.body.data).toEqual({ upsertPublication: { id: PUB, year: 2024 } });
    const claim = `mutation ($input: ActivityClaimInput!) {
      upsertActivityClaim(input: $input) {
        activity drug { id } variant { id } evidence { level sources sourceKind locator }
      }
    }`;
    const claimInput = {
      variant: COMPOUND,
      drug: "lorlatinib",
      activity: "RESISTANT",
      level: "PRECLINICAL",
      sources: [CITED],
      sourceKind: "PRIMARY",
      locator: "Figure 1",
    };
    const contradicting = await server.gql(
      claim,
      { input: { ...claimInput, ic50nM: 12, assay: "Ba/F3 EML4-ALK" } },
      CURATOR_KEY,
    );
    expect(contradicting.body.errors?.[0]?.message).toBe(
      "invalid input: activity RESISTANT contradicts ic50nM 12, which the rule (≤ 50 nM SENSITIVE, 50–200 nM INTERMEDIATE, ≥ 200 nM RESISTANT) makes SENSITIVE",
    );
    const written = await server.gql(claim, { input: claimInput }, CURATOR_KEY);
    expect(written.body.data).toEqual({
      upsertActivityClaim: {
        activity: "RESISTANT",
        drug: { id: "lorlatinib" },
        variant: { id: COMPOUND },
        evidence: { level: "PRECLINICAL", sources: [CITED], sourceKind: "PRIMARY", locator: "Figure 1" },
      },
    });
    await server.gql(claim, { input: claimInput }, CURATOR_KEY);
    const added = await server.gql(
      `mutation { addEvidence(input: { claim: ACTIVITY, from: "${COMPOUND}", to: "lorlatinib", level: PRECLINICAL,
        sources: ["${PUB}"] }) { sources } }`,
      {},
      CURATOR_KEY,
    );
    expect(added.body.data).toEqual({ addEvidence: [{ sources: [CITED, PUB] }] });
    const edges = await probe(
      "MATCH (:Variant {id: $id})-[r:CONFERS_RESISTANCE_TO]->(:Drug) RETURN r.origin AS origin",
      {
        id: COMPOUND,
      },
    );
    expect(edges).toEqual([{ origin: "api" }]);
    const mechanism = await server.gql(
      `mutation ($input: MechanismInput!) { upsertMechanism(input: $input, sources: ["${PUB}"]) { id category } }`,
      {
        input: {
          id: MECH,
          name: `Test mechanism ${tag}`,
          category: "OTHER",
          genes: ["ALK"],
          variants: [V1],
          detection: { methods: ["TISSUE_NGS"], plasmaDetectable: "NO" },
        },
      },
      CURATOR_KEY,
    );
    expect(mechanism.body.data).toEqual({ upsertMechanism: { id: MECH, category: "OTHER" } });
    const trail = await server.gql(`query { auditTrail(id: "${COMPOUND}") { operation created } }`, {}, CURATOR_KEY);
    expect(trail.body.data).toEqual({
      auditTrail: [
        { operation: "addEvidence", created: false },
        { operation: "upsertActivityClaim", created: false },
        { operation: "upsertActivityClaim", created: true },
        { operation: "upsertCompoundMutation", created: true },
      ],
    });
  });
});
