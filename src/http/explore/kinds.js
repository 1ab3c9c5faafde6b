// How each kind of node is drawn: an Okabe–Ito colour AND a shape, and the legend names them, so colour is never
// the only cue.
export const KINDS = {
  Drug: { color: "#0072B2", shape: "round-rectangle", label: "drug" },
  Regimen: { color: "#56B4E9", shape: "round-octagon", label: "regimen" },
  Variant: { color: "#E69F00", shape: "ellipse", label: "variant" },
  Compound: { color: "#F0E442", shape: "star", label: "compound mutation" },
  ResistanceMechanism: { color: "#D55E00", shape: "diamond", label: "mechanism" },
  Gene: { color: "#009E73", shape: "hexagon", label: "gene" },
  Pathway: { color: "#88CCAA", shape: "barrel", label: "pathway" },
  ClinicalTrial: { color: "#CC79A7", shape: "rectangle", label: "trial" },
  Publication: { color: "#999999", shape: "tag", label: "publication" },
};

export const ACTIVITY_COLORS = { RESISTANT: "#b2182b", INTERMEDIATE: "#e08a5f", SENSITIVE: "#2166ac" };

export function kindOf(node) {
  return node.variantKind === "COMPOUND" ? "Compound" : node.kind;
}
