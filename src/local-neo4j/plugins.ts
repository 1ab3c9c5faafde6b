import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../config.js";
import { LocalNeo4jError, pomHash, requireMaven, runMaven, type Log } from "./install.js";

/** Optional plugins of the local Neo4j, each a POM of Maven Central artifacts copied into `<home>/plugins`. */
export const PLUGIN_POMS = { apoc: path.join(ROOT, "neo4j", "apoc.pom.xml") } as const;
export type Plugin = keyof typeof PLUGIN_POMS;

/** Checks the plugin names of the config (NEO4J_LOCAL_PLUGINS, e.g. "apoc") against the known POMs. */
export function checkPlugins(names: readonly string[]): Plugin[] {
  for (const name of names) {
    if (!(name in PLUGIN_POMS)) {
      throw new LocalNeo4jError(`NEO4J_LOCAL_PLUGINS: unknown plugin "${name}" (known: ${Object.keys(PLUGIN_POMS)})`);
    }
  }
  return [...new Set(names)].sort() as Plugin[];
}

/**
 * Makes `<home>/plugins` hold exactly the requested plugins. The folder is owned by this function: a marker names
 * the plugins and POM hashes it was filled from, and any other request empties it first, so a home started once
 * with APOC does not keep loading it afterwards.
 */
export async function ensurePlugins(pluginsDir: string, plugins: Plugin[], log: Log): Promise<void> {
  const marker = path.join(pluginsDir, ".installed");
  const wanted = plugins.map((p) => `${p}:${pomHash(PLUGIN_POMS[p])}`).join(",");
  const current = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8").trim() : "";
  if (current === wanted && (wanted !== "" || !hasJars(pluginsDir))) return;
  fs.rmSync(pluginsDir, { recursive: true, force: true });
  fs.mkdirSync(pluginsDir, { recursive: true });
  if (plugins.length > 0) requireMaven();
  for (const plugin of plugins) {
    log(`fetching plugin ${plugin} from Maven Central (cached in ~/.m2)…`);
    await runMaven(PLUGIN_POMS[plugin], pluginsDir, log);
  }
  fs.writeFileSync(marker, `${wanted}\n`);
}

function hasJars(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.endsWith(".jar"));
}
