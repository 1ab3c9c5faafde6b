import { unique } from "../../graph/normalize.js";
import { uniqueById } from "../shared/edges.js";
import type { Subjects } from "./profile.js";
import type { MechanismRef, ResolvedFinding } from "./resolve.js";

/**
 * Groups resolved findings for the rules. A compound mutation is a subject when a finding names it, or when
 * several single findings are exactly its components (["G1202R", "L1196M"] is G1202R+L1196M); its components
 * are subjects too, so drugs without evidence on the compound fall back to them.
 */
export function subjectsOf(findings: ResolvedFinding[]): Subjects & { mechanismRefs: MechanismRef[] } {
  const singles = findings.filter((f) => f.variant && f.components.length === 0).map((f) => f.variant!.id);
  const named = findings.filter((f) => f.variant && f.components.length > 0);
  const formed = findings
    .flatMap((f) => f.compounds)
    .filter((c) => c.parts.length >= 2 && c.parts.every((p) => singles.includes(p)))
    .map((c) => c.id);
  const mechanismRefs = uniqueById(
    findings.flatMap((f) => [...(f.variant ? f.mechanisms : []), ...(f.mechanism ? [f.mechanism] : [])]),
  );
  return {
    compounds: unique([...named.map((f) => f.variant!.id), ...formed]),
    variants: unique([...singles, ...named.flatMap((f) => f.components)]),
    mechanisms: mechanismRefs.map(({ id, name, category }) => ({ id, name, category })),
    mechanismRefs,
  };
}
