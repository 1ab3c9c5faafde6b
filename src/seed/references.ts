import { classForIc50, IC50_RULE_TEXT } from "../graph/ic50-rule.js";
import type { DataKind, Dataset, Regimen } from "./files.js";
import type { DataFile } from "./read.js";
import { claimKey } from "./rows.js";

type Problem = (
  kind: DataKind,
  index: number,
  field: string | number,
  message: string,
  sub?: (string | number)[],
) => void;

/** A regimen's id: its drug ids, then its drug classes (`SRC_INHIBITOR` → `src-inhibitor`), joined by +. */
export function regimenId(r: Pick<Regimen, "drugs" | "drugClasses">): string {
  return [...r.drugs, ...(r.drugClasses ?? []).map((c) => c.toLowerCase().replaceAll("_", "-"))].join("+");
}

/** Cross-file rules JSON Schema cannot state: unique ids, sorted records, resolvable references and sources. */
export function checkReferences(data: Dataset, files: Map<DataKind, DataFile>): string[] {
  const problems: string[] = [];
  const report: Problem = (kind, index, field, message, sub = []) => {
    const file = files.get(kind)!;
    problems.push(
      `${file.file}:${file.lineOf(["records", index, field, ...sub])}: records.${index}.${field} ${message}`,
    );
  };
  const ids = <T extends { id: string }>(kind: DataKind, records: T[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) report(kind, index, "id", `duplicates id "${record.id}"`);
      if (index > 0 && records[index - 1]!.id > record.id) {
        report(kind, index, "id", `"${record.id}" is out of order (records are sorted by id, in code-point order)`);
      }
      seen.add(record.id);
    });
    return seen;
  };
  const publications = ids("publications", data.publications);
  const pathways = ids("pathways", data.pathways);
  const genes = ids("genes", data.genes);
  const drugs = ids("drugs", data.drugs);
  const regimens = ids("regimens", data.regimens);
  const singles = ids("variants", data.variants);
  const compounds = ids("compound-mutations", data.compoundMutations);
  const mechanisms = ids("mechanisms", data.mechanisms);
  const trials = ids("trials", data.trials);
  const variants = new Set([...singles, ...compounds]);
  for (const id of compounds)
    if (singles.has(id)) problems.push(`data: "${id}" is both a variant and a compound mutation`);

  const must = (
    kind: DataKind,
    index: number,
    field: string,
    values: string[] | undefined,
    known: Set<string>,
    what: string,
  ): void => {
    (values ?? []).forEach((value, i) => {
      if (!known.has(value)) report(kind, index, field, `refers to unknown ${what} "${value}"`, [i]);
    });
  };
  const sources = (
    kind: DataKind,
    index: number,
    values: string[] | undefined,
    field = "sources",
    sub: (string | number)[] = [],
  ): void => {
    (values ?? []).forEach((value, i) => {
      const known = value.startsWith("NCT") ? trials.has(value) : publications.has(value);
      if (!known)
        report(
          kind,
          index,
          field,
          `cites "${value}", which is not in ${value.startsWith("NCT") ? "trials" : "publications"}.yaml`,
          [...sub, i],
        );
    });
  };

  const paperIds = new Map<string, string>();
  data.publications.forEach((p, i) => {
    const expected = p.pmid ? `PMID:${p.pmid}` : p.doi ? `DOI:${p.doi}` : undefined;
    if (expected !== p.id)
      report("publications", i, "id", `should be "${expected ?? "PMID:… or DOI:…"}" (PMID when known, else DOI)`);
    // One paper is one record: its PMID and its DOI may each appear on one publication only.
    for (const [field, value] of [
      ["pmid", p.pmid],
      ["doi", p.doi?.toLowerCase()],
    ] as const) {
      if (!value) continue;
      const owner = paperIds.get(`${field}:${value}`);
      if (owner && owner !== p.id)
        report("publications", i, field, `"${value}" is also on ${owner}: one paper is one record (merge them)`);
      else paperIds.set(`${field}:${value}`, p.id);
    }
  });
  data.genes.forEach((g, i) => must("genes", i, "pathways", g.pathways, pathways, "pathway"));
  data.drugs.forEach((d, i) =>
    (d.targets ?? []).forEach((t, j) => {
      if (!genes.has(t.gene)) report("drugs", i, "targets", `refers to unknown gene "${t.gene}"`, [j, "gene"]);
      sources("drugs", i, t.sources, "targets", [j, "sources"]);
    }),
  );
  data.regimens.forEach((r, i) => {
    must("regimens", i, "drugs", r.drugs, drugs, "drug");
    const id = regimenId(r);
    if (r.id !== id)
      report(
        "regimens",
        i,
        "id",
        `should be "${id}" (its drug ids${r.drugClasses ? ", then its drug classes in kebab case," : ""} joined by +)`,
      );
    if (!r.drugClasses?.length && r.drugs.length < 2)
      report("regimens", i, "drugs", "a combination of named drugs holds at least two (or name its drug classes)");
  });
  data.variants.forEach((v, i) => must("variants", i, "gene", [v.gene], genes, "gene"));
  data.compoundMutations.forEach((c, i) => {
    must("compound-mutations", i, "gene", [c.gene], genes, "gene");
    must("compound-mutations", i, "components", c.components, singles, "single variant");
  });
  data.mechanisms.forEach((m, i) => {
    must("mechanisms", i, "genes", m.genes, genes, "gene");
    must("mechanisms", i, "pathways", m.pathways, pathways, "pathway");
    must("mechanisms", i, "variants", m.variants, variants, "variant");
    sources("mechanisms", i, m.detection.sources, "detection", ["sources"]);
  });
  data.trials.forEach((t, i) => {
    t.arms.forEach((arm, j) =>
      arm.drugs.forEach(
        (d) => drugs.has(d) || report("trials", i, "arms", `refers to unknown drug "${d}"`, [j, "drugs"]),
      ),
    );
    must("trials", i, "publications", t.publications, publications, "publication");
    (t.addresses?.mechanisms ?? []).forEach(
      (m) =>
        mechanisms.has(m) || report("trials", i, "addresses", `refers to unknown mechanism "${m}"`, ["mechanisms"]),
    );
    (t.addresses?.variants ?? []).forEach(
      (v) => variants.has(v) || report("trials", i, "addresses", `refers to unknown variant "${v}"`, ["variants"]),
    );
  });
  const claimKeys = new Map<string, number>();
  data.activity.forEach((c, i) => {
    must("activity", i, "variant", [c.variant], variants, "variant");
    must("activity", i, "drug", [c.drug], drugs, "drug");
    sources("activity", i, c.sources);
    if (!c.sourceKind) report("activity", i, "sourceKind", "is required in data/ (PRIMARY, REVIEW or KNOWLEDGEBASE)");
    if (c.ic50nM !== undefined && classForIc50(c.ic50nM) !== c.activity)
      report(
        "activity",
        i,
        "activity",
        `${c.activity} contradicts its own ic50nM ${c.ic50nM}, which the rule (${IC50_RULE_TEXT}) makes ${classForIc50(c.ic50nM)}`,
      );
    const key = `${c.variant}>${c.drug}${claimKey(c)}`;
    const first = claimKeys.get(key);
    if (first !== undefined)
      report("activity", i, "sources", `repeats the claim of records.${first} (same ends, level, assay and sources)`);
    else claimKeys.set(key, i);
  });
  data.mechanismResistance.forEach((c, i) => {
    must("mechanism-resistance", i, "mechanism", [c.mechanism], mechanisms, "mechanism");
    must("mechanism-resistance", i, "drug", [c.drug], drugs, "drug");
    sources("mechanism-resistance", i, c.sources);
  });
  data.overcomes.forEach((c, i) => {
    if (!drugs.has(c.therapy) && !regimens.has(c.therapy))
      report("overcomes", i, "therapy", `refers to unknown drug or regimen "${c.therapy}"`);
    if (!mechanisms.has(c.target) && !variants.has(c.target))
      report("overcomes", i, "target", `refers to unknown mechanism or variant "${c.target}"`);
    sources("overcomes", i, c.sources);
    if (!c.sourceKind) report("overcomes", i, "sourceKind", "is required in data/ (PRIMARY, REVIEW or KNOWLEDGEBASE)");
  });
  checkOutcomes(data, { drugs, regimens, trials, mechanisms, sources, report, ids });
  return problems;
}

interface OutcomeChecks {
  drugs: Set<string>;
  regimens: Set<string>;
  trials: Set<string>;
  mechanisms: Set<string>;
  sources: (kind: DataKind, index: number, values: string[] | undefined) => void;
  report: Problem;
  ids: <T extends { id: string }>(kind: DataKind, records: T[]) => Set<string>;
}

/** Outcomes name a therapy, optionally a trial and one of its arms, prior drugs; testing statements cite sources. */
function checkOutcomes(
  data: Dataset,
  { drugs, regimens, trials, mechanisms, sources, report, ids }: OutcomeChecks,
): void {
  ids("outcomes", data.outcomes);
  ids("testing", data.testing);
  // Every node also carries Entity, whose id is unique across kinds.
  const taken = new Set<string>(
    [data.drugs, data.regimens, data.mechanisms, data.pathways, data.genes, data.variants, data.trials]
      .flat()
      .map((r) => r.id),
  );
  data.outcomes.forEach(
    (o, i) => taken.has(o.id) && report("outcomes", i, "id", `"${o.id}" is the id of another node`),
  );
  const outcomeIds = new Set(data.outcomes.map((o) => o.id));
  data.testing.forEach(
    (t, i) =>
      (taken.has(t.id) || outcomeIds.has(t.id)) && report("testing", i, "id", `"${t.id}" is the id of another node`),
  );
  const arms = new Map(data.trials.map((t) => [t.id, t.arms.map((a) => a.label)]));
  data.outcomes.forEach((o, i) => {
    if (!drugs.has(o.therapy) && !regimens.has(o.therapy))
      report("outcomes", i, "therapy", `refers to unknown drug or regimen "${o.therapy}"`);
    if (o.trial && !trials.has(o.trial)) report("outcomes", i, "trial", `refers to unknown trial "${o.trial}"`);
    if (o.arm && !o.trial) report("outcomes", i, "arm", "needs the trial it is an arm of");
    if (o.arm && o.trial && trials.has(o.trial) && !arms.get(o.trial)!.includes(o.arm))
      report("outcomes", i, "arm", `is not an arm label of ${o.trial} in trials.yaml: "${o.arm}"`);
    (o.population?.priorTherapies ?? []).forEach(
      (d, j) =>
        drugs.has(d) || report("outcomes", i, "population", `refers to unknown drug "${d}"`, ["priorTherapies", j]),
    );
    const numbers = [o.orrPercent, o.medianPfsMonths, o.intracranialOrrPercent].filter((n) => n !== undefined);
    if (numbers.length === 0 && !o.pfsNotReached)
      report(
        "outcomes",
        i,
        "id",
        "reports no result (orrPercent, medianPfsMonths, pfsNotReached, intracranialOrrPercent)",
      );
    (o.population?.mechanisms ?? []).forEach(
      (m, j) =>
        mechanisms.has(m) ||
        report("outcomes", i, "population", `refers to unknown mechanism "${m}"`, ["mechanisms", j]),
    );
    if (o.pfsNotReached && o.medianPfsMonths !== undefined)
      report("outcomes", i, "pfsNotReached", "contradicts medianPfsMonths (a median was reached)");
    sources("outcomes", i, o.sources);
  });
  data.testing.forEach((t, i) => sources("testing", i, t.sources));
}
