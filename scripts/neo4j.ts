/**
 * npm run neo4j:start | neo4j:stop | neo4j:status — the project's local Neo4j, alone.
 */
import { loadConfig } from "../src/config.js";
import { LocalNeo4jError } from "../src/local-neo4j/install.js";
import { start, status, stop } from "../src/local-neo4j/process.js";

const log = (message: string): void => console.error(`neo4j: ${message}`);

async function main(command: string | undefined): Promise<void> {
  const { local } = loadConfig().neo4j;
  switch (command) {
    case "start":
      await start(local, log);
      return;
    case "stop":
      await stop(local, log);
      return;
    case "status": {
      const s = await status(local);
      console.log(
        s.running ? `running (pid ${s.pid})` : s.boltOpen ? "another process answers on the Bolt port" : "stopped",
      );
      return;
    }
    default:
      throw new LocalNeo4jError("usage: tsx scripts/neo4j.ts start|stop|status");
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`neo4j: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
