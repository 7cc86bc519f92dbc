import { describe, expect, it } from "vitest";
import { translateError } from "./error-messages.ts";

describe("refusals in Spanish", () => {
  it("name each care kind and timer", () => {
    expect(translateError("Tummy time not found", "es")).toBe("No se encontró: tiempo boca abajo");
    expect(
      translateError("This feeding was changed by someone else. Reload to see the latest and try again.", "es"),
    ).toBe("Otra persona cambió este registro (toma). Vuelve a cargar para ver lo último e inténtalo de nuevo.");
    expect(translateError("A tummy time timer is already running", "es")).toBe(
      "Ya hay un temporizador de tiempo boca abajo en marcha",
    );
    expect(translateError("Timer not found", "es")).toBe("No se encontró: temporizador");
  });

  it("of bad input say their field's message, from the validation catalog", () => {
    expect(translateError("This timer ran much longer than usual: enter when it ended", "es")).toBe(
      "Este temporizador lleva mucho más de lo normal: indica cuándo terminó",
    );
    expect(translateError("Choose a vaccine from the list", "es")).toBe("Elige una vacuna de la lista");
    expect(translateError("Start cannot be before the date of birth (2026-01-10)", "es")).toBe(
      "El inicio no puede ser anterior a la fecha de nacimiento (10 ene 2026)",
    );
    expect(translateError("Something nobody wrote down", "es")).toBe("Something nobody wrote down");
  });
});
