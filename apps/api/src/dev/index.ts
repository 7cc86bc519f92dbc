/// <reference path="../testing/http-ece.d.ts" />
/**
 * `@upnest/api/dev`: the whole back end on one machine, for `pnpm dev`, the browser tests and the benchmarks.
 * It starts DynamoDB Local, so nothing deployed and nothing in the web app imports it.
 */
export { generateIssuerKeys } from "../auth/keys.ts";
export { codeIn, type Inbox, type ReceivedMail } from "../mail/inbox.ts";
export { generateVapidKeys } from "../reminders/vapid.ts";
// The loopback Web Push receiver, for the browser tests (apps/web/e2e/reminders.e2e.ts); the reference above
// brings its `http_ece` types to a program that reaches it only through this module.
export { type PushReceiver, startPushReceiver } from "../testing/push-receiver.ts";
export { type Stack, type StackOptions, startStack } from "./stack.ts";
