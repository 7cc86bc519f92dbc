/** The IANA time zones this browser knows, with `current` kept even if the list lacks it (e.g. "UTC"). */
export function timezoneOptions(
  current: string,
  supported: () => string[] = () => Intl.supportedValuesOf("timeZone"),
): string[] {
  let zones: string[];
  try {
    zones = supported();
  } catch {
    zones = [];
  }
  const all = new Set([...zones, "UTC", current]);
  return [...all].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

/** The time zone this device is set to, to offer as a one-tap choice. */
export const deviceTimezone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
