import { type NotificationPreferences, notificationPreferences } from "@upnest/schemas";
import { inAppLanguage } from "../../lib/forms.ts";

// The reminder settings form's values and the profile's `notifications` they are saved as. Web Push itself is
// turned on per device (push.ts); `push` here is whether the person's devices get reminders at all.

/** What the form edits: the e-mail channel, the topics, and quiet hours as a switch with two times. */
export type ReminderFormValues = {
  email: boolean;
  vaccines: boolean;
  medicines: boolean;
  visits: boolean;
  quiet: boolean;
  from: string;
  to: string;
};

/** Quiet hours offered when the person turns them on for the first time: the night. */
const NIGHT = { from: "22:00", to: "07:00" };

export function formValues(saved: NotificationPreferences): ReminderFormValues {
  return {
    email: saved.email,
    vaccines: saved.vaccines,
    medicines: saved.medicines,
    visits: saved.visits,
    quiet: saved.quietHours !== null,
    from: saved.quietHours?.from ?? NIGHT.from,
    to: saved.quietHours?.to ?? NIGHT.to,
  };
}

/**
 * The preferences to save from the form's values, keeping what the form does not edit (`push`) as it is saved
 * now; or the form's field messages (`from`, `to`) when quiet hours are not two different clock times.
 */
export function toPreferences(
  values: ReminderFormValues,
  saved: NotificationPreferences,
): { ok: true; value: NotificationPreferences } | { ok: false; fields: Partial<Record<"from" | "to", string>> } {
  const result = notificationPreferences.safeParse({
    email: values.email,
    push: saved.push,
    vaccines: values.vaccines,
    medicines: values.medicines,
    visits: values.visits,
    quietHours: values.quiet ? { from: values.from, to: values.to } : null,
  });
  if (result.success) return { ok: true, value: result.data };
  const fields: Partial<Record<"from" | "to", string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[1];
    if ((field === "from" || field === "to") && !fields[field]) fields[field] = inAppLanguage(issue.message);
  }
  return { ok: false, fields };
}
