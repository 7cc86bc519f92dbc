import { DomainError } from "@upnest/db";
import {
  DEFAULT_NOTIFICATIONS,
  pushEndpointInput,
  pushSubscriptionInput,
  REMINDER_TOPICS,
  upcomingRemindersInput,
} from "@upnest/schemas";
import { z } from "zod";
import { sendEmail, sendToDevices } from "../reminders/channels.ts";
import { plan } from "../reminders/plan.ts";
import { readBabyData } from "../reminders/planner.ts";
import { allowedEndpoint } from "../reminders/push.ts";
import { testWords } from "../reminders/words.ts";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, protectedProcedure, router } from "../trpc/trpc.ts";

/** "This is how reminders will look": a few an hour per person (each sends e-mail and notifications). */
export const SEND_TEST_LIMIT = { limit: 5, windowSeconds: 3600 };

/** Making a new address ends the old one, so it is asked for in so many words (as ending every session is). */
export const createCalendarInput = z.object({
  confirm: z.literal("new-url", { error: 'Confirm with "new-url": the old calendar address stops working' }),
});

const PUSH_REFUSED = "Notifications cannot be turned on for this browser's push service. Try another browser.";

const feedUrl = (ctx: Pick<Context, "reminders">, secret: string) =>
  `${ctx.reminders.calendarBaseUrl}/calendar/${secret}.ics`;

/** Each person's reminders: their devices for Web Push, their calendar feed, what is coming up, and a test. */
export const remindersRouter = router({
  /** The key browsers subscribe with; null when this deployment has no VAPID keys (no push then). */
  vapidPublicKey: protectedProcedure.query(({ ctx }) => ({ publicKey: ctx.reminders.push?.vapid.publicKey ?? null })),

  /** Turns reminders on for this device; the same endpoint again is the same device. */
  subscribe: protectedProcedure.input(pushSubscriptionInput).mutation(async ({ ctx, input }) => {
    const push = ctx.reminders.push;
    if (!push || !allowedEndpoint(input.endpoint, push.allowedOrigins)) throw new DomainError("invalid", PUSH_REFUSED);
    const { endpoint, device, createdAt } = await ctx.repos.pushSubscriptions.subscribe(ctx.userId, input);
    return { endpoint, device: device ?? null, createdAt };
  }),

  /** Turns this device off (nothing changes for an endpoint the person does not have). */
  unsubscribe: protectedProcedure.input(pushEndpointInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.pushSubscriptions.unsubscribe(ctx.userId, input.endpoint);
    return { endpoint: input.endpoint };
  }),

  /** The person's devices that get notifications, oldest first. */
  devices: protectedProcedure.query(async ({ ctx }) =>
    (await ctx.repos.pushSubscriptions.list(ctx.userId)).map(({ endpoint, device, createdAt }) => ({
      endpoint,
      device: device ?? null,
      createdAt,
    })),
  ),

  /** The calendar feed's URL, or null when there is none. */
  calendar: protectedProcedure.query(async ({ ctx }) => {
    const secret = await ctx.repos.calendarFeeds.secret(ctx.userId);
    return { url: secret ? feedUrl(ctx, secret) : null };
  }),

  /** A new calendar feed URL; the previous one stops working. */
  createCalendar: protectedProcedure.input(createCalendarInput).mutation(async ({ ctx }) => ({
    url: feedUrl(ctx, await ctx.repos.calendarFeeds.create(ctx.userId)),
  })),

  /** The calendar feed stops working. */
  revokeCalendar: protectedProcedure.mutation(async ({ ctx }) => {
    await ctx.repos.calendarFeeds.revoke(ctx.userId);
    return { url: null };
  }),

  /** A baby's reminders of the next 60 days (every topic; each person's settings decide what reaches them). */
  upcoming: babyProcedure(upcomingRemindersInput).query(async ({ ctx }) => {
    const now = new Date();
    return plan(await readBabyData(ctx.repos, ctx.access, REMINDER_TOPICS, now), now, REMINDER_TOPICS);
  }),

  /** Sends "this is how reminders will look" now, on the person's channels (e-mail, each device). */
  sendTest: protectedProcedure.mutation(async ({ ctx }) => {
    await ctx.repos.rateLimit(`reminder-test:${ctx.userId}`, SEND_TEST_LIMIT);
    const person = await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
    const prefs = person.notifications ?? DEFAULT_NOTIFICATIONS;
    const said = testWords(person, ctx.reminders.webUrl);
    const email = prefs.email ? await sendEmail(ctx.reminders, ctx.log, person, said) : false;
    const devices = prefs.push ? await ctx.repos.pushSubscriptions.list(ctx.userId) : [];
    const pushed = devices.length
      ? await sendToDevices(ctx.reminders, ctx.repos, ctx.log, ctx.userId, devices, said, "upnest-test")
      : false;
    return { email, push: pushed };
  }),
});
