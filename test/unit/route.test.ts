import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { chain, isGraphqlPath, type Middleware } from "../../src/http/route.js";

// The /graphql chain's runner, on stand-ins for Node's request and response: what is tested is the order in which
// it calls middlewares and where errors go, not HTTP (the HTTP and protection tests drive the real route).
function run(middlewares: Middleware[]) {
  const seen: string[] = [];
  const res = { destroyed: false, destroy: () => seen.push("destroy") } as unknown as ServerResponse;
  const finished = new Promise<void>((resolve) => {
    const wrapped = middlewares.map<Middleware>((m) => async (req, r, next) => {
      await m(req, r, next);
      resolve();
    });
    chain(wrapped, (error, _req, _res, next) => {
      seen.push(`error: ${(error as Error).message}`);
      if ((error as Error).message === "unanswerable") next();
      resolve();
    })({} as IncomingMessage, res);
  });
  return { seen, res, finished };
}

describe("the /graphql chain", () => {
  it("runs middlewares in order while each calls next, and gives each response its locals", async () => {
    const order: string[] = [];
    const { res, finished } = run([
      (_req, r, next) => {
        order.push("first");
        r.locals.actor = "anonymous";
        next();
      },
      async (_req, r, next) => {
        order.push(`second saw ${String(r.locals.actor)}`);
        next();
        next(); // a second call is ignored
      },
      () => void order.push("last answers"),
    ]);
    await finished;
    expect(order).toEqual(["first", "second saw anonymous", "last answers"]);
    expect((res as unknown as { locals: object }).locals).toEqual({ actor: "anonymous" });
  });

  it("sends an error to the error handler, whether passed to next, thrown, or rejected, and stops there", async () => {
    const after: string[] = [];
    const never: Middleware = () => void after.push("ran");
    for (const failing of [
      ((_req, _res, next) => next(new Error("passed"))) as Middleware,
      () => {
        throw new Error("thrown");
      },
      async () => Promise.reject(new Error("rejected")),
    ]) {
      const { seen, finished } = run([failing, never]);
      await finished;
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/^error: (passed|thrown|rejected)$/);
    }
    expect(after).toEqual([]);
  });

  it("cuts the connection when the error handler cannot answer", async () => {
    const { seen, finished } = run([(_req, _res, next) => next(new Error("unanswerable"))]);
    await finished;
    expect(seen).toEqual(["error: unanswerable", "destroy"]);
  });

  it("fails when no middleware answers", async () => {
    const { seen, finished } = run([(_req, _res, next) => next()]);
    await finished;
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(["error: no handler answered"]);
  });
});

describe("isGraphqlPath", () => {
  it("matches /graphql and below it, in any case, with or without a query string, as Express's mount did", () => {
    const urls = ["/graphql", "/graphql?query={a}", "/GraphQL", "/graphql/", "/graphql/x", "/graphqlx", "/", "/export"];
    expect(urls.map(isGraphqlPath)).toEqual([true, true, true, true, true, false, false, false]);
    expect(isGraphqlPath(undefined)).toBe(false);
  });
});
