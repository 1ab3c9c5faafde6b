import { pino, stdTimeFunctions, type Logger } from "pino";

export type LogSink = (line: string) => void;

/**
 * Paths never written to a log, whatever a caller passes: API keys travel in the authorization header, and
 * variables or query text may hold personal data.
 */
export const REDACT = [
  "authorization",
  "apiKey",
  "password",
  "variables",
  "query",
  "*.authorization",
  "*.apiKey",
  "*.password",
  "headers.authorization",
  "req.headers.authorization",
  "req.headers.cookie",
];

/**
 * The server's JSON logger (pino): one line per event with `level` as a word, an ISO `time` and `msg`, secrets
 * redacted. Lines go through `sink` (stdout by default) so tests can read them.
 */
export function createLogger(sink: LogSink = (line) => process.stdout.write(line), level = "info"): Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: "msg",
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    { write: sink },
  );
}
