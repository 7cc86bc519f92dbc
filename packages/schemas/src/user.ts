import { z } from "zod";
import { shortText, timestamps } from "./common.ts";

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

export const profileFields = z.object({
  displayName: shortText("Display name", 80),
  units,
  language,
  timezone,
});

export const userProfile = profileFields.extend({
  userId: z.string(),
  email: z.string(),
  ...timestamps,
});
export type UserProfile = z.infer<typeof userProfile>;

export const updateProfileInput = profileFields.partial().extend({
  version: timestamps.version,
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;
