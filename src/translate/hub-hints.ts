import { cypherTemplate } from "../db/cypher.js";
import type { Executor } from "../db/executor.js";
import { EDGES } from "../modules/claims/claim-edges.js";
import type { EdgeSpec } from "../modules/shared/loaders.js";

/**
 * Below this many edges of a kind, a node's page is sorted: Neo4j reads and orders a few hundred edges faster than
 * the hub machinery (a degree test and two gated subqueries, run for every parent of a nested list) costs.
 */
export const HUB_MIN_DEGREE = 256;

/** Refreshed this often while the server runs (and once at start): hints follow a bulk load within a minute. */
export const REFRESH_MS = 60_000;

const keyOf = (spec: EdgeSpec): string => `${spec.from}|${spec.direction}|${spec.types.join("|")}`;

// Each relationship kind once (a field and its reverse share none: they differ in label or direction).
const SPECS: readonly EdgeSpec[] = [...new Map(Object.values(EDGES).map((spec) => [keyOf(spec), spec])).values()];

let instances = 0;

/**
 * Which relationship kinds can meet a hub parent, read from the graph: a kind whose nodes all have at most
 * HUB_MIN_DEGREE such edges is compiled as a plain sorted page, without the hub walk (cypher.ts, relation). A hint
 * only chooses between two statements that return the same page, so a stale one costs speed, never a wrong
 * answer; until the first read, and for a kind whose read failed, every kind may have hubs.
 */
export class HubHints {
  /** Kinds known to have no node over HUB_MIN_DEGREE edges. */
  private readonly quiet = new Set<string>();
  /** Each kind's total at its last read. */
  private readonly totals = new Map<string, number>();
  /** Part of the key of every compiled statement: a different process-local id per instance, a new version per change. */
  private readonly id = ++instances;
  private version = 0;

  get key(): string {
    return `${this.id}.${this.version}`;
  }

  mayHaveHub(spec: EdgeSpec): boolean {
    return !this.quiet.has(keyOf(spec));
  }

  /**
   * Reads every kind's degrees: one count-store read each, and a scan of its nodes' degrees only where the total
   * exceeds HUB_MIN_DEGREE and changed since the last read.
   */
  async refresh(executor: Executor): Promise<void> {
    for (const spec of SPECS) {
      const key = keyOf(spec);
      const query = cypherTemplate(`queries/stats/degree-${spec.direction}`, {
        fromLabel: spec.from,
        type: spec.types,
      });
      const known = this.totals.get(key) ?? -1;
      const [row] = await executor.read(query, { min: HUB_MIN_DEGREE, known }, { countRows: false });
      const total = Number(row?.total);
      if (!Number.isFinite(total)) continue;
      if (total <= HUB_MIN_DEGREE) this.set(key, true);
      else if (row?.maxDegree != null) this.set(key, Number(row.maxDegree) <= HUB_MIN_DEGREE);
      this.totals.set(key, total);
    }
  }

  /** Refreshes now and every REFRESH_MS until the returned stop is called; a failed refresh keeps the last hints. */
  start(executor: Executor, onError: (error: unknown) => void, everyMs = REFRESH_MS): () => void {
    let running: Promise<void> | null = null;
    // One refresh at a time: on a graph whose scans outlast the period, a tick is skipped, not stacked.
    const run = () => {
      running ??= this.refresh(executor)
        .catch(onError)
        .finally(() => (running = null));
    };
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private set(key: string, quiet: boolean): void {
    if (this.quiet.has(key) === quiet) return;
    if (quiet) this.quiet.add(key);
    else this.quiet.delete(key);
    this.version += 1;
  }
}

/** Hints that know nothing: every kind may have hubs (a context built without a server, as the TCK's). */
export const NO_HINTS = new HubHints();
