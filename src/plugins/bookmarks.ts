import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { BOOKMARKS_HEADER } from "../http/request-guards.js";

/**
 * After a write, sends its Neo4j bookmarks in the Neo4j-Bookmarks response header. A client that sends them back
 * reads its own write on any replica, even from a cluster member that has not caught up yet (docs/deploy.md).
 */
export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { bookmarks } = contextValue.stats;
          if (bookmarks.length > 0) response.http.headers.set(BOOKMARKS_HEADER.toLowerCase(), bookmarks.join(","));
        },
      };
    },
  };
}
