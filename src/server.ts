import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Executor } from "./db/executor.js";
import { createContext, type Context } from "./context.js";
import { formatError } from "./errors/format-error.js";
import { graphiqlRouter } from "./http/graphiql.js";
import { guideRouter } from "./http/guide.js";
import { cypherStatsPlugin } from "./plugins/cypher-stats.js";
import { createSchema } from "./schema.js";

export interface ServerOptions {
  executor: Executor;
  /** Answers /readyz: true when the database can be reached now. */
  ready: () => Promise<boolean>;
}

export async function createApollo(): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // index.ts owns SIGINT/SIGTERM (drain, stop Apollo, close the driver, stop the local Neo4j); two handlers racing
    // to stop the same server left the process hanging.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), cypherStatsPlugin()],
  });
  return server;
}

/** The HTTP app: /graphql (Apollo), /graphiql (offline GraphiQL), /guide (Neo4j Browser guide), /healthz, /readyz. */
export async function createApp({
  executor,
  ready,
}: ServerOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = await createApollo();
  await apollo.start();
  const app = express();
  app.disable("x-powered-by");
  app.get("/", (_req, res) => res.redirect("/graphiql"));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ok = await ready();
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "database unavailable" });
  });
  app.use(graphiqlRouter());
  app.use(guideRouter());
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, { context: async () => createContext(executor) }),
  );
  return { app, apollo };
}
