import { z } from "zod";
import { clockTime, id } from "./common.ts";

// Reminders: what each person wants to be reminded of, how, and when not; their devices' Web Push subscriptions;
// their calendar feed. Every caregiver chooses for themselves: these live with the person, not the baby.

/** What a reminder is about. */
export const REMINDER_TOPICS = ["vaccines", "medicines", "visits"] as const;
export const reminderTopic = z.enum(REMINDER_TOPICS, { error: "Choose vaccines, medicines or visits" });
export type ReminderTopic = z.infer<typeof reminderTopic>;

/** Hours on the person's own clock (their profile's zone) when nothing is sent; `from` after `to` spans midnight. */
export const quietHours = z
  .object({ from: clockTime, to: clockTime })
  .refine((q) => q.from !== q.to, { path: ["to"], error: "Quiet hours must end at another time than they start" });
export type QuietHours = z.infer<typeof quietHours>;

export const notificationPreferences = z.object({
  /** Channels: e-mail to the account's address; Web Push to every device the person turned it on for. */
  email: z.boolean({ error: "Say whether to send e-mail" }),
  push: z.boolean({ error: "Say whether to send notifications" }),
  /** Topics. */
  vaccines: z.boolean({ error: "Say whether to remind about vaccines" }),
  medicines: z.boolean({ error: "Say whether to remind about medicines" }),
  visits: z.boolean({ error: "Say whether to remind about visits" }),
  /** Absent: reminders may arrive at any hour. */
  quietHours: quietHours.nullable(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

/** What a profile made before reminders (or a new one) starts with: every topic, by e-mail, quiet at night. */
export const DEFAULT_NOTIFICATIONS: NotificationPreferences = {
  email: true,
  push: true,
  vaccines: true,
  medicines: true,
  visits: true,
  quietHours: { from: "22:00", to: "07:00" },
};

const base64url = (label: string, bytes: number) =>
  z
    .string({ error: `${label} is required` })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: `${label} must be base64url` })
    .refine((v) => Math.floor((v.replace(/=+$/, "").length * 3) / 4) === bytes, {
      error: `${label} must be ${bytes} bytes`,
    });

/** A browser's PushSubscription (its `toJSON()`), as the service worker's push manager gives it. */
export const pushSubscriptionInput = z.object({
  endpoint: z.url({ error: "The push endpoint must be a URL" }).max(1024, { error: "The push endpoint is too long" }),
  keys: z.object({
    /** The browser's P-256 public key, uncompressed (65 bytes). */
    p256dh: base64url("The push key", 65),
    /** The shared authentication secret (16 bytes). */
    auth: base64url("The push secret", 16),
  }),
  /** The device in plain words ("Chrome on Android"), for the settings list. */
  device: z.string().trim().max(80, { error: "Device must be at most 80 characters" }).optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
export const pushEndpointInput = z.object({
  endpoint: z.string().max(1024, { error: "The push endpoint is too long" }),
});

export const upcomingRemindersInput = z.object({ babyId: id });
