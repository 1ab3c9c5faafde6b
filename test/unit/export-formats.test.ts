import neo4j from "neo4j-driver";
import { expect, it } from "vitest";
import {
  cellTsv,
  type ExportCell,
  GRAPHML_TAIL,
  graphmlEdge,
  graphmlHead,
  graphmlNode,
  plain,
  tsvRow,
} from "../../src/http/export-formats.js";
import { Activity, EvidenceLevel } from "../../src/modules/shared/enums.js";

const cell: ExportCell = {
  drug: { id: "lorlatinib", name: "Lorlatinib", __labels: ["Drug"] },
  variant: { id: "ALK-G1202R", name: "G1202R", __labels: ["Variant"] },
  activity: Activity.SENSITIVE,
  ic50nM: 49.9,
  level: EvidenceLevel.PRECLINICAL,
  sources: ["PMID:1", "PMID:2"],
};

it("writes a TSV row per cell; tabs and line breaks inside values cannot shift columns", () => {
  expect(cellTsv(cell)).toBe(
    "lorlatinib\tLorlatinib\tALK-G1202R\tG1202R\tSENSITIVE\t49.9\tPRECLINICAL\tPMID:1,PMID:2\n",
  );
  expect(cellTsv({ ...cell, ic50nM: null })).toContain("\tSENSITIVE\t\tPRECLINICAL\t");
  expect(tsvRow(["a\tb", "c\r\nd", null])).toBe("a b\tc d\t\n");
});

it("turns stored values into plain JSON: Neo4j dates become ISO text, lists and maps stay", () => {
  const date = new neo4j.types.Date(2026, 12, 1);
  expect(plain({ at: date, list: [1, "x"], nested: { n: 2 } })).toEqual({
    at: "2026-12-01",
    list: [1, "x"],
    nested: { n: 2 },
  });
});

it("writes GraphML: keys declared first, values escaped, lists as JSON, nulls left out", () => {
  const head = graphmlHead(["name", "synonyms"], ["sources"]);
  expect(head).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
  expect(head).toContain('<key id="e_sources" for="edge" attr.name="sources" attr.type="string"/>');
  expect(head.trimEnd().endsWith('<graph id="alk-resistance-graph" edgedefault="directed">')).toBe(true);
  const node = graphmlNode({
    id: "a&b",
    labels: ["Drug"],
    properties: { name: 'A <"b">', synonyms: ["x", "y"], note: null },
  });
  expect(node).toBe(
    '    <node id="a&amp;b">\n' +
      '      <data key="labels">Drug</data>\n' +
      '      <data key="n_name">A &lt;&quot;b&quot;&gt;</data>\n' +
      '      <data key="n_synonyms">[&quot;x&quot;,&quot;y&quot;]</data>\n' +
      "    </node>\n",
  );
  const edge = graphmlEdge({ type: "TARGETS", from: "a", to: "b", properties: { sources: ["PMID:1"] } }, 7);
  expect(edge).toContain('<edge id="e7" source="a" target="b">');
  expect(edge).toContain('<data key="type">TARGETS</data>');
  expect(GRAPHML_TAIL).toBe("  </graph>\n</graphml>\n");
});
