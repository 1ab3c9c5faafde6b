import neo4j, { type Driver, type SessionConfig } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Executor, newQueryStats } from "../../src/db/executor.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

// Which bookmarks reads and writes start after, on the real Neo4j: the driver is the test database's, watched at
// the session call. Reads follow this process's writes and the client's, and leave nothing in the process's
// bookmark manager (so a process that never wrote sends Neo4j no bookmark to check).
let graph: TestGraph;
const sessions: SessionConfig[] = [];
let watched: Driver;
beforeAll(async () => {
  graph = await openTestGraph();
  watched = new Proxy(graph.driver, {
    get(target, key, receiver) {
      if (key !== "session") return Reflect.get(target, key, receiver) as unknown;
      return (config: SessionConfig) => {
        sessions.push(config);
        return target.session(config);
      };
    },
  });
});
afterAll(async () => {
  await graph.executor.write({ name: "test/bookmarks-cleanup", text: "MATCH (n:BookmarkTest) DETACH DELETE n" });
  await graph.close();
});

const ID = `bookmark-${process.pid}`;
const write = { name: "test/bookmarks-write", text: "MERGE (n:BookmarkTest {id: $id}) RETURN n.id AS id" };
const read = { name: "test/bookmarks-read", text: "MATCH (n:BookmarkTest {id: $id}) RETURN n.id AS id" };

it("reads of a process that never wrote carry no bookmark and leave none", async () => {
  const manager = neo4j.bookmarkManager();
  const executor = new Executor(watched, "neo4j", 10_000, undefined, manager);
  sessions.length = 0;
  await executor.read(read, { id: "none" });
  await executor.read(read, { id: "none" });
  expect(sessions.map((s) => ({ bookmarks: s.bookmarks, manager: s.bookmarkManager }))).toEqual([
    { bookmarks: [], manager: undefined },
    { bookmarks: [], manager: undefined },
  ]);
  expect([...(await manager.getBookmarks())]).toEqual([]);
});

it("reads start after the process's last write, and after the writes a client names", async () => {
  const manager = neo4j.bookmarkManager();
  const writer = new Executor(watched, "neo4j", 10_000, undefined, manager);
  const stats = newQueryStats();
  await writer.withStats(stats).write(write, { id: ID });
  const written = [...(await manager.getBookmarks())];
  expect(written).toHaveLength(1);
  expect(stats.bookmarks).toEqual(written);

  sessions.length = 0;
  expect(await writer.read(read, { id: ID })).toEqual([{ id: ID }]);
  expect(sessions[0]!.bookmarks).toEqual(written);
  expect(sessions[0]!.bookmarkManager).toBeUndefined();
  expect([...(await manager.getBookmarks())]).toEqual(written);

  // Another process (its own manager, no writes) reads after the write whose bookmarks the client sent back.
  const other = new Executor(watched, "neo4j", 10_000, undefined, neo4j.bookmarkManager());
  sessions.length = 0;
  expect(await other.withStats(newQueryStats(), written).read(read, { id: ID })).toEqual([{ id: ID }]);
  expect(sessions[0]!.bookmarks).toEqual(written);
});
