import { gql } from "./api.js";
import { $, h, status } from "./dom.js";
import { showEvidence } from "./evidence.js";

const MATRIX = `query Matrix($level: EvidenceLevel) {
  activityMatrix(level: $level) {
    drug { id name } variant { id name kind } activity ic50nM assay level sources
    evidence { evidence { level sources specimen note sourceKind locator basis ic50nM } }
  }
}`;

const LETTER = { RESISTANT: "R", INTERMEDIATE: "I", SENSITIVE: "S", UNKNOWN: "?" };
const LEVEL_TEXT = { CLINICAL: "clinical", PRECLINICAL: "preclinical" };

/** Drugs × variants (single, then compound): one cell per pair, coloured and lettered by class. */
export class HeatmapView {
  constructor(navigate) {
    this.navigate = navigate;
    for (const radio of document.querySelectorAll('input[name="level"]'))
      radio.addEventListener("change", () => this.navigate({ view: "heatmap", level: radio.value }));
  }

  async show({ level }) {
    for (const radio of document.querySelectorAll('input[name="level"]')) radio.checked = radio.value === level;
    const query = `?level=${level}`;
    $("#dl-tsv").href = `/export/activity.tsv${query}`;
    $("#dl-json").href = `/export/activity.json${query}`;
    try {
      status("Loading the activity matrix…");
      const { activityMatrix } = await gql(MATRIX, { level });
      // Gaps (UNKNOWN, no claim) are drawn as empty cells; each claim's evidence opens on click.
      const cells = activityMatrix
        .filter((c) => c.activity !== "UNKNOWN")
        .map((c) => ({ ...c, evidence: c.evidence.map((claim) => claim.evidence) }));
      this.render(cells, level);
      status("");
    } catch (error) {
      status(error.message, true);
    }
  }

  render(cells, level) {
    const byName = (a, b) => a.name.localeCompare(b.name);
    const drugs = [...new Map(cells.map((c) => [c.drug.id, c.drug])).values()].sort(byName);
    const variants = [...new Map(cells.map((c) => [c.variant.id, c.variant])).values()].sort(
      (a, b) => (a.kind === "COMPOUND") - (b.kind === "COMPOUND") || byName(a, b),
    );
    const at = new Map(cells.map((c) => [`${c.drug.id}|${c.variant.id}`, c]));
    const table = h(
      "table",
      { class: "heatmap", "aria-label": `Activity of ALK inhibitors against variants, ${LEVEL_TEXT[level]} evidence` },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, h("span", {}, "variant \\ drug")),
          drugs.map((d) => h("th", { scope: "col" }, h("span", {}, d.name))),
        ),
      ),
      h(
        "tbody",
        {},
        variants.map((v) =>
          h(
            "tr",
            {},
            h("th", { scope: "row", title: v.name }, v.name),
            drugs.map((d) => this.cell(d, v, at.get(`${d.id}|${v.id}`), level)),
          ),
        ),
      ),
    );
    $("#heatmap").replaceChildren(cells.length ? table : h("p", {}, "No activity claims at this level."));
  }

  cell(drug, variant, cell, level) {
    const activity = cell?.activity ?? "NONE";
    const attributes = { dataset: { drug: drug.name, variant: variant.name, activity } };
    if (!cell) return h("td", attributes, h("span", { class: "cell-NONE", "aria-hidden": "true" }));
    const summary = `${drug.name} × ${variant.name}: ${activity.toLowerCase()} (${LEVEL_TEXT[level]})${cell.ic50nM != null ? `, IC50 ${cell.ic50nM} nM` : ""}. Sources: ${cell.sources.join(", ")}`;
    return h(
      "td",
      attributes,
      h(
        "button",
        {
          type: "button",
          class: `cell-${activity}`,
          title: summary,
          "aria-label": summary,
          onclick: () =>
            showEvidence({
              title: `${drug.name} × ${variant.name}`,
              summary: [
                ["Activity", activity],
                ["IC50", cell.ic50nM != null ? `${cell.ic50nM} nM` : "not published"],
                ["Level", cell.level],
              ],
              claims: cell.evidence,
            }),
        },
        LETTER[activity],
        cell.ic50nM != null ? h("small", {}, Math.round(cell.ic50nM)) : null,
      ),
    );
  }
}
