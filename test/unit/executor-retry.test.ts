import { Neo4jError, type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError } from "../../src/errors/errors.js";
import { Executor, newQueryStats, withoutCallerStack } from "../../src/db/executor.js";

// The retry policy of auto-commit reads, on a driver that fails as told: no database is involved, since what is
// tested is when the executor tries again, not what a query answers (the integration and fault tests run reads
// against a real Neo4j, stopped and restarted).
function failingDriver(failures: Error[]) {
  const calls: number[] = [];
  const driver = {
    session: () => ({
      run: async () => {
        calls.push(Date.now());
        const failure = failures.shift();
        if (failure) throw failure;
        return { records: [{ toObject: () => ({ answer: 42 }) }] };
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  return { driver, calls };
}

const query = { name: "test/read", text: "RETURN 42 AS answer" };
// Driver 6 errors also carry a GQL status; the executor (like the driver's retry rule for these codes) reads the code.
const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, "50N42", "error: general processing exception - unexpected error");

describe("auto-commit reads", () => {
  it("are tried again after a transient failure, and count one round trip", async () => {
    const { driver, calls } = failingDriver([neo4jError("gone", "ServiceUnavailable")]);
    const stats = newQueryStats();
    const rows = await new Executor(driver, "neo4j", 1_000).withStats(stats).read(query);
    expect(rows).toEqual([{ answer: 42 }]);
    expect(calls).toHaveLength(2);
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(750); // backs off about a second, as the driver does
    expect(stats.roundTrips).toBe(1);
  });

  it("fail at once on an error a retry cannot fix, and give up on a database that stays down", async () => {
    const syntax = failingDriver([neo4jError("bad", "Neo.ClientError.Statement.SyntaxError")]);
    await expect(new Executor(syntax.driver, "neo4j", 1_000).read(query)).rejects.toThrow("bad");
    expect(syntax.calls).toHaveLength(1);
    const down = failingDriver(Array.from({ length: 10 }, () => neo4jError("gone", "ServiceUnavailable")));
    await expect(new Executor(down.driver, "neo4j", 1_000).read(query)).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(down.calls.length).toBeGreaterThanOrEqual(2);
    expect(down.calls.at(-1)! - down.calls[0]!).toBeLessThan(5_000);
  }, 15_000);
});

describe("withoutCallerStack", () => {
  it("collects no frames while the driver builds its result, and restores the limit after", () => {
    const before = Error.stackTraceLimit;
    const stack = withoutCallerStack(() => new Error("inside").stack);
    expect(stack).toBe("Error: inside");
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error("after").stack?.split("\n").length).toBeGreaterThan(1);
  });

  it("restores the limit when the call throws", () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutCallerStack(() => {
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(Error.stackTraceLimit).toBe(before);
  });
});
