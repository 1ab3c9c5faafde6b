import { execFileSync } from "node:child_process";
import fs from "node:fs";

/**
 * CPU time a process has used so far (user + system, ms), from /proc/<pid>/stat; undefined where there is no
 * /proc (not Linux) or the process is gone. Read before and after a load run, it says what one request cost each
 * process: with the server, Neo4j and autocannon on the same cores, requests/s follow from these costs.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // After the command name: utime and stime are fields 14 and 15 of the line, here 11 and 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond();
  } catch {
    return undefined;
  }
}

let ticks: number | undefined;
function ticksPerSecond(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}
