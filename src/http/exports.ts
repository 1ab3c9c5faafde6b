import type { Request, Response, Router } from "express";
import express from "express";
import type { Executor } from "../db/executor.js";
import { AppError, ErrorCode } from "../errors/errors.js";
import { createContext } from "../context.js";
import { activityMatrix } from "../modules/matrix/matrix.service.js";
import { EvidenceLevel } from "../modules/shared/enums.js";
import { readPropertyKeys, streamNodes, streamRelationships } from "../modules/export/export.repository.js";
import {
  ACTIVITY_TSV_COLUMNS,
  cellJson,
  cellTsv,
  type ExportCell,
  GRAPHML_TAIL,
  graphmlEdge,
  graphmlHead,
  graphmlNode,
  plain,
  tsvRow,
} from "./export-formats.js";
import { sendError } from "./http-errors.js";
import type { Metrics } from "./metrics.js";

class ClientGone extends Error {}

// Writes are gathered into chunks of this size; the next waits for the socket to drain, so a slow client slows
// the Cypher stream down instead of filling memory.
const CHUNK = 16 * 1024;

/** A streamed body. Nothing is sent before the first chunk, so a failure up to then still gets a JSON error. */
class Body {
  private pending = "";
  private gone = false;

  constructor(private readonly res: Response) {
    res.once("close", () => {
      this.gone = !res.writableFinished;
    });
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  async end(text = ""): Promise<void> {
    this.pending += text;
    await this.flush();
    this.res.end();
  }

  private async flush(): Promise<void> {
    if (this.gone) throw new ClientGone();
    const chunk = this.pending;
    this.pending = "";
    if (this.res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.res.off("drain", done);
        this.res.off("close", done);
        resolve();
      };
      this.res.on("drain", done);
      this.res.on("close", done);
    });
  }
}

interface Download {
  file: string;
  type: string;
  write: (body: Body, req: Request) => Promise<void>;
}

function levelParam(req: Request): EvidenceLevel | null {
  const raw = req.query.level;
  if (raw === undefined || raw === "") return null;
  if (typeof raw === "string" && (Object.values(EvidenceLevel) as string[]).includes(raw)) return raw as EvidenceLevel;
  throw new AppError("level must be CLINICAL or PRECLINICAL", ErrorCode.BAD_REQUEST);
}

/**
 * The activity matrix as `activityMatrix(level:)` answers it, one level after the other (both when none is asked),
 * gaps left out. The matrix is one read of bounded size (drugs × variants with claims), decided by the same rule
 * as the API; its rows are then written one by one.
 */
async function eachCell(
  executor: Executor,
  level: EvidenceLevel | null,
  onCell: (cell: ExportCell) => Promise<void>,
): Promise<void> {
  for (const at of level ? [level] : [EvidenceLevel.CLINICAL, EvidenceLevel.PRECLINICAL]) {
    for (const cell of await activityMatrix(createContext(executor), { level: at })) {
      if (cell.activity !== "UNKNOWN") await onCell({ ...cell, level: at });
    }
  }
}

/** The downloads: the activity matrix (TSV, JSON) and the whole graph (JSON, GraphML). */
function downloads(executor: Executor): Record<string, Download> {
  return {
    "activity.tsv": {
      file: "alk-activity.tsv",
      type: "text/tab-separated-values; charset=utf-8",
      async write(body, req) {
        const level = levelParam(req);
        await body.write(tsvRow(ACTIVITY_TSV_COLUMNS));
        await eachCell(executor, level, (cell) => body.write(cellTsv(cell)));
        await body.end();
      },
    },
    "activity.json": {
      file: "alk-activity.json",
      type: "application/json; charset=utf-8",
      async write(body, req) {
        const level = levelParam(req);
        let first = true;
        await body.write('{"cells":[\n');
        await eachCell(executor, level, (cell) => {
          const text = (first ? "" : ",\n") + JSON.stringify(cellJson(cell));
          first = false;
          return body.write(text);
        });
        await body.end("\n]}\n");
      },
    },
    "graph.json": {
      file: "alk-graph.json",
      type: "application/json; charset=utf-8",
      async write(body) {
        let first = true;
        const item = (value: unknown) => {
          const text = (first ? "" : ",\n") + JSON.stringify(plain(value));
          first = false;
          return body.write(text);
        };
        await body.write('{"nodes":[\n');
        await streamNodes(executor, item);
        await body.write('\n],"relationships":[\n');
        first = true;
        await streamRelationships(executor, item);
        await body.end("\n]}\n");
      },
    },
    "graph.graphml": {
      file: "alk-graph.graphml",
      type: "application/graphml+xml; charset=utf-8",
      async write(body) {
        const keys = await readPropertyKeys(executor);
        await body.write(graphmlHead(keys.node, keys.relationship));
        await streamNodes(executor, (node) => body.write(graphmlNode(node)));
        let index = 0;
        await streamRelationships(executor, (rel) => body.write(graphmlEdge(rel, index++)));
        await body.end(GRAPHML_TAIL);
      },
    },
  };
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/**
 * GET /export/<file>: downloads streamed from Neo4j row by row. Mounted behind the same request id, rate limit and
 * API-key guard as /graphql (see server.ts). A failure before the first chunk is a JSON error like the API's; after
 * it, the connection is cut so the client sees an incomplete download rather than a silently truncated file.
 */
export function exportRouter(executor: Executor, metrics: Metrics): Router {
  const router = express.Router();
  const files = downloads(executor);
  router.get("/:file", async (req, res) => {
    const download = files[req.params.file as string];
    if (!download) {
      sendError(res, 404, ErrorCode.NOT_FOUND, `No export named ${req.params.file}.`, metrics);
      return;
    }
    res.setHeader("Content-Type", download.type);
    res.setHeader("Content-Disposition", `attachment; filename="${download.file}"`);
    res.setHeader("Cache-Control", "no-store");
    try {
      await download.write(new Body(res), req);
    } catch (error) {
      if (error instanceof ClientGone) return;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.removeHeader("Content-Disposition");
      res.removeHeader("Content-Type");
      const code = error instanceof AppError ? (error.extensions.code as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR;
      if (code === ErrorCode.INTERNAL_SERVER_ERROR)
        console.error(JSON.stringify({ level: "error", msg: "export failed", error: String(error) }));
      const message = error instanceof AppError ? error.message : "Internal server error";
      sendError(res, STATUS[code] ?? 500, code, message, metrics);
    }
  });
  return router;
}
