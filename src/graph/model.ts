/**
 * The graph model as data: every node label and relationship type the server may put into Cypher. Labels and
 * types cannot be query parameters, so this list is the allow-list that `cypherTemplate` checks against.
 * `schema/graph-model.md` documents the same table; a unit test keeps the two in step.
 */
export const LABELS = [
  "Drug",
  "Regimen",
  "Gene",
  "Variant",
  "CompoundMutation",
  "ResistanceMechanism",
  "Pathway",
  "ClinicalTrial",
  "Publication",
  "Dataset",
  "AuditEvent",
] as const;
export type Label = (typeof LABELS)[number];

export interface RelationshipSpec {
  type: string;
  from: Label[];
  to: Label[];
  /** A claim carries evidence (level + sources); a structural edge does not need to. */
  claim: boolean;
  meaning: string;
}

export const RELATIONSHIPS = [
  { type: "TARGETS", from: ["Drug"], to: ["Gene"], claim: true, meaning: "the drug inhibits the gene's product" },
  { type: "VARIANT_OF", from: ["Variant"], to: ["Gene"], claim: false, meaning: "the alteration is in the gene" },
  {
    type: "HAS_COMPONENT",
    from: ["CompoundMutation"],
    to: ["Variant"],
    claim: false,
    meaning: "the compound mutation contains the single variant",
  },
  {
    type: "CONFERS_RESISTANCE_TO",
    from: ["Variant", "ResistanceMechanism"],
    to: ["Drug"],
    claim: true,
    meaning:
      "resistant (or intermediate) activity of the drug against the variant; a mechanism observed at resistance to the drug",
  },
  {
    type: "SENSITIVE_TO",
    from: ["Variant"],
    to: ["Drug"],
    claim: true,
    meaning: "the drug stays active against the variant",
  },
  {
    type: "MEDIATES",
    from: ["Variant"],
    to: ["ResistanceMechanism"],
    claim: false,
    meaning: "the alteration is an instance of the mechanism",
  },
  {
    type: "INVOLVES",
    from: ["ResistanceMechanism"],
    to: ["Gene"],
    claim: false,
    meaning: "the mechanism involves the gene",
  },
  {
    type: "ACTS_THROUGH",
    from: ["ResistanceMechanism"],
    to: ["Pathway"],
    claim: false,
    meaning: "the mechanism signals through the pathway",
  },
  { type: "PARTICIPATES_IN", from: ["Gene"], to: ["Pathway"], claim: false, meaning: "the gene is a pathway member" },
  { type: "INCLUDES", from: ["Regimen"], to: ["Drug"], claim: false, meaning: "the combination includes the drug" },
  {
    type: "OVERCOMES",
    from: ["Drug", "Regimen"],
    to: ["ResistanceMechanism", "Variant"],
    claim: true,
    meaning: "the therapy is reported active despite the mechanism or variant",
  },
  {
    type: "TESTS",
    from: ["ClinicalTrial"],
    to: ["Drug"],
    claim: true,
    meaning: "an arm of the trial gives the drug (the trial registry record is the source)",
  },
  {
    type: "ADDRESSES",
    from: ["ClinicalTrial"],
    to: ["ResistanceMechanism", "Variant"],
    claim: true,
    meaning: "the trial tests a way to overcome the mechanism or variant",
  },
  {
    type: "REPORTS",
    from: ["Publication"],
    to: ["ClinicalTrial"],
    claim: false,
    meaning: "the paper reports results of the trial",
  },
  {
    type: "CHANGED",
    from: ["AuditEvent"],
    to: ["Drug", "Regimen", "Variant", "ResistanceMechanism", "ClinicalTrial", "Publication"],
    claim: false,
    meaning: "the audited API write changed this node (or a claim from it)",
  },
] as const satisfies readonly RelationshipSpec[];

export type RelType = (typeof RELATIONSHIPS)[number]["type"];

const labelSet = new Set<string>(LABELS);
const relTypeSet = new Set<string>(RELATIONSHIPS.map((r) => r.type));

export function assertLabel(value: string): Label {
  if (!labelSet.has(value)) throw new Error(`label not in the graph model: ${JSON.stringify(value)}`);
  return value as Label;
}

export function assertRelType(value: string): RelType {
  if (!relTypeSet.has(value)) throw new Error(`relationship type not in the graph model: ${JSON.stringify(value)}`);
  return value as RelType;
}

/**
 * Properties that entity lists filter on by exact match, per label: the only property names that are ever written
 * into Cypher text (src/db/cypher.ts renders them; values still travel as parameters).
 */
export const FILTER_PROPERTIES: Partial<Record<Label, readonly string[]>> = {
  Drug: ["generation", "drugClass", "approvalStatus"],
  Variant: ["gene", "kind"],
  ClinicalTrial: ["phase", "status"],
  ResistanceMechanism: ["category"],
};

export function assertFilterProperty(label: Label, property: string): string {
  if (!(FILTER_PROPERTIES[label] ?? []).includes(property)) {
    throw new Error(`${label}.${property} is not a filterable property`);
  }
  return property;
}
