import { vi } from "vitest";

/** Collects what this process prints (console and stdout/stderr) until `restore()`; tests scan it for secrets. */
export function capturePrinted() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
    return true;
  };
  const spies = [
    ...(["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(keep)),
    ...[process.stdout, process.stderr].map((s) => vi.spyOn(s, "write").mockImplementation(keep)),
  ];
  return { text: () => lines.join("\n"), restore: () => spies.forEach((s) => void s.mockRestore()) };
}
