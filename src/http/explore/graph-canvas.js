import { ACTIVITY_COLORS, KINDS, kindOf } from "./kinds.js";

// cytoscape (MIT) is loaded on first use, from node_modules through this server: the page paints before it arrives.
let library = null;
async function cytoscape() {
  library ??= import("./cytoscape.esm.js").then((module) => module.default);
  return library;
}

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "background-color": "data(color)",
      shape: "data(shape)",
      width: 26,
      height: 26,
      "border-width": 1,
      "border-color": "#333",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "wrap",
      "text-max-width": "110px",
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
      "text-background-padding": 1,
    },
  },
  { selector: "node.root", style: { width: 38, height: 38, "border-width": 3, "font-weight": "bold" } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      label: "data(label)",
      "font-size": 7,
      color: "#444",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.7,
    },
  },
  { selector: "edge.claim", style: { width: 2.5 } },
  { selector: "edge.preclinical", style: { "line-style": "dashed" } },
  { selector: "edge.highlight", style: { width: 5, "line-color": "#000", "target-arrow-color": "#000" } },
  { selector: ":selected", style: { "overlay-color": "#E69F00", "overlay-opacity": 0.3 } },
];

/** Worst class first, as in the resistance profile. */
function worst(activities) {
  return ["RESISTANT", "INTERMEDIATE", "SENSITIVE"].find((a) => activities.includes(a)) ?? null;
}

/**
 * Claims of one type between two nodes (one per evidence level and source set) are drawn as one edge that carries
 * them all: { id, type, from, to, activity, claims: [{ level, sources, specimen, note, activity, ic50nM }] }.
 */
export function groupEdges(edges) {
  const groups = new Map();
  for (const edge of edges) {
    const id = `${edge.from}|${edge.type}|${edge.to}`;
    const group = groups.get(id) ?? { id, type: edge.type, from: edge.from, to: edge.to, claims: [] };
    if (edge.evidence) group.claims.push({ ...edge.evidence, activity: edge.activity, ic50nM: edge.ic50nM });
    groups.set(id, group);
  }
  for (const group of groups.values()) group.activity = worst(group.claims.map((c) => c.activity));
  return [...groups.values()];
}

function nodeElement(node, root) {
  const kind = KINDS[kindOf(node)] ?? KINDS.Publication;
  return {
    group: "nodes",
    data: { id: node.id, label: node.name, color: kind.color, shape: kind.shape, node },
    classes: node.id === root ? "root" : "",
  };
}

function edgeElement(edge) {
  const levels = new Set(edge.claims.map((c) => c.level));
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      label: edge.activity ? `${edge.type} · ${edge.activity}` : edge.type,
      color: ACTIVITY_COLORS[edge.activity] ?? "#8c959f",
      edge,
    },
    classes: [
      edge.claims.length ? "claim" : "",
      levels.size === 1 && levels.has("PRECLINICAL") ? "preclinical" : "",
    ].join(" "),
  };
}

/**
 * A graph drawn in `container`. The container's `data-nodes` (and `data-edges`) always hold what is drawn, for
 * tests and for anyone reading the DOM.
 */
export class GraphCanvas {
  constructor(container, { onNode = () => {}, onEdge = () => {} } = {}) {
    this.container = container;
    this.onNode = onNode;
    this.onEdge = onEdge;
    this.cy = null;
  }

  async ready() {
    if (this.cy) return this.cy;
    const make = await cytoscape();
    this.cy = make({ container: this.container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on("tap", "node", (event) => this.onNode(event.target.data("node")));
    this.cy.on("tap", "edge", (event) => this.onEdge(event.target.data("edge")));
    this.container.cy = this.cy; // for tests that click on the canvas
    // The container changes size when the page grows a scrollbar or the window turns: redraw to fit it.
    new ResizeObserver(() => {
      this.cy.resize();
      this.cy.fit(undefined, 24);
    }).observe(this.container);
    return this.cy;
  }

  /** Replaces the drawing with `nodes` and (grouped) `edges`; `root` is emphasised, `highlight` edge ids bolded. */
  async draw({ nodes, edges, root = null, layout = "concentric", highlight = [] }) {
    const cy = await this.ready();
    const ids = new Set(nodes.map((n) => n.id));
    const grouped = groupEdges(edges).filter((e) => ids.has(e.from) && ids.has(e.to));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes.map((n) => nodeElement(n, root)), ...grouped.map(edgeElement)]);
      for (const id of highlight) cy.getElementById(id).addClass("highlight");
    });
    const options =
      layout === "concentric"
        ? {
            name: "concentric",
            concentric: (n) => 10 - (n.data("node").distance ?? 1),
            levelWidth: () => 1,
            minNodeSpacing: 36,
            animate: false,
          }
        : {
            name: "breadthfirst",
            roots: root ? [root] : undefined,
            directed: false,
            spacingFactor: 1.1,
            animate: false,
          };
    cy.layout(options).run();
    cy.fit(undefined, 24);
    this.container.dataset.nodes = String(cy.nodes().length);
    this.container.dataset.edges = String(cy.edges().length);
    return grouped;
  }
}
