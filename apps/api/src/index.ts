/** What other packages may import: the router's type (the web app's only server import) and the local stack. */

export { generateIssuerKeys } from "./auth/keys.ts";
export { codeIn, type Inbox, type ReceivedMail } from "./mail/inbox.ts";
export type { AppRouter } from "./routers/_app.ts";
export { appRouter } from "./routers/_app.ts";
export { type Stack, type StackOptions, startStack } from "./stack.ts";
export { createCallerFactory } from "./trpc.ts";
