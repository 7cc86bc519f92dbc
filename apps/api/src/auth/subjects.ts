import { createSubjects } from "@openauthjs/openauth/subject";
import { z } from "zod";

/** What a verified access token says about its bearer. Shared by the issuer and the API. */
export const subjects = createSubjects({
  /** `sid`: the sign-in session (refresh-token family) the token belongs to. */
  user: z.object({ id: z.string(), email: z.string(), sid: z.string().optional() }),
});

/** The OAuth client id of the web app: the only audience the API accepts. */
export const WEB_CLIENT_ID = "upnest-web";
