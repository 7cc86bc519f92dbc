import type { PushSubscription, Repositories } from "@upnest/db";
import type { Mailer } from "../mail/mail.ts";
import type { Logger } from "../trpc/log.ts";
import { type PushConfig, sendPush } from "./push.ts";
import { type Recipient, reminderMail, reminderPush, type Said } from "./words.ts";

/** What sending reminders needs: the mailer, Web Push (absent: no VAPID keys configured) and the app's address. */
export type ReminderChannels = {
  mailer: Mailer | undefined;
  push: PushConfig | undefined;
  /** The web app's address, for the link in every reminder. */
  webUrl: string;
  /** The public address the calendar feed's URL starts with (the API's, which serves /calendar/…). */
  calendarBaseUrl: string;
  fetch?: typeof fetch;
};
export type Channel = "email" | "push";

/** Sends one e-mail; false when it could not be sent (logged without the address). */
export async function sendEmail(channels: ReminderChannels, log: Logger, person: Recipient, said: Said) {
  if (!channels.mailer) return false;
  try {
    await channels.mailer.send(reminderMail(said, person));
    return true;
  } catch (error) {
    log.error("reminder e-mail not sent", { error: String(error) });
    return false;
  }
}

/**
 * Sends one notification to each of a person's devices; a device the push service says is gone (404/410) is
 * deleted. True when at least one device got it.
 */
export async function sendToDevices(
  channels: ReminderChannels,
  repos: Repositories,
  log: Logger,
  userId: string,
  devices: PushSubscription[],
  said: Said,
  tag: string,
) {
  const push = channels.push;
  if (!push) return false;
  let delivered = false;
  for (const device of devices) {
    try {
      const outcome = await sendPush(push, device, reminderPush(said, tag), channels.fetch);
      if (outcome === "gone") await repos.pushSubscriptions.unsubscribe(userId, device.endpoint);
      else delivered = true;
    } catch (error) {
      log.error("reminder push not sent", { error: String(error) });
    }
  }
  return delivered;
}
