// Every refusal the data layer and the API throw in English is in packages/i18n's `errors` catalog, so the API
// can answer it in the request's language (packages/i18n/src/error-messages.ts finds it by its English text).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { translateError } from "@upnest/i18n";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const sources = ["packages/db/src", "apps/api/src/trpc"].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => readFileSync(join(root, dir, f), "utf8")),
);

describe("the data layer's refusals", () => {
  const thrown = sources.flatMap((source) =>
    [
      ...source.matchAll(
        /(?:\b(?:conflict|forbidden)\(|new DomainError\("[a-z-]+",|requireRole\(access, "\w+",|const (?:WRITE_REFUSED|OWNERS_ONLY) =)\s*"([^"]+)"/g,
      ),
    ]
      .map(([, text]) => text ?? "")
      // Caught inside users.getOrCreate (two first requests raced): never reaches a client.
      .filter((text) => text !== "Profile created concurrently"),
  );

  it("are found and each has its Spanish words", () => {
    expect(thrown.length).toBeGreaterThan(12);
    const missing = thrown.filter((text) => translateError(text, "es") === text);
    expect(missing).toEqual([]);
  });

  it("messages with a record's name or a number are written in Spanish too", () => {
    expect(translateError("Vaccination not found", "es")).toBe("No se encontró: vacuna");
    expect(translateError("Too many requests in a short time. Please wait 7 seconds and try again.", "es")).toBe(
      "Demasiadas solicitudes en poco tiempo. Espera 7 segundos e inténtalo de nuevo.",
    );
  });
});
