import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { LocalNeo4jConfig } from "../config.js";
import { ensureInstalled, LocalNeo4jError, requireJava, type Log } from "./install.js";
import { browserUrl, localPaths, writeNeo4jConf } from "./neo4j-conf.js";
import { checkPlugins, ensurePlugins } from "./plugins.js";

// The bootloader that normally turns settings into JVM flags is bypassed, so the flags Neo4j needs are given here.
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
];

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export interface Status {
  running: boolean;
  pid: number | undefined;
  /** True when something answers on the Bolt port, ours or not. */
  boltOpen: boolean;
}

function readPid(pidFile: string): number | undefined {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export async function status(config: LocalNeo4jConfig): Promise<Status> {
  const pid = readPid(localPaths(config.home).pidFile);
  return { running: alive(pid), pid: alive(pid) ? pid : undefined, boltOpen: await portOpen(config.boltPort) };
}

function lastLines(file: string, count: number): string {
  if (!fs.existsSync(file)) return "(no log)";
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
}

async function httpReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt and HTTP answer. Returns whether this call
 * started it, so the caller stops only what it started. Idempotent: starting twice is harmless.
 */
export async function start(config: LocalNeo4jConfig, log: Log): Promise<{ started: boolean }> {
  const current = await status(config);
  if (current.running || current.boltOpen) {
    log(current.running ? `already running (pid ${current.pid})` : `port ${config.boltPort} already answers; using it`);
    return { started: false };
  }
  requireJava();
  await ensureInstalled(config.home, log);
  const p = localPaths(config.home);
  await ensurePlugins(p.plugins, checkPlugins(config.plugins), log);
  writeNeo4jConf(config);
  const logFd = fs.openSync(p.consoleLog, "a");
  const classpath = [p.plugins, p.conf, p.lib].map((dir) => path.join(dir, "*")).join(path.delimiter);
  const args = [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    ...JVM_FLAGS,
    "-cp",
    classpath,
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${config.home}`,
    `--config-dir=${p.conf}`,
  ];
  const child = spawn("java", args, { detached: true, stdio: ["ignore", logFd, logFd] });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new LocalNeo4jError("could not spawn java");
  fs.writeFileSync(p.pidFile, `${child.pid}\n`);
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  child.unref();
  log(`starting Neo4j (pid ${child.pid}, bolt 127.0.0.1:${config.boltPort}, http 127.0.0.1:${config.httpPort})…`);
  const began = Date.now();
  let lastReport = began;
  for (;;) {
    if (exited !== undefined) {
      fs.rmSync(p.pidFile, { force: true });
      throw new LocalNeo4jError(
        `Neo4j exited during start (code ${exited}). Last lines of ${p.consoleLog}:\n${lastLines(p.consoleLog, 25)}`,
      );
    }
    if ((await httpReady(config.httpPort)) && (await portOpen(config.boltPort))) break;
    if (Date.now() - began > START_TIMEOUT_MS) {
      throw new LocalNeo4jError(`Neo4j did not answer within ${START_TIMEOUT_MS / 1000} s; see ${p.consoleLog}`);
    }
    if (Date.now() - lastReport >= 5000) {
      lastReport = Date.now();
      log(`  still starting… ${Math.round((Date.now() - began) / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`ready in ${((Date.now() - began) / 1000).toFixed(1)} s; Browser at ${browserUrl(config)}`);
  return { started: true };
}

/** Stops the local Neo4j gracefully (SIGTERM, then SIGKILL after a minute). Data stays on disk. */
export async function stop(config: LocalNeo4jConfig, log: Log): Promise<{ stopped: boolean }> {
  const p = localPaths(config.home);
  const pid = readPid(p.pidFile);
  if (!alive(pid) || pid === undefined) {
    fs.rmSync(p.pidFile, { force: true });
    log("not running");
    return { stopped: false };
  }
  process.kill(pid, "SIGTERM");
  const began = Date.now();
  while (alive(pid)) {
    if (Date.now() - began > STOP_TIMEOUT_MS) {
      log(`no exit after ${STOP_TIMEOUT_MS / 1000} s; killing`);
      process.kill(pid, "SIGKILL");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fs.rmSync(p.pidFile, { force: true });
  log(`stopped (pid ${pid}) in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return { stopped: true };
}

/**
 * Freezes (SIGSTOP) or thaws (SIGCONT) the local Neo4j: a database that accepts connections but never answers,
 * for fault tests. Returns false when it is not running.
 */
export function pause(config: LocalNeo4jConfig, paused: boolean): boolean {
  const pid = readPid(localPaths(config.home).pidFile);
  if (!alive(pid) || pid === undefined) return false;
  process.kill(pid, paused ? "SIGSTOP" : "SIGCONT");
  return true;
}
