import { gql } from "./api.js";
import { combobox } from "./combobox.js";
import { $, download, h, status } from "./dom.js";
import { GraphCanvas } from "./graph-canvas.js";
import { drawnNode, edgeEvidence } from "./graph-view.js";

const PATHS = `query Paths($from: ID!, $to: ID!) {
  shortestPath(from: { id: $from }, to: { id: $to }, maxHops: 8) { ...path }
  paths(from: { id: $from }, to: { id: $to }, maxHops: 4, first: 6) { ...path }
}
fragment path on GraphPath {
  length
  nodes { id kind name entity { ... on Variant { variantKind: kind } ... on Gene { symbol } } }
  relationships { type from to direction activity ic50nM evidence { level sources specimen note } }
}`;

const edgeId = (r) => `${r.from}|${r.type}|${r.to}`;

/**
 * Paths that pass the same nodes along the same relationship types are listed once: `paths` returns one per claim
 * edge (a clinical and a preclinical SENSITIVE_TO are two), and usually repeats the shortest path.
 */
export function distinctPaths(paths) {
  const seen = new Set();
  return paths.filter((path) => {
    const signature = path.nodes.map((n) => n.id).join(">") + "|" + path.relationships.map(edgeId).join(">");
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

/** Two entities in, the shortest path (in bold) and the alternatives drawn, each also listed as text. */
export class PathView {
  constructor(navigate) {
    this.navigate = navigate;
    this.result = null;
    this.canvas = new GraphCanvas($("#path-graph"), { onEdge: (edge) => edgeEvidence(edge, this.names) });
    this.names = new Map();
    this.from = combobox($("#path-from"));
    this.to = combobox($("#path-to"));
    $("#path-form").addEventListener("submit", (event) => {
      event.preventDefault();
      void this.submit();
    });
    $("#path-json").addEventListener(
      "click",
      () => this.result && download("alk-paths.json", "application/json", JSON.stringify(this.result, null, 2)),
    );
  }

  async submit() {
    const pick = async (input, box) => input.dataset.id ?? (await box.best())?.id;
    const from = await pick($("#path-from"), this.from);
    const to = await pick($("#path-to"), this.to);
    if (!from || !to) return status("Choose two entities from the suggestions.", true);
    this.navigate({ view: "path", from, to });
  }

  async show({ from, to }) {
    if (!from || !to) return;
    try {
      status("Looking for paths…");
      const data = await gql(PATHS, { from, to });
      this.result = data;
      const all = distinctPaths([data.shortestPath, ...data.paths].filter(Boolean));
      const nodes = new Map();
      for (const path of all) for (const n of path.nodes) nodes.set(n.id, drawnNode(n));
      this.names = new Map([...nodes.values()].map((n) => [n.id, n.name]));
      $("#path-from").value ||= this.names.get(from) ?? from;
      $("#path-to").value ||= this.names.get(to) ?? to;
      const highlight = data.shortestPath ? data.shortestPath.relationships.map(edgeId) : [];
      await this.canvas.draw({
        nodes: [...nodes.values()],
        edges: all.flatMap((p) => p.relationships),
        root: from,
        layout: "breadthfirst",
        highlight,
      });
      $("#path-list").replaceChildren(
        ...all.map((path, i) =>
          h(
            "li",
            { class: i === 0 && data.shortestPath ? "shortest" : "" },
            i === 0 && data.shortestPath ? "Shortest: " : "",
            path.nodes
              .map((n, k) =>
                k === 0
                  ? n.name
                  : `${path.relationships[k - 1].direction === "FORWARD" ? " –" : " ←"}${path.relationships[k - 1].type}${path.relationships[k - 1].direction === "FORWARD" ? "→ " : "– "}${n.name}`,
              )
              .join(""),
          ),
        ),
      );
      status(all.length ? "" : "No path within 8 hops.");
    } catch (error) {
      status(error.message, true);
    }
  }
}
