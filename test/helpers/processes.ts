import { spawn, type ChildProcess } from "node:child_process";
import net, { type AddressInfo } from "node:net";
import { ROOT } from "../../src/config.js";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const elapsed = (since: number) => Date.now() - since;

/** Polls until `check` holds, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const began = Date.now();
  while (elapsed(began) < timeoutMs) {
    if (await check().catch(() => false)) return elapsed(began);
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<number | null>;
}

/** `npm start`'s entry point as a child process on loopback, with the given environment on top of ours. */
export async function spawnServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
