import type { Context } from "../../context.js";
import { cypher, cypherTemplate, type CypherQuery } from "../../db/cypher.js";
import type { Params, Row } from "../../db/executor.js";
import { BadInputError, NotFoundError } from "../../errors/errors.js";
import type { Label } from "../../graph/model.js";
import type { EdgeSpec } from "../shared/loaders.js";
import type { RelRows } from "../../seed/rows.js";
import { toGraphNode, type GraphNode } from "../shared/loaders.js";
import { auditEvent, diff } from "./audit.js";

type Props = Record<string, unknown>;
type Run = (query: CypherQuery, params?: Params) => Promise<Row[]>;

/** One curation write: at most one node, any relationships, and what the audit event records. */
export interface WritePlan {
  operation: string;
  node?: { label: Label; id: string; props: Props; compound?: boolean };
  rels: RelRows[];
  /** Node the audit event is linked to; its entity id, type and every node id involved. */
  anchor: { label: Label; id: string };
  entity: string;
  entityType: string;
  subjects: string[];
  sources: string[];
}

export interface WriteResult {
  node: GraphNode | null;
  rels: { key: string; rel: Props; from: GraphNode; to: GraphNode }[];
}

const withoutOrigin = ({ origin: _origin, ...props }: Props): Props => props;

/**
 * Applies a plan in ONE write transaction together with its AuditEvent: the node, its relationships, the check
 * that every cited source is in the graph, and the event. Any failure (a missing end, an unknown source) throws
 * inside the transaction, so nothing of the write remains.
 */
export function applyWrite(ctx: Context, plan: WritePlan): Promise<WriteResult> {
  return ctx.executor.transaction(`curation/${plan.operation}`, async (run) => {
    let changes: Record<string, [unknown, unknown]> = {};
    let created = false;
    let node: GraphNode | null = null;
    if (plan.node) {
      const { label, id, props } = plan.node;
      const [row] = await run(cypherTemplate("curation/upsert-node", { label }), { id, props: withoutOrigin(props) });
      if (plan.node.compound) await run(cypher("seed/compound-label"), { ids: [id] });
      created = row!.before === null;
      changes = diff(row!.before as Props | null, row!.node as Props);
      node = toGraphNode(row!.node as Props, row!.labels as string[]);
    }
    const rels = await writeRelationships(run, plan.rels, changes);
    if (!plan.node) created = rels.every((r) => r.created);
    await requireKnownSources(run, plan.sources);
    const event = auditEvent({ ...plan, actor: ctx.actor, created, changes });
    const audit = await run(cypherTemplate("curation/audit", { label: plan.anchor.label }), {
      nodeId: plan.anchor.id,
      event,
    });
    if (audit.length !== 1) throw new BadInputError(`${plan.anchor.label} ${plan.anchor.id} is not in the graph`);
    return { node, rels: rels.map(({ created: _c, ...r }) => r) };
  });
}

async function writeRelationships(run: Run, groups: RelRows[], changes: Record<string, [unknown, unknown]>) {
  const written: (WriteResult["rels"][number] & { created: boolean })[] = [];
  for (const group of groups.filter((g) => g.rows.length > 0)) {
    const query = cypherTemplate("curation/upsert-relationships", {
      fromLabel: group.from,
      toLabel: group.to,
      type: group.type,
    });
    const rows = await run(query, { rows: group.rows.map((r) => ({ ...r, props: withoutOrigin(r.props) })) });
    const found = new Set(rows.map((r) => r.key as string));
    const missing = group.rows.filter((r) => !found.has(r.key));
    if (missing.length > 0) {
      const ends = missing.map((r) => `${group.from} ${r.from} → ${group.to} ${r.to}`).join("; ");
      throw new BadInputError(`not in the graph (add them first): ${ends}`, { argument: "input" });
    }
    for (const row of rows) {
      Object.assign(changes, diff(row.before as Props | null, row.rel as Props, `${row.key as string}.`));
      written.push({
        key: row.key as string,
        rel: row.rel as Props,
        from: toGraphNode(row.from as Props, row.fromLabels as string[]),
        to: toGraphNode(row.to as Props, row.toLabels as string[]),
        created: row.before === null,
      });
    }
  }
  return written;
}

async function requireKnownSources(run: Run, sources: string[]): Promise<void> {
  const [row] = await run(cypher("curation/missing-sources"), { ids: sources });
  const missing = (row?.missing as string[] | undefined) ?? [];
  if (missing.length > 0) {
    throw new BadInputError(
      `cited sources not in the graph (add them with upsertPublication or upsertTrial first): ${missing.join(", ")}`,
      { argument: "sources" },
    );
  }
}

export interface EvidenceAddition {
  from: string;
  to: string;
  level: string;
  sources: string[];
  specimen: string | null;
  note: string | null;
}

/** Adds sources to the claims of one level between two nodes, with one audit event per claim, in one transaction. */
export function addEvidence(ctx: Context, spec: EdgeSpec, input: EvidenceAddition): Promise<Props[]> {
  return ctx.executor.transaction("curation/addEvidence", async (run) => {
    const query = cypherTemplate("curation/add-evidence", { fromLabel: spec.from, toLabel: spec.to, type: spec.types });
    const rows = await run(query, { ...input });
    if (rows.length === 0) {
      throw new NotFoundError(`no ${input.level} claim ${spec.from} ${input.from} → ${spec.to} ${input.to}`);
    }
    await requireKnownSources(run, input.sources);
    for (const row of rows) {
      const event = auditEvent({
        actor: ctx.actor,
        operation: "addEvidence",
        entity: row.key as string,
        entityType: spec.types.join("|"),
        subjects: [input.from, input.to],
        sources: input.sources,
        created: false,
        changes: diff(row.before as Props, row.rel as Props, `${row.key as string}.`),
      });
      await run(cypherTemplate("curation/audit", { label: spec.from }), { nodeId: input.from, event });
    }
    return rows.map((row) => row.rel as Props);
  });
}
