import { describe, expect, it } from "vitest";
import { auditEvent, diff } from "../../src/modules/curation/audit.js";
import { checkRecord, plain } from "../../src/modules/curation/curation.plans.js";

describe("audit summaries", () => {
  it("records [before, after] of each curated property that changed, not derived keys", () => {
    expect(
      diff(
        { id: "ALK-X1Y", name: "X1Y", region: null, nameKey: "alkx1y", synonyms: ["a"] },
        { id: "ALK-X1Y", name: "X1Y", region: "hinge", nameKey: "alkx1y", synonyms: ["a", "b"] },
      ),
    ).toEqual({ region: [null, "hinge"], synonyms: [["a"], ["a", "b"]] });
    expect(diff(null, { origin: "api" }, "TARGETS:a>b.")).toEqual({ "TARGETS:a>b": [null, "created"] });
  });

  it("builds an AuditEvent with sorted changed names and the actor's name, never a key", () => {
    const event = auditEvent(
      {
        actor: { name: "alice", role: "CURATOR" },
        operation: "upsertVariant",
        entity: "ALK-X1Y",
        entityType: "Variant",
        subjects: ["ALK-X1Y", "ALK", "ALK-X1Y"],
        sources: ["PMID:1"],
        created: false,
        changes: { region: [null, "hinge"], name: ["a", "b"] },
      },
      new Date("2026-01-02T03:04:05Z"),
    );
    expect({ ...event, id: typeof event.id }).toEqual({
      id: "string",
      at: "2026-01-02T03:04:05.000Z",
      actor: "alice",
      role: "CURATOR",
      operation: "upsertVariant",
      entity: "ALK-X1Y",
      entityType: "Variant",
      subjects: ["ALK-X1Y", "ALK"],
      sources: ["PMID:1"],
      created: false,
      changed: ["name", "region"],
      changes: '{"region":[null,"hinge"],"name":["a","b"]}',
    });
  });
});

describe("curation input checks reuse the data files' JSON Schema", () => {
  it("drops absent optional fields and reports every problem with its field", () => {
    expect(plain({ id: "ALK-X1Y", region: null, synonyms: undefined, nested: [{ a: null, b: 1 }] })).toEqual({
      id: "ALK-X1Y",
      nested: [{ b: 1 }],
    });
    expect(() => checkRecord("variants", { id: "alk x1y", gene: "ALK", name: "", kind: "COMPOUND", extra: 1 })).toThrow(
      'invalid input: input must NOT have additional properties "extra"; id must match pattern "^[A-Z0-9][A-Z0-9-]*-[A-Za-z0-9_*+-]+$"; name must NOT have fewer than 1 characters; kind must be equal to one of the allowed values (POINT_MUTATION, INSERTION, DELETION, AMPLIFICATION, FUSION, LOSS, ACTIVATION, OVEREXPRESSION)',
    );
  });
});
