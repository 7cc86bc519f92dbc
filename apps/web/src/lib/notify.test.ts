import { describe, expect, it } from "vitest";
import { dismiss, notices$, notify } from "./notify.ts";

describe("notices", () => {
  it("shows the newest three, replaces a repeated message, and goes when dismissed", () => {
    let changes = 0;
    const stop = notices$.subscribe(() => changes++);
    for (const message of ["Saved", "Deleted", "Undone", "Saved"]) notify("done", message);
    expect(notices$.current().map((n) => n.message)).toEqual(["Deleted", "Undone", "Saved"]);
    const failed = notify("failed", "Could not save");
    expect(notices$.current().map((n) => n.message)).toEqual(["Undone", "Saved", "Could not save"]);
    dismiss(failed);
    dismiss(failed);
    expect(notices$.current().map((n) => n.message)).toEqual(["Undone", "Saved"]);
    expect(changes).toBe(6);
    stop();
  });
});
