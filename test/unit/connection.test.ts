import { describe, expect, it } from "vitest";
import { checkPage, decodeCursor, encodeCursor, PAGE_MAX, SortKey } from "../../src/modules/shared/connection.js";
import { BadInputError } from "../../src/errors/errors.js";

describe("cursors", () => {
  it("round-trip the sort value and id of the last node", () => {
    const cursor = { orderBy: SortKey.NAME, value: "G1202R+L1196M", id: "ALK-G1202R+L1196M" };
    expect(decodeCursor(encodeCursor(cursor), SortKey.NAME)).toEqual(cursor);
  });

  it("reject text that is not one of ours", () => {
    expect(() => decodeCursor("bm90LWEtY3Vyc29y", SortKey.ID)).toThrow(BadInputError);
    expect(() => decodeCursor("%%%", SortKey.ID)).toThrow("after is not a cursor returned by this API");
  });

  it("reject a cursor of another sort order", () => {
    const byName = encodeCursor({ orderBy: SortKey.NAME, value: "Alectinib", id: "alectinib" });
    expect(() => decodeCursor(byName, SortKey.ID)).toThrow("after is a cursor of a list sorted by name, not id");
  });
});

describe("checkPage", () => {
  it("accepts 0 to the cap and decodes after", () => {
    expect(checkPage({ first: 0, after: null })).toEqual({ limit: 0, after: null });
    const after = encodeCursor({ orderBy: SortKey.ID, value: "x", id: "x" });
    expect(checkPage({ first: PAGE_MAX, after })).toEqual({
      limit: PAGE_MAX,
      after: { orderBy: SortKey.ID, value: "x", id: "x" },
    });
  });

  it("rejects sizes over the cap or negative with BAD_USER_INPUT", () => {
    for (const first of [PAGE_MAX + 1, -1, 1e9]) {
      try {
        checkPage({ first, after: null });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BadInputError);
        expect((error as BadInputError).extensions.code).toBe("BAD_USER_INPUT");
      }
    }
  });
});
