import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { eventually, freePort } from "./processes.js";

/**
 * A real Redis (Debian's redis-server) for a test: loopback only, no persistence, its own port. `kill()` is a
 * crash (SIGKILL); `start()` again brings an empty Redis back on the same port.
 */
export class TestRedis {
  private process: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      "redis-server",
      [
        "--port",
        String(this.port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--protected-mode",
        "yes",
      ],
      { stdio: "ignore" },
    );
    await eventually(async () => this.ping(), 10_000, `redis-server on ${this.port}`);
  }

  ping(): boolean {
    try {
      return (
        execFileSync("redis-cli", ["-p", String(this.port), "ping"], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        }).trim() === "PONG"
      );
    } catch {
      return false;
    }
  }

  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    this.process = null;
  }
}

/** Fails fast with what to install when Redis is missing, instead of a timeout. */
export function requireRedisServer(): void {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error("redis-server not found: apt-get install redis-server (.ci/run installs it)");
  }
}
