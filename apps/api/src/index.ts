/**
 * `@upnest/api`: types only, so importing it loads nothing at run time (the web app's only server import).
 * The local stack (DynamoDB Local, the issuer, the API) is `@upnest/api/dev`; `exports.test.ts` keeps them apart.
 */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./routers/_app.ts";

export type { AppRouter };
/** Every procedure's input, as a client sends it: `RouterInputs["babies"]["create"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Every procedure's answer, as a client receives it: `RouterOutputs["growth"]["chart"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
