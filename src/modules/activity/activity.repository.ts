import { cypher } from "../../db/cypher.js";
import type { Executor, Row } from "../../db/executor.js";
import { keyNeedles, nameKey, unique, variantQueryKeys } from "../../graph/normalize.js";
import type { Activity, EvidenceLevel } from "../shared/enums.js";
import { evidenceOf } from "../shared/evidence.type.js";
import { toGraphNode } from "../shared/loaders.js";
import type { ActivityCell } from "./activity.type.js";

export interface MatrixFilter {
  /** Drug names, synonyms or codes to keep; null for every drug. */
  drugs?: readonly string[] | null;
  /** Variant names as a user writes them ("G1202R", "ALK L1196M+G1202R"); null for every variant. */
  variants?: readonly string[] | null;
  level?: EvidenceLevel | null;
}

const MATRIX = cypher("queries/activity/matrix");

function matrixParams({ drugs, variants, level }: MatrixFilter) {
  return {
    level: level ?? null,
    drugNeedles: drugs ? keyNeedles(drugs.map(nameKey)) : null,
    variantNeedles: variants ? keyNeedles(variants.flatMap(variantQueryKeys)) : null,
  };
}

type Raw = Record<string, unknown>;

/** One row of queries/activity/matrix as a cell: sources once each, IC50 the highest of the cell's class. */
export function cellOf(row: Row): ActivityCell {
  const claims = row.claims as Raw[];
  const activity = row.activity as Activity;
  const ic50s = claims
    .filter((c) => c.activity === activity && typeof c.ic50nM === "number")
    .map((c) => c.ic50nM as number);
  return {
    drug: toGraphNode(row.drug as Raw, row.drugLabels as string[]),
    variant: toGraphNode(row.variant as Raw, row.variantLabels as string[]),
    activity,
    ic50nM: ic50s.length > 0 ? Math.max(...ic50s) : null,
    level: row.level as EvidenceLevel,
    sources: unique(claims.flatMap((c) => (c.sources as string[] | undefined) ?? [])).sort(),
    evidence: claims.map(evidenceOf),
  };
}

/** The matrix in one round trip. */
export async function readActivityMatrix(executor: Executor, filter: MatrixFilter): Promise<ActivityCell[]> {
  const rows = await executor.read(MATRIX, matrixParams(filter));
  return rows.map(cellOf);
}

/** The same matrix, cell by cell as Neo4j sends it (for the exports). */
export function streamActivityMatrix(
  executor: Executor,
  filter: MatrixFilter,
  onCell: (cell: ActivityCell) => void | Promise<void>,
): Promise<number> {
  return executor.stream(MATRIX, matrixParams(filter), (row) => onCell(cellOf(row)));
}
