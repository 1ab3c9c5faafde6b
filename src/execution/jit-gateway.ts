import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

/** A document's operation: how often it ran interpreted, then its compiled form (or `null`: not compilable). */
type Entry = { seen: number } | { query: CompiledQuery | null };

/** Sightings of an operation before it is compiled: a document sent once never pays the compiler. */
export const COMPILE_AFTER = 2;

/**
 * Compiling costs about 5–15 µs per character of the document (1–6 ms for the README's examples, 78 ms for 40
 * aliased nested drug pages), all of it on the event loop: longer documents stay interpreted, and the process spends
 * at most COMPILE_BUDGET_MS of compiling per second (a bucket that holds one second's worth), so a client sending
 * ever new documents twice each cannot stall the server; past the budget, documents wait their turn interpreted.
 */
export const COMPILE_MAX_CHARS = 2_000;
export const COMPILE_BUDGET_MS = 100;

class CompileBudget {
  private left = COMPILE_BUDGET_MS;
  private at = performance.now();

  available(): boolean {
    const now = performance.now();
    this.left = Math.min(COMPILE_BUDGET_MS, this.left + ((now - this.at) / 1000) * COMPILE_BUDGET_MS);
    this.at = now;
    return this.left > 0;
  }

  spend(ms: number): void {
    this.left -= ms;
  }
}

/** How operations ran (tests read it; not a metric). */
export const jitStats = { interpreted: 0, compiled: 0, jit: 0 };

/**
 * Executes queries with graphql-jit: once a document's query operation has been seen COMPILE_AFTER times, it is
 * compiled into a JavaScript function (graphql-js re-reads the selection, coerces each field's arguments and
 * checks every value's type on every request; nested2hop's 400 fields cost 423 µs interpreted, 285 compiled).
 * Apollo's public hook for its executor is the gateway interface, so this is a gateway over a local schema:
 * parsing, validation, plugins, error formatting and the HTTP answer stay Apollo's.
 *
 * What stays with graphql-js: mutations (their side effects run through the reference executor), the first
 * sightings of a document (a client sending ever new documents makes the server compile nothing), long documents
 * and any past the compile budget (below), documents the compiler refuses, requests without an operation, and a
 * request whose variables do not coerce (its errors are graphql-js's, word for word).
 * Compiled forms live as long as Apollo keeps the parsed document (a WeakMap on it). The differential test
 * (test/integration/jit.int.test.ts) holds compiled answers to the interpreted ones, whole.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  const entryFor = (document: DocumentNode): Map<string, Entry> => {
    let byName = entries.get(document);
    if (!byName) entries.set(document, (byName = new Map()));
    return byName;
  };

  const budget = new CompileBudget();

  const executor: Executor = async ({ document, source, operationName, operation, request, context }) => {
    const variables = request.variables ?? {};
    const interpreted = () => {
      jitStats.interpreted += 1;
      // The operation name the client sent, as Apollo's own executor passes it (the resolved one is null when the
      // document lacks it, and graphql-js would then run the document's only operation instead of refusing).
      const { operationName: asked } = request;
      return execute({ schema, document, operationName: asked, variableValues: variables, contextValue: context });
    };
    // No operation (an operationName the document lacks): graphql-js words the error Apollo answers 400 with.
    if (!operation || operation.operation !== "query") return interpreted();
    const byName = entryFor(document);
    const key = operationName ?? "";
    let entry = byName.get(key) ?? (source.length > COMPILE_MAX_CHARS ? { query: null } : { seen: 0 });
    if ("seen" in entry) {
      if (entry.seen + 1 < COMPILE_AFTER || !budget.available()) {
        byName.set(key, { seen: entry.seen + 1 });
        return interpreted();
      }
      const began = performance.now();
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      budget.spend(performance.now() - began);
      entry = { query: isCompiledQuery(compiled) ? compiled : null };
      byName.set(key, entry);
      if (entry.query) jitStats.compiled += 1;
    }
    if (!entry.query) return interpreted();
    if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return interpreted();
    jitStats.jit += 1;
    return asGraphqlJs(await entry.query.query(undefined, context, variables));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors are its own objects, not graphql-js GraphQLErrors: Apollo would not find our error classes
 * behind them (a DatabaseUnavailableError would leave masked as INTERNAL_SERVER_ERROR). Each becomes the
 * GraphQLError graphql-js would have made: the original error (and so its extensions), the path, the locations.
 */
function asGraphqlJs(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const original = error.originalError ?? undefined;
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: original });
    // graphql-js computes locations from AST nodes, which graphql-jit does not keep; its locations are the same.
    (rebuilt as { locations: unknown }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}
