import type { Driver } from "neo4j-driver";
import type { Log } from "../local-neo4j/install.js";

/** True when the database answers within `timeoutMs` (a frozen database must not hang /readyz). */
export async function reachable(driver: Driver, database: string, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const check = driver
    .verifyConnectivity({ database })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `task` (apply the schema, seed an empty database) until it succeeds, every `intervalMs`, in the background:
 * a server started while its database is down prepares it as soon as it comes up.
 */
export function untilDone(task: () => Promise<void>, log: Log, intervalMs = 2_000) {
  let done = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<void> => {
    try {
      await task();
      done = true;
      log("database prepared");
    } catch {
      if (!stopped) timer = setTimeout(() => void attempt(), intervalMs);
    }
  };
  void attempt();
  return {
    done: () => done,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
