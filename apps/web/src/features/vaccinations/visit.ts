/** The child's age in whole days on a day (0 for a day not yet a valid date, or before birth). */
export function ageInDays(dateOfBirth: string, day: string): number {
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dateOfBirth}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days > 0 ? Math.floor(days) : 0;
}
