import Cypher from "@neo4j/cypher-builder";
import { getArgumentValues, Kind, type ValueNode } from "graphql";
import {
  activitiesOf,
  activityTypes,
  assertLabel,
  assertRelType,
  assertSortProperty,
  filterPredicate,
  onePerPair,
  type Label,
} from "../graph/model.js";
import { EDGES } from "../modules/claims/claim-edges.js";
import { checkFirst, EDGE_LIMIT_MAX } from "../modules/shared/edges.js";
import type { EdgeSpec } from "../modules/shared/loaders.js";
import { NO_HINTS, type HubHints } from "./hub-hints.js";
import type { RelationshipField } from "./relationship-map.js";
import type { ArgRef, BranchPlan, ConnectionPlan, EvidencePlan, FieldPlan, NodePlan, SubPlan } from "./plan.js";

// Plan → Cypher, with @neo4j/cypher-builder. Every relationship field is a COLLECT { … } subquery inside its parent's
// map projection, so a whole root field is one statement. Labels and types pass the graph model's allow-list;
// values are named parameters whose getters run per request (the statement text is cached per query shape).

export type Variables = Record<string, unknown>;

/** Computes one parameter's value for a request: from the variables (nested arguments) or the root's own values. */
export type Binding = (variables: Variables, root: Record<string, unknown>) => unknown;

export class CypherCompiler {
  readonly bindings = new Map<string, Binding>();
  private nextParam = 0;

  constructor(
    private readonly variables: Variables,
    private readonly hints: HubHints = NO_HINTS,
  ) {}

  /** A named parameter whose value `binding` computes per request. */
  param(binding: Binding): Cypher.Param {
    const name = `p${this.nextParam++}`;
    this.bindings.set(name, binding);
    return new Cypher.NamedParam(name);
  }

  /** A parameter the root resolver supplies (keys, needles, page cursor, filters). */
  rootParam(name: string): Cypher.Param {
    this.bindings.set(name, (_variables, root) => root[name]);
    return new Cypher.NamedParam(name);
  }

  /**
   * `v { .p1, .p2, _0: COLLECT {…}, … }` for every plan that reads this node, with `__labels: labels(v)` where a plan
   * needs them (a union-typed position).
   */
  project(variable: Cypher.Variable, plans: readonly NodePlan[]): Cypher.MapProjection {
    const properties = new Set<string>();
    const extra: Record<string, Cypher.Expr> = plans.some((plan) => plan.labels)
      ? { __labels: Cypher.labels(variable as Cypher.Node) }
      : {};
    for (const plan of plans) {
      for (const p of plan.properties) properties.add(p);
      for (const field of plan.fields) Object.assign(extra, this.fieldColumns(variable as Cypher.Node, field));
    }
    return new Cypher.MapProjection(variable, [...properties], extra);
  }

  private fieldColumns(node: Cypher.Node, field: FieldPlan): Record<string, Cypher.Expr> {
    switch (field.kind) {
      case "relation": {
        const columns: Record<string, Cypher.Expr> = {};
        field.branches.forEach((branch, index) => {
          columns[`${field.id}_${index}`] = this.relation(node, branch, field.args, field.map);
        });
        return columns;
      }
      case "evidence":
        return this.evidenceColumns(node, field.plan);
      case "categoryCounts":
        return { [field.id]: this.categoryCounts(node) };
      case "arms": {
        const { arms } = field;
        const columns: Record<string, Cypher.Expr> = {};
        if (arms.drugPlans.length > 0)
          columns[arms.drugsId] = this.armEdges(node, EDGES.trialDrugs, "armIndex", arms.drugPlans);
        if (arms.outcomePlans.length > 0)
          columns[arms.outcomesId] = this.armEdges(node, EDGES.trialOutcomes, "arm", arms.outcomePlans);
        return columns;
      }
      case "outcomeTherapy":
        return {
          [field.drug.id]: this.byIdOf(node, "therapyId", field.drug, Cypher.not(this.isRegimen(node))),
          [field.regimen.id]: this.byIdOf(node, "therapyId", field.regimen, this.isRegimen(node)),
        };
      case "outcomeTrial":
        return { [field.trial.id]: this.byIdOf(node, "trialId", field.trial) };
      default:
        return {};
    }
  }

  /**
   * The edges of one branch, in (other end id, edge key) order, at most `first` of them. A hub is not sorted whole
   * (related/edges-in|out.cypher's rule, decided per parent node): when the parent has more such relationships than
   * √(first × nodes of the other end's label), the page is read by walking that label's id index in order and
   * checking each node for the relationship, which stops after `first` edges; otherwise the parent's edges are
   * sorted. Both ways give the same page. Where no node has more than HUB_MIN_DEGREE edges of the kind (the hints),
   * the statement sorts without the test.
   */
  private relation(parent: Cypher.Node, branch: BranchPlan, args: ArgRef, map: RelationshipField): Cypher.Expr {
    // Hints are read for the field's whole kind; the pattern follows only the types its activity filter can match.
    const kind = branch.spec;
    const { spec, typesSuffice } = this.narrowed(kind, args, map);
    if (spec.types.length === 0) return new Cypher.List([]);
    const rel = new Cypher.Relationship();
    const other = new Cypher.Node();
    const predicates = this.edgeFilters(rel, args, map, typesSuffice);
    // A single-node field (Variant.gene) takes no `first`: it reads one edge.
    const limit = this.param((v) => (map.single ? 1 : checkFirst(argsOf(args, v).first as number, EDGE_LIMIT_MAX)));
    const ordered = (from: Cypher.Node) => {
      const match = new Cypher.Match(this.edgePattern(from, rel, other, spec));
      if (predicates.length > 0) match.where(Cypher.and(...predicates));
      return match
        .with(rel, other)
        .orderBy(...this.edgeOrder(rel, other, spec))
        .limit(limit);
    };
    // No node has many edges of this kind (hub-hints.ts): the sorted page alone.
    if (!this.hints.mayHaveHub(kind))
      return new Cypher.Collect(ordered(parent).return(this.item(parent, rel, other, branch)));
    const page = (from: Cypher.Node, walk: boolean): Cypher.Clause => {
      const sorted = ordered(from).return(rel, other);
      return walk ? Cypher.utils.concat(this.idIndexWalk(other, spec.to), sorted) : sorted;
    };
    // COLLECT { WITH <hub> AS hub CALL (parent, hub) { <sorted> UNION ALL <walk> } RETURN <item> }: the two ways
    // are gated by UNWIND of [parent] or [], so only one runs; each is its own CALL so the walk's ORDER BY is served
    // by the index order (PartialTop) rather than a sort.
    const hub = new Cypher.Variable();
    const way = (walk: boolean): Cypher.Clause => {
      const from = new Cypher.Node();
      const one = new Cypher.List([parent]);
      const none = new Cypher.List([]);
      const gate = new Cypher.Case(hub)
        .when(new Cypher.Literal(true))
        .then(walk ? one : none)
        .else(walk ? none : one);
      const call = new Cypher.Call(page(from, walk), [from]).return(rel, other);
      return Cypher.utils.concat(new Cypher.Unwind([gate, from]), call);
    };
    const edges = new Cypher.With([this.isHub(parent, spec, limit), hub])
      .call(new Cypher.Union(way(false), way(true)).all(), [parent, hub])
      .return(this.item(parent, rel, other, branch));
    return new Cypher.Collect(edges);
  }

  /**
   * A filtered field whose `activity` is written in the document (no variable: the same on every request of this
   * statement) follows only the types those activities are stored as (activityTypes): `[RESISTANT]` reads
   * CONFERS_RESISTANCE_TO alone, not SENSITIVE_TO edges only to filter them out.
   */
  private narrowed(spec: EdgeSpec, args: ArgRef, map: RelationshipField): { spec: EdgeSpec; typesSuffice: boolean } {
    const activity = this.literalActivity(args, map);
    if (activity === null) return { spec, typesSuffice: false };
    const types = activityTypes(spec.types, activity);
    return {
      spec: { ...spec, types },
      typesSuffice: types.every(
        (t) => activitiesOf(t).length > 0 && activitiesOf(t).every((a) => activity.includes(a)),
      ),
    };
  }

  /** The `activity` list when the document writes it out (no variable: the same on every request), else null. */
  private literalActivity(args: ArgRef, map: RelationshipField): string[] | null {
    if (map.filtered !== true) return null;
    const argument = args.node.arguments?.find((a) => a.name.value === "activity");
    if (!argument || hasVariable(argument.value)) return null;
    return (getArgumentValues(args.field, args.node, this.variables).activity as string[] | null) ?? null;
  }

  /**
   * `activity` and `level` of a filtered field (ActivityArgs), when given: a predicate on the edge each. No activity
   * predicate when the types followed hold only activities the filter lists (`[RESISTANT, INTERMEDIATE]` on
   * CONFERS_RESISTANCE_TO alone).
   */
  private edgeFilters(rel: Cypher.Relationship, args: ArgRef, map: RelationshipField, typesSuffice: boolean) {
    if (map.filtered !== true) return [];
    const values = getArgumentValues(args.field, args.node, this.variables);
    const predicates: Cypher.Predicate[] = [];
    if (values.activity != null && !typesSuffice)
      predicates.push(
        Cypher.in(
          rel.property("activity"),
          this.param((v) => argsOf(args, v).activity),
        ),
      );
    if (values.level != null)
      predicates.push(
        Cypher.eq(
          rel.property("evidenceLevel"),
          this.param((v) => argsOf(args, v).level),
        ),
      );
    return predicates;
  }

  /** degree² > limit × |other end's label|: one getDegree per type and one count-store read. */
  private isHub(parent: Cypher.Node, spec: EdgeSpec, limit: Cypher.Param): Cypher.Predicate {
    const type = relTypes(spec);
    const degree = new Cypher.Count(
      new Cypher.Pattern(parent).related({ type, direction: spec.direction === "out" ? "right" : "left" }).to(),
    );
    const nodes = new Cypher.Count(new Cypher.Pattern({ labels: [assertLabel(spec.to)] }));
    return Cypher.gt(Cypher.pow(degree, new Cypher.Literal(2)), Cypher.multiply(limit, nodes));
  }

  /**
   * The nodes of `label` in id order, from the id index (its uniqueness constraint); the hint keeps the plan off
   * statistics. Raw text because cypher-builder 3.2 has no index hints; the label passes the allow-list.
   */
  private idIndexWalk(node: Cypher.Node, label: Label): Cypher.Clause {
    const checked = assertLabel(label);
    return new Cypher.Raw((ctx) => {
      const n = ctx.compile(node);
      return `MATCH (${n}:${checked}) USING INDEX ${n}:${checked}(id) WHERE ${n}.id IS NOT NULL`;
    });
  }

  private item(parent: Cypher.Node, rel: Cypher.Relationship, other: Cypher.Node, branch: BranchPlan): Cypher.Expr {
    const { end } = branch;
    if (end) return end.scalar ? other.property(end.scalar) : this.project(other, end.plans);
    const fields = branch.claim!.fields;
    const map: Record<string, Cypher.Expr> = {};
    if (fields.some((f) => f.kind === "leaf" || f.kind === "evidence")) map.rel = Cypher.properties(rel);
    const parents = fields.flatMap((f) => (f.kind === "parent" ? [f.plan] : []));
    const others = fields.flatMap((f) => (f.kind === "other" ? [f.plan] : []));
    if (parents.length > 0) map.parent = this.project(parent, parents);
    if (others.length > 0) map.other = this.project(other, others);
    for (const f of fields) if (f.kind === "evidence") Object.assign(map, this.evidenceColumns(rel, f.plan));
    return new Cypher.Map(map);
  }

  edgePattern(from: Cypher.Node, rel: Cypher.Relationship, to: Cypher.Node, spec: EdgeSpec): Cypher.Pattern {
    const type = relTypes(spec);
    return new Cypher.Pattern(from)
      .related(rel, { type, direction: spec.direction === "out" ? "right" : "left" })
      .to(to, { labels: [assertLabel(spec.to)] });
  }

  /** Papers and trials cited in `sources` of a claim (or of an outcome), in the order cited. */
  private evidenceColumns(holder: Cypher.Node | Cypher.Relationship, plan: EvidencePlan): Record<string, Cypher.Expr> {
    const columns: Record<string, Cypher.Expr> = {};
    for (const sub of plan.publications) columns[sub.id] = this.cited(holder, "Publication", false, sub);
    for (const sub of plan.trials) columns[sub.id] = this.cited(holder, "ClinicalTrial", true, sub);
    return columns;
  }

  private cited(
    holder: Cypher.Node | Cypher.Relationship,
    label: Label,
    trials: boolean,
    sub: SubPlan,
  ): Cypher.Collect {
    const id = new Cypher.Variable();
    const node = new Cypher.Node();
    const isTrial = Cypher.startsWith(id, new Cypher.Literal("NCT"));
    const clause = new Cypher.Unwind([Cypher.coalesce(holder.property("sources"), new Cypher.List([])), id])
      .match(new Cypher.Pattern(node, { labels: [assertLabel(label)], properties: { id } }))
      .where(trials ? isTrial : Cypher.not(isTrial))
      .return(this.project(node, [sub.plan]));
    return new Cypher.Collect(clause);
  }

  /** The node of `label`-by-plan whose id is the holder's `property` (an outcome's therapy or trial). */
  private byIdOf(holder: Cypher.Node, property: string, sub: SubPlan, where?: Cypher.Predicate): Cypher.Collect {
    const node = new Cypher.Node();
    const match = new Cypher.Match(
      new Cypher.Pattern(node, { labels: [assertLabel(sub.plan.type)], properties: { id: holder.property(property) } }),
    );
    if (where) match.where(where);
    return new Cypher.Collect(match.return(this.project(node, [sub.plan])));
  }

  private isRegimen(outcome: Cypher.Node): Cypher.Predicate {
    return Cypher.eq(
      Cypher.coalesce(outcome.property("therapyKind"), new Cypher.Literal("")),
      new Cypher.Literal("Regimen"),
    );
  }

  /**
   * Edges in (other end id, edge key) order. Where a pair holds one edge at most (onePerPair), the id alone is that
   * order, and Neo4j reads no edge's key to sort (list1hop's statement: 0.74 → 0.64 ms of Neo4j CPU).
   */
  private edgeOrder(rel: Cypher.Relationship, other: Cypher.Node, spec: EdgeSpec): [Cypher.Expr, "ASC"][] {
    const byId: [Cypher.Expr, "ASC"] = [other.property("id"), "ASC"];
    return onePerPair(spec.types) ? [byId] : [byId, [rel.property("key"), "ASC"]];
  }

  /** A trial's TESTS or HAS_OUTCOME edges (at most 500), with the edge's arm, for TrialArm. */
  private armEdges(trial: Cypher.Node, spec: EdgeSpec, armProperty: string, plans: NodePlan[]): Cypher.Collect {
    const rel = new Cypher.Relationship();
    const other = new Cypher.Node();
    const clause = new Cypher.Match(this.edgePattern(trial, rel, other, spec))
      .with(rel, other)
      .orderBy(...this.edgeOrder(rel, other, spec))
      .limit(new Cypher.Literal(EDGE_LIMIT_MAX))
      .return(new Cypher.Map({ arm: rel.property(armProperty), node: this.project(other, plans) }));
    return new Cypher.Collect(clause);
  }

  /** Drug.mechanismCategoryCounts: the category of each mechanism the drug meets (drug-mechanism-categories.cypher). */
  private categoryCounts(drug: Cypher.Node): Cypher.Collect {
    const mechanism = new Cypher.Node();
    const direct = new Cypher.Match(
      new Cypher.Pattern(drug)
        .related({ type: assertRelType("CONFERS_RESISTANCE_TO"), direction: "left" })
        .to(mechanism, { labels: [assertLabel("ResistanceMechanism")] }),
    ).return(mechanism);
    const viaVariant = new Cypher.Match(
      new Cypher.Pattern(drug)
        .related({ type: assertRelType("CONFERS_RESISTANCE_TO"), direction: "left" })
        .to({ labels: [assertLabel("Variant")] })
        .related({ type: assertRelType("MEDIATES"), direction: "right" })
        .to(mechanism, { labels: [assertLabel("ResistanceMechanism")] }),
    ).return(mechanism);
    // UNION keeps one row per mechanism; result.ts counts them per category (an aggregation inside a projection's
    // subquery would group the outer row).
    const clause = new Cypher.Call(new Cypher.Union(direct, viaVariant), [drug]).return(mechanism.property("category"));
    return new Cypher.Collect(clause);
  }

  /**
   * A root that finds one node by name keys (lookup/by-name.cypher's rule: an exact name wins over an alias, then the
   * smallest id). The exact name is an index seek on nameKey; the alias search (CONTAINS on the TEXT index of
   * keysText, which holds the name key too) runs only when no name matched, so the common lookup costs what a
   * hand-written `{nameKey: $key}` match costs.
   */
  byName(label: Label, plan: NodePlan): Cypher.Clause {
    const exact = new Cypher.Node();
    const alias = new Cypher.Node();
    const n = new Cypher.Node();
    const needle = new Cypher.Variable();
    const named = new Cypher.Match(new Cypher.Pattern(exact, { labels: [assertLabel(label)] }))
      .where(Cypher.in(exact.property("nameKey"), this.rootParam("keys")))
      .return(exact)
      .orderBy([exact.property("id"), "ASC"])
      .limit(new Cypher.Literal(1));
    const found = new Cypher.With(exact).where(Cypher.isNotNull(exact)).return([exact, n]);
    const aliased = new Cypher.With(exact)
      .where(Cypher.isNull(exact))
      .unwind([this.rootParam("needles"), needle])
      .match(new Cypher.Pattern(alias, { labels: [assertLabel(label)] }))
      .where(Cypher.contains(alias.property("keysText"), needle))
      .with(alias)
      .distinct()
      .orderBy([alias.property("id"), "ASC"])
      .limit(new Cypher.Literal(1))
      .return([alias, n]);
    return Cypher.utils.concat(
      new Cypher.Call(named, []).optional(),
      new Cypher.Call(new Cypher.Union(found, aliased).all(), [exact]).return([
        this.project(n, [plan]),
        new Cypher.NamedVariable("node"),
      ]),
    );
  }

  /**
   * Full-text search (search/fulltext.cypher's call and order): each hit's node projected for every concrete type
   * the query asks fragments of; result.ts reads the columns of the hit's own type. `$query` is a Lucene query built
   * from escaped user terms.
   */
  search(plans: readonly NodePlan[]): Cypher.Clause {
    this.rootParam("query");
    this.rootParam("limit");
    const call = new Cypher.Raw(
      "CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})\nYIELD node, score",
    );
    const node = new Cypher.NamedNode("node");
    const score = new Cypher.NamedVariable("score");
    const hits = new Cypher.With(node, score)
      .orderBy([score, "DESC"], [node.property("id"), "ASC"])
      .return(score, [this.project(node, plans), new Cypher.NamedVariable("entity")]);
    return Cypher.utils.concat(call, hits);
  }

  /** A root that finds one node by id. */
  byId(label: Label, plan: NodePlan): Cypher.Clause {
    const n = new Cypher.Node();
    return new Cypher.Match(
      new Cypher.Pattern(n, { labels: [assertLabel(label)], properties: { id: this.rootParam("id") } }),
    ).return([this.project(n, [plan]), new Cypher.NamedVariable("node")]);
  }

  /**
   * A page of a label's nodes in (sort property, id) order after the cursor, and the filtered total when asked
   * (nodes/page.cypher's rule). Filter predicates come from the graph model (FILTER_PROPERTIES, RELATION_FILTERS).
   * A first page (`cursor` false) has no cursor predicate: `$after IS NULL OR …` tested on every node cost Neo4j a
   * fifth of a small page's statement.
   */
  page(label: Label, plan: ConnectionPlan, filters: readonly string[], sortBy: string, cursor: boolean): Cypher.Clause {
    const checked = assertLabel(label);
    const sort = assertSortProperty(sortBy);
    const limit = this.rootParam("limit");
    // RELATION_FILTERS are fixed Cypher fragments over `n` and `$where`: they run as written, on a node named n.
    const predicates: Cypher.Predicate[] = filters.map((f) => new Cypher.Raw(filterPredicate(checked, f)));
    this.rootParam("where");
    const n = new Cypher.NamedNode("n");
    if (cursor) {
      this.rootParam("after");
      const value = new Cypher.Raw("$after.value");
      predicates.push(
        Cypher.or(
          Cypher.gt(n.property(sort), value),
          Cypher.and(Cypher.eq(n.property(sort), value), Cypher.gt(n.property("id"), new Cypher.Raw("$after.id"))),
        ),
      );
    }
    // Ties on the sort property are broken by id; sorted by id, the id alone orders them.
    const order: [Cypher.Property, "ASC"][] = [[n.property(sort), "ASC"]];
    if (sort !== "id") order.push([n.property("id"), "ASC"]);
    const pageMatch = new Cypher.Match(new Cypher.Pattern(n, { labels: [checked] }))
      .where(Cypher.and(...predicates))
      .with(n)
      .orderBy(...order)
      .limit(limit)
      .return(this.project(n, plan.nodePlans));
    const nodes = new Cypher.Collect(pageMatch);
    const nodesColumn = new Cypher.NamedVariable("nodes");
    if (!plan.fields.some((f) => f.kind === "totalCount")) return new Cypher.Return([nodes, nodesColumn]);
    const total = new Cypher.NamedVariable("total");
    const counted = new Cypher.NamedNode("n");
    const countMatch = new Cypher.Match(new Cypher.Pattern(counted, { labels: [checked] }));
    if (predicates.length > 0)
      countMatch.where(Cypher.and(...filters.map((f) => new Cypher.Raw(filterPredicate(checked, f)))));
    return countMatch.with([Cypher.count(counted), total]).return(total, [nodes, nodesColumn]);
  }
}

function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => hasVariable(f.value));
  return false;
}

function argsOf(args: ArgRef, variables: Variables): Record<string, unknown> {
  return getArgumentValues(args.field, args.node, variables);
}

/** The relationship type(s) of an edge spec, allow-listed, as a pattern's type (one, or `A|B`). */
function relTypes(spec: EdgeSpec): string | Cypher.LabelExpr {
  const types = spec.types.map(assertRelType);
  return types.length === 1 ? types[0]! : Cypher.labelExpr.or(...types);
}
