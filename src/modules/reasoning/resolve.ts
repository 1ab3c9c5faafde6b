import { cypher } from "../../db/cypher.js";
import type { Reader } from "../../db/executor.js";
import { BadInputError } from "../../errors/errors.js";
import { keyNeedles, nameKey, variantQueryKeys } from "../../graph/normalize.js";
import { evidenceOf, type Evidence } from "./reasoning.repository.js";
import { closeMatches, type NameCandidate } from "./suggest.js";

export interface MechanismRef {
  id: string;
  name: string;
  category: string;
  plasmaDetectable: string;
  detectionNote: string | null;
  detectionSources: string[];
  /** How the mechanism is detected (TISSUE_NGS, PLASMA_NGS, HISTOLOGY, IHC…). */
  detectionMethods?: string[];
}

export interface ResolvedFinding {
  input: string;
  variant: { id: string; name: string; fullName: string; kind: string; gene: string } | null;
  mechanism: MechanismRef | null;
  components: string[];
  compounds: { id: string; name: string; parts: string[] }[];
  mechanisms: MechanismRef[];
}

export interface ResolvedTherapy {
  input: string;
  therapy: { id: string; name: string } | null;
  drugIds: string[];
  /** Its ALK TKIs with their generation (e.g. alectinib, 2). */
  alkTkis?: { id: string; generation: number | null }[];
}

/** What the findings and therapies name, and the evidence read with them (a superset of the rules' subjects). */
export interface ResolvedInputs {
  findings: ResolvedFinding[];
  therapies: ResolvedTherapy[];
  evidence: Evidence;
}

/**
 * What a reasoning read leaves out when the request does not ask for it: claims' display text (note, locator,
 * basis, assay, extract; the rules never read them) and drugs' fields beyond id, name and drugClass.
 */
export interface ReadDetail {
  claimText: boolean;
  drugDetail: boolean;
}

export const FINDINGS_MAX = 20;

/** Input checks that need no database: at least one finding, none blank, a bounded list. */
export function checkNames(values: string[], argument: string, allowEmpty: boolean): string[] {
  const names = values.map((v) => v.trim());
  if (!allowEmpty && names.length === 0) {
    throw new BadInputError(`${argument} must name at least one finding, e.g. ["ALK G1202R"]`, { argument });
  }
  if (names.length > FINDINGS_MAX || names.some((n) => n.length === 0 || n.length > 100)) {
    throw new BadInputError(`${argument} takes 1 to ${FINDINGS_MAX} names of 1 to 100 characters`, { argument });
  }
  return names;
}

/**
 * Resolves findings and prior therapies and reads the evidence about what they name, in ONE query
 * (reasoning/resolve-evidence). Unknown names are a BAD_USER_INPUT error listing close matches (message and
 * `extensions.suggestions`), found by a second query only on that error path.
 */
export async function resolveInputs(
  ctx: { executor: Reader },
  findings: string[],
  therapies: string[],
  detail: ReadDetail,
): Promise<ResolvedInputs> {
  const [row] = await ctx.executor.read(cypher("queries/reasoning/resolve-evidence"), {
    findings: findings.map((input) => lookup(input, variantQueryKeys(input))),
    therapies: therapies.map((input) => lookup(input, [nameKey(input)])),
    claimText: detail.claimText,
    drugDetail: detail.drugDetail,
  });
  const resolved = {
    findings: (row?.findings ?? []) as ResolvedFinding[],
    therapies: (row?.therapies ?? []) as ResolvedTherapy[],
  };
  const unknownFindings = resolved.findings.filter((f) => !f.variant && !f.mechanism).map((f) => f.input);
  const unknownTherapies = resolved.therapies.filter((t) => !t.therapy).map((t) => t.input);
  if (unknownFindings.length > 0) await reject(ctx, "findings", unknownFindings, ["Variant", "ResistanceMechanism"]);
  if (unknownTherapies.length > 0) await reject(ctx, "priorTherapies", unknownTherapies, ["Drug", "Regimen"]);
  return { ...resolved, evidence: evidenceOf(row ?? {}) };
}

/** What resolve-evidence.cypher needs per name: its keys, and the "|key|" needles its TEXT-index lookups search for. */
export function lookup(input: string, keys: string[]) {
  return { input, keys, needles: keyNeedles(keys) };
}

/** BAD_USER_INPUT naming the unknown names with close matches (one more round trip, on this error path only). */
export async function reject(
  ctx: { executor: Reader },
  argument: string,
  unknown: string[],
  labels: string[],
  kind = argument === "findings" ? "variants or resistance mechanisms" : "drugs or regimens",
): Promise<never> {
  // Every name of these kinds: its size follows the graph, not the request, so it is outside the row bound.
  const rows = await ctx.executor.read(cypher("queries/reasoning/names"), { labels }, { countRows: false });
  const candidates = rows as unknown as NameCandidate[];
  const suggestions = Object.fromEntries(
    unknown.map((input) => [input, closeMatches(variantQueryKeys(input), candidates)]),
  );
  const parts = unknown.map((input) => {
    const close = suggestions[input] ?? [];
    return close.length > 0 ? `"${input}" (did you mean ${close.map((c) => `"${c}"`).join(", ")}?)` : `"${input}"`;
  });
  throw new BadInputError(`${argument}: not in the graph's ${kind}: ${parts.join("; ")}`, {
    argument,
    unknown,
    suggestions,
  });
}
