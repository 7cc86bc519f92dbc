import { profileFields } from "@upnest/schemas";
import type { FormError } from "../pages/messages.ts";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** What a new password must be: the error to show, or undefined when it will do. */
export const validatePassword = (password: string): FormError | undefined =>
  password.length < PASSWORD_MIN
    ? { type: "password_too_short", min: PASSWORD_MIN }
    : password.length > PASSWORD_MAX
      ? { type: "password_too_long", max: PASSWORD_MAX }
      : undefined;

/** The profile's own rule for a display name (packages/schemas): trimmed, 1–80 characters. */
const displayName = profileFields.shape.displayName;
export const NAME_MAX = displayName.maxLength ?? 80;

/** The name a new user chose at sign-up, trimmed, or the error to show. */
export function displayNameFrom(typed: string): { name: string } | { error: FormError } {
  const parsed = displayName.safeParse(typed);
  if (parsed.success) return { name: parsed.data };
  return { error: typed.trim() === "" ? { type: "missing_name" } : { type: "name_too_long", max: NAME_MAX } };
}
