import { BadInputError } from "../../errors/errors.js";
import { classForIc50, IC50_RULE_TEXT } from "../../graph/ic50-rule.js";
import type { Label } from "../../graph/model.js";
import type {
  ActivityClaim,
  CompoundMutation,
  Dataset,
  Mechanism,
  Publication,
  Trial,
  Variant,
} from "../../seed/files.js";
import type { DataKind } from "../../seed/files.js";
import { nodeRows, relRows } from "../../seed/rows.js";
import { definitionProblems, recordProblems } from "../../seed/validate.js";
import type { WritePlan } from "./curation.repository.js";

/** A GraphQL input as a plain record: nulls and absent fields dropped, as in a data file. */
export function plain<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)])) as T;
  }
  return value as T;
}

/** The record, checked against the data file's JSON Schema; BAD_USER_INPUT listing every problem otherwise. */
export function checkRecord<T>(kind: DataKind, input: unknown): T {
  const record = plain<T>(input);
  const problems = recordProblems(kind, record);
  if (problems.length > 0) throw new BadInputError(`invalid input: ${problems.join("; ")}`, { problems });
  return record;
}

export function checkSources(sources: string[]): string[] {
  const problems = definitionProblems("sources", sources);
  if (problems.length > 0) {
    throw new BadInputError(`invalid sources: ${problems.join("; ")}`, { argument: "sources", problems });
  }
  return sources;
}

/** An optional scalar argument checked against one definition of data/schema/defs.schema.json. */
export function checkDefinition(argument: string, definition: string, value: unknown): void {
  if (value === null || value === undefined) return;
  const problems = definitionProblems(definition, value);
  if (problems.length > 0) {
    throw new BadInputError(`invalid ${argument}: ${problems.join("; ")}`.replace(definition, argument), {
      argument,
      problems,
    });
  }
}

const EMPTY: Dataset = {
  version: "api",
  publications: [],
  pathways: [],
  genes: [],
  drugs: [],
  regimens: [],
  variants: [],
  compoundMutations: [],
  mechanisms: [],
  trials: [],
  activity: [],
  mechanismResistance: [],
  overcomes: [],
  outcomes: [],
  testing: [],
};

/**
 * The seed's own row builders turn a record into properties and relationships, so a record written through the
 * API is stored exactly as the same record in data/ would be (lookup keys, search text, claim keys).
 */
function nodePlan(operation: string, label: Label, data: Partial<Dataset>, id: string, sources: string[]): WritePlan {
  const dataset = { ...EMPTY, ...data };
  const row = nodeRows(dataset)
    .flatMap((group) => group.rows.map((r) => ({ ...r, compound: group.alsoLabel === "CompoundMutation" })))
    .find((r) => r.id === id)!;
  const rels = relRows(dataset).map((g) => ({ ...g, rows: g.rows.filter((r) => r.from === id || r.to === id) }));
  const subjects = [id, ...rels.flatMap((g) => g.rows.flatMap((r) => [r.from, r.to]))];
  return {
    operation,
    node: { label, id, props: row.props, compound: row.compound },
    rels,
    anchor: { label, id },
    entity: id,
    entityType: row.compound ? "CompoundMutation" : label,
    subjects,
    sources,
  };
}

export const publicationPlan = (p: Publication, sources: string[]) =>
  nodePlan("upsertPublication", "Publication", { publications: [p] }, p.id, sources);

export const trialPlan = (t: Trial, sources: string[]) =>
  nodePlan("upsertTrial", "ClinicalTrial", { trials: [t] }, t.id, sources);

export const variantPlan = (v: Variant, sources: string[]) =>
  nodePlan("upsertVariant", "Variant", { variants: [v] }, v.id, sources);

export const mechanismPlan = (m: Mechanism, sources: string[]) =>
  nodePlan("upsertMechanism", "ResistanceMechanism", { mechanisms: [m] }, m.id, sources);

/** `components` are the component variants as stored, so the compound is named from their names. */
export const compoundPlan = (c: CompoundMutation, components: Variant[], sources: string[]) =>
  nodePlan("upsertCompoundMutation", "Variant", { compoundMutations: [c], variants: components }, c.id, sources);

/** The loader's rule, for API writes too: a class that contradicts the claim's own IC50 is refused. */
export function checkIc50Class(claim: ActivityClaim): ActivityClaim {
  if (claim.ic50nM !== undefined && classForIc50(claim.ic50nM) !== claim.activity) {
    const expected = classForIc50(claim.ic50nM);
    throw new BadInputError(
      `invalid input: activity ${claim.activity} contradicts ic50nM ${claim.ic50nM}, which the rule (${IC50_RULE_TEXT}) makes ${expected}`,
      { argument: "activity", expected },
    );
  }
  return claim;
}

export function activityPlan(claim: ActivityClaim): WritePlan {
  const rels = relRows({ ...EMPTY, activity: [claim] }).filter((g) => g.rows.length > 0 && g.from === "Variant");
  const row = rels[0]!.rows[0]!;
  return {
    operation: "upsertActivityClaim",
    rels,
    anchor: { label: "Variant", id: claim.variant },
    entity: row.key,
    entityType: rels[0]!.type,
    subjects: [claim.variant, claim.drug],
    sources: claim.sources,
  };
}
