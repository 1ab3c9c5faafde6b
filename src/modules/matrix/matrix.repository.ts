import type { Context } from "../../context.js";
import { cypher } from "../../db/cypher.js";
import { nameKey, variantQueryKeys } from "../../graph/normalize.js";
import { lookup, reject } from "../reasoning/resolve.js";
import type { Claim, Level } from "../reasoning/rules.js";
import { evidenceOf } from "../shared/evidence.type.js";
import type { GraphNode } from "../shared/graph-node.js";
import { toGraphNode } from "../shared/loaders.js";

type Raw = Record<string, unknown>;

export interface MatrixRead {
  drugs: GraphNode[];
  variants: GraphNode[];
  claims: Claim[];
}

/**
 * The matrix's drugs, variants and the activity claims between them: ONE round trip (a second one only to suggest
 * names when a name is unknown, which is a BAD_USER_INPUT error).
 */
export async function readMatrix(
  ctx: Context,
  drugNames: string[] | null,
  variantNames: string[] | null,
  level: Level | null,
): Promise<MatrixRead> {
  const [row] = await ctx.executor.read(cypher("queries/matrix/cells"), {
    drugs: drugNames?.map((input) => lookup(input, [nameKey(input)])) ?? null,
    variants: variantNames?.map((input) => lookup(input, variantQueryKeys(input))) ?? null,
    level,
  });
  const drugs = (row?.drugs ?? []) as { input: string; node: Raw | null }[];
  const variants = (row?.variants ?? []) as { input: string; found: { node: Raw; labels: string[] } | null }[];
  const unknownDrugs = drugs.filter((d) => !d.node).map((d) => d.input);
  const unknownVariants = variants.filter((v) => !v.found).map((v) => v.input);
  if (unknownDrugs.length > 0) await reject(ctx, "drugs", unknownDrugs, ["Drug"], "drugs");
  if (unknownVariants.length > 0) await reject(ctx, "variants", unknownVariants, ["Variant"], "variants");
  const claims = ((row?.claims ?? []) as Raw[]).map((c) => claimOf(c));
  return {
    drugs: unique(drugs.map((d) => toGraphNode(d.node!, ["Drug"]))),
    variants: unique(variants.map((v) => toGraphNode(v.found!.node, v.found!.labels))),
    claims,
  };
}

function claimOf(row: Raw): Claim {
  const rel = row.rel as Raw;
  const evidence = evidenceOf(rel);
  return {
    subjectId: row.variantId as string,
    subject: row.variant as string,
    drugId: row.drugId as string,
    activity: rel.activity as Claim["activity"],
    kind: "ACTIVITY",
    level: evidence.level,
    sources: evidence.sources,
    note: evidence.note,
    specimen: evidence.specimen,
    ic50nM: evidence.ic50nM,
    assay: evidence.assay,
    sourceKind: evidence.sourceKind,
    locator: evidence.locator,
    basis: evidence.basis,
    extract: evidence.extract,
  };
}

function unique(nodes: GraphNode[]): GraphNode[] {
  return nodes.filter((n, i) => nodes.findIndex((m) => m.id === n.id) === i);
}
