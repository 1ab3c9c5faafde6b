import fs from "node:fs";
import path from "node:path";
import type { LocalNeo4jConfig } from "../config.js";

/** Folders of the local server, all under its home so one `rm -rf .neo4j` resets everything. */
export function localPaths(home: string) {
  return {
    lib: path.join(home, "lib"),
    conf: path.join(home, "conf"),
    data: path.join(home, "data"),
    logs: path.join(home, "logs"),
    plugins: path.join(home, "plugins"),
    imports: path.join(home, "import"),
    run: path.join(home, "run"),
    pidFile: path.join(home, "run", "neo4j.pid"),
    consoleLog: path.join(home, "logs", "console.log"),
  };
}

/**
 * Writes conf/neo4j.conf. Auth is off, so every listener is bound to 127.0.0.1: nothing outside this machine can
 * reach the database. Unknown keys fail Neo4j's strict validation, so only documented 5.26 settings appear here.
 */
export function writeNeo4jConf(config: LocalNeo4jConfig): void {
  const p = localPaths(config.home);
  for (const dir of [p.conf, p.data, p.logs, p.plugins, p.imports, p.run]) fs.mkdirSync(dir, { recursive: true });
  const lines = [
    "# Written by src/local-neo4j/neo4j-conf.ts at every start; edit that file, not this one.",
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.plugins=${p.plugins}`,
    `server.directories.import=${p.imports}`,
    `server.directories.run=${p.run}`,
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${config.boltPort}`,
    `server.http.listen_address=127.0.0.1:${config.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${config.httpPort}`,
    "server.https.enabled=false",
    "dbms.security.auth_enabled=false",
    `server.memory.pagecache.size=${config.pageCache}`,
    "db.transaction.timeout=60s",
    "dbms.usage_report.enabled=false",
    // Browser asks before sending product analytics; this answers "no" for the whole server.
    "client.allow_telemetry=false",
    "server.logs.gc.enabled=false",
    // Lets Browser `:play http://localhost:4000/guide` (the GraphQL server's guide). 5.26 still spells it whitelist.
    "browser.remote_content_hostname_whitelist=localhost,127.0.0.1,guides.neo4j.com",
    // Browser opens ready: after connecting it plays the guide, with no `:play` typed (see browserUrl for no-auth).
    ...(config.guideUrl ? [`browser.post_connect_cmd=play ${config.guideUrl}`] : []),
    // APOC's procedures need this; written only when the plugin is installed (unknown procedures are harmless).
    ...(config.plugins.includes("apoc") ? ["dbms.security.procedures.unrestricted=apoc.*"] : []),
    "",
  ];
  fs.writeFileSync(path.join(p.conf, "neo4j.conf"), lines.join("\n"));
}

/**
 * The Browser link to print: it names the Bolt address and preselects "No authentication" (Browser 5 reads
 * `dbms` and `preselectAuthMethod` from its URL), so the local database, which has auth off, needs no login form.
 */
export function browserUrl(config: Pick<LocalNeo4jConfig, "httpPort" | "boltPort">): string {
  const dbms = encodeURIComponent(`bolt://127.0.0.1:${config.boltPort}`);
  return `http://127.0.0.1:${config.httpPort}/browser/?dbms=${dbms}&preselectAuthMethod=NO_AUTH`;
}
