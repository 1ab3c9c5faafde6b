import type { Reader } from "../../src/db/executor.js";
import { resistanceProfile } from "../../src/modules/reasoning/reasoning.service.js";
import type { Operation } from "../operations.js";

/**
 * The raw baseline's `data` for an operation: its hand-written Cypher, one read, shaped by `toData`; or, for a
 * reasoning query, this server's statement and rules called directly (no GraphQL, no resolvers, no plugins).
 * The raw server and the answer test (test/integration/bench-answers.int.test.ts) both answer through here.
 */
export async function rawAnswer(op: Operation, reader: Reader): Promise<Record<string, unknown>> {
  const { raw } = op;
  if ("rules" in raw) {
    const detail = { claimText: false, drugDetail: false };
    const rows = await resistanceProfile(
      { executor: reader },
      raw.rules.findings,
      { tested: [], details: [] },
      null,
      detail,
    );
    return raw.fromRows(rows);
  }
  const [row] = await reader.read({ name: `bench/${op.name}`, text: raw.cypher }, raw.params);
  return raw.toData(row ?? {});
}
