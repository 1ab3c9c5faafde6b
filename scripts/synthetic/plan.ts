import type { Label, RelType } from "../../src/graph/model.js";
import { keysText, nameKey, variantAliases } from "../../src/graph/normalize.js";
import type { NodeRows, RelRows } from "../../src/seed/rows.js";
import { random, type Random } from "./prng.js";

/**
 * The synthetic graph, as rows for the seed loader. Scale N adds N−1 "units" beside the curated graph; one unit is
 * about the curated graph's node count (≈270 nodes) with a realistic, evidence-heavy share of relationships
 * (≈1,400: 1,000 drug × variant activity claims). At 100×: ~10k variants, ~5k trials, ~100k evidence edges.
 * Each unit draws from its own seeded PRNG, so scale 10 is a subset of scale 100 and every run is identical.
 */
export const UNIT = {
  genes: 2,
  pathways: 1,
  drugs: 3,
  variants: 100,
  compounds: 10,
  mechanisms: 2,
  publications: 100,
  trials: 50,
  claimsPerVariant: 9,
  overcomes: 10,
} as const;

/** Curated nodes synthetic data links to (new evidence about existing drugs, genes and mechanisms). */
export interface Anchors {
  alkDrugs: string[];
  otherDrugs: string[];
  genes: string[];
  mechanisms: string[];
}

export interface Plan {
  nodes: NodeRows[];
  rels: RelRows[];
}

const AA = "ACDEFGHIKLMNPQRSTVWY";
const PHASES = ["PHASE1", "PHASE1_2", "PHASE2", "PHASE3"];
const STATUSES = ["RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED", "TERMINATED", "NOT_YET_RECRUITING"];
const CATEGORIES = ["BYPASS_SIGNALING", "DOWNSTREAM_REACTIVATION", "PHENOTYPIC_CHANGE", "OTHER"];
const CLASSES = ["ALK_TKI", "MET_INHIBITOR", "MEK_INHIBITOR", "SHP2_INHIBITOR", "OTHER"];

const origin = { origin: "synthetic" };

/** Everything unit `u` adds (ids start with `<prefix>u<u>-`, so a unit can be found and removed by prefix). */
export function unitPlan(prefix: string, u: number, anchors: Anchors, seed = 1): Plan {
  const r = random(seed * 100_003 + u);
  const id = (kind: string, k: number) => `${prefix}u${String(u).padStart(4, "0")}-${kind}-${k}`;
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  const genes = range(UNIT.genes).map((k) => id("gene", k));
  const pathway = id("pathway", 0);
  const drugs = range(UNIT.drugs).map((k) => id("drug", k));
  const pubs = range(UNIT.publications).map((k) => id("pub", k));
  const mechanisms = range(UNIT.mechanisms).map((k) => id("mech", k));
  const trials = range(UNIT.trials).map((k) => id("trial", k));
  // 70% of variants are ALK kinase-domain changes, as in the curated data; positions start at 10000 so no
  // synthetic name collides with a real one.
  const variants = range(UNIT.variants).map((k) => {
    const gene = r.chance(0.7) ? "ALK" : r.pick([...anchors.genes, ...genes]);
    const name = `${r.pick([...AA])}${10_000 + u * 100 + k}${r.pick([...AA])}`;
    return { id: id("var", k), gene, name };
  });
  const alkVariants = variants.filter((v) => v.gene === "ALK");
  const compounds = range(UNIT.compounds).map((k) => {
    const parts = r.sample(alkVariants.length >= 2 ? alkVariants : variants, 2);
    return { id: id("cmp", k), gene: parts[0].gene, name: parts.map((p) => p.name).join("+"), parts };
  });
  const sources = () => r.sample(pubs, r.int(1, 2));
  const evidence = () => ({
    evidenceLevel: r.chance(0.4) ? "CLINICAL" : "PRECLINICAL",
    sources: sources(),
    specimen: null,
    note: null,
    frequencyPercent: null,
    frequencyContext: null,
  });
  const nodes: NodeRows[] = [
    { label: "Gene", rows: genes.map((g) => node(g, { symbol: g, name: `Synthetic gene ${g}`, synonyms: [] }, g)) },
    { label: "Pathway", rows: [node(pathway, { name: `Synthetic pathway ${u}`, description: null }, pathway)] },
    {
      label: "Drug",
      rows: drugs.map((d) => {
        const drugClass = r.pick(CLASSES);
        const props = { name: d, synonyms: [], researchCodes: [], drugClass, approvalStatus: "INVESTIGATIONAL" };
        return node(d, { ...props, generation: drugClass === "ALK_TKI" ? r.int(1, 4) : null }, d);
      }),
    },
    { label: "Publication", rows: pubs.map((p) => publication(r, p)) },
    {
      label: "ResistanceMechanism",
      rows: mechanisms.map((m) => node(m, mechanism(r, m), m)),
    },
    { label: "ClinicalTrial", rows: trials.map((t) => trial(r, t)) },
    { label: "Variant", rows: variants.map((v) => variantNode(v.id, v.gene, v.name, "POINT_MUTATION")) },
    {
      label: "Variant",
      alsoLabel: "CompoundMutation",
      rows: compounds.map((c) => variantNode(c.id, c.gene, c.name, "COMPOUND")),
    },
  ];
  const allVariants = [...variants, ...compounds];
  const claimDrugs = [...anchors.alkDrugs, ...drugs];
  const activity = allVariants.flatMap((v) =>
    r.sample(claimDrugs, UNIT.claimsPerVariant).map((d) => {
      const a = r.next();
      const act = a < 0.5 ? "RESISTANT" : a < 0.7 ? "INTERMEDIATE" : "SENSITIVE";
      const props = { activity: act, ic50nM: r.int(1, 2000), assay: "Ba/F3 EML4-ALK", ...evidence() };
      return rel(act === "SENSITIVE" ? "SENSITIVE_TO" : "CONFERS_RESISTANCE_TO", v.id, d, props);
    }),
  );
  const targets = [...mechanisms, ...r.sample(allVariants, 10).map((v) => v.id)];
  const rels: RelRows[] = [
    group(
      "VARIANT_OF",
      "Variant",
      "Gene",
      allVariants.map((v) => rel("VARIANT_OF", v.id, v.gene, {})),
    ),
    group(
      "PARTICIPATES_IN",
      "Gene",
      "Pathway",
      genes.map((g) => rel("PARTICIPATES_IN", g, pathway, {})),
    ),
    group(
      "TARGETS",
      "Drug",
      "Gene",
      drugs.map((d) => rel("TARGETS", d, "ALK", evidence())),
    ),
    group(
      "HAS_COMPONENT",
      "CompoundMutation",
      "Variant",
      compounds.flatMap((c) => c.parts.map((p, i) => rel("HAS_COMPONENT", c.id, p.id, { position: i }))),
    ),
    group(
      "MEDIATES",
      "Variant",
      "ResistanceMechanism",
      r.sample(variants, 20).map((v) => rel("MEDIATES", v.id, r.pick(mechanisms), {})),
    ),
    group(
      "INVOLVES",
      "ResistanceMechanism",
      "Gene",
      mechanisms.map((m) => rel("INVOLVES", m, r.pick(genes), {})),
    ),
    group(
      "ACTS_THROUGH",
      "ResistanceMechanism",
      "Pathway",
      mechanisms.map((m) => rel("ACTS_THROUGH", m, pathway, {})),
    ),
    group(
      "CONFERS_RESISTANCE_TO",
      "ResistanceMechanism",
      "Drug",
      mechanisms.flatMap((m) =>
        r.sample(anchors.alkDrugs, 3).map((d) => rel("CONFERS_RESISTANCE_TO", m, d, evidence())),
      ),
    ),
    group(
      "CONFERS_RESISTANCE_TO",
      "Variant",
      "Drug",
      activity.filter((c) => c.type === "CONFERS_RESISTANCE_TO"),
    ),
    group(
      "SENSITIVE_TO",
      "Variant",
      "Drug",
      activity.filter((c) => c.type === "SENSITIVE_TO"),
    ),
    group(
      "TESTS",
      "ClinicalTrial",
      "Drug",
      trials.flatMap((t) =>
        r
          .sample([...anchors.alkDrugs, ...anchors.otherDrugs, ...drugs], 2)
          .map((d, armIndex) =>
            rel("TESTS", t, d, { arm: `Arm ${armIndex + 1}`, armIndex, evidenceLevel: "CLINICAL", sources: [t] }),
          ),
      ),
    ),
    group(
      "ADDRESSES",
      "ClinicalTrial",
      "Variant",
      trials
        .slice(0, 40)
        .map((t) => rel("ADDRESSES", t, r.pick(allVariants).id, { evidenceLevel: "CLINICAL", sources: [t] })),
    ),
    group(
      "ADDRESSES",
      "ClinicalTrial",
      "ResistanceMechanism",
      trials.slice(40).map((t) =>
        rel("ADDRESSES", t, r.pick([...mechanisms, ...anchors.mechanisms]), {
          evidenceLevel: "CLINICAL",
          sources: [t],
        }),
      ),
    ),
    group(
      "REPORTS",
      "Publication",
      "ClinicalTrial",
      trials.map((t, k) => rel("REPORTS", pubs[k], t, {})),
    ),
    group(
      "OVERCOMES",
      "Drug",
      "Variant",
      r
        .sample(targets.slice(mechanisms.length), UNIT.overcomes)
        .map((v) => rel("OVERCOMES", r.pick(drugs), v, evidence())),
    ),
  ];
  return { nodes, rels };
}

type Row = RelRows["rows"][number] & { type: RelType };

function rel(type: RelType, from: string, to: string, props: Record<string, unknown>): Row {
  return { type, from, to, key: `${type}:${from}>${to}|synthetic`, props: { ...origin, ...props } };
}

function group(type: RelType, from: Label, to: Label, rows: Row[]): RelRows {
  return { type, from, to, rows: rows.map(({ from: a, to: b, key, props }) => ({ from: a, to: b, key, props })) };
}

function node(id: string, props: Record<string, unknown>, name: string) {
  return { id, props: { ...origin, ...props, ...lookupKeys(nameKey(name), []), searchText: name } };
}

function variantNode(id: string, gene: string, name: string, kind: string) {
  const props = { gene, name, fullName: `${gene} ${name}`, kind, region: null, synonyms: [] };
  const keys = variantAliases(gene, [name]);
  return {
    id,
    props: { ...origin, ...props, ...lookupKeys(nameKey(`${gene}${name}`), keys), searchText: `${gene} ${name}` },
  };
}

function mechanism(r: Random, m: string): Record<string, unknown> {
  return {
    name: m,
    category: r.pick(CATEGORIES),
    description: null,
    synonyms: [],
    detectionMethods: ["TISSUE_NGS"],
    plasmaDetectable: r.pick(["YES", "LIMITED", "NO"]),
    detectionNote: null,
    detectionSources: [],
  };
}

function publication(r: Random, p: string) {
  const props = { pmid: null, doi: null, name: p, title: `Synthetic report ${p}`, firstAuthor: "Synthetic A" };
  return { id: p, props: { ...origin, ...props, journal: "Synthetic J", year: r.int(2010, 2025), searchText: p } };
}

function trial(r: Random, t: string) {
  const props = { nctId: t, acronym: null, name: t, title: `Synthetic trial ${t}`, armLabels: ["Arm 1", "Arm 2"] };
  const more = { phase: r.pick(PHASES), status: r.pick(STATUSES), setting: "synthetic" };
  return { id: t, props: { ...origin, ...props, ...more, ...lookupKeys(nameKey(t), []), searchText: t } };
}

/** Units `fromUnit`..scale−1 in one plan, rows of the same label (or type and end labels) in one group. */
export function plan(prefix: string, scale: number, anchors: Anchors, fromUnit = 1): Plan {
  const nodes = new Map<string, NodeRows>();
  const rels = new Map<string, RelRows>();
  for (let u = fromUnit; u < scale; u++) {
    const unit = unitPlan(prefix, u, anchors);
    for (const g of unit.nodes) merge(nodes, `${g.label}/${g.alsoLabel ?? ""}`, g);
    for (const g of unit.rels) merge(rels, `${g.type}/${g.from}/${g.to}`, g);
  }
  return { nodes: [...nodes.values()], rels: [...rels.values()] };
}

function merge<G extends { rows: unknown[] }>(groups: Map<string, G>, key: string, group: G): void {
  const existing = groups.get(key);
  if (existing) existing.rows.push(...group.rows);
  else groups.set(key, { ...group, rows: [...group.rows] });
}

/** The lookup properties the seed gives every named node (src/seed/rows.ts), so synthetic lookups use the indexes. */
function lookupKeys(key: string, aliases: string[]) {
  return { nameKey: key, aliasKeys: aliases, keysText: keysText([key, ...aliases]) };
}
