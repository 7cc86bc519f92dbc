import { DEFAULT_NOTIFICATIONS } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { formValues, toPreferences } from "./preferences.ts";

describe("the reminder settings form", () => {
  it("starts from what is saved, offering the night as quiet hours when there are none", () => {
    expect(formValues(DEFAULT_NOTIFICATIONS)).toEqual({
      email: true,
      vaccines: true,
      medicines: true,
      visits: true,
      quiet: true,
      from: "22:00",
      to: "07:00",
    });
    const none = formValues({ ...DEFAULT_NOTIFICATIONS, email: false, quietHours: null });
    expect(none).toMatchObject({ email: false, quiet: false, from: "22:00", to: "07:00" });
  });

  it("saves the choices and keeps whether the person's devices get notifications as it is saved", () => {
    const saved = { ...DEFAULT_NOTIFICATIONS, push: false };
    const values = { ...formValues(saved), medicines: false, from: "21:30", to: "06:45" };
    expect(toPreferences(values, saved)).toEqual({
      ok: true,
      value: { ...saved, medicines: false, quietHours: { from: "21:30", to: "06:45" } },
    });
    expect(toPreferences({ ...values, quiet: false, from: "", to: "" }, saved)).toEqual({
      ok: true,
      value: { ...saved, medicines: false, quietHours: null },
    });
  });

  it("refuses quiet hours that are not two different clock times, with a message at the field", () => {
    const values = formValues(DEFAULT_NOTIFICATIONS);
    expect(toPreferences({ ...values, from: "23:00", to: "23:00" }, DEFAULT_NOTIFICATIONS)).toEqual({
      ok: false,
      fields: { to: "Quiet hours must end at another time than they start" },
    });
    expect(toPreferences({ ...values, from: "" }, DEFAULT_NOTIFICATIONS)).toEqual({
      ok: false,
      fields: { from: "Enter a time as HH:MM" },
    });
  });
});
