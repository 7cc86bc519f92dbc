/**
 * `@upnest/api/dev`: the whole back end on one machine, for `pnpm dev`, the browser tests and the benchmarks.
 * It starts DynamoDB Local, so nothing deployed and nothing in the web app imports it.
 */
export { generateIssuerKeys } from "../auth/keys.ts";
export { codeIn, type Inbox, type ReceivedMail } from "../mail/inbox.ts";
export { generateVapidKeys } from "../reminders/vapid.ts";
/** A loopback Web Push service for tests (allow its `origin` with the stack's `pushOrigins`). */
export { type PushReceiver, type ReceivedPush, startPushReceiver } from "../testing/push-receiver.ts";
export { type Stack, type StackOptions, startStack } from "./stack.ts";
