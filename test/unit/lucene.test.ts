import { describe, expect, it } from "vitest";
import { luceneQuery } from "../../src/modules/search/lucene.js";

describe("luceneQuery", () => {
  it("matches each term exactly or as a prefix, all terms required", () => {
    expect(luceneQuery("MET amp")).toBe("(met OR met*) AND (amp OR amp*)");
  });

  it("escapes every Lucene operator so user text stays terms", () => {
    expect(luceneQuery("PF-06463922")).toBe("(pf\\-06463922 OR pf\\-06463922*)");
    expect(luceneQuery('name:* (a) "b"')).toBe(
      '(name\\:\\* OR name\\:\\**) AND (\\(a\\) OR \\(a\\)*) AND (\\"b\\" OR \\"b\\"*)',
    );
  });

  it("drops bare boolean words and gives an empty query for blank text", () => {
    expect(luceneQuery("alectinib OR lorlatinib")).toBe("(alectinib OR alectinib*) AND (lorlatinib OR lorlatinib*)");
    expect(luceneQuery("   ")).toBe("");
  });
});
