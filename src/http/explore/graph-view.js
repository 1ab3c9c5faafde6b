import { gql } from "./api.js";
import { combobox } from "./combobox.js";
import { $, download, h, status } from "./dom.js";
import { showEvidence } from "./evidence.js";
import { GraphCanvas } from "./graph-canvas.js";
import { KINDS } from "./kinds.js";

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int!, $first: Int!) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    nodes { id kind name distance entity { ... on Variant { variantKind: kind } ... on Gene { symbol } } }
    edges { type from to activity ic50nM evidence { level sources specimen note } }
  }
}`;

const FIRST = { 1: 60, 2: 120 };

/** A node as drawn: genes by symbol (ALK, not "ALK receptor tyrosine kinase"), compounds told apart. */
export function drawnNode(n) {
  return { ...n, name: n.entity?.symbol ?? n.name, variantKind: n.entity?.variantKind ?? null };
}

async function neighbourhood(id, depth) {
  const data = await gql(NEIGHBORHOOD, { id, depth, first: FIRST[depth] ?? 60 });
  return {
    nodes: data.neighborhood.nodes.map(drawnNode),
    edges: data.neighborhood.edges,
  };
}

/** An edge's evidence panel: the claims drawn as that edge, with their sources linked. */
export function edgeEvidence(edge, names) {
  showEvidence({
    title: `${names.get(edge.from) ?? edge.from} → ${names.get(edge.to) ?? edge.to}`,
    summary: [
      ["Relationship", edge.type],
      ["Activity", edge.activity],
    ],
    claims: edge.claims,
  });
}

/**
 * The graph view: a search, the focus entity's neighbourhood (depth 1 or 2), and nodes expanded by click.
 * State in the URL: focus, depth, expand (comma-separated ids).
 */
export class GraphView {
  constructor(navigate) {
    this.navigate = navigate;
    this.state = { focus: null, depth: 1, expand: [] };
    this.nodes = new Map();
    this.edges = [];
    this.canvas = new GraphCanvas($("#graph"), {
      onNode: (node) => this.expand(node.id),
      onEdge: (edge) => edgeEvidence(edge, this.names()),
    });
    const search = combobox($("#graph-search"), {
      onChoose: (item) => this.navigate({ view: "graph", focus: item.id, depth: this.state.depth, expand: [] }),
    });
    // Enter without choosing a suggestion takes the best match.
    $("#graph-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const best = await search.best();
      if (best) this.navigate({ view: "graph", focus: best.id, depth: this.state.depth, expand: [] });
      else status("Nothing matches that name.", true);
    });
    $("#graph-depth").addEventListener("change", () =>
      this.navigate({ view: "graph", focus: this.state.focus, depth: Number($("#graph-depth").value) }),
    );
    $("#graph-view-json").addEventListener("click", () =>
      download(
        "alk-view.json",
        "application/json",
        JSON.stringify({ nodes: [...this.nodes.values()], edges: this.edges }, null, 2),
      ),
    );
    $("#graph-legend").replaceChildren(
      ...Object.values(KINDS).map((k) => h("span", { style: `--c: ${k.color}` }, `${k.label} (${k.shape})`)),
    );
  }

  names() {
    return new Map([...this.nodes.values()].map((n) => [n.id, n.name]));
  }

  async show({ focus, depth, expand }) {
    $("#graph-depth").value = String(depth);
    if (!focus) {
      $("#graph-search").focus();
      return;
    }
    const previous = this.state;
    // Expanding one more node keeps what is drawn and asks only for the new node's neighbours.
    const extends_ =
      previous.focus === focus &&
      previous.depth === depth &&
      previous.expand.every((id, i) => expand[i] === id) &&
      this.nodes.size > 0;
    const toLoad = extends_ ? expand.slice(previous.expand.length) : [focus, ...expand];
    this.state = { focus, depth, expand };
    if (!extends_) {
      this.nodes.clear();
      this.edges = [];
    }
    try {
      status("Loading the neighbourhood…");
      for (const id of toLoad) this.merge(await neighbourhood(id, id === focus ? depth : 1), id === focus);
      const root = this.nodes.get(focus);
      if (!root) throw new Error(`Nothing has the id ${focus}.`);
      if (!$("#graph-search").value) $("#graph-search").value = root.name;
      await this.render();
      status("");
    } catch (error) {
      status(error.message, true);
    }
  }

  merge({ nodes, edges }, first) {
    for (const node of nodes) {
      const known = this.nodes.get(node.id);
      // Expanded nodes keep their distance from the focus, new ones sit one ring further out.
      if (!known) this.nodes.set(node.id, first ? node : { ...node, distance: (node.distance ?? 0) + 1 });
    }
    const seen = new Set(
      this.edges.map((e) => `${e.from}|${e.type}|${e.to}|${e.evidence?.sources?.join()}|${e.evidence?.level}`),
    );
    for (const edge of edges) {
      const key = `${edge.from}|${edge.type}|${edge.to}|${edge.evidence?.sources?.join()}|${edge.evidence?.level}`;
      if (seen.has(key)) continue;
      this.edges.push(edge);
      seen.add(key);
    }
  }

  async render() {
    const nodes = [...this.nodes.values()];
    const drawn = await this.canvas.draw({ nodes, edges: this.edges, root: this.state.focus });
    const names = this.names();
    // The same graph as lists of buttons: keyboard and screen-reader users expand nodes and open evidence here.
    $("#graph-list").replaceChildren(
      h(
        "details",
        {},
        h("summary", {}, `${nodes.length} nodes (press to expand one)`),
        nodes.map((n) =>
          h(
            "button",
            { type: "button", onclick: () => this.expand(n.id) },
            `${n.name} · ${KINDS[n.kind]?.label ?? n.kind}`,
          ),
        ),
      ),
      h(
        "details",
        {},
        h("summary", {}, `${drawn.length} relationships (press for evidence)`),
        drawn.map((e) =>
          h(
            "button",
            { type: "button", class: "edge-button", onclick: () => edgeEvidence(e, names) },
            `${names.get(e.from)} ${e.type}${e.activity ? ` (${e.activity})` : ""} ${names.get(e.to)}`,
          ),
        ),
      ),
    );
  }

  expand(id) {
    if (id === this.state.focus || this.state.expand.includes(id)) return;
    this.navigate({
      view: "graph",
      focus: this.state.focus,
      depth: this.state.depth,
      expand: [...this.state.expand, id],
    });
  }
}
