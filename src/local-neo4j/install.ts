import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../config.js";

export type Log = (message: string) => void;

export const POM = path.join(ROOT, "neo4j", "pom.xml");

/** Thrown for a machine that lacks what the local Neo4j needs; the message is the whole story for the user. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

export function requireJava(): void {
  if (!hasCommand("java", ["-version"])) {
    throw new LocalNeo4jError(
      "Java 17 or newer is needed to run the local Neo4j: install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use another Neo4j.",
    );
  }
}

export function requireMaven(): void {
  if (!hasCommand("mvn", ["-v"])) {
    throw new LocalNeo4jError(
      "Maven (`mvn`) is needed once to fetch Neo4j from Maven Central: install it (e.g. `apt-get install maven`), or set NEO4J_URI to use another Neo4j.",
    );
  }
}

export function pomHash(pom: string): string {
  return createHash("sha256").update(fs.readFileSync(pom)).digest("hex").slice(0, 16);
}

/**
 * Assembles `<home>/lib` from Maven Central with `mvn dependency:copy-dependencies` (jars land in ~/.m2 first, so a
 * second install is a local copy). A marker holding the POM's hash makes the step a no-op until the POM changes.
 */
export async function ensureInstalled(home: string, log: Log): Promise<void> {
  const lib = path.join(home, "lib");
  const marker = path.join(lib, ".installed");
  const hash = pomHash(POM);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8").trim() === hash) return;
  requireMaven();
  fs.rmSync(lib, { recursive: true, force: true });
  fs.mkdirSync(lib, { recursive: true });
  log("fetching Neo4j 5.26 Community jars from Maven Central (first run only; ~140 MB, cached in ~/.m2)…");
  const started = Date.now();
  await runMaven(POM, lib, log);
  const jars = fs.readdirSync(lib).filter((name) => name.endsWith(".jar")).length;
  fs.writeFileSync(marker, `${hash}\n`);
  log(`installed ${jars} jars in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function runMaven(pom: string, outputDirectory: string, log: Log): Promise<void> {
  const args = ["-B", "-f", pom, "dependency:copy-dependencies", `-DoutputDirectory=${outputDirectory}`];
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    let downloaded = 0;
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      // Maven prints one "Downloaded from" line per file: a cheap, honest progress count.
      if (line.includes("Downloaded from")) {
        downloaded += 1;
        if (downloaded % 100 === 0) log(`  downloaded ${downloaded} files…`);
      }
    };
    let buffer = "";
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      lines.forEach(onLine);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new LocalNeo4jError(`mvn failed (exit ${code}):\n${tail.join("\n")}`));
    });
  });
}
