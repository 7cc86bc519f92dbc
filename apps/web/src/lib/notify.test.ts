import { describe, expect, it } from "vitest";
import { dismiss, notices$, notify } from "./notify.ts";

describe("notices", () => {
  it("shows the newest three, replaces a repeated message, and goes when dismissed", () => {
    let changes = 0;
    const stop = notices$.subscribe(() => changes++);
    for (const message of ["Saved", "Deleted", "Saved"]) notify("done", message);
    expect(notices$.current().map((n) => n.message)).toEqual(["Deleted", "Saved"]);
    notify("done", "Undone");
    const failed = notify("failed", "Could not save");
    expect(notices$.current().map((n) => n.message)).toEqual(["Saved", "Undone", "Could not save"]);
    dismiss(failed);
    dismiss(failed);
    expect(notices$.current().map((n) => n.message)).toEqual(["Saved", "Undone"]);
    expect(changes).toBe(6);
    stop();
  });
});
