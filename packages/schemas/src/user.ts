import { z } from "zod";
import { shortText, timestamps } from "./common.ts";
import { DEFAULT_NOTIFICATIONS, notificationPreferences } from "./reminders.ts";

export const units = z.enum(["metric", "imperial"], { error: "Units must be metric or imperial" });
export type Units = z.infer<typeof units>;

export const language = z.enum(["en", "es"], { error: "Language must be English or Spanish" });
export type Language = z.infer<typeof language>;

export const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return tz.length <= 64;
    } catch {
      return false;
    }
  },
  { error: "Timezone must be an IANA name such as Europe/Paris" },
);

/** Light or dark screens: "system" follows the device's setting. Kept in the profile so it follows the person. */
export const theme = z.enum(["system", "light", "dark"], { error: "Theme must be system, light or dark" });
export type Theme = z.infer<typeof theme>;

export const profileFields = z.object({
  displayName: shortText("Display name", 80),
  units,
  language,
  timezone,
  theme,
  /** What this person is reminded of, how, and their quiet hours (each caregiver chooses for themselves). */
  notifications: notificationPreferences,
});

export const userProfile = profileFields.extend({
  // Profiles saved before the setting existed follow the system.
  theme: theme.default("system"),
  // Profiles saved before reminders get the defaults.
  notifications: notificationPreferences.default(DEFAULT_NOTIFICATIONS),
  userId: z.string(),
  email: z.string(),
  ...timestamps,
});
export type UserProfile = z.infer<typeof userProfile>;

export const updateProfileInput = profileFields.partial().extend({
  version: timestamps.version,
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;
