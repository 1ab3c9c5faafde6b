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
  "Outcome",
  "TestingAdvice",
  // Every node above also carries Entity: ids are unique across kinds, so a query that has only an id (paths,
  // neighbourhoods) finds the node through one index instead of scanning every node.
  "Entity",
  "Dataset",
  "AuditEvent",
] as const;
export type Label = (typeof LABELS)[number];

/**
 * The labels whose nodes a GraphQL object type of the same name describes (a compound mutation, labels Variant +
 * CompoundMutation, is a Variant). Order matters where a node has several: the first match names its type.
 */
export type NodeType = Exclude<Label, "CompoundMutation" | "Entity" | "Dataset" | "AuditEvent">;
const NOT_TYPES: readonly Label[] = ["CompoundMutation", "Entity", "Dataset", "AuditEvent"];
export const NODE_TYPES = LABELS.filter((label): label is NodeType => !NOT_TYPES.includes(label));

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
    type: "HAS_OUTCOME",
    from: ["ClinicalTrial"],
    to: ["Outcome"],
    claim: false,
    meaning: "the trial (an arm of it) reported the outcome",
  },
  {
    type: "OUTCOME_OF",
    from: ["Outcome"],
    to: ["Drug", "Regimen"],
    claim: false,
    meaning: "the outcome was reported for the therapy (the outcome node carries its sources)",
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

/**
 * Whether edges of these types join a pair of nodes at most once: a single structural type, whose rows (seed,
 * synthetic graph, curation) are keyed `TYPE:from>to` and merged on that key. A claim type holds one edge per
 * source and level, so a page of claims needs the edge key to order edges to the same node.
 */
export function onePerPair(types: readonly string[]): boolean {
  return types.length === 1 && RELATIONSHIPS.some((r) => r.type === types[0] && !r.claim);
}

const labelSet = new Set<string>(LABELS);
const relTypeSet = new Set<string>(RELATIONSHIPS.map((r) => r.type));

/**
 * The relationship type an activity claim (variant → drug) is stored as. The loader and curation write through
 * this, so a type's activities are known from the type: the translator drops a type that an `activity` filter
 * excludes (activityTypes).
 */
export function activityType(activity: string): "SENSITIVE_TO" | "CONFERS_RESISTANCE_TO" {
  return activity === "SENSITIVE" ? "SENSITIVE_TO" : "CONFERS_RESISTANCE_TO";
}

const ACTIVITIES = ["SENSITIVE", "INTERMEDIATE", "RESISTANT"] as const;

/** The activities a relationship type holds (none for a type that is not an activity claim's). */
export function activitiesOf(type: string): string[] {
  return ACTIVITIES.filter((activity) => activityType(activity) === type);
}

/** Of `types`, those an activity claim with one of `activities` can be stored as; other types pass unchanged. */
export function activityTypes<T extends string>(types: readonly T[], activities: readonly string[]): T[] {
  const wanted = new Set<string>(activities.map(activityType));
  return types.filter((type) => (type !== "SENSITIVE_TO" && type !== "CONFERS_RESISTANCE_TO") || wanted.has(type));
}

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

/**
 * Filters that follow a relationship, per label: fixed Cypher predicates on `n` whose only input is the parameter
 * `$where.<name>` (a "|key|" needle matched against the other end's `keysText`, or an enum value).
 */
export const RELATION_FILTERS: Partial<Record<Label, Record<string, string>>> = {
  Variant: {
    resistantTo: "EXISTS { (n)-[:CONFERS_RESISTANCE_TO]->(d:Drug) WHERE d.keysText CONTAINS $where.resistantTo }",
    sensitiveTo: "EXISTS { (n)-[:SENSITIVE_TO]->(d:Drug) WHERE d.keysText CONTAINS $where.sensitiveTo }",
    category: "EXISTS { (n)-[:MEDIATES]->(m:ResistanceMechanism) WHERE m.category = $where.category }",
  },
  ClinicalTrial: {
    drug: "EXISTS { (n)-[:TESTS]->(d:Drug) WHERE d.keysText CONTAINS $where.drug }",
    mechanism: "EXISTS { (n)-[:ADDRESSES]->(m:ResistanceMechanism) WHERE m.keysText CONTAINS $where.mechanism }",
  },
};

/** Properties a list may be sorted by (ascending, ties broken by id). */
export const SORT_PROPERTIES = ["id", "name"] as const;

/** The Cypher predicate of one filter: `n.p = $where.p` for a property, the fixed fragment for a relationship. */
export function filterPredicate(label: Label, filter: string): string {
  if ((FILTER_PROPERTIES[label] ?? []).includes(filter)) return `n.${filter} = $where.${filter}`;
  const related = RELATION_FILTERS[label]?.[filter];
  if (related) return related;
  throw new Error(`${label}.${filter} is not a filterable property`);
}

export function assertSortProperty(property: string): string {
  if (!(SORT_PROPERTIES as readonly string[]).includes(property)) throw new Error(`cannot sort by ${property}`);
  return property;
}
