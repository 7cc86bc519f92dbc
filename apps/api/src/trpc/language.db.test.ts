import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;
let babyId: string;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("language");
  babyId = (await parent.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" })).babyId;
});
afterAll(() => h.close());

type Refusal = { message: string; data?: { code: string; fieldErrors: Record<string, string[]> | null } };
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (e: Refusal) => e,
  );
const badWeight = (acceptLanguage?: string) =>
  refusal(
    h.httpClient(parent.tokens.access, acceptLanguage).measurements.add.mutate({
      babyId,
      measuredOn: "2026-02-01",
      weightKg: 80,
      notes: "x".repeat(1001),
    }),
  );

describe("field messages in the language the client asks for", () => {
  it("are English when no language is asked for", async () => {
    const error = await badWeight();
    expect(error?.message).toBe("Please check the highlighted fields.");
    expect(error?.data?.fieldErrors).toEqual({
      weightKg: ["Weight must be between 0.2 and 60 kg"],
      notes: ["Notes must be at most 1000 characters"],
    });
  });

  it("are Spanish for Accept-Language: es, numbers written the Spanish way", async () => {
    const error = await badWeight("es");
    expect(error?.message).toBe("Revisa los campos marcados.");
    expect(error?.data?.fieldErrors).toEqual({
      weightKg: ["Peso: tiene que estar entre 0,2 y 60 kg"],
      notes: ["Notas: como máximo 1000 caracteres"],
    });
  });

  it("follow the first language UpNest speaks in the header, and a data-layer refusal's fields too", async () => {
    expect((await badWeight("fr-FR, es-MX;q=0.8, en;q=0.5"))?.data?.fieldErrors?.weightKg).toEqual([
      "Peso: tiene que estar entre 0,2 y 60 kg",
    ]);
    const early = await refusal(
      h
        .httpClient(parent.tokens.access, "es")
        .measurements.add.mutate({ babyId, measuredOn: "2025-12-31", weightKg: 4 }),
    );
    expect(early?.data?.fieldErrors).toEqual({
      measuredOn: ["La fecha de la medida no puede ser anterior a la de nacimiento (10 ene 2026)"],
    });
    expect((await badWeight("de"))?.data?.fieldErrors?.weightKg).toEqual(["Weight must be between 0.2 and 60 kg"]);
  });
});

describe("the data layer's refusals in the language the client asks for", () => {
  it("a conflict, a missing record and a role refusal are Spanish for a Spanish client, English otherwise", async () => {
    const added = await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-01", weightKg: 4 });
    const stale = (language?: string) =>
      refusal(
        h.httpClient(parent.tokens.access, language).measurements.update.mutate({
          babyId,
          measurementId: added.measurementId,
          version: 99,
          measuredOn: "2026-02-01",
          weightKg: 4.1,
        }),
      );
    expect((await stale())?.message).toBe(
      "This measurement was changed by someone else. Reload to see the latest and try again.",
    );
    expect((await stale("es-ES,es;q=0.9"))?.message).toBe(
      "Otra persona cambió este registro (medición). Vuelve a cargar para ver lo último e inténtalo de nuevo.",
    );
    const missing = await refusal(
      h
        .httpClient(parent.tokens.access, "es")
        .measurements.get.query({ babyId, measurementId: "01HZZZZZZZZZZZZZZZZZZZZZZZ" }),
    );
    expect(missing).toMatchObject({ message: "No se encontró: medición", data: { code: "NOT_FOUND" } });

    const viewer = await h.user("language-viewer");
    const { token } = await parent.caller.caregivers.invite({ babyId, role: "viewer" });
    await viewer.caller.caregivers.accept({ token });
    const refused = await refusal(
      h
        .httpClient(viewer.tokens.access, "es")
        .measurements.add.mutate({ babyId, measuredOn: "2026-02-02", weightKg: 4 }),
    );
    expect(refused).toMatchObject({
      message: "Tu rol en el registro de este bebé no permite este cambio",
      data: { code: "FORBIDDEN" },
    });
    expect((await parent.caller.measurements.list({ babyId })).items).toHaveLength(1);
  });
});
