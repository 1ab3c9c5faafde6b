/**
 * The off-the-shelf alternative: @neo4j/graphql 7 on Apollo Server 5 (express 5, as this server), over the same
 * graph, with hand-written type definitions for the labels and types the operations touch. Its driver comes from
 * the same `createDriver`, wrapped only to count transactions (GET /stats).
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver, Session } from "neo4j-driver";
import { createDriver } from "../../src/db/driver.js";
import { announce, benchConfig, counter } from "./common.js";
import { typeDefs } from "./neo4j-graphql.typedefs.js";

const COUNTED = new Set(["run", "executeRead", "executeWrite", "beginTransaction"]);

/** The driver as it is, except that every transaction a session opens adds one to `counter.roundTrips`. */
function countingDriver(driver: Driver): Driver {
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (COUNTED.has(String(property))) counter.roundTrips += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "session") return (...args: unknown[]) => wrapSession(target.session(...(args as [])));
      if (property === "executeQuery") counter.roundTrips += 1;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const config = benchConfig();
const driver = countingDriver(createDriver(config.neo4j));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// Introspection on (the capabilities check; production mode turns it off by default) and, like this server, without
// Apollo's default cache-control plugin, which hooks every field and which neither server uses here.
const apollo = new ApolloServer({
  schema,
  introspection: true,
  stopOnTerminationSignals: false,
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
await apollo.start();
const app = express();
app.get("/stats", (_req, res) => {
  res.json(counter);
});
app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo));
announce(app.listen(config.port, config.host), "neo4j-graphql", config.port);
