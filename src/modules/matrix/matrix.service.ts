import type { Context } from "../../context.js";
import { decideCell, type Claim, type Level, type MatrixCell } from "../reasoning/rules.js";
import type { GraphNode } from "../shared/graph-node.js";
import { checkNameList, MATRIX_DRUGS_MAX, MATRIX_VARIANTS_MAX } from "./matrix.args.js";
import { readMatrix } from "./matrix.repository.js";

export type CellRow = MatrixCell & { drug: GraphNode; variant: GraphNode; claims: Claim[] };

/** Every drug × variant pair, drug-major in the order asked, each decided from its own claims (pure). */
export function buildCells(drugs: GraphNode[], variants: GraphNode[], claims: Claim[]): CellRow[] {
  return drugs.flatMap((drug) =>
    variants.map((variant) => {
      const own = claims.filter((c) => c.drugId === drug.id && c.subjectId === variant.id);
      return { drug, variant, claims: own, ...decideCell(own) };
    }),
  );
}

/** Input checks (no database), then one round trip, then the cell rule. */
export async function activityMatrix(
  ctx: Context,
  args: { drugs?: string[] | null; variants?: string[] | null; level?: Level | null },
): Promise<CellRow[]> {
  const drugs = checkNameList(args.drugs, "drugs", MATRIX_DRUGS_MAX);
  const variants = checkNameList(args.variants, "variants", MATRIX_VARIANTS_MAX);
  const read = await readMatrix(ctx, drugs, variants, args.level ?? null);
  return buildCells(read.drugs, read.variants, read.claims);
}
