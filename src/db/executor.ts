import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { DatabaseUnavailableError, QueryTimeoutError, RowLimitError } from "../errors/errors.js";
import type { CypherQuery } from "./cypher.js";
import { RETRY_TIME_MS } from "./driver.js";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Rows one GraphQL request may read (GRAPHQL_MAX_ROWS): records, and the items of the lists they collect. */
export const DEFAULT_MAX_ROWS = 10_000;

/**
 * Counts Cypher round trips (one per request lets a test prove that list sizes do not change the count) and the
 * rows they returned, which are held to `maxRows`: past it the read fails with RowLimitError and `rowLimitHit`
 * tells the response plugin to answer that error alone.
 */
export interface QueryStats {
  roundTrips: number;
  queries: string[];
  /** Bookmarks of this request's last write: a client sends them back so any replica reads after that write. */
  bookmarks: string[];
  rows: number;
  maxRows: number;
  rowLimitHit: boolean;
}

export function newQueryStats(maxRows: number = DEFAULT_MAX_ROWS): QueryStats {
  return { roundTrips: 0, queries: [], bookmarks: [], rows: 0, maxRows, rowLimitHit: false };
}

export interface ReadOptions {
  /**
   * False for reads whose size follows the graph, not the request (the names behind "did you mean"
   * suggestions): they are not held to the request's row bound.
   */
  countRows?: boolean;
}

/** What the reasoning reads need of an executor: one read (the benchmark's raw baseline passes its own). */
export type Reader = Pick<Executor, "read">;

/**
 * The only module that talks to the driver. A read is one auto-commit statement, retried here on transient errors;
 * writes run in managed transactions (`executeWrite`, retried by the driver); exports stream from an explicit
 * one. Every transaction has a timeout, every session is closed in `finally`, and driver errors leave as typed
 * errors whose messages are safe for clients.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly stats?: QueryStats,
    // One per process: in a cluster, every read of this process follows every write it made (causal consistency).
    private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager(),
    private readonly bookmarks: string[] = [],
  ) {}

  /**
   * A view of this executor for one request: counts round trips into `stats`, and reads after the writes whose
   * `bookmarks` the client sent (a curator who wrote through another replica reads their own write).
   */
  withStats(stats: QueryStats, bookmarks: string[] = []): Executor {
    return new Executor(this.driver, this.database, this.timeoutMs, stats, this.bookmarkManager, bookmarks);
  }

  async read(query: CypherQuery, params: Params = {}, { countRows = true }: ReadOptions = {}): Promise<Row[]> {
    const rows = await this.autoCommitRead(query, params);
    if (countRows) this.countRows(rows, false);
    return rows;
  }

  /**
   * A read is one statement, so it runs as an auto-commit transaction: RUN and PULL in one network round trip,
   * where a managed one adds BEGIN and a COMMIT round trip (Neo4j spends about 40 % less CPU on a small read). The
   * driver retries only managed transactions; a read has no side effects, so it is retried here the way the driver
   * would (transient errors and lost connections, backing off 1 s, 2 s… for RETRY_TIME_MS).
   */
  private async autoCommitRead(query: CypherQuery, params: Params): Promise<Row[]> {
    this.count(query.name);
    const began = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = await this.readSession();
      try {
        const result = await withoutCallerStack(() =>
          session.run(query.text, toCypherValue(params) as Params, this.config(query.name)),
        );
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        if (!Neo4jError.isRetryable(error) || Date.now() - began >= RETRY_TIME_MS) throw mapError(error);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** attempt * (0.8 + Math.random() * 0.4)));
    }
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.runWrite((tx) => runIn(tx, query, params), query.name);
  }

  /** Several statements in one write transaction: all of them land or none does. */
  writeAll(steps: { query: CypherQuery; params: Params }[]): Promise<Row[][]> {
    return this.transaction(steps.map((s) => s.query.name).join("+"), async (run) => {
      const results: Row[][] = [];
      for (const step of steps) results.push(await run(step.query, step.params));
      return results;
    });
  }

  /**
   * One write transaction whose later statements depend on earlier results (a curation write and its audit
   * event). Throwing from `work` rolls everything back. The driver may retry `work` on a transient error, so it
   * must not have side effects outside the transaction.
   */
  transaction<T>(name: string, work: (run: (query: CypherQuery, params?: Params) => Promise<Row[]>) => Promise<T>) {
    return this.runWrite((tx) => work((query, params = {}) => runIn(tx, query, params)), name);
  }

  /**
   * A read whose rows are handed to `onRow` as they arrive, for answers too large to hold (the exports). It runs in
   * an explicit transaction, not a managed one: a retry would repeat rows already sent. `onRow` may wait (a slow
   * client); the driver then stops fetching. Returns the number of rows.
   */
  async stream(query: CypherQuery, params: Params, onRow: (row: Row) => void | Promise<void>): Promise<number> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction(this.config(query.name));
    try {
      this.count(query.name);
      let rows = 0;
      for await (const record of tx.run(query.text, toCypherValue(params) as Params)) {
        await onRow(record.toObject() as Row);
        rows += 1;
      }
      await tx.commit();
      return rows;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data, so they run auto-committed. */
  async schema(text: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      this.count("schema");
      await session.run(text);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /** Writes go through the process's bookmark manager: each starts after the last ones and leaves its bookmark. */
  private writeSession() {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
      bookmarks: this.bookmarks,
    });
  }

  /**
   * A read starts after this process's writes and the client's, but leaves nothing in the manager: a read given
   * the manager stores the bookmark it got back, so every later read would carry one for Neo4j to check, and a
   * process that never wrote would pay that on every request (about 0.1 ms of CPU per small read, driver and
   * Neo4j together). With no write behind it, a read sends no bookmark.
   */
  private async readSession() {
    const written = await this.bookmarkManager.getBookmarks();
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarks: [...written, ...this.bookmarks],
    });
  }

  /** Every transaction's timeout, and metadata naming the query (shown by SHOW TRANSACTIONS and in query logs). */
  private config(name: string) {
    return { timeout: this.timeoutMs, metadata: { app: "alk-resistance-graph", query: name } };
  }

  /** A managed write transaction: the driver retries `work` on transient errors. */
  private async runWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, name: string): Promise<T> {
    const session = this.writeSession();
    try {
      this.count(name);
      const result = await session.executeWrite(work, this.config(name));
      if (this.stats) this.stats.bookmarks = session.lastBookmarks();
      return result;
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A record is a row, and so is each item of a list it collected (edges per parent, a page's nodes). `nested`: the
   * rows are trees (a translated root field, counted by the translator once shaped, as its statement's lists may
   * hold bare values): every object inside a list at any depth counts too, as a row of its list level's query.
   */
  countRows(rows: readonly object[], nested: boolean): void {
    const stats = this.stats;
    if (!stats) return;
    for (const row of rows) {
      stats.rows += 1;
      if (nested) stats.rows += nestedRows(row);
      else for (const value of Object.values(row)) if (Array.isArray(value)) stats.rows += value.length;
    }
    if (stats.rows > stats.maxRows) {
      stats.rowLimitHit = true;
      throw new RowLimitError(stats.maxRows);
    }
  }

  private count(name: string): void {
    if (!this.stats) return;
    this.stats.roundTrips += 1;
    this.stats.queries.push(name);
  }
}

/**
 * The driver captures and formats a stack trace on every `run`, only to graft it onto a failure's stack. A read
 * that fails leaves here as a typed error with its own stack (mapError), so that trace is never read; formatting it
 * cost about a tenth of a small read's CPU (more under source maps). V8 collects no frames while
 * `Error.stackTraceLimit` is 0, and `run` builds its result synchronously, so the limit is restored before any
 * other code runs.
 */
export function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Maps inside lists, at any depth (scalar lists such as synonyms are values, not rows). */
function nestedRows(value: unknown): number {
  let rows = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === "object") rows += 1 + nestedRows(item);
  } else if (value !== null && typeof value === "object") {
    // for…in, not Object.values: no array per object (this walks every object of every answer).
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === "object") rows += nestedRows(item);
    }
  }
  return rows;
}

async function runIn(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<Row[]> {
  const result = await tx.run(query.text, toCypherValue(params) as Params);
  return result.records.map((record) => record.toObject() as Row);
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Maps driver failures to the public error classes; anything unknown is rethrown and masked by formatError. */
export function mapError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (
    UNAVAILABLE.has(error.code) ||
    /acquisition timed out|Could not perform discovery|connect ECONNREFUSED/i.test(error.message)
  ) {
    return new DatabaseUnavailableError();
  }
  if (
    error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    error.code === "Neo.TransientError.Transaction.LockClientStopped"
  ) {
    return new QueryTimeoutError();
  }
  return error;
}

/**
 * JavaScript has one number type; Cypher has INTEGER and FLOAT, and LIMIT or SKIP reject 20.0. Whole numbers are
 * therefore sent as Cypher integers (read back as plain numbers: the driver runs with disableLosslessIntegers).
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}
