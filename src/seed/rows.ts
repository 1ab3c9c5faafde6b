import { activityType, type Label, type RelType } from "../graph/model.js";
import { keysText, nameKey, unique, variantAliases } from "../graph/normalize.js";
import type { ActivityClaim, Citation, Dataset, Evidence, Frequency } from "./files.js";

export interface NodeRows {
  label: Label;
  /** Extra label set on the same nodes (compound mutations are also Variants). */
  alsoLabel?: Label;
  rows: { id: string; props: Record<string, unknown> }[];
}

export interface RelRows {
  type: RelType;
  from: Label;
  to: Label;
  rows: { from: string; to: string; key: string; props: Record<string, unknown> }[];
}

/** Properties every lookup-able node gets: its exact-match keys and the text the full-text index reads. */
function names(name: string, aliases: string[], keyName = name): Record<string, unknown> {
  return {
    nameKey: nameKey(keyName),
    aliasKeys: unique(aliases.map(nameKey)).filter((k) => k !== nameKey(keyName)),
    searchText: unique(aliases).join(" | "),
  };
}

function evidence(e: Evidence & Frequency): Record<string, unknown> {
  return {
    evidenceLevel: e.level,
    sources: e.sources,
    specimen: e.specimen ?? null,
    note: e.note ?? null,
    frequencyPercent: e.frequencyPercent ?? null,
    frequencyContext: e.frequencyContext ?? null,
  };
}

/** Where in its source a claim stands (null when the record does not say). */
function citation(c: Citation): Record<string, unknown> {
  return { sourceKind: c.sourceKind ?? null, locator: c.locator ?? null, basis: c.basis ?? null };
}

/** A database extract's ids, flattened (relationship properties cannot be maps). */
function extract(c: ActivityClaim): Record<string, unknown> {
  return {
    extractDatabase: c.extract?.database ?? null,
    extractDocument: c.extract?.document ?? null,
    extractActivity: c.extract?.activity ?? null,
    extractVia: c.extract?.via ?? null,
  };
}

const origin = { origin: "data" };

export function nodeRows(data: Dataset): NodeRows[] {
  return entityRows(data).map((group) => ({
    ...group,
    rows: group.rows.map((row) => (typeof row.props.nameKey === "string" ? withKeysText(row) : row)),
  }));
}

/** Adds `keysText`: every lookup key of the node in one delimited string, so a TEXT index serves alias lookups. */
function withKeysText(row: NodeRows["rows"][number]): NodeRows["rows"][number] {
  const keys = [row.props.nameKey as string, ...((row.props.aliasKeys as string[] | undefined) ?? [])];
  return { ...row, props: { ...row.props, keysText: keysText(keys) } };
}

function entityRows(data: Dataset): NodeRows[] {
  const variantNames = new Map(data.variants.map((v) => [v.id, v.name]));
  return [...coreRows(data, variantNames), ...outcomeRows(data)];
}

const STEP_NAMES = {
  PLASMA_CTDNA: "Plasma ctDNA NGS",
  TISSUE_NGS: "Tissue biopsy NGS",
  TISSUE_HISTOLOGY: "Tissue histology",
};

/** Outcomes (named after their therapy, trial and subgroup) and testing statements: cited, read by the reasoning. */
function outcomeRows(data: Dataset): NodeRows[] {
  const therapyNames = new Map([...data.drugs, ...data.regimens].map((t) => [t.id, t.name]));
  const regimenIds = new Set(data.regimens.map((r) => r.id));
  const trialNames = new Map(data.trials.map((t) => [t.id, t.acronym ?? t.id]));
  const cited = (r: { sourceKind: string; sources: string[]; locator: string; basis: string }) => ({
    evidenceLevel: "CLINICAL",
    sourceKind: r.sourceKind,
    sources: r.sources,
    locator: r.locator,
    basis: r.basis,
  });
  return [
    {
      label: "Outcome",
      rows: data.outcomes.map((o) => {
        const p = o.population ?? {};
        const where = [o.trial ? trialNames.get(o.trial) : null, p.description ?? "all patients"].filter(Boolean);
        return {
          id: o.id,
          props: {
            ...origin,
            name: `${therapyNames.get(o.therapy) ?? o.therapy}: ${where.join(", ")}`,
            therapyId: o.therapy,
            therapyKind: regimenIds.has(o.therapy) ? "Regimen" : "Drug",
            trialId: o.trial ?? null,
            arm: o.arm ?? null,
            line: p.line ?? null,
            priorTherapies: p.priorTherapies ?? null,
            priorGeneration: p.priorGeneration ?? null,
            alkMutation: p.alkMutation ?? null,
            specimen: p.specimen ?? null,
            mechanisms: p.mechanisms ?? null,
            population: p.description ?? null,
            patients: o.patients ?? null,
            orrPercent: o.orrPercent ?? null,
            medianPfsMonths: o.medianPfsMonths ?? null,
            pfsNotReached: o.pfsNotReached ?? false,
            intracranialOrrPercent: o.intracranialOrrPercent ?? null,
            ...cited(o),
          },
        };
      }),
    },
    {
      label: "TestingAdvice",
      rows: data.testing.map((t) => ({
        id: t.id,
        props: {
          ...origin,
          name: `${STEP_NAMES[t.step]}: ${t.when}`,
          step: t.step,
          when: t.when,
          statement: t.statement,
          ...cited(t),
        },
      })),
    },
  ];
}

function coreRows(data: Dataset, variantNames: Map<string, string>): NodeRows[] {
  return [
    {
      label: "Publication",
      rows: data.publications.map((p) => ({
        id: p.id,
        props: {
          ...origin,
          pmid: p.pmid ?? null,
          doi: p.doi ?? null,
          name: p.title,
          title: p.title,
          firstAuthor: p.firstAuthor,
          journal: p.journal,
          year: p.year,
          titleRead: p.titleRead ?? true,
          searchText: [p.firstAuthor, p.journal, p.pmid, p.doi].filter(Boolean).join(" | "),
        },
      })),
    },
    {
      label: "Pathway",
      rows: data.pathways.map((p) => ({
        id: p.id,
        props: { ...origin, name: p.name, description: p.description ?? null, ...names(p.name, [p.id]) },
      })),
    },
    {
      label: "Gene",
      rows: data.genes.map((g) => ({
        id: g.id,
        props: {
          ...origin,
          symbol: g.id,
          name: g.name,
          synonyms: g.synonyms ?? [],
          ...names(g.id, [g.name, ...(g.synonyms ?? [])]),
        },
      })),
    },
    {
      label: "Drug",
      rows: data.drugs.map((d) => ({
        id: d.id,
        props: {
          ...origin,
          name: d.name,
          synonyms: d.synonyms ?? [],
          researchCodes: d.researchCodes ?? [],
          drugClass: d.drugClass,
          generation: d.generation ?? null,
          approvalStatus: d.approvalStatus,
          ...names(d.name, [d.id, ...(d.synonyms ?? []), ...(d.researchCodes ?? [])]),
        },
      })),
    },
    {
      label: "Regimen",
      rows: data.regimens.map((r) => ({
        id: r.id,
        props: { ...origin, name: r.name, drugClasses: r.drugClasses ?? [], ...names(r.name, [r.id]) },
      })),
    },
    {
      label: "Variant",
      rows: data.variants.map((v) => ({
        id: v.id,
        props: {
          ...origin,
          gene: v.gene,
          name: v.name,
          fullName: `${v.gene} ${v.name}`,
          kind: v.kind,
          region: v.region ?? null,
          synonyms: v.synonyms ?? [],
          nameKey: nameKey(`${v.gene}${v.name}`),
          aliasKeys: variantAliases(v.gene, [v.name, ...(v.synonyms ?? [])]),
          searchText: unique([`${v.gene} ${v.name}`, ...(v.synonyms ?? [])]).join(" | "),
        },
      })),
    },
    {
      label: "Variant",
      alsoLabel: "CompoundMutation",
      rows: data.compoundMutations.map((c) => {
        const name = c.components.map((id) => variantNames.get(id) ?? id).join("+");
        return {
          id: c.id,
          props: {
            ...origin,
            gene: c.gene,
            name,
            fullName: `${c.gene} ${name}`,
            kind: "COMPOUND",
            region: null,
            synonyms: c.synonyms ?? [],
            nameKey: nameKey(name),
            aliasKeys: variantAliases(c.gene, [name, ...(c.synonyms ?? [])]),
            searchText: unique([`${c.gene} ${name}`, ...(c.synonyms ?? [])]).join(" | "),
          },
        };
      }),
    },
    {
      label: "ResistanceMechanism",
      rows: data.mechanisms.map((m) => ({
        id: m.id,
        props: {
          ...origin,
          name: m.name,
          category: m.category,
          description: m.description ?? null,
          synonyms: m.synonyms ?? [],
          detectionMethods: m.detection.methods,
          plasmaDetectable: m.detection.plasmaDetectable,
          detectionNote: m.detection.note ?? null,
          detectionSources: m.detection.sources ?? [],
          ...names(m.name, [m.id, ...(m.synonyms ?? [])]),
        },
      })),
    },
    {
      label: "ClinicalTrial",
      rows: data.trials.map((t) => ({
        id: t.id,
        props: {
          ...origin,
          nctId: t.id,
          acronym: t.acronym ?? null,
          name: t.acronym ?? t.id,
          title: t.title,
          phase: t.phase,
          status: t.status,
          setting: t.setting,
          armLabels: t.arms.map((a) => a.label),
          ...names(t.acronym ?? t.id, [t.id, t.title, ...(t.acronym ? [t.acronym] : [])]),
        },
      })),
    },
  ];
}

type Row = RelRows["rows"][number];

function rel(type: RelType, from: string, to: string, props: Record<string, unknown>, discriminator = ""): Row {
  return { from, to, key: `${type}:${from}>${to}${discriminator}`, props: { ...origin, ...props } };
}

/**
 * A claim's key: one edge per (ends, level, assay, sources[, extract activity id]), so clinical and preclinical
 * evidence, and claims of different sources (or different measurements of one source), stay apart.
 */
export function claimKey(e: Evidence & { assay?: string; extract?: ActivityClaim["extract"] }): string {
  const measurement = e.extract?.activity ? `|${e.extract.activity}` : "";
  return `|${e.level}|${e.assay ?? ""}|${e.sources.join(",")}${measurement}`;
}

export function relRows(data: Dataset): RelRows[] {
  // Typed as RelRows so each group's literal type/label strings are checked against the graph model.
  const mechanisms = new Set(data.mechanisms.map((m) => m.id));
  const regimens = new Set(data.regimens.map((r) => r.id));
  const trialEvidence = (nct: string) => ({ evidenceLevel: "CLINICAL", sources: [nct] });
  /** ADDRESSES rests on the registry record itself: where in it, and what it shows. */
  const addressEvidence = (t: (typeof data.trials)[number]) => ({
    ...trialEvidence(t.id),
    locator: t.addresses?.locator ?? null,
    basis: t.addresses?.basis ?? null,
  });
  const byActivity = (wanted: (a: string) => boolean) =>
    data.activity
      .filter((c) => wanted(c.activity))
      .map((c) =>
        rel(
          activityType(c.activity),
          c.variant,
          c.drug,
          {
            activity: c.activity,
            ic50nM: c.ic50nM ?? null,
            assay: c.assay ?? null,
            ...evidence(c),
            ...citation(c),
            ...extract(c),
          },
          claimKey(c),
        ),
      );
  const overcomes = (fromRegimen: boolean, toMechanism: boolean) =>
    data.overcomes
      .filter((c) => regimens.has(c.therapy) === fromRegimen && mechanisms.has(c.target) === toMechanism)
      .map((c) => rel("OVERCOMES", c.therapy, c.target, { ...evidence(c), ...citation(c) }, claimKey(c)));
  return [
    {
      type: "PARTICIPATES_IN",
      from: "Gene",
      to: "Pathway",
      rows: data.genes.flatMap((g) => (g.pathways ?? []).map((p) => rel("PARTICIPATES_IN", g.id, p, {}))),
    },
    {
      type: "TARGETS",
      from: "Drug",
      to: "Gene",
      rows: data.drugs.flatMap((d) =>
        (d.targets ?? []).map((t) => rel("TARGETS", d.id, t.gene, evidence(t), claimKey(t))),
      ),
    },
    {
      type: "INCLUDES",
      from: "Regimen",
      to: "Drug",
      rows: data.regimens.flatMap((r) => r.drugs.map((d) => rel("INCLUDES", r.id, d, {}))),
    },
    {
      type: "VARIANT_OF",
      from: "Variant",
      to: "Gene",
      rows: [...data.variants, ...data.compoundMutations].map((v) => rel("VARIANT_OF", v.id, v.gene, {})),
    },
    {
      type: "HAS_COMPONENT",
      from: "CompoundMutation",
      to: "Variant",
      rows: data.compoundMutations.flatMap((c) =>
        c.components.map((v, i) => rel("HAS_COMPONENT", c.id, v, { position: i })),
      ),
    },
    {
      type: "MEDIATES",
      from: "Variant",
      to: "ResistanceMechanism",
      rows: data.mechanisms.flatMap((m) => (m.variants ?? []).map((v) => rel("MEDIATES", v, m.id, {}))),
    },
    {
      type: "INVOLVES",
      from: "ResistanceMechanism",
      to: "Gene",
      rows: data.mechanisms.flatMap((m) => (m.genes ?? []).map((g) => rel("INVOLVES", m.id, g, {}))),
    },
    {
      type: "ACTS_THROUGH",
      from: "ResistanceMechanism",
      to: "Pathway",
      rows: data.mechanisms.flatMap((m) => (m.pathways ?? []).map((p) => rel("ACTS_THROUGH", m.id, p, {}))),
    },
    {
      type: "TESTS",
      from: "ClinicalTrial",
      to: "Drug",
      rows: data.trials.flatMap((t) =>
        t.arms.flatMap((arm, armIndex) =>
          arm.drugs.map((d) =>
            rel("TESTS", t.id, d, { arm: arm.label, armIndex, ...trialEvidence(t.id) }, `|${armIndex}`),
          ),
        ),
      ),
    },
    {
      type: "ADDRESSES",
      from: "ClinicalTrial",
      to: "ResistanceMechanism",
      rows: data.trials.flatMap((t) =>
        (t.addresses?.mechanisms ?? []).map((m) => rel("ADDRESSES", t.id, m, addressEvidence(t))),
      ),
    },
    {
      type: "ADDRESSES",
      from: "ClinicalTrial",
      to: "Variant",
      rows: data.trials.flatMap((t) =>
        (t.addresses?.variants ?? []).map((v) => rel("ADDRESSES", t.id, v, addressEvidence(t))),
      ),
    },
    {
      type: "REPORTS",
      from: "Publication",
      to: "ClinicalTrial",
      rows: data.trials.flatMap((t) => (t.publications ?? []).map((p) => rel("REPORTS", p, t.id, {}))),
    },
    {
      type: "CONFERS_RESISTANCE_TO",
      from: "Variant",
      to: "Drug",
      rows: byActivity((a) => activityType(a) === "CONFERS_RESISTANCE_TO"),
    },
    { type: "SENSITIVE_TO", from: "Variant", to: "Drug", rows: byActivity((a) => activityType(a) === "SENSITIVE_TO") },
    {
      type: "CONFERS_RESISTANCE_TO",
      from: "ResistanceMechanism",
      to: "Drug",
      rows: data.mechanismResistance.map((c) =>
        rel("CONFERS_RESISTANCE_TO", c.mechanism, c.drug, { ...evidence(c), ...citation(c) }, claimKey(c)),
      ),
    },
    { type: "OVERCOMES", from: "Drug", to: "ResistanceMechanism", rows: overcomes(false, true) },
    { type: "OVERCOMES", from: "Drug", to: "Variant", rows: overcomes(false, false) },
    { type: "OVERCOMES", from: "Regimen", to: "ResistanceMechanism", rows: overcomes(true, true) },
    { type: "OVERCOMES", from: "Regimen", to: "Variant", rows: overcomes(true, false) },
    {
      type: "HAS_OUTCOME",
      from: "ClinicalTrial",
      to: "Outcome",
      rows: data.outcomes.flatMap((o) => (o.trial ? [rel("HAS_OUTCOME", o.trial, o.id, { arm: o.arm ?? null })] : [])),
    },
    {
      type: "OUTCOME_OF",
      from: "Outcome",
      to: "Drug",
      rows: data.outcomes.filter((o) => !regimens.has(o.therapy)).map((o) => rel("OUTCOME_OF", o.id, o.therapy, {})),
    },
    {
      type: "OUTCOME_OF",
      from: "Outcome",
      to: "Regimen",
      rows: data.outcomes.filter((o) => regimens.has(o.therapy)).map((o) => rel("OUTCOME_OF", o.id, o.therapy, {})),
    },
  ];
}
