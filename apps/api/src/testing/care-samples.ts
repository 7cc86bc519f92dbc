/** Care log entries of every kind, for the tests of export, import and CSV. */
export const CHICAGO = "America/Chicago";
export const MADRID = "Europe/Madrid";

/**
 * Entries of every kind, each value a person can give. Durations are whole minutes and times whole minutes, so
 * the file for people (minutes, local times) reads back to the same values as the machine form.
 */
export const CARE_SAMPLES: Record<string, Record<string, unknown>[]> = {
  feedings: [
    {
      startedAt: "2026-02-01T08:30:00.000Z",
      timeZone: CHICAGO,
      method: "breast",
      side: "both",
      leftSeconds: 600,
      rightSeconds: 420,
      lastSide: "right",
      notes: "Sleepy",
    },
    { startedAt: "2026-02-01T12:00:00.000Z", timeZone: CHICAGO, method: "bottle", amountMl: 120, milk: "breast-milk" },
    {
      startedAt: "2026-02-02T17:15:00.000Z",
      timeZone: MADRID,
      method: "solids",
      foods: ["peanut puffs", "rice, peas"],
      allergens: ["peanut", "cows-milk"],
      reaction: "Red cheeks, gone in an hour",
      labels: ["daycare"],
    },
  ],
  // A night across the clocks going forward (8 March 2026 in Chicago): 8 h 30 min of real time.
  sleeps: [
    {
      startedAt: "2026-03-08T04:00:00.000Z",
      timeZone: CHICAGO,
      endedAt: "2026-03-08T12:30:00.000Z",
      kind: "night",
      labels: ["grandma's", "teething"],
    },
  ],
  diapers: [
    {
      at: "2026-02-01T14:05:00.000Z",
      timeZone: CHICAGO,
      contents: "both",
      colour: "pale",
      consistency: "loose",
      rash: true,
      notes: "Tell the doctor",
    },
    { at: "2026-02-01T16:40:00.000Z", timeZone: CHICAGO, contents: "wet" },
  ],
  pumpings: [
    { startedAt: "2026-02-01T13:00:00.000Z", timeZone: CHICAGO, side: "left", amountMl: 85.5, durationSeconds: 900 },
  ],
  tummyTimes: [{ startedAt: "2026-02-01T15:00:00.000Z", timeZone: CHICAGO, durationSeconds: 300, notes: "On the mat" }],
  careNotes: [{ at: "2026-02-01T20:00:00.000Z", timeZone: CHICAGO, text: "First laugh, at the dog" }],
  customEntries: [
    { startedAt: "2026-02-01T14:00:00.000Z", timeZone: CHICAGO, label: "Vitamin D", unit: "drops", amount: 1 },
    { startedAt: "2026-02-02T01:00:00.000Z", timeZone: CHICAGO, label: "Bath", durationSeconds: 1200 },
  ],
};
