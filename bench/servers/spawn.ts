import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../src/config.js";
import type { ServerName } from "../operations.js";

export interface RunningServer {
  name: ServerName;
  port: number;
  /** Its process (CPU per request is read from it). */
  pid: number | undefined;
  /** Where an operation is POSTed: /graphql, or /raw/<op> for the baseline. */
  url(op: string): string;
  stop(): Promise<void>;
}

const FILES: Record<ServerName, string> = {
  ours: "ours.ts",
  "ours-cached": "ours.ts",
  "neo4j-graphql": "neo4j-graphql.ts",
  raw: "raw.ts",
};

/** Starts one server in its own Node process (same Node, same flags), resolving once it prints "ready". */
export function startServer(name: ServerName, port: number, boltUri: string): Promise<RunningServer> {
  const file = path.join(ROOT, "bench", "servers", FILES[name]);
  // Every server runs in production mode, as the Dockerfile deploys this one (graphql-js, Express and Apollo skip
  // their development checks); introspection stays on for the capabilities check.
  const env = {
    ...process.env,
    NODE_ENV: "production",
    GRAPHQL_INTROSPECTION: "true",
    NEO4J_URI: boltUri,
    PORT: String(port),
    HOST: "127.0.0.1",
    BENCH_SERVER_NAME: name,
    BENCH_RESPONSE_CACHE_TTL_S: name === "ours-cached" ? "60" : "0",
  };
  const child = spawn(process.execPath, ["--import", "tsx", file], { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`ready ${name} ${port}`)) {
        child.stdout?.off("data", onData);
        resolve(handle(name, port, child));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${name} server exited (${code}):\n${output.slice(-2000)}`)));
  });
}

function handle(name: ServerName, port: number, child: ChildProcess): RunningServer {
  const base = `http://127.0.0.1:${port}`;
  return {
    name,
    port,
    pid: child.pid,
    url: (op) => (name === "raw" ? `${base}/raw/${op}` : `${base}/graphql`),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
