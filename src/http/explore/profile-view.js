import { gql } from "./api.js";
import { combobox } from "./combobox.js";
import { $, download, h, status } from "./dom.js";
import { showEvidence } from "./evidence.js";

const PROFILE = `query Profile($findings: [String!]!, $prior: [String!]!) {
  resistanceProfile(findings: $findings) {
    drug { id name } activity ic50nM inferred rationale
    evidence { about kind activity evidence { level sources specimen note } }
  }
  nextLineOptions(priorTherapies: $prior, findings: $findings) {
    rank kind name activity rationale caution
    evidence { about kind activity evidence { level sources specimen note } }
    trials { nctId acronym phase }
  }
}`;

const split = (text) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

const claimsOf = (evidence) =>
  evidence.map((c) => ({ ...c.evidence, activity: `${c.activity} (${c.kind.toLowerCase()}, about ${c.about})` }));

function activityBadge(activity) {
  return activity ? h("span", { class: `cell-${activity}` }, activity) : "";
}

/** Findings and prior therapies in; the profile table and the ranked next-line options out. */
export class ProfileView {
  constructor(navigate) {
    this.navigate = navigate;
    this.answer = null;
    combobox($("#profile-findings"), { multiple: true, kinds: ["Variant", "ResistanceMechanism", "Gene"] });
    combobox($("#profile-prior"), { multiple: true, kinds: ["Drug", "Regimen"] });
    $("#profile-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.navigate({
        view: "profile",
        findings: split($("#profile-findings").value),
        prior: split($("#profile-prior").value),
      });
    });
    $("#profile-tsv").addEventListener(
      "click",
      () => this.answer && download("alk-profile.tsv", "text/tab-separated-values", this.tsv()),
    );
  }

  async show({ findings, prior }) {
    $("#profile-findings").value = findings.join(", ");
    $("#profile-prior").value = prior.join(", ");
    if (findings.length === 0) return;
    try {
      status("Profiling…");
      this.answer = await gql(PROFILE, { findings, prior });
      this.render();
      $("#profile-tsv").disabled = false;
      status("");
    } catch (error) {
      $("#profile-out").replaceChildren();
      status(error.message, true);
    }
  }

  render() {
    const { resistanceProfile: rows, nextLineOptions: options } = this.answer;
    const evidenceButton = (title, evidence) =>
      evidence.length
        ? h(
            "button",
            { type: "button", onclick: () => showEvidence({ title, claims: claimsOf(evidence) }) },
            `${evidence.length} claim${evidence.length > 1 ? "s" : ""}`,
          )
        : "—";
    const rebiopsy = options.filter((o) => o.kind === "TISSUE_REBIOPSY");
    $("#profile-out").replaceChildren(
      ...rebiopsy.map((o) => h("p", { class: "advice" }, h("strong", {}, "Re-biopsy advised: "), o.rationale)),
      h("h2", {}, "Resistance profile"),
      h(
        "div",
        { class: "table-scroll" },
        h(
          "table",
          { class: "data", id: "profile-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Drug", "Activity", "How", "Evidence"].map((t) => h("th", { scope: "col" }, t)),
            ),
          ),
          h(
            "tbody",
            {},
            rows.map((r) =>
              h(
                "tr",
                { dataset: { drug: r.drug.name, activity: r.activity } },
                h("td", {}, r.drug.name),
                h("td", { class: "act" }, activityBadge(r.activity), r.inferred ? " inferred" : ""),
                h("td", {}, r.rationale),
                h("td", {}, evidenceButton(r.drug.name, r.evidence)),
              ),
            ),
          ),
        ),
      ),
      h("h2", {}, "Next-line options"),
      h(
        "div",
        { class: "table-scroll" },
        h(
          "table",
          { class: "data", id: "options-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["#", "Option", "Activity", "Why", "Trials", "Evidence"].map((t) => h("th", { scope: "col" }, t)),
            ),
          ),
          h(
            "tbody",
            {},
            options.map((o) =>
              h(
                "tr",
                { dataset: { rank: o.rank, kind: o.kind } },
                h("td", {}, o.rank),
                h("td", {}, o.name, o.caution ? h("div", {}, h("small", {}, `Caution: ${o.caution}`)) : null),
                h("td", { class: "act" }, activityBadge(o.activity)),
                h("td", {}, o.rationale),
                h(
                  "td",
                  {},
                  o.trials.map((t) =>
                    h(
                      "div",
                      {},
                      h(
                        "a",
                        { href: `/explore?focus=${encodeURIComponent(t.nctId)}` },
                        t.acronym ? `${t.acronym} (${t.nctId})` : t.nctId,
                      ),
                    ),
                  ),
                ),
                h("td", {}, evidenceButton(o.name, o.evidence)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  /** The profile and the options as one TSV (section column first). */
  tsv() {
    const field = (v) => (v === null || v === undefined ? "" : String(v).replace(/[\t\r\n]+/g, " "));
    const line = (values) => `${values.map(field).join("\t")}\n`;
    const sources = (evidence) => [...new Set(evidence.flatMap((c) => c.evidence.sources))].join(",");
    let text = line([
      "section",
      "rank",
      "drug_or_option",
      "activity",
      "inferred",
      "rationale",
      "caution",
      "trials",
      "sources",
    ]);
    for (const r of this.answer.resistanceProfile)
      text += line(["profile", "", r.drug.name, r.activity, r.inferred, r.rationale, "", "", sources(r.evidence)]);
    for (const o of this.answer.nextLineOptions)
      text += line([
        "option",
        o.rank,
        o.name,
        o.activity,
        "",
        o.rationale,
        o.caution,
        o.trials.map((t) => t.nctId).join(","),
        sources(o.evidence),
      ]);
    return text;
  }
}
