import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { HttpRequest, HttpResponse, Middleware } from "./route.js";

/**
 * Apollo Server on Node's own request and response (what @as-integrations/express5 does on Express's): the parsed
 * body, headers and query string in, Apollo's status, headers and body out. Comes last in the /graphql chain, after
 * the guards and the body parser; errors go to the chain's error handler.
 */
export function apolloHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: (req: HttpRequest, res: HttpResponse) => Promise<C>,
): Middleware {
  server.assertStarted("apolloHandler()");
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: query === -1 ? "" : url.slice(query),
        body: req.body,
      },
      context: () => context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.setHeader("content-length", Buffer.byteLength(response.body.string));
      res.end(req.method === "HEAD" ? undefined : response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
