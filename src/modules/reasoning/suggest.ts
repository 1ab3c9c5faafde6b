/** Close matches for a name the graph does not hold, so an error can say what the user probably meant. */
export interface NameCandidate {
  name: string;
  keys: string[];
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to `max` candidate names whose keys are within a few edits of one of the input keys, or contain it (so
 * "G1202" suggests "G1202R" and "G1202del"), closest first.
 */
export function closeMatches(keys: string[], candidates: NameCandidate[], max = 5): string[] {
  const scored = candidates.map((candidate) => {
    let best = Infinity;
    for (const key of keys.filter(Boolean)) {
      for (const other of candidate.keys) {
        const contains = other.includes(key) || (other.length >= 4 && key.includes(other));
        const distance = contains ? 0.5 : editDistance(key, other);
        if (distance <= Math.max(2, Math.floor(key.length / 3))) best = Math.min(best, distance);
      }
    }
    return { name: candidate.name, best };
  });
  return scored
    .filter((s) => s.best < Infinity)
    .sort((a, b) => a.best - b.best || a.name.localeCompare(b.name))
    .map((s) => s.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .slice(0, max);
}
