/**
 * Lookup keys. A name typed by a user ("PF-06463922", "alk g1202r", "p.G1202R") and a name in the data meet on
 * the same key: lower case, without spaces, hyphens, dots, underscores or a `p.` prefix. Compound mutations are
 * order-free: "L1196M+G1202R" and "G1202R/L1196M" give one key.
 *
 * Linear in the input: the split is on the separator alone (a `\s*` around it backtracks quadratically over a
 * run of spaces), and the spaces it used to absorb are trimmed from each part instead.
 */
export function nameKey(name: string): string {
  const parts = name
    .split(/[+/,]/)
    .map((part) =>
      part
        .trim()
        .replace(/^p\./i, "")
        .toLowerCase()
        .replace(/[\s\-_.'’]/g, ""),
    )
    .filter((part) => part.length > 0);
  if (parts.length <= 1) return parts[0] ?? "";
  return [...parts].sort().join("+");
}

// A gene symbol in front of a protein change: "ALK G1202R", "ALK p.G1202R", "KRAS G12C".
const GENE_PREFIX = /\b[A-Za-z][A-Za-z0-9]*\s+(?=(p\.)?[A-Za-z]\d)/g;

/** The keys a variant query may match: as typed, and with gene symbols before protein changes removed. */
export function variantQueryKeys(input: string): string[] {
  return unique([nameKey(input), nameKey(input.replace(GENE_PREFIX, ""))]);
}

/** Keys a variant is stored under: its name, synonyms, and each with the gene symbol in front. */
export function variantAliases(gene: string, names: readonly string[]): string[] {
  return unique(names.flatMap((n) => [nameKey(n), nameKey(`${gene}${n}`)]));
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

// Lookup keys are stored as "|k1|k2|" and searched with CONTAINS "|k|": a TEXT index answers that without scanning
// the label, and the delimiters stop "g1202r" from matching inside "g1202r+l1196m".
export function keysText(keys: readonly string[]): string {
  return `|${unique(keys).join("|")}|`;
}

export function keyNeedles(keys: readonly string[]): string[] {
  return unique(keys.filter((k) => k.length > 0)).map((k) => `|${k}|`);
}
