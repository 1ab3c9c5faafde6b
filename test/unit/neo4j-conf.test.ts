import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { browserUrl, writeNeo4jConf } from "../../src/local-neo4j/neo4j-conf.js";

it("writes a neo4j.conf bound to loopback with absolute folders under the home", () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-home-"));
  writeNeo4jConf({ home, boltPort: 17687, httpPort: 17474, heap: "1g", pageCache: "128m", plugins: [] });
  const lines = fs.readFileSync(path.join(home, "conf", "neo4j.conf"), "utf8").split("\n");
  expect(lines).toContain(`server.directories.data=${home}/data`);
  expect(lines).toContain("server.default_listen_address=127.0.0.1");
  expect(lines).toContain("server.bolt.listen_address=127.0.0.1:17687");
  expect(lines).toContain("server.http.listen_address=127.0.0.1:17474");
  expect(lines).toContain("dbms.security.auth_enabled=false");
  expect(lines).toContain("server.memory.pagecache.size=128m");
  expect(lines).toContain("browser.remote_content_hostname_whitelist=localhost,127.0.0.1,guides.neo4j.com");
  expect(lines.some((line) => line.startsWith("dbms.security.procedures"))).toBe(false);
  for (const dir of ["data", "logs", "plugins", "import", "run"])
    expect(fs.existsSync(path.join(home, dir))).toBe(true);
});

it("opens APOC's procedures only when the APOC plugin is requested", () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-home-"));
  writeNeo4jConf({ home, boltPort: 17687, httpPort: 17474, heap: "1g", pageCache: "128m", plugins: ["apoc"] });
  const lines = fs.readFileSync(path.join(home, "conf", "neo4j.conf"), "utf8").split("\n");
  expect(lines).toContain("dbms.security.procedures.unrestricted=apoc.*");
});

it("makes Browser open ready: the guide plays after connecting, and the printed link preselects no-auth", () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-home-"));
  const config = { home, boltPort: 17687, httpPort: 17474, heap: "1g", pageCache: "128m", plugins: [] };
  writeNeo4jConf({ ...config, guideUrl: "http://127.0.0.1:4000/guide" });
  const lines = fs.readFileSync(path.join(home, "conf", "neo4j.conf"), "utf8").split("\n");
  expect(lines).toContain("browser.post_connect_cmd=play http://127.0.0.1:4000/guide");
  expect(browserUrl(config)).toBe(
    "http://127.0.0.1:17474/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A17687&preselectAuthMethod=NO_AUTH",
  );
});
