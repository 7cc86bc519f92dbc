import { format } from "node:util";
import { vi } from "vitest";

/** Collects what this process prints (console and stdout/stderr) until `restore()`; tests scan it for secrets. */
export function capturePrinted() {
  const lines: string[] = [];
  const logged = (...args: unknown[]) => void lines.push(format(...args));
  const written = (chunk: unknown) => {
    lines.push(chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : String(chunk));
    return true;
  };
  const spies = [
    ...(["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(logged)),
    ...[process.stdout, process.stderr].map((s) => vi.spyOn(s, "write").mockImplementation(written)),
  ];
  return { text: () => lines.join("\n"), restore: () => spies.forEach((s) => void s.mockRestore()) };
}
