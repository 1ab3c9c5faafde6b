import { describe, expect, it } from "vitest";
import { checkPage, decodeCursor, encodeCursor, PAGE_MAX } from "../../src/modules/shared/connection.js";
import { BadInputError } from "../../src/errors/errors.js";

describe("cursors", () => {
  it("round-trip an id", () => {
    expect(decodeCursor(encodeCursor("ALK-G1202R+L1196M"))).toBe("ALK-G1202R+L1196M");
  });

  it("reject text that is not one of ours", () => {
    expect(() => decodeCursor("bm90LWEtY3Vyc29y")).toThrow(BadInputError);
    expect(() => decodeCursor("%%%")).toThrow("after is not a cursor returned by this API");
  });
});

describe("checkPage", () => {
  it("accepts 0 to the cap and decodes after", () => {
    expect(checkPage({ first: 0, after: null })).toEqual({ limit: 0, after: null });
    expect(checkPage({ first: PAGE_MAX, after: encodeCursor("x") })).toEqual({ limit: PAGE_MAX, after: "x" });
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
