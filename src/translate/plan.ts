import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
} from "graphql";
import type { Label } from "../graph/model.js";
import type { EdgeSpec } from "../modules/shared/loaders.js";
import { COMPUTED, EVIDENCE_PROPERTIES, NODE_EVIDENCE, SUBQUERY_FIELDS } from "./computed.js";
import { RELATIONSHIP_MAP, type RelationshipField } from "./relationship-map.js";
import { subFields, type FieldsByKey, type SelectionScope } from "./selection.js";

// The plan: what one root field asks, as data. Built once per query shape (translate-read.ts caches it with its
// Cypher); argument values are not in it, only where to read them (ArgRef), so one plan serves every request.

/** Where a field's arguments are read at request time (getArgumentValues with the request's variables). */
export interface ArgRef {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** A plain object's fields, re-keyed by response key (Detection, CategoryCount, SourceExtract, PageInfo). */
export interface ObjectPlan {
  fields: { key: string; name: string; sub: ObjectPlan | null }[];
}

export interface EvidencePlan extends ObjectPlan {
  publications: SubPlan[];
  trials: SubPlan[];
}

/** A node projection below its own subquery: `id` names its column in the projected map. */
export interface SubPlan {
  key: string;
  id: string;
  plan: NodePlan;
}

export interface NodePlan {
  type: string;
  /** Stored properties to project: those asked, those computed fields read, and `id` where the result needs it. */
  properties: string[];
  fields: FieldPlan[];
  /** The node sits where GraphQL expects a union (Therapy, Entity…): its labels decide its type (typeNameOf). */
  labels: boolean;
}

/** What the result step needs of a node beyond the fields asked: its labels, its id (to drop repeated nodes). */
export interface NodeNeeds {
  labels?: boolean;
  id?: boolean;
}

export type FieldPlan =
  | { kind: "property"; key: string; name: string }
  | { kind: "computed"; key: string; name: string; sub: ObjectPlan | null }
  | { kind: "evidence"; key: string; plan: EvidencePlan }
  | { kind: "relation"; key: string; id: string; map: RelationshipField; args: ArgRef; branches: BranchPlan[] }
  | { kind: "categoryCounts"; key: string; id: string; sub: ObjectPlan }
  | { kind: "arms"; key: string; arms: ArmsPlan }
  | { kind: "outcomeTherapy"; key: string; drug: SubPlan; regimen: SubPlan }
  | { kind: "outcomeTrial"; key: string; trial: SubPlan };

export interface ArmsPlan {
  /** Column of the trial's TESTS edges ({ armIndex, node }) and HAS_OUTCOME edges ({ arm, node }). */
  drugsId: string;
  outcomesId: string;
  fields: ({ key: string; kind: "label" } | { key: string; kind: "drugs" | "outcomes"; plan: NodePlan })[];
  drugPlans: NodePlan[];
  outcomePlans: NodePlan[];
}

/** One edge kind of a relationship field: the node at its other end, or a claim over it. */
export interface BranchPlan {
  spec: EdgeSpec;
  node?: NodePlan;
  claim?: ClaimPlan;
  /** Set when the item is the other end alone (otherEnd): decided once here, read per row by cypher.ts and result.ts. */
  end: OtherEnd | null;
}

export interface OtherEnd {
  plans: NodePlan[];
  scalar: string | null;
}

export type ClaimFieldPlan =
  | { key: string; kind: "parent" | "other"; plan: NodePlan }
  | { key: string; kind: "evidence"; plan: EvidencePlan }
  | { key: string; kind: "leaf"; name: string };

export interface ClaimPlan {
  fields: ClaimFieldPlan[];
}

export interface ConnectionPlan {
  fields: (
    | { key: string; kind: "totalCount" }
    | { key: string; kind: "pageInfo"; sub: ObjectPlan }
    | {
        key: string;
        kind: "edges";
        fields: ({ key: string; kind: "cursor" } | { key: string; kind: "node"; plan: NodePlan })[];
      }
  )[];
  /** Every node plan under `edges { node }`, projected together on one node variable. */
  nodePlans: NodePlan[];
}

export interface SearchPlan {
  fields: (
    { key: string; kind: "score" | "kind" } | { key: string; kind: "entity"; plans: Record<string, NodePlan> }
  )[];
  /** Every node plan under `entity`, one per concrete type, projected together on the hit's node. */
  nodePlans: NodePlan[];
}

/** Thrown while planning when a field has no mapping; schema-check.ts makes sure this never happens at request time. */
export class UnmappedFieldError extends Error {
  override name = "UnmappedFieldError";
}

export class Planner {
  private next = 0;

  constructor(private readonly scope: SelectionScope) {}

  /** A fresh column name for a subquery's result in a projected map. */
  id(): string {
    return `_${this.next++}`;
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.scope.schema.getType(name);
    if (!isObjectType(type)) throw new UnmappedFieldError(`no object type ${name}`);
    return type;
  }

  /**
   * The plan of a node of concrete type `type` for the merged field nodes that select it. Only what is asked is
   * projected: every property and label read costs the database and the wire on every node of a nested list.
   */
  node(type: string, nodes: readonly FieldNode[], needs: NodeNeeds = {}): NodePlan {
    const objectType = this.objectType(type);
    const fields = subFields(this.scope, objectType, nodes);
    const plan: NodePlan = { type, properties: [], fields: [], labels: needs.labels === true };
    const properties = new Set<string>(needs.id ? ["id"] : []);
    for (const [key, fieldNodes] of fields) {
      const name = fieldNodes[0]!.name.value;
      if (name === "__typename") continue;
      const field = objectType.getFields()[name];
      if (!field) throw new UnmappedFieldError(`${type}.${name} is not a field`);
      plan.fields.push(this.nodeField(type, key, field, fieldNodes, properties));
    }
    plan.properties = [...properties];
    return plan;
  }

  private nodeField(
    type: string,
    key: string,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    properties: Set<string>,
  ): FieldPlan {
    const path = `${type}.${field.name}`;
    const relation = RELATIONSHIP_MAP[path];
    if (relation) {
      const args = { field, node: nodes[0]! };
      const branches = relation.edges.map((spec) => this.branch(type, spec, relation, field, nodes));
      return { kind: "relation", key, id: this.id(), map: relation, args, branches };
    }
    const computed = COMPUTED[path];
    if (computed) {
      for (const p of computed.properties) properties.add(p);
      const named = getNamedType(field.type);
      const sub = isObjectType(named) ? this.object(named, nodes) : null;
      return { kind: "computed", key, name: path, sub };
    }
    if (NODE_EVIDENCE.has(path)) {
      for (const p of EVIDENCE_PROPERTIES) properties.add(p);
      return { kind: "evidence", key, plan: this.evidence(nodes) };
    }
    if (SUBQUERY_FIELDS.has(path)) return this.subqueryField(path, key, field, nodes, properties);
    if (isLeafType(getNamedType(field.type))) {
      properties.add(field.name);
      return { kind: "property", key, name: field.name };
    }
    throw new UnmappedFieldError(`${path} has no relationship mapping and is not a stored property`);
  }

  private subqueryField(
    path: string,
    key: string,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    properties: Set<string>,
  ): FieldPlan {
    switch (path) {
      case "Drug.mechanismCategoryCounts":
        return {
          kind: "categoryCounts",
          key,
          id: this.id(),
          sub: this.object(this.objectType("CategoryCount"), nodes),
        };
      case "Outcome.therapy":
        return {
          kind: "outcomeTherapy",
          key,
          drug: { key, id: this.id(), plan: this.node("Drug", nodes, { labels: abstract(field) }) },
          regimen: { key, id: this.id(), plan: this.node("Regimen", nodes, { labels: abstract(field) }) },
        };
      case "Outcome.trial":
        return { kind: "outcomeTrial", key, trial: { key, id: this.id(), plan: this.node("ClinicalTrial", nodes) } };
      case "ClinicalTrial.arms":
        properties.add("armLabels");
        return { kind: "arms", key, arms: this.arms(nodes) };
      default:
        throw new UnmappedFieldError(`${path} (${field.name}) has no subquery`);
    }
  }

  private arms(nodes: FieldNode[]): ArmsPlan {
    const arms: ArmsPlan = { drugsId: this.id(), outcomesId: this.id(), fields: [], drugPlans: [], outcomePlans: [] };
    for (const [key, fieldNodes] of subFields(this.scope, this.objectType("TrialArm"), nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === "label") arms.fields.push({ key, kind: "label" });
      else if (name === "drugs" || name === "outcomes") {
        const plan = this.node(name === "drugs" ? "Drug" : "Outcome", fieldNodes);
        (name === "drugs" ? arms.drugPlans : arms.outcomePlans).push(plan);
        arms.fields.push({ key, kind: name, plan });
      } else if (name !== "__typename") throw new UnmappedFieldError(`TrialArm.${name} has no mapping`);
    }
    return arms;
  }

  private branch(
    parentType: string,
    spec: EdgeSpec,
    relation: RelationshipField,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
  ): BranchPlan {
    // Repeated nodes of a `unique` relationship field are dropped by id (result.ts).
    if (!relation.claim) {
      const node = this.node(spec.to, nodes, { labels: abstract(field), id: relation.unique });
      return { spec, node, end: otherEnd([node], relation) };
    }
    const { type, parent, other } = relation.claim;
    const claim: ClaimPlan = { fields: [] };
    const claimType = this.objectType(type);
    for (const [key, fieldNodes] of subFields(this.scope, claimType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === "__typename") continue;
      const labels = abstract(claimType.getFields()[name]);
      if (name === parent)
        claim.fields.push({ key, kind: "parent", plan: this.node(parentType, fieldNodes, { labels }) });
      else if (name === other)
        claim.fields.push({ key, kind: "other", plan: this.node(spec.to, fieldNodes, { labels }) });
      else if (name === "evidence") claim.fields.push({ key, kind: "evidence", plan: this.evidence(fieldNodes) });
      else if (claimType.getFields()[name] && isLeafType(getNamedType(claimType.getFields()[name]!.type)))
        claim.fields.push({ key, kind: "leaf", name });
      else throw new UnmappedFieldError(`${type}.${name} has no mapping`);
    }
    return { spec, claim, end: otherEnd(otherEndOnly(claim), relation) };
  }

  /** Evidence: plain fields and `extract` from the claim's properties; papers and trials by the ids in `sources`. */
  evidence(nodes: readonly FieldNode[]): EvidencePlan {
    const type = this.objectType("Evidence");
    const plan: EvidencePlan = { fields: [], publications: [], trials: [] };
    for (const [key, fieldNodes] of subFields(this.scope, type, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === "publications")
        plan.publications.push({ key, id: this.id(), plan: this.node("Publication", fieldNodes) });
      else if (name === "trials")
        plan.trials.push({ key, id: this.id(), plan: this.node("ClinicalTrial", fieldNodes) });
      else if (name === "extract")
        plan.fields.push({ key, name, sub: this.object(this.objectType("SourceExtract"), fieldNodes) });
      else if (name !== "__typename") plan.fields.push({ key, name, sub: null });
    }
    return plan;
  }

  /** A plain object whose fields are all leaves (or plain objects): re-keyed, no database work. */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[]): ObjectPlan {
    const plan: ObjectPlan = { fields: [] };
    for (const [key, fieldNodes] of subFields(this.scope, type, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === "__typename") continue;
      const field = type.getFields()[name];
      if (!field) throw new UnmappedFieldError(`${type.name}.${name} is not a field`);
      const named = getNamedType(field.type);
      if (isLeafType(named)) plan.fields.push({ key, name, sub: null });
      else if (isObjectType(named)) plan.fields.push({ key, name, sub: this.object(named, fieldNodes) });
      else throw new UnmappedFieldError(`${type.name}.${name} has no mapping`);
    }
    return plan;
  }

  /** A search hit: its score, its kind, and the entity with the fields asked of each concrete type. */
  search(nodes: readonly FieldNode[], entityTypes: readonly string[]): SearchPlan {
    const plan: SearchPlan = { fields: [], nodePlans: [] };
    for (const [key, fieldNodes] of subFields(this.scope, this.objectType("SearchHit"), nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === "score" || name === "kind") plan.fields.push({ key, kind: name });
      else if (name === "entity") {
        const plans = Object.fromEntries(
          entityTypes.map((type) => [type, this.node(type, fieldNodes, { labels: true })]),
        );
        plan.nodePlans.push(...Object.values(plans));
        plan.fields.push({ key, kind: "entity", plans });
      } else if (name !== "__typename") throw new UnmappedFieldError(`SearchHit.${name} has no mapping`);
    }
    // Each hit's type comes from its labels (shapeSearchHit), whatever is asked of it.
    plan.nodePlans.push({ type: "Entity", properties: [], fields: [], labels: true });
    return plan;
  }

  /** A connection (`drugs`, `variants`…): totalCount, pageInfo and edges { cursor node }. */
  connection(connectionType: string, nodeType: Label, nodes: readonly FieldNode[], sortBy: string): ConnectionPlan {
    const type = this.objectType(connectionType);
    const plan: ConnectionPlan = { fields: [], nodePlans: [] };
    const fields: FieldsByKey = subFields(this.scope, type, nodes);
    for (const [key, fieldNodes] of fields) {
      const name = fieldNodes[0]!.name.value;
      if (name === "totalCount") plan.fields.push({ key, kind: "totalCount" });
      else if (name === "pageInfo")
        plan.fields.push({ key, kind: "pageInfo", sub: this.object(this.objectType("PageInfo"), fieldNodes) });
      else if (name === "edges") {
        const edgeType = this.objectType(`${connectionType.replace(/Connection$/, "")}Edge`);
        const edgeFields: ({ key: string; kind: "cursor" } | { key: string; kind: "node"; plan: NodePlan })[] = [];
        for (const [edgeKey, edgeNodes] of subFields(this.scope, edgeType, fieldNodes)) {
          const edgeName = edgeNodes[0]!.name.value;
          if (edgeName === "cursor") edgeFields.push({ key: edgeKey, kind: "cursor" });
          else if (edgeName === "node") {
            const nodePlan = this.node(nodeType, edgeNodes);
            plan.nodePlans.push(nodePlan);
            edgeFields.push({ key: edgeKey, kind: "node", plan: nodePlan });
          }
        }
        plan.fields.push({ key, kind: "edges", fields: edgeFields });
      }
    }
    // Cursors are built from the sort value and the id of every node, asked for or not.
    plan.nodePlans.push({ type: nodeType, properties: ["id", sortBy], fields: [], labels: false });
    return plan;
  }
}

/** Whether a field's values are of a union or interface type (graphql-js then asks each value for its type). */
function abstract(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field !== undefined && isAbstractType(getNamedType(field.type));
}

/**
 * BranchPlan.end, what a relation's item is when it is the other end alone: a node field's node, or a claim asked
 * only for its other end (`variantActivity { variant { name } }`) — then no `{other: …}` map around it. `scalar`
 * names the one stored property those plans read when that is all they read (`drug { name }`): the item is then that
 * value, not a map, a map fewer per edge for Neo4j to build and the driver to decode. Not for a `unique` field,
 * which reads ids.
 */
function otherEnd(plans: NodePlan[] | null, map: RelationshipField): OtherEnd | null {
  if (!plans) return null;
  return { plans, scalar: map.unique ? null : soleProperty(plans) };
}

function otherEndOnly(claim: ClaimPlan): NodePlan[] | null {
  const plans: NodePlan[] = [];
  for (const field of claim.fields) {
    if (field.kind !== "other") return null;
    plans.push(field.plan);
  }
  return plans.length > 0 ? plans : null;
}

function soleProperty(plans: readonly NodePlan[]): string | null {
  let name: string | null = null;
  for (const plan of plans) {
    if (plan.labels || plan.properties.length !== 1 || plan.fields.some((f) => f.kind !== "property")) return null;
    if (name !== null && plan.properties[0] !== name) return null;
    name = plan.properties[0]!;
  }
  return name;
}
