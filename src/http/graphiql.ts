import { createRequire } from "node:module";
import path from "node:path";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);

// GraphiQL 3's UMD build and React 18's UMD builds are served from node_modules, so the page works offline
// (Apollo's own landing page and Sandbox load from a CDN and show nothing without internet).
const ASSETS: Record<string, string> = {
  "react.js": path.join(path.dirname(require.resolve("react/package.json")), "umd", "react.production.min.js"),
  "react-dom.js": path.join(
    path.dirname(require.resolve("react-dom/package.json")),
    "umd",
    "react-dom.production.min.js",
  ),
  "graphiql.js": path.join(path.dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
  "graphiql.css": path.join(path.dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
};

const EXAMPLE = `# ALK Resistance Graph. Every claim carries its evidence.
{
  variant(name: "ALK G1202R") {
    fullName
    drugActivity(activity: [RESISTANT]) {
      drug { name generation }
      ic50nM
      evidence { level sources publications { firstAuthor year journal } }
    }
  }
}
`;

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>ALK Resistance Graph · GraphiQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="graphiql/assets/graphiql.css" />
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="graphiql/assets/react.js"></script>
  <script src="graphiql/assets/react-dom.js"></script>
  <script src="graphiql/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} }),
    );
  </script>
</body>
</html>`;
}

export function graphiqlRouter(endpoint = "/graphql"): Router {
  const router = express.Router();
  router.get("/graphiql", (_req, res) => {
    res.type("html").send(page(endpoint));
  });
  router.get("/graphiql/assets/:file", (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}
