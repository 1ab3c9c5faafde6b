import { sourceUrl } from "./api.js";
import { $, h } from "./dom.js";

let returnFocus = null;

function sources(list) {
  if (!list?.length) return "none";
  return h(
    "ul",
    {},
    list.map((source) => {
      const url = sourceUrl(source);
      return h("li", {}, url ? h("a", { href: url, target: "_blank", rel: "noopener" }, source) : source);
    }),
  );
}

/** Definition list of the present fields only. */
function facts(pairs) {
  return h(
    "dl",
    {},
    pairs
      .filter(([, value]) => value !== null && value !== undefined && value !== "")
      .flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
  );
}

/**
 * Opens the evidence panel for a claim: `title`, `summary` pairs, and one block per claim
 * ({ level, specimen, note, sources, ic50nM, activity }).
 */
export function showEvidence({ title, summary = [], claims = [] }) {
  returnFocus = document.activeElement;
  $("#evidence-title").textContent = title;
  const parts = [
    facts(summary),
    ...claims.map((claim, i) =>
      h(
        "div",
        { class: "claim" },
        h("h3", {}, claims.length > 1 ? `Claim ${i + 1}` : "Claim"),
        facts([
          ["Activity", claim.activity],
          ["IC50", claim.ic50nM != null ? `${claim.ic50nM} nM` : null],
          ["Level", claim.level],
          ["Specimen", claim.specimen],
          ["Note", claim.note],
          ["Sources", sources(claim.sources)],
        ]),
      ),
    ),
    claims.length === 0 ? h("p", {}, "A structural relationship: no evidence needed.") : null,
  ];
  // replaceChildren would print a null as "null".
  $("#evidence-body").replaceChildren(...parts.filter(Boolean));
  const panel = $("#evidence");
  panel.hidden = false;
  panel.focus();
}

export function closeEvidence() {
  $("#evidence").hidden = true;
  returnFocus?.focus?.();
}

export function initEvidence() {
  $("#evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("#evidence").hidden) closeEvidence();
  });
}
