/** Structured JSON lines with the request id. Never pass user data (names, e-mails, values, tokens) here. */
export type Logger = {
  error: (message: string, fields: Record<string, unknown>) => void;
  info: (message: string, fields: Record<string, unknown>) => void;
};

export const jsonLogger = (write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger => ({
  error: (message, fields) =>
    write(JSON.stringify({ level: "error", message, ...fields, time: new Date().toISOString() })),
  info: (message, fields) =>
    write(JSON.stringify({ level: "info", message, ...fields, time: new Date().toISOString() })),
});

/** A logger that keeps lines in memory (tests read them). */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = jsonLogger((l) => lines.push(JSON.parse(l) as Record<string, unknown>));
  return { logger, lines };
}
