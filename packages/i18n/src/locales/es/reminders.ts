import type { reminders as en } from "../en/reminders.ts";

export const reminders: typeof en = {
  title: "Recordatorios",
};
